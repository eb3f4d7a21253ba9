"""`python -m bot radar scan` as an operator runs it: a real subprocess, a real database file, and an
RSS or Atom file made of real headlines from the labelled set (their own titles, links and dates)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from aiohttp import web

from bot.domain.dates import today
from bot.radar import MAX_CATEGORIES, parse_feed
from tests.loopback.feeds import rss
from tests.test_cli import REPO, run
from tests.test_cli_sync import cli

LABELLED = Path(__file__).resolve().parent / "data" / "radar_headlines.jsonl"
PICKED = [
    "The Good Place Renewed for Season 3 by NBC",
    "'The OA' Canceled After Two Seasons at Netflix",
    "Outlander renewed for season 8, which will be its last",
    "'Bridgerton' Renewed for Seasons 3 and 4 on Netflix",
    "Starz announces Outlander season four premiere date",
    "Stranger Things season 2 has wrapped",
    "Peaky Blinders to end with series six",
]


def labelled() -> dict[str, dict[str, object]]:
    rows = [json.loads(line) for line in LABELLED.read_text(encoding="utf-8").splitlines() if line.strip()]
    return {str(r["title"]): r for r in rows}


def test_scan_prints_one_json_line_per_proposal(tmp_path: Path) -> None:
    rows = labelled()
    noise = [r for r in rows.values() if r["label"]["kind"] == "none"][:15]  # type: ignore[index]
    feed = tmp_path / "feed.xml"
    feed.write_text(rss("headlines", [rows[t] for t in PICKED] + noise), encoding="utf-8")

    out = run("radar", "scan", str(feed), "--json", db=tmp_path / "s.db")

    assert out.returncode == 0, out.stderr
    lines = [json.loads(line) for line in out.stdout.splitlines()]
    assert all(
        set(line) == {"title", "url", "show", "show_title", "season", "kind", "final", "date"}
        for line in lines
    )
    got = {(line["show"], line["kind"], line["season"], line["final"], line["date"]) for line in lines}
    assert got == {
        ("the-good-place", "renewed", 3, False, None),
        ("the-oa", "cancelled", 3, False, None),  # the first season that will not be made
        ("outlander", "renewed", 8, True, None),
        ("bridgerton", "renewed", 3, False, None),  # a multi-season order: one line per season
        ("bridgerton", "renewed", 4, False, None),
        ("outlander", "premiere_date", 4, False, None),  # the date was set; the item does not say it
        ("stranger-things", "wrapped", 2, False, None),
        ("peaky-blinders", "ended", 6, False, None),  # the final season by its kind: `final` is a renewal's
    }
    assert {line["url"] for line in lines} <= {str(r["url"]) for r in rows.values()}
    assert not any(line["title"] in {str(n["title"]) for n in noise} for line in lines)  # noise: silence


def atom_of_the_oa(tmp_path: Path, title: str, kind: str = "text") -> Path:
    """An Atom feed of one item, the labelled headline of The OA's cancellation, with this title."""
    row = labelled()["'The OA' Canceled After Two Seasons at Netflix"]
    feed = tmp_path / "feed.atom"
    # (an xhtml title is markup itself, in one div of XHTML's namespace)
    text = f'<div xmlns="http://www.w3.org/1999/xhtml">{title}</div>' if kind == "xhtml" else escape(title)
    feed.write_text(
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>t</title>'
        "<id>urn:x</id><updated>2019-03-11T00:00:00Z</updated>"
        f'<entry><title type="{kind}">{text}</title><link href="{escape(str(row["url"]))}"/>'
        "<id>urn:oa</id><updated>2019-03-11T00:00:00Z</updated></entry></feed>",
        encoding="utf-8",
    )
    return feed


def test_scan_reads_atom_and_prints_a_table(tmp_path: Path) -> None:
    feed = atom_of_the_oa(tmp_path, "'The OA' Canceled After Two Seasons at Netflix")
    out = run("radar", "scan", str(feed), db=tmp_path / "s.db")
    assert out.returncode == 0, out.stderr
    assert out.stdout.startswith("cancelled") and "the-oa · season 3" in out.stdout
    assert "1 items read, 1 proposals." in out.stderr


