"""Shared interactive pieces: a paginator that only the asker can turn and that stops after a while."""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from typing import Any, Self

import discord

from bot import i18n
from bot.core import NO_PINGS, admit, report_error
from bot.i18n import _

log = logging.getLogger(__name__)

PAGE_TIMEOUT = 180.0


class Paginator(discord.ui.View):
    """Buttons to turn through pre-built embeds. Send with `send()`; one page needs no buttons."""

    def __init__(
        self, pages: Sequence[discord.Embed], owner_id: int, *, start: int = 0, timeout: float = PAGE_TIMEOUT
    ) -> None:
        super().__init__(timeout=timeout)
        if not pages:
            raise ValueError("a paginator needs at least one page")
        self.pages = list(pages)
        self.owner_id = owner_id
        self.index = max(0, min(start, len(self.pages) - 1))
        self.message: discord.InteractionMessage | None = None
        for n, page in enumerate(self.pages, 1):
            if len(self.pages) > 1:
                page.set_footer(
                    text=_("Page {n} of {count}", n=n, count=len(self.pages)) + _footer_tail(page)
                )
        # The labels in the asker's language (the decorators' are English, for the class).
        self.first.label, self.previous.label = _("⏮ First"), _("◀ Back")
        self.next.label, self.last.label = _("Next ▶"), _("Last ⏭")
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.first.disabled = self.previous.disabled = self.index == 0
        self.next.disabled = self.last.disabled = self.index >= len(self.pages) - 1

    async def send(self, interaction: discord.Interaction[Any], *, ephemeral: bool = False) -> None:
        one = len(self.pages) == 1
        if one:
            self.stop()
        kwargs: dict[str, Any] = {
            "embed": self.pages[0],
            "ephemeral": ephemeral,
            "allowed_mentions": NO_PINGS,
        }
        if not one:
            kwargs["view"] = self
        if interaction.response.is_done():
            await interaction.followup.send(**kwargs)
        else:
            await interaction.response.send_message(**kwargs)
        if not one:
            self.message = await interaction.original_response()

    async def interaction_check(self, interaction: discord.Interaction[Any]) -> bool:
        i18n.set_current(interaction.locale.value)
        if interaction.user.id == self.owner_id:
            return True
        await interaction.response.send_message(
            _("These buttons belong to whoever asked. Run the command yourself to page through."),
            ephemeral=True,
            allowed_mentions=NO_PINGS,
        )
        return False

    async def _show(self, interaction: discord.Interaction[Any], index: int) -> None:
        self.index = max(0, min(index, len(self.pages) - 1))
        self._update_buttons()
        await interaction.response.edit_message(embed=self.pages[self.index], view=self)

    @discord.ui.button(label="⏮ First", style=discord.ButtonStyle.secondary)
    async def first(self, interaction: discord.Interaction[Any], _: discord.ui.Button[Paginator]) -> None:
        await self._show(interaction, 0)

    @discord.ui.button(label="◀ Back", style=discord.ButtonStyle.secondary)
    async def previous(self, interaction: discord.Interaction[Any], _: discord.ui.Button[Paginator]) -> None:
        await self._show(interaction, self.index - 1)

    @discord.ui.button(label="Next ▶", style=discord.ButtonStyle.primary)
    async def next(self, interaction: discord.Interaction[Any], _: discord.ui.Button[Paginator]) -> None:
        await self._show(interaction, self.index + 1)

    @discord.ui.button(label="Last ⏭", style=discord.ButtonStyle.secondary)
    async def last(self, interaction: discord.Interaction[Any], _: discord.ui.Button[Paginator]) -> None:
        await self._show(interaction, len(self.pages) - 1)

    async def on_timeout(self) -> None:
        # Grey the buttons out so nobody presses a dead control.
        for item in self.children:
            if isinstance(item, discord.ui.Button):
                item.disabled = True
        if self.message is not None:
            try:
                await self.message.edit(view=self)
            except discord.HTTPException as exc:
                log.debug("could not disable paginator buttons: %s", exc)


def _footer_tail(page: discord.Embed) -> str:
    text = page.footer.text if page.footer and page.footer.text else ""
    return f" · {text}" if text else ""


class GatedButton(discord.ui.DynamicItem[discord.ui.Button[discord.ui.View]], template=r"(?!)"):
    """A persistent button (discord.py builds it again from its custom_id after a restart). Like
    commands, it is refused while the bot shuts down, and what `pressed` raises is answered as a
    command's error is (discord.py would only log it, leaving "This interaction failed").
    Subclasses give their own `template`, `from_match` (the button, from its template's match)
    and `pressed`."""

    @classmethod
    async def from_custom_id(  # type: ignore[override]
        cls,
        interaction: discord.Interaction[Any],
        item: discord.ui.Button[discord.ui.View],
        match: re.Match[str],
    ) -> Self:
        return cls.from_match(match)

    @classmethod
    def from_match(cls, match: re.Match[str]) -> Self:
        raise NotImplementedError

    async def interaction_check(self, interaction: discord.Interaction[Any]) -> bool:
        return await admit(interaction)

    async def callback(self, interaction: discord.Interaction[Any]) -> None:
        try:
            await self.pressed(interaction)
        except Exception as error:
            await report_error(interaction, error)

    async def pressed(self, interaction: discord.Interaction[Any]) -> None:
        raise NotImplementedError


class IdButton(GatedButton, template=r"(?!)"):
    """A persistent button whose custom_id carries one id (a show's, a theory's). Subclasses give
    their own `template` (one group: the id), `make_button` and `pressed`."""

    def __init__(self, item_id: int) -> None:
        self.item_id = item_id
        super().__init__(self.make_button())

    def make_button(self) -> discord.ui.Button[discord.ui.View]:
        raise NotImplementedError

    @classmethod
    def from_match(cls, match: re.Match[str]) -> Self:
        return cls(int(match.group(1)))


class GatedModal(discord.ui.Modal):
    """A form whose submit may write: refused while the bot shuts down, and its errors answered as a
    command's are."""

    async def interaction_check(self, interaction: discord.Interaction[Any]) -> bool:
        return await admit(interaction)

    async def on_error(self, interaction: discord.Interaction[Any], error: Exception, /) -> None:  # type: ignore[override]
        await report_error(interaction, error)


# Buttons on the /season2 card. The custom_id carries the show, so the button works after a restart;
# the cog that owns the feature registers a DynamicItem matching the same template.
ALERT_TEMPLATE = r"alert:(?P<show_id>[0-9]+)"


def alert_button(show_id: int) -> discord.ui.Button[discord.ui.View]:
    return discord.ui.Button(
        label=_("Alert me"), emoji="🔔", style=discord.ButtonStyle.primary, custom_id=f"alert:{show_id}"
    )


THEORY_TEMPLATE = r"theory:(?P<show_id>[0-9]+)"


def theory_button(show_id: int) -> discord.ui.Button[discord.ui.View]:
    return discord.ui.Button(
        label=_("Add a theory"),
        emoji="💡",
        style=discord.ButtonStyle.secondary,
        custom_id=f"theory:{show_id}",
    )
