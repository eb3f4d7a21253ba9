"""Embeds: every reply the bot draws is built here, from domain values."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

import discord

from bot.domain.card import UNREVIEWED_HEADLINE, Card, Wording, cast_line, premiere_words, production_words
from bot.domain.dates import FuzzyDate
from bot.domain.events import DECISION_WORDS, MILESTONE_WORDS, Event, describe
from bot.domain.models import Decision, Season, Show
from bot.domain.search import Hit
from bot.i18n import N_, _, _n
from bot.mentions import mention
from bot.store.alerts import OutboxHealth, RecentEvent
from bot.store.curation import AuditEntry
from bot.store.feeds import Feed
from bot.store.review import ReviewItem
from bot.store.theories import Theory
from bot.tvmaze import TVShow

BRAND = discord.Colour.from_rgb(88, 101, 242)


def _duration(seconds: float) -> str:
    minutes, secs = divmod(int(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    days, hours = divmod(hours, 24)
    parts = [f"{days}d"] if days else []
    parts += [f"{hours}h"] if hours or days else []
    parts += [f"{minutes}m", f"{secs}s"] if not days else [f"{minutes}m"]
    return " ".join(parts)


def about(*, version: str, shows: int, uptime_seconds: float, latency_ms: float | None) -> discord.Embed:
    embed = discord.Embed(
        title="season2bot",
        description=_("Will there be a season 2? Ask with {command}.", command=mention("season2")),
        colour=BRAND,
    )
    embed.add_field(name=_("Version"), value=version)
    embed.add_field(name=_("Shows in the catalogue"), value=f"{shows:,}")
    embed.add_field(name=_("Uptime"), value=_duration(uptime_seconds))
    embed.add_field(
        name=_("Gateway latency"), value=_("measuring…") if latency_ms is None else f"{latency_ms:.0f} ms"
    )
    return embed


# ------------------------------------------------------------------ shows

VERDICT_COLOURS: dict[str, discord.Colour] = {
    "out": discord.Colour.blue(),
    "renewed": discord.Colour.green(),
    "cancelled": discord.Colour.red(),
    "ended": discord.Colour.dark_grey(),
    "awaiting": discord.Colour.gold(),
    "unknown": discord.Colour.light_grey(),
}
UNREVIEWED_COLOUR = discord.Colour.light_grey()
FIELD_MAX = 1024


def escape(text: str) -> str:
    """User or catalogue text inside markdown: no formatting, no mention syntax."""
    return discord.utils.escape_mentions(discord.utils.escape_markdown(text))


def clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def instant_stamp(at: datetime) -> str:
    """A release instant as Discord timestamps, which every reader sees in their own zone and
    language: the full date and time, and a countdown."""
    return f"{discord.utils.format_dt(at, 'F')} ({discord.utils.format_dt(at, 'R')})"


def fuzzy(value: FuzzyDate | None, at: datetime | None = None) -> str:
    """A premiere: its instant as timestamps when known; else its day, month or year in words in
    the reader's language (a timestamp would invent a time, and show the wrong day east of UTC+12)."""
    if value is None:
        return _("date not announced")
    return instant_stamp(at) if at is not None and value.precision == "day" else value.human()


def source_link(decision: Decision) -> str:
    publisher = escape(decision.source.publisher)
    return f"[{publisher}]({decision.source.url})" if decision.source.url else publisher


