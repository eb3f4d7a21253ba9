"""What Discord would refuse: documented limits, and request bodies against Discord's OpenAPI schema."""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path
from typing import Any

import jsonschema

OPENAPI = Path(__file__).parent / "discord_openapi" / "openapi.json"


@cache
def _spec() -> dict[str, Any]:
    return json.loads(OPENAPI.read_text(encoding="utf-8"))


@cache
def _routes() -> list[tuple[str, re.Pattern[str], str]]:
    """(method, path regex, path template) for every documented route."""
    out = []
    for template, methods in _spec()["paths"].items():
        pattern = re.compile("^" + re.sub(r"\{[^}]+\}", r"[^/]+", template) + "$")
        for method in methods:
            out.append((method.upper(), pattern, template))
    return out


def template_of(method: str, path: str) -> str | None:
    # Literal segments (@me, @original) beat placeholders: try the routes with fewer braces first.
    for m, pattern, template in sorted(_routes(), key=lambda r: r[2].count("{")):
        if m == method and pattern.match(path):
            return template
    return None


@cache
def _validator(method: str, template: str) -> jsonschema.Draft202012Validator | None:
    operation = _spec()["paths"][template].get(method.lower(), {})
    body = operation.get("requestBody", {}).get("content", {}).get("application/json", {}).get("schema")
    if body is None:
        return None
    # The body's $refs point into components: validate against a root that carries them.
    root = {"components": _spec()["components"], "allOf": [body]}
    return jsonschema.Draft202012Validator(root)


def _as_documented(body: Any) -> Any:
    """discord.py writes two kinds of id as JSON integers where the schema documents snowflake
    strings, and Discord accepts both: upload indices in `attachments` (0, 1, ...) and the ids in
    `allowed_mentions.roles/users`. Those fields alone are compared as strings."""
    mentions = body.get("allowed_mentions") if isinstance(body, dict) else None
    if isinstance(mentions, dict):
        body = {**body, "allowed_mentions": {
            k: [str(i) for i in v] if k in ("roles", "users") and isinstance(v, list) else v
            for k, v in mentions.items()
        }}  # fmt: skip
    if isinstance(body, dict) and isinstance(body.get("attachments"), list):
        body = {**body, "attachments": [
            {**a, "id": str(a["id"])} if isinstance(a, dict) and isinstance(a.get("id"), int) else a
            for a in body["attachments"]
        ]}  # fmt: skip
    return body


def schema_errors(method: str, path: str, body: Any) -> list[str]:
    body = _as_documented(body)
    template = template_of(method, path)
    if template is None:
        return [f"{method} {path}: not a documented Discord route"]
    validator = _validator(method, template)
    if validator is None or body is None:
        return []
    return [
        f"{method} {template}: {'/'.join(map(str, e.absolute_path)) or 'body'}: {e.message[:200]}"
        for e in validator.iter_errors(body)
    ][:5]


def message_errors(payload: dict[str, Any], *, needs_allowed_mentions: bool = True) -> list[str]:
    """Limits from Discord's documentation for a message create/edit payload."""
    errors = []
    content = payload.get("content")
    if content is not None and len(content) > 2000:
        errors.append(f"content is {len(content)} characters (max 2000)")
    embeds = payload.get("embeds") or []
    if len(embeds) > 10:
        errors.append(f"{len(embeds)} embeds (max 10)")
    total = 0
    for n, e in enumerate(embeds):
        for key, limit in (("title", 256), ("description", 4096)):
            text = e.get(key) or ""
            total += len(text)
            if len(text) > limit:
                errors.append(f"embed {n} {key} is {len(text)} characters (max {limit})")
        fields = e.get("fields") or []
        if len(fields) > 25:
            errors.append(f"embed {n} has {len(fields)} fields (max 25)")
        for f in fields:
            total += len(f.get("name", "")) + len(f.get("value", ""))
            if len(f.get("name", "")) > 256 or len(f.get("value", "")) > 1024:
                errors.append(f"embed {n} field {f.get('name', '')[:30]!r} over 256/1024")
            if not f.get("name") or not f.get("value"):
                errors.append(f"embed {n} has an empty field name or value")
        footer = (e.get("footer") or {}).get("text") or ""
        author = (e.get("author") or {}).get("name") or ""
        total += len(footer) + len(author)
        if len(footer) > 2048 or len(author) > 256:
            errors.append(f"embed {n} footer/author too long")
    if total > 6000:
        errors.append(f"embeds total {total} characters (max 6000)")
    errors += component_errors(payload.get("components") or [])
    poll = payload.get("poll")
    if poll is not None:
        question = (poll.get("question") or {}).get("text") or ""
        answers = poll.get("answers") or []
        if not question or len(question) > 300:
            errors.append(f"poll question is {len(question)} characters (1-300)")
        if not 1 <= len(answers) <= 10:
            errors.append(f"poll has {len(answers)} answers (1-10)")
        for a in answers:
            text = (a.get("poll_media") or {}).get("text") or ""
            if not text or len(text) > 55:
                errors.append(f"poll answer {text[:60]!r} is {len(text)} characters (1-55)")
        if not 1 <= int(poll.get("duration", 24)) <= 768:
            errors.append(f"poll duration {poll.get('duration')} hours (1-768)")
    if needs_allowed_mentions and "allowed_mentions" not in payload:
        errors.append("message sent without allowed_mentions")
    return errors


def component_errors(rows: list[dict[str, Any]]) -> list[str]:
    errors = []
    if len(rows) > 5:
        errors.append(f"{len(rows)} action rows (max 5)")
    for row in rows:
        children = row.get("components") or []
        if row.get("type") == 1 and len(children) > 5:
            errors.append(f"an action row holds {len(children)} components (max 5)")
        for c in children:
            if len(c.get("custom_id") or "") > 100:
                errors.append("custom_id over 100 characters")
            if len(c.get("label") or "") > 80:
                errors.append(f"button label {c.get('label', '')[:30]!r} over 80 characters")
            if len(c.get("options") or []) > 25:
                errors.append("select menu with more than 25 options")
    return errors


def choice_errors(choices: list[dict[str, Any]]) -> list[str]:
    errors = []
    if len(choices) > 25:
        errors.append(f"autocomplete answered {len(choices)} choices (max 25)")
    for c in choices:
        name = str(c.get("name", ""))
        if not 1 <= len(name) <= 100:
            errors.append(f"autocomplete choice name is {len(name)} characters (1-100)")
        if isinstance(c.get("value"), str) and len(c["value"]) > 100:
            errors.append("autocomplete choice value over 100 characters")
    return errors


def modal_errors(data: dict[str, Any]) -> list[str]:
    errors = []
    if len(data.get("title", "")) > 45:
        errors.append(f"modal title is {len(data['title'])} characters (max 45)")
    if len(data.get("components") or []) > 5:
        errors.append("modal with more than 5 components")
    for top in data.get("components") or []:
        label = top.get("label") or next((c.get("label") for c in top.get("components") or []), "") or ""
        if len(label) > 45:
            errors.append(f"modal label {label[:30]!r} over 45 characters")
    return errors
