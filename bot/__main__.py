"""Command line: python -m bot run|ask|seed|sync-commands (see --help)."""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import os
import sqlite3
import sys
import time
from collections.abc import Callable, Coroutine, Sequence
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from bot import __version__, config, i18n, logs, radar
from bot.catalogue import Catalogue
from bot.domain.catalogue_file import RowError
from bot.domain.dates import today
from bot.domain.errors import UserError
from bot.domain.events import COMMAND_LINE
from bot.domain.models import Show
from bot.domain.verdict import MAX_SEASON
from bot.edits import Editor, ImportResult
from bot.lookup import Lookup
from bot.seed import bundled_catalogue, ensure_seeded, read_bytes
from bot.store import Database, Store, StoreError, open_store, postgres
from bot.store import catalogue as catalogue_store
from bot.store import feeds as feeds_store
from bot.store import review as review_store
from bot.store.copy import copy_store
from bot.sync import LinkReport, RefreshReport, file_for_curators, link_shows, refresh_shows
from bot.sync import sync as sync_with_tvmaze
from bot.transfer import (
    MAX_CLI_FILE_BYTES,
    check,
    decode,
    detect_format,
    export_file,
    import_json_text,
)
from bot.tvmaze import TVmaze, TVmazeUnavailable

log = logging.getLogger("bot")

EXIT_USER = 1  # the request could not be met (unknown show, invalid file)
EXIT_CONFIG = 2  # a setting is wrong
EXIT_BROKEN_PIPE = 141  # the reader of stdout left early (`| head`): 128 + SIGPIPE, as a shell reports it


