"""Settings are parsed strictly, and every one is documented."""

from __future__ import annotations

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
