"""A reporting deadline under load: 200 people at once against gunicorn with several workers.

170 members of the public read the public site (overview, indicators, an indicator, an
organisation) while 30 focal points fill in their organisations' submissions — saving every
few seconds — and all submit at the same deadline. Afterwards every submission must be
submitted with exactly the values its focal point last saw saved: no server error, no
"database is locked" reaching anyone, nothing lost.
"""

from __future__ import annotations

import http.client
import json
import random
import re
import sys
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from urllib.parse import urlencode

from bench.common import Figure, percentile
from bench.instance import Instance
from bench.server import served

READERS, REPORTERS = 170, 30


class Person:
    """One keep-alive connection with its cookies (session, CSRF)."""

    def __init__(self, port: int, session: str | None = None):
        self.port = port
        self.cookies: dict[str, str] = {"sessionid": session} if session else {}
        self.connection = http.client.HTTPConnection("127.0.0.1", port, timeout=120)

    def request(
        self, method: str, path: str, form: dict[str, str] | None = None
    ) -> tuple[int, str, float]:
        headers = {"Host": "localhost"}
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        body = None
        if form is not None:
            body = urlencode(form)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
            headers["Referer"] = f"http://localhost{path}"
        start = time.perf_counter()
        for attempt in (1, 2):
            try:
                self.connection.request(method, path, body=body, headers=headers)
                response = self.connection.getresponse()
                text = response.read().decode(errors="replace")
                break
            except (ConnectionError, http.client.HTTPException):
                self.connection.close()
                self.connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=120)
                if attempt == 2:
                    return 599, "", time.perf_counter() - start
        for cookie in response.headers.get_all("Set-Cookie") or []:
            name, _, rest = cookie.partition("=")
            self.cookies[name.strip()] = rest.split(";", 1)[0]
        return response.status, text, time.perf_counter() - start


@dataclass
class Tally:
    lock: threading.Lock = field(default_factory=threading.Lock)
    statuses: Counter[int] = field(default_factory=Counter)
    reads: list[float] = field(default_factory=list)
    saves: list[float] = field(default_factory=list)
    locked: int = 0

    def add(self, status: int, text: str, seconds: float, kind: str) -> None:
        with self.lock:
            self.statuses[status] += 1
            (self.reads if kind == "read" else self.saves).append(seconds)
            self.locked += "database is locked" in text


def _fields(page: str) -> dict[str, str]:
    found = dict(re.findall(r'<input[^>]*name="([^"]+)"[^>]*value="([^"]*)"', page))
    for name in re.findall(r'<input[^>]*name="([^"]+)"', page):
        found.setdefault(name, "")
    return found


def _reader(port: int, paths: list[str], stop: float, tally: Tally, rng: random.Random) -> None:
    person = Person(port)
    while time.monotonic() < stop:
        status, text, took = person.request("GET", rng.choice(paths))
        tally.add(status, text, took, "read")
        time.sleep(rng.uniform(0.5, 2.0))


def _reporter(
    port: int,
    mine: dict[str, str],
    stop: float,
    deadline: float,
    tally: Tally,
    last: dict[int, str],
    rng: random.Random,
) -> None:
    person = Person(port, mine["session"])
    path = mine["path"]
    submitted = False
    while time.monotonic() < stop and not submitted:
        status, page, took = person.request("GET", path)
        tally.add(status, page, took, "read")
        if status != 200:
            time.sleep(1)
            continue
        form = _fields(page)
        value = str(rng.randrange(1, 100))  # fits counts and percentages alike
        filled = [name for name in mine["numeric"] if name in form]
        for name in filled:
            form[name] = value
        status, text, took = person.request("POST", path, form)
        tally.add(status, text, took, "save")
        if status == 302 or (status == 200 and 'class="notice saved"' in text):
            # saved (with a data-quality warning the page stays, saying so)
            last[int(mine["submission"])] = (value, filled)
        if time.monotonic() >= deadline:
            token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page)
            # As a person does when asked: submit, leaving blank what the run does not fill
            # (narrative and ordinal indicators), after confirming it.
            status, text, took = person.request(
                "POST",
                path + "submit/",
                {"csrfmiddlewaretoken": token.group(1) if token else "", "accept_blanks": "1"},
            )
            tally.add(status, text, took, "save")
            submitted = status == 302
        else:
            time.sleep(rng.uniform(1.0, 3.0))


def load(instance: Instance, seconds: float) -> list[Figure]:
    people = json.loads(instance.python("bench/load_prepare.py", str(REPORTERS)))
    tally = Tally()
    last: dict[int, tuple[str, list[str]]] = {}
    workers, threads = 4, 4
    with served(instance.env, workers=workers, threads=threads) as port:
        stop = time.monotonic() + seconds
        deadline = time.monotonic() + seconds * 0.6
        crowd = [
            threading.Thread(
                target=_reader, args=(port, people["public"], stop, tally, random.Random(n))
            )
            for n in range(READERS)
        ] + [
            threading.Thread(
                target=_reporter,
                args=(port, mine, stop + 30, deadline, tally, last, random.Random(1000 + n)),
            )
            for n, mine in enumerate(people["reporters"])
        ]
        for t in crowd:
            t.start()
        for t in crowd:
            t.join()
    expected = {
        str(pk): [value, [n.removeprefix("ind-").removesuffix("-value") for n in names]]
        for pk, (value, names) in last.items()
    }
    check = json.loads(instance.python("bench/load_check.py", json.dumps(expected)))
    check["lost"] += REPORTERS - len(last)  # a focal point whose saves never went through
    if check["lost"]:
        print(f"lost: {check['details']}; saved: {len(last)}", file=sys.stderr)
    errors = sum(n for status, n in tally.statuses.items() if status >= 500)
    note = (
        f"{READERS} readers and {REPORTERS} focal points for {seconds:g} s, gunicorn "
        f"{workers} workers × {threads} threads on {instance.kind}; answers: "
        + ", ".join(f"{n} × {s}" for s, n in sorted(tally.statuses.items()))
    )
    return [
        Figure(
            f"server errors at a reporting deadline ({instance.kind})", errors, "answers", 0, note
        ),
        Figure(
            f"'database is locked' shown to anyone ({instance.kind})", tally.locked, "pages", 0, ""
        ),
        Figure(
            f"lost submissions ({instance.kind})",
            check["lost"],
            "submissions",
            0,
            f"{check['submitted']} of {REPORTERS} submitted with their last saved values",
        ),
        Figure(
            f"… page reads p50 / p95 ({instance.kind})",
            percentile(tally.reads, 0.95),
            "s",
            None,
            f"p50 {percentile(tally.reads, 0.5) * 1000:.0f} ms, {len(tally.reads)} reads",
        ),
        Figure(
            f"… saves and submissions p50 / p95 ({instance.kind})",
            percentile(tally.saves, 0.95),
            "s",
            None,
            f"p50 {percentile(tally.saves, 0.5) * 1000:.0f} ms, {len(tally.saves)} writes",
        ),
    ]
