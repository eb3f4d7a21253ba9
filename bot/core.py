"""The bot itself: settings, store, cog loading, command sync, error handling, workers. No features."""

from __future__ import annotations

import asyncio
import datetime
import functools
import hashlib
import json
import logging
import pkgutil
import secrets
import signal
import time
from collections.abc import Awaitable, Callable, Iterable, Sequence
from typing import Any

import aiohttp
import discord
import yarl
from discord import app_commands
from discord.ext import commands

import cogs
from bot import __version__, i18n, mentions
from bot.catalogue import Catalogue
from bot.config import DEFAULT_GATEWAY_URL, ConfigError, Settings
from bot.domain.errors import UserError
from bot.edits import Committed, Editor
from bot.follow import ChangeFollower
from bot.health import OpsServer
from bot.leader import Leadership
from bot.lookup import Lookup
from bot.metrics import COMMAND_OUTCOME, INTERNAL_ERROR, Metrics
from bot.permissions import NotAllowed
from bot.seed import ensure_seeded
from bot.store import Store, open_store
from bot.store import catalogue as catalogue_store
from bot.store import changes as changes_store
from bot.translator import CatalogueTranslator
from bot.tvmaze import process_pace

log = logging.getLogger(__name__)

# Nothing the bot sends may ping anyone unless a feature opts in for one role, explicitly.
NO_PINGS = discord.AllowedMentions.none()
Worker = Callable[[], Awaitable[None]]
# On shutdown, how long commands already running get to finish before the store closes under them.
COMMAND_DRAIN_SECONDS = 10.0
WORKER_RESTART_SECONDS = 5.0  # after a crash: long enough not to spin on an outage
WORKER_STOP_SECONDS = 5.0  # for cancelled workers to end; shutdown never waits on one for good
RETENTION_EVERY = 24 * 3600.0  # seconds between prunings of old rows


async def wait_event(event: asyncio.Event, within: float) -> bool:
    """Wait for `event` up to `within` seconds; True if it was set. Unlike 3.11's asyncio.wait_for,
    a cancel that lands as the event is set is never swallowed, so a worker always stops on close."""
    try:
        async with asyncio.timeout(within):
            await event.wait()
    except TimeoutError:
        return False
    return True


async def run_worker(name: str, worker: Worker) -> None:
    """Run a background loop until it returns or is cancelled. A worker must outlive any one bad row
    or outage: a crash is logged and the loop starts again after WORKER_RESTART_SECONDS."""
    while True:
        try:
            await worker()
            return
        except asyncio.CancelledError:
            raise
        except Exception:
            log.exception("worker %s crashed; restarting in %.0f s", name, WORKER_RESTART_SECONDS)
            await asyncio.sleep(WORKER_RESTART_SECONDS)


async def stop_workers(tasks: Iterable[asyncio.Task[None]]) -> None:
    """Cancel the workers and wait until they have ended (each waits with `wait_event` or sleeps,
    so a cancel lands); one that ignores its cancel is logged and left, never waited on for good."""
    running = [t for t in tasks if not t.done()]
    for task in running:
        task.cancel()
    if not running:
        return
    _, stuck = await asyncio.wait(running, timeout=WORKER_STOP_SECONDS)
    if stuck:
        log.error("workers did not stop: %s", ", ".join(t.get_name() for t in stuck))


def extension_names() -> list[str]:
    """Every feature in cogs/: a module or a package; `_private` ones are a feature's own parts."""
    return [f"cogs.{m.name}" for m in pkgutil.iter_modules(cogs.__path__) if not m.name.startswith("_")]


def point_at_discord(settings: Settings) -> None:
    """Aim discord.py at the configured Discord (the real one, a proxy, or the test emulator)."""
    discord.http.Route.BASE = settings.discord_api_base.rstrip("/")
    discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(settings.discord_gateway_url)


class Season2Tree(app_commands.CommandTree["Season2Bot"]):
    def add_command(
        self,
        command: app_commands.Command[Any, ..., Any] | app_commands.ContextMenu | app_commands.Group,
        /,
        *,
        guild: discord.abc.Snowflake | None = discord.utils.MISSING,
        guilds: Sequence[discord.abc.Snowflake] = discord.utils.MISSING,
        override: bool = False,
    ) -> None:
        guard(command)
        super().add_command(command, guild=guild, guilds=guilds, override=override)

    async def interaction_check(self, interaction: discord.Interaction[Season2Bot]) -> bool:
        return await admit(interaction)

    async def on_error(
        self, interaction: discord.Interaction[Season2Bot], error: app_commands.AppCommandError
    ) -> None:
        if interaction.extras.get("handled"):
            return  # a command, group or cog handler already answered
        await report_error(interaction, error)


