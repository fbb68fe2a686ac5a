"""Every page a coordinator, a focal point and the public use most, at demo and national
size, through gunicorn, against a static file served by the same server."""

from __future__ import annotations

from dataclasses import dataclass

from bench.common import Figure, percentile
from bench.instance import DEMO, NATIONAL, Instance
from bench.server import STATIC, Browser, served, times

REQUESTS = 30  # timed requests per page, after three to warm up
TARGET = 0.1  # p95 of every page at national size, in seconds


@dataclass
class PageTimes:
    name: str
    first: float  # the first request to a new server process
    p50: float
    p95: float
    queries: int


def _measure(instance: Instance, prepared: dict[str, object], key: str) -> list[PageTimes]:
    mine = prepared[key]
    assert isinstance(mine, dict)
    env = {**instance.env, "NAPKIT_CACHE": "off"}  # every public page built from the release
    out = []
    with served(env) as port:
        browsers = {
            "coordinator": Browser(port, mine["sessions"]["coordinator"]),
            "focal": Browser(port, mine["sessions"]["focal"]),
            "public": Browser(port),
        }
        for name, who, path in mine["pages"]:
            first = browsers[who].timed(path)
            found = times(browsers[who], path, REQUESTS)
            out.append(
                PageTimes(
                    name,
                    first,
                    percentile(found, 0.5),
                    percentile(found, 0.95),
                    mine["queries"][name],
                )
            )
        floor = times(browsers["public"], STATIC, REQUESTS)
    out.append(
        PageTimes(
            "floor: a static file", floor[0], percentile(floor, 0.5), percentile(floor, 0.95), 0
        )
    )
    return out


def pages(instance: Instance, prepared: dict[str, object]) -> tuple[list[Figure], list[str]]:
    demo = _measure(instance, prepared, DEMO)
    national = _measure(instance, prepared, NATIONAL)
    floor = national[-1].p95
    figures = []
    table = [
        f"Pages on {instance.kind}, server time through gunicorn (1 worker, 1 thread) with "
        f"the page cache off, {REQUESTS} requests each after 3 to warm up:",
        "",
        "| page | demo p95 | national p50 | national p95 | × floor | first request to a new "
        "process | queries demo / national |",
        "|---|---|---|---|---|---|---|",
    ]
    for small, big in zip(demo, national, strict=True):
        table.append(
            f"| {big.name} | {small.p95 * 1000:.1f} ms | {big.p50 * 1000:.1f} ms | "
            f"{big.p95 * 1000:.1f} ms | {big.p95 / floor:.0f} | {big.first * 1000:.0f} ms | "
            f"{small.queries} / {big.queries} |"
        )
        if big.name.startswith("floor"):
            continue
        figures.append(
            Figure(
                f"{big.name}, national plan, p95 ({instance.kind})",
                big.p95,
                "s",
                TARGET,
                f"queries: {small.queries} demo, {big.queries} national",
                floor=floor,
            )
        )
        figures.append(
            Figure(
                f"{big.name}: queries national − demo ({instance.kind})",
                big.queries - small.queries,
                "queries",
                0,
                "the same number of queries whatever the plan's size",
            )
        )
    table.append("")
    return figures, table
