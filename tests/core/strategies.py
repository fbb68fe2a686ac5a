"""Hypothesis strategies that build random *valid* plans, tricky text included."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from itertools import count

from hypothesis import strategies as st

from napkit.core.plan import model as core
from napkit.core.plan import vocabulary as v

# Text that trips YAML writers: words YAML 1.1 reads as booleans, numbers, dates, nulls,
# leading/trailing spaces, quotes, colons, hashes, line breaks, non-Latin scripts.
TRICKY = [
    "yes",
    "No",
    "NO",
    "on",
    "off",
    "null",
    "~",
    "true",
    "1.5",
    "010",
    "0x1F",
    "1:30",
    "2025-01-01",
    "- item",
    "key: value",
    "# hash",
    "'quoted'",
    '"double"',
    "a\nb",
    "trailing  ",
    " leading",
    "tab\there",
    "ünïcödé",
    "العربية",
    "中文",
    "emoji 🕊️",
    "back\\slash",
    "@at",
    "`tick`",
    "%percent",
    "&anchor",
    "*alias",
    "!tag",
    "|pipe",
    ">fold",
    "{brace}",
    "[bracket]",
    "line\n\nbreaks\n",
    "x" * 150,
]

text = st.one_of(
    st.sampled_from(TRICKY),
    st.text(
        alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
        min_size=1,
        max_size=40,
    ),
).filter(lambda s: s.strip() != "")

optional_text = st.one_of(st.none(), text)
numbers = st.one_of(
    st.integers(-(10**9), 10**9),
    st.floats(-1e9, 1e9, allow_nan=False, allow_infinity=False),
)
money = st.decimals(0, Decimal("9999999999999.99"), places=2, allow_nan=False, allow_infinity=False)
START = date(2025, 1, 1)
END = date(2029, 12, 31)


def day_in(low: date, high: date) -> st.SearchStrategy[date]:
    return st.integers(0, (high - low).days).map(lambda n: low + timedelta(days=n))


@st.composite
def contacts(draw: st.DrawFn) -> core.Contact | None:
    if draw(st.booleans()):
        return None
    return core.Contact(
        name=draw(optional_text), email=draw(optional_text), public=draw(st.booleans())
    )


@st.composite
def indicators(draw: st.DrawFn, ids: count, orgs: list[str]) -> core.Indicator:
    measure = draw(st.sampled_from(list(v.Measure)))
    scale = ["low", "medium", "high"] if measure is v.Measure.ORDINAL else []
    aggregation = draw(st.sampled_from(list(v.Aggregation)))
    direction = draw(st.sampled_from(list(v.Direction)))

    def value() -> object:
        if measure is v.Measure.NUMBER:
            return draw(numbers)
        if measure is v.Measure.PERCENTAGE:
            return draw(st.one_of(st.integers(0, 100), st.floats(0, 100, allow_nan=False)))
        if measure is v.Measure.YES_NO:
            return draw(st.booleans())
        if measure is v.Measure.ORDINAL:
            return draw(st.sampled_from(scale))
        return draw(text)

    days = sorted(draw(st.sets(day_in(START + timedelta(days=1), END), max_size=3)))
    milestones = [core.Target(value=value(), date=d, label=draw(optional_text)) for d in days]
    if aggregation is v.Aggregation.CUMULATIVE and direction is not v.Direction.MAINTAIN:
        # A running total only moves one way: keep milestone values in order.
        nums = [
            m.value
            for m in milestones
            if isinstance(m.value, int | float) and not isinstance(m.value, bool)
        ]
        if len(nums) == len(milestones) and nums:
            ordered = sorted(nums, reverse=direction is v.Direction.DECREASE)
            milestones = [
                m.model_copy(update={"value": x}) for m, x in zip(milestones, ordered, strict=True)
            ]
    target = None
    if draw(st.booleans()):
        history = [
            core.TargetRevision(value=value(), changed_on=date(2025, 6, 1 + i), reason=draw(text))
            for i in range(draw(st.integers(0, 2)))
        ]
        final = milestones[-1].value if milestones else value()
        target = core.Target(value=final, date=END, history=history)
    baseline = core.Baseline()
    if draw(st.booleans()):
        baseline = core.Baseline(value=value(), date=START, source=draw(optional_text))
    return core.Indicator(
        id=f"I{next(ids)}",
        name=draw(text),
        definition=draw(optional_text),
        measure=measure,
        unit=draw(optional_text),
        direction=direction,
        aggregation=aggregation,
        disaggregation=draw(
            st.lists(st.sampled_from(["sex", "age_band", "location"]), unique=True, max_size=2)
        ),
        scale=scale,
        baseline=baseline,
        milestones=milestones,
        target=target,
        responsible=draw(st.sampled_from([None, *orgs])),
        catalogue=[core.CatalogueRef(set=v.CatalogueSet.SDG, code="5.5.1")]
        if draw(st.booleans())
        else [],
    )


@st.composite
def budget_lines(draw: st.DrawFn, ids: count, orgs: list[str]) -> core.BudgetLine:
    status = draw(st.sampled_from([None, *v.BudgetStatus]))
    amount = draw(money) if (status and status.needs_amount) or draw(st.booleans()) else None
    return core.BudgetLine(
        id=f"B{next(ids)}",
        description=draw(optional_text),
        amount=amount,
        currency="EUR" if amount is not None else None,
        status=status,
        fiscal_year=draw(st.sampled_from([None, "2025", "2025-26"])),
        gender_marker=draw(st.sampled_from([None, *v.GenderMarker])),
        organisation=draw(st.sampled_from([None, *orgs])),
    )


@st.composite
def activities(draw: st.DrawFn, ids: count, orgs: list[str]) -> core.Activity:
    lead = draw(st.sampled_from([None, *orgs]))
    supporting = (
        [o for o in draw(st.lists(st.sampled_from(orgs), unique=True, max_size=2)) if o != lead]
        if orgs
        else []
    )
    start = draw(st.one_of(st.none(), day_in(START, END)))
    end = draw(st.one_of(st.none(), day_in(start or START, END)))
    return core.Activity(
        id=f"A{next(ids)}",
        title=draw(text),
        description=draw(optional_text),
        responsibility=core.Responsibility(
            lead=lead, supporting=supporting, contact=draw(contacts())
        ),
        start=start,
        end=end,
        priority=draw(st.sampled_from([None, *v.Priority])),
        focus=draw(st.sampled_from([None, *v.Focus])),
        contexts=draw(st.lists(st.sampled_from(list(v.ContextLens)), unique=True, max_size=2)),
        tags=draw(st.lists(text, max_size=2)),
        budget_lines=draw(st.lists(budget_lines(ids, orgs), max_size=2)),
    )


@st.composite
def outputs(draw: st.DrawFn, ids: count, orgs: list[str]) -> core.Output:
    return core.Output(
        id=f"OP{next(ids)}",
        title=draw(text),
        description=draw(optional_text),
        indicators=draw(st.lists(indicators(ids, orgs), max_size=2)),
        activities=draw(st.lists(activities(ids, orgs), max_size=3)),
    )


@st.composite
def plans(draw: st.DrawFn) -> core.Plan:
    ids = count(1)
    org_types = draw(st.lists(st.sampled_from(list(v.OrganisationType)), max_size=4))
    organisations = [
        core.Organisation(
            id=f"ORG{i}",
            name=draw(text),
            type=t,
            acronym=draw(optional_text),
            level=v.GovernmentLevel.NATIONAL if t is v.OrganisationType.GOVERNMENT else None,
            focal_point=draw(contacts()),
        )
        for i, t in enumerate(org_types)
    ]
    orgs = [o.id for o in organisations]
    objectives = []
    for _ in range(draw(st.integers(0, 3))):
        outcomes = [
            core.Outcome(
                id=f"OC{next(ids)}",
                title=draw(text),
                outputs=draw(st.lists(outputs(ids, orgs), max_size=2)),
            )
            for _ in range(draw(st.integers(0, 1)))
        ]
        objectives.append(
            core.Objective(
                id=f"O{next(ids)}",
                title=draw(text),
                description=draw(optional_text),
                pillars=draw(
                    st.lists(
                        st.sampled_from(["participation", "prevention", "protection"]),
                        unique=True,
                        max_size=2,
                    )
                ),
                indicators=draw(st.lists(indicators(ids, orgs), max_size=2)),
                outcomes=outcomes,
                outputs=draw(st.lists(outputs(ids, orgs), max_size=2)),
            )
        )
    members = [core.Member(organisation=o) for o in orgs] + [
        core.Member(name=draw(text), sector=v.Sector.CIVIL_SOCIETY)
    ]
    return core.Plan(
        id=draw(st.sampled_from(["p", "nap-3", "X.1_a"])),
        metadata=core.PlanMetadata(
            title=draw(text),
            country="XV",
            edition=draw(st.one_of(st.none(), st.integers(1, 9))),
            period=core.Period(start=START, end=END),
            status=draw(st.sampled_from(list(v.PlanStatus))),
            summary=draw(optional_text),
            languages=draw(st.sampled_from([["en"], ["fr", "en"]])),
        ),
        framework=core.Framework(
            context_lens=draw(st.lists(st.sampled_from(list(v.ContextLens)), unique=True)),
            tiers=core.TierNames(objective=draw(text)),
        ),
        organisations=organisations,
        objectives=objectives,
        budget=core.BudgetSummary(
            status=draw(st.sampled_from([None, *v.BudgetStatus])), statement=draw(optional_text)
        ),
        governance=core.Governance(
            bodies=[
                core.CoordinationBody(
                    id=f"BODY{next(ids)}",
                    name=draw(text),
                    members=members,
                    functions=draw(st.lists(st.sampled_from(list(v.BodyFunction)), unique=True)),
                    meetings=[
                        core.Meeting(
                            id=f"M{next(ids)}",
                            date=draw(day_in(START, END)),
                            decisions=draw(st.lists(text, max_size=2)),
                        )
                    ],
                )
            ]
            if draw(st.booleans())
            else []
        ),
        risks=[
            core.Risk(
                id=f"R{next(ids)}",
                title=draw(text),
                likelihood=draw(st.sampled_from([None, *v.Level])),
            )
            for _ in range(draw(st.integers(0, 2)))
        ],
    )
