"""What a curator's choice on a review item does (bot.store.review holds the queue): Accept carries
out what the item proposes, through the one write path and in the same transaction as marking the
item accepted; Edit does the same with the curator's own values; Reject only marks it, audited.

The bot proposes, curators decide: a proposed decision is recorded only with the article a curator
gives (the catalogue's rule: every decision has a source)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any
from urllib.parse import urlsplit

from bot.domain.card import production_words
from bot.domain.catalogue_file import URL, clean_url, has_control_characters
from bot.domain.dates import FuzzyDate
from bot.domain.errors import UserError
from bot.domain.events import DECISION_WORDS, Actor
from bot.domain.models import (
    DECISION_STATUSES,
    MILESTONE_KINDS,
    Decision,
    DecisionStatus,
    Links,
    Milestone,
    Source,
)
from bot.domain.verdict import MAX_SEASON
from bot.edits import Editor
from bot.i18n import _
from bot.store import catalogue as store
from bot.store import curation, review
from bot.store.review import ReviewItem


async def pending_item(editor: Editor, item_id: int) -> ReviewItem:
    item = await review.get(editor.db, item_id)
    if item is None:
        raise UserError("There is no review item #{item}.", item=item_id)
    if item.state != "pending":
        raise UserError("Review item #{item} was {state} already.", item=item_id, state=item.state)
    return item


async def _slug(editor: Editor, item: ReviewItem) -> str:
    show = await store.by_id(editor.db, item.show_id)
    if show is None:
        raise UserError("That show was removed from the catalogue.")
    return show.slug


async def accept(editor: Editor, item: ReviewItem, actor: Actor) -> str:
    """Accept an item that needs nothing more from the curator. A proposed decision needs its
    article: `accept_decision`."""
    slug = await _slug(editor, item)
    data = item.data
    if item.kind == "unreviewed":
        await editor.mark_reviewed(slug, actor, accepting=item.id)
        return _("{title} is reviewed: the catalogue's own from now on.", title=item.show_title)
    if item.kind == "conflict":
        season, field, theirs = int(data["season"]), str(data["field"]), str(data["theirs"])
        await editor.set_season_value(slug, season, field, theirs, actor, tvmaze=True, accepting=item.id)
        return _("{title} season {n} {field}: TVmaze's {value}, kept current by later refreshes.",
                 title=item.show_title, n=season, field=field, value=theirs)  # fmt: skip
    if item.kind == "link":
        if data.get("action") == "unlink":
            return await _link(editor, item, actor, None)
        candidates = [c for c in data.get("candidates", []) if isinstance(c, int)]
        if len(candidates) != 1:
            raise UserError(
                "Several TVmaze shows could be {title}, or none: press Edit and give its TVmaze id.",
                title=item.show_title,
            )
        return await _link(editor, item, actor, candidates[0])
    if item.kind == "decision" and _sources(item):
        return await _vouched(editor, item, actor) + await _record_reported(editor, item, actor)
    if item.kind == "premiere":
        return await _vouched(editor, item, actor) + await _record_premiere(editor, item, actor)
    if item.kind == "milestone" and _sources(item):
        return await _vouched(editor, item, actor) + await _record_milestone(editor, item, actor)
    raise UserError("A proposed decision needs the article that announced it: press Accept to give it.")


async def _vouched(editor: Editor, item: ReviewItem, actor: Actor) -> str:
    """Before recording the news about a show the radar found on TVmaze (unreviewed): the curator's
    press vouches for the show too, as accepting its own item would; a show that lacks its
    platform or country is sent to that item first. Returns what was done, as a sentence, or ""."""
    show = await store.by_id(editor.db, item.show_id)
    if show is None:
        raise UserError("That show was removed from the catalogue.")
    if show.reviewed:
        return ""
    pending = await review.by_key(editor.db, f"unreviewed:{show.id}")
    waiting = pending if pending is not None and pending.state == "pending" else None
    if not show.platform or not show.country:
        where = f"review item #{waiting.id}" if waiting is not None else "/admin show edit"
        raise UserError(
            "{title} is new to the catalogue and needs its platform and country first: use {where},"
            " then accept this item.",
            title=show.title,
            where=where,
        )
    await editor.mark_reviewed(show.slug, actor, accepting=waiting.id if waiting is not None else None)
    return _("{title} is reviewed: the catalogue's own from now on.", title=show.title) + " "


def _sources(item: ReviewItem) -> list[dict[str, Any]]:
    """The news reports behind an item (the radar's), first found first."""
    raw = item.data.get("sources")
    return (
        [s for s in raw if isinstance(s, dict) and isinstance(s.get("url"), str)]
        if isinstance(raw, list)
        else []
    )


def needs_article(item: ReviewItem) -> bool:
    """Whether accepting asks the curator for the article (a decision TVmaze's data points to)."""
    return item.kind == "decision" and not _sources(item)


def needs_season(item: ReviewItem) -> bool:
    """Whether accepting asks the curator to confirm the season: a renewal or a premiere date the news
    reported without one, whose season the radar counted from the catalogue ("'Chicago Fire' Renewed
    at NBC", "'Harbour Lights' Returns March 5")."""
    return item.kind in ("decision", "premiere") and bool(_sources(item)) and bool(item.data.get("counted"))


async def accept_counted(editor: Editor, item: ReviewItem, actor: Actor, season: str) -> str:
    """Accept a reported renewal with the season the curator confirmed (or corrected), every report
    kept as its sources."""
    edited = replace(item, data={**item.data, "season": _typed_season(season)})
    return await _vouched(editor, edited, actor) + await _record_reported(editor, edited, actor)


def _typed_date(text: str) -> FuzzyDate:
    """The date a curator typed (or a report gave), or a one-line error."""
    try:
        return FuzzyDate.parse(text.strip())
    except ValueError:
        raise UserError(
            "The date {text} cannot be read: give it as 2025-06-27 or 2025-06.", text=text[:20]
        ) from None


def _typed_season(text: str) -> int:
    """The season a curator typed, or a one-line error."""
    if not text.strip().isdigit() or not 1 <= int(text) <= MAX_SEASON:
        raise UserError("The season must be a number from 1 to {most}.", most=MAX_SEASON)
    return int(text)


async def _record_reported(editor: Editor, item: ReviewItem, actor: Actor) -> str:
    """A decision the news reported: recorded with its first report as the source."""
    first, *others = _sources(item)
    season, status = _season_status(item.data, Article("", ""))
    announced = _article_day(first, editor)
    source = _source_from(first)
    more = tuple(dict.fromkeys(_source_from(s) for s in others if s.get("url") != first["url"]))[:20]
    decision = Decision(
        season, status, announced, source, final=bool(item.data.get("final")), more_sources=more
    )
    change = await editor.record_decision(
        await _slug(editor, item), decision, actor, checked=editor.today(), accepting=item.id
    )
    if change is None:
        raise UserError("That show was removed from the catalogue.")
    what = _(DECISION_WORDS[status, decision.final], n=season)
    return _("Recorded: {title} {what}, source {publisher}.", title=item.show_title, what=what,
             publisher=source.publisher)  # fmt: skip


async def set_premiere(editor: Editor, item: ReviewItem, actor: Actor, season: str, date: str) -> str:
    """Edit on a premiere item, or Accept of one whose season the radar counted: the season and date the
    curator gave (or confirmed), vouching for a show new to the catalogue as Accept does."""
    typed, _ = _typed_season(season), _typed_date(date)  # (before vouching: a bad one changes nothing)
    edited = replace(item, data={**item.data, "season": typed, "premiere": date.strip()})
    return await _vouched(editor, item, actor) + await _record_premiere(editor, edited, actor)


async def set_milestone(editor: Editor, item: ReviewItem, actor: Actor, season: str, date: str) -> str:
    """Edit on production news: the curator's season and date, the report still the source, vouching
    for a show new to the catalogue as Accept does."""
    typed, _ = _typed_season(season), _typed_date(date)
    sources = [{**s, "date": date.strip()} if n == 0 else s for n, s in enumerate(_sources(item))]
    edited = replace(item, data={**item.data, "season": typed, "sources": sources})
    return await _vouched(editor, item, actor) + await _record_milestone(editor, edited, actor)


async def _record_milestone(editor: Editor, item: ReviewItem, actor: Actor) -> str:
    """Filming began or wrapped, as the news reported: recorded with the first report as its source."""
    first = _sources(item)[0]
    season, kind = item.data.get("season"), item.data.get("milestone")
    if not isinstance(season, int) or kind not in MILESTONE_KINDS:
        raise UserError("This item names no season or step: reject it.")
    source = _source_from(first)
    milestone = Milestone(season, kind, _article_day(first, editor), source)
    change = await editor.record_milestone(await _slug(editor, item), milestone, actor, accepting=item.id)
    if change is None:
        raise UserError("That show was removed from the catalogue.")
    words = production_words(milestone)
    return _("Recorded: {title} season {n} {what}, source {publisher}.", title=item.show_title, n=season,
             what=words, publisher=source.publisher)  # fmt: skip


async def _record_premiere(editor: Editor, item: ReviewItem, actor: Actor) -> str:
    season, text = item.data.get("season"), item.data.get("premiere")
    if not isinstance(season, int) or not isinstance(text, str):
        raise UserError("This item names no season or date: press Edit to give them.")
    premiere = _typed_date(text)
    change = await editor.set_season(
        await _slug(editor, item), season, actor, premiere=premiere, accepting=item.id
    )
    if change is None:
        raise UserError("That show was removed from the catalogue.")
    return _("{title} season {n} premieres {day}.", title=item.show_title, n=season, day=premiere.human())


def _article_day(source: Mapping[str, Any], editor: Editor) -> FuzzyDate:
    text = source.get("date")
    if isinstance(text, str):
        try:
            day = FuzzyDate.parse(text)
        except ValueError:
            day = None
        if day is not None and day.value <= editor.today():
            return day
    return FuzzyDate(editor.today())


def _source_from(report: Mapping[str, Any]) -> Source:
    return Source(
        str(report.get("publisher") or "") or _host(str(report["url"])), clean_url(str(report["url"]))
    )


def _host(url: str) -> str:
    return (urlsplit(url).hostname or url).removeprefix("www.")


async def link_to(editor: Editor, item: ReviewItem, actor: Actor, tvmaze_id: int) -> str:
    """Edit on a link item: link the show to the TVmaze show a curator names."""
    if not 1 <= tvmaze_id <= 10_000_000:
        raise UserError("A TVmaze id is a whole number, as in tvmaze.com/shows/1/….")
    return await _link(editor, item, actor, tvmaze_id)


async def _link(editor: Editor, item: ReviewItem, actor: Actor, tvmaze_id: int | None) -> str:
    show = await store.by_id(editor.db, item.show_id)
    if show is None:
        raise UserError("That show was removed from the catalogue.")
    if tvmaze_id is not None:
        holder = await store.by_links(editor.db, Links(tvmaze=tvmaze_id))
        if holder is not None and holder.id != show.id:
            raise UserError(
                "TVmaze show {id} is linked to {other} already.", id=tvmaze_id, other=holder.title
            )
    links = Links(tvmaze_id, show.links.imdb, show.links.thetvdb)
    await editor.set_links(show.slug, links, actor, accepting=item.id)
    if tvmaze_id is None:
        return _("{title} is unlinked from TVmaze.", title=show.title)
    return _("{title} is linked to TVmaze show {id}; the next refresh brings its seasons.", title=show.title,
             id=tvmaze_id)  # fmt: skip


async def set_value(editor: Editor, item: ReviewItem, actor: Actor, value: str) -> str:
    """Edit on a conflict: the curator's own value (a person's: TVmaze will not change it)."""
    season, field = int(item.data["season"]), str(item.data["field"])
    value = value.strip()
    await editor.set_season_value(await _slug(editor, item), season, field, value, actor, accepting=item.id)
    return _("{title} season {n} {field} set to {value}.", title=item.show_title, n=season, field=field,
             value=value)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Article:
    """What a curator gives to accept a proposed decision."""

    url: str
    announced: str
    publisher: str = ""
    season: str = ""  # Edit: the season, if not the proposed one
    status: str = ""  # Edit: the status, if not the proposed one
    final: bool | None = None  # Edit: whether the season renewed is the last (None: as proposed)


async def accept_decision(editor: Editor, item: ReviewItem, actor: Actor, article: Article) -> str:
    """Record the proposed decision (or the curator's edit of it) with the article as its source."""
    season, status = _season_status(item.data, article)
    url = clean_url(article.url.strip())
    publisher = article.publisher.strip()
    if has_control_characters(url) or has_control_characters(publisher):
        raise UserError("The link and publisher cannot hold control characters. Retype them.")
    if not URL.match(url):
        raise UserError("The article link must start with http:// or https://.")
    if "tvmaze.com" in (urlsplit(url).hostname or ""):
        raise UserError("TVmaze's page is the evidence, not the source: link the article that announced it.")
    try:
        announced = FuzzyDate.parse(article.announced.strip())
    except ValueError:
        raise UserError("The date must be YYYY-MM-DD (or YYYY-MM), e.g. 2025-06-27.") from None
    if announced.value > editor.today():
        raise UserError("The announcement date is in the future. Use the day it was announced.")
    source = Source(publisher or (urlsplit(url).hostname or url).removeprefix("www."), url)
    # (the news reports behind the item stay its sources, and a final season stays final, as on Accept)
    more = tuple(dict.fromkeys(_source_from(s) for s in _sources(item) if clean_url(str(s["url"])) != url))
    final = (
        article.final
        if article.final is not None
        else bool(item.data.get("final")) and status == item.data.get("status")
    )
    if final and status != "renewed":
        raise UserError("`final` goes with a renewal (the last season ordered).")
    decision = Decision(season, status, announced, source, final=final, more_sources=more[:20])
    vouched = await _vouched(editor, item, actor)
    change = await editor.record_decision(
        await _slug(editor, item), decision, actor, checked=editor.today(), accepting=item.id
    )
    if change is None:
        raise UserError("That show was removed from the catalogue.")
    what = _(DECISION_WORDS[status, final], n=season)
    return vouched + _("Recorded: {title} {what}, {day}, source {publisher}.", title=item.show_title,
                       what=what, day=announced.human(), publisher=source.publisher)  # fmt: skip


def _season_status(data: Mapping[str, Any], article: Article) -> tuple[int, DecisionStatus]:
    season = _typed_season(article.season.strip() or str(data.get("season", "")))
    status = article.status.strip() or str(data.get("status", ""))
    if status not in DECISION_STATUSES:
        raise UserError("The status must be {renewed}, {cancelled} or {ended}.", **status_words())
    return season, status


def status_words() -> dict[str, str]:
    """Each decision status as the curator's language says it (the command's choice names)."""
    return {status: _(status) for status in DECISION_STATUSES}


async def reject(editor: Editor, item: ReviewItem, actor: Actor) -> str:
    """Nothing changes but the item (audited): the bot will not propose the same thing again."""
    async with editor.db.transaction() as conn:
        show = await store.by_id(editor.db, item.show_id)
        summary = f"review item #{item.id} rejected: {item.summary}"[:500]
        audit_id = await curation.audit_in(conn, actor, "review.reject", show, summary)
        if not await review.decide_in(conn, item.id, "rejected", actor.user_id or 0, audit_id):
            raise UserError("Review item #{item} was decided meanwhile.", item=item.id)
    return _("Rejected #{id}: nothing in the catalogue changed.", id=item.id)
