"""Issue 10.10: killed with -9 in the middle of its work — the server during a submission,
`napkit import` during an import — napkit leaves the old state or the new one, never half.

These run napkit as it runs for real: its own processes, a database file (or a scratch
PostgreSQL database when the suite runs on PostgreSQL), gunicorn, and SIGKILL.
"""

from __future__ import annotations

import http.client
import json
import os
import re
import signal
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

BIN = Path(sys.executable).parent
ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.skipif(not (BIN / "gunicorn").exists(), reason="needs gunicorn")


@pytest.fixture
def instance(tmp_path: Path) -> Iterator[dict[str, str]]:
    """A napkit of its own: a data folder, and a database file or a scratch database."""
    env = {k: v for k, v in os.environ.items() if k != "DJANGO_SETTINGS_MODULE"}
    env.update(
        NAPKIT_DATA_DIR=str(tmp_path),
        NAPKIT_ALLOWED_HOSTS="127.0.0.1,localhost",
        DJANGO_SETTINGS_MODULE="napkit.settings",
    )
    scratch = None
    admin = os.environ.get("DATABASE_URL")
    if admin:
        import psycopg

        scratch = f"napkit_kill_{uuid.uuid4().hex[:8]}"
        with psycopg.connect(admin, autocommit=True) as c:
            c.execute(f'CREATE DATABASE "{scratch}"')  # type: ignore[arg-type]
        env["DATABASE_URL"] = admin.rsplit("/", 1)[0] + "/" + scratch
    else:
        env.pop("DATABASE_URL", None)
    _napkit(env, "migrate", "--noinput", "-v", "0")
    try:
        yield env
    finally:
        if scratch and admin:
            import psycopg

            with psycopg.connect(admin, autocommit=True) as c:
                c.execute(f'DROP DATABASE IF EXISTS "{scratch}" WITH (FORCE)')  # type: ignore[arg-type]