def card(c: Card, theories: Sequence[str] = ()) -> discord.Embed:
    v = c.verdict
    # The source is named in the sentence and linked once, by the card's Source button.
    lines = [f"**{c.headline}.** {escape(c.embed_line or c.verdict_line)}"]
    embed = discord.Embed(
        title=clip(c.question, 256),
        description="\n".join(lines),
        colour=VERDICT_COLOURS[v.kind] if c.show.reviewed else UNREVIEWED_COLOUR,
    )
    if c.production is not None:
        m = c.production
        publisher = escape(m.source.publisher)
        source = f"[{publisher}]({m.source.url})" if m.source.url else publisher
        text = clip(f"{production_words(m).capitalize()} · {source}", FIELD_MAX)
        embed.add_field(name=_("Production"), value=text, inline=False)
    if c.premiere is not None:
        words = premiere_words(c.premiere, DISCORD_WORDING)
        embed.add_field(name=_("Premiere"), value=clip(words, FIELD_MAX), inline=False)
    embed.add_field(name=_("Where"), value=escape(c.where))
    if c.show.source_material:
        embed.add_field(name=_("Based on"), value=clip(escape(c.show.source_material), FIELD_MAX))
    if c.cast_lines:
        embed.add_field(
            name=_("Cast"), value=clip("\n".join(escape(x) for x in c.cast_lines), FIELD_MAX), inline=False
        )
    if theories:
        embed.add_field(
            name=_("Top fan theories here"), value=clip("\n".join(theories), FIELD_MAX), inline=False
        )
    if c.show.links.tvmaze_page:
        credit = tvmaze_credit(c.show.links.tvmaze_page, whole=not c.show.reviewed)
        embed.description = f"{embed.description}\n{credit}"
    embed.set_footer(
        text=_("Last checked {day} · /show info for the full record", day=FuzzyDate(c.last_checked).human())
    )
    return embed


# Discord's way of writing the card's premiere: dates as timestamps each reader sees in their own
# zone, the prediction label in bold, the method as small print.
DISCORD_WORDING = Wording(
    instant=lambda at, zone: instant_stamp(at),
    warning=lambda text: f"**{text}**",
    method=lambda how: "\n-# " + _("How: {how}.", how=escape(how)),
)


def tvmaze_credit(page: str, *, whole: bool = False) -> str:
    """The credit TVmaze's licence asks for, on whatever shows a linked show's data (`whole`: an
    unreviewed show, all of whose data is TVmaze's)."""
    if whole:
        return "-# " + _("Seasons and dates from [TVmaze]({page}) (CC BY-SA)", page=page)
    return "-# " + _("Seasons and dates partly from [TVmaze]({page}) (CC BY-SA)", page=page)


def show_pages(show: Show) -> list[discord.Embed]:
    """/show info: an overview page, then the decision history (newest first), paged."""
    title = clip(show.title, 200)
    overview = discord.Embed(title=title, colour=BRAND)
    facts = []
    if not show.reviewed:
        status = (
            " " + _("TVmaze's status: {status}.", status=escape(show.tvmaze_status))
            if show.tvmaze_status
            else ""
        )
        facts.append(
            f"**{_(UNREVIEWED_HEADLINE)}:** "
            + _("no curator has checked this show; what follows is TVmaze's.")
            + status
        )
    place = f" ({show.country})" if show.country else ""
    facts.append(f"**{_('Where')}:** {escape(show.platform or _('platform unknown'))}{place}")
    if show.original_title and show.original_title != show.title:
        facts.append(f"**{_('Original title')}:** {escape(show.original_title)}")
    if show.aliases:
        facts.append(f"**{_('Also known as')}:** {escape(', '.join(show.aliases))}")
    if show.source_material:
        facts.append(f"**{_('Based on')}:** {escape(show.source_material)}")
    facts.append(f"**{_('Last checked')}:** {FuzzyDate(show.last_checked).human()}")
    if show.links.tvmaze_page:
        facts.append(tvmaze_credit(show.links.tvmaze_page, whole=not show.reviewed))
    overview.description = clip("\n".join(facts), 4096)
    season_lines = []
    for s in show.seasons:
        if s.premiere is None and s.episodes is None:
            continue
        episodes = ", " + _n("{n} episode", "{n} episodes", s.episodes) if s.episodes else ""
        season_lines.append(
            _("Season {n}: {day}", n=s.number, day=fuzzy(s.premiere, s.premiere_at)) + episodes
        )
    if season_lines:
        overview.add_field(
            name=_("Seasons"), value=clip("\n".join(season_lines[-15:]), FIELD_MAX), inline=False
        )
    if show.cast:
        cast = [escape(cast_line(m.actor, m.character)) for m in show.cast[:15]]
        overview.add_field(name=_("Cast"), value=clip("\n".join(cast), FIELD_MAX), inline=False)
    dated: list[tuple[FuzzyDate, str]] = [
        (
            d.announced,
            f"**{d.announced.human()}** · "
            + _(DECISION_WORDS[d.status, d.final], n=d.season)
            + f" · {source_link(d)}"
            + (f"\n  {escape(clip(d.note, 300))}" if d.note else ""),
        )
        for d in show.decisions
    ]
    for m in show.milestones:
        publisher = escape(m.source.publisher)
        source = f"[{publisher}]({m.source.url})" if m.source.url else publisher
        step = _("season {n}: {what}", n=m.season, what=production_words(m))
        dated.append((m.date, f"**{m.date.human()}** · {step} · {source}"))
    history = [line for _, line in sorted(dated, key=lambda pair: pair[0], reverse=True)]
    pages = [overview]
    if not history:
        overview.add_field(
            name=_("Decisions"), value=_("No renewal or cancellation recorded yet."), inline=False
        )
    for chunk in _page_lines(history, per_page=8):
        page = discord.Embed(
            title=_("{title}: decisions and production, newest first", title=title), colour=BRAND
        )
        page.description = "\n".join(chunk)
        pages.append(page)
    return pages


