"""Core → rows: writing a whole plan into the plan tables."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, TypeVar

from django.db.models import Model

from napkit.core.plan import model as core
from napkit.core.plan import walk
from napkit.core.plan.vocabulary import Tier
from napkit.plans import models as m
from napkit.plans.mapping.common import _json, _jsons, _text

T = TypeVar("T", bound=Model)


# --- core → rows -----------------------------------------------------------------


def create_rows(plan: core.Plan) -> m.Plan:
    """Store a whole (already validated) plan as new rows and return its Plan row."""
    record = m.Plan.objects.create(**_plan_fields(plan))
    _write_content(record, plan)
    return record


# Child tables in an order that deletes referrers before what they refer to.
_CONTENT = (
    m.ResultNode,
    m.Meeting,
    m.CoordinationBody,
    m.ConsultationInput,
    m.Consultation,
    m.ExistingAction,
    m.Risk,
    m.Endorsement,
    m.Pillar,
    m.Organisation,
)


def replace_rows(record: m.Plan, plan: core.Plan) -> m.Plan:
    """Rewrite a stored plan's content from a core plan, keeping its Plan row.

    Everything else that points at the plan (versions, audit entries, roles, monitoring
    data) refers to it by the Plan row and to its items by their ids, so it survives.
    """
    for model in _CONTENT:
        model.objects.filter(plan=record).delete()  # type: ignore[attr-defined]
    for name, value in _plan_fields(plan).items():
        setattr(record, name, value)
    record.lead_organisation = None
    record.save()
    _write_content(record, plan)
    return record


def _write_content(record: m.Plan, plan: core.Plan) -> None:
    orgs = _bulk(
        m.Organisation, (_organisation(record, i, o) for i, o in enumerate(plan.organisations))
    )
    org_pk = {o.key: o for o in orgs}
    if plan.metadata.lead_organisation:
        record.lead_organisation = org_pk[plan.metadata.lead_organisation]
        record.save(update_fields=["lead_organisation"])
    pillars = _bulk(
        m.Pillar,
        (
            m.Pillar(
                plan=record, key=p.id, position=i, name=p.name, description=_text(p.description)
            )
            for i, p in enumerate(plan.framework.pillars)
        ),
    )
    writer = _Writer(record, org_pk, {p.key: p for p in pillars})
    writer.results(plan)
    writer.governance(plan.governance)
    writer.consultations(plan.consultations)
    writer.baseline_study(plan.baseline_study)
    _bulk(
        m.Risk,
        (
            m.Risk(
                plan=record,
                key=r.id,
                position=i,
                title=r.title,
                description=_text(r.description),
                likelihood=_text(r.likelihood),
                impact=_text(r.impact),
                mitigation=_text(r.mitigation),
                owner=writer.org(r.owner),
            )
            for i, r in enumerate(plan.risks)
        ),
    )


def _bulk(model: type[T], rows: Iterable[T]) -> list[T]:
    return model.objects.bulk_create(list(rows))  # type: ignore[attr-defined]


def _plan_fields(plan: core.Plan) -> dict[str, Any]:
    meta, fw, budget = plan.metadata, plan.framework, plan.budget
    return {
        "key": plan.id,
        "title": meta.title,
        "short_title": _text(meta.short_title),
        "country": meta.country,
        "country_name": _text(meta.country_name),
        "edition": meta.edition,
        "kind": meta.kind,
        "region": _text(meta.region),
        "period_start": meta.period.start if meta.period else None,
        "period_end": meta.period.end if meta.period else None,
        "status": meta.status,
        "languages": list(meta.languages),
        "predecessor_key": _text(meta.predecessor),
        "parent_key": _text(meta.parent),
        "adopted": meta.adopted,
        "review_date": meta.review_date,
        "summary": _text(meta.summary),
        "documents": _jsons(meta.documents),
        "context_lens": [c.value for c in fw.context_lens],
        "focus": _text(fw.focus),
        "focus_countries": list(fw.focus_countries),
        "tiers": _json(fw.tiers) or {},
        "dimensions": _jsons(fw.dimensions),
        "budget_status": _text(budget.status),
        "budget_statement": _text(budget.statement),
        "budget_total": budget.total,
        "budget_currency": _text(budget.currency),
        "budget_published": budget.published,
        "coordinator": _json(plan.governance.coordinator),
        "baseline_study": (
            None
            if plan.baseline_study is None
            else plan.baseline_study.model_dump(
                mode="json", exclude_defaults=True, exclude={"actions"}
            )
        ),
        "monitoring": _json(plan.monitoring) or {},
    }


def _organisation(record: m.Plan, i: int, o: core.Organisation) -> m.Organisation:
    return m.Organisation(
        plan=record,
        key=o.id,
        position=i,
        name=o.name,
        acronym=_text(o.acronym),
        type=o.type,
        level=_text(o.level),
        country=_text(o.country),
        url=_text(o.url),
        description=_text(o.description),
        focal_point=_json(o.focal_point),
        iati_ref=_text(o.iati_ref),
    )


class _Writer:
    def __init__(
        self, record: m.Plan, orgs: dict[str, m.Organisation], pillars: dict[str, m.Pillar]
    ):
        self.record, self.orgs, self.pillars = record, orgs, pillars

    def org(self, key: str | None) -> m.Organisation | None:
        return self.orgs[key] if key else None

    def results(self, plan: core.Plan) -> None:
        rows: dict[tuple[Any, ...], m.ResultNode] = {}
        refs = list(walk.results(plan))
        for tier in Tier:  # one tier at a time, so every parent has its key before its children
            batch = [r for r in refs if r.tier is tier]
            created = _bulk(m.ResultNode, (self._node(r, rows) for r in batch))
            rows.update({r.path: row for r, row in zip(batch, created, strict=True)})
        links, supports = [], []
        for ref in refs:
            node, item = rows[ref.path], ref.item
            if isinstance(item, core.Objective):
                links += [
                    m.ObjectivePillar(node=node, pillar=self.pillars[p], position=i)
                    for i, p in enumerate(item.pillars)
                ]
            if isinstance(item, core.Activity):
                supports += [
                    m.Support(node=node, organisation=self.orgs[o], position=i)
                    for i, o in enumerate(item.responsibility.supporting)
                ]
        _bulk(m.ObjectivePillar, links)
        _bulk(m.Support, supports)
        self.indicators(plan, rows)
        _bulk(
            m.BudgetLine,
            (self._budget_line(b, rows[b.owner.path]) for b in walk.budget_lines(plan)),
        )

    def _node(self, ref: walk.ResultRef, rows: dict[tuple[Any, ...], m.ResultNode]) -> m.ResultNode:
        item = ref.item
        node = m.ResultNode(
            plan=self.record,
            key=item.id,
            tier=ref.tier,
            position=int(ref.path[-1]),
            parent=rows[ref.parent.path] if ref.parent else None,
            title=item.title,
            description=_text(item.description),
        )
        if isinstance(item, core.Objective | core.Activity):
            node.focus = _text(item.focus)
            node.contexts = [c.value for c in item.contexts]
        if isinstance(item, core.Activity):
            node.start, node.end, node.priority = item.start, item.end, _text(item.priority)
            node.tags = list(item.tags)
            node.lead = self.org(item.responsibility.lead)
            node.contact = _json(item.responsibility.contact)
        return node

    def _budget_line(self, ref: walk.BudgetRef, node: m.ResultNode) -> m.BudgetLine:
        b = ref.line
        return m.BudgetLine(
            plan=self.record,
            node=node,
            key=b.id,
            position=int(ref.path[-1]),
            description=_text(b.description),
            amount=b.amount,
            currency=_text(b.currency),
            status=_text(b.status),
            fiscal_year=_text(b.fiscal_year),
            funding_source=_text(b.funding_source),
            funding_type=_text(b.funding_type),
            gender_marker=None if b.gender_marker is None else int(b.gender_marker),
            organisation=self.org(b.organisation),
        )

    def indicators(self, plan: core.Plan, rows: dict[tuple[Any, ...], m.ResultNode]) -> None:
        refs = list(walk.indicators(plan))
        created = _bulk(m.Indicator, (self._indicator(r, rows[r.owner.path]) for r in refs))
        targets: list[tuple[m.Target, core.Target]] = []
        for row, ref in zip(created, refs, strict=True):
            ind = ref.indicator
            targets += [
                (self._target(row, m.Target.MILESTONE, i, t), t)
                for i, t in enumerate(ind.milestones)
            ]
            if ind.target is not None:
                targets.append((self._target(row, m.Target.END, 0, ind.target), ind.target))
        stored = _bulk(m.Target, (t for t, _ in targets))
        _bulk(
            m.TargetRevision,
            (
                m.TargetRevision(
                    target=row,
                    position=i,
                    value=r.value,
                    date=r.date,
                    changed_on=r.changed_on,
                    reason=r.reason,
                )
                for row, (_, target) in zip(stored, targets, strict=True)
                for i, r in enumerate(target.history)
            ),
        )

    def _indicator(self, ref: walk.IndicatorRef, node: m.ResultNode) -> m.Indicator:
        i, b = ref.indicator, ref.indicator.baseline
        return m.Indicator(
            plan=self.record,
            node=node,
            key=i.id,
            position=int(ref.path[-1]),
            name=i.name,
            definition=_text(i.definition),
            measure=i.measure,
            unit=_text(i.unit),
            numerator=_text(i.numerator),
            denominator=_text(i.denominator),
            direction=i.direction,
            aggregation=i.aggregation,
            disaggregation=list(i.disaggregation),
            scale=list(i.scale),
            baseline_value=b.value,
            baseline_date=b.date,
            baseline_source=_text(b.source),
            baseline_not_applicable=b.not_applicable,
            baseline_note=_text(b.note),
            source=_text(i.source),
            method=_text(i.method),
            frequency=_text(i.frequency),
            responsible=self.org(i.responsible),
            data_roles=_json(i.data_roles),
            catalogue=_jsons(i.catalogue),
            weight=i.weight,
        )

    @staticmethod
    def _target(row: m.Indicator, kind: str, i: int, t: core.Target) -> m.Target:
        return m.Target(
            indicator=row,
            kind=kind,
            position=i,
            value=t.value,
            date=t.date,
            label=_text(t.label),
            note=_text(t.note),
        )

    def governance(self, gov: core.Governance) -> None:
        bodies = _bulk(
            m.CoordinationBody,
            (
                m.CoordinationBody(
                    plan=self.record,
                    key=b.id,
                    position=i,
                    name=b.name,
                    functions=[f.value for f in b.functions],
                    chair=self.org(b.chair),
                    meeting_frequency=_text(b.meeting_frequency),
                    meetings_per_year=b.meetings_per_year,
                    terms_of_reference=_json(b.terms_of_reference),
                    rules_of_engagement=_text(b.rules_of_engagement),
                    decisions_public=b.decisions_public,
                )
                for i, b in enumerate(gov.bodies)
            ),
        )
        pairs = list(zip(bodies, gov.bodies, strict=True))
        _bulk(
            m.BodyMember,
            (
                m.BodyMember(
                    body=row,
                    position=i,
                    organisation=self.org(mb.organisation),
                    name=_text(mb.name),
                    sector=_text(mb.sector),
                    role=_text(mb.role),
                )
                for row, body in pairs
                for i, mb in enumerate(body.members)
            ),
        )
        _bulk(
            m.Meeting,
            (
                m.Meeting(
                    plan=self.record,
                    body=row,
                    key=mt.id,
                    position=i,
                    date=mt.date,
                    attendance=list(mt.attendance),
                    decisions=list(mt.decisions),
                    action_items=list(mt.action_items),
                    minutes_url=_text(mt.minutes_url),
                    public=mt.public,
                )
                for row, body in pairs
                for i, mt in enumerate(body.meetings)
            ),
        )
        _bulk(
            m.Endorsement,
            (
                m.Endorsement(
                    plan=self.record,
                    position=i,
                    level=e.level,
                    by=_text(e.by),
                    date=e.date,
                    reference=_text(e.reference),
                )
                for i, e in enumerate(gov.endorsements)
            ),
        )

    def consultations(self, consultations: list[core.Consultation]) -> None:
        rows = _bulk(
            m.Consultation,
            (
                m.Consultation(
                    plan=self.record,
                    key=c.id,
                    position=i,
                    title=c.title,
                    date=c.date,
                    stage=c.stage,
                    format=_text(c.format),
                    location=_text(c.location),
                    participants=_json(c.participants),
                    organisations=list(c.organisations),
                    report_url=_text(c.report_url),
                )
                for i, c in enumerate(consultations)
            ),
        )
        _bulk(
            m.ConsultationInput,
            (
                m.ConsultationInput(
                    plan=self.record,
                    consultation=row,
                    key=x.id,
                    position=i,
                    summary=x.summary,
                    source=self.org(x.source),
                    source_name=_text(x.source_name),
                    response=_text(x.response),
                    how_addressed=_text(x.how_addressed),
                    addressed_in=list(x.addressed_in),
                )
                for row, c in zip(rows, consultations, strict=True)
                for i, x in enumerate(c.inputs)
            ),
        )

    def baseline_study(self, study: core.BaselineStudy | None) -> None:
        if study is None:
            return
        _bulk(
            m.ExistingAction,
            (
                m.ExistingAction(
                    plan=self.record,
                    key=a.id,
                    position=i,
                    title=a.title,
                    organisation=self.org(a.organisation),
                    description=_text(a.description),
                    since=a.since,
                    status=_text(a.status),
                )
                for i, a in enumerate(study.actions)
            ),
        )
