"""A loopback Discord: enough gateway and REST for the real discord.py client, on 127.0.0.1.

Tests drive it as users would (slash commands, autocomplete, button presses, modal submits) and read
back what the bot sent. Every request is recorded and checked against Discord's limits and OpenAPI
schema; a breach is kept in `violations`, which the fixtures turn into a test failure.
See tests/loopback/README.md.
"""

from __future__ import annotations

import asyncio
import json
import time
import urllib.parse
from collections import deque
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from aiohttp import WSMsgType, web

from tests.loopback import checks

ALL_PERMISSIONS = (1 << 51) - 1
ADMINISTRATOR = 1 << 3
MANAGE_GUILD = 1 << 5
MANAGE_MESSAGES = 1 << 13
VIEW_CHANNEL = 1 << 10
SEND_MESSAGES = 1 << 11
EMBED_LINKS = 1 << 14
MENTION_EVERYONE = 1 << 17
READ_HISTORY = 1 << 16
MEMBER_DEFAULT = VIEW_CHANNEL | SEND_MESSAGES | READ_HISTORY | EMBED_LINKS
CREATE_PUBLIC_THREADS = 1 << 35
BOT_DEFAULT = MEMBER_DEFAULT | MENTION_EVERYONE | (1 << 15) | CREATE_PUBLIC_THREADS  # attach files
ACK_DEADLINE = 3.0

DISCORD_EPOCH_MS = 1_420_070_400_000
_last_id = 0


def snowflake() -> int:
    """A new id that, like Discord's, holds its creation time (ms since 2015 in the top 42 bits),
    so `after=`/`before=` a time work as they do on Discord; strictly increasing in the process."""
    global _last_id
    stamp = (int(time.time() * 1000) - DISCORD_EPOCH_MS) << 22
    _last_id = max(_last_id + 1, stamp)
    return _last_id


def now_iso() -> str:
    return datetime.now(UTC).isoformat()


def _overwrite(target: int | User, allow: int, deny: int) -> dict[str, Any]:
    """A channel permission overwrite: type 0 for a role id, 1 for a member."""
    kind, tid = (1, target.id) if isinstance(target, User) else (0, target)
    return {"id": str(tid), "type": kind, "allow": str(allow), "deny": str(deny)}


def _json(data: Any, status: int = 200, headers: dict[str, str] | None = None) -> web.Response:
    # discord.py parses JSON only when the Content-Type is exactly application/json (no charset).
    return web.Response(
        body=json.dumps(data).encode(),
        status=status,
        headers={"Content-Type": "application/json", **(headers or {})},
    )


NONCE_WINDOW = 300.0  # seconds Discord remembers an enforced nonce ("the past few minutes")


@dataclass
class User:
    id: int
    name: str
    bot: bool = False
    locale: str = "en-US"  # the client's language: each interaction carries it

    def payload(self) -> dict[str, Any]:
        return {
            "id": str(self.id),
            "username": self.name,
            "discriminator": "0",
            "global_name": self.name,
            "avatar": None,
            "bot": self.bot,
            "public_flags": 0,
        }


@dataclass
class Guild:
    id: int
    name: str
    owner_id: int
    roles: dict[int, dict[str, Any]] = field(default_factory=dict)
    channels: dict[int, dict[str, Any]] = field(default_factory=dict)
    members: dict[int, list[int]] = field(default_factory=dict)  # user id -> role ids
    preferred_locale: str = "en-US"  # the community's language (guild_locale of its interactions)

    @property
    def general(self) -> int:
        return next(iter(self.channels))

    def permissions(self, user_id: int, channel_id: int | None = None) -> int:
        """Discord's documented computation: the base from @everyone and the member's roles (the
        owner and Administrator get everything); in a channel, then the @everyone overwrite, the
        member's roles' overwrites taken together, and the member's own overwrite. Without View
        Channel there, nothing else applies there either (Discord's implicit permissions)."""
        if user_id == self.owner_id:
            return ALL_PERMISSIONS
        roles = self.members.get(user_id, [])
        perms = int(self.roles[self.id]["permissions"])
        for role in roles:
            perms |= int(self.roles[role]["permissions"])
        if perms & ADMINISTRATOR:
            return ALL_PERMISSIONS
        if channel_id is None:
            return perms
        overwrites = {
            (int(o["type"]), int(o["id"])): (int(o["allow"]), int(o["deny"]))
            for o in self.channels[channel_id].get("permission_overwrites", [])
        }
        allow, deny = overwrites.get((0, self.id), (0, 0))
        perms = (perms & ~deny) | allow
        allow = deny = 0
        for role in roles:
            role_allow, role_deny = overwrites.get((0, role), (0, 0))
            allow, deny = allow | role_allow, deny | role_deny
        perms = (perms & ~deny) | allow
        allow, deny = overwrites.get((1, user_id), (0, 0))
        perms = (perms & ~deny) | allow
        return perms if perms & VIEW_CHANNEL else 0


@dataclass
class Reply:
    """What the bot answered to one interaction: the callback, then edits and followups."""

    interaction_id: int
    token: str
    dispatched: float
    callback_type: int | None = None
    data: dict[str, Any] = field(default_factory=dict)  # the message (or choices, or modal) of the callback
    message: dict[str, Any] | None = None  # the message the callback created or later edits made
    followups: list[dict[str, Any]] = field(default_factory=list)
    answered: asyncio.Event = field(default_factory=asyncio.Event)
    changed: asyncio.Event = field(default_factory=asyncio.Event)

    @property
    def ephemeral(self) -> bool:
        return bool(int(self.data.get("flags") or 0) & 64)

    @property
    def content(self) -> str:
        return (self.message or self.data).get("content") or ""

    @property
    def embeds(self) -> list[dict[str, Any]]:
        return (self.message or self.data).get("embeds") or []

    @property
    def components(self) -> list[dict[str, Any]]:
        return (self.message or self.data).get("components") or []

    @property
    def text(self) -> str:
        """Content and every embed's text, of the answer and its followups, for assertions that
        don't care where the words are."""
        parts = []
        for msg in [self.message or self.data, *self.followups]:
            parts.append(msg.get("content") or "")
            for e in msg.get("embeds") or []:
                parts += [
                    e.get("title") or "",
                    e.get("description") or "",
                    (e.get("footer") or {}).get("text") or "",
                ]
                parts += [f"{f.get('name')}: {f.get('value')}" for f in e.get("fields") or []]
        return "\n".join(p for p in parts if p)

    def custom_ids(self) -> list[str]:
        return [
            c.get("custom_id")
            for row in self.components
            for c in row.get("components", [])
            if c.get("custom_id")
        ]

    def inputs(self) -> list[dict[str, Any]]:
        """A modal's inputs, in order: each row's component, or each label's (type 18)."""
        return [
            top.get("component", top.get("components", [{}])[0]) for top in self.data.get("components", [])
        ]

    def button(self, label: str) -> str:
        """The custom_id of the button whose label contains `label`."""
        for row in self.components:
            for c in row.get("components", []):
                if label in (c.get("label") or "") and c.get("custom_id"):
                    return str(c["custom_id"])
        raise AssertionError(f"no button labelled {label!r}")

    async def final(self, within: float = 5.0) -> Reply:
        """For a deferred answer: wait until it was edited or followed up."""
        if self.callback_type in (5, 6):
            async with asyncio.timeout(within):
                while not (self.followups or (self.message and self.message.get("_edited"))):
                    self.changed.clear()
                    await self.changed.wait()
        return self


