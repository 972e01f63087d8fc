"""Typed configuration: a TOML file plus ``NEWSDIGEST_<SECTION>_<KEY>`` environment overrides.

Nothing here reads the environment at import time: :func:`load_config` is called by the CLI with
the path and the environment it was given, and the resulting :class:`Config` is passed down.
"""

from __future__ import annotations

import dataclasses
import re
import tomllib
import typing
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

ENV_PREFIX = "NEWSDIGEST_"
DEFAULT_BASE_URL = "https://api.telegram.org/bot"
_TIME_RE = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")
# The URL schemes whose drivers are installed (digests.store.db.normalise_url picks the async
# one for the plain names); anything else would only fail later, inside SQLAlchemy.
DATABASE_SCHEMES = frozenset({
    "sqlite", "sqlite+aiosqlite", "sqlite+pysqlite",
    "postgresql", "postgres", "postgresql+asyncpg", "postgresql+psycopg2",
})


class ConfigError(Exception):
    """A configuration problem, worded for the person who wrote the config (one line)."""


@dataclass(frozen=True)
class TelegramConfig:
    token: str = ""
    base_url: str = DEFAULT_BASE_URL
    base_file_url: str = "https://api.telegram.org/file/bot"
    mode: str = "polling"  # "polling" or "webhook"
    webhook_url: str = ""
    webhook_secret: str = ""
    webhook_listen: str = "127.0.0.1"
    webhook_port: int = 8443
    poll_timeout: int = 30

    def __post_init__(self) -> None:
        # A token read from a secrets file or an environment variable often ends in a newline.
        object.__setattr__(self, "token", self.token.strip())


@dataclass(frozen=True)
class DatabaseConfig:
    url: str = "sqlite+aiosqlite:///newsdigest.sqlite3"
    echo: bool = False


@dataclass(frozen=True)
class AdminConfig:
    user_ids: list[int] = field(default_factory=list)


@dataclass(frozen=True)
class ScheduleConfig:
    default_times: list[str] = field(default_factory=lambda: ["08:00"])
    default_timezone: str = "UTC"
    grace_minutes: int = 60
    tick_seconds: int = 30


@dataclass(frozen=True)
class DigestConfig:
    size: int = 5
    max_size: int = 10
    key_points: int = 3
    max_age_hours: int = 48


@dataclass(frozen=True)
class FetchConfig:
    timeout_seconds: float = 15.0
    max_bytes: int = 5_000_000
    max_redirects: int = 5
    user_agent: str = "newsdigest/0.1 (+https://github.com/newsdigest/newsdigest)"
    allow_private_addresses: bool = False


@dataclass(frozen=True)
class FeedsConfig:
    poll_minutes: int = 15
    max_backoff_minutes: int = 720
    poll_concurrency: int = 8
    # How often a running bot looks for feeds that are due (0: the bot does not poll; run
    # `newsdigest poll` from cron or another process instead).
    check_seconds: int = 60
    # A feed entry's page that fails for a reason that passes (429, 5xx, a timeout) is fetched
    # again at later polls, at most this many times in all and for at most this many hours;
    # then the feed's own text is stored, so the story is late rather than lost or thin for good.
    page_attempts: int = 8
    page_retry_hours: int = 6


@dataclass(frozen=True)
class DeliveryConfig:
    messages_per_second: float = 30.0
    per_chat_seconds: float = 1.0
    group_messages_per_minute: int = 20
    # With the back-off doubling from backoff_seconds up to 10 minutes, 40 tries outlast about
    # five hours of Telegram or network outage: a digest due meanwhile is late, not lost.
    max_attempts: int = 40
    claim_batch: int = 50
    claim_timeout_seconds: int = 300
    workers: int = 8
    backoff_seconds: float = 2.0
    send_timeout_seconds: float = 15.0


@dataclass(frozen=True)
class LoggingConfig:
    level: str = "INFO"