class Progress:
    """A one-line progress bar on stderr, drawn only on a terminal and only for long work."""

    def __init__(self, label: str, total: int, *, minimum: int = 2_000, counts: bool = True) -> None:
        self.label = label
        self.total = total
        self.counts = counts
        self.enabled = sys.stderr.isatty() and total >= minimum
        self._last = -1

    def __call__(self, done: int) -> None:
        if not self.enabled:
            return
        pct = done * 100 // max(self.total, 1)
        if pct != self._last:
            self._last = pct
            bar = "#" * (pct // 4)
            count = f" ({done:,}/{self.total:,})" if self.counts else ""
            print(f"\r{self.label} [{bar:<25}] {pct:3d}%{count}", end="", file=sys.stderr)
            if done >= self.total:
                print(file=sys.stderr)


def _season(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError("season must be a whole number") from None
    if not 1 <= value <= MAX_SEASON:
        raise argparse.ArgumentTypeError(f"season must be from 1 to {MAX_SEASON}")
    return value


def _show_name(text: str) -> str:
    if not text.strip():
        raise argparse.ArgumentTypeError("give a show's title, alias, original title or id")
    return text


def _snowflake(text: str) -> int:
    if not text.isdigit():
        raise argparse.ArgumentTypeError("a guild id is digits only")
    return int(text)


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m bot", description="season2bot: will there be a season 2?")
    p.add_argument("--version", action="version", version=f"season2bot {__version__}")
    p.add_argument(
        "--env-file", default=".env", help="settings file read before the environment (default .env)"
    )
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")

    sub.add_parser("run", help="connect to Discord and serve")

    ask = sub.add_parser(
        "ask", help="print the answer card for a show (one the catalogue lacks is looked up on TVmaze)"
    )
    ask.add_argument("show", type=_show_name, help="title, alias, original title or slug; typos are fine")
    ask.add_argument("--season", type=_season, default=None, help="season number (default: the next one)")

    seed = sub.add_parser("seed", help="load the bundled catalogue (or FILE) into the store; safe to repeat")
    seed.add_argument("--file", type=Path, default=None, help="catalogue JSON (default data/shows.json)")
    seed.add_argument("--quiet", action="store_true", help="alert nobody about what the file changes")

    imp = sub.add_parser(
        "import", help="load a catalogue file (JSON or CSV); all rows valid or nothing written"
    )
    imp.add_argument("file", type=Path)
    imp.add_argument("--dry-run", action="store_true", help="validate and report; write nothing")
    imp.add_argument(
        "--quiet",
        action="store_true",
        help="alert nobody (by default, recent decisions and premieres still ahead alert their followers)",
    )

    exp = sub.add_parser(
        "export", help="write the catalogue to FILE (.json or .csv), in the format import reads"
    )
    exp.add_argument("file", type=Path)
    exp.add_argument("--force", action="store_true", help="replace FILE if it exists (never the database)")

    backup = sub.add_parser("backup", help="copy the database to FILE (safe while the bot runs)")
    backup.add_argument("file", type=Path)

    link = sub.add_parser(
        "sync", help="link the catalogue's shows to TVmaze (by IMDb id, or title, year and platform)"
    )
    which = link.add_mutually_exclusive_group()
    which.add_argument("--show", metavar="SLUG", default=None, help="only this show")
    which.add_argument(
        "--all", action="store_true", help="refresh every linked show, not only those TVmaze changed"
    )

    radar = sub.add_parser("radar", help="the renewal radar: news feeds read for decisions and milestones")
    radar_actions = radar.add_subparsers(dest="radar_command", required=True, metavar="ACTION")
    scan = radar_actions.add_parser(
        "scan", help="print what an RSS/Atom file or URL would propose (writes nothing but a first seed)"
    )
    scan.add_argument("source", help="a feed file, or an http(s) URL")
    scan.add_argument("--json", action="store_true", help="one JSON object per line")
    feeds_cmd = radar_actions.add_parser("feeds", help="list, add or remove the feeds the radar reads")
    feeds_cmd.add_argument("action", nargs="?", choices=("list", "add", "remove"), default="list")
    feeds_cmd.add_argument("url", nargs="?", help="the feed's address (add, remove)")
    feeds_cmd.add_argument("--name", default=None, help="what to call it (add; default: its site)")

    lang = sub.add_parser("i18n", help="the translation catalogues (bot/locale), kept with Babel")
    lang.add_argument(
        "action",
        choices=("extract", "check"),
        help="extract: refresh the template and every language's .po from the code and the command"
        " tree; check: list what each language lacks (exit 1 if anything)",
    )

    move = sub.add_parser(
        "migrate-store", help="copy the SQLite store (DATABASE_PATH) into an empty PostgreSQL database"
    )
    move.add_argument("--to", required=True, metavar="postgresql://…", help="the empty database's URL")

    sync = sub.add_parser("sync-commands", help="push the slash commands to Discord now")
    sync.add_argument("--guild", type=_snowflake, default=None, help="sync to this guild only (instant)")
    return p


async def _open(settings: config.Settings) -> Store:
    return await open_store(settings.database_path, settings.database_url)


async def cmd_ask(settings: config.Settings, args: argparse.Namespace) -> int:
    db = await _open(settings)
    try:
        report = await ensure_seeded(Editor(db))
        if report is not None:
            log.info("seeded an empty store with %d shows", len(report.added))
        catalogue = await Catalogue.load(db)
        found = await catalogue.resolve(args.show)
        if found.same_name:
            names = ", ".join(
                f"{h.entry.title} ({h.entry.platform}): {h.entry.slug}" for h in found.same_name
            )
            print(f"{args.show!r} is the name of more than one show: {names}. Ask again with one of the ids.",
                  file=sys.stderr)  # fmt: skip
            return EXIT_USER
        show = found.show
        if show is None and settings.tvmaze_api_base is not None:
            show = await _look_up(db, catalogue, settings.tvmaze_api_base, args.show)
        if show is None:
            close = ", ".join(h.entry.title for h in found.suggestions[:5])
            where = " in the catalogue or on TVmaze" if settings.tvmaze_api_base else ""
            print(
                f"No show matches {args.show!r}{where}." + (f" Closest: {close}." if close else ""),
                file=sys.stderr,
            )
            return EXIT_USER
        print(catalogue.card(show, args.season, today()).as_text())
        for other in catalogue.namesakes(show):
            label = f"{other.title} ({other.platform}{f', {other.year}' if other.year else ''})"
            print(f"Not this one? {label} is another show: ask for {other.slug}.")
        return 0
    finally:
        await db.close()


async def _look_up(db: Store, catalogue: Catalogue, base_url: str, title: str) -> Show | None:
    """`ask` for a title the catalogue lacks: TVmaze's single-search hit, stored unreviewed (or the
    catalogue's own show, when it is one). TVmaze out of reach is a UserError (one line, exit 1)."""
    lookup = Lookup.for_base(Editor(db), base_url)
    try:
        result = await lookup.find(" ".join(title.split()), catalogue)
    except TVmazeUnavailable as exc:
        log.info("TVmaze lookup failed: %s", exc)
        raise UserError(
            "No show in the catalogue matches {title!r}, and TVmaze could not be reached to look"
            " further. Try again later.",
            title=title,
        ) from None
    finally:
        await lookup.close()
    if result.outcome == "added":
        print(f"{title!r} is not in the catalogue: TVmaze's data follows, stored for curators to review.",
              file=sys.stderr)  # fmt: skip
    return result.show


async def cmd_seed(settings: config.Settings, args: argparse.Namespace) -> int:
    return await _import(settings, args.file or bundled_catalogue(), dry_run=False, quiet=args.quiet)


async def cmd_import(settings: config.Settings, args: argparse.Namespace) -> int:
    return await _import(settings, args.file, dry_run=args.dry_run, quiet=args.quiet)


async def _import(settings: config.Settings, path: Path, *, dry_run: bool, quiet: bool) -> int:
    """Validate every row first; write all or nothing, through the one write path."""
    raw = read_bytes(path)
    if detect_format(path.name, raw) == "json":
        return await _import_json(settings, path, decode(raw, str(path)), dry_run=dry_run, quiet=quiet)
    checked = check(raw, str(path), MAX_CLI_FILE_BYTES)
    if checked.errors:
        return _refused(path, checked.errors)
    if dry_run:
        print(f"{path}: {len(checked.shows)} shows, all valid. Dry run: nothing was written.")
        return 0
    db = await _open(settings)
    try:
        progress = Progress("importing", len(checked.shows))
        result = await Editor(db).import_shows(checked.shows, COMMAND_LINE, quiet=quiet, progress=progress)
    finally:
        await db.close()
    _imported(path, result)
    return 0


async def _import_json(
    settings: config.Settings, path: Path, text: str, *, dry_run: bool, quiet: bool
) -> int:
    """A JSON catalogue streams: rows are checked and written as they are read, in one transaction
    that any invalid row rolls back (so a 100,000-show file never sits in memory as objects)."""
    progress = Progress("importing" if not dry_run else "checking", len(text), counts=False)
    db = None if dry_run else await _open(settings)
    try:
        editor = Editor(db) if db is not None else None
        done = await import_json_text(editor, text, str(path), COMMAND_LINE, quiet=quiet, progress=progress)
    finally:
        if db is not None:
            await db.close()
    if done.errors:
        return _refused(path, done.errors)
    if done.result is None:
        print(f"{path}: {done.rows} shows, all valid. Dry run: nothing was written.")
        return 0
    _imported(path, done.result)
    return 0


def _refused(path: Path, errors: Sequence[RowError]) -> int:
    for error in errors[:20]:
        print(f"{path}: {error}", file=sys.stderr)
    more = len(errors) - 20
    tail = f" (and {more} more)" if more > 0 else ""
    print(f"{path}: {len(errors)} invalid rows{tail}; nothing was written.", file=sys.stderr)
    return EXIT_USER


def _imported(path: Path, result: ImportResult) -> None:
    report = result.report
    total = len(report.added) + len(report.updated) + len(report.unchanged)
    alerts = f" {result.events} alert events raised." if result.events else ""
    print(
        f"{path}: {len(report.added)} added, {len(report.updated)} updated, "
        f"{len(report.unchanged)} unchanged ({total} shows).{alerts}"
    )


async def cmd_export(settings: config.Settings, args: argparse.Namespace) -> int:
    db = await _open(settings)
    try:
        count = await export_file(db, args.file, force=args.force)
    finally:
        await db.close()
    print(f"{args.file}: exported {count} shows.")
    return 0


def _check_new_file(target: Path) -> None:
    if target.exists():
        raise UserError("{target} already exists; choose a new file name.", target=target)
    if not target.parent.is_dir():
        raise UserError("folder {folder} does not exist.", folder=target.parent)


async def cmd_backup(settings: config.Settings, args: argparse.Namespace) -> int:
    target: Path = args.file
    if settings.database_url:  # said without pretending: PostgreSQL has its own tools
        raise StoreError(postgres.backup_advice(settings.database_url, target))
    await asyncio.to_thread(_check_new_file, target)
    db = await _open(settings)
    try:
        bar = Progress("backing up", 1, minimum=0)

        def progress(status: int, remaining: int, total: int) -> None:
            bar.total = total
            bar(total - remaining)

        await db.backup(target, progress=progress)
    finally:
        await db.close()
    print(f"{target}: backup written.")
    return 0


async def cmd_migrate_store(settings: config.Settings, args: argparse.Namespace) -> int:
    """Copy the SQLite store (DATABASE_PATH) into an empty PostgreSQL database, verified by counts."""
    url = config.postgresql_url("--to", args.to)
    if not settings.database_path.exists():
        raise StoreError(f"{settings.database_path} does not exist: there is no SQLite store to copy.")
    source = await Database.open(settings.database_path)
    try:
        target = await postgres.PostgresDatabase.open(url)
        try:
            copied = await copy_store(
                source, target, lambda table, rows: log.info("%s: %d rows", table, rows)
            )
        finally:
            await target.close()
    finally:
        await source.close()
    print(
        f"{settings.database_path}: copied {copied.total} rows in {len(copied.rows)} tables into"
        f" {postgres.redacted(url)}; every table's count matches. Set DATABASE_URL to run the bot on it."
    )
    return 0


async def cmd_sync_tvmaze(settings: config.Settings, args: argparse.Namespace) -> int:
    """Link unlinked shows to TVmaze and refresh linked ones; list what could not be done and why.
    Exit 0 when the run finished, 1 (one line) when TVmaze could not be reached at all."""
    if settings.tvmaze_api_base is None:
        raise config.ConfigError("TVMAZE_API_BASE is empty, so TVmaze is off: set it to sync.")
    db = await _open(settings)
    try:
        editor = Editor(db)
        async with TVmaze(settings.tvmaze_api_base) as tv:
            if args.show is not None:
                links, refreshed = await _sync_one(editor, tv, args.show)
            else:
                bars: dict[str, Progress] = {}

                def progress(label: str, done: int, total: int) -> None:
                    bars.setdefault(label, Progress(label, total, minimum=20))(done)

                now = int(time.time())
                links, refreshed = await sync_with_tvmaze(
                    editor, tv, everything=args.all, now=now, progress=progress
                )
        waiting = await review_store.count_pending(db)
    finally:
        await db.close()
    _print_links(links)
    _print_refresh(refreshed)
    if waiting:
        print(f"{waiting} items wait in the review queue (/admin review).")
    return 0


async def _sync_one(editor: Editor, tv: TVmaze, slug: str) -> tuple[LinkReport, RefreshReport]:
    show = await catalogue_store.by_slug(editor.db, slug)
    if show is None:
        raise UserError("No show has the id {slug}.", slug=slug[:80])
    links = LinkReport()
    if show.links.tvmaze is None:
        links = await link_shows(editor, tv, [show])
        show = await catalogue_store.by_slug(editor.db, slug) or show
    if show.links.tvmaze is None:
        await file_for_curators(editor, links, RefreshReport(), looked_at=[show.id])
        return links, RefreshReport()
    quiet = frozenset(s.id for s, _ in links.linked)
    refreshed = await refresh_shows(editor, tv, [show], quiet=quiet)
    await file_for_curators(editor, links, refreshed, looked_at=[show.id])
    return links, refreshed


def _print_links(report: LinkReport) -> None:
    for show, found in report.linked:
        print(f"linked: {show.slug} -> TVmaze {found.id} ({found.name}, {found.url})")
    for show, why in report.not_found:
        print(f"not on TVmaze: {show.slug} ({why})")
    for show, decided in report.ambiguous:
        near = ", ".join(
            f"{c.tvmaze_id} {c.name} ({c.year or '?'}, {c.platform or '?'})" for c in decided.near
        )
        print(f"needs a curator: {show.slug}: {decided.why}" + (f"; candidates: {near}" if near else ""))
    for show, error in report.failed:
        print(f"not done: {show.slug}: {error}")
    looked = len(report.linked) + len(report.not_found) + len(report.ambiguous) + len(report.failed)
    print(
        f"Linking: {looked} shows looked up: {len(report.linked)} linked, {len(report.not_found)} not on"
        f" TVmaze, {len(report.ambiguous)} for a curator, {len(report.failed)} not done."
    )


def _print_refresh(report: RefreshReport) -> None:
    for show, seasons in report.refreshed:
        what = f"seasons {', '.join(map(str, seasons))}" if seasons else "TVmaze's status"
        print(f"refreshed: {show.slug} ({what})")
    for show, e, page in report.evidence:
        print(f"proposed: {show.slug} season {e.season} {e.status}? {e.why} ({page}); a curator decides")
    for show, c in report.conflicts:
        print(
            f"kept ours: {show.slug} season {c.season} {c.field} is {c.ours}, TVmaze says {c.theirs}"
            " (for a curator)"
        )
    for show in report.gone:
        print(
            f"gone from TVmaze: {show.slug} (TVmaze show {show.links.tvmaze}); the link is kept for a curator"
        )
    for show, error in report.failed:
        print(f"not done: {show.slug}: {error}")
    print(
        f"Refreshing: {len(report.refreshed)} refreshed, {report.unchanged} unchanged,"
        f" {len(report.conflicts)} values kept for a curator, {len(report.gone)} gone,"
        f" {len(report.failed)} not done."
    )


async def cmd_run(settings: config.Settings, args: argparse.Namespace) -> int:
    settings.require_token()
    # The store first: a damaged, read-only or too-new file is said before Discord is contacted.
    await (await _open(settings)).close()
    from bot.core import run_bot  # discord.py is imported only for the commands that need it

    return await run_bot(settings)


async def cmd_sync(settings: config.Settings, args: argparse.Namespace) -> int:
    settings.require_token()
    from bot.core import sync_commands

    return await sync_commands(settings, guild_id=args.guild)


async def cmd_radar(settings: config.Settings, args: argparse.Namespace) -> int:
    if args.radar_command == "feeds":
        return await _radar_feeds(settings, args)
    source = str(args.source)
    scheme = urlsplit(source).scheme.lower()
    if source.startswith(("http://", "https://")):
        raw = await radar.fetch(source)
    elif len(scheme) > 1:  # (a Windows path, "C:\feeds\x.xml", has a one-letter drive, not a scheme)
        raise UserError(
            "cannot read {name}: {why}.",
            name=source[:200],
            why="only http:// and https:// addresses, or a file, can be scanned",
        )
    else:
        try:
            raw = await asyncio.to_thread(Path(source).read_bytes)
        except OSError as exc:
            raise UserError(
                "cannot read {name}: {why}.", name=source[:200], why=exc.strerror or exc
            ) from None
    items = radar.parse_feed(raw, source)
    db = await _open(settings)
    try:
        await ensure_seeded(Editor(db))
        names = await radar.Names.read(db)
    finally:
        await db.close()
    found = radar.scan(items, names)
    if args.json:
        for hit in found:
            print(json.dumps(hit.as_json(), ensure_ascii=False))
        return 0
    for hit in found:
        f = hit.finding
        season = f"season {f.season}" if f.season else "season ?"
        extra = f" {f.date}" if f.date else (" (final)" if f.final and f.kind == "renewed" else "")
        show = f.show or f"“{f.show_title}” (not in the catalogue)"
        print(f"{f.kind:<14} {show} · {season}{extra} · {hit.item.title}")
    print(f"{len(items)} items read, {len(found)} proposals.", file=sys.stderr)
    return 0


async def _radar_feeds(settings: config.Settings, args: argparse.Namespace) -> int:
    """What `/admin feeds` does, from the command line (the bundled list included, as the bot adds it)."""
    db = await _open(settings)
    try:
        if settings.radar_bundled_feeds:
            await feeds_store.seed_bundled(db, radar.bundled_feeds())
        if args.action == "list":
            listed = await feeds_store.all_feeds(db)
            for f in listed:
                origin = "bundled" if f.bundled else "added"
                when = f.last_ok_at.date().isoformat() if f.last_ok_at else "never"
                error = f" ({f.last_error})" if f.last_error and f.failures else ""
                every = f"every {f.interval // 60} min"
                said = f"{f.state:<14} {origin:<8} {every:<14} answered {when:<10}"
                moved = f" (moved for good to {f.moved_to})" if f.moved_to else ""
                print(f"{f.id:>4}  {said} {f.name}  {f.url}{moved}{error}")
            if not listed:
                print("No feeds: add one with `python -m bot radar feeds add URL`.", file=sys.stderr)
            return 0
        url = (args.url or "").strip()
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise UserError("Give the feed's full address, starting with http:// or https://.")
        if args.action == "add":
            feed, new = await feeds_store.add(
                db, url, args.name or parts.hostname.removeprefix("www."), added_by=None
            )
            print(f"{'added' if new else 'turned on again'}: {feed.name} ({feed.url})")
            return 0
        found = await feeds_store.by_url(db, url)
        if found is None or not found.enabled:
            raise UserError("No feed is read at {url}.", url=url[:200])
        await feeds_store.remove(db, found.id)
        print(f"removed: {found.name} ({found.url})")
        return 0
    finally:
        await db.close()


async def cmd_i18n(settings: config.Settings, args: argparse.Namespace) -> int:
    from bot import i18n_tools  # Babel's extraction: only this command needs it

    new = i18n_tools.template(i18n_tools.source_messages(), await i18n_tools.tree_messages(settings))
    if args.action == "extract":
        lacking = i18n_tools.update(new)
        print(f"{len(new)} messages in {i18n_tools.TEMPLATE.relative_to(i18n_tools.ROOT)}")
        for code, count in lacking.items():
            print(f"{code}: {count} to translate" if count else f"{code}: complete")
        return 0
    lacks = 0
    for code in i18n.LANGUAGES.values():
        path = i18n_tools.po_path(code)
        catalog = i18n_tools.read(path, code) if path.exists() else None
        have = {(str(m.id), m.context) for m in catalog if m.id} if catalog is not None else set()
        absent = [str(m.id) for m in new if m.id and (str(m.id), m.context) not in have]
        untranslated = i18n_tools.missing(catalog) if catalog is not None else []
        for message in absent + untranslated:
            print(f"{code}: {message}")
        lacks += len(absent) + len(untranslated)
    return 1 if lacks else 0


COMMANDS: dict[str, Callable[[config.Settings, argparse.Namespace], Coroutine[Any, Any, int]]] = {
    "run": cmd_run,
    "ask": cmd_ask,
    "seed": cmd_seed,
    "import": cmd_import,
    "export": cmd_export,
    "backup": cmd_backup,
    "migrate-store": cmd_migrate_store,
    "sync": cmd_sync_tvmaze,
    "sync-commands": cmd_sync,
    "radar": cmd_radar,
    "i18n": cmd_i18n,
}


def main(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        settings = config.load(args.env_file)
    except config.ConfigError as exc:
        print(f"season2bot: {exc}", file=sys.stderr)
        return EXIT_CONFIG
    logs.configure(config.log_level_number(settings), settings.log_format)
    if args.command != "run":
        # The offline tools print their answer on stdout; routine chatter would only get in the way.
        logging.getLogger().setLevel(max(config.log_level_number(settings), logging.WARNING))
    try:
        return asyncio.run(COMMANDS[args.command](settings, args))
    except config.ConfigError as exc:
        print(f"season2bot: {exc}", file=sys.stderr)
        return EXIT_CONFIG
    except (UserError, StoreError, TVmazeUnavailable) as exc:
        print(f"season2bot: {exc}", file=sys.stderr)
        return EXIT_USER
    except sqlite3.DatabaseError as exc:
        # Damage found past the header (a page read later): one line, never a traceback.
        print(
            f"season2bot: database {str(settings.database_path)!r} cannot be read ({exc}): the file is"
            " damaged; restore a backup (python -m bot backup makes them).",
            file=sys.stderr,
        )
        return EXIT_USER
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # `python -m bot radar scan feed.xml | head`: the reader left; stop quietly, as `cat` does.
        # stdout goes to devnull so the interpreter's own flush at exit does not raise again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_BROKEN_PIPE


if __name__ == "__main__":
    raise SystemExit(main())