def _page_lines(lines: Sequence[str], *, per_page: int, max_chars: int = 3_800) -> list[list[str]]:
    """Split lines into pages of at most `per_page` lines and `max_chars` characters."""
    pages: list[list[str]] = [[]]
    size = 0
    for line in lines:
        if pages[-1] and (len(pages[-1]) >= per_page or size + len(line) + 1 > max_chars):
            pages.append([])
            size = 0
        pages[-1].append(line)
        size += len(line) + 1
    return pages if pages[0] else []


def search_pages(
    query: str,
    hits: Sequence[Hit],
    verdicts: dict[int, str],
    candidates: Sequence[TVShow] = (),
    *,
    tvmaze_unreachable: bool = False,
) -> list[discord.Embed]:
    """The catalogue's matches, then TVmaze's candidates the catalogue does not hold yet."""
    lines = []
    for n, hit in enumerate(hits, 1):
        e = hit.entry
        year = f"{e.year}, " if e.year else ""
        where = escape(e.platform) or _("platform unknown")
        status = verdicts.get(e.show_id, "")
        lines.append(f"{n}. **{escape(e.title)}** ({year}{where}) · {status} · `{e.slug}`")
    if candidates:
        lines.append(
            _("**On TVmaze, not in the catalogue yet** (ask {command} with the title to add one):",
              command=mention("season2"))
        )  # fmt: skip
    for n, tv in enumerate(candidates, len(hits) + 1):
        about = ", ".join(x for x in (str(tv.premiered.year) if tv.premiered else "", tv.network or "") if x)
        status = f" · {escape(tv.status)}" if tv.status else ""
        lines.append(
            f"{n}. **{escape(clip(tv.name, 150))}** ({escape(about) or '?'}){status} · [TVmaze]({tv.url})"
        )
    if tvmaze_unreachable:
        lines.append("-# " + _("TVmaze could not be reached: only the catalogue's matches are listed."))
    pages = []
    for chunk in _page_lines(lines, per_page=10):
        page = discord.Embed(title=clip(_("Shows matching “{query}”", query=query), 256), colour=BRAND)
        page.description = "\n".join(chunk)
        pages.append(page)
    return pages


