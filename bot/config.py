"""Settings from the environment (and `.env`), validated once at start-up."""

from __future__ import annotations

import ipaddress
import logging
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from dotenv import dotenv_values

from bot.domain.errors import ConfigError as ConfigError  # re-exported

DEFAULT_API_BASE = "https://discord.com/api/v10"
DEFAULT_GATEWAY_URL = "wss://gateway.discord.gg/"
DEFAULT_TVMAZE_API_BASE = "https://api.tvmaze.com"
SWITCH = {
    "on": True,
    "off": False,
    "true": True,
    "false": False,
    "1": True,
    "0": False,
    "yes": True,
    "no": False,
}
LOG_LEVELS = ("CRITICAL", "ERROR", "WARNING", "INFO", "DEBUG")
LOG_FORMATS = ("text", "json")
# Every interface: in a container the port is published or scraped from outside it. The endpoint
# is off unless METRICS_PORT is set and shows no secrets; 127.0.0.1 keeps it to this host.
DEFAULT_METRICS_HOST = "0.0.0.0"


@dataclass(frozen=True, slots=True)
class Settings:
    database_path: Path = Path("data/season2.db")
    # postgresql://…: the store is PostgreSQL (DATABASE_PATH unused). Holds a password: not in repr.
    database_url: str | None = field(default=None, repr=False)
    discord_token: str | None = field(default=None, repr=False)  # never in a log line or traceback
    discord_api_base: str = DEFAULT_API_BASE
    discord_gateway_url: str = DEFAULT_GATEWAY_URL
    owner_ids: frozenset[int] = field(default_factory=frozenset)
    home_guild_id: int | None = None
    curator_role_id: int | None = None
    log_level: str = "INFO"
    retention_days: int = 90  # sent alerts and change-log rows older than this are deleted
    tvmaze_api_base: str | None = DEFAULT_TVMAZE_API_BASE  # None: TVmaze off
    radar_bundled_feeds: bool = True  # the radar polls data/feeds.json's feeds (curators' feeds always)
    # Sharding (Discord requires it past 2,500 servers): None = one plain connection, as always.
    shard_count: int | None = None  # how many shards the bot has in all; 0 = as Discord recommends
    shard_ids: tuple[int, ...] | None = None  # the ones this process runs (None: all of them)
    metrics_port: int | None = None  # None: no HTTP endpoint for /healthz and /metrics
    metrics_host: str = DEFAULT_METRICS_HOST
    log_format: str = "text"  # or "json": one JSON object a line

    def require_token(self) -> str:
        if not self.discord_token:
            raise ConfigError(
                "DISCORD_TOKEN is not set: put your bot token in .env (see .env.example) or the environment."
            )
        return self.discord_token


def _snowflake(name: str, raw: str) -> int:
    raw = raw.strip()
    if not raw.isdigit() or not 0 < int(raw) < 2**64:
        raise ConfigError(f"{name} must be a Discord id (digits only), got {raw!r}.")
    return int(raw)


def _whole_number(name: str, raw: str, low: int, high: int) -> int:
    raw = raw.strip()
    if not raw.isdigit() or not low <= int(raw) <= high:
        raise ConfigError(f"{name} must be a whole number from {low} to {high}, got {raw[:20]!r}.")
    return int(raw)


def _url(name: str, raw: str, schemes: tuple[str, ...]) -> str:
    raw = raw.strip()
    if not raw.startswith(tuple(f"{s}://" for s in schemes)) or len(raw) <= len("https://"):
        raise ConfigError(f"{name} must be a URL starting with {' or '.join(s + '://' for s in schemes)}.")
    return raw


def _listen_address(name: str, raw: str) -> str:
    raw = raw.strip()
    try:
        ipaddress.ip_address(raw)
    except ValueError:
        raise ConfigError(
            f"{name} must be an IP address to listen on, such as 0.0.0.0 (every interface) or"
            f" 127.0.0.1 (this host only), got {raw[:40]!r}."
        ) from None
    return raw


def postgresql_url(name: str, raw: str) -> str:
    """A PostgreSQL connection URL (DATABASE_URL, or migrate-store's --to)."""
    return _url(name, raw, ("postgresql", "postgres"))


MAX_SHARDS = 16_384


def _shards(count_raw: str, ids_raw: str) -> tuple[int | None, tuple[int, ...] | None]:
    """SHARD_COUNT (a whole number, or auto: as Discord's /gateway/bot recommends) and SHARD_IDS
    (comma-separated, each below the count: this process's share)."""
    count_raw, ids_raw = count_raw.strip().lower(), ids_raw.strip()
    if not count_raw:
        if ids_raw:
            raise ConfigError("SHARD_IDS needs SHARD_COUNT: set how many shards the bot has in all.")
        return None, None
    count = 0 if count_raw == "auto" else _whole_number("SHARD_COUNT", count_raw, 1, MAX_SHARDS)
    if not ids_raw:
        return count, None
    if count == 0:
        raise ConfigError("SHARD_IDS needs a SHARD_COUNT number, not auto: the ids depend on the count.")
    parts = [p.strip() for p in ids_raw.split(",")]
    if not all(p.isdigit() and int(p) < count for p in parts) or len(set(parts)) != len(parts):
        raise ConfigError(
            f"SHARD_IDS must be different whole numbers from 0 to {count - 1}, comma-separated,"
            f" got {ids_raw[:40]!r}."
        )
    return count, tuple(sorted(int(p) for p in parts))