def guard(
    command: app_commands.Command[Any, ..., Any] | app_commands.ContextMenu | app_commands.Group,
) -> None:
    """What Discord does not enforce, checked in code for every command a cog adds: a subcommand
    marked guild_only (Discord honours that only on top-level commands, so a group's subcommands
    are offered in DMs too), and a choice option holding a value outside its choices (a modified
    client can send anything; discord.py passes it on as sent)."""
    if isinstance(command, app_commands.Group):
        for child in command.commands:
            guard(child)
        return
    if not isinstance(command, app_commands.Command) or getattr(command, "_season2_guarded", False):
        return
    command._season2_guarded = True  # type: ignore[attr-defined]  # a reload re-adds the same object
    if command.guild_only and command.parent is not None:
        command.add_check(_in_a_server)
    if any(p.choices for p in command.parameters):
        command.add_check(_within_choices)


def _in_a_server(interaction: discord.Interaction[Any]) -> bool:
    if interaction.guild_id is None:
        raise app_commands.NoPrivateMessage()
    return True


def _within_choices(interaction: discord.Interaction[Any]) -> bool:
    command = interaction.command
    assert isinstance(command, app_commands.Command)
    for param in command.parameters:
        value = getattr(interaction.namespace, param.display_name, None)
        if param.choices and value is not None and value not in {c.value for c in param.choices}:
            names = ", ".join(str(c.value) for c in param.choices)
            raise NotAllowed(
                UserError(
                    "{option} must be one of: {names}. Pick one from the list.",
                    option=param.display_name,
                    names=names,
                )
            )
    return True


async def admit(interaction: discord.Interaction[Season2Bot]) -> bool:
    """The gate before any command or button that may write: refused while shutting down, noted
    otherwise (each runs in its own task) so shutdown lets it finish its writes first."""
    bot = interaction.client
    i18n.set_current(interaction.locale.value)  # replies to this interaction are in its user's language
    if bot.closing:
        try:
            if interaction.type is discord.InteractionType.autocomplete:
                await interaction.response.autocomplete([])
            else:
                await interaction.response.send_message(
                    i18n._("season2bot is restarting. Try again in a minute."),
                    ephemeral=True,
                    allowed_mentions=NO_PINGS,
                )
        except discord.HTTPException as exc:
            log.warning("could not answer an interaction during shutdown: %s", exc)
        return False
    task = asyncio.current_task()
    if task is not None:
        bot.track_command(task)
        if interaction.type is discord.InteractionType.application_command:
            bot.metrics.time_command(interaction, task)
    return True


def user_message(error: BaseException) -> str | None:
    """The one line a user sees for an error that is theirs to fix; None for our own failures."""
    if isinstance(error, app_commands.CommandInvokeError):
        error = error.original
    if isinstance(error, UserError):
        return str(error)
    if isinstance(error, app_commands.CommandOnCooldown):
        return i18n._("Slow down: try again in {seconds} s.", seconds=round(error.retry_after))
    if isinstance(error, app_commands.NoPrivateMessage):
        return i18n._("This command works in a server, not in DMs.")
    if isinstance(error, app_commands.MissingPermissions):
        missing = ", ".join(p.replace("_", " ").title() for p in error.missing_permissions)
        return i18n._("You need the {missing} permission for this.", missing=missing)
    if isinstance(error, app_commands.BotMissingPermissions):
        missing = ", ".join(p.replace("_", " ").title() for p in error.missing_permissions)
        return i18n._("I need the {missing} permission here. Ask a moderator to grant it.", missing=missing)
    if isinstance(error, app_commands.TransformerError):
        if isinstance(error.__cause__, UserError):  # the show option's own message ("No show matches…")
            return str(error.__cause__)
        return i18n._("{value} is not a valid value for that option.", value=repr(str(error.value)[:100]))
    if isinstance(error, NotAllowed):
        return str(error.reason)
    if isinstance(error, app_commands.CheckFailure):
        return i18n._("You can't use this command here.")
    return None


