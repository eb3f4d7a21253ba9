from pathlib import Path

import pytest

from bot import config
from bot.config import ConfigError, from_mapping


def test_defaults_match_the_spec(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    s = from_mapping({})
    assert s.database_path == Path("data/season2.db")
    assert s.discord_api_base == "https://discord.com/api/v10"
    assert s.discord_gateway_url == "wss://gateway.discord.gg/"
    assert s.owner_ids == frozenset() and s.home_guild_id is None and s.curator_role_id is None
    assert s.log_level == "INFO" and s.discord_token is None
    assert s.metrics_port is None and s.log_format == "text"  # no HTTP endpoint, today's log lines


def test_values_are_parsed(tmp_path: Path) -> None:
    s = from_mapping(
        {
            "DATABASE_PATH": str(tmp_path / "new" / "folder" / "x.db"),
            "OWNER_IDS": " 123, 456 ,",
            "HOME_GUILD_ID": "789",
            "CURATOR_ROLE_ID": "1011",
            "LOG_LEVEL": "debug",
            "DISCORD_API_BASE": "http://127.0.0.1:5000/api/v10",
            "DISCORD_GATEWAY_URL": "ws://127.0.0.1:5000/",
            "RETENTION_DAYS": "30",
            "TVMAZE_API_BASE": "http://127.0.0.1:5001/",
        }
    )
    assert s.owner_ids == {123, 456} and s.home_guild_id == 789 and s.curator_role_id == 1011
    assert s.log_level == "DEBUG"
    assert s.retention_days == 30
    assert s.tvmaze_api_base == "http://127.0.0.1:5001"
    assert from_mapping({}).tvmaze_api_base == "https://api.tvmaze.com"
    assert from_mapping({"TVMAZE_API_BASE": ""}).tvmaze_api_base is None  # empty turns TVmaze off
    assert (tmp_path / "new" / "folder").is_dir()  # the folder is created for the database


@pytest.mark.parametrize(
    ("env", "named"),
    [
        ({"OWNER_IDS": "12,abc"}, "OWNER_IDS"),
        ({"HOME_GUILD_ID": "-5"}, "HOME_GUILD_ID"),
        ({"CURATOR_ROLE_ID": "1.5"}, "CURATOR_ROLE_ID"),
        ({"LOG_LEVEL": "LOUD"}, "LOG_LEVEL"),
        ({"DISCORD_API_BASE": "discord.com"}, "DISCORD_API_BASE"),
        ({"DISCORD_GATEWAY_URL": "https://gateway"}, "DISCORD_GATEWAY_URL"),
        ({"DATABASE_PATH": "/proc/no/such/place.db"}, "DATABASE_PATH"),
        ({"RETENTION_DAYS": "0"}, "RETENTION_DAYS"),
        ({"RETENTION_DAYS": "ninety"}, "RETENTION_DAYS"),
        ({"TVMAZE_API_BASE": "api.tvmaze.com"}, "TVMAZE_API_BASE"),
        ({"METRICS_PORT": "http"}, "METRICS_PORT"),
        ({"DATABASE_URL": "sqlite:///x.db"}, "DATABASE_URL"),
        ({"SHARD_COUNT": "0"}, "SHARD_COUNT"),
        ({"SHARD_COUNT": "two"}, "SHARD_COUNT"),
        ({"SHARD_IDS": "0"}, "SHARD_IDS needs SHARD_COUNT"),
        ({"SHARD_COUNT": "2", "SHARD_IDS": "2"}, "SHARD_IDS"),
        ({"SHARD_COUNT": "2", "SHARD_IDS": "0,0"}, "SHARD_IDS"),
        ({"SHARD_COUNT": "auto", "SHARD_IDS": "0"}, "not auto"),
        ({"DATABASE_URL": "localhost:5432"}, "DATABASE_URL"),
        ({"METRICS_PORT": "0"}, "METRICS_PORT"),
        ({"METRICS_PORT": "65536"}, "METRICS_PORT"),
        ({"METRICS_PORT": "-1"}, "METRICS_PORT"),
        ({"METRICS_HOST": "localhost"}, "METRICS_HOST"),
        ({"METRICS_HOST": "0.0.0.0:8080"}, "METRICS_HOST"),
        ({"LOG_FORMAT": "xml"}, "LOG_FORMAT"),
    ],
)
def test_bad_values_name_the_variable(env: dict[str, str], named: str) -> None:
    with pytest.raises(ConfigError) as err:
        from_mapping(env)
    assert named in str(err.value) and "\n" not in str(err.value)


def test_shards_unset_keep_one_connection_and_set_say_which() -> None:
    assert (from_mapping({}).shard_count, from_mapping({}).shard_ids) == (None, None)
    assert from_mapping({"SHARD_COUNT": "auto"}).shard_count == 0
    split = from_mapping({"SHARD_COUNT": "4", "SHARD_IDS": " 3, 1 "})
    assert (split.shard_count, split.shard_ids) == (4, (1, 3))


def test_database_url_chooses_postgresql_and_empty_keeps_sqlite() -> None:
    assert from_mapping({"DATABASE_URL": " postgresql://bot:pw@db:5432/season2 "}).database_url == (
        "postgresql://bot:pw@db:5432/season2"
    )
    assert from_mapping({"DATABASE_URL": ""}).database_url is None and from_mapping({}).database_url is None


def test_metrics_port_host_and_log_format_are_parsed() -> None:
    s = from_mapping({"METRICS_PORT": " 8080 ", "METRICS_HOST": "127.0.0.1", "LOG_FORMAT": "JSON"})
    assert s.metrics_port == 8080 and s.metrics_host == "127.0.0.1" and s.log_format == "json"
    assert from_mapping({"METRICS_PORT": ""}).metrics_port is None  # empty is unset: no endpoint
    assert from_mapping({}).metrics_host == "0.0.0.0"  # every interface, as a container needs
    assert from_mapping({"METRICS_HOST": "::"}).metrics_host == "::"
    assert from_mapping({"LOG_FORMAT": "text"}).log_format == "text"


def test_bad_log_format_and_metrics_port_say_what_is_accepted() -> None:
    with pytest.raises(ConfigError) as err:
        from_mapping({"LOG_FORMAT": "xml"})
    assert str(err.value) == "LOG_FORMAT must be text or json, got 'xml'."
    with pytest.raises(ConfigError) as err:
        from_mapping({"METRICS_PORT": "99999"})
    assert str(err.value) == "METRICS_PORT must be a whole number from 1 to 65535, got '99999'."


def test_database_path_that_is_a_directory(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"DATABASE_PATH .* is a directory"):
        from_mapping({"DATABASE_PATH": str(tmp_path)})


def test_environment_wins_over_dotenv(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    env_file = tmp_path / ".env"
    env_file.write_text(f"LOG_LEVEL=DEBUG\nHOME_GUILD_ID=1\nDATABASE_PATH={tmp_path / 'a.db'}\n")
    monkeypatch.setenv("HOME_GUILD_ID", "2")
    monkeypatch.delenv("LOG_LEVEL", raising=False)
    monkeypatch.delenv("DATABASE_PATH", raising=False)
    s = config.load(env_file)
    assert s.home_guild_id == 2  # environment
    assert s.log_level == "DEBUG"  # .env fills the gap
    assert s.database_path == tmp_path / "a.db"


def test_token_required_only_when_asked() -> None:
    s = from_mapping({})
    with pytest.raises(ConfigError, match="DISCORD_TOKEN"):
        s.require_token()
    assert from_mapping({"DISCORD_TOKEN": "abc"}).require_token() == "abc"


def test_example_file_lists_every_setting() -> None:
    text = (Path(__file__).resolve().parent.parent / ".env.example").read_text()
    for name in (
        "DISCORD_TOKEN",
        "DATABASE_PATH",
        "DISCORD_API_BASE",
        "DISCORD_GATEWAY_URL",
        "OWNER_IDS",
        "HOME_GUILD_ID",
        "CURATOR_ROLE_ID",
        "LOG_LEVEL",
        "RETENTION_DAYS",
        "TVMAZE_API_BASE",
        "METRICS_PORT",
        "METRICS_HOST",
        "LOG_FORMAT",
        "DATABASE_URL",
        "SHARD_COUNT",
        "SHARD_IDS",
    ):
        assert f"\n{name}=" in text


def test_repr_and_str_never_show_the_token() -> None:
    token = "MTIzNDU2Nzg5.secret-token-value"
    s = from_mapping({"DISCORD_TOKEN": token})
    assert s.require_token() == token
    for shown in (repr(s), str(s), f"{s}", f"{s!r}", repr([s])):
        assert token not in shown and "secret" not in shown
    assert "database_path" in repr(s)  # still useful in a log line
    with_url = from_mapping({"DATABASE_URL": "postgresql://bot:hunter2@db/season2"})
    assert "hunter2" not in repr(with_url) and "hunter2" not in str(with_url)
