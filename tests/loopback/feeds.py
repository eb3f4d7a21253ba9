"""Publishers' news feeds on loopback, for the renewal radar.

Each feed is an RSS 2.0 document (RSS 2.0 specification: channel with title, link, description;
items with title, link, description, pubDate in RFC 822, guid) served the way WordPress-style
publisher sites serve theirs: with an `ETag` and a `Last-Modified` header, and `304 Not Modified`
for a conditional GET whose `If-None-Match` (or `If-Modified-Since`) still matches (RFC 9110).

A feed may carry the RSS 2.0 `<ttl>` (minutes it may be cached before it is read again).

Faults: `fail_next(name, status)` answers an error, with a `Retry-After` header (RFC 9110 §10.2.3:
seconds, or an HTTP-date) when given one, `garbage_next(name)` answers 200 with a body that is no
feed, `down()` stops listening. `move(name, to, status)` answers every request for a feed with a
redirect to another (RFC 9110 §15.4: 301 and 308 for good, 302 and 307 for now), `stay(name)` ends
that. Every request is recorded (path, status, its validators)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import format_datetime
from typing import Any
from xml.sax.saxutils import escape

from aiohttp import web


@dataclass
class FeedRequest:
    path: str
    status: int
    if_none_match: str | None
    if_modified_since: str | None


@dataclass
class _Feed:
    items: list[dict[str, Any]] = field(default_factory=list)
    ttl: int | None = None
    version: int = 1
    modified: datetime = field(default_factory=lambda: datetime(2026, 1, 1, tzinfo=UTC))


class FeedServer:
    def __init__(self) -> None:
        self.feeds: dict[str, _Feed] = {}
        self.requests: list[FeedRequest] = []
        self._fails: dict[str, list[tuple[int, str | None]]] = {}
        self._garbage: dict[str, int] = {}
        self._moves: dict[str, tuple[str, int]] = {}
        self._runner: web.AppRunner | None = None
        self._site: web.TCPSite | None = None
        self.port = 0

    async def start(self) -> None:
        app = web.Application()
        app.router.add_get("/{name}.xml", self._serve)
        self._runner = web.AppRunner(app)
        await self._runner.setup()
        await self._listen()

    async def _listen(self) -> None:
        assert self._runner is not None
        self._site = web.TCPSite(self._runner, "127.0.0.1", self.port, reuse_address=True)
        await self._site.start()
        self.port = self._site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()

    async def down(self) -> None:
        """Unreachable: stop listening, and drop open (keep-alive) connections too."""
        if self._site is not None:
            await self._site.stop()
            self._site = None
        if self._runner is not None and self._runner.server is not None:
            for conn in list(self._runner.server.connections):
                conn.force_close()

    async def up(self) -> None:
        if self._site is None:
            await self._listen()

    def url(self, name: str) -> str:
        return f"http://127.0.0.1:{self.port}/{name}.xml"

    def publish(self, name: str, items: list[dict[str, Any]], *, ttl: int | None = None) -> None:
        """Items (title, url, summary, date as YYYY-MM-DD) on top of what the feed lists: a new
        version of the document (a new ETag and Last-Modified); with `ttl`, the document's `<ttl>`."""
        feed = self.feeds.setdefault(name, _Feed())
        feed.items = [*items, *feed.items]
        if ttl is not None:
            feed.ttl = ttl
        self.touch(name)

    def roll_off(self, name: str, *, keep: int = 0) -> None:
        """The feed lists only its `keep` newest items: the older roll off, as a feed's old news does."""
        feed = self.feeds.setdefault(name, _Feed())
        feed.items = feed.items[:keep]
        self.touch(name)

    def touch(self, name: str) -> None:
        """The document changes (its validators do) without new items."""
        feed = self.feeds.setdefault(name, _Feed())
        feed.version += 1
        feed.modified = datetime.fromtimestamp(feed.modified.timestamp() + 60, UTC)

    def fail_next(
        self, name: str, status: int = 500, *, count: int = 1, retry_after: str | None = None
    ) -> None:
        self._fails.setdefault(name, []).extend([(status, retry_after)] * count)

    def move(self, name: str, to: str, status: int = 301) -> None:
        """Requests for feed `name` are sent on to feed `to` (its Location is `to`'s full address)."""
        self._moves[name] = (to, status)

    def stay(self, name: str) -> None:
        self._moves.pop(name, None)

    def garbage_next(self, name: str, *, count: int = 1) -> None:
        self._garbage[name] = self._garbage.get(name, 0) + count

    def answered(self, name: str, status: int) -> int:
        return sum(1 for r in self.requests if r.path == f"/{name}.xml" and r.status == status)

    async def _serve(self, request: web.Request) -> web.Response:
        name = request.match_info["name"]
        response = self._answer(name, request)
        self.requests.append(
            FeedRequest(request.path, response.status, request.headers.get("If-None-Match"),
                        request.headers.get("If-Modified-Since"))
        )  # fmt: skip
        return response

    def _answer(self, name: str, request: web.Request) -> web.Response:
        if name in self._moves:
            to, status = self._moves[name]
            return web.Response(status=status, text="moved", headers={"Location": self.url(to)})
        if self._fails.get(name):
            status, wait = self._fails[name].pop(0)
            return web.Response(status=status, text="error", headers={"Retry-After": wait} if wait else None)
        feed = self.feeds.get(name)
        if feed is None:
            return web.Response(status=404, text="not found")
        if self._garbage.get(name):
            self._garbage[name] -= 1
            return web.Response(
                text="<html><body>We moved! Visit our new site.</body></html>", content_type="text/html"
            )
        etag = f'"v{feed.version}"'
        modified = format_datetime(feed.modified, usegmt=True)
        if request.headers.get("If-None-Match") == etag or (
            "If-None-Match" not in request.headers and request.headers.get("If-Modified-Since") == modified
        ):
            return web.Response(status=304, headers={"ETag": etag, "Last-Modified": modified})
        return web.Response(
            text=rss(name, feed.items, ttl=feed.ttl),
            content_type="application/rss+xml",
            headers={"ETag": etag, "Last-Modified": modified},
        )


def rss(name: str, items: list[dict[str, Any]], *, ttl: int | None = None) -> str:
    body = []
    for item in items:
        when = item.get("date")
        stamp = datetime.fromisoformat(f"{when}T12:00:00+00:00") if when else datetime(2026, 1, 1, tzinfo=UTC)
        body.append(
            f"<item><title>{escape(str(item['title']))}</title><link>{escape(str(item['url']))}</link>"
            f"<description>{escape(str(item.get('summary') or ''))}</description>"
            # the publisher's categories, as WordPress feeds write them: "<category><![CDATA[TV]]></category>"
            + "".join(f"<category><![CDATA[{c}]]></category>" for c in item.get("categories") or ())
            + f"<pubDate>{format_datetime(stamp)}</pubDate><guid>{escape(str(item['url']))}</guid></item>"
        )
    return (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
        f"<title>{escape(name)}</title><link>https://example.org/</link><description>loopback</description>"
        + (f"<ttl>{ttl}</ttl>" if ttl is not None else "")
        + "".join(body)
        + "</channel></rss>"
    )
