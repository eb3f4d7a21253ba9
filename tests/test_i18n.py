"""The catalogues (bot/locale) against the code: every message English has is in every language,
translated; placeholders kept; command names that Discord accepts; verdict words that do not soften
(the glossary); and the card rendered in each language with no English left in its sentences."""

from __future__ import annotations

import json
import re
from collections.abc import AsyncIterator, Iterator
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from discord import app_commands

from bot import i18n, i18n_tools, render, reviewing
from bot.config import Settings
from bot.domain.card import answer_card
from bot.domain.dates import FuzzyDate
from bot.domain.errors import UserError
from bot.domain.models import Decision, Season, Source
from bot.domain.prediction import GapSample
from bot.domain.verdict import HEADLINES
from bot.store.review import ReviewItem
from cogs.review import STATUS_CHOICES
from tests.conftest import make_show

GLOSSARY = json.loads((i18n.LOCALE_DIR / "glossary.json").read_text(encoding="utf-8"))
PLACEHOLDER = re.compile(r"\{(\w*)\}")
# Discord's rule for names (no upper case where the script has it), 1-32 characters.
NAME = re.compile(r"^[-_\w]{1,32}$")


def catalogues() -> Iterator[tuple[str, Catalog]]:
    for code in i18n.LANGUAGES.values():
        yield code, i18n_tools.read(i18n_tools.po_path(code), code)


@pytest.fixture
async def tree(tmp_path: Path) -> AsyncIterator[app_commands.CommandTree]:  # type: ignore[type-arg]
    settings = Settings(database_path=tmp_path / "x.db")
    async with i18n_tools.command_tree(settings) as built:
        yield built


async def test_every_language_says_every_message_english_has(tree: app_commands.CommandTree) -> None:  # type: ignore[type-arg]
    """What `python -m bot i18n check` checks: the code's messages (`_`, `_n`, `N_`, UserError) and
    the command tree's strings, each in every catalogue, translated and not fuzzy."""
    from bot.translator import strings_of

    template = i18n_tools.template(i18n_tools.source_messages(), strings_of(tree))
    wanted = {(str(m.id if isinstance(m.id, str) else m.id[0]), m.context) for m in template if m.id}
    assert len(wanted) > 300
    for code, catalog in catalogues():
        have = {
            (str(m.id if isinstance(m.id, str) else m.id[0]), m.context)
            for m in catalog
            if m.id and not m.fuzzy and all(m.string if isinstance(m.string, tuple) else [m.string])
        }
        lacking = sorted(str(w) for w in wanted - have)
        assert not lacking, f"{code} lacks {len(lacking)}: {lacking[:5]} (run python -m bot i18n extract)"


def test_translations_keep_their_placeholders_and_plural_forms() -> None:
    for code, catalog in catalogues():
        plurals = catalog.num_plurals
        for m in catalog:
            if not m.id or not m.string or m.fuzzy:  # a fuzzy guess is never said
                continue
            english = m.id if isinstance(m.id, tuple) else (m.id,)
            wanted = set(PLACEHOLDER.findall(english[-1])) | set(PLACEHOLDER.findall(english[0]))
            said = m.string if isinstance(m.string, tuple) else (m.string,)
            if isinstance(m.id, tuple):
                assert len(said) == plurals, (code, m.id)
            for text in said:
                assert set(PLACEHOLDER.findall(text)) <= wanted | {"n"}, (code, m.id, text)
                assert set(PLACEHOLDER.findall(text)) >= wanted - {"n"}, (code, m.id, text)