async def report_error(interaction: discord.Interaction[Any], error: BaseException) -> None:
    text = user_message(error)
    if text is None:
        interaction.extras[COMMAND_OUTCOME] = INTERNAL_ERROR
        error_id = secrets.token_hex(2)
        original = error.original if isinstance(error, app_commands.CommandInvokeError) else error
        command = interaction.command.qualified_name if interaction.command else interaction.type.name
        log.error(
            "error %s in %s (user %s, guild %s)",
            error_id,
            command,
            interaction.user.id,
            interaction.guild_id,
            exc_info=(type(original), original, original.__traceback__),
        )
        text = i18n._("Something broke on our side (error {error_id}). Try again.", error_id=error_id)
    await reply_error(interaction, text)


MESSAGE_MAX = 2_000  # Discord refuses longer content; an error reply must never be refused


PUBLIC_DEFER = "season2:public_defer"  # Interaction.extras key: the answer was deferred in public


async def defer_public(interaction: discord.Interaction[Any]) -> None:
    """Show "thinking…" to everyone while slow work (a TVmaze lookup) runs; an error afterwards
    still reaches the asker alone (see reply_error)."""
    if not interaction.response.is_done():
        await interaction.response.defer(thinking=True)
        interaction.extras[PUBLIC_DEFER] = True


async def respond(
    interaction: discord.Interaction[Any],
    *,
    embed: discord.Embed,
    view: discord.ui.View = discord.utils.MISSING,
    ephemeral: bool = False,
    content: str | None = None,
) -> None:
    """Send the answer, as the response or, after a deferral, as its followup. Pings nobody.
    `content`: a plain-text line beside the embed (what a notification or a screen reader says)."""
    if interaction.response.is_done():
        interaction.extras.pop(PUBLIC_DEFER, None)
        await interaction.followup.send(
            content or discord.utils.MISSING,
            embed=embed,
            view=view,
            ephemeral=ephemeral,
            allowed_mentions=NO_PINGS,
        )
    else:
        await interaction.response.send_message(
            content, embed=embed, view=view, ephemeral=ephemeral, allowed_mentions=NO_PINGS
        )


async def reply_error(interaction: discord.Interaction[Any], text: str) -> None:
    """An ephemeral one-liner, whether or not the interaction was already answered or deferred.
    Clipped to what Discord accepts; if Discord still refuses it, a short fallback is sent, so the
    user is never left with "thinking…"."""
    if len(text) > MESSAGE_MAX:
        text = text[: MESSAGE_MAX - 1] + "…"
    if interaction.extras.pop(PUBLIC_DEFER, False):
        # Deferred in public ("thinking…" for all to see): the first followup would take its place
        # and be public too. Remove it, so the error goes to the asker alone.
        try:
            await interaction.delete_original_response()
        except discord.HTTPException as exc:
            log.debug("could not remove the public thinking message: %s", exc)
    for attempt in (text, "That failed, and the reason could not be shown. Try again, or ask a curator."):
        try:
            if interaction.response.is_done():
                await interaction.followup.send(attempt, ephemeral=True, allowed_mentions=NO_PINGS)
            else:
                await interaction.response.send_message(attempt, ephemeral=True, allowed_mentions=NO_PINGS)
            return
        except discord.NotFound as exc:  # the interaction expired: nothing left to tell
            log.warning("could not deliver an error reply (interaction gone): %s", exc)
            return
        except discord.HTTPException as exc:
            log.warning("Discord refused an error reply (%s); sending the short fallback", exc)
    log.error("could not deliver any error reply for interaction %s", interaction.id)


def tree_hash(payload: list[dict[str, Any]]) -> str:
    return hashlib.sha256(json.dumps(payload, sort_keys=True, separators=(",", ":")).encode()).hexdigest()


