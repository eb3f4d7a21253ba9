"""Keeping the catalogues (bot/locale) in step with the code, with Babel:

    python -m bot i18n extract   # the template from the code and the command tree; every .po updated
    python -m bot i18n check     # what each language lacks (exit 1 when anything is missing)

What is extracted: every `_("…")` and `N_("…")` in bot/ and cogs/, every `UserError("…")` message
(an error's message is its id, translated when it is said), and every name, description and choice
of the command tree as the bot registers it (names with msgctxt "command name")."""

from __future__ import annotations

import contextlib
import tempfile
from collections.abc import AsyncIterator, Iterable
from dataclasses import replace
from pathlib import Path
from typing import Any

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po, write_po
from discord import app_commands

from bot import __version__, i18n
from bot.config import Settings

ROOT = Path(__file__).resolve().parent.parent
SOURCES = (ROOT / "bot", ROOT / "cogs")
TEMPLATE = i18n.LOCALE_DIR / f"{i18n.DOMAIN}.pot"
KEYWORDS = {"_": None, "_n": (1, 2), "N_": None, "UserError": (1,)}


Message = str | tuple[str, ...]  # a message, or a (singular, plural) pair


def source_messages() -> list[tuple[Message, str]]:
    """(message, where) of every marked message in the code."""
    out = []
    for directory in SOURCES:
        for filename, line, message, _comments, _context in extract_from_dir(
            directory,
            method_map=[("**.py", "python")],
            keywords=KEYWORDS,
            comment_tags=("i18n:",),
            strip_comment_tags=True,
        ):
            if isinstance(message, (str, tuple)) and message:
                out.append((message, f"{directory.name}/{filename}:{line}"))
    return out


@contextlib.asynccontextmanager
async def command_tree(settings: Settings) -> AsyncIterator[app_commands.CommandTree[Any]]:
    """The tree the bot registers: its cogs loaded against a scratch store, never connected."""
    from bot.core import Season2Bot  # the whole bot: only the tools that read its tree need it

    with tempfile.TemporaryDirectory() as scratch:
        bot = Season2Bot(replace(settings, database_path=Path(scratch) / "tree.db"), serve=False)
        try:
            await bot.setup_hook()
            yield bot.tree
        finally:
            await bot.close()


async def tree_messages(settings: Settings) -> list[tuple[str, str | None]]:
    """Every command string of the tree the bot registers."""
    from bot.translator import strings_of

    async with command_tree(settings) as tree:
        return strings_of(tree)


def template(source: Iterable[tuple[Message, str]], tree: Iterable[tuple[str, str | None]]) -> Catalog:
    catalog = Catalog(
        domain=i18n.DOMAIN,
        project="season2bot",
        version=__version__,
        copyright_holder="the season2bot authors",
        charset="utf-8",
        header_comment="# season2bot's messages: the template, from the code and the command tree\n"
        "# (python -m bot i18n extract writes it; do not edit by hand).",
    )
    for name, context in tree:
        catalog.add(name, context=context, locations=[("commands", 0)])
    for message, where in source:
        path, _, line = where.rpartition(":")
        found = catalog.get(message if isinstance(message, str) else message[0])
        if found is not None:
            found.locations.append((path, int(line)))
        else:
            catalog.add(message, locations=[(path, int(line))])
    return catalog


def po_path(code: str) -> Path:
    return i18n.LOCALE_DIR / code / "LC_MESSAGES" / f"{i18n.DOMAIN}.po"


def read(path: Path, locale: str | None = None) -> Catalog:
    with path.open("rb") as handle:
        return read_po(handle, locale=locale, domain=i18n.DOMAIN)


def write(path: Path, catalog: Catalog) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as handle:
        write_po(handle, catalog, width=100, sort_output=False, omit_header=False, ignore_obsolete=True)


def update(new: Catalog) -> dict[str, int]:
    """Write the template and bring every language's catalogue up to it (translations kept; a
    changed English message becomes fuzzy, which is not said until a translator checks it).
    Returns how many messages each language lacks."""
    write(TEMPLATE, new)
    lacking = {}
    for code in i18n.LANGUAGES.values():
        path = po_path(code)
        catalog = read(path, code) if path.exists() else Catalog(locale=code, domain=i18n.DOMAIN)
        catalog.update(new, update_header_comment=False)
        catalog.project, catalog.version = "season2bot", __version__
        catalog.header_comment = (
            f"# season2bot's messages in {code}: keep the verdict words of bot/locale/glossary.json, and\n"
            "# the {placeholders}, markdown and command names as the tests say (tests/test_i18n.py)."
        )
        write(path, catalog)
        lacking[code] = len(missing(catalog))
    return lacking


def missing(catalog: Catalog) -> list[str]:
    """The messages a language's catalogue does not yet say (untranslated, or fuzzy)."""
    return [str(m.id) for m in catalog if m.id and (not m.string or m.fuzzy)]
