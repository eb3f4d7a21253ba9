"""Fans in their own language, through the loopback Discord (issue 14): the synced commands carry
every language's names and descriptions, a reply is in the asker's interaction locale (its words
and its dates), and a changed translation syncs the commands again."""

from __future__ import annotations

import json
from typing import Any

import pytest
from discord import app_commands

from bot import i18n
from bot.translator import CatalogueTranslator
from tests.e2e.conftest import DiscordEnv
from tests.loopback.discord import FakeDiscord

GLOSSARY = json.loads((i18n.LOCALE_DIR / "glossary.json").read_text(encoding="utf-8"))
AOUAD = "all-of-us-are-dead"


def every_node(commands: list[dict[str, Any]]) -> list[dict[str, Any]]:
    out = []
    for command in commands:
        out.append(command)
        out += every_node(command.get("options") or [])
    return out


async def test_the_synced_commands_carry_every_language(env: DiscordEnv, emu: FakeDiscord) -> None:
    synced = emu.commands["global"]
    assert synced
    localised = 0
    for node in every_node(synced):
        for locale in i18n.LANGUAGES:
            # Each language's name and description as its catalogue says (a word the language
            # shares with English, "admin" in Spanish, is sent as no localisation at all).
            name = i18n.CATALOGUES.gettext(locale, node["name"], i18n.COMMAND_NAME)
            assert (node.get("name_localizations") or {}).get(locale, node["name"]) == name
            if node.get("description"):
                description = i18n.CATALOGUES.gettext(locale, node["description"])
                got = (node.get("description_localizations") or {}).get(locale, node["description"])
                assert got == description, (node["name"], locale)
                localised += description != node["description"]
    assert localised > 400  # about a hundred descriptions, in five languages
    season2 = next(c for c in synced if c["name"] == "season2")
    show = next(o for o in season2["options"] if o["name"] == "show")
    assert show["name_localizations"]["ko"] == i18n.CATALOGUES.gettext("ko", "show", i18n.COMMAND_NAME)
    assert season2["description_localizations"]["ja"] != season2["description"]


@pytest.mark.parametrize("locale", ["ko", "ja", "es-419", "pt-BR"])
async def test_a_fan_is_answered_in_the_language_of_their_discord(
    env: DiscordEnv, emu: FakeDiscord, locale: str
) -> None:
    env.fan.locale = locale
    reply = await env.slash("season2", show=AOUAD)
    embed = reply.embeds[0]
    code = i18n.LANGUAGES[locale]
    assert embed["description"].startswith(f"**{GLOSSARY[code]['Renewed']}.**")
    with i18n.speaking(locale):
        question = i18n._("Will there be season {season} of {title}?", season=2, title="All of Us Are Dead")
        assert embed["title"] == question != "Will there be season 2 of All of Us Are Dead?"
        assert any(f["name"] == i18n._("Premiere") for f in embed["fields"])
        assert reply.button(i18n._("Alert me"))
    june = {"ko": "2022년 6월", "ja": "2022年6月", "es-419": "junio de 2022", "pt-BR": "junho de 2022"}
    assert june[locale] in embed["description"]  # the renewal's date, in the reader's words
    # The same command from someone whose Discord is in English is still answered in English.
    env.fan.locale = "en-US"
    english = await env.slash("season2", show=AOUAD)
    assert english.embeds[0]["description"].startswith("**Renewed.**")


async def test_an_error_is_told_in_the_asker_s_language(env: DiscordEnv) -> None:
    env.fan.locale = "ja"
    reply = await env.slash("season2", show=AOUAD, season=51)
    with i18n.speaking("ja"):
        expected = i18n._("Season must be from 1 to {most}.", most=50)
    assert reply.ephemeral and reply.content == expected != "Season must be from 1 to 50."


async def test_a_changed_translation_syncs_the_commands_again(
    env: DiscordEnv, monkeypatch: pytest.MonkeyPatch
) -> None:
    bot = env.bot
    assert await bot.sync_tree(force=False) is False  # nothing changed since the start

    original = CatalogueTranslator.translate

    async def reworded(
        self: CatalogueTranslator,
        string: app_commands.locale_str,
        locale: Any,
        context: app_commands.TranslationContextTypes,
    ) -> str | None:
        said = await original(self, string, locale, context)
        return f"{said} (new)" if said and string.message == "Curator tools." else said

    monkeypatch.setattr(CatalogueTranslator, "translate", reworded)
    assert await bot.sync_tree(force=False) is True
    assert await bot.sync_tree(force=False) is False


async def test_alerts_are_worded_in_the_subscriber_s_and_the_server_s_language(
    env: DiscordEnv, emu: FakeDiscord
) -> None:
    """A DM in the language its subscriber had when subscribing; a channel post in the language its
    server chose; the curator who records the news is answered in theirs, and the audit log stays
    in English."""
    env.fan.locale = "ko"
    subscribed = await env.slash("alerts subscribe", show=AOUAD)
    with i18n.speaking("ko"):
        assert subscribed.content == i18n._("🔔 I'll DM you about **{title}**.", title="All of Us Are Dead")
    env.fan.locale = "en-US"  # later changes of the client do not move the subscription's language
    channel = emu.add_channel(env.guild, "alerts")
    await env.slash("alerts channel", user=env.admin, show=AOUAD, channel=channel)
    refused = await env.slash("settings language", user=env.fan, language="ja")
    assert refused.ephemeral and "Manage Guild" in refused.content
    chosen = await env.slash("settings language", user=env.admin, language="ja")
    assert chosen.ephemeral and "日本語" in chosen.content
    await env.slash("alerts subscribe", show=AOUAD, user=env.mod)  # in English
    reply = await env.slash("admin decision", user=env.owner, show=AOUAD, season=3, status="renewed",
                            source_url="https://example.org/news/aouad-season-3")  # fmt: skip
    assert reply.content.startswith("Recorded:")
    await emu.wait_for(
        lambda: emu.dms(env.fan) and emu.dms(env.mod) and emu.channel_messages(channel), what="three alerts"
    )
    for locale, text in (
        ("ko", emu.dms(env.fan)[0]["content"]),
        ("en-US", emu.dms(env.mod)[0]["content"]),
        ("ja", emu.channel_messages(channel)[0]["content"]),
    ):
        with i18n.speaking(locale):
            headline = i18n._("season {n} renewed", n=3)
            look = i18n._("Look it up: `/season2 show:{slug}`", slug=AOUAD)
        assert headline in text and look in text, (locale, text)
    assert "season 3 renewed" not in emu.dms(env.fan)[0]["content"]
    audit = await env.slash("admin audit", user=env.owner, show=AOUAD)
    assert "season 3 renewed" in audit.text  # the log keeps one language
