"""The heavy work, at demo and national size: scoring a plan, comparing a hundred, importing a
plan file and writing the annual report, each against the cheapest comparable work (a raw
parse of the same data) measured in the same run."""

from __future__ import annotations

import json
import tempfile
from datetime import date
from pathlib import Path

import yaml

from bench.common import BIN, ROOT, Figure, measured, seconds
from bench.instance import DEMO, NATIONAL, Instance


def scorecard() -> list[Figure]:
    from napkit.core.plan import generate, planfile
    from napkit.core.scorecard import assess, catalogue

    checks = sum(len(c.checks) for c in catalogue())
    day = date(2026, 12, 4)
    demo = planfile.load(ROOT / "examples" / f"{DEMO}.yaml")
    national = generate.plan("national")
    out = []
    for name, plan in (("demo", demo), ("national", national)):
        text = json.dumps(planfile.to_data(plan, json_mode=True))
        floor = seconds(lambda t=text: json.loads(t), runs=5)
        took = seconds(lambda p=plan: assess(p, day), runs=5)
        out.append(
            Figure(
                f"assess a {name}-size plan ({checks} checks)",
                took,
                "s",
                0.05 if name == "national" else None,
                f"floor: parsing the plan's JSON ({len(text) // 1024} kB)",
                floor=floor,
            )
        )
    growth = out[1].value / out[0].value
    out.append(
        Figure(
            "… national ÷ demo scoring time",
            growth,
            "×",
            15,
            "the national plan is ~9× the demo's items: scoring grows linearly",
        )
    )
    return out


def compare(env: dict[str, str]) -> list[Figure]:
    text = (ROOT / "examples" / f"{DEMO}.yaml").read_text(encoding="utf-8")
    out = []
    with tempfile.TemporaryDirectory() as folder:
        paths = []
        for i in range(100):
            path = Path(folder) / f"plan-{i}.yaml"
            path.write_text(text.replace(f"id: {DEMO}", f"id: plan-{i}", 1), encoding="utf-8")
            paths.append(str(path))
        floor = seconds(lambda: [yaml.safe_load(Path(p).read_text()) for p in paths], runs=1)
        command = [str(BIN / "napkit"), "compare", "--format", "csv"]
        took, peak = measured([*command, *paths], env)
        _few, peak_few = measured([*command, *paths[:10]], env)
        jobs, _ = measured([*command, "--jobs", "2", *paths], env)
    out += [
        Figure(
            "compare 100 demo-size plan files (napkit compare)",
            took,
            "s",
            5.0,
            "read, validate, assess and tally each; floor: parsing the 100 files' YAML",
            floor=floor,
        ),
        Figure("… with --jobs 2", jobs, "s", None, "", floor=floor),
        Figure(
            "… peak memory for 100 plans ÷ for 10",
            peak / peak_few,
            "×",
            1.2,
            f"{peak:.0f} MB for 100, {peak_few:.0f} MB for 10: flat in the number of plans",
        ),
    ]
    return out


def stored(instance: Instance) -> list[Figure]:
    """Import and the annual report, on the instance's database."""
    out = []
    with tempfile.TemporaryDirectory() as folder:
        instance.napkit("generate", "--size", "national", "--files", folder)
        plan_file = next(Path(folder).glob("*.yaml"))
        floor = seconds(lambda: yaml.safe_load(plan_file.read_text()), runs=3)
        took, _ = measured(
            [str(BIN / "napkit"), "import", "--replace", str(plan_file)], instance.env
        )
        out.append(
            Figure(
                f"import a national plan file ({instance.kind})",
                took,
                "s",
                None,
                f"{plan_file.stat().st_size // 1024} kB of YAML, validated and stored; "
                "floor: parsing its YAML",
                floor=floor,
            )
        )
        for key, size in ((DEMO, "demo"), (NATIONAL, "national")):
            period = "FY 2025-26"
            for fmt in ("html", "pdf"):
                target = Path(folder) / f"report.{fmt}"
                took, peak = measured(
                    [
                        str(BIN / "napkit"),
                        "report",
                        key,
                        "--period",
                        period,
                        "--format",
                        fmt,
                        "-o",
                        str(target),
                    ],
                    instance.env,
                )
                out.append(
                    Figure(
                        f"annual report, {size} plan, {fmt.upper()} ({instance.kind})",
                        took,
                        "s",
                        10.0 if fmt == "pdf" else None,
                        f"the whole command; {target.stat().st_size // 1024} kB, peak "
                        f"{peak:.0f} MB",
                    )
                )
    return out


def screening() -> list[Figure]:
    """`napkit screen` on a 100-page plan (the fixture documents' pages repeated, as a text file
    in a temp folder), in this process (one core), against reading the same file's bytes and
    splitting its pages."""
    from napkit.core.screening import screen

    fixtures = sorted((ROOT / "tests" / "fixtures" / "screening" / "documents").glob("en-*.txt"))
    pages: list[str] = []
    while len(pages) < 100:
        for path in fixtures:
            pages.extend(path.read_text(encoding="utf-8").split("\f"))
    text = "\f".join(pages[:100])
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "plan-100-pages.txt"
        path.write_text(text, encoding="utf-8")

        def floor() -> None:
            path.read_bytes().decode("utf-8").split("\f")

        took = seconds(lambda: screen(path.read_bytes(), path.name), runs=3)
        base = seconds(floor, runs=3)
    return [
        Figure(
            "screen a 100-page plan (13 findings with evidence, draft plan)",
            took,
            "s",
            10.0,
            f"{len(text) // 1024} kB of text, one core; "
            "floor: reading its bytes and splitting pages",
            floor=base,
        )
    ]


def workbook() -> list[Figure]:
    """The Excel logframe of a national plan, written and read back, against writing and
    reading the same plan as a YAML plan file."""
    from napkit.core.plan import generate, planfile
    from napkit.core.plan import workbook as logframe

    plan = generate.plan("national")
    text = planfile.dumps(plan)
    book = logframe.write(plan)
    floor_write = seconds(lambda: planfile.dumps(plan), runs=3)
    floor_read = seconds(lambda: planfile.loads(text, "national.yaml"), runs=3)
    note = f"{len(book) // 1024} kB workbook; floor: the same plan as a YAML file"
    return [
        Figure(
            "write a national plan's logframe workbook",
            seconds(lambda: logframe.write(plan), runs=3),
            "s",
            None,
            note,
            floor=floor_write,
        ),
        Figure(
            "read it back (every cell checked, the plan validated)",
            seconds(lambda: logframe.read(book, "national.xlsx"), runs=3),
            "s",
            None,
            note,
            floor=floor_read,
        ),
    ]
