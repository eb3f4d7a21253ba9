"""Every error the bot raises on purpose, drawn in one place and rooted at one class.

    Season2Error
    ├── UserError          a one-line message for the person who asked: what went wrong, what to do
    ├── ConfigError        a setting is missing or wrong (exit 2, names the variable)
    ├── StoreError         the database cannot be used (damaged, read-only, newer than this code)
    └── Refused            the store refused a write a feature turns into a UserError
        ├── DuplicateTheory
        ├── TooManyTheories
        ├── PollAlreadyOpen
        └── TooManySubscriptions

A UserError carries a message id and values, not finished text: the id is the English sentence with
{placeholders} (gettext's way: the source text is the id), and the values fill it when the reply is
written, so a reply can later be worded in the reader's language."""

from __future__ import annotations

from datetime import datetime

from bot.i18n import _


class Season2Error(Exception):
    """The root: anything the bot raises on purpose."""


class UserError(Season2Error):
    """A message safe to show as it is, worded at reply time from `message` (its id) and `values`."""

    def __init__(self, message: str, **values: object) -> None:
        super().__init__(message)
        self.message = message
        self.values = values

    def text(self) -> str:
        """The wording in the language being spoken (bot.i18n): the catalogue's translation of
        `message`, filled with `values`; English when there is none."""
        return _(self.message, **self.values)

    def __str__(self) -> str:
        return self.text()


class ConfigError(Season2Error):
    """A setting is missing or wrong; the message names it and says what to do."""


class StoreError(Season2Error):
    """The database cannot be used (damaged, read-only, newer than this code, unreadable)."""


class Refused(Season2Error):
    """The store refused a write for a reason the person can act on."""


class DuplicateTheory(Refused):
    def __init__(self, existing_id: int) -> None:
        super().__init__(existing_id)
        self.existing_id = existing_id


class TooManyTheories(Refused):
    """PER_HOUR posts in the last hour already; `retry_at` is when the oldest leaves the window."""

    def __init__(self, retry_at: datetime) -> None:
        super().__init__(retry_at)
        self.retry_at = retry_at


class PollAlreadyOpen(Refused):
    pass


class TooManySubscriptions(Refused):
    pass
