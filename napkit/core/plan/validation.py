"""Cross-item validation: what is contradictory, not what is missing.

A plan with no budget, no baselines and no indicators is valid (the scorecard
says what it lacks). A plan that names an organisation that does not exist, sets
a target after its period ends or repeats an id is not: every such problem is
reported, each with the field path it sits at.
"""

from __future__ import annotations

import csv
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from functools import cache
from importlib.resources import files
from itertools import pairwise

from napkit.core.i18n import _
from napkit.core.plan import walk
from napkit.core.plan.model import Baseline, Dimension, Indicator, Plan, Target, builtin_dimensions
from napkit.core.plan.problems import FieldPath, Problem
from napkit.core.plan.types import is_number
from napkit.core.plan.vocabulary import (
    Aggregation,
    Direction,
    InputResponse,
    Measure,
    OrganisationType,
)

Check = Callable[[Plan], Iterable[Problem]]


@cache
def currency_codes() -> frozenset[str]:
    text = files("napkit.core.data").joinpath("currencies.csv").read_text(encoding="utf-8")
    rows = csv.DictReader(line for line in text.splitlines() if not line.startswith("#"))
    return frozenset(row["code"] for row in rows)


def dimensions(plan: Plan) -> dict[str, Dimension]:
    """The plan's disaggregation dimensions: built-in ones, replaced or extended by its own."""
    found = {d.id: d for d in builtin_dimensions()}
    found.update({d.id: d for d in plan.framework.dimensions})
    return found


def validate(plan: Plan) -> list[Problem]:
    """Every contradiction in the plan, in a stable order (by check, then document order)."""
    return [problem for check in CHECKS for problem in check(plan)]


def warnings(plan: Plan) -> list[Problem]:
    """What is allowed but owed (severity "warning"): never a reason to refuse a plan, since
    a record may be completed later, but shown to those who can complete it.

    An input not adopted needs the reason: "not adopted" alone answers nothing to those
    consulted (the scorecard counts such inputs as unanswered, check 2.6)."""
    return [
        Problem(
            _("an input not adopted needs the reason"),
            ("consultations", i, "inputs", j, "how_addressed"),
            severity="warning",
        )
        for i, consultation in enumerate(plan.consultations)
        for j, item in enumerate(consultation.inputs)
        if item.response is InputResponse.NOT_ADOPTED and not item.how_addressed
    ]


# --- identifiers -----------------------------------------------------------------


def _repeats(ids: Iterable[tuple[str, FieldPath]], message: str) -> Iterator[Problem]:
    """``message`` is a translated template with ``{value}`` and ``{where}``."""
    seen: dict[str, FieldPath] = {}
    for value, path in ids:
        if value in seen:
            where = ".".join(str(p) for p in seen[value])
            yield Problem(message.format(value=repr(value), where=where), path)
        else:
            seen[value] = path


def check_unique_ids(plan: Plan) -> Iterator[Problem]:
    items = ((i.id, (*i.path, "id")) for i in walk.identified_items(plan))
    yield from _repeats(items, _("duplicate id {value} (first used at {where})"))
    pillars = (
        (p.id, ("framework", "pillars", i, "id")) for i, p in enumerate(plan.framework.pillars)
    )
    yield from _repeats(pillars, _("duplicate pillar id {value} (first used at {where})"))
    dims = plan.framework.dimensions
    yield from _repeats(
        ((d.id, ("framework", "dimensions", i, "id")) for i, d in enumerate(dims)),
        _("duplicate dimension id {value} (first used at {where})"),
    )
    for i, dim in enumerate(dims):
        cats = (
            (c.id, ("framework", "dimensions", i, "categories", j, "id"))
            for j, c in enumerate(dim.categories)
        )
        yield from _repeats(cats, _("duplicate category id {value} (first used at {where})"))


# --- references ------------------------------------------------------------------


class _Refs:
    """Resolves organisation references and reports the dangling ones."""

    def __init__(self, plan: Plan):
        self.orgs = {o.id for o in plan.organisations}
        self.hint = ", ".join(sorted(self.orgs)[:12]) or _("none are defined")

    def org(self, value: str | None, path: FieldPath) -> Iterator[Problem]:
        if value is not None and value not in self.orgs:
            yield Problem(
                _(
                    "unknown organisation {value} (expected an id from organisations: {hint})"
                ).format(value=repr(value), hint=self.hint),
                path,
            )

    def orgs_in(self, values: list[str], path: FieldPath) -> Iterator[Problem]:
        for i, value in enumerate(values):
            yield from self.org(value, (*path, i))