class Season2Bot(commands.Bot):
    """`serve=False` logs in and loads the cogs only (for `sync-commands`): no sync, no workers."""

    def __init__(
        self,
        settings: Settings,
        *,
        serve: bool = True,
        guild_ready_timeout: float = 2.0,
        shards: dict[str, Any] | None = None,  # a sharded bot's shard_count and shard_ids
    ) -> None:
        # Slash commands only: no message content, no member list. Guilds gives channels and roles.
        intents = discord.Intents.none()
        intents.guilds = True
        metrics = Metrics(__version__)
        super().__init__(
            command_prefix=commands.when_mentioned,
            intents=intents,
            help_command=None,
            allowed_mentions=NO_PINGS,
            tree_cls=Season2Tree,
            owner_ids=set(settings.owner_ids) or None,
            guild_ready_timeout=guild_ready_timeout,
            http_trace=metrics.http_trace(),  # counts Discord's 429s (bot.metrics)
            **(shards or {}),
        )
        self.metrics = metrics
        self.ops: OpsServer | None = None  # /healthz and /metrics, when METRICS_PORT is set
        self.settings = settings
        self.serve = serve
        self.started_at = time.monotonic()
        self._db: Store | None = None
        self._leadership: Leadership | None = None
        self._catalogue: Catalogue | None = None
        self._editor: Editor | None = None
        self._follower: ChangeFollower | None = None
        self._workers: list[tuple[str, Worker, bool]] = []  # started together after setup
        self._tasks: set[asyncio.Task[None]] = set()  # every running worker, a cog's own too
        self._closing: asyncio.Future[None] | None = None
        self._commands: set[asyncio.Task[Any]] = set()
        self.lookup: Lookup | None = None  # TVmaze lookups of shows the catalogue lacks (None: off)
        self.tvmaze_pace = process_pace()  # every TVmaze client of this process shares it

    @property
    def leadership(self) -> Leadership:
        """Whether this process runs the background work (bot.leader)."""
        assert self._leadership is not None, "the store opens in setup_hook"
        return self._leadership

    @property
    def db(self) -> Store:
        assert self._db is not None, "the store opens in setup_hook"
        return self._db

    @property
    def catalogue(self) -> Catalogue:
        assert self._catalogue is not None, "the catalogue loads in setup_hook"
        return self._catalogue

    @property
    def editor(self) -> Editor:
        """The one write path for catalogue changes (bot.edits)."""
        assert self._editor is not None, "the editor starts in setup_hook"
        return self._editor

    @property
    def follower(self) -> ChangeFollower:
        assert self._follower is not None, "the follower starts in setup_hook"
        return self._follower

    async def reload_catalogue(self) -> None:
        """After a bulk change (an import): rebuild the search index and prediction data."""
        self._catalogue = await Catalogue.load(self.db)

    async def _refresh_show(self, show_id: int) -> None:
        await self.catalogue.refresh_show(show_id)

    async def _after_commit(self, done: Committed) -> None:
        """A change made in this process: show it at once (the follower applies it again, harmlessly,
        when it reads the change log); after a bulk change, the follower catches up now."""
        if done.everything:
            await self.follower.catch_up()
            return
        for show_id in done.show_ids:
            await self.catalogue.refresh_show(show_id)
        self._catalogue_changed(done.show_ids)

    async def _prune_changes_forever(self) -> None:
        """Once a day: change-log rows older than RETENTION_DAYS go (a bot that far behind reloads)."""
        while True:
            before = discord.utils.utcnow() - datetime.timedelta(days=self.settings.retention_days)
            removed = await changes_store.prune(self.db, before)
            if removed:
                log.info("retention: removed %d change-log rows older than %s", removed, before.date())
            await asyncio.sleep(RETENTION_EVERY)

    def _catalogue_changed(self, show_ids: tuple[int, ...]) -> None:
        """Features react through `on_catalogue_changed(show_ids)` (empty: anything may have)."""
        self.dispatch("catalogue_changed", show_ids)

    def add_worker(self, name: str, worker: Worker, *, led: bool = True) -> None:
        """A background loop started once setup is done and stopped on close. A cog whose loops
        should stop when it unloads starts them itself with `start_worker` instead."""
        self._workers.append((name, worker, led))

    def start_worker(self, name: str, worker: Worker, *, led: bool = True) -> asyncio.Task[None]:
        """Start a background loop now (restarted if it crashes), listed by `worker_running` and
        stopped on close. A cog starts its own in `cog_load`, only if `serve`, and ends them in
        `cog_unload` with `stop_workers`. `led` (the background work: alerts, schedules, syncs)
        runs only while this process leads (bot.leader); `led=False` runs in every process."""
        if self.closing:
            raise RuntimeError(f"not starting worker {name}: the bot is shutting down")
        if led:
            worker = functools.partial(self.leadership.led, name, worker)
        task = asyncio.create_task(run_worker(name, worker), name=name)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return task

    async def setup_hook(self) -> None:
        self._db = await open_store(self.settings.database_path, self.settings.database_url)
        if self.serve and self.settings.metrics_port is not None:
            # Up from the start: until the gateway is ready, /healthz says so with a 503.
            self.ops = OpsServer(self, self.settings.metrics_host, self.settings.metrics_port)
            await self.ops.start()
        self._leadership = Leadership(self._db)
        self._editor = Editor(self._db)
        seeded = await ensure_seeded(self._editor)
        if seeded is not None:
            log.info("seeded an empty store with %d shows", len(seeded.added))
        self._follower = ChangeFollower(
            self._db,
            refresh=self._refresh_show,
            reload=self.reload_catalogue,
            changed=self._catalogue_changed,
        )
        await self._follower.start_at_latest()  # before the load: what commits meanwhile is applied again
        self._catalogue = await Catalogue.load(self._db)
        self._editor.listen(self._after_commit)
        if self.settings.tvmaze_api_base is not None:
            self.lookup = Lookup.for_base(self._editor, self.settings.tvmaze_api_base, self.tvmaze_pace)
        self.add_worker("leadership", self._leadership.run, led=False)
        self.add_worker("catalogue-follow", self._follower.run, led=False)  # each process's memory
        self.add_worker("changes-retention", self._prune_changes_forever)
        self._add_owners()
        await asyncio.to_thread(i18n.CATALOGUES.load)  # not on the event loop at the first reply
        await self.tree.set_translator(CatalogueTranslator())
        for name in extension_names():
            await self.load_extension(name)
            log.info("loaded %s", name)
        if not self.serve:
            return
        await self.sync_tree(force=False)
        for name, worker, led in self._workers:
            self.start_worker(name, worker, led=led)

    def _add_owners(self) -> None:
        app = self.application
        owners = set(self.settings.owner_ids)
        if app is not None:
            if app.team is not None:
                owners |= {m.id for m in app.team.members}
            else:
                owners.add(app.owner.id)
        self.owner_id = None
        self.owner_ids = owners

    @property
    def closing(self) -> bool:
        return self._closing is not None

    def track_command(self, task: asyncio.Task[Any]) -> None:
        self._commands.add(task)
        task.add_done_callback(self._commands.discard)

    async def _drain_commands(self) -> None:
        """Let commands already running finish (their replies and writes) before the store closes."""
        running = self._commands - {asyncio.current_task()}
        if not running:
            return
        log.info("waiting up to %.0f s for %d running command(s)", COMMAND_DRAIN_SECONDS, len(running))
        _, late = await asyncio.wait(running, timeout=COMMAND_DRAIN_SECONDS)
        for task in late:
            task.cancel()
        if late:
            log.warning("cancelled %d command(s) still running at shutdown", len(late))
            await asyncio.wait(late, timeout=1)

    def worker_running(self, name: str) -> bool:
        """Whether the named background loop is alive (for `/admin status`)."""
        return any(t.get_name() == name and not t.done() for t in self._tasks)

    async def sync_tree(self, *, guild_id: int | None = None, force: bool) -> bool:
        """Push the command tree only when it changed since the last push (Discord limits syncs a day)."""
        guild = discord.Object(guild_id) if guild_id else None
        if guild is not None:
            self.tree.copy_global_to(guild=guild)
        # What tree.sync sends: with every language's names and descriptions, so a new or changed
        # translation re-syncs too.
        translator = self.tree.translator
        commands = self.tree.get_commands(guild=guild)
        payload = (
            [await c.get_translated_payload(self.tree, translator) for c in commands]
            if translator is not None
            else [c.to_dict(self.tree) for c in commands]
        )
        key = f"commands:{guild_id or 'global'}"
        digest = tree_hash(payload)
        if not force and await catalogue_store.get_meta(self.db, key) == digest:
            log.info("command tree unchanged since the last sync; not syncing")
            if guild is None:
                await self._learn_command_ids()
            return False
        synced = await self.tree.sync(guild=guild)
        await catalogue_store.set_meta(self.db, key, digest)
        log.info("synced %d commands to %s", len(synced), f"guild {guild_id}" if guild_id else "every guild")
        if guild is None:
            mentions.remember(synced)
        return True

    async def _learn_command_ids(self) -> None:
        """The global commands' ids, for command mentions in replies (bot.mentions): one request at
        start. Without them, replies name commands as `/name`."""
        try:
            mentions.remember(await self.tree.fetch_commands())
        except discord.HTTPException as exc:
            log.warning("could not fetch the commands' ids (%s); replies name commands as /name", exc)

    async def close(self) -> None:
        # close() can be called twice (a signal and `async with bot` exiting): the second waits for
        # the first, so shutdown finishes whole and the store's threads stop.
        if self._closing is None:
            self._closing = asyncio.ensure_future(self._close_once())
        await asyncio.shield(self._closing)

    async def _close_once(self) -> None:
        await self._drain_commands()
        # Every worker, a cog's too, stops before the store closes. commands.Bot.close() unloads the
        # extensions next; their cog_unload then finds their workers already stopped.
        await stop_workers(list(self._tasks))
        await super().close()
        lookup, self.lookup = self.lookup, None
        if lookup is not None:
            await lookup.close()
        ops, self.ops = self.ops, None
        if ops is not None:  # before the store closes: until then /healthz answers "shutting down"
            await ops.stop()
        db, self._db = self._db, None
        if db is not None:
            await db.close()

    def uptime(self) -> float:
        return time.monotonic() - self.started_at

    def version(self) -> str:
        return __version__