def upcoming_pages(days: int, rows: Sequence[tuple[Show, Season]]) -> list[discord.Embed]:
    lines = [
        f"{fuzzy(season.premiere, season.premiere_at)} · **{escape(show.title)}** "
        + _("season {n}", n=season.number)
        + f" ({escape(show.platform)})"
        for show, season in rows
    ]
    pages = []
    for chunk in _page_lines(lines, per_page=15):
        page = discord.Embed(title=_("Premieres in the next {days} days", days=days), colour=BRAND)
        page.description = "\n".join(chunk)
        pages.append(page)
    return pages


def empty(title: str, text: str) -> discord.Embed:
    return discord.Embed(title=title, description=text, colour=discord.Colour.light_grey())


def audit_pages(entries: Sequence[AuditEntry]) -> list[discord.Embed]:
    lines = []
    for e in entries:
        who = f"<@{e.actor_id}>" if e.actor_id else escape(e.actor)
        what = f"`{e.show_slug}` " if e.show_slug else ""
        lines.append(f"{discord.utils.format_dt(e.at, 'f')} · {who} · {e.action} {what}· {escape(e.summary)}")
    pages = []
    for chunk in _page_lines(lines, per_page=10):
        page = discord.Embed(title=_("Audit log, newest first"), colour=BRAND)
        page.description = "\n".join(chunk)
        pages.append(page)
    return pages


def outbox_status(health: OutboxHealth, recent: Sequence[RecentEvent], worker_running: bool) -> discord.Embed:
    """`/admin status`: is the alert worker keeping up, and how did the latest events fan out."""
    t = health.totals
    embed = discord.Embed(title=_("Alert delivery"), colour=BRAND)
    lines = [
        _("Worker: running") if worker_running else _("Worker: **not running**"),
        _("Pending **{pending}** · sent **{sent}** · failed **{failed}**", pending=f"{t.pending:,}",
          sent=f"{t.sent:,}", failed=f"{t.failed:,}"),
    ]  # fmt: skip
    if health.retrying:
        lines.append(
            _(
                "{count} pending after a failed try (rate limit or Discord error); they are retried with"
                " backoff.",
                count=f"{health.retrying:,}",
            )
        )
    if health.oldest_pending is not None:
        oldest = discord.utils.format_dt(health.oldest_pending, "R")
        lines.append(_("Oldest undelivered event: {when}", when=oldest))
    if health.disabled_subscriptions or health.disabled_routes:
        lines.append(
            _(
                "Turned off after permanent errors: {dms} DM subscriptions, {routes} channel routes.",
                dms=f"{health.disabled_subscriptions:,}",
                routes=f"{health.disabled_routes:,}",
            )
        )
    embed.description = "\n".join(lines)
    if not recent:
        nothing = _("No events yet: record a decision or a premiere date.")
        embed.add_field(name=_("Recent events"), value=nothing)
        return embed
    value = ""
    for event in recent:
        event_id, title, summary, at, p = (
            event.event_id,
            event.show_title,
            event.summary,
            event.created_at,
            event.progress,
        )
        counts = _("{sent}/{total} sent", sent=f"{p.sent:,}", total=f"{p.total:,}")
        counts += ", " + _("{count} failed", count=f"{p.failed:,}") if p.failed else ""
        counts += ", " + _("{count} pending", count=f"{p.pending:,}") if p.pending else ""
        row = (
            f"`#{event_id}` {discord.utils.format_dt(at, 'R')} **{escape(clip(title, 60))}**:"
            f" {escape(clip(summary, 80))} · {counts if p.total else _('no one to alert')}"
        )
        if len(value) + len(row) + 1 > FIELD_MAX:
            break
        value = f"{value}\n{row}" if value else row
    embed.add_field(name=_("Recent events, newest first"), value=value, inline=False)
    return embed


def _headline(event: Event) -> str:
    """What changed, and who said so: the words an alert and a digest line share."""
    headline = event.legacy_summary or describe(event.facts)
    source = event.facts.source
    if event.legacy_summary is None and source is not None and source.publisher:
        headline += f" · {source.publisher}"
    return headline