async def test_command_names_are_names_discord_accepts_and_stay_apart(tree: app_commands.CommandTree) -> None:  # type: ignore[type-arg]
    def siblings(node: app_commands.CommandTree | app_commands.Group) -> list[list[str]]:  # type: ignore[type-arg]
        children = node.get_commands() if isinstance(node, app_commands.CommandTree) else node.commands
        out = [[c.name for c in children]]
        for child in children:
            if isinstance(child, app_commands.Group):
                out += siblings(child)
            elif isinstance(child, app_commands.Command):
                out.append([p.name for p in child.parameters])
        return out

    for locale in i18n.LANGUAGES:
        for names in siblings(tree):
            said = [i18n.CATALOGUES.gettext(locale, n, i18n.COMMAND_NAME) for n in names]
            for name in said:
                assert NAME.match(name) and name == name.lower(), (locale, name)
            assert len(set(said)) == len(said), (locale, said)  # two options never share a name
    for locale in i18n.LANGUAGES:
        for code, catalog in catalogues():
            if code != i18n.LANGUAGES[locale]:
                continue
            for m in catalog:
                if m.id and m.context is None and "commands" in [p for p, _ in m.locations] and m.string:
                    assert len(str(m.string)) <= 100, (locale, m.string)  # Discord's limit on descriptions


def test_the_glossary_holds_the_verdict_words_and_nothing_softens_a_cancellation() -> None:
    for locale, code in i18n.LANGUAGES.items():
        words = GLOSSARY[code]
        for english in [*HEADLINES.values(), "Prediction, not confirmed"]:
            assert i18n.CATALOGUES.gettext(locale, english) == words[english], (code, english)
        forbidden = [w.lower() for w in words["forbidden"]]
        assert forbidden, code
        catalog = i18n_tools.read(i18n_tools.po_path(code), code)
        for m in catalog:
            english = str(m.id if isinstance(m.id, str) else m.id[0]).lower()
            said = " ".join(m.string) if isinstance(m.string, tuple) else str(m.string or "")
            if "cancel" in english:
                assert not any(w in said.lower() for w in forbidden), (code, m.id, said)


TODAY = date(2026, 11, 25)
HISTORY = [
    GapSample(100 + i, "Netflix", g, date(2020, 1, 1), date(2020, 1, 1))
    for i, g in enumerate([300, 400, 500, 600, 700])
]
# English words the card's own sentences use: none may be left in another language's card (the
# show's title, its platform, the publisher and the cast are names, and stay as they are).
ENGLISH = re.compile(
    r"\b(?:season|renewed|cancelled|confirmed|announced|premiere|prediction|between|likely|method|"
    r"platform|cast|last checked|will there|decision|nothing|known|already|ended|planned|around)\b",
    re.IGNORECASE,
)


def cards() -> list[tuple[str, object]]:
    base = make_show(original_title=None, aliases=())
    first = Season(1, FuzzyDate.parse("2022-01-28"))
    ended = Season(1, FuzzyDate.parse("2022-01-28"), FuzzyDate.parse("2022-02-10").value)
    cancelled = Decision(2, "cancelled", FuzzyDate.parse("2023-03-01"), Source("Deadline"))
    return [
        ("renewed, predicted", replace(base, seasons=(first, Season(2)))),
        ("cancelled", replace(base, seasons=(first,), decisions=(cancelled,))),
        ("awaiting", replace(base, seasons=(ended,), decisions=())),
        ("confirmed", replace(base, seasons=(first, Season(2, FuzzyDate.parse("2027-03-05"))))),
    ]


@pytest.mark.parametrize("locale", list(i18n.LANGUAGES))
@pytest.mark.parametrize(("name", "show"), cards())
def test_the_card_in_each_language_leaves_no_english_in_its_sentences(
    locale: str, name: str, show: object
) -> None:
    with i18n.speaking(locale):
        card = answer_card(show, None, TODAY, HISTORY)  # type: ignore[arg-type]
        text = card.as_text()
    names = {show.title, show.platform, show.source_material, "Deadline", "Park Ji-hoo", "Nam On-jo",  # type: ignore[attr-defined]
             "Yoon Chan-young", "Lee Cheong-san"}  # fmt: skip
    for kept in names:
        text = text.replace(kept, "")
    left = ENGLISH.findall(text)
    assert not left, f"{locale} {name}: English left: {left}\n{text}"


