"""Readers and writers at once on the national plan: no answer may be a server error and no
confirmed save may be lost.

Each writer owns a few activities and rewrites their descriptions through the API, again
and again, starting from the version it read; a 409 (someone else saved the plan's item
first) makes it read again and retry. Readers meanwhile open the plan page, an objective,
the API's plan and the public overview. At the end every activity must hold the last
description its writer was told was saved.
"""

from __future__ import annotations

import json
import threading
import time
from collections import Counter

from bench.common import Figure, percentile
from bench.instance import NATIONAL, Instance
from bench.server import Browser, served

READERS = WRITERS = 3


def _writer(
    port: int,
    token: str,
    items: list[str],
    stop: float,
    tally: Counter[int],
    confirmed: dict[str, str],
    lock: threading.Lock,
    n: int,
) -> None:
    api = Browser(port, token=token)
    base = f"/api/v1/plans/{NATIONAL}/items"
    count = 0
    while time.monotonic() < stop:
        item = items[count % len(items)]
        count += 1
        status, body = api.request("GET", f"{base}/{item}/")
        with lock:
            tally[status] += 1
        if status != 200:
            continue
        version = json.loads(body)["version"]
        text = f"writer {n}, save {count}"
        payload = {"version": version, "changes": {"description": text}}
        status, body = api.request("PATCH", f"{base}/{item}/", json.dumps(payload).encode())
        with lock:
            tally[status] += 1
            if status == 200:
                confirmed[item] = text


def _reader(
    port: int,
    session: str,
    stop: float,
    tally: Counter[int],
    latencies: list[float],
    lock: threading.Lock,
) -> None:
    browser = Browser(port, session)
    paths = [
        f"/plans/{NATIONAL}/",
        f"/plans/{NATIONAL}/results/SO1/",
        f"/api/v1/plans/{NATIONAL}/",
        f"/public/{NATIONAL}/",
    ]
    n = 0
    while time.monotonic() < stop:
        path = paths[n % len(paths)]
        n += 1
        start = time.perf_counter()
        status, _body = browser.request("GET", path)
        with lock:
            latencies.append(time.perf_counter() - start)
            tally[status] += 1


def concurrency(instance: Instance, prepared: dict[str, object], seconds: float) -> list[Figure]:
    mine = prepared[NATIONAL]
    assert isinstance(mine, dict)
    activities: list[str] = mine["activities"]
    tally: Counter[int] = Counter()
    confirmed: dict[str, str] = {}
    latencies: list[float] = []
    lock = threading.Lock()
    with served(instance.env, workers=2, threads=3) as port:
        stop = time.monotonic() + seconds
        threads = [
            threading.Thread(
                target=_writer,
                args=(port, mine["token"], activities[n::WRITERS], stop, tally, confirmed, lock, n),
            )
            for n in range(WRITERS)
        ] + [
            threading.Thread(
                target=_reader,
                args=(port, mine["sessions"]["coordinator"], stop, tally, latencies, lock),
            )
            for _ in range(READERS)
        ]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        api = Browser(port, token=mine["token"])
        lost = 0
        for item, text in confirmed.items():
            _status, body = api.request("GET", f"/api/v1/plans/{NATIONAL}/items/{item}/")
            lost += json.loads(body)["item"].get("description") != text
    errors = sum(n for status, n in tally.items() if status >= 500)
    note = (
        f"{READERS} readers and {WRITERS} writers for {seconds:g} s, gunicorn 2 workers × 3 "
        f"threads; answers: " + ", ".join(f"{n} × {s}" for s, n in sorted(tally.items()))
    )
    return [
        Figure(
            f"server errors under concurrent editing ({instance.kind})", errors, "answers", 0, note
        ),
        Figure(
            f"lost updates ({instance.kind})",
            lost,
            "saves",
            0,
            f"{len(confirmed)} activities checked against their last confirmed save",
        ),
        Figure(
            f"readers' p95 while writers save ({instance.kind})",
            percentile(latencies, 0.95),
            "s",
            None,
            f"{len(latencies)} reads",
        ),
    ]
