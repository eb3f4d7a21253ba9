"""The command tree in every language the bot speaks, through discord.py's own Translator: each
command's, group's and option's name and description, and each choice's name, looked up in the
gettext catalogues (bot.i18n). Names are kept apart from other text (msgctxt "command name"): Discord
wants them lower case, without spaces, 32 characters at most, and a test holds every translated
name to that."""

from __future__ import annotations

from typing import TYPE_CHECKING

from discord import Locale, app_commands
from discord.app_commands import TranslationContextLocation as Where

from bot import i18n
from bot.store import alerts

if TYPE_CHECKING:
    from bot.core import Season2Bot

NAMES = (Where.command_name, Where.group_name, Where.parameter_name)


class CatalogueTranslator(app_commands.Translator):
    async def translate(
        self, string: app_commands.locale_str, locale: Locale, context: app_commands.TranslationContextTypes
    ) -> str | None:
        if i18n.catalogue_of(locale.value) is None:
            return None
        where = i18n.COMMAND_NAME if context.location in NAMES else None
        said = i18n.CATALOGUES.gettext(locale.value, string.message, where)
        return said if said != string.message else None


def strings_of(tree: app_commands.CommandTree) -> list[tuple[str, str | None]]:
    """(message, msgctxt) of every name, description and choice name in the tree, in tree order:
    what the catalogues must hold for the commands."""
    out: list[tuple[str, str | None]] = []

    def add(message: str, context: str | None = None) -> None:
        if (message, context) not in out:
            out.append((message, context))

    def walk(command: app_commands.Command | app_commands.Group | app_commands.ContextMenu) -> None:  # type: ignore[type-arg]
        add(command.name, i18n.COMMAND_NAME)
        if isinstance(command, app_commands.ContextMenu):
            return
        add(command.description)
        if isinstance(command, app_commands.Group):
            for child in command.commands:
                walk(child)
            return
        for parameter in command.parameters:
            add(parameter.name, i18n.COMMAND_NAME)
            add(parameter.description)
            for choice in parameter.choices:
                add(choice.name)

    for command in tree.get_commands():
        walk(command)
    return out


async def server_language(bot: Season2Bot, guild_id: int) -> str:
    """What the bot posts unprompted in a server's channels is in its language: the one a Manage
    Server member chose with /settings language, else the server's own Discord locale (English when
    the bot does not speak it)."""
    chosen = await alerts.guild_language(bot.db, guild_id)
    if chosen:
        return i18n.supported(chosen)
    guild = bot.get_guild(guild_id)
    return i18n.supported(guild.preferred_locale.value if guild is not None else None)