@dataclass(frozen=True)
class Config:
    telegram: TelegramConfig = field(default_factory=TelegramConfig)
    database: DatabaseConfig = field(default_factory=DatabaseConfig)
    admin: AdminConfig = field(default_factory=AdminConfig)
    schedule: ScheduleConfig = field(default_factory=ScheduleConfig)
    digest: DigestConfig = field(default_factory=DigestConfig)
    fetch: FetchConfig = field(default_factory=FetchConfig)
    feeds: FeedsConfig = field(default_factory=FeedsConfig)
    delivery: DeliveryConfig = field(default_factory=DeliveryConfig)
    logging: LoggingConfig = field(default_factory=LoggingConfig)
    source: str = "defaults"  # where the settings came from, for messages
    # "[section] key" of every setting an environment variable gave, so that a message about it
    # names that variable rather than a file that does not hold the value.
    from_env: frozenset[str] = frozenset()

    def source_of(self, where: str) -> str:
        """Where the setting ``where`` ("[database] url") was given, for the head of a message."""
        if where in self.from_env:
            section, key = where.strip("[").split("] ")
            return f"environment variable {env_name(section, key)}"
        return self.source

    def require_token(self) -> str:
        if not self.telegram.token:
            raise ConfigError(
                f"{self.source}: [telegram] token is not set; put your bot token there "
                "or in NEWSDIGEST_TELEGRAM_TOKEN (get one from @BotFather)"
            )
        return self.telegram.token


def env_name(section: str, key: str) -> str:
    """The variable that overrides ``[section] key``: NEWSDIGEST_<SECTION>_<KEY>."""
    return f"{ENV_PREFIX}{section.upper()}_{key.upper()}"


