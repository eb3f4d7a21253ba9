"""The languages the bot speaks: gettext catalogues (bot/locale/<code>/LC_MESSAGES/season2bot.po,
kept with Babel: `python -m bot i18n extract` refreshes them from the code and the command tree),
compiled in memory when first needed (never committed binaries), and the language of whatever the
bot is saying now.

Whose language: a reply to someone's interaction is in that person's Discord locale (bot.translator
sets it for every command, button and form as it arrives); what the bot posts unprompted in a
channel is in the server's language; a DM alert in the subscriber's. `speaking(locale)` sets it for
a block. English is the source language: a message missing from a catalogue is said in English.

No discord import here: the domain's sentences (the card, dates) use `_` and `day_words` too."""

from __future__ import annotations

import io
import logging
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import date
from gettext import GNUTranslations, NullTranslations
from pathlib import Path
from typing import Literal

from babel import Locale
from babel.dates import format_date, format_skeleton, get_day_names
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

log = logging.getLogger(__name__)

DOMAIN = "season2bot"
LOCALE_DIR = Path(__file__).resolve().parent / "locale"
ENGLISH = "en-US"
# Discord's locale codes the bot speaks -> the catalogue (and Babel locale) each uses.
LANGUAGES: dict[str, str] = {
    "ko": "ko",
    "ja": "ja",
    "es-ES": "es_ES",
    "es-419": "es_419",
    "pt-BR": "pt_BR",
}
# Their names, in their own words, for /settings language.
NAMES: dict[str, str] = {
    ENGLISH: "English",
    "ko": "한국어",
    "ja": "日本語",
    "es-ES": "Español (España)",
    "es-419": "Español (Latinoamérica)",
    "pt-BR": "Português (Brasil)",
}
COMMAND_NAME = "command name"  # the msgctxt of command, group and option names (Discord's naming rules)

_current: ContextVar[str] = ContextVar("season2bot_locale", default=ENGLISH)


def catalogue_of(locale: str | None) -> str | None:
    """The catalogue for a Discord locale ("ko", "es-419"), or None for English and what the bot
    does not speak (said in English)."""
    return LANGUAGES.get(locale or "")


def supported(locale: str | None) -> str:
    """The locale the bot will speak for a Discord locale: itself if it has a catalogue, else English."""
    return locale if locale is not None and catalogue_of(locale) else ENGLISH


class Catalogues:
    """Every catalogue, compiled from its .po file with Babel on first use."""

    def __init__(self, directory: Path = LOCALE_DIR) -> None:
        self.directory = directory
        self._loaded: dict[str, NullTranslations] | None = None

    def load(self) -> dict[str, NullTranslations]:
        """Compile every catalogue (about 90 ms: the bot does it in a thread at start)."""
        if self._loaded is None:
            loaded: dict[str, NullTranslations] = {}
            for code in LANGUAGES.values():
                path = self.directory / code / "LC_MESSAGES" / f"{DOMAIN}.po"
                if not path.exists():
                    log.warning("no catalogue for %s at %s: English is said instead", code, path)
                    loaded[code] = NullTranslations()
                    continue
                with path.open("rb") as handle:
                    catalogue = read_po(handle, locale=code, domain=DOMAIN)
                compiled = io.BytesIO()
                write_mo(compiled, catalogue)  # fuzzy entries are left out, as msgfmt does
                compiled.seek(0)
                loaded[code] = GNUTranslations(compiled)
            self._loaded = loaded
        return self._loaded

    def translations(self, locale: str | None) -> NullTranslations | None:
        code = catalogue_of(locale)
        return self.load().get(code) if code else None

    def gettext(self, locale: str | None, message: str, context: str | None = None) -> str:
        found = self.translations(locale)
        if found is None:
            return message
        return found.pgettext(context, message) if context else found.gettext(message)

    def ngettext(self, locale: str | None, singular: str, plural: str, n: int) -> str:
        found = self.translations(locale)
        if found is None:
            return singular if n == 1 else plural
        return found.ngettext(singular, plural, n)

    def has(self, locale: str, message: str, context: str | None = None) -> bool:
        return self.gettext(locale, message, context) != message


CATALOGUES = Catalogues()


def current() -> str:
    return _current.get()


def set_current(locale: str | None) -> None:
    """For the rest of this task (an interaction's): speak `locale`."""
    _current.set(supported(locale))


@contextmanager
def speaking(locale: str | None) -> Iterator[str]:
    token = _current.set(supported(locale))
    try:
        yield _current.get()
    finally:
        _current.reset(token)


def _(message: str, **values: object) -> str:
    """`message` in the current language, its {placeholders} filled from `values`."""
    said = CATALOGUES.gettext(_current.get(), message)
    return said.format(**values) if values else said


def _n(singular: str, plural: str, n: int, **values: object) -> str:
    """The singular or plural form for `n` in the current language ({n} is filled too)."""
    said = CATALOGUES.ngettext(_current.get(), singular, plural, n)
    return said.format(n=n, **values)


def gap() -> str:
    """What goes between two sentences: a space, but nothing in Japanese."""
    return "" if _current.get() == "ja" else " "


def sentences(*parts: str) -> str:
    """Sentences one after another (the empty ones left out)."""
    return gap().join(p for p in parts if p)


def N_(message: str) -> str:
    """Marks a message for the catalogues where it is defined; `_` translates it where it is said."""
    return message


def weekday_name(weekday: int) -> str:
    """The day (0 = Monday) as a sentence says it in the language being spoken ("lunes", "月曜日")."""
    return str(get_day_names("wide", "format", babel_locale())[weekday])


def babel_locale(locale: str | None = None) -> Locale:
    code = catalogue_of(locale if locale is not None else _current.get())
    return Locale.parse(code) if code else Locale.parse("en_GB")


Precision = Literal["day", "month", "year"]


def day_words(day: date, precision: Precision) -> str:
    """A date in words in the current language, as precise as it is known: "5 March 2027",
    "2027年3月5日", "March 2027", "2027"."""
    if precision == "year":
        return str(day.year)
    where = babel_locale()
    if precision == "month":
        return format_skeleton("yMMMM", day, locale=where)
    return format_date(day, "long", locale=where)