def digest_line(show: Show, event: Event) -> str:
    """One change in a digest: the show, what happened, who said so."""
    return f"📺 **{escape(clip(show.title, 200))}**: {escape(clip(_headline(event), 300))}"


def digest_text(head: str, lines: Sequence[str], limit: int) -> str:
    """A digest in one message: its heading and as many lines as fit, then how many more there were."""
    out = [head]
    used = len(head)
    for n, line in enumerate(lines):
        if used + len(line) + 1 > limit:
            out.append(_n("…and {n} more.", "…and {n} more.", len(lines) - n))
            break
        out.append(line)
        used += len(line) + 1
    return "\n".join(out)


def alert_text(show: Show, event: Event, role_id: int | None) -> str:
    """An alert: what changed, its source, and how to look the show up. Fits in one message.
    Worded here, when it is sent, from the event's values."""
    ping = f"<@&{role_id}> " if role_id else ""
    source = event.facts.source
    lines = [f"{ping}📺 **{escape(clip(show.title, 200))}**: {escape(clip(_headline(event), 400))}"]
    if event.facts.note:
        lines.append(escape(clip(event.facts.note, 300)))
    if event.facts.at is not None and event.facts.kind != "decision":
        lines.append(instant_stamp(event.facts.at))
    if source is not None and source.url:
        lines.append(_("Source: <{url}>", url=clip(source.url, 500)))
    lines.append(_("Look it up: `/season2 show:{slug}`", slug=show.slug))
    return "\n".join(lines)


REVIEW_LABELS = {
    "link": N_("TVmaze link"),
    "conflict": N_("TVmaze disagrees"),
    "unreviewed": N_("Not reviewed"),
    "decision": N_("Proposed decision"),
    "premiere": N_("Premiere date"),
    "milestone": N_("Production news"),
}


REVIEW_HINTS = {
    "link": N_("Accept links the one candidate (or unlinks a show TVmaze lost); Edit takes a TVmaze id."),
    "conflict": N_("Accept takes TVmaze's value; Edit sets your own; Reject keeps the catalogue's."),
    "unreviewed": N_("Accept vouches for TVmaze's data as it is; Edit fills in platform and country first."),
    "decision": N_(
        "Accept records it with its first report as the source (or asks for the article, if none, or to"
        " confirm a season the radar counted); Edit lets you change the article, season or status."
    ),
    "premiere": N_(
        "Accept records the date (or asks to confirm a season the radar counted); Edit lets you change the"
        " season or date."
    ),
    "milestone": N_("Accept records it with its first report as the source; Reject if the report is wrong."),
}


def item_summary(item: ReviewItem) -> str:
    """What an item proposes, in the reader's language where its data says all of it (the radar's
    decisions, milestones and premiere dates, with the first report's headline as written); else
    as stored, in English (a TVmaze run's link and conflict items explain its evidence in words)."""
    data = item.data
    sources = data.get("sources")
    first = sources[0] if isinstance(sources, list) and sources and isinstance(sources[0], dict) else None
    n = data.get("season")
    if first is None or not isinstance(n, int) or not first.get("title"):
        return item.summary
    what: str | None = None
    if item.kind == "decision" and (data.get("status"), bool(data.get("final"))) in DECISION_WORDS:
        what = _(DECISION_WORDS[str(data["status"]), bool(data.get("final"))], n=n)
    elif item.kind == "milestone" and data.get("milestone") in MILESTONE_WORDS:
        what = _(MILESTONE_WORDS[str(data["milestone"])], n=n)
    elif item.kind == "premiere" and isinstance(data.get("premiere"), str):
        try:
            day = FuzzyDate.parse(str(data["premiere"])).human()
        except ValueError:
            return item.summary
        what = _("season {n} premieres {day}", n=n, day=day)
    if what is None:
        return item.summary
    if data.get("counted"):  # (the radar's count, not the headline's: bot/radar.py renewal_counted)
        what = _("{what} (the headline names no season: counted from the catalogue, confirm it)", what=what)
    return _("{what}: “{headline}” ({publisher})", what=what, headline=clip(str(first["title"]), 200),
             publisher=first.get("publisher") or "?")  # fmt: skip