def check_organisation_refs(plan: Plan) -> Iterator[Problem]:
    refs = _Refs(plan)
    yield from refs.org(plan.metadata.lead_organisation, ("metadata", "lead_organisation"))
    for ref in walk.activities(plan):
        resp = getattr(ref.item, "responsibility", None)
        if resp is None:
            continue
        base = (*ref.path, "responsibility")
        yield from refs.org(resp.lead, (*base, "lead"))
        yield from refs.orgs_in(resp.supporting, (*base, "supporting"))
        if resp.lead is not None and resp.lead in resp.supporting:
            yield Problem(
                _("{organisation} is both the lead and a supporting organisation").format(
                    organisation=repr(resp.lead)
                ),
                (*base, "supporting"),
            )
    for ind in walk.indicators(plan):
        yield from refs.org(ind.indicator.responsible, (*ind.path, "responsible"))
        roles = ind.indicator.data_roles
        if roles is not None:
            for field in ("collects", "analyses", "reports"):
                yield from refs.org(getattr(roles, field), (*ind.path, "data_roles", field))
    for bl in walk.budget_lines(plan):
        yield from refs.org(bl.line.organisation, (*bl.path, "organisation"))
    yield from _governance_refs(plan, refs)
    for i, consultation in enumerate(plan.consultations):
        base = ("consultations", i)
        yield from refs.orgs_in(consultation.organisations, (*base, "organisations"))
        for j, item in enumerate(consultation.inputs):
            yield from refs.org(item.source, (*base, "inputs", j, "source"))
    if plan.baseline_study is not None:
        for i, action in enumerate(plan.baseline_study.actions):
            yield from refs.org(
                action.organisation, ("baseline_study", "actions", i, "organisation")
            )
    for i, risk in enumerate(plan.risks):
        yield from refs.org(risk.owner, ("risks", i, "owner"))


def _governance_refs(plan: Plan, refs: _Refs) -> Iterator[Problem]:
    gov = plan.governance
    for i, body in enumerate(gov.bodies):
        base = ("governance", "bodies", i)
        yield from refs.org(body.chair, (*base, "chair"))
        for j, member in enumerate(body.members):
            yield from refs.org(member.organisation, (*base, "members", j, "organisation"))
            if member.organisation is None and not member.name:
                yield Problem(_("a member needs an organisation or a name"), (*base, "members", j))
            if member.organisation is None and member.name and member.sector is None:
                yield Problem(_("a member given by name needs a sector"), (*base, "members", j))
        for j, meeting in enumerate(body.meetings):
            yield from refs.orgs_in(meeting.attendance, (*base, "meetings", j, "attendance"))
            for k, action in enumerate(meeting.action_items):
                yield from refs.org(
                    action.owner, (*base, "meetings", j, "action_items", k, "owner")
                )
    if gov.coordinator is not None:
        yield from refs.org(
            gov.coordinator.organisation, ("governance", "coordinator", "organisation")
        )


def _unknown_items(
    items: dict[str, walk.IdentifiedItem], ids: list[str], path: FieldPath
) -> Iterator[Problem]:
    for k, target in enumerate(ids):
        if target not in items:
            yield Problem(_("unknown plan item {item}").format(item=repr(target)), (*path, k))


def check_other_refs(plan: Plan) -> Iterator[Problem]:
    pillars = {p.id for p in plan.framework.pillars}
    pillar_hint = ", ".join(p.id for p in plan.framework.pillars)
    for i, objective in enumerate(plan.objectives):
        for j, pillar in enumerate(objective.pillars):
            if pillar not in pillars:
                yield Problem(
                    _("unknown pillar {pillar} (expected one of: {expected})").format(
                        pillar=repr(pillar), expected=pillar_hint
                    ),
                    ("objectives", i, "pillars", j),
                )
    dims = dimensions(plan)
    for ind in walk.indicators(plan):
        for j, dim in enumerate(ind.indicator.disaggregation):
            if dim not in dims:
                yield Problem(
                    _(
                        "unknown disaggregation dimension {dimension} (expected one of: {expected})"
                    ).format(dimension=repr(dim), expected=", ".join(dims)),
                    (*ind.path, "disaggregation", j),
                )
    items = walk.item_index(plan)
    for i, consultation in enumerate(plan.consultations):
        for j, item in enumerate(consultation.inputs):
            path: FieldPath = ("consultations", i, "inputs", j)
            for field in ("about", "addressed_in"):
                yield from _unknown_items(items, getattr(item, field), (*path, field))
    for b, body in enumerate(plan.governance.bodies):
        for j, meeting in enumerate(body.meetings):
            for k, action in enumerate(meeting.action_items):
                at = ("governance", "bodies", b, "meetings", j, "action_items", k, "items")
                yield from _unknown_items(items, action.items, at)
    meta = plan.metadata
    if meta.predecessor == plan.id:
        yield Problem(_("a plan cannot be its own predecessor"), ("metadata", "predecessor"))
    if meta.parent == plan.id:
        yield Problem(_("a plan cannot be its own parent"), ("metadata", "parent"))


