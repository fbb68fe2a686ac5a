"""Security settings: deploy checks, headers, CSRF, login throttling, password rules."""

from __future__ import annotations

import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.test import Client

pytestmark = pytest.mark.django_db


def test_check_deploy_is_clean_with_production_settings(tmp_path: Path) -> None:
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith("NAPKIT_")
        and k not in ("DJANGO_SETTINGS_MODULE", "DJANGO_ALLOW_ASYNC_UNSAFE")
    }
    env.update(
        {
            "NAPKIT_SECRET_KEY": secrets.token_urlsafe(60),
            "NAPKIT_HTTPS": "true",
            "NAPKIT_ALLOWED_HOSTS": "nap.example.gov",
            "NAPKIT_DATA_DIR": str(tmp_path),
        }
    )
    result = subprocess.run(
        [sys.executable, "-m", "napkit", "check", "--deploy", "--fail-level", "WARNING"],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_responses_carry_security_headers(client: Client) -> None:
    response = client.get("/")
    assert "default-src 'self'" in response["Content-Security-Policy"]
    assert "frame-ancestors 'none'" in response["Content-Security-Policy"]
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"


def test_posts_without_a_csrf_token_are_refused() -> None:
    client = Client(enforce_csrf_checks=True)
    response = client.post("/accounts/login/", {"username": "a", "password": "b"})
    assert response.status_code == 403


def test_failed_sign_ins_lock_the_account_for_a_while() -> None:
    get_user_model().objects.create_user("amina", password="correct-horse-battery")
    client = Client()
    for _ in range(5):
        bad = client.post("/accounts/login/", {"username": "amina", "password": "wrong"})
        assert bad.status_code == 422
    locked = client.post(
        "/accounts/login/", {"username": "amina", "password": "correct-horse-battery"}
    )
    assert locked.status_code == 422
    assert "Too many failed attempts" in locked.content.decode()
    other = Client().post("/accounts/login/", {"username": "other", "password": "x"})
    assert "Too many" not in other.content.decode()


def test_a_good_sign_in_clears_earlier_failures() -> None:
    get_user_model().objects.create_user("ben", password="correct-horse-battery")
    client = Client()
    for _ in range(3):
        client.post("/accounts/login/", {"username": "ben", "password": "wrong"})
    ok = client.post("/accounts/login/", {"username": "ben", "password": "correct-horse-battery"})
    assert ok.status_code == 302
    from napkit.accounts.models import LoginFailure

    assert not LoginFailure.objects.filter(username="ben").exists()


@pytest.mark.parametrize("password", ["short", "password123456", "123456789012"])
def test_weak_passwords_are_refused(password: str) -> None:
    with pytest.raises(ValidationError):
        validate_password(password)


def test_session_cookies_are_http_only(client: Client) -> None:
    get_user_model().objects.create_user("cleo", password="correct-horse-battery")
    response = client.post(
        "/accounts/login/", {"username": "cleo", "password": "correct-horse-battery"}
    )
    assert response.cookies["sessionid"]["httponly"]
    assert response.cookies["sessionid"]["samesite"] == "Lax"