def review_item(item: ReviewItem, tvmaze_page: str | None, *, decided: str | None = None) -> discord.Embed:
    """One review item, for its Accept / Edit / Reject buttons (or, once decided, what was chosen)."""
    label = _(REVIEW_LABELS.get(item.kind, item.kind))
    embed = discord.Embed(
        title=clip(f"#{item.id} · {label}: {item.show_title}", 256),
        description=escape(clip(item_summary(item), 1500)),
        colour=BRAND if decided is None else discord.Colour.dark_grey(),
    )
    if item.asks:
        embed.add_field(name=_("Fans asked"), value=_n("{n} time", "{n} times", item.asks))
    sources = item.data.get("sources")
    if isinstance(sources, list) and sources:
        lines = []
        for source in sources[:8]:
            if not isinstance(source, dict) or not isinstance(source.get("url"), str):
                continue
            title = escape(clip(str(source.get("title") or source["url"]), 120))
            when = f" · {source['date']}" if source.get("date") else ""
            lines.append(f"[{title}]({source['url']}) · {escape(str(source.get('publisher') or ''))}{when}")
        if lines:
            embed.add_field(name=_("Reported by"), value=clip("\n".join(lines), FIELD_MAX), inline=False)
    evidence = item.data.get("evidence")
    if isinstance(evidence, str) and evidence.startswith("https://"):
        embed.add_field(name=_("Evidence"), value=f"[TVmaze]({evidence})")
    elif tvmaze_page:
        embed.add_field(name="TVmaze", value=_("[the show's page]({url})", url=tvmaze_page))
    embed.add_field(name=_("Queued"), value=discord.utils.format_dt(item.created_at, "R"))
    if decided is not None:
        embed.add_field(name=_("Decided"), value=clip(decided, FIELD_MAX), inline=False)
    else:
        hint = REVIEW_HINTS.get(item.kind)
        embed.set_footer(text=_(hint) if hint else "")
    return embed


def help_pages(lines: Sequence[str]) -> list[discord.Embed]:
    """/help: the commands this user may use, 15 to a page."""
    pages = []
    for chunk in _page_lines(lines, per_page=15):
        page = discord.Embed(title=_("What you can do here"), colour=BRAND)
        page.description = "\n".join(chunk)
        page.set_footer(text=_("Type / and pick a command; options show what each one takes"))
        pages.append(page)
    return pages or [empty(_("What you can do here"), _("No commands are open to you here."))]