# --- dates -----------------------------------------------------------------------


def _outside(day: date, plan: Plan) -> str | None:
    period = plan.metadata.period
    if period is None or period.start <= day <= period.end:
        return None
    return _("{day} is outside the plan period ({start} to {end})").format(
        day=day.isoformat(), start=period.start, end=period.end
    )


def check_dates(plan: Plan) -> Iterator[Problem]:
    period = plan.metadata.period
    if period is not None and period.end <= period.start:
        yield Problem(
            _("the period ends ({end}) before it starts ({start})").format(
                end=period.end, start=period.start
            ),
            ("metadata", "period", "end"),
        )
        return
    for ref in walk.activities(plan):
        start, end = getattr(ref.item, "start", None), getattr(ref.item, "end", None)
        for field, day in (("start", start), ("end", end)):
            if day is not None and (why := _outside(day, plan)):
                yield Problem(why, (*ref.path, field))
        if start is not None and end is not None and end < start:
            yield Problem(
                _("the activity ends ({end}) before it starts ({start})").format(
                    end=end, start=start
                ),
                (*ref.path, "end"),
            )
    for ind in walk.indicators(plan):
        yield from _indicator_dates(plan, ind.indicator, ind.path)


def _indicator_dates(plan: Plan, indicator: Indicator, path: FieldPath) -> Iterator[Problem]:
    baseline_day = indicator.baseline.date
    target_day = _target_day(plan, indicator.target)
    for i, milestone in enumerate(indicator.milestones):
        mpath = (*path, "milestones", i)
        if milestone.date is None:
            yield Problem(_("a milestone needs a date"), mpath)
            continue
        if why := _outside(milestone.date, plan):
            yield Problem(why, (*mpath, "date"))
        if baseline_day is not None and milestone.date <= baseline_day:
            yield Problem(
                _("the milestone ({day}) is not after the baseline date ({baseline})").format(
                    day=milestone.date, baseline=baseline_day
                ),
                (*mpath, "date"),
            )
        if target_day is not None and milestone.date > target_day:
            yield Problem(
                _("the milestone ({day}) falls after the end target ({target})").format(
                    day=milestone.date, target=target_day
                ),
                (*mpath, "date"),
            )
    repeated = [
        d for d, n in Counter(m.date for m in indicator.milestones if m.date).items() if n > 1
    ]
    for day in repeated:
        yield Problem(
            _("two milestones share the date {day}").format(day=day), (*path, "milestones")
        )
    if indicator.target is not None and indicator.target.date is not None:
        day = indicator.target.date
        if why := _outside(day, plan):
            yield Problem(why, (*path, "target", "date"))
        if baseline_day is not None and day <= baseline_day:
            yield Problem(
                _("the target date ({day}) is not after the baseline date ({baseline})").format(
                    day=day, baseline=baseline_day
                ),
                (*path, "target", "date"),
            )
    for field, target in _targets(indicator):
        for j, revision in enumerate(target.history):
            later = target.history[j + 1].changed_on if j + 1 < len(target.history) else None
            if later is not None and later < revision.changed_on:
                yield Problem(
                    _("revisions must be listed oldest first"),
                    (*path, *field, "history", j + 1, "changed_on"),
                )


def _target_day(plan: Plan, target: Target | None) -> date | None:
    if target is None:
        return None
    if target.date is not None:
        return target.date
    return plan.metadata.period.end if plan.metadata.period else None


def _targets(indicator: Indicator) -> Iterator[tuple[FieldPath, Target]]:
    for i, milestone in enumerate(indicator.milestones):
        yield ("milestones", i), milestone
    if indicator.target is not None:
        yield ("target",), indicator.target


# --- indicator values ------------------------------------------------------------


def _value_problem(indicator: Indicator, value: object) -> str | None:
    measure, given = indicator.measure, repr(value)
    if measure is Measure.NUMBER and not is_number(value):
        return _("expected a number for this indicator, got {value}").format(value=given)
    if measure is Measure.PERCENTAGE:
        if not is_number(value):
            return _("expected a percentage (a number from 0 to 100), got {value}").format(
                value=given
            )
        if not 0 <= value <= 100:  # type: ignore[operator]
            return _("a percentage must be from 0 to 100, got {value}").format(value=given)
    if measure is Measure.YES_NO and not isinstance(value, bool):
        return _("expected yes/no (true or false), got {value}").format(value=given)
    if measure is Measure.ORDINAL and value not in indicator.scale:
        return _("expected a level of the scale ({scale}), got {value}").format(
            scale=", ".join(indicator.scale), value=given
        )
    if measure is Measure.NARRATIVE and not isinstance(value, str):
        return _("expected text for a narrative indicator, got {value}").format(value=given)
    return None