def _napkit(env: dict[str, str], *args: str) -> str:
    done = subprocess.run(
        [str(BIN / "napkit"), *args], env=env, cwd=ROOT, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def _shell(env: dict[str, str], code: str) -> str:
    return _napkit(env, "shell", "-c", code)


# --- napkit import, killed ----------------------------------------------------------------


def test_a_killed_import_leaves_all_the_plans_or_none(
    instance: dict[str, str], tmp_path: Path
) -> None:
    folder = tmp_path / "plans"
    _napkit(instance, "generate", "--size", "regional", "--files", str(folder))
    files = sorted(str(p) for p in folder.glob("*.yaml"))[:12]
    outcomes = set()
    for delay in (0.5, 1.0, 1.5, 2.0, 3.0, 60.0):
        process = subprocess.Popen(
            [str(BIN / "napkit"), "import", "--replace", *files],
            env=instance,
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            process.wait(timeout=delay)
        except subprocess.TimeoutExpired:
            process.send_signal(signal.SIGKILL)
            process.wait()
        found = json.loads(
            _shell(
                instance,
                "import json\nfrom napkit.plans.models import Plan\n"
                "from napkit.plans import queries\n"
                "rows = list(Plan.objects.all())\n"
                "[queries.working_copy(r) for r in rows]\n"  # every stored document reads
                "print(json.dumps(len(rows)))",
            )
            .strip()
            .splitlines()[-1]
        )
        assert found in (0, len(files)), f"{found} of {len(files)} plans after a kill"
        outcomes.add(found)
    assert len(files) in outcomes  # the last import, given time, finished


# --- the server, killed during a submission -------------------------------------------------

SETUP = """
import json
from datetime import date
from collections import Counter
from django.contrib.auth import get_user_model
from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
from django.conf import settings
from django.contrib.sessions.backends.db import SessionStore
from napkit.accounts.models import PlanRole
from napkit.core.plan.index import index
from napkit.monitoring import services
from napkit.monitoring.models import Submission
from napkit.plans import queries
from napkit.plans.models import Plan
record = Plan.objects.get(key="nation-a-nap-2016")
plan = queries.working_copy(record)
org = Counter(i.indicator.responsible for i in index(plan).indicators).most_common(1)[0][0]
user = get_user_model().objects.create_user("focal", "f@x.org", "x" * 20)
PlanRole.objects.create(user=user, plan=record, role="focal_point", organisation=org)
services.open_round(None, record, label="Q4 2026", period_start=date(2026, 10, 1),
    period_end=date(2026, 12, 31), opens=date(2027, 1, 1), deadline=date(2027, 1, 31))
sub = Submission.objects.get(round__label="Q4 2026", organisation=org)
store = SessionStore()
store[SESSION_KEY] = str(user.pk)
store[BACKEND_SESSION_KEY] = settings.AUTHENTICATION_BACKENDS[0]
store[HASH_SESSION_KEY] = user.get_session_auth_hash()
store.create()
print(json.dumps({"session": store.session_key, "submission": sub.pk}))
"""

STATE = """
import json
from napkit.monitoring.models import IndicatorReport, Submission
sub = Submission.objects.get(pk={pk})
rows = IndicatorReport.objects.filter(submission=sub)
values = sorted({{str(r.value) for r in rows if isinstance(r.value, int | float)
                 and not isinstance(r.value, bool)}})
print(json.dumps({{"version": sub.version, "values": values}}))
"""


def _port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _serve(env: dict[str, str], port: int) -> subprocess.Popen[bytes]:
    server = subprocess.Popen(
        [
            str(BIN / "gunicorn"),
            "napkit.wsgi:application",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            "1",
            "--log-level",
            "critical",
        ],
        env=env,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            c = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
            c.request("GET", "/static/napkit/napkit.css")
            if c.getresponse().status == 200:
                return server
        except OSError:
            time.sleep(0.2)
    raise AssertionError("the server did not start")


def _form(port: int, cookie: str, path: str) -> tuple[dict[str, str], str]:
    c = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    c.request("GET", path, headers={"Cookie": cookie, "Host": "localhost"})
    response = c.getresponse()
    page = response.read().decode()
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page)
    assert token, page[:500]
    csrf = re.search(r"csrftoken=([^;]+)", response.getheader("Set-Cookie") or "")
    fields = dict(re.findall(r'<input[^>]*name="([^"]+)"[^>]*value="([^"]*)"', page))
    fields.update(
        {name: "" for name in re.findall(r'<input[^>]*name="([^"]+)"', page) if name not in fields}
    )
    fields["csrfmiddlewaretoken"] = token.group(1)
    return fields, f"{cookie}; csrftoken={csrf.group(1) if csrf else ''}"


def test_a_server_killed_during_a_submission_keeps_the_old_or_the_new(
    instance: dict[str, str],
) -> None:
    from urllib.parse import urlencode

    _napkit(instance, "generate", "--size", "national", "--rounds", "0")
    made = json.loads(_shell(instance, SETUP).strip().splitlines()[-1])
    path = f"/plans/nation-a-nap-2016/monitoring/submissions/{made['submission']}/"
    seen = set()
    for attempt, delay in enumerate((0.0, 0.02, 0.05, 0.08, 0.12, 0.2, 0.4, 5.0), start=1):
        port = _port()
        server = _serve(instance, port)
        try:
            fields, cookies = _form(port, f"sessionid={made['session']}", path)
            for name in fields:
                if name.endswith("-value"):
                    fields[name] = str(attempt)
            body = urlencode(fields)
            c = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
            c.putrequest("POST", path, skip_host=True)
            for header, value in (
                ("Host", "localhost"),
                ("Cookie", cookies),
                ("Content-Type", "application/x-www-form-urlencoded"),
                ("Content-Length", str(len(body))),
                ("Referer", f"http://localhost{path}"),
            ):
                c.putheader(header, value)
            c.endheaders(body.encode())
            time.sleep(delay)
        finally:
            workers = _children(server.pid)
            for pid in [server.pid, *workers]:  # gunicorn's master and its worker, at once
                os.kill(pid, signal.SIGKILL)
            server.wait()
        shown = _shell(instance, STATE.format(pk=made["submission"]))
        state = json.loads(shown.strip().splitlines()[-1])
        # every value of the submission comes from one save, never some from each
        assert len(state["values"]) <= 1, state
        seen.add(tuple(state["values"]))
    assert ("8",) in seen  # the last save, given time, went through


def _children(pid: int) -> list[int]:
    found = subprocess.run(["pgrep", "-P", str(pid)], capture_output=True, text=True)
    return [int(p) for p in found.stdout.split()]
