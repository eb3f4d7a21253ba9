"""Slash commands named in replies as Discord command mentions (`</alerts subscribe:ID>`): each
reader's client shows the command in its own language, and a click fills it in. The ids are the
synced tree's, learnt at start (one bot per process); until then, and where Discord does not render
a mention (embed titles and footers), a command is written `/alerts subscribe`."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from discord import app_commands

_ids: dict[str, int] = {}  # top-level command name -> its id on Discord


def remember(commands: Iterable[app_commands.AppCommand]) -> None:
    """Keep the ids of the commands Discord holds (from a sync, or from fetching them)."""
    _ids.clear()
    _ids.update({c.name: c.id for c in commands})


def known(path: str) -> bool:
    return path.split(" ", 1)[0] in _ids


def mention(path: str) -> str:
    """`path` is the command as typed without the slash: "alerts subscribe"."""
    command_id = _ids.get(path.split(" ", 1)[0])
    return f"</{path}:{command_id}>" if command_id else f"`/{path}`"


@dataclass(frozen=True, slots=True)
class Command:
    """A command as a message value, mentioned when the message is worded (so a UserError made
    before the ids were known still mentions it when said)."""

    path: str

    def __str__(self) -> str:
        return mention(self.path)

    def __format__(self, spec: str) -> str:
        return format(str(self), spec)