def feed_pages(listed: Sequence[Feed]) -> list[discord.Embed]:
    """/admin feeds list: each feed, its state, what it gave, when it last answered."""
    lines = []
    for f in listed:
        when = discord.utils.format_dt(f.last_ok_at, "R") if f.last_ok_at else _("never yet")
        error = ""
        if f.last_error and f.failures:
            error = " · " + _("last error: {error}", error=escape(clip(f.last_error, 80)))
        origin = _("bundled") if f.bundled else _("added")
        said = _("answered {when} · {items} items, {proposals} proposals", when=when, items=f.items_read,
                 proposals=f.proposals)  # fmt: skip
        # (15 minutes, or what the feed's own <ttl> asked for, up to two hours)
        every = _("every {minutes} min", minutes=f.interval // 60)
        moved = ""
        if f.moved_to:  # (its publisher moved it for good: read there, found by either address)
            moved = " · " + _("moved for good to {address}", address=f"<{clip(f.moved_to, 300)}>")
        lines.append(
            f"`#{f.id}` **{escape(clip(f.name, 80))}** ({origin}) · {f.state} · {every} · {said}{error}"
            f"\n<{clip(f.url, 300)}>{moved}"
        )
    pages = []
    for chunk in _page_lines(lines, per_page=8):
        read = sum(1 for f in listed if f.enabled)
        page = discord.Embed(title=_("Radar feeds: {count} read", count=read), colour=BRAND)
        page.description = "\n".join(chunk)
        page.set_footer(
            text=_(
                "A paused feed failed 5 times in a row, or its publisher said it is gone:"
                " /admin feeds add its address to resume it"
            )
        )
        pages.append(page)
    return pages


def review_pages(items: Sequence[ReviewItem]) -> list[discord.Embed]:
    """/admin review: what waits for a curator, in the queue's order."""
    lines = [
        f"`#{i.id}` {discord.utils.format_dt(i.created_at, 'R')} · **{escape(clip(i.show_title, 80))}**"
        f" · {_(REVIEW_LABELS.get(i.kind, i.kind))}: {escape(clip(item_summary(i), 400))}"
        + (" · " + _n("asked {n} time", "asked {n} times", i.asks) if i.asks else "")
        for i in items
    ]
    pages = []
    for chunk in _page_lines(lines, per_page=8):
        page = discord.Embed(title=_("Waiting for a curator: {count}", count=len(items)), colour=BRAND)
        page.description = "\n".join(chunk)
        page.set_footer(text=_("Open one with /admin review item:<number> to Accept, Edit or Reject it"))
        pages.append(page)
    return pages


def list_pages(title: str, lines: Sequence[str]) -> list[discord.Embed]:
    pages = []
    for chunk in _page_lines(lines, per_page=15):
        page = discord.Embed(title=title, colour=BRAND)
        page.description = "\n".join(chunk)
        pages.append(page)
    return pages


def theory(show: Show, t: Theory) -> discord.Embed:
    embed = discord.Embed(title=clip(f"#{t.id} · {t.title}", 256), colour=discord.Colour.purple())
    if t.details:
        details = escape(t.details)
        embed.description = f"||{details}||" if t.spoiler else details
    embed.set_footer(text=_("A theory about {title} · vote with 👍", title=clip(show.title, 150)))
    embed.add_field(name=_("Posted by"), value=author(t.author_id))
    return embed


def author(user_id: int) -> str:
    """A theory's author as a mention (which never pings), or "a former member" after forget-me."""
    return f"<@{user_id}>" if user_id else _("a former member")


def theory_line(t: Theory) -> str:
    """One ranked line; the author is shown as a mention, which never pings (allowed_mentions none)."""
    wins = f" · 🏆 {t.poll_wins}" if t.poll_wins else ""
    return (
        f"**#{t.id}** {escape(t.title)} · "
        + _n("{n} vote", "{n} votes", t.votes)
        + f"{wins} · {author(t.author_id)} · {discord.utils.format_dt(t.created_at, 'R')}"
    )


def theory_pages(show: Show, ranked: Sequence[Theory]) -> list[discord.Embed]:
    lines = [f"{n}. {theory_line(t)}" for n, t in enumerate(ranked, 1)]
    pages = []
    for chunk in _page_lines(lines, per_page=10):
        heading = clip(_("Fan theories: {title}", title=show.title), 256)
        page = discord.Embed(title=heading, colour=discord.Colour.purple())
        page.description = "\n".join(chunk)
        pages.append(page)
    return pages


def progress_line(sent: int, failed: int, total: int, *, done: bool) -> str:
    """How an event's alerts are going, under the curator's reply. Whole sentences, so each
    language punctuates its own (Japanese ends with 。)."""
    if total == 0:
        return _("Alerts: nobody follows this show yet.")
    if failed and done:
        return _("Alerts: delivered {sent} of {total}, failed {count}.", sent=sent, total=total, count=failed)
    if failed:
        return _("Alerts: delivered {sent} of {total}, failed {count}…", sent=sent, total=total, count=failed)
    if done:
        return _("Alerts: delivered {sent} of {total}.", sent=sent, total=total)
    return _("Alerts: delivered {sent} of {total}…", sent=sent, total=total)