def load_config(path: str | Path | None = None, environ: Mapping[str, str] | None = None) -> Config:
    """Read ``path`` (if given), apply environment overrides, validate, and return a Config."""
    environ = environ if environ is not None else {}
    raw: dict[str, Any] = {}
    source = "defaults"
    if path is not None:
        source = str(path)
        try:
            raw = tomllib.loads(Path(path).read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise ConfigError(f"{source}: config file not found") from None
        except (OSError, UnicodeDecodeError) as exc:
            raise ConfigError(f"{source}: cannot read config file ({exc})") from None
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(f"{source}: not valid TOML ({exc})") from None
    sections: dict[str, Any] = {}
    top_fields = {f.name: f for f in dataclasses.fields(Config)
                  if f.name not in {"source", "from_env"}}
    for name, value in raw.items():
        if name not in top_fields:
            raise ConfigError(f"{source}: unknown section [{name}]; known: {', '.join(top_fields)}")
        if not isinstance(value, dict):
            raise ConfigError(f"{source}: [{name}] must be a table")
        sections[name] = _build_section(name, top_fields[name].type, value, source, environ)
    for name, f in top_fields.items():
        if name not in sections:
            sections[name] = _build_section(name, f.type, {}, source, environ)
    _refuse_unknown_variables(environ, top_fields)
    from_env = frozenset(f"[{name}] {key.name}" for name, f in top_fields.items()
                         for key in dataclasses.fields(_section_class(f.type))
                         if env_name(name, key.name) in environ)
    config = Config(**sections, source=source, from_env=from_env)
    _validate(config)
    return config


def _refuse_unknown_variables(
    environ: Mapping[str, str], sections: Mapping[str, dataclasses.Field[Any]]
) -> None:
    """NEWSDIGEST_TELEGRAM_TOKN would be ignored, and the bot run without its token: a variable
    that names a section but no key in it is refused, as an unknown key in the file is.
    (Variables outside every section, such as NEWSDIGEST_CONFIG, are not settings.)"""
    for variable in sorted(environ):
        for name, f in sections.items():
            if not variable.startswith(env_name(name, "")):
                continue
            known = sorted(key.name for key in dataclasses.fields(_section_class(f.type)))
            if variable not in {env_name(name, key) for key in known}:
                raise ConfigError(
                    f"environment variable {variable} names no setting of [{name}]; its "
                    f"keys: {', '.join(known)}"
                )


def _section_class(type_: Any) -> type:
    if isinstance(type_, str):
        resolved = globals()[type_]
        assert isinstance(resolved, type)
        return resolved
    assert isinstance(type_, type)
    return type_


def _build_section(
    name: str, type_: Any, values: dict[str, Any], source: str, environ: Mapping[str, str]
) -> Any:
    cls = _section_class(type_)
    hints = typing.get_type_hints(cls)
    known = {f.name for f in dataclasses.fields(cls)}
    kwargs: dict[str, Any] = {}
    for key, value in values.items():
        if key not in known:
            raise ConfigError(
                f"{source}: unknown key [{name}] {key}; known keys: {', '.join(sorted(known))}"
            )
        kwargs[key] = _coerce(value, hints[key], f"[{name}] {key}", source)
    for key in known:
        variable = env_name(name, key)
        if variable in environ:
            kwargs[key] = _from_env(environ[variable], hints[key], variable)
    return cls(**kwargs)


def _coerce(value: Any, hint: Any, where: str, source: str) -> Any:
    origin = typing.get_origin(hint)
    if origin is list:
        (item,) = typing.get_args(hint)
        if not isinstance(value, list):
            raise ConfigError(f"{source}: {where} must be a list, got {_kind(value)}")
        return [_coerce(v, item, where, source) for v in value]
    if hint is bool:
        if not isinstance(value, bool):
            raise ConfigError(f"{source}: {where} must be true or false, got {_kind(value)}")
        return value
    if hint is int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise ConfigError(f"{source}: {where} must be an integer, got {_kind(value)}")
        return value
    if hint is float:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise ConfigError(f"{source}: {where} must be a number, got {_kind(value)}")
        return float(value)
    if hint is str:
        if not isinstance(value, str):
            raise ConfigError(f"{source}: {where} must be a string, got {_kind(value)}")
        return value
    raise ConfigError(f"{source}: {where} has an unsupported type")  # pragma: no cover


def _from_env(text: str, hint: Any, env_name: str) -> Any:
    where = f"environment variable {env_name}"
    if typing.get_origin(hint) is list:
        (item,) = typing.get_args(hint)
        parts = [p.strip() for p in text.split(",") if p.strip()]
        return [_from_env(p, item, env_name) for p in parts]
    if hint is bool:
        lowered = text.strip().lower()
        if lowered in {"1", "true", "yes", "on"}:
            return True
        if lowered in {"0", "false", "no", "off", ""}:
            return False
        raise ConfigError(f"{where}: expected true or false, got {text!r}")
    if hint is int:
        try:
            return int(text.strip())
        except ValueError:
            raise ConfigError(f"{where}: expected an integer, got {text!r}") from None
    if hint is float:
        try:
            return float(text.strip())
        except ValueError:
            raise ConfigError(f"{where}: expected a number, got {text!r}") from None
    return text


def _kind(value: Any) -> str:
    return {bool: "a boolean", int: "an integer", float: "a number", str: "a string",
            list: "a list", dict: "a table"}.get(type(value), type(value).__name__)


def _validate(config: Config) -> None:
    def at(where: str) -> str:
        """'config.toml: [digest] size', or the environment variable that gave it."""
        return f"{config.source_of(where)}: {where}"

    tz = config.schedule.default_timezone
    try:
        ZoneInfo(tz)
    except (ZoneInfoNotFoundError, ValueError):
        raise ConfigError(
            f"{at('[schedule] default_timezone')} {tz!r} is not an IANA time zone "
            "(try Europe/Berlin or UTC)"
        ) from None
    for t in config.schedule.default_times:
        if not _TIME_RE.match(t):
            raise ConfigError(f"{at('[schedule] default_times')} has {t!r}; use HH:MM, e.g. 08:00")
    if config.telegram.mode not in {"polling", "webhook"}:
        raise ConfigError(f"{at('[telegram] mode')} must be 'polling' or 'webhook'")
    if not config.telegram.base_url.startswith(("http://", "https://")):
        raise ConfigError(f"{at('[telegram] base_url')} must start with http:// or https://")
    if not config.database.url or "://" not in config.database.url:
        raise ConfigError(f"{at('[database] url')} must be a URL like sqlite+aiosqlite:///file.db")
    scheme = config.database.url.split("://", 1)[0].lower()
    if scheme not in DATABASE_SCHEMES:
        raise ConfigError(
            f"{at('[database] url')} scheme {scheme!r} is not supported; use "
            "sqlite:///FILE or postgresql://USER:PASSWORD@HOST/DATABASE"
        )
    if any(c.isspace() or not c.isprintable() for c in config.telegram.token):
        # Never quote the token (white space around it is already stripped).
        raise ConfigError(f"{at('[telegram] token')} contains white space or control characters")
    positive = {
        "[digest] size": config.digest.size,
        "[digest] key_points": config.digest.key_points,
        "[fetch] max_bytes": config.fetch.max_bytes,
        "[delivery] messages_per_second": config.delivery.messages_per_second,
        "[schedule] tick_seconds": config.schedule.tick_seconds,
        "[feeds] poll_minutes": config.feeds.poll_minutes,
        "[delivery] workers": config.delivery.workers,
        "[delivery] send_timeout_seconds": config.delivery.send_timeout_seconds,
        # 0 would hang every feed poll, never claim a digest, or let a digest still being sent
        # be claimed (and sent) again.
        "[feeds] poll_concurrency": config.feeds.poll_concurrency,
        "[delivery] claim_batch": config.delivery.claim_batch,
        "[delivery] claim_timeout_seconds": config.delivery.claim_timeout_seconds,
        "[delivery] max_attempts": config.delivery.max_attempts,  # 0 would fail every digest
        "[digest] max_age_hours": config.digest.max_age_hours,
        "[fetch] timeout_seconds": config.fetch.timeout_seconds,
        "[feeds] max_backoff_minutes": config.feeds.max_backoff_minutes,
        "[feeds] page_attempts": config.feeds.page_attempts,
        "[feeds] page_retry_hours": config.feeds.page_retry_hours,
        "[delivery] group_messages_per_minute": config.delivery.group_messages_per_minute,
    }
    for where, value in positive.items():
        if value <= 0:
            raise ConfigError(f"{at(where)} must be greater than 0")
    not_negative = {
        "[feeds] check_seconds": config.feeds.check_seconds,
        "[schedule] grace_minutes": config.schedule.grace_minutes,
        "[telegram] poll_timeout": config.telegram.poll_timeout,
        "[delivery] per_chat_seconds": config.delivery.per_chat_seconds,
        "[delivery] backoff_seconds": config.delivery.backoff_seconds,
        "[fetch] max_redirects": config.fetch.max_redirects,
    }
    for where, value in not_negative.items():
        if value < 0:
            raise ConfigError(f"{at(where)} must be 0 or more")
    if not 1 <= config.telegram.webhook_port <= 65535:
        raise ConfigError(f"{at('[telegram] webhook_port')} must be a port number, 1 to 65535")
    if config.digest.size > config.digest.max_size:
        raise ConfigError(f"{at('[digest] size')} must not exceed [digest] max_size")
    if config.logging.level.upper() not in {"DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"}:
        raise ConfigError(f"{at('[logging] level')} must be DEBUG, INFO, WARNING or ERROR")


def replace_section(config: Config, **sections: Any) -> Config:
    """A copy of ``config`` with whole sections swapped (tests and the demo use this)."""
    return dataclasses.replace(config, **sections)


__all__ = [
    "AdminConfig", "Config", "ConfigError", "DatabaseConfig", "DeliveryConfig", "DigestConfig",
    "FeedsConfig", "FetchConfig", "LoggingConfig", "ScheduleConfig", "TelegramConfig",
    "env_name", "load_config", "replace_section",
]