async def _start(bot: Season2Bot, token: str) -> None:
    try:
        await bot.login(token)
    except discord.LoginFailure:
        raise ConfigError(
            "DISCORD_TOKEN was refused by Discord: copy the token again from the portal."
        ) from None
    except aiohttp.ClientConnectorError as exc:
        raise UserError(
            "cannot reach Discord at {base} ({why}).", base=bot.settings.discord_api_base, why=exc.os_error
        ) from None


class ShardedSeason2Bot(Season2Bot, commands.AutoShardedBot):
    """The same bot on several gateway connections (SHARD_COUNT; SHARD_IDS: this process's share).
    discord.py's AutoShardedBot runs them; with SHARD_COUNT=auto it asks Discord's /gateway/bot
    how many, and then connects to the URL Discord names, so a DISCORD_GATEWAY_URL of our own (a
    proxy, the test emulator) is put in its place."""

    def __init__(self, settings: Settings, *, guild_ready_timeout: float = 2.0) -> None:
        shards: dict[str, Any] = {
            "shard_count": settings.shard_count or None,  # 0 (auto): as Discord recommends
            "shard_ids": list(settings.shard_ids) if settings.shard_ids is not None else None,
        }
        super().__init__(settings, guild_ready_timeout=guild_ready_timeout, shards=shards)
        if settings.discord_gateway_url != DEFAULT_GATEWAY_URL:
            asked = self.http.get_bot_gateway

            async def get_bot_gateway() -> tuple[int, str, Any]:
                count, _url, limits = await asked()
                return count, settings.discord_gateway_url, limits

            self.http.get_bot_gateway = get_bot_gateway  # type: ignore[method-assign]


