"""napkit served by gunicorn, as docs/deployment.md describes, and clients that time it."""

from __future__ import annotations

import http.client
import socket
import subprocess
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

from bench.common import BIN, ROOT

STATIC = "/static/napkit/napkit.css"  # the floor: a file served through the same stack


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _wait_for(port: int, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
            connection.request("GET", STATIC)
            if connection.getresponse().status == 200:
                return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"the server on port {port} did not answer")


@contextmanager
def served(env: dict[str, str], workers: int = 1, threads: int = 1) -> Iterator[int]:
    """gunicorn on a free port of this machine; yields the port."""
    port = _free_port()
    server = subprocess.Popen(
        [
            str(BIN / "gunicorn"),
            "napkit.wsgi:application",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            str(workers),
            "--threads",
            str(threads),
            "--log-level",
            "warning",
        ],
        env=env,
        cwd=ROOT,
    )
    try:
        _wait_for(port)
        yield port
    finally:
        server.terminate()
        server.wait(timeout=60)


class Browser:
    """One keep-alive connection, signed in by a session cookie (or not)."""

    def __init__(self, port: int, session: str | None = None, token: str | None = None):
        self.port = port
        self.headers = {"Host": "localhost"}
        if session:
            self.headers["Cookie"] = f"sessionid={session}"
        if token:
            self.headers["Authorization"] = f"Token {token}"
        self.connection = http.client.HTTPConnection("127.0.0.1", port, timeout=120)

    def request(self, method: str, path: str, body: bytes | None = None) -> tuple[int, bytes]:
        headers = dict(self.headers)
        if body is not None:
            headers["Content-Type"] = "application/json"
        for attempt in (1, 2):
            try:
                self.connection.request(method, path, body=body, headers=headers)
                response = self.connection.getresponse()
                return response.status, response.read()
            except (ConnectionError, http.client.HTTPException):
                # The server closed an idle keep-alive connection: open another, once.
                self.connection.close()
                self.connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=120)
                if attempt == 2:
                    raise
        raise AssertionError("unreachable")

    def timed(self, path: str) -> float:
        start = time.perf_counter()
        status, _body = self.request("GET", path)
        elapsed = time.perf_counter() - start
        if status != 200:
            raise RuntimeError(f"{path} answered {status}")
        return elapsed


def times(browser: Browser, path: str, count: int, warm: int = 3) -> list[float]:
    for _ in range(warm):
        browser.timed(path)
    return [browser.timed(path) for _ in range(count)]


def hammer(port: int, path: str, clients: int, seconds: float) -> tuple[int, list[float]]:
    """``clients`` keep-alive connections requesting ``path`` for ``seconds``."""
    latencies: list[float] = []
    failures = [0]
    stop = time.monotonic() + seconds
    lock = threading.Lock()

    def client() -> None:
        browser = Browser(port)
        mine = []
        while time.monotonic() < stop:
            start = time.perf_counter()
            status, _body = browser.request("GET", path)
            mine.append(time.perf_counter() - start)
            if status != 200:
                failures[0] += 1
        with lock:
            latencies.extend(mine)

    threads = [threading.Thread(target=client) for _ in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return failures[0], latencies
