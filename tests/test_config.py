"""Settings are parsed strictly, and every one is documented."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from napkit import config


def test_defaults_give_sqlite_in_the_data_dir(tmp_path: Path) -> None:
    cfg = config.load({"NAPKIT_DATA_DIR": str(tmp_path)})
    assert cfg.database_url == f"sqlite:///{tmp_path / 'napkit.sqlite3'}"
    assert cfg.debug is False
    assert cfg.max_plan_file_bytes == 10 * 1024 * 1024


@pytest.mark.parametrize(
    ("env", "words"),
    [
        ({"NAPKIT_DEBUG": "maybe"}, "NAPKIT_DEBUG='maybe': expected true or false"),
        ({"NAPKIT_MAX_PLAN_FILE_MB": "ten"}, "expected a whole number"),
        ({"NAPKIT_MAX_PLAN_FILE_MB": "0"}, "from 1 to 1024"),
        ({"NAPKIT_ALLOWED_HOSTS": " , "}, "comma-separated"),
        ({"DATABASE_URL": "mysql://x/y"}, "unsupported scheme 'mysql'"),
        ({"NAPKIT_SECRET_KEY": "short"}, "at least 50 characters"),
        ({"NAPKIT_DEBGU": "true"}, "NAPKIT_DEBGU: unknown setting"),
        ({"NAPKIT_EMAIL": "imap://mail.example"}, "NAPKIT_EMAIL='imap://mail.example': expected"),
        ({"NAPKIT_EMAIL": "smtp://"}, "expected console, off"),
        ({"NAPKIT_EMAIL": "smtp://mail.example:port"}, "the port is not a number"),
        ({"NAPKIT_SITE_URL": "nap.example.gov"}, "NAPKIT_SITE_URL='nap.example.gov'"),
    ],
)
def test_bad_values_name_the_variable(env: dict[str, str], words: str) -> None:
    with pytest.raises(config.ConfigError, match=None) as caught:
        config.load(env)
    assert words in str(caught.value)


@pytest.mark.parametrize(
    ("raw", "value"), [("true", True), ("1", True), ("off", False), ("", False), ("False", False)]
)
def test_booleans(raw: str, value: bool) -> None:
    assert config.load({"NAPKIT_DEBUG": raw}).debug is value


def test_postgres_urls_are_accepted() -> None:
    url = "postgres://napkit:secret@localhost:5432/napkit"
    assert config.load({"DATABASE_URL": url}).database_url == url


def test_every_variable_is_documented() -> None:
    page = config.markdown()
    for var in config.VARIABLES:
        assert f"## `{var.name}`" in page


def test_a_data_dir_that_is_a_file_is_refused(tmp_path: Path) -> None:
    file = tmp_path / "file"
    file.write_text("not a folder", encoding="utf-8")
    for given, words in (
        (file, f"NAPKIT_DATA_DIR={str(file)!r}: it exists and is not a directory"),
        (file / "below", f"{file} exists and is not a directory"),
    ):
        with pytest.raises(config.ConfigError) as caught:
            config.load({"NAPKIT_DATA_DIR": str(given)})
        assert words in str(caught.value)


def test_a_data_dir_that_does_not_exist_yet_is_fine(tmp_path: Path) -> None:
    wanted = tmp_path / "new" / "napkit"
    assert config.load({"NAPKIT_DATA_DIR": str(wanted)}).data_dir == wanted


def test_the_cli_reports_a_bad_data_dir_as_a_configuration_error(tmp_path: Path) -> None:
    import subprocess
    import sys

    file = tmp_path / "file"
    file.write_text("not a folder", encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("NAPKIT_", "DJANGO_"))}
    env["NAPKIT_DATA_DIR"] = str(file)
    done = subprocess.run(
        [sys.executable, "-m", "napkit", "plans"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 2, done.stderr
    assert "error: configuration: NAPKIT_DATA_DIR=" in done.stderr
    assert "Traceback" not in done.stderr


@pytest.mark.parametrize(
    ("raw", "backend", "host", "port", "user", "tls", "ssl"),
    [
        (None, "console", "", 0, "", False, False),
        ("off", "off", "", 0, "", False, False),
        ("smtp://mail.example", "smtp", "mail.example", 25, "", False, False),
        (
            "smtp+starttls://wps%40mfa.example:pw@mail.example",
            "smtp",
            "mail.example",
            587,
            "wps@mfa.example",
            True,
            False,
        ),
        ("smtps://u:p@mail.example:2465", "smtp", "mail.example", 2465, "u", False, True),
    ],
)
def test_email_settings(
    raw: str | None, backend: str, host: str, port: int, user: str, tls: bool, ssl: bool
) -> None:
    found = config.load({} if raw is None else {"NAPKIT_EMAIL": raw}).email
    assert (found.backend, found.host, found.port, found.user, found.tls, found.ssl) == (
        backend,
        host,
        port,
        user,
        tls,
        ssl,
    )


def test_the_site_url_loses_its_last_slash() -> None:
    assert config.load({"NAPKIT_SITE_URL": "https://nap.example.gov/"}).site_url == (
        "https://nap.example.gov"
    )