def _database_path(raw: str) -> Path:
    path = Path(raw.strip()).expanduser()
    if not raw.strip():
        raise ConfigError("DATABASE_PATH is empty: set it to a file path such as data/season2.db.")
    if path.is_dir():
        raise ConfigError(f"DATABASE_PATH {str(path)!r} is a directory: point it at a file inside it.")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ConfigError(
            f"DATABASE_PATH folder {str(path.parent)!r} cannot be created ({exc.strerror}): "
            "choose a writable location."
        ) from None
    if not os.access(path.parent, os.W_OK):
        raise ConfigError(f"DATABASE_PATH folder {str(path.parent)!r} is not writable: choose another.")
    return path


def from_mapping(env: Mapping[str, str]) -> Settings:
    """Build settings from a mapping of variable names; raise ConfigError on the first bad value."""

    def get(name: str) -> str | None:
        value = env.get(name)
        return value if value is not None and value.strip() != "" else None

    level = (get("LOG_LEVEL") or "INFO").strip().upper()
    if level not in LOG_LEVELS:
        raise ConfigError(f"LOG_LEVEL must be one of {', '.join(LOG_LEVELS)}, got {level!r}.")
    owners_raw = get("OWNER_IDS")
    owners = frozenset(
        _snowflake("OWNER_IDS", part) for part in (owners_raw or "").split(",") if part.strip()
    )
    tvmaze = env.get("TVMAZE_API_BASE")
    if tvmaze is None:  # unset: the real TVmaze; set but empty: off
        tvmaze = DEFAULT_TVMAZE_API_BASE
    retention = _whole_number("RETENTION_DAYS", get("RETENTION_DAYS") or "90", 1, 3650)
    bundled = (get("RADAR_BUNDLED_FEEDS") or "on").strip().lower()
    if bundled not in SWITCH:
        raise ConfigError(f"RADAR_BUNDLED_FEEDS must be on or off, got {bundled!r}.")
    home = get("HOME_GUILD_ID")
    role = get("CURATOR_ROLE_ID")
    port = get("METRICS_PORT")
    shard_count, shard_ids = _shards(get("SHARD_COUNT") or "", get("SHARD_IDS") or "")
    url = get("DATABASE_URL") or ""
    log_format = (get("LOG_FORMAT") or "text").strip().lower()
    if log_format not in LOG_FORMATS:
        raise ConfigError(f"LOG_FORMAT must be text or json, got {log_format[:20]!r}.")
    return Settings(
        database_path=_database_path(env.get("DATABASE_PATH", "data/season2.db")),
        database_url=postgresql_url("DATABASE_URL", url) if url.strip() else None,
        discord_token=(get("DISCORD_TOKEN") or "").strip() or None,
        discord_api_base=_url(
            "DISCORD_API_BASE", get("DISCORD_API_BASE") or DEFAULT_API_BASE, ("https", "http")
        ),
        discord_gateway_url=_url(
            "DISCORD_GATEWAY_URL", get("DISCORD_GATEWAY_URL") or DEFAULT_GATEWAY_URL, ("wss", "ws")
        ),
        owner_ids=owners,
        home_guild_id=_snowflake("HOME_GUILD_ID", home) if home else None,
        curator_role_id=_snowflake("CURATOR_ROLE_ID", role) if role else None,
        log_level=level,
        retention_days=retention,
        tvmaze_api_base=_url("TVMAZE_API_BASE", tvmaze, ("https", "http")).rstrip("/")
        if tvmaze.strip()
        else None,
        radar_bundled_feeds=SWITCH[bundled],
        shard_count=shard_count,
        shard_ids=shard_ids,
        metrics_port=_whole_number("METRICS_PORT", port, 1, 65535) if port else None,
        metrics_host=_listen_address("METRICS_HOST", get("METRICS_HOST") or DEFAULT_METRICS_HOST),
        log_format=log_format,
    )


def load(dotenv_path: str | Path = ".env") -> Settings:
    """The environment wins over `.env`, which only fills what the environment leaves unset."""
    merged: dict[str, str] = {k: v for k, v in dotenv_values(dotenv_path).items() if v is not None}
    merged.update(os.environ)
    return from_mapping(merged)


def log_level_number(settings: Settings) -> int:
    return logging.getLevelNamesMapping()[settings.log_level]