def test_dates_are_written_in_the_reader_s_language() -> None:
    day = FuzzyDate.parse("2027-03-05")
    said = {}
    for locale in ["en-US", *i18n.LANGUAGES]:
        with i18n.speaking(locale):
            said[locale] = (day.human(), FuzzyDate.parse("2027-03").human())
    assert said["en-US"] == ("5 March 2027", "March 2027")
    assert said["ko"] == ("2027년 3월 5일", "2027년 3월")
    assert said["ja"] == ("2027年3月5日", "2027年3月")
    assert said["es-ES"][0] == "5 de marzo de 2027" and said["pt-BR"][0] == "5 de março de 2027"


def test_a_locale_the_bot_does_not_speak_is_answered_in_english() -> None:
    with i18n.speaking("fr"):
        assert i18n.current() == i18n.ENGLISH
        assert i18n._("Renewed") == "Renewed"


def test_the_status_a_curator_picks_is_in_their_own_language() -> None:
    with i18n.speaking("ko"):
        picks = [i18n._(label) for _value, label in STATUS_CHOICES]
        assert picks == ["제작 확정", "최종 시즌으로 제작 확정", "제작 취소", "예정대로 완결"]
    with i18n.speaking("es-419"):
        refused = str(
            UserError("The status must be {renewed}, {cancelled} or {ended}.", **reviewing.status_words())
        )
        assert refused == "El estado debe ser renovada, cancelada o finalizada."


def test_the_alert_progress_line_is_punctuated_as_each_language_does() -> None:
    with i18n.speaking("ja"):
        assert render.progress_line(2, 1, 3, done=True) == "通知：3件中2件を配信、1件失敗。"
        assert render.progress_line(1, 0, 3, done=False) == "通知：3件中1件を配信…"
    with i18n.speaking("en-US"):
        assert render.progress_line(2, 1, 3, done=True) == "Alerts: delivered 2 of 3, failed 1."
        assert render.progress_line(0, 0, 0, done=True) == "Alerts: nobody follows this show yet."


def test_the_radar_s_proposals_are_summed_up_in_the_curator_s_language() -> None:
    headline = "‘Ted Lasso’ Renewed for Season 4"
    source = {"url": "https://example.org/a", "publisher": "Deadline", "title": headline}
    at = datetime(2026, 11, 1, tzinfo=UTC)
    renewed = {"season": 4, "status": "renewed", "final": False, "sources": [source]}
    decision = ReviewItem(1, "decision", 1, "Ted Lasso", "season 4 renewed: …", at, data=renewed)
    dated = {"season": 4, "premiere": "2027-03-05", "sources": [source]}
    premiere = ReviewItem(2, "premiere", 1, "Ted Lasso", "season 4 premieres 2027-03-05: …", at, data=dated)
    link = ReviewItem(3, "link", 1, "Ted Lasso", "link to TVmaze? two shows share the title", at)
    with i18n.speaking("ja"):
        assert render.item_summary(decision) == f"シーズン4：制作決定（Deadline「{headline}」）"
        assert "2027年3月5日" in render.item_summary(premiere)
        assert render.item_summary(link) == link.summary  # a TVmaze run's reasoning stays as stored
    with i18n.speaking("en-GB"):
        assert render.item_summary(decision) == f"season 4 renewed: “{headline}” (Deadline)"
    # a season the radar counted from the catalogue, not the headline's, says so
    counted = replace(decision, data={**renewed, "counted": True})
    with i18n.speaking("ja"):
        said = render.item_summary(counted)
        assert said.startswith("シーズン4：制作決定（見出しにシーズンの記載がないため")
    with i18n.speaking("pt-BR"):
        assert "contada a partir do catálogo" in render.item_summary(counted)


def test_a_weekday_is_capitalised_as_a_choice_and_lower_case_in_a_spanish_sentence() -> None:
    with i18n.speaking("es-ES"):
        assert i18n._("Monday") == "Lunes" and i18n.weekday_name(0) == "lunes"
    with i18n.speaking("pt-BR"):
        assert i18n._("Sunday") == "Domingo" and i18n.weekday_name(6) == "domingo"
    with i18n.speaking("ja"):
        assert i18n.weekday_name(0) == "月曜日"
