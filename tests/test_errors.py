"""One error hierarchy, and user-facing errors that carry a message id and values."""

from __future__ import annotations

import ast
from pathlib import Path

from bot.domain import errors
from bot.domain.errors import Season2Error, UserError
from tests.conftest import REPO


def _sources() -> list[Path]:
    return [*(REPO / "bot").rglob("*.py"), *(REPO / "cogs").rglob("*.py")]


def test_a_user_error_is_worded_when_shown_from_its_id_and_values() -> None:
    error = UserError("No show matches '{shown}'.{hint}", shown="{x}", hint=" Try /show search.")
    assert error.message == "No show matches '{shown}'.{hint}"  # the id a translation is looked up by
    assert str(error) == "No show matches '{x}'. Try /show search."  # values are never re-read as templates
    assert (
        str(UserError('A catalogue looks like {"version": 1}.')) == 'A catalogue looks like {"version": 1}.'
    )


def test_every_user_error_is_raised_with_a_message_id_not_finished_text() -> None:
    """An f-string would bake the values into the id, and no translation could ever match it."""
    offenders = []
    for path in _sources():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "UserError" and node.args:
                first = node.args[0]
                if not isinstance(first, ast.Constant | ast.Name):
                    offenders.append(f"{path.relative_to(REPO)}:{node.lineno}")
    assert offenders == []


def test_every_exception_the_bot_defines_is_in_the_one_hierarchy() -> None:
    """Public exception classes live in bot/domain/errors.py and derive from Season2Error; private
    control-flow ones (a leading underscore) and discord.py check failures are the exceptions."""
    stray = []
    for path in _sources():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.ClassDef) or node.name.startswith("_"):
                continue
            bases = {ast.unparse(b) for b in node.bases}
            if bases & {"Exception", "ValueError", "RuntimeError"} and path.name != "errors.py":
                stray.append(f"{path.relative_to(REPO)}:{node.name}")
    assert stray == []
    for name in ("UserError", "ConfigError", "StoreError", "DuplicateTheory", "TooManyTheories",
                 "PollAlreadyOpen", "TooManySubscriptions"):  # fmt: skip
        assert issubclass(getattr(errors, name), Season2Error), name
