"""The plan tables of migrations 0001–0004 → the plan document of 0005.

A frozen copy of the reader that served those tables, working on the historical models a
migration is given, so the conversion never depends on models that no longer exist. It
builds the current core ``Plan`` (plan files stay readable from version to version), which
is then stored as the plan file's JSON.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Any, TypeVar

from django.db.models import Model

from napkit.core.plan import model as core
from napkit.core.plan.vocabulary import Tier

T = TypeVar("T", bound=Model)


def _opt(value: str) -> str | None:
    return value or None


class _Models:
    """The historical models, by the names the reader uses."""

    def __init__(self, apps: Any):
        for name in ("ObjectivePillar", "Support", "Target", "TargetRevision", "BodyMember"):
            setattr(self, name, apps.get_model("plans", name))



# --- rows → core -----------------------------------------------------------------


def _by(rows: Iterable[T], attr: str) -> dict[Any, list[T]]:
    out: dict[Any, list[T]] = defaultdict(list)
    for row in rows:
        out[getattr(row, attr)].append(row)
    return out


def to_core(apps: Any, record: Any) -> core.Plan:
    """The stored plan as a core ``Plan``."""
    orgs = {o.pk: o.key for o in record.organisations.all()}

    def key(pk: int | None) -> str | None:
        return orgs.get(pk) if pk is not None else None

    reader = _Reader(record, key, _Models(apps))
    study = None
    actions = [
        core.ExistingAction(
            id=a.key,
            title=a.title,
            organisation=key(a.organisation_id),
            description=_opt(a.description),
            since=a.since,
            status=_opt(a.status),
        )
        for a in record.existing_actions.all()
    ]
    if record.baseline_study is not None:
        study = core.BaselineStudy.model_validate({**record.baseline_study, "actions": actions})
    return core.Plan(
        id=record.key,
        metadata=_metadata(record, key),
        framework=core.Framework(
            pillars=[
                core.Pillar(id=p.key, name=p.name, description=_opt(p.description))
                for p in record.pillars.all()
            ],
            context_lens=record.context_lens,
            focus=_opt(record.focus),
            focus_countries=record.focus_countries,
            tiers=core.TierNames(**record.tiers),
            dimensions=record.dimensions,
        ),
        organisations=[_org_to_core(o) for o in record.organisations.all()],
        objectives=reader.objectives(),
        budget=core.BudgetSummary(
            status=_opt(record.budget_status),
            statement=_opt(record.budget_statement),
            total=record.budget_total,
            currency=_opt(record.budget_currency),
            published=record.budget_published,
        ),
        governance=reader.governance(),
        consultations=reader.consultations(),
        baseline_study=study,
        risks=[
            core.Risk(
                id=r.key,
                title=r.title,
                description=_opt(r.description),
                likelihood=_opt(r.likelihood),
                impact=_opt(r.impact),
                mitigation=_opt(r.mitigation),
                owner=key(r.owner_id),
            )
            for r in record.risks.all()
        ],
        monitoring=core.MonitoringArrangements.model_validate(record.monitoring),
    )


def _metadata(record: Any, key: Any) -> core.PlanMetadata:
    period = None
    if record.period_start and record.period_end:
        period = core.Period(start=record.period_start, end=record.period_end)
    return core.PlanMetadata(
        title=record.title,
        short_title=_opt(record.short_title),
        country=record.country,
        country_name=_opt(record.country_name),
        edition=record.edition,
        kind=record.kind,
        region=_opt(record.region),
        period=period,
        status=record.status,
        languages=record.languages,
        predecessor=_opt(record.predecessor_key),
        parent=_opt(record.parent_key),
        adopted=record.adopted,
        review_date=record.review_date,
        lead_organisation=key(record.lead_organisation_id),
        summary=_opt(record.summary),
        documents=record.documents,
    )


def _org_to_core(o: Any) -> core.Organisation:
    return core.Organisation(
        id=o.key,
        name=o.name,
        acronym=_opt(o.acronym),
        type=o.type,
        level=_opt(o.level),
        country=_opt(o.country),
        url=_opt(o.url),
        description=_opt(o.description),
        focal_point=o.focal_point,
        iati_ref=_opt(o.iati_ref),
    )


class _Reader:
    def __init__(self, record: Any, key: Any, models: _Models):
        self.record, self.key, self.m = record, key, models

    def objectives(self) -> list[core.Objective]:
        nodes = list(self.record.results.all())
        children = _by(nodes, "parent_id")
        pillar_keys = {p.pk: p.key for p in self.record.pillars.all()}
        pillars = _by(self.m.ObjectivePillar.objects.filter(node__plan=self.record), "node_id")
        supports = _by(self.m.Support.objects.filter(node__plan=self.record), "node_id")
        indicators = self._indicators()
        lines = _by(self.record.budget_lines.all(), "node_id")
        budget = {nid: [_budget_to_core(b, self.key) for b in bs] for nid, bs in lines.items()}

        def kids(node: Any, tier: Tier) -> list[Any]:
            return [n for n in children.get(node.pk, []) if n.tier == tier]

        def activity(n: Any) -> core.Activity:
            return core.Activity(
                id=n.key,
                title=n.title,
                description=_opt(n.description),
                responsibility=core.Responsibility(
                    lead=self.key(n.lead_id),
                    supporting=[self.key(s.organisation_id) for s in supports.get(n.pk, [])],
                    contact=n.contact,
                ),
                start=n.start,
                end=n.end,
                priority=_opt(n.priority),
                focus=_opt(n.focus),
                contexts=n.contexts,
                tags=n.tags,
                budget_lines=budget.get(n.pk, []),
            )

        def output(n: Any) -> core.Output:
            return core.Output(
                id=n.key,
                title=n.title,
                description=_opt(n.description),
                indicators=indicators.get(n.pk, []),
                activities=[activity(a) for a in kids(n, Tier.ACTIVITY)],
                budget_lines=budget.get(n.pk, []),
            )

        def outcome(n: Any) -> core.Outcome:
            return core.Outcome(
                id=n.key,
                title=n.title,
                description=_opt(n.description),
                indicators=indicators.get(n.pk, []),
                outputs=[output(o) for o in kids(n, Tier.OUTPUT)],
            )

        return [
            core.Objective(
                id=n.key,
                title=n.title,
                description=_opt(n.description),
                pillars=[pillar_keys[link.pillar_id] for link in pillars.get(n.pk, [])],
                focus=_opt(n.focus),
                contexts=n.contexts,
                indicators=indicators.get(n.pk, []),
                outcomes=[outcome(o) for o in kids(n, Tier.OUTCOME)],
                outputs=[output(o) for o in kids(n, Tier.OUTPUT)],
            )
            for n in children.get(None, [])
        ]

    def _indicators(self) -> dict[int, list[core.Indicator]]:
        rows = list(self.record.indicators.all())
        targets = _by(self.m.Target.objects.filter(indicator__plan=self.record), "indicator_id")
        revisions = _by(
            self.m.TargetRevision.objects.filter(target__indicator__plan=self.record), "target_id"
        )

        def target(t: Any) -> core.Target:
            return core.Target(
                value=t.value,
                date=t.date,
                label=_opt(t.label),
                note=_opt(t.note),
                history=[
                    core.TargetRevision(
                        value=r.value, date=r.date, changed_on=r.changed_on, reason=r.reason
                    )
                    for r in revisions.get(t.pk, [])
                ],
            )

        out: dict[int, list[core.Indicator]] = defaultdict(list)
        for i in rows:
            mine = targets.get(i.pk, [])
            ends = [target(t) for t in mine if t.kind == "target"]
            out[i.node_id].append(
                core.Indicator(
                    id=i.key,
                    name=i.name,
                    definition=_opt(i.definition),
                    measure=i.measure,
                    unit=_opt(i.unit),
                    numerator=_opt(i.numerator),
                    denominator=_opt(i.denominator),
                    direction=i.direction,
                    aggregation=i.aggregation,
                    disaggregation=i.disaggregation,
                    scale=i.scale,
                    baseline=core.Baseline(
                        value=i.baseline_value,
                        date=i.baseline_date,
                        source=_opt(i.baseline_source),
                        not_applicable=i.baseline_not_applicable,
                        note=_opt(i.baseline_note),
                    ),
                    milestones=[target(t) for t in mine if t.kind == "milestone"],
                    target=ends[0] if ends else None,
                    source=_opt(i.source),
                    method=_opt(i.method),
                    frequency=_opt(i.frequency),
                    responsible=self.key(i.responsible_id),
                    data_roles=i.data_roles,
                    catalogue=i.catalogue,
                    weight=i.weight,
                )
            )
        return out

    def governance(self) -> core.Governance:
        members = _by(self.m.BodyMember.objects.filter(body__plan=self.record), "body_id")
        meetings = _by(self.record.meetings.all(), "body_id")
        bodies = [
            core.CoordinationBody(
                id=b.key,
                name=b.name,
                functions=b.functions,
                chair=self.key(b.chair_id),
                members=[
                    core.Member(
                        organisation=self.key(x.organisation_id),
                        name=_opt(x.name),
                        sector=_opt(x.sector),
                        role=_opt(x.role),
                    )
                    for x in members.get(b.pk, [])
                ],
                meeting_frequency=_opt(b.meeting_frequency),
                meetings_per_year=b.meetings_per_year,
                terms_of_reference=b.terms_of_reference,
                rules_of_engagement=_opt(b.rules_of_engagement),
                decisions_public=b.decisions_public,
                meetings=[
                    core.Meeting(
                        id=x.key,
                        date=x.date,
                        attendance=x.attendance,
                        decisions=x.decisions,
                        action_items=x.action_items,
                        minutes_url=_opt(x.minutes_url),
                        public=x.public,
                    )
                    for x in meetings.get(b.pk, [])
                ],
            )
            for b in self.record.bodies.all()
        ]
        return core.Governance(
            bodies=bodies,
            coordinator=self.record.coordinator,
            endorsements=[
                core.Endorsement(
                    level=e.level, by=_opt(e.by), date=e.date, reference=_opt(e.reference)
                )
                for e in self.record.endorsements.all()
            ],
        )

    def consultations(self) -> list[core.Consultation]:
        inputs = _by(self.record.consultation_inputs.all(), "consultation_id")
        return [
            core.Consultation(
                id=c.key,
                title=c.title,
                date=c.date,
                stage=c.stage,
                format=_opt(c.format),
                location=_opt(c.location),
                participants=c.participants,
                organisations=c.organisations,
                report_url=_opt(c.report_url),
                inputs=[
                    core.ConsultationInput(
                        id=x.key,
                        summary=x.summary,
                        source=self.key(x.source_id),
                        source_name=_opt(x.source_name),
                        response=_opt(x.response),
                        how_addressed=_opt(x.how_addressed),
                        addressed_in=x.addressed_in,
                    )
                    for x in inputs.get(c.pk, [])
                ],
            )
            for c in self.record.consultations.all()
        ]


def _budget_to_core(b: Any, key: Any) -> core.BudgetLine:
    return core.BudgetLine(
        id=b.key,
        description=_opt(b.description),
        amount=b.amount,
        currency=_opt(b.currency),
        status=_opt(b.status),
        fiscal_year=_opt(b.fiscal_year),
        funding_source=_opt(b.funding_source),
        funding_type=_opt(b.funding_type),
        gender_marker=b.gender_marker,
        organisation=key(b.organisation_id),
    )
