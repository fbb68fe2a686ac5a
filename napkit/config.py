"""Every setting napkit reads from the environment, parsed strictly, documented here.

``docs/configuration.md`` is generated from ``VARIABLES`` (a test fails when it is
stale), so this list is the one place a setting is declared and explained.
A value that cannot be parsed stops the program with a message naming the variable.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urlsplit

import platformdirs


class ConfigError(Exception):
    """A setting has a value napkit cannot use; the message says which and why."""


@dataclass(frozen=True)
class Variable:
    name: str
    kind: str
    default: str
    description: str


VARIABLES: tuple[Variable, ...] = (
    Variable(
        "NAPKIT_DATA_DIR",
        "path",
        "the per-user data directory (see below)",
        "Where napkit keeps its SQLite database, its generated secret key and uploaded files. "
        "Defaults to the platform's per-user data directory: `~/.local/share/napkit` on Linux, "
        "`~/Library/Application Support/napkit` on macOS, `%LOCALAPPDATA%\\napkit` on Windows.",
    ),
    Variable(
        "DATABASE_URL",
        "url",
        "`sqlite:///<NAPKIT_DATA_DIR>/napkit.sqlite3`",
        "The database. `sqlite:///relative/or/absolute/path.sqlite3` (four slashes for an "
        "absolute path) or `postgres://user:password@host:port/name`. SQLite runs in WAL mode "
        "so readers never wait for a writer.",
    ),
    Variable(
        "NAPKIT_SECRET_KEY",
        "str",
        "generated once and kept in `<NAPKIT_DATA_DIR>/secret_key`",
        "Signs sessions and tokens. Set it on servers (at least 50 random characters); on a "
        "personal machine the generated one is fine.",
    ),
    Variable(
        "NAPKIT_DEBUG",
        "bool",
        "`false`",
        "`true` shows detailed error pages. Never on a server.",
    ),
    Variable(
        "NAPKIT_ALLOWED_HOSTS",
        "list",
        "`localhost,127.0.0.1,[::1]`",
        "Comma-separated host names the server answers to.",
    ),
    Variable(
        "NAPKIT_HTTPS",
        "bool",
        "`false`",
        "`true` when the site is served over HTTPS (behind a TLS-terminating proxy that sets "
        "`X-Forwarded-Proto`): cookies are sent only over TLS, HSTS is on and plain HTTP "
        "is redirected. Required for `napkit check --deploy` to be clean.",
    ),
    Variable(
        "NAPKIT_TIME_ZONE",
        "str",
        "`UTC`",
        "Time zone for dates shown and deadlines (an IANA name such as `Africa/Nairobi`).",
    ),
    Variable(
        "NAPKIT_MAX_PLAN_FILE_MB",
        "int",
        "`10`",
        "Largest plan file `validate`, `import` and uploads accept, in megabytes.",
    ),
    Variable(
        "NAPKIT_ON_TRACK_WITHIN",
        "int",
        "`15`",
        "An indicator is *on track* while its progress is at most this many percent short "
        "of what was expected by now (the straight line from baseline through milestones to "
        "target).",
    ),
    Variable(
        "NAPKIT_AT_RISK_WITHIN",
        "int",
        "`40`",
        "Beyond the on-track margin, an indicator is *at risk* up to this many percent short "
        "of what was expected, and *off track* beyond it.",
    ),
    Variable(
        "NAPKIT_EMAIL",
        "`console`, `off` or an SMTP address",
        "`console`",
        "How napkit sends email (password resets, new accounts, reminders and notices): "
        "`console` prints each message on the server's standard output (for a trial or a "
        "machine without mail), `off` sends nothing, and an SMTP address sends through a "
        "mail server: `smtp://user:password@host:25` (no encryption), "
        "`smtp+starttls://user:password@host:587` (STARTTLS) or "
        "`smtps://user:password@host:465` (TLS from the start). A user or password holding "
        "`@`, `:` or `/` is percent-encoded (`%40`, `%3A`, `%2F`).",
    ),
    Variable(
        "NAPKIT_EMAIL_FROM",
        "str",
        "`napkit <napkit@localhost>`",
        "The sender of napkit's email, as `Name <address>` or an address.",
    ),
    Variable(
        "NAPKIT_SITE_URL",
        "url",
        "`http://localhost:8000`",
        "The address people reach this napkit at (`https://nap.example.gov`): links in email "
        "sent by `napkit remind`, which has no web request to take it from, start with it.",
    ),
    Variable(
        "NAPKIT_CACHE",
        "`memory`, `files` or `off`",
        "`memory`",
        "Where public pages, reports and exports are cached: in each server process's "
        "memory, in files under the data directory (shared by every process of one "
        "server), or not at all. Entries are keyed by the plan's latest publication and "
        "approval, so a new version or newly approved data is shown at once either way.",
    ),
)

_KNOWN = {v.name for v in VARIABLES}
_TRUE = {"true", "1", "yes", "on"}
_FALSE = {"false", "0", "no", "off", ""}


@dataclass(frozen=True)
class Config:
    data_dir: Path
    database_url: str
    secret_key: str | None
    debug: bool
    https: bool
    allowed_hosts: tuple[str, ...]
    time_zone: str
    max_plan_file_bytes: int
    on_track_within: int = 15
    at_risk_within: int = 40
    cache: str = "memory"
    email: Email = field(default_factory=lambda: Email("console"))
    email_from: str = "napkit <napkit@localhost>"
    site_url: str = "http://localhost:8000"


@dataclass(frozen=True)
class Email:
    """How mail goes out: ``console``, ``off`` or ``smtp`` with its server."""

    backend: str
    host: str = ""
    port: int = 0
    user: str = ""
    password: str = ""
    tls: bool = False  # STARTTLS
    ssl: bool = False  # TLS from the start


def _email(env: Mapping[str, str]) -> Email:
    raw = (env.get("NAPKIT_EMAIL") or "console").strip()
    if raw.lower() in ("console", "off"):
        return Email(raw.lower())
    parts = urlsplit(raw)
    schemes = {
        "smtp": (False, False, 25),
        "smtp+starttls": (True, False, 587),
        "smtps": (False, True, 465),
    }
    if parts.scheme not in schemes or not parts.hostname:
        raise ConfigError(
            f"NAPKIT_EMAIL={raw!r}: expected console, off, smtp://host:port, "
            "smtp+starttls://user:password@host:587 or smtps://user:password@host:465"
        )
    tls, ssl, port = schemes[parts.scheme]
    try:
        port = parts.port or port
    except ValueError:
        raise ConfigError(f"NAPKIT_EMAIL={raw!r}: the port is not a number") from None
    return Email(
        "smtp",
        parts.hostname,
        port,
        unquote(parts.username or ""),
        unquote(parts.password or ""),
        tls,
        ssl,
    )


def _site_url(env: Mapping[str, str]) -> str:
    raw = (env.get("NAPKIT_SITE_URL") or "http://localhost:8000").strip()
    parts = urlsplit(raw)
    if parts.scheme not in ("http", "https") or not parts.netloc or parts.query:
        raise ConfigError(
            f"NAPKIT_SITE_URL={raw!r}: expected the site's address, such as https://nap.example.gov"
        )
    return raw.rstrip("/")


def _bool(env: Mapping[str, str], name: str, default: bool) -> bool:
    raw = env.get(name)
    if raw is None:
        return default
    value = raw.strip().lower()
    if value in _TRUE:
        return True
    if value in _FALSE:
        return False
    raise ConfigError(f"{name}={raw!r}: expected true or false")


def _int(env: Mapping[str, str], name: str, default: int, low: int, high: int) -> int:
    raw = env.get(name)
    if raw is None:
        return default
    try:
        value = int(raw.strip())
    except ValueError:
        raise ConfigError(f"{name}={raw!r}: expected a whole number") from None
    if not low <= value <= high:
        raise ConfigError(f"{name}={raw!r}: expected a number from {low} to {high}")
    return value


def _choice(env: Mapping[str, str], name: str, default: str, choices: tuple[str, ...]) -> str:
    raw = env.get(name)
    if raw is None:
        return default
    value = raw.strip().lower()
    if value not in choices:
        raise ConfigError(f"{name}={raw!r}: expected one of {', '.join(choices)}")
    return value


def _list(env: Mapping[str, str], name: str, default: tuple[str, ...]) -> tuple[str, ...]:
    raw = env.get(name)
    if raw is None:
        return default
    items = tuple(part.strip() for part in raw.split(",") if part.strip())
    if not items:
        raise ConfigError(f"{name}={raw!r}: expected a comma-separated list")
    return items


def _database_url(env: Mapping[str, str], data_dir: Path) -> str:
    raw = env.get("DATABASE_URL")
    if raw is None or not raw.strip():
        return f"sqlite:///{data_dir / 'napkit.sqlite3'}"
    url = raw.strip()
    scheme = url.split(":", 1)[0].lower()
    if scheme not in ("sqlite", "postgres", "postgresql", "pgsql"):
        raise ConfigError(
            f"DATABASE_URL: unsupported scheme {scheme!r}; "
            "expected sqlite:///path or postgres://user:password@host/name"
        )
    return url


def _data_dir(env: Mapping[str, str]) -> Path:
    """The data directory: it need not exist yet, but nothing in its way may be a file."""
    raw = env.get("NAPKIT_DATA_DIR", "").strip()
    data_dir = Path(raw).expanduser() if raw else Path(platformdirs.user_data_dir("napkit"))
    given = f"NAPKIT_DATA_DIR={raw!r}" if raw else f"NAPKIT_DATA_DIR (default {data_dir})"
    for place in (data_dir, *data_dir.parents):
        try:
            if not place.exists():
                continue
        except OSError as error:
            raise ConfigError(f"{given}: cannot use {place}: {error.strerror or error}") from None
        if place.is_dir():
            break
        what = "it" if place == data_dir else str(place)
        raise ConfigError(f"{given}: {what} exists and is not a directory; expected a folder")
    return data_dir


def load(env: Mapping[str, str] | None = None) -> Config:
    env = os.environ if env is None else env
    for name in env:
        if name.startswith("NAPKIT_") and name not in _KNOWN:
            raise ConfigError(f"{name}: unknown setting (known: {', '.join(sorted(_KNOWN))})")
    data_dir = _data_dir(env)
    secret = env.get("NAPKIT_SECRET_KEY")
    on_track = _int(env, "NAPKIT_ON_TRACK_WITHIN", 15, 0, 100)
    at_risk = _int(env, "NAPKIT_AT_RISK_WITHIN", 40, 0, 100)
    if at_risk < on_track:
        raise ConfigError("NAPKIT_AT_RISK_WITHIN: expected at least NAPKIT_ON_TRACK_WITHIN")
    if secret is not None and len(secret) < 50:
        raise ConfigError("NAPKIT_SECRET_KEY: expected at least 50 characters")
    return Config(
        data_dir=data_dir,
        database_url=_database_url(env, data_dir),
        secret_key=secret,
        debug=_bool(env, "NAPKIT_DEBUG", False),
        https=_bool(env, "NAPKIT_HTTPS", False),
        allowed_hosts=_list(env, "NAPKIT_ALLOWED_HOSTS", ("localhost", "127.0.0.1", "[::1]")),
        time_zone=env.get("NAPKIT_TIME_ZONE", "UTC").strip() or "UTC",
        max_plan_file_bytes=_int(env, "NAPKIT_MAX_PLAN_FILE_MB", 10, 1, 1024) * 1024 * 1024,
        on_track_within=on_track,
        cache=_choice(env, "NAPKIT_CACHE", "memory", ("memory", "files", "off")),
        email=_email(env),
        email_from=(env.get("NAPKIT_EMAIL_FROM") or "napkit <napkit@localhost>").strip(),
        site_url=_site_url(env),
        at_risk_within=at_risk,
    )


def markdown() -> str:
    """docs/configuration.md, generated from VARIABLES."""
    lines = [
        "# Configuration",
        "",
        "<!-- Generated from napkit/config.py by `napkit docs`; do not edit by hand. -->",
        "",
        "napkit reads its settings from environment variables, and only from them. A value it "
        "cannot parse stops it with a message naming the variable; an unknown `NAPKIT_` "
        "variable does too, so a typo never passes silently.",
        "",
    ]
    for var in VARIABLES:
        lines += [
            f"## `{var.name}`",
            "",
            f"- Type: {var.kind}",
            f"- Default: {var.default}",
            "",
            var.description,
            "",
        ]
    return "\n".join(lines)