@pytest.mark.parametrize("kind", ["html", "xhtml"])
def test_a_title_its_feed_marks_as_markup_is_printed_as_text(tmp_path: Path, kind: str) -> None:
    # Atom's type="html" or type="xhtml" title, as publishers that set a title in italics write it (the
    # words are the labelled headline's); the item's title is what a curator and a subscriber read, so it
    # is its text
    feed = atom_of_the_oa(tmp_path, "<em>The OA</em> Canceled After Two Seasons at Netflix &amp; More", kind)
    out = run("radar", "scan", str(feed), "--json", db=tmp_path / "s.db")
    assert out.returncode == 0, out.stderr
    [line] = [json.loads(text) for text in out.stdout.splitlines()]
    assert line["title"] == "The OA Canceled After Two Seasons at Netflix & More"
    assert (line["show"], line["kind"], line["season"]) == ("the-oa", "cancelled", 3)


def test_an_unreadable_file_is_one_line_and_exit_1(tmp_path: Path) -> None:
    missing = run("radar", "scan", str(tmp_path / "nope.xml"), db=tmp_path / "s.db")
    assert missing.returncode == 1 and missing.stdout == ""
    assert "cannot read" in missing.stderr and missing.stderr.count("\n") == 1
    garbage = tmp_path / "notes.txt"
    garbage.write_text("just some words, no feed here", encoding="utf-8")
    refused = run("radar", "scan", str(garbage), db=tmp_path / "s.db")
    assert refused.returncode == 1 and "is not an RSS or Atom feed" in refused.stderr
    assert refused.stderr.count("\n") == 1
    other = run("radar", "scan", "ftp://example.org/feed.xml", db=tmp_path / "s.db")
    assert other.returncode == 1 and "only http:// and https:// addresses" in other.stderr
    assert other.stderr.count("\n") == 1


async def test_scan_fetches_a_feed_by_url(tmp_path: Path) -> None:
    """A feed served over HTTP (a loopback server standing in for a publisher's feed)."""
    row = labelled()["'Bridgerton' Renewed for Seasons 3 and 4 on Netflix"]
    feed = rss("bridgerton", [row])

    async def serve(_: web.Request) -> web.Response:
        return web.Response(text=feed, content_type="application/rss+xml")

    async def broken(_: web.Request) -> web.Response:
        return web.Response(status=503)

    # a feed of most of a megabyte, which arrives in many chunks: read to its last item
    filler = "A local bakery sold its ten thousandth loaf of sourdough this week. " * 12
    noise = [{"title": f"Bakery news, part {n}", "url": f"https://example.org/{n}", "summary": filler}
             for n in range(800)]  # fmt: skip
    big = rss("big", [*noise, row])

    async def serve_big(_: web.Request) -> web.Response:
        return web.Response(text=big, content_type="application/rss+xml")

    app = web.Application()
    app.router.add_get("/feed.xml", serve)
    app.router.add_get("/big.xml", serve_big)
    app.router.add_get("/broken", broken)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    try:
        code, out, err = await cli(
            tmp_path / "s.db", "", "radar", "scan", f"http://127.0.0.1:{port}/feed.xml", "--json"
        )
        assert code == 0, err
        assert [json.loads(line)["season"] for line in out.splitlines()] == [3, 4]
        code, out, err = await cli(tmp_path / "s.db", "", "radar", "scan", f"http://127.0.0.1:{port}/big.xml")
        assert code == 0 and len(big) > 600_000, err
        assert "Bridgerton" in out and err.strip() == "801 items read, 2 proposals."
        code, out, err = await cli(tmp_path / "s.db", "", "radar", "scan", f"http://127.0.0.1:{port}/broken")
        assert code == 1 and out == "" and "answered 503" in err and err.count("\n") == 1
    finally:
        await runner.cleanup()


