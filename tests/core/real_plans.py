"""The real-plans test set: 27 published NAPs written as plan files from public sources, each
beside the verdicts a reviewer decided from the same sources before napkit ran.

``python -m tests.core.real_plans`` (or ``make real-plans``) writes docs/real-plans.md: how
far the scorecard agrees with the reviewer, per finding, per criterion and per plan, and
every disagreement with the definition that explains it (tests/fixtures/real_naps/
disagreements.yaml). tests/core/test_real_plans.py checks the page is current.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from napkit.core.plan import planfile
from napkit.core.plan.model import Statements
from napkit.core.scorecard import Assessment, assess
from napkit.core.scorecard.agreement import Compared, by_key, compare_with, rate
from napkit.core.scorecard.catalogue import catalogue
from napkit.core.scorecard.headlines import QUESTIONS

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures" / "real_naps"
DOC = ROOT / "docs" / "real-plans.md"
AS_OF = date(2026, 11, 26)  # fixed, so the page does not change with the calendar


@dataclass(frozen=True)
class RealPlan:
    id: str
    coding: dict[str, Any]  # the sources file's front matter
    path: Path

    @property
    def region(self) -> str:
        return str(self.coding["region"])

    @property
    def generation(self) -> str:
        return str(self.coding["generation"]).split(" ")[0]


def front_matter(path: Path) -> dict[str, Any]:
    text = path.read_text(encoding="utf-8")
    _, head, _ = text.split("---\n", 2)
    found: dict[str, Any] = yaml.safe_load(head)
    return found


@cache
def real_plans() -> tuple[RealPlan, ...]:
    return tuple(
        RealPlan(p.stem, front_matter(p), FIXTURES / f"{p.stem}.yaml")
        for p in sorted((FIXTURES / "sources").glob("*-nap-*.md"))
    )


@cache
def assessed(plan_id: str) -> Assessment:
    return assess(planfile.load(FIXTURES / f"{plan_id}.yaml"), AS_OF)


@cache
def rows() -> tuple[Compared, ...]:
    return tuple(r for p in real_plans() for r in compare_with(assessed(p.id), p.coding))


@cache
def rows_from_details() -> tuple[Compared, ...]:
    """The same, with the plan files' statements left out: what the details alone support."""
    found = []
    for p in real_plans():
        plan = planfile.load(p.path)
        bare = plan.model_copy(update={"statements": Statements()})
        found += compare_with(assess(bare, AS_OF), p.coding)
    return tuple(found)


def explanations() -> dict[str, dict[str, str]]:
    found: dict[str, dict[str, str]] = yaml.safe_load(
        (FIXTURES / "sources" / "disagreements.yaml").read_text(encoding="utf-8")
    )
    return {plan: {str(k): v for k, v in (by or {}).items()} for plan, by in found.items()}


def _key_name(kind: str, key: str) -> str:
    if kind == "finding":
        return QUESTIONS[key].text
    return next(f"{c.number}. {c.title}" for c in catalogue() if str(c.number) == key)


def _cell(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


def report() -> str:
    found = rows()
    plans = real_plans()
    why = explanations()
    bare = rows_from_details()
    findings = [r for r in found if r.kind == "finding"]
    criteria = [r for r in found if r.kind == "criterion"]
    regions = sorted({p.region for p in plans})
    lines = [
        "# Real plans: does the scorecard agree with reviewers?",
        "",
        "<!-- Written by `make real-plans` (tests/core/real_plans.py); do not edit by hand. -->",
        "",
        f"{len(plans)} published National Action Plans ({', '.join(regions)}; "
        f"{sum(p.generation == 'first' for p in plans)} of the first generation, 2005–2012, "
        f"{sum(p.generation != 'first' for p in plans)} from 2014 on) are written as plan "
        "files in `tests/fixtures/real_naps/`, from public sources only: PeaceWomen/WILPF "
        "country pages, government pages, civil-society reports and evaluations. Beside each, "
        "`sources/<plan>.md` quotes every passage used, with its address, and gives the "
        "verdicts a reviewer decided from those passages **before napkit ran**: the 13 "
        "headline findings and a verdict per criterion (strong, adequate, weak, or not "
        "stated when the sources are silent). The method and the coding rules are in "
        "`sources/README.md`.",
        "",
        "The plan files are `transcribed: true`: what they leave out, the document does not "
        "state (as far as the sources show). What the document states without details (a "
        "budget mentioned, civil society said to monitor) is in their `statements`, quoted.",
        "",
        "A scorecard level reads as a verdict: high impact → strong; solid or partial → "
        "adequate; weak → weak; no score because the document does not answer the "
        "criterion's key question → not stated. Lead institution and pillars agree when "
        "both say something or both say nothing.",
        "",
        "## Agreement",
        "",
        "| | agree |",
        "|---|---|",
        f"| headline findings | {rate(findings)} |",
        f"| criterion verdicts | {rate(criteria)} |",
        f"| all | {rate(found)} |",
        "",
        "The headline findings agree by construction where a plan file's `statements` record "
        "what the sources say (they quote the same passages the reviewer coded): what this "
        "measures is that the scorecard reads statements and details consistently. Without "
        "the statements, from the plan files' details alone (bodies, members, consultations, "
        "budget status, reporting settings, objectives), the scorecard agrees on "
        f"{rate(r for r in bare if r.kind == 'finding')} headline findings and "
        f"{rate(r for r in bare if r.kind == 'criterion')} criterion verdicts.",
        "",
        "### Per headline finding",
        "",
        "| finding | agree |",
        "|---|---|",
        *(f"| {_key_name('finding', k)} | {v} |" for k, v in by_key(found, "finding").items()),
        "",
        "### Per criterion",
        "",
        "| criterion | agree |",
        "|---|---|",
        *(f"| {_key_name('criterion', k)} | {v} |" for k, v in by_key(found, "criterion").items()),
        "",
        "### Per plan",
        "",
        "| plan | region | score | level | agree |",
        "|---|---|---|---|---|",
    ]
    for p in plans:
        a = assessed(p.id)
        mine = [r for r in found if r.plan == p.id]
        lines.append(f"| {p.id} | {p.region} | {a.score:.0f} | {a.level.label} | {rate(mine)} |")
    lines += [
        "",
        "## Disagreements, explained",
        "",
        "Each names the definition napkit applies where the reviewer read the sources "
        "otherwise, or what the plan file cannot hold.",
        "",
        "| plan | question | reviewer | napkit | why |",
        "|---|---|---|---|---|",
    ]
    for r in found:
        if not r.agrees:
            reason = why.get(r.plan, {}).get(_explained_key(r), "")
            lines.append(
                f"| {r.plan} | {_key_name(r.kind, r.key)} | {r.expected} | {r.found} | "
                f"{_cell(reason)} |"
            )
    return "\n".join(lines) + "\n"


def _explained_key(r: Compared) -> str:
    return r.key if r.kind == "finding" else f"criterion {r.key}"


def main() -> int:
    DOC.write_text(report(), encoding="utf-8")
    print(f"wrote {DOC.relative_to(ROOT)}: {rate(rows())} agree")
    return 0


if __name__ == "__main__":
    sys.exit(main())