def create_bot(settings: Settings, *, guild_ready_timeout: float = 2.0) -> Season2Bot:
    """A plain commands.Bot, as always; sharded only when SHARD_COUNT is set."""
    if settings.shard_count is None:
        return Season2Bot(settings, guild_ready_timeout=guild_ready_timeout)
    return ShardedSeason2Bot(settings, guild_ready_timeout=guild_ready_timeout)


async def run_bot(settings: Settings) -> int:
    point_at_discord(settings)
    bot = create_bot(settings)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, functools.partial(_on_signal, stop, sig))
    async with bot:
        await _start(bot, settings.require_token())
        connection = asyncio.create_task(bot.connect(reconnect=True))
        stopping = asyncio.create_task(stop.wait())
        await asyncio.wait({connection, stopping}, return_when=asyncio.FIRST_COMPLETED)
        stopping.cancel()
        await bot.close()
        await connection  # returns once closed; raises what ended it otherwise
    log.info("stopped")
    return 0


def _on_signal(stop: asyncio.Event, sig: signal.Signals) -> None:
    log.info("%s received: shutting down", sig.name)
    stop.set()


async def sync_commands(settings: Settings, *, guild_id: int | None) -> int:
    point_at_discord(settings)
    bot = Season2Bot(settings, serve=False)  # no gateway: one plain client whatever the shards
    async with bot:
        await _start(bot, settings.require_token())
        await bot.sync_tree(guild_id=guild_id, force=True)
    target = f"guild {guild_id}" if guild_id else "every guild (may take up to an hour to show)"
    print(f"Synced {len(bot.tree.get_commands())} commands to {target}.")
    return 0
