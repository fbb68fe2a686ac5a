"""Plausible plans of a given size, for measuring napkit at the scale of real plans.

A national plan is far bigger than the demo: ten objectives, sixty outputs, four hundred
activities, three hundred indicators disaggregated by sex and age, twenty-five
organisations and twelve hundred budget lines over a ten-year period. The plans made here
have that shape, read like a real plan (ministries, themes by pillar, indicators with
baselines, milestones and targets) and are the same for the same seed, so two runs of a
benchmark measure the same thing. They are fictional: every country code is a
user-assigned one (XA–XZ), and no name refers to a real body.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from napkit.core.plan.model import Plan


@dataclass(frozen=True)
class Size:
    name: str
    objectives: int
    outcomes_per_objective: int
    outputs_per_outcome: int
    activities_per_output: int  # average; spread so the total is exact
    activities: int
    indicators: int
    organisations: int  # of which ``reporting`` are government bodies that report
    reporting: int
    lines_per_activity: int
    years: int


SIZES = {
    "demo": Size("demo", 4, 1, 3, 3, 43, 35, 12, 9, 1, 5),
    "national": Size("national", 10, 2, 3, 7, 400, 300, 25, 21, 3, 11),
}
# A regional instance: this many national plans on one server.
REGIONAL_PLANS = 30

MINISTRIES = (
    ("mfa", "Ministry of Foreign Affairs", "MFA"),
    ("mod", "Ministry of Defence", "MoD"),
    ("moi", "Ministry of the Interior", "MoI"),
    ("moj", "Ministry of Justice", "MoJ"),
    ("mgea", "Ministry of Gender Equality and Social Affairs", "MGEA"),
    ("moh", "Ministry of Health", "MoH"),
    ("moe", "Ministry of Education", "MoE"),
    ("mof", "Ministry of Finance", "MoF"),
    ("police", "National Police", "NP"),
    ("armed", "Armed Forces", "AF"),
    ("border", "Border Guard", "BG"),
    ("stat", "National Statistics Office", "NSO"),
    ("dev", "Development Cooperation Agency", "DCA"),
    ("refugees", "Office for Refugees and Migration", "ORM"),
    ("parl", "Parliamentary Committee on Equality", "PCE"),
    ("ombud", "Office of the Ombudsperson", "OMB"),
    ("judic", "Judicial Training Academy", "JTA"),
    ("prov-n", "Northern Provincial Government", "NPG"),
    ("prov-s", "Southern Provincial Government", "SPG"),
    ("prov-e", "Eastern Provincial Government", "EPG"),
    ("prov-w", "Western Provincial Government", "WPG"),
    ("pso", "Peace Support Operations Centre", "PSOC"),
    ("labour", "Ministry of Labour", "MoL"),
    ("youth", "Ministry of Youth and Sport", "MYS"),
    ("media", "Public Broadcasting Council", "PBC"),
)
CIVIL_SOCIETY = (
    ("wpn", "Women's Peace Network", "WPN"),
    ("legal-aid", "Women's Legal Aid Centre", "WLAC"),
    ("survivors", "Survivors' Association", "SA"),
    ("institute", "Institute for Peace Research", "IPR"),
)
PILLARS = ("participation", "prevention", "protection", "relief_and_recovery")
THEMES = {
    "participation": (
        "women's participation in peace negotiations",
        "women in the armed forces",
        "women in the police",
        "women mediators",
        "women in local decision-making",
        "women in peace operations",
    ),
    "prevention": (
        "early warning with a gender lens",
        "preventing violent extremism",
        "small arms control",
        "gender-responsive security sector reform",
        "peace education in schools",
        "prevention of sexual harassment in the forces",
    ),
    "protection": (
        "services for survivors of sexual violence",
        "protection of women human rights defenders",
        "legal aid for women refugees",
        "prosecution of conflict-related sexual violence",
        "shelters in the provinces",
        "protection from sexual exploitation and abuse",
    ),
    "relief_and_recovery": (
        "reparations for survivors",
        "economic recovery of women in border regions",
        "psychosocial support",
        "women in humanitarian planning",
        "reintegration of women ex-combatants",
        "land and property rights of displaced women",
    ),
}
ACTIONS = (
    "Train staff on {theme}",
    "Develop guidelines on {theme}",
    "Fund civil-society projects on {theme}",
    "Run a national campaign on {theme}",
    "Review legislation on {theme}",
    "Set up a working group on {theme}",
    "Commission research on {theme}",
    "Hold provincial dialogues on {theme}",
)
INDICATORS = (
    ("Number of people trained on {theme}", "number", "people"),
    ("Percentage of women among staff working on {theme}", "percentage", "%"),
    ("Number of cases handled under {theme}", "number", "cases"),
    ("Guidelines on {theme} adopted", "yes_no", None),
    ("Percentage of provinces with a plan on {theme}", "percentage", "%"),
    ("Number of women reached by {theme}", "number", "women"),
)


def plan_data(size: str = "national", seed: int = 1, number: int = 0) -> dict[str, Any]:
    """A plan of ``size`` as plan-file data (``number`` tells the plans of a regional
    instance apart)."""
    spec = SIZES[size]
    rng = random.Random(f"{size}-{seed}-{number}")
    letter = chr(ord("A") + number % 26)
    country = f"X{letter}"
    end_year = 2027
    start = date(end_year - spec.years, 10, 1)
    end = date(end_year, 9, 30)
    orgs = _organisations(spec)
    reporting = [o["id"] for o in orgs[: spec.reporting]]
    counts = _spread(spec.activities, spec.objectives * spec.outcomes_per_objective * 3)
    indicator_slots = _spread(
        spec.indicators, spec.objectives * (1 + spec.outcomes_per_objective * 4)
    )
    made = _Maker(rng, spec, reporting, start, end)
    objectives = []
    out_i = 0
    slot = 0
    for o in range(1, spec.objectives + 1):
        pillar = PILLARS[(o - 1) % len(PILLARS)]
        objective: dict[str, Any] = {
            "id": f"SO{o}",
            "title": f"Strategic objective {o}: {THEMES[pillar][o % 6].capitalize()}",
            "pillars": [pillar],
            "focus": rng.choice(["domestic", "international", "both"]),
            "indicators": made.indicators(f"SO{o}", pillar, indicator_slots[slot]),
            "outcomes": [],
        }
        slot += 1
        for c in range(1, spec.outcomes_per_objective + 1):
            outcome_id = f"OC{o}.{c}"
            outcome: dict[str, Any] = {
                "id": outcome_id,
                "title": f"Outcome {o}.{c}: progress on {THEMES[pillar][(o + c) % 6]}",
                "indicators": [],
                "outputs": [],
            }
            outcome_indicators = sum(indicator_slots[slot : slot + 4])
            slot += 4
            outcome["indicators"] = made.indicators(outcome_id, pillar, outcome_indicators // 3)
            rest = outcome_indicators - len(outcome["indicators"])
            for u in range(1, spec.outputs_per_outcome + 1):
                output_id = f"OP{o}.{c}.{u}"
                share = rest // spec.outputs_per_outcome + (
                    1 if u <= rest % spec.outputs_per_outcome else 0
                )
                theme = THEMES[pillar][(o + c + u) % 6]
                outcome["outputs"].append(
                    {
                        "id": output_id,
                        "title": f"Output {o}.{c}.{u}: {theme}",
                        "indicators": made.indicators(output_id, pillar, share),
                        "activities": [
                            made.activity(f"A{o}.{c}.{u}.{a}", theme)
                            for a in range(1, counts[out_i] + 1)
                        ],
                    }
                )
                out_i += 1
            objective["outcomes"].append(outcome)
        objectives.append(objective)
    return {
        "napkit": 1,
        "id": f"{'nation' if size == 'national' else size}-{letter.lower()}-nap-{start.year}",
        "metadata": {
            "title": f"National Action Plan of the Republic of {_name(number)} on Women, Peace "
            f"and Security, {start.year}-{end.year}",
            "short_title": f"{_name(number)} NAP ({start.year}-{end.year})",
            "country": country,
            "country_name": f"Republic of {_name(number)}",
            "edition": 2,
            "period": {"start": start.isoformat(), "end": end.isoformat()},
            "status": "active",
            "languages": ["en", "fr"],
            "adopted": start.isoformat(),
            "lead_organisation": "mfa",
            "summary": "A generated national action plan of realistic size, for measuring.",
        },
        "framework": {"focus": "both"},
        "organisations": orgs,
        "objectives": objectives,
        "budget": {"status": "allocated", "currency": "EUR", "published": True},
        "governance": _governance(orgs, start),
        "monitoring": {
            "reporting_frequency": "quarterly",
            "fiscal_year_start": 10,
            "reports_public": True,
            "reports_to": ["parliament"],
        },
    }


def plan(size: str = "national", seed: int = 1, number: int = 0) -> Plan:
    return Plan.model_validate(plan_data(size, seed, number))


def _name(number: int) -> str:
    stems = ("Arden", "Belmar", "Corvia", "Dalmora", "Estral", "Fennor", "Galdia", "Hestor")
    return stems[number % len(stems)] + ("" if number < len(stems) else f" {number}")


def _spread(total: int, parts: int) -> list[int]:
    base, extra = divmod(total, parts)
    return [base + (1 if i < extra else 0) for i in range(parts)]


def _organisations(spec: Size) -> list[dict[str, Any]]:
    government = MINISTRIES[: spec.organisations - len(CIVIL_SOCIETY)]
    out: list[dict[str, Any]] = [
        {
            "id": key,
            "name": name,
            "acronym": acronym,
            "type": "government",
            "level": "provincial" if key.startswith("prov") else "national",
            "focal_point": {"name": f"WPS focal point, {acronym}", "public": key == "mfa"},
        }
        for key, name, acronym in government
    ]
    out += [
        {"id": key, "name": name, "acronym": acronym, "type": "civil_society"}
        for key, name, acronym in CIVIL_SOCIETY
    ]
    return out


def _governance(orgs: list[dict[str, Any]], start: date) -> dict[str, Any]:
    members = [{"organisation": o["id"]} for o in orgs]
    return {
        "bodies": [
            {
                "id": "council",
                "name": "National WPS Coordination Council",
                "functions": ["design", "implementation", "monitoring", "evaluation"],
                "chair": "mfa",
                "members": members,
                "meeting_frequency": "quarterly",
                "meetings_per_year": 4,
                "rules_of_engagement": "Civil society members hold one third of the seats.",
                "decisions_public": True,
            }
        ],
        "coordinator": {"organisation": "mfa", "resourcing": "dedicated", "staff_fte": 3},
        "endorsements": [{"level": "cabinet", "date": start.isoformat()}],
    }


class _Maker:
    def __init__(
        self, rng: random.Random, spec: Size, reporting: list[str], start: date, end: date
    ):
        self.rng, self.spec, self.reporting = rng, spec, reporting
        self.start, self.end = start, end
        self.budget_number = 0

    def indicators(self, owner: str, pillar: str, count: int) -> list[dict[str, Any]]:
        out = []
        for n in range(1, count + 1):
            theme = self.rng.choice(THEMES[pillar])
            text, measure, unit = self.rng.choice(INDICATORS)
            indicator: dict[str, Any] = {
                "id": f"{owner}-i{n}",
                "name": text.format(theme=theme),
                "measure": measure,
                "source": "Administrative records",
                "frequency": "quarterly",
                "responsible": self.rng.choice(self.reporting),
            }
            if unit:
                indicator["unit"] = unit
            if measure == "number":
                base = self.rng.randrange(0, 200)
                indicator.update(
                    aggregation=self.rng.choice(["cumulative", "non_cumulative", "latest"]),
                    disaggregation=["sex", "age_band"],
                    baseline={"value": base, "date": self.start.isoformat(), "source": "Survey"},
                    milestones=[
                        {
                            "value": base + 100 * k,
                            "date": date(self.start.year + 2 * k, 9, 30).isoformat(),
                        }
                        for k in range(1, self.spec.years // 2)
                    ],
                    target={
                        "value": base + 100 * (self.spec.years // 2),
                        "date": self.end.isoformat(),
                    },
                )
            elif measure == "percentage":
                base = self.rng.randrange(5, 40)
                indicator.update(
                    numerator="women",
                    denominator="all staff",
                    baseline={"value": base, "date": self.start.isoformat(), "source": "Survey"},
                    target={"value": min(95, base + 30), "date": self.end.isoformat()},
                )
            else:
                indicator.update(target={"value": True, "date": self.end})
            out.append(indicator)
        return out

    def activity(self, key: str, theme: str) -> dict[str, Any]:
        lead = self.rng.choice(self.reporting)
        supporting = sorted({self.rng.choice(self.reporting) for _ in range(2)} - {lead})
        first = self.start.year + self.rng.randrange(0, max(1, self.spec.years - 3))
        lines = []
        for k in range(self.spec.lines_per_activity):
            self.budget_number += 1
            year = first + k
            lines.append(
                {
                    "id": f"B{self.budget_number}",
                    "amount": str(Decimal(self.rng.randrange(5, 200) * 1000)),
                    "currency": "EUR",
                    "status": "allocated",
                    "fiscal_year": f"{year}-{str(year + 1)[2:]}",
                    "funding_source": "State budget",
                    "gender_marker": 2,
                }
            )
        title = self.rng.choice(ACTIONS).format(theme=theme)
        return {
            "id": key,
            "title": title,
            "responsibility": {"lead": lead, "supporting": supporting},
            "start": date(first, 10, 1).isoformat(),
            "end": date(first + 3, 9, 30).isoformat(),
            "tags": ["training"] if title.startswith("Train") else [],
            "budget_lines": lines,
        }
