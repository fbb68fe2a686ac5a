"""Issue 10.7: accounts a ministry can run from the browser — opened by a site
administrator, passwords chosen by their owners through an emailed link, changed when
signed in, reset when forgotten, and accounts closed and reopened."""

from __future__ import annotations

import re

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.test import Client

pytestmark = pytest.mark.django_db
PASSWORD = "a-long-new-password-42"


@pytest.fixture
def admin() -> Client:
    user = get_user_model().objects.create_superuser("site-admin", "admin@example.org", "x" * 20)
    client = Client()
    client.force_login(user)
    return client


def _link(message: str) -> str:
    found = re.search(r"https?://[^/\s]+(/accounts/reset/\S+/)", message)
    assert found, message
    return found.group(1)


def _choose(link: str, password: str) -> None:
    client = Client()
    form = client.get(link, follow=True)
    assert form.status_code == 200
    done = client.post(
        form.redirect_chain[-1][0] if form.redirect_chain else link,
        {"new_password1": password, "new_password2": password},
    )
    assert done.status_code == 302


def test_an_administrator_opens_an_account_and_its_owner_chooses_a_password(admin: Client) -> None:
    answer = admin.post(
        "/accounts/people/",
        {"username": "amina", "email": "amina@mod.example", "full_name": "Amina Diallo"},
    )
    assert answer.status_code == 200
    [message] = mail.outbox
    assert message.to == ["amina@mod.example"]
    assert "amina" in message.body
    user = get_user_model().objects.get(username="amina")
    assert not user.has_usable_password()
    _choose(_link(message.body), PASSWORD)
    assert Client().login(username="amina", password=PASSWORD)


def test_a_taken_user_name_is_refused_beside_the_field(admin: Client) -> None:
    get_user_model().objects.create_user("amina", "a@x.org", PASSWORD)
    answer = admin.post("/accounts/people/", {"username": "Amina", "email": "b@x.org"})
    assert answer.status_code == 422
    assert "exists already" in answer.content.decode()
    assert not mail.outbox


def test_a_forgotten_password_is_reset_by_email_and_unknown_addresses_learn_nothing() -> None:
    get_user_model().objects.create_user("ben", "ben@moi.example", "old-password-123456")
    client = Client()
    known = client.post("/accounts/reset/", {"email": "ben@moi.example"})
    unknown = client.post("/accounts/reset/", {"email": "nobody@moi.example"})
    assert known.status_code == unknown.status_code == 302
    assert known["Location"] == unknown["Location"]
    [message] = mail.outbox
    _choose(_link(message.body), PASSWORD)
    assert Client().login(username="ben", password=PASSWORD)
    assert not Client().login(username="ben", password="old-password-123456")


def test_a_signed_in_person_changes_their_password() -> None:
    user = get_user_model().objects.create_user("chloe", "c@x.org", "old-password-123456")
    client = Client()
    client.force_login(user)
    wrong = client.post(
        "/accounts/password/",
        {"old_password": "nope", "new_password1": PASSWORD, "new_password2": PASSWORD},
    )
    assert wrong.status_code == 422
    right = client.post(
        "/accounts/password/",
        {
            "old_password": "old-password-123456",
            "new_password1": PASSWORD,
            "new_password2": PASSWORD,
        },
    )
    assert right.status_code == 302
    assert Client().login(username="chloe", password=PASSWORD)


def test_a_closed_account_cannot_sign_in_and_an_administrator_keeps_their_own(
    admin: Client,
) -> None:
    user = get_user_model().objects.create_user("dan", "d@x.org", PASSWORD)
    assert admin.post(f"/accounts/people/{user.pk}/active/", {"active": "0"}).status_code == 302
    assert not Client().login(username="dan", password=PASSWORD)
    assert admin.post(f"/accounts/people/{user.pk}/active/", {"active": "1"}).status_code == 302
    assert Client().login(username="dan", password=PASSWORD)
    own = get_user_model().objects.get(username="site-admin")
    assert admin.post(f"/accounts/people/{own.pk}/active/", {"active": "0"}).status_code == 422
    assert get_user_model().objects.get(pk=own.pk).is_active