def _values(indicator: Indicator) -> Iterator[tuple[FieldPath, object]]:
    if indicator.baseline.value is not None:
        yield ("baseline", "value"), indicator.baseline.value
    for field, target in _targets(indicator):
        yield (*field, "value"), target.value
        for j, revision in enumerate(target.history):
            yield (*field, "history", j, "value"), revision.value


def check_indicator_values(plan: Plan) -> Iterator[Problem]:
    for ind in walk.indicators(plan):
        indicator = ind.indicator
        if indicator.measure is Measure.ORDINAL and len(indicator.scale) < 2:
            yield Problem(
                _("an ordinal indicator needs a scale of at least two levels"),
                (*ind.path, "scale"),
            )
        elif indicator.measure is not Measure.ORDINAL and indicator.scale:
            yield Problem(_("a scale is only for ordinal indicators"), (*ind.path, "scale"))
        if len(set(indicator.scale)) != len(indicator.scale):
            yield Problem(_("the scale repeats a level"), (*ind.path, "scale"))
        yield from _baseline_problems(indicator.baseline, (*ind.path, "baseline"))
        for field, value in _values(indicator):
            if why := _value_problem(indicator, value):
                yield Problem(why, (*ind.path, *field))
        yield from _cumulative_problems(indicator, ind.path)


def _baseline_problems(baseline: Baseline, path: FieldPath) -> Iterator[Problem]:
    if baseline.not_applicable and baseline.value is not None:
        yield Problem(_("a baseline marked not applicable cannot have a value"), (*path, "value"))


def _cumulative_problems(indicator: Indicator, path: FieldPath) -> Iterator[Problem]:
    """A running total cannot go back: milestones and target must move one way."""
    if indicator.aggregation is not Aggregation.CUMULATIVE:
        return
    if indicator.direction is Direction.MAINTAIN:
        return
    dated = sorted(
        (
            (m.date, m.value, ("milestones", i))
            for i, m in enumerate(indicator.milestones)
            if m.date is not None and is_number(m.value)
        ),
        key=lambda p: p[0],
    )
    points: list[tuple[object, FieldPath]] = [(value, field) for _day, value, field in dated]
    if indicator.target is not None and is_number(indicator.target.value):
        points.append((indicator.target.value, ("target",)))
    rising = indicator.direction is Direction.INCREASE
    if rising:
        message = _(
            "a cumulative increase indicator cannot fall from {before} to {after}: "
            "each milestone and the end target count everything so far"
        )
    else:
        message = _(
            "a cumulative decrease indicator cannot rise from {before} to {after}: "
            "each milestone and the end target count everything so far"
        )
    for (before, _where), (after, field) in pairwise(points):
        if (after < before) if rising else (after > before):  # type: ignore[operator]
            yield Problem(message.format(before=before, after=after), (*path, *field, "value"))


# --- budget, organisations, dimensions --------------------------------------------


def _money_problems(amount: object, currency: str | None, path: FieldPath) -> Iterator[Problem]:
    if amount is not None and currency is None:
        yield Problem(_("an amount needs a currency"), (*path, "currency"))
    if currency is not None and currency not in currency_codes():
        yield Problem(
            _("unknown currency code {currency} (expected ISO 4217, e.g. EUR, USD, KES)").format(
                currency=repr(currency)
            ),
            (*path, "currency"),
        )


def check_budget(plan: Plan) -> Iterator[Problem]:
    for bl in walk.budget_lines(plan):
        line = bl.line
        yield from _money_problems(line.amount, line.currency, bl.path)
        if line.status is not None and line.status.needs_amount and line.amount is None:
            yield Problem(
                _("a budget line with status {status} needs an amount").format(
                    status=repr(line.status.value)
                ),
                (*bl.path, "amount"),
            )
    summary = plan.budget
    yield from _money_problems(summary.total, summary.currency, ("budget",))
    coordinator = plan.governance.coordinator
    if coordinator is not None:
        yield from _money_problems(
            coordinator.budget, coordinator.currency, ("governance", "coordinator")
        )


def check_organisations(plan: Plan) -> Iterator[Problem]:
    for i, org in enumerate(plan.organisations):
        if org.level is not None and org.type is not OrganisationType.GOVERNMENT:
            yield Problem(
                _("a level (national, provincial, local) is only for government organisations"),
                ("organisations", i, "level"),
            )


def check_dimensions(plan: Plan) -> Iterator[Problem]:
    for i, dim in enumerate(plan.framework.dimensions):
        if dim.exhaustive and not dim.categories:
            yield Problem(
                _("an exhaustive dimension needs its categories (or set exhaustive: false)"),
                ("framework", "dimensions", i, "categories"),
            )


CHECKS: tuple[Check, ...] = (
    check_unique_ids,
    check_organisation_refs,
    check_other_refs,
    check_dates,
    check_indicator_values,
    check_budget,
    check_organisations,
    check_dimensions,
)
