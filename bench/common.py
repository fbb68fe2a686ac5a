"""What every benchmark shares: figures with their floors, timing, the machine."""

from __future__ import annotations

import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent


@dataclass
class Figure:
    """One measure: its value, the floor measured in the same run (the cheapest comparable
    work on the same machine, so runs on different machines compare by ratio) and its
    target (absolute, as the issue that set it states it)."""

    name: str
    value: float
    unit: str
    target: float | None = None
    note: str = ""
    floor: float | None = None
    at_least: bool = False  # a throughput: the target is a minimum

    @property
    def ok(self) -> bool:
        if self.target is None:
            return True
        return self.value >= self.target if self.at_least else self.value <= self.target

    @property
    def ratio(self) -> float | None:
        return None if not self.floor else self.value / self.floor


def seconds(work: Callable[[], object], runs: int = 5) -> float:
    """The median time of ``runs`` runs."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * share))]


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = ""
    try:
        kb = int(Path("/proc/meminfo").read_text().split()[1])
        memory = f", {kb / 2**20:.0f} GiB of memory"
    except (OSError, ValueError, IndexError):
        pass
    import sqlite3

    return (
        f"{cpu}, {os.cpu_count()} cores{memory}; {platform.system()} {platform.release()}; "
        f"Python {platform.python_version()}; SQLite {sqlite3.sqlite_version}"
    )


def run(args: list[str], env: dict[str, str], **kwargs: object) -> str:
    """A command's standard output; its standard error shown when it fails."""
    done = subprocess.run(args, env=env, cwd=ROOT, capture_output=True, text=True, **kwargs)  # type: ignore[call-overload]
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(args)} failed:\n{done.stderr[-3000:]}")
    return str(done.stdout)


def measured(args: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Run a command; its wall time in seconds and its peak memory in MB."""
    with tempfile.TemporaryFile() as errors:
        start = time.perf_counter()
        process = subprocess.Popen(
            args, env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=errors
        )
        _pid, status, usage = os.wait4(process.pid, 0)
        elapsed = time.perf_counter() - start
        process.returncode = 0  # reaped here
        if status != 0:
            errors.seek(0)
            raise RuntimeError(f"{' '.join(args)} failed: {errors.read().decode()[-2000:]}")
    return elapsed, usage.ru_maxrss / 1024