def test_feeds_are_listed_added_and_removed_from_the_command_line(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    bundled = run("radar", "feeds", db=db, env={"RADAR_BUNDLED_FEEDS": "on"})
    assert bundled.returncode == 0 and "https://deadline.com/v/tv/feed/" in bundled.stdout
    assert bundled.stdout.count("bundled") == 13 and "not polled yet" in bundled.stdout
    assert bundled.stdout.count("every 15 min") == 13
    added = run("radar", "feeds", "add", "https://example.org/tv/feed/", "--name", "Example TV", db=db)
    assert (
        added.returncode == 0 and added.stdout.strip() == "added: Example TV (https://example.org/tv/feed/)"
    )
    removed = run(
        "radar",
        "feeds",
        "remove",
        "https://deadline.com/v/tv/feed/",
        db=db,
        env={"RADAR_BUNDLED_FEEDS": "on"},
    )
    assert removed.returncode == 0 and "removed: Deadline (TV)" in removed.stdout
    listed = run("radar", "feeds", "list", db=db, env={"RADAR_BUNDLED_FEEDS": "on"}).stdout
    # A bundled feed a curator removed stays off: the next start does not bring it back.
    assert any("removed" in line and "deadline.com" in line for line in listed.splitlines())
    assert "Example TV" in listed
    bad = run("radar", "feeds", "add", "example.org/feed", db=db)
    assert bad.returncode == 1 and "starting with http://" in bad.stderr and bad.stderr.count("\n") == 1


def test_scan_into_a_reader_that_leaves_early_stops_quietly(tmp_path: Path) -> None:
    # `python -m bot radar scan feed.xml --json | head -1`: the pipe closes after one line.
    rows = labelled()
    picked = [rows[t] for t in PICKED]
    feed = tmp_path / "feed.xml"
    # (900 items, about 200 KB of JSON lines: far more than a pipe buffers)
    feed.write_text(rss("headlines", picked * 150), encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith("DISCORD")}
    env.update({"DATABASE_PATH": str(tmp_path / "s.db"), "PYTHONPATH": str(REPO), "TVMAZE_API_BASE": ""})
    env["RADAR_BUNDLED_FEEDS"] = "off"
    scan = subprocess.Popen(
        [sys.executable, "-m", "bot", "--env-file", os.devnull, "radar", "scan", str(feed), "--json"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        cwd=tmp_path,
    )
    assert scan.stdout is not None and scan.stderr is not None
    first = json.loads(scan.stdout.readline())
    scan.stdout.close()  # the reader leaves
    err = scan.stderr.read().decode()
    assert scan.wait(timeout=120) == 141  # 128 + SIGPIPE, as a shell reports `cat big | head`
    assert first["kind"] == "renewed"
    assert err == ""  # no traceback, no "Exception ignored" from the interpreter's last flush


def scan_one_undated(tmp_path: Path, title: str) -> dict[str, object]:
    """The one proposal `radar scan --json` prints for a feed of one item with no <pubDate>."""
    feed = tmp_path / "feed.xml"
    feed.write_text(
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>t</title>'
        "<link>https://example.org/</link><description>d</description>"
        f"<item><title>{escape(title)}</title>"
        "<link>https://example.org/item</link></item></channel></rss>",
        encoding="utf-8",
    )
    out = run("radar", "scan", str(feed), "--json", db=tmp_path / "s.db")
    assert out.returncode == 0, out.stderr
    [line] = [json.loads(line) for line in out.stdout.splitlines()]
    return dict(line)


def test_an_item_without_a_date_is_read_as_news_of_today(tmp_path: Path) -> None:
    # Some feeds give no <pubDate>: a day without its year is then the next such day from today.
    line = scan_one_undated(tmp_path, "'Severance' Season 3 Premieres May 29")
    now = today()  # the clock the bot reads (UTC)
    expected = date(now.year if (now.month, now.day) <= (5, 29) else now.year + 1, 5, 29)
    assert (line["kind"], line["season"], line["date"]) == ("premiere_date", 3, expected.isoformat())


def test_a_cancellation_told_again_cancels_the_season_held_as_not_made(tmp_path: Path) -> None:
    # The bundled catalogue holds Poker Face's third season as cancelled (never made): "cancels" with
    # no season counts from the seasons made, not from that one.
    line = scan_one_undated(tmp_path, "Peacock Cancels 'Poker Face'")
    assert (line["show"], line["kind"], line["season"]) == ("poker-face", "cancelled", 3)
    # and one it holds as ended (its ninth season, the first not made): "cancels" counts to it, not past it
    line = scan_one_undated(tmp_path, "Fox Cancels 'Brooklyn Nine-Nine'")
    assert (line["show"], line["kind"], line["season"]) == ("brooklyn-nine-nine", "cancelled", 9)


def test_an_item_its_feed_files_under_films_or_games_is_not_proposed(tmp_path: Path) -> None:
    # Real items of Screen Rant's and MovieWeb's feeds (the sites file each under a section and its
    # names, in <category>): a film's sequel "confirmed" and a game's are no series' renewal; an anime's
    # renewal filed under "Anime", and an animated series' under "Marvel Comics" that says "Season 2", are
    def row(title: str, url: str, day: str, *categories: str) -> dict[str, object]:
        return {"title": title, "url": url, "date": day, "categories": categories}

    feed = tmp_path / "feed.xml"
    feed.write_text(
        rss(
            "entertainment sites",
            [
                row(
                    "Mike Myers Confirms 'Shrek 6' in Development Ahead of 'Shrek 5' Sequel",
                    "https://movieweb.com/shrek-6-development-franchise-future/",
                    "2026-05-25",
                    "Movie News", "Shrek 5", "Shrek", "Mike Myers",
                ),
                row(
                    "Fallout: New Vegas 2 Quietly Confirmed, But There's A Major Catch",
                    "https://screenrant.com/fallout-new-vegas-2-confirmed-then-scrapped/",
                    "2026-04-22",
                    "Gaming", "Fallout: New Vegas", "Fallout",
                ),
                row(
                    "Frieren: Beyond Journey's End Officially Renewed For Season 3",
                    "https://screenrant.com/frieren-season-3-confirmed-everything-known/",
                    "2026-03-27",
                    "Anime", "Frieren: Beyond Journey's End",
                ),
                row(
                    "Marvel Zombies Officially Returning For Season 2",
                    "https://screenrant.com/marvel-zombies-season-2-confirmation-brad-winderbaum/",
                    "2026-04-06",
                    "Marvel Comics", "Marvel Zombies",
                ),
            ],
        ),
        encoding="utf-8",
    )  # fmt: skip

    out = run("radar", "scan", str(feed), "--json", db=tmp_path / "s.db")

    assert out.returncode == 0, out.stderr
    got = [json.loads(line) for line in out.stdout.splitlines()]
    assert [(line["show_title"], line["kind"], line["season"]) for line in got] == [
        ("Frieren: Beyond Journey's End", "renewed", 3),
        ("Marvel Zombies", "renewed", 2),
    ]


def test_an_items_categories_are_read_from_rss_and_atom_each_once() -> None:
    atom = (
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>t</title>'
        "<id>urn:x</id><updated>2026-04-06T00:00:00Z</updated><entry><title>Marvel Zombies Returns</title>"
        '<id>urn:a</id><updated>2026-04-06T00:00:00Z</updated><link href="https://example.org/a"/>'
        '<category term="film" scheme="https://example.org/sections" label="Film"/><category term="Shrek"/>'
        '<category term="  Shrek "/><category term=""/></entry></feed>'
    )
    [item] = parse_feed(atom.encode(), "feed.atom")
    assert item.categories == ("film", "Film", "Shrek")
    assert item.as_item().categories == ("film", "Film", "Shrek")
    # a feed that tags an item without end: the first ones are kept, and a category is a name, not a page
    many = [
        {"title": "x", "url": "https://example.org/b", "categories": [f"tag {n}" * 30 for n in range(500)]}
    ]
    [item] = parse_feed(rss("many", many).encode(), "feed.xml")
    assert len(item.categories) == MAX_CATEGORIES and all(len(c) <= 100 for c in item.categories)
    [item] = parse_feed(rss("none", [{"title": "x", "url": "https://example.org/c"}]).encode(), "feed.xml")
    assert item.categories == ()
