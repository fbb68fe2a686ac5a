"""Issue 10.5: thirty simultaneous wrong passwords get exactly the limit of tries."""

from __future__ import annotations

import threading

import pytest
from django.db import connection

from napkit.accounts import throttle

pytestmark = pytest.mark.django_db(transaction=True)


def test_simultaneous_attempts_never_pass_the_limit() -> None:
    start = threading.Barrier(30)
    taken: list[bool] = []
    errors: list[BaseException] = []
    lock = threading.Lock()

    def guess() -> None:
        try:
            start.wait()
            got = throttle.take_attempt("Amina")
            with lock:
                taken.append(got)
        except BaseException as error:
            with lock:
                errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=guess) for _ in range(30)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors, errors
    assert taken.count(True) == throttle.LIMIT
    assert not throttle.take_attempt("amina")  # the name is the same whatever its case


def test_a_successful_sign_in_gives_the_attempts_back() -> None:
    for _ in range(throttle.LIMIT):
        assert throttle.take_attempt("ben")
    assert not throttle.take_attempt("ben")
    throttle.clear("ben")
    assert throttle.take_attempt("ben")