class FakeDiscord:
    """Start with `await start()`; point discord.py at `api_base` and `gateway_url`."""

    def __init__(self, *, global_rate_limit: int | None = None) -> None:
        self.global_rate_limit = global_rate_limit
        self.token = "loopback.bot.token"
        self.app_owner = User(snowflake(), "app-owner")
        self.bot_user = User(snowflake(), "season2bot", bot=True)
        self.application_id = self.bot_user.id
        self.users: dict[int, User] = {u.id: u for u in (self.app_owner, self.bot_user)}
        self.guilds: dict[int, Guild] = {}
        self.channels: dict[int, dict[str, Any]] = {}
        self.messages: dict[int, list[dict[str, Any]]] = {}
        self.dm_of: dict[int, int] = {}  # user id -> DM channel id
        self.closed_dms: set[int] = set()
        self.commands: dict[str, list[dict[str, Any]]] = {"global": []}
        self._nonces: dict[tuple[int, str], tuple[float, dict[str, Any]]] = {}  # enforce_nonce memory
        self.threads: dict[int, dict[str, Any]] = {}  # started on messages: message id -> thread
        self.sync_count = 0
        self.requests: list[dict[str, Any]] = []
        self.violations: list[str] = []
        self.rate_limited = 0
        self.attachments: dict[int, bytes] = {}
        self.replies: dict[int, Reply] = {}
        self._by_token: dict[str, Reply] = {}
        self._faults: list[dict[str, Any]] = []
        self._delays: list[dict[str, Any]] = []
        self._recent: deque[float] = deque()
        # Shards: each IDENTIFY names its [shard_id, shard_count]; a guild's events go to shard
        # (guild_id >> 22) % shard_count, DMs to shard 0 (Discord's documented formula).
        self.shard_count = 1  # what GET /gateway/bot recommends; an IDENTIFY's count wins
        # The URL GET /gateway/bot names: this gateway, unless a test sets Discord's own, as the
        # real API answers (a bot that takes it at its word then leaves the loopback).
        self.gateway_bot_url: str | None = None
        self._sockets: dict[int, web.WebSocketResponse] = {}
        self._replay: dict[int, list[tuple[int, str, dict[str, Any]]]] = {}  # per shard, for RESUME
        self._seqs: dict[int, int] = {}
        self._sessions: dict[int, str] = {0: "loopback-session"}
        self._events: list[tuple[int, str, dict[str, Any]]] = []  # every shard's, for lookups
        self._queued: list[tuple[str, dict[str, Any]]] = []  # world changes to announce before the next event
        self.identified = 0
        self.resumed = 0
        self.refuse_gateway = False  # True: the gateway turns every connection away (an outage)
        self.ready = asyncio.Event()
        self._runner: web.AppRunner | None = None
        self.port = 0

    # ------------------------------------------------------------------ lifecycle

    async def start(self) -> None:
        app = web.Application(client_max_size=64 * 1024 * 1024)
        app.router.add_get("/", self._gateway)
        # Any file name, as Discord serves it: the name is only part of the URL (see `_resolve`).
        app.router.add_get("/attachments/{id}/{name:.*}", self._attachment)
        app.router.add_route("*", "/api/v10/{tail:.*}", self._rest)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]

    async def stop(self) -> None:
        for ws in list(self._sockets.values()):
            await ws.close()
        if self._runner is not None:
            await self._runner.cleanup()

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def api_base(self) -> str:
        return f"{self.base}/api/v10"

    @property
    def gateway_url(self) -> str:
        return f"ws://127.0.0.1:{self.port}/"

    # ------------------------------------------------------------------ the world

    def add_user(self, name: str) -> User:
        user = User(snowflake(), name)
        self.users[user.id] = user
        return user

    def add_guild(
        self, name: str, owner: User | None = None, *, shard: tuple[int, int] | None = None
    ) -> Guild:
        """A server; with `shard` (shard_id, shard_count), one whose id falls in that shard."""
        gid = snowflake()
        while shard is not None and (gid >> 22) % shard[1] != shard[0]:
            gid = snowflake()
        guild = Guild(gid, name, (owner or self.app_owner).id)
        guild.roles[gid] = self._role(gid, "@everyone", MEMBER_DEFAULT, position=0)
        bot_role = snowflake()
        guild.roles[bot_role] = self._role(bot_role, "season2bot", BOT_DEFAULT, position=1, managed=True)
        guild.members[self.bot_user.id] = [bot_role]
        guild.members[guild.owner_id] = []
        self.guilds[gid] = guild
        self.add_channel(guild, "general")
        return guild

    @staticmethod
    def _role(
        rid: int,
        name: str,
        permissions: int,
        *,
        position: int = 1,
        managed: bool = False,
        mentionable: bool = False,
    ) -> dict[str, Any]:
        return {
            "id": str(rid),
            "name": name,
            "permissions": str(permissions),
            "position": position,
            "color": 0,
            "hoist": False,
            "managed": managed,
            "mentionable": mentionable,
            "flags": 0,
        }

    def add_role(self, guild: Guild, name: str, permissions: int = 0, *, mentionable: bool = False) -> int:
        rid = snowflake()
        guild.roles[rid] = self._role(
            rid, name, permissions, position=len(guild.roles), mentionable=mentionable
        )
        return rid

    def add_member(self, guild: Guild, user: User, roles: tuple[int, ...] = ()) -> None:
        guild.members[user.id] = list(roles)

    def add_channel(
        self,
        guild: Guild,
        name: str,
        *,
        deny_bot: int = 0,
        overwrites: dict[int | User, tuple[int, int]] | None = None,
    ) -> int:
        """A text channel. `deny_bot` denies the bot's role those permissions here; `overwrites`
        maps a role id or a User to (allow, deny) in this channel, as `set_overwrite` does."""
        cid = snowflake()
        bot_role = guild.members[self.bot_user.id][0]
        written = [_overwrite(bot_role, 0, deny_bot)] if deny_bot else []
        written += [_overwrite(target, allow, deny) for target, (allow, deny) in (overwrites or {}).items()]
        channel = {
            "id": str(cid),
            "type": 0,
            "guild_id": str(guild.id),
            "name": name,
            "position": len(guild.channels),
            "permission_overwrites": written,
            "nsfw": False,
            "topic": None,
            "last_message_id": None,
            "rate_limit_per_user": 0,
            "parent_id": None,
            "flags": 0,
        }
        guild.channels[cid] = channel
        self.channels[cid] = channel
        self.messages[cid] = []
        if self.identified:  # a connected bot hears of it, as from Discord
            self._queued.append(("CHANNEL_CREATE", channel))
        return cid

    def set_overwrite(self, channel_id: int, target: int | User, *, allow: int = 0, deny: int = 0) -> None:
        """Give a role (by id) or a member (a User) its own permissions in one channel, replacing any
        overwrite it had there; a connected bot hears of it (CHANNEL_UPDATE), as from Discord."""
        channel = self.channels[channel_id]
        written = _overwrite(target, allow, deny)
        kept = [o for o in channel["permission_overwrites"] if o["id"] != written["id"]]
        channel["permission_overwrites"] = [*kept, written]
        if self.identified:
            self._queued.append(("CHANNEL_UPDATE", channel))

    def delete_channel(self, channel_id: int) -> None:
        """The channel is deleted (its messages with it); a connected bot hears of it."""
        channel = self.channels.pop(channel_id)
        self.guilds[int(channel["guild_id"])].channels.pop(channel_id)
        if self.identified:
            self._queued.append(("CHANNEL_DELETE", channel))

    def close_dms(self, user: User) -> None:
        self.closed_dms.add(user.id)

    def channel_messages(self, channel_id: int) -> list[dict[str, Any]]:
        return list(self.messages.get(channel_id, []))

    def open_dm(self, user: User) -> int:
        """The DM channel with `user` (as if the bot had written to them before)."""
        return self._dm_channel(user.id)

    def dm_count(self, user: User) -> int:
        cid = self.dm_of.get(user.id)
        return 0 if cid is None else len(self.messages[cid])

    def dms(self, user: User) -> list[dict[str, Any]]:
        cid = self.dm_of.get(user.id)
        return [] if cid is None else self.channel_messages(cid)

    async def wait_for(
        self, predicate: Callable[[], bool], within: float = 5.0, what: str = "condition"
    ) -> None:
        deadline = time.monotonic() + within
        while not predicate():
            if time.monotonic() > deadline:
                raise TimeoutError(f"waited {within} s for {what}")
            await asyncio.sleep(0.05)

    # ------------------------------------------------------------------ faults

    def fail_next(
        self,
        method: str,
        route: str,
        status: int,
        *,
        count: int = 1,
        code: int | None = None,
        retry_after: float = 0.2,
        global_: bool = False,
    ) -> None:
        """The next `count` requests matching METHOD and an OpenAPI route template answer `status`."""
        self._faults.append(
            {
                "method": method,
                "route": route,
                "status": status,
                "count": count,
                "code": code,
                "retry_after": retry_after,
                "global": global_,
            }
        )

    def delay_next(self, method: str, route: str, seconds: float, *, count: int = 1) -> None:
        """The next `count` requests matching METHOD and an OpenAPI route template are answered
        `seconds` late (a slow Discord), e.g. to close the bot while a command is mid-flight."""
        self._delays.append({"method": method, "route": route, "seconds": seconds, "count": count})

    async def _delay(self, method: str, route: str | None) -> None:
        for delay in self._delays:
            if delay["count"] > 0 and delay["method"] == method and delay["route"] == route:
                delay["count"] -= 1
                await asyncio.sleep(delay["seconds"])
                return

    def _fault(self, method: str, route: str | None) -> web.Response | None:
        for fault in self._faults:
            if fault["count"] > 0 and fault["method"] == method and fault["route"] == route:
                fault["count"] -= 1
                status = fault["status"]
                if status == 429:
                    return self._too_many(fault["retry_after"], fault["global"])
                code = fault["code"] or {403: 50013, 404: 10003}.get(status, 0)
                return _json({"message": f"injected {status}", "code": code}, status)
        return None

    def _too_many(self, retry_after: float, global_: bool) -> web.Response:
        self.rate_limited += 1
        headers = {
            "Retry-After": str(retry_after),
            "X-RateLimit-Scope": "global" if global_ else "user",
            "Via": "1.1 google",
        }
        if global_:
            headers["X-RateLimit-Global"] = "true"
        body = {"message": "You are being rate limited.", "retry_after": retry_after, "global": global_}
        return _json(body, 429, headers)

    def _over_global_limit(self) -> float | None:
        """None if this request fits the rolling second; else how long until one slot frees (as
        Discord's retry_after for a global limit says)."""
        if not self.global_rate_limit:
            return None
        now = time.monotonic()
        while self._recent and now - self._recent[0] > 1.0:
            self._recent.popleft()
        if len(self._recent) >= self.global_rate_limit:
            return round(max(1.0 - (now - self._recent[0]), 0.001), 3)
        self._recent.append(now)
        return None

    # ------------------------------------------------------------------ gateway

    async def _gateway(self, request: web.Request) -> web.StreamResponse:
        if self.refuse_gateway:
            return web.Response(status=503, text="gateway unavailable")
        ws = web.WebSocketResponse(autoping=True, max_msg_size=0)
        await ws.prepare(request)
        shard_id: int | None = None  # which shard this socket is, once it says
        await ws.send_json({"op": 10, "d": {"heartbeat_interval": 41250}})
        async for msg in ws:
            if msg.type != WSMsgType.TEXT:
                continue
            frame = json.loads(msg.data)
            op = frame.get("op")
            if op == 1:
                await ws.send_json({"op": 11})
            elif op == 2:
                if frame["d"].get("token") != self.token:
                    await ws.close(code=4004)
                    break
                shard_id, count = frame["d"].get("shard") or [0, 1]
                if not 0 <= shard_id < count:
                    await ws.close(code=4010)  # Discord: invalid shard
                    break
                self.shard_count = count
                self.identified += 1
                self._sockets[shard_id] = ws
                self._replay[shard_id] = []
                self._seqs[shard_id] = 0
                self._sessions.setdefault(shard_id, f"session-{snowflake()}")
                await self._identify(shard_id)
            elif op == 6:
                wanted = frame["d"].get("session_id")
                resumed = next(
                    (i for i, sid in self._sessions.items() if sid == wanted and i in self._replay), None
                )
                if resumed is None:
                    await ws.send_json({"op": 9, "d": False})  # Discord: start a new session
                    continue
                shard_id = resumed
                self._sockets[shard_id] = ws
                self.resumed += 1
                seq = frame["d"].get("seq") or 0
                for s, t, d in self._replay[shard_id]:
                    if s > seq:
                        await ws.send_json({"op": 0, "s": s, "t": t, "d": d})
                await self._send_event("RESUMED", {}, shard_id)
        if shard_id is not None and self._sockets.get(shard_id) is ws:
            del self._sockets[shard_id]
        return ws

    def shard_of(self, guild_id: int | None) -> int:
        return 0 if guild_id is None else (guild_id >> 22) % self.shard_count

    @property
    def session_id(self) -> str:
        return self._sessions[0]

    @property
    def _ws(self) -> web.WebSocketResponse | None:
        return self._sockets.get(0)

    async def _identify(self, shard_id: int) -> None:
        mine = [g for g in self.guilds.values() if self.shard_of(g.id) == shard_id]
        ready = {
            "v": 10,
            "user": self.bot_user.payload(),
            "session_id": self._sessions[shard_id],
            "resume_gateway_url": self.gateway_url,
            "guilds": [{"id": str(g.id), "unavailable": True} for g in mine],
            "application": {"id": str(self.application_id), "flags": 0},
            "private_channels": [],
            "relationships": [],
            "user_settings": {},
        }
        if self.shard_count > 1:
            ready["shard"] = [shard_id, self.shard_count]
        await self._send_event("READY", ready, shard_id)
        for guild in mine:
            await self._send_event("GUILD_CREATE", self._guild_payload(guild), shard_id)
        if len(self._sockets) >= self.shard_count:
            self.ready.set()

    def _member(self, guild: Guild, user_id: int, with_user: bool = True) -> dict[str, Any]:
        data: dict[str, Any] = {
            "roles": [str(r) for r in guild.members.get(user_id, [])],
            "nick": None,
            "joined_at": "2024-01-01T00:00:00+00:00",
            "deaf": False,
            "mute": False,
            "flags": 0,
            "pending": False,
            "avatar": None,
        }
        if with_user:
            data["user"] = self.users[user_id].payload()
        return data

    def _guild_payload(self, guild: Guild) -> dict[str, Any]:
        return {
            "id": str(guild.id),
            "name": guild.name,
            "icon": None,
            "owner_id": str(guild.owner_id),
            "roles": list(guild.roles.values()),
            "channels": list(guild.channels.values()),
            "members": [self._member(guild, uid) for uid in guild.members],
            "member_count": len(guild.members),
            "large": False,
            "unavailable": False,
            "joined_at": "2024-01-01T00:00:00+00:00",
            "features": [],
            "emojis": [],
            "stickers": [],
            "threads": [],
            "voice_states": [],
            "presences": [],
            "stage_instances": [],
            "guild_scheduled_events": [],
            "premium_tier": 0,
            "verification_level": 0,
            "default_message_notifications": 0,
            "explicit_content_filter": 0,
            "mfa_level": 0,
            "nsfw_level": 0,
            "system_channel_flags": 0,
            "preferred_locale": guild.preferred_locale,
            "afk_timeout": 300,
        }

    async def dispatch(self, event: str, data: dict[str, Any]) -> None:
        """Send an event on the shard its guild belongs to (DMs: shard 0)."""
        while self._queued:
            queued, payload = self._queued.pop(0)
            await self._send_event(queued, payload, self._shard_for(queued, payload))
        await self._send_event(event, data, self._shard_for(event, data))

    def _shard_for(self, event: str, data: dict[str, Any]) -> int:
        guild = data.get("guild_id") or (data.get("id") if event.startswith("GUILD_") else None)
        return self.shard_of(int(guild) if guild else None)

    async def _send_event(self, event: str, data: dict[str, Any], shard_id: int = 0) -> None:
        seq = self._seqs[shard_id] = self._seqs.get(shard_id, 0) + 1
        self._events.append((seq, event, data))
        self._replay.setdefault(shard_id, []).append((seq, event, data))
        ws = self._sockets.get(shard_id)
        if ws is not None and not ws.closed:
            await ws.send_json({"op": 0, "s": seq, "t": event, "d": data})

    async def drop_gateway(self, code: int = 4000) -> None:
        """Close the socket as Discord does on an internal error; the bot must reconnect and RESUME."""
        assert self._ws is not None, "the bot is not connected"
        await self._ws.close(code=code)

    async def invalidate_session(self, resumable: bool = False) -> None:
        """INVALID_SESSION (op 9): with `resumable` false the bot must IDENTIFY again from scratch."""
        assert self._ws is not None, "the bot is not connected"
        if not resumable:
            self._sessions[0] = f"session-{snowflake()}"
        await self._ws.send_json({"op": 9, "d": resumable})

    # ------------------------------------------------------------------ driving the bot as a user

    def _find_command(self, path: str, guild: Guild | None) -> tuple[dict[str, Any], list[str]]:
        name, *rest = path.split()
        pool = self.commands["global"] + (self.commands.get(str(guild.id), []) if guild else [])
        for cmd in pool:
            if cmd["name"] == name:
                return cmd, rest
        raise AssertionError(f"/{name} was not synced; synced: {sorted(c['name'] for c in pool)}")

    def _options(
        self,
        schema: list[dict[str, Any]],
        path: list[str],
        values: dict[str, Any],
        guild: Guild | None,
        resolved: dict[str, dict[str, Any]],
        focused: str | None = None,
        where: tuple[User, int | None] | None = None,
    ) -> list[dict[str, Any]]:
        """`where`: who invokes, in which channel (resolved members' and channels' permissions)."""
        if path:
            sub = next((o for o in schema if o["name"] == path[0] and o["type"] in (1, 2)), None)
            assert sub is not None, f"no subcommand {path[0]!r}"
            return [
                {
                    "name": sub["name"],
                    "type": sub["type"],
                    "options": self._options(
                        sub.get("options", []), path[1:], values, guild, resolved, focused, where
                    ),
                }
            ]
        out = []
        known = {o["name"]: o for o in schema}
        for key, value in values.items():
            assert key in known, f"no option {key!r}; options are {sorted(known)}"
            kind = known[key]["type"]
            option: dict[str, Any] = {"name": key, "type": kind, "value": value}
            if kind in (6, 7, 8, 11):
                option["value"] = str(self._resolve(kind, value, guild, resolved, where))
            if key == focused:
                option["focused"] = True
            out.append(option)
        return out

    def _resolve(
        self,
        kind: int,
        value: Any,
        guild: Guild | None,
        resolved: dict[str, dict[str, Any]],
        where: tuple[User, int | None] | None = None,
    ) -> int:
        invoker, here = where or (None, None)
        if kind == 6:
            user = value if isinstance(value, User) else self.users[int(value)]
            resolved.setdefault("users", {})[str(user.id)] = user.payload()
            if guild is not None and user.id in guild.members:
                member = self._member(guild, user.id, with_user=False)
                # Discord: that member's permissions in the channel the interaction comes from.
                member["permissions"] = str(guild.permissions(user.id, here))
                resolved.setdefault("members", {})[str(user.id)] = member
            return user.id
        if kind == 7:
            channel = self.channels[int(value)]
            # Discord: the invoking member's permissions in that channel.
            perms = ALL_PERMISSIONS
            if guild is not None and invoker is not None and int(channel["id"]) in guild.channels:
                perms = guild.permissions(invoker.id, int(channel["id"]))
            resolved.setdefault("channels", {})[channel["id"]] = {**channel, "permissions": str(perms)}
            return int(channel["id"])
        if kind == 8:
            assert guild is not None
            resolved.setdefault("roles", {})[str(value)] = guild.roles[int(value)]
            return int(value)
        name, data = value  # attachments: (filename, bytes); any name, as a modified client may send
        aid = snowflake()
        self.attachments[aid] = data
        # Discord's CDN URLs are always valid URLs, whatever the file is called: quote the name, so one
        # holding "?", "#", "/", spaces or NUL still points at its file.
        url = f"{self.base}/attachments/{aid}/{urllib.parse.quote(name, safe='')}"
        resolved.setdefault("attachments", {})[str(aid)] = {
            "id": str(aid),
            "filename": name,
            "size": len(data),
            "url": url,
            "proxy_url": url,
            "content_type": "application/octet-stream",
        }
        return aid

    def _interaction(
        self,
        kind: int,
        data: dict[str, Any],
        user: User,
        guild: Guild | None,
        channel_id: int | None,
        message: dict[str, Any] | None = None,
    ) -> dict[str, Any]:
        iid = snowflake()
        payload: dict[str, Any] = {
            "id": str(iid),
            "application_id": str(self.application_id),
            "type": kind,
            "data": data,
            "token": f"itoken-{iid}",
            "version": 1,
            "locale": user.locale,
            "entitlements": [],
            "authorizing_integration_owners": {"0": str(guild.id if guild else 0)},
            "context": 0 if guild else 1,
            "attachment_size_limit": 10 * 1024 * 1024,
        }
        if guild is not None:
            cid = channel_id or guild.general
            payload.update(
                guild_id=str(guild.id),
                channel_id=str(cid),
                guild_locale=guild.preferred_locale,
                channel=self.channels[cid],
                # Both in the channel the interaction comes from, overwrites included.
                app_permissions=str(guild.permissions(self.bot_user.id, cid)),
            )
            member = self._member(guild, user.id)
            member["permissions"] = str(guild.permissions(user.id, cid))
            payload["member"] = member
        else:
            cid = self._dm_channel(user.id)
            payload.update(
                channel_id=str(cid),
                channel=self.channels[cid],
                user=user.payload(),
                app_permissions=str(MEMBER_DEFAULT),
            )
        if message is not None:
            payload["message"] = message
        return payload

    async def _send_interaction(self, payload: dict[str, Any], wait: bool) -> Reply:
        reply = Reply(int(payload["id"]), payload["token"], time.monotonic())
        self.replies[reply.interaction_id] = reply
        self._by_token[reply.token] = reply
        await self.dispatch("INTERACTION_CREATE", payload)
        if wait:
            try:
                async with asyncio.timeout(ACK_DEADLINE + 2):
                    await reply.answered.wait()
            except TimeoutError:
                self.violations.append(
                    f"interaction {payload['data'].get('name') or payload['data'].get('custom_id')} "
                    "was never acknowledged"
                )
                raise
        return reply

    async def slash(
        self,
        command: str,
        *,
        user: User,
        guild: Guild | None = None,
        channel: int | None = None,
        options: dict[str, Any] | None = None,
        **more: Any,
    ) -> Reply:
        """Run /command (with "group sub" paths) as `user`; returns once the bot answered.
        Options come as keywords, or in `options` for names the keywords take (e.g. "user")."""
        options = {**(options or {}), **more}
        cmd, path = self._find_command(command, guild)
        resolved: dict[str, dict[str, Any]] = {}
        here = channel or (guild.general if guild else None)
        data = {
            "id": cmd["id"],
            "name": cmd["name"],
            "type": 1,
            "options": self._options(
                cmd.get("options", []), path, options, guild, resolved, where=(user, here)
            ),
        }
        if resolved:
            data["resolved"] = resolved
        return await self._send_interaction(self._interaction(2, data, user, guild, channel), wait=True)

    async def autocomplete(
        self,
        command: str,
        focused: str,
        value: str,
        *,
        user: User,
        guild: Guild | None = None,
        **options: Any,
    ) -> list[dict[str, Any]]:
        cmd, path = self._find_command(command, guild)
        data = {
            "id": cmd["id"],
            "name": cmd["name"],
            "type": 1,
            "options": self._options(
                cmd.get("options", []), path, {**options, focused: value}, guild, {}, focused
            ),
        }
        reply = await self._send_interaction(self._interaction(4, data, user, guild, None), wait=True)
        assert reply.callback_type == 8, f"autocomplete answered with type {reply.callback_type}"
        return list(reply.data.get("choices", []))

    async def click(
        self, message: dict[str, Any] | Reply, custom_id: str, *, user: User, guild: Guild | None = None
    ) -> Reply:
        msg = message.message if isinstance(message, Reply) else message
        assert msg is not None, "that reply created no message"
        found = [
            c
            for row in msg.get("components", [])
            for c in row.get("components", [])
            if c.get("custom_id") == custom_id
        ]
        assert found, f"no component {custom_id!r} on the message"
        channel_id = int(msg["channel_id"])
        data = {"custom_id": custom_id, "component_type": found[0]["type"]}
        return await self._send_interaction(
            self._interaction(3, data, user, guild, channel_id, msg), wait=True
        )

    async def submit_modal(
        self, reply: Reply, values: dict[str, str], *, user: User, guild: Guild | None = None
    ) -> Reply:
        assert reply.callback_type == 9, "the bot did not answer with a modal"
        rows = []
        for top in reply.data.get("components", []):
            if top.get("type") == 1:
                inner = top["components"][0]
                rows.append(
                    {
                        "type": 1,
                        "components": [
                            {
                                "type": 4,
                                "custom_id": inner["custom_id"],
                                "value": values.get(inner["custom_id"], inner.get("value") or ""),
                            }
                        ],
                    }
                )
            elif top["component"]["type"] == 3:  # a label (type 18) wrapping a string select
                inner = top["component"]
                picked = values.get(inner["custom_id"])
                chosen = (
                    [picked]
                    if picked is not None
                    else [o["value"] for o in inner["options"] if o.get("default")]
                )
                assert set(chosen) <= {o["value"] for o in inner["options"]}, f"{picked!r} is not an option"
                assert len(chosen) >= inner.get("min_values", 1), "a required select left empty"
                rows.append(
                    {"type": 18, "component": {"type": 3, "custom_id": inner["custom_id"], "values": chosen}}
                )
            else:  # a label (type 18) wrapping one text input
                inner = top["component"]
                rows.append(
                    {
                        "type": 18,
                        "component": {
                            "type": 4,
                            "custom_id": inner["custom_id"],
                            "value": values.get(inner["custom_id"], inner.get("value") or ""),
                        },
                    }
                )
        data = {"custom_id": reply.data["custom_id"], "components": rows}
        return await self._send_interaction(self._interaction(5, data, user, guild, None), wait=True)

    # ------------------------------------------------------------------ polls (Discord's side)

    def vote_poll(self, message: dict[str, Any], user: User, answer_id: int) -> None:
        message["_votes"].setdefault(answer_id, set()).add(user.id)

    async def expire_poll(self, message: dict[str, Any]) -> None:
        """The poll's time ran out on Discord: finalise the counts and tell the gateway."""
        self._finalise(message)
        await self.dispatch("MESSAGE_UPDATE", self._public(message))

    def _finalise(self, message: dict[str, Any]) -> None:
        poll = message["poll"]
        poll["results"] = {
            "is_finalized": True,
            "answer_counts": [
                {
                    "id": a["answer_id"],
                    "count": len(message["_votes"].get(a["answer_id"], ())),
                    "me_voted": False,
                }
                for a in poll["answers"]
            ],
        }

    # ------------------------------------------------------------------ REST

    async def _attachment(self, request: web.Request) -> web.Response:
        return web.Response(body=self.attachments[int(request.match_info["id"])])

    async def _rest(self, request: web.Request) -> web.Response:
        path = "/" + request.match_info["tail"]
        method = request.method
        body, files = await self._body(request)
        route = checks.template_of(method, path)
        record = {
            "method": method,
            "path": path,
            "route": route,
            "json": body,
            "files": files,
            "at": time.monotonic(),
            "status": None,
        }
        self.requests.append(record)
        if body is not None:
            self.violations += checks.schema_errors(method, path, body)
        await self._delay(method, route)
        response = self._fault(method, route)
        # Discord: "Interaction endpoints are not bound to the bot's Global Rate Limit."
        interaction = path.startswith(("/interactions/", "/webhooks/"))
        wait = self._over_global_limit() if response is None and not interaction else None
        if wait is not None:
            response = self._too_many(wait, True)
        if response is None:
            try:
                response = await self._handle(method, path, route, request, body, files)
            except KeyError as exc:
                response = _json({"message": f"Unknown {exc}", "code": 10003}, 404)
        record["status"] = response.status
        if response.status != 429:
            response.headers.update(
                {
                    "X-RateLimit-Limit": "50",
                    "X-RateLimit-Remaining": "49",
                    "X-RateLimit-Reset-After": "0.01",
                    "X-RateLimit-Bucket": route or "none",
                    "X-RateLimit-Reset": f"{time.time() + 0.01:.3f}",
                }
            )
        return response

    async def _body(self, request: web.Request) -> tuple[Any, list[tuple[str, bytes]]]:
        if request.content_type == "multipart/form-data":
            body, files = None, []
            async for part in await request.multipart():
                data = await part.read()  # type: ignore[union-attr]
                if part.name == "payload_json":  # type: ignore[union-attr]
                    body = json.loads(data)
                else:
                    files.append((part.filename or "file", bytes(data)))  # type: ignore[union-attr]
            return body, files
        raw = await request.read()
        return (json.loads(raw) if raw else None), []

    async def _handle(
        self,
        method: str,
        path: str,
        route: str | None,
        request: web.Request,
        body: Any,
        files: list[tuple[str, bytes]],
    ) -> web.Response:
        parts = path.strip("/").split("/")
        match (method, parts):
            case ("GET", ["users", "@me"]):
                return _json(self.bot_user.payload())
            case ("GET", ["oauth2", "applications", "@me"]) | ("GET", ["applications", "@me"]):
                return _json(self._application())
            case ("GET", ["gateway"]):
                return _json({"url": self.gateway_url})
            case ("GET", ["gateway", "bot"]):
                return _json(
                    {
                        "url": self.gateway_bot_url or self.gateway_url,
                        "shards": self.shard_count,
                        "session_start_limit": {
                            "total": 1000,
                            "remaining": 999,
                            "reset_after": 0,
                            "max_concurrency": 1,
                        },
                    }
                )
            case ("PUT", ["applications", _, "commands"]):
                return _json(self._sync("global", body))
            case ("PUT", ["applications", _, "guilds", gid, "commands"]):
                return _json(self._sync(gid, body))
            case ("GET", ["applications", _, "commands"]):
                return _json(self.commands["global"])
            case ("GET", ["applications", _, "guilds", gid, "commands"]):
                return _json(self.commands.get(gid, []))
            case ("POST", ["interactions", iid, token, "callback"]):
                return self._callback(int(iid), token, body, files)
            case ("POST", ["webhooks", _, token]):
                return self._followup(token, body, files)
            case ("GET" | "PATCH" | "DELETE", ["webhooks", _, token, "messages", mid]):
                return self._webhook_message(method, token, mid, body)
            case ("POST", ["users", "@me", "channels"]):
                return _json(self.channels[self._dm_channel(int(body["recipient_id"]))])
            case ("GET", ["channels", cid]):
                return _json(self.channels[int(cid)])
            case ("POST", ["channels", cid, "messages"]):
                return self._create_message(int(cid), body, files)
            case ("GET", ["channels", cid, "messages"]):
                return self._history(int(cid), request.query)
            case ("POST", ["channels", cid, "messages", mid, "threads"]):
                return self._start_thread(int(cid), int(mid), body)
            case ("GET", ["channels", cid, "messages", mid]):
                return _json(self._public(self._message(int(cid), int(mid))))
            case ("PATCH", ["channels", cid, "messages", mid]):
                return _json(self._public(self._edit(self._message(int(cid), int(mid)), body)))
            case ("POST", ["channels", cid, "polls", mid, "expire"]):
                msg = self._message(int(cid), int(mid))
                self._finalise(msg)
                return _json(self._public(msg))
            case ("GET", ["guilds", gid, "members", uid]):
                guild = self.guilds[int(gid)]
                if int(uid) not in guild.members:
                    return _json({"message": "Unknown Member", "code": 10007}, 404)
                return _json(self._member(guild, int(uid)))
        self.violations.append(f"{method} {path}: the emulator does not serve this route")
        return _json({"message": "404: Not Found", "code": 0}, 404)

    def _application(self) -> dict[str, Any]:
        return {
            "id": str(self.application_id),
            "name": "season2bot",
            "description": "",
            "icon": None,
            "bot_public": True,
            "bot_require_code_grant": False,
            "owner": self.app_owner.payload(),
            "verify_key": "0" * 64,
            "flags": 0,
            "team": None,
            "summary": "",
            "rpc_origins": [],
        }

    def _sync(self, scope: str, body: list[dict[str, Any]]) -> list[dict[str, Any]]:
        self.sync_count += 1
        synced = []
        for cmd in body:
            synced.append(
                {**cmd, "id": str(snowflake()), "application_id": str(self.application_id), "version": "1"}
            )
        self.commands[scope] = synced
        return synced

    def _dm_channel(self, user_id: int) -> int:
        if user_id not in self.dm_of:
            cid = snowflake()
            self.channels[cid] = {
                "id": str(cid),
                "type": 1,
                "last_message_id": None,
                "flags": 0,
                "recipients": [self.users[user_id].payload()],
            }
            self.messages[cid] = []
            self.dm_of[user_id] = cid
        return self.dm_of[user_id]

    def _message(self, channel_id: int, message_id: int) -> dict[str, Any]:
        if channel_id not in self.channels:
            raise KeyError("Channel")
        for msg in self.messages[channel_id]:
            if int(msg["id"]) == message_id:
                return msg
        raise KeyError("Message")

    def _new_message(
        self, channel_id: int, body: dict[str, Any], files: list[tuple[str, bytes]], kind: int = 0
    ) -> dict[str, Any]:
        channel = self.channels[channel_id]
        msg: dict[str, Any] = {
            "id": str(snowflake()),
            "channel_id": str(channel_id),
            "author": self.bot_user.payload(),
            "content": body.get("content") or "",
            "timestamp": now_iso(),
            "edited_timestamp": None,
            "tts": False,
            "mention_everyone": False,
            "mentions": [],
            "mention_roles": [],
            "attachments": [
                {
                    "id": str(snowflake()),
                    "filename": n,
                    "size": len(d),
                    "url": f"{self.base}/attachments/0/{n}",
                    "proxy_url": "",
                    "_bytes": d,
                }
                for n, d in files
            ],
            "embeds": body.get("embeds") or [],
            "pinned": False,
            "type": kind,
            "flags": int(body.get("flags") or 0),
            "components": body.get("components") or [],
            "allowed_mentions": body.get("allowed_mentions"),
            "_votes": {},
        }
        if "guild_id" in channel:
            msg["guild_id"] = channel["guild_id"]
        if body.get("poll"):
            poll = body["poll"]
            expiry = datetime.now(UTC) + timedelta(hours=int(poll.get("duration", 24)))
            msg["poll"] = {
                "question": poll["question"],
                "expiry": expiry.isoformat(),
                "allow_multiselect": poll.get("allow_multiselect", False),
                "layout_type": 1,
                "answers": [
                    {"answer_id": n, "poll_media": a["poll_media"]} for n, a in enumerate(poll["answers"], 1)
                ],
                "results": {"is_finalized": False, "answer_counts": []},
            }
        self.messages[channel_id].append(msg)
        return msg

    @staticmethod
    def _public(msg: dict[str, Any]) -> dict[str, Any]:
        """The message as Discord returns it: without the emulator's bookkeeping."""
        out = {k: v for k, v in msg.items() if not k.startswith("_") and k != "allowed_mentions"}
        out["attachments"] = [{k: v for k, v in a.items() if k != "_bytes"} for a in msg["attachments"]]
        if msg.get("poll"):
            poll = msg["poll"]
            if not poll["results"]["is_finalized"]:
                poll["results"]["answer_counts"] = [
                    {"id": aid, "count": len(v), "me_voted": False} for aid, v in msg["_votes"].items()
                ]
        return out

    def _create_message(
        self, channel_id: int, body: dict[str, Any], files: list[tuple[str, bytes]]
    ) -> web.Response:
        channel = self.channels.get(channel_id)
        if channel is None:
            return _json({"message": "Unknown Channel", "code": 10003}, 404)
        if channel["type"] == 1:
            recipient = int(channel["recipients"][0]["id"])
            if recipient in self.closed_dms:
                return _json({"message": "Cannot send messages to this user", "code": 50007}, 403)
        self.violations += checks.message_errors(body)
        # Discord's documented de-duplication: with enforce_nonce, a nonce the same author used in
        # this channel in the last few minutes returns that message instead of creating another.
        nonce = body.get("nonce")
        if nonce is not None and body.get("enforce_nonce"):
            seen = self._nonces.get((channel_id, str(nonce)))
            if seen is not None and time.monotonic() - seen[0] < NONCE_WINDOW:
                return _json(self._public(seen[1]))
        msg = self._new_message(channel_id, body, files)
        if nonce is not None and body.get("enforce_nonce"):
            self._nonces[(channel_id, str(nonce))] = (time.monotonic(), msg)
        return _json(self._public(msg))

    def _history(self, channel_id: int, query: Mapping[str, str]) -> web.Response:
        """A channel's messages as Discord lists them: newest first; with `after`, the `limit` (1 to
        100, default 50) messages just after it; with `before`, just before; else the latest. A
        server channel needs View Channel and Read Message History."""
        channel = self.channels.get(channel_id)
        if channel is None:
            return _json({"message": "Unknown Channel", "code": 10003}, 404)
        if "guild_id" in channel:
            guild = self.guilds[int(channel["guild_id"])]
            needed = VIEW_CHANNEL | READ_HISTORY
            if guild.permissions(self.bot_user.id, channel_id) & needed != needed:
                return _json({"message": "Missing Access", "code": 50001}, 403)
        limit = int(query.get("limit", 50))
        if not 1 <= limit <= 100:
            self.violations.append(f"GET messages with limit={limit} (1 to 100)")
        kept = list(self.messages.get(channel_id, []))
        kept.sort(key=lambda m: int(m["id"]))
        if "after" in query:
            kept = [m for m in kept if int(m["id"]) > int(query["after"])][:limit]
        elif "before" in query:
            kept = [m for m in kept if int(m["id"]) < int(query["before"])][-limit:]
        else:
            kept = kept[-limit:]
        return _json([self._public(m) for m in reversed(kept)])

    def forget_nonces(self) -> None:
        """Discord remembers an enforced nonce for a few minutes only: as if they had passed."""
        self._nonces.clear()

    def _start_thread(self, channel_id: int, message_id: int, body: dict[str, Any]) -> web.Response:
        """A public thread on a message: a channel of type 11 whose id is the message's (as Discord
        does), named as asked; the bot needs Create Public Threads (1 << 35) in the channel."""
        parent = self.channels.get(channel_id)
        try:
            self._message(channel_id, message_id)
        except KeyError:
            return _json({"message": "Unknown Message", "code": 10008}, 404)
        assert parent is not None
        guild = self.guilds[int(parent["guild_id"])]
        if not guild.permissions(self.bot_user.id, channel_id) & CREATE_PUBLIC_THREADS:
            return _json({"message": "Missing Permissions", "code": 50013}, 403)
        name = str(body.get("name", ""))
        if not 1 <= len(name) <= 100:
            self.violations.append(f"thread name of {len(name)} characters (1 to 100)")
        thread = {
            "id": str(message_id), "type": 11, "guild_id": parent["guild_id"], "parent_id": str(channel_id),
            "name": name, "owner_id": str(self.bot_user.id), "member_count": 1, "message_count": 0,
            "thread_metadata": {"archived": False, "archive_timestamp": now_iso(), "locked": False,
                                "auto_archive_duration": body.get("auto_archive_duration", 1440)},
        }  # fmt: skip
        self.threads[message_id] = thread
        return _json(thread, 201)

    def _edit(self, msg: dict[str, Any], body: dict[str, Any]) -> dict[str, Any]:
        self.violations += checks.message_errors(body, needs_allowed_mentions=False)
        for key in ("content", "embeds", "components", "flags"):
            if key in body:
                msg[key] = body[key] if body[key] is not None else ([] if key != "content" else "")
        msg["edited_timestamp"] = now_iso()
        msg["_edited"] = True
        return msg

    def _callback(
        self, iid: int, token: str, body: dict[str, Any], files: list[tuple[str, bytes]]
    ) -> web.Response:
        reply = self.replies.get(iid)
        if reply is None or reply.token != token:
            return _json({"message": "Unknown interaction", "code": 10062}, 404)
        if reply.callback_type is not None:
            self.violations.append(f"interaction {iid} acknowledged twice")
            return _json({"message": "Interaction has already been acknowledged.", "code": 40060}, 400)
        waited = time.monotonic() - reply.dispatched
        if waited > ACK_DEADLINE:
            self.violations.append(f"interaction {iid} acknowledged after {waited:.1f} s (limit 3 s)")
        kind = body["type"]
        data = body.get("data") or {}
        reply.callback_type, reply.data = kind, data
        payload = self.replies_payload(iid, kind, data)
        if kind == 8:
            self.violations += checks.choice_errors(data.get("choices", []))
        elif kind == 9:
            self.violations += checks.modal_errors(data)
        elif kind in (4, 5):
            if kind == 4:
                self.violations += checks.message_errors(data)
            channel_id = int(self._interaction_channel(iid))
            msg = self._new_message(
                channel_id, data if kind == 4 else {"flags": data.get("flags", 0)}, files, kind=20
            )
            msg["_interaction"] = iid
            reply.message = msg
            payload["resource"]["message"] = self._public(msg)
            payload["interaction"]["response_message_id"] = msg["id"]
        elif kind == 7:
            self.violations += checks.message_errors(data, needs_allowed_mentions=False)
            source = self._source_message(iid)
            if source is not None:
                reply.message = self._edit(source, data)
        reply.answered.set()
        reply.changed.set()
        return _json(payload)

    def replies_payload(self, iid: int, kind: int, data: dict[str, Any]) -> dict[str, Any]:
        return {
            "interaction": {
                "id": str(iid),
                "type": 2,
                "response_message_loading": kind == 5,
                "response_message_ephemeral": bool(int(data.get("flags") or 0) & 64),
            },
            "resource": {"type": kind},
        }

    def _interaction_channel(self, iid: int) -> str:
        for _, t, d in reversed(self._events):
            if t == "INTERACTION_CREATE" and int(d["id"]) == iid:
                return str(d["channel_id"])
        raise KeyError("Interaction")

    def _source_message(self, iid: int) -> dict[str, Any] | None:
        for _, t, d in reversed(self._events):
            if t == "INTERACTION_CREATE" and int(d["id"]) == iid and "message" in d:
                return self._message(int(d["message"]["channel_id"]), int(d["message"]["id"]))
        return None

    def _followup(self, token: str, body: dict[str, Any], files: list[tuple[str, bytes]]) -> web.Response:
        reply = self._by_token.get(token)
        if reply is None:
            return _json({"message": "Unknown Webhook", "code": 10015}, 404)
        self.violations += checks.message_errors(body)
        msg = self._new_message(int(self._interaction_channel(reply.interaction_id)), body, files)
        reply.followups.append(msg)
        reply.changed.set()
        return _json(self._public(msg))

    def _webhook_message(self, method: str, token: str, mid: str, body: Any) -> web.Response:
        reply = self._by_token.get(token)
        if reply is None:
            return _json({"message": "Unknown Webhook", "code": 10015}, 404)
        if mid == "@original":
            msg = reply.message
        else:
            msg = next((m for m in reply.followups if m["id"] == mid), None)
        if msg is None:
            return _json({"message": "Unknown Message", "code": 10008}, 404)
        if method == "PATCH":
            self._edit(msg, body)
            reply.changed.set()
        elif method == "DELETE":
            self.messages[int(msg["channel_id"])].remove(msg)
            return web.Response(status=204)
        return _json(self._public(msg))
