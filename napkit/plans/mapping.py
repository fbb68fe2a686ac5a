"""Core ⇄ ORM: the only module that knows both ``napkit.core.plan`` and the plan tables.

``to_core`` reads a stored plan in a fixed number of queries, whatever its size;
``create_rows`` writes a core plan as new rows (callers own the transaction).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Any, TypeVar

from django.db.models import Model

from napkit.core import plan as core
from napkit.core import walk
from napkit.core.vocabulary import Tier
from napkit.plans import models as m

T = TypeVar("T", bound=Model)


def _text(value: str | None) -> str:
    return value or ""


def _opt(value: str) -> str | None:
    return value or None


def _json(obj: core.Model | None) -> dict[str, Any] | None:
    return None if obj is None else obj.model_dump(mode="json", exclude_defaults=True)


def _jsons(objs: Iterable[core.Model]) -> list[dict[str, Any]]:
    return [o.model_dump(mode="json", exclude_defaults=True) for o in objs]


# --- core → rows -----------------------------------------------------------------


def create_rows(plan: core.Plan) -> m.Plan:
    """Store a whole (already validated) plan as new rows and return its Plan row."""
    record = m.Plan.objects.create(**_plan_fields(plan))
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
    return record


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


# --- rows → core -----------------------------------------------------------------


def _by(rows: Iterable[T], attr: str) -> dict[Any, list[T]]:
    out: dict[Any, list[T]] = defaultdict(list)
    for row in rows:
        out[getattr(row, attr)].append(row)
    return out


def to_core(record: m.Plan) -> core.Plan:
    """The stored plan as a core ``Plan``, in a fixed number of queries."""
    orgs = {o.pk: o.key for o in record.organisations.all()}

    def key(pk: int | None) -> str | None:
        return orgs.get(pk) if pk is not None else None

    reader = _Reader(record, key)
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


def _metadata(record: m.Plan, key: Any) -> core.PlanMetadata:
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


def _org_to_core(o: m.Organisation) -> core.Organisation:
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
    def __init__(self, record: m.Plan, key: Any):
        self.record, self.key = record, key

    def objectives(self) -> list[core.Objective]:
        nodes = list(self.record.results.all())
        children = _by(nodes, "parent_id")
        pillar_keys = {p.pk: p.key for p in self.record.pillars.all()}
        pillars = _by(m.ObjectivePillar.objects.filter(node__plan=self.record), "node_id")
        supports = _by(m.Support.objects.filter(node__plan=self.record), "node_id")
        indicators = self._indicators()
        lines = _by(self.record.budget_lines.all(), "node_id")
        budget = {nid: [_budget_to_core(b, self.key) for b in bs] for nid, bs in lines.items()}

        def kids(node: m.ResultNode, tier: Tier) -> list[m.ResultNode]:
            return [n for n in children.get(node.pk, []) if n.tier == tier]

        def activity(n: m.ResultNode) -> core.Activity:
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

        def output(n: m.ResultNode) -> core.Output:
            return core.Output(
                id=n.key,
                title=n.title,
                description=_opt(n.description),
                indicators=indicators.get(n.pk, []),
                activities=[activity(a) for a in kids(n, Tier.ACTIVITY)],
                budget_lines=budget.get(n.pk, []),
            )

        def outcome(n: m.ResultNode) -> core.Outcome:
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
        targets = _by(m.Target.objects.filter(indicator__plan=self.record), "indicator_id")
        revisions = _by(
            m.TargetRevision.objects.filter(target__indicator__plan=self.record), "target_id"
        )

        def target(t: m.Target) -> core.Target:
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
            ends = [target(t) for t in mine if t.kind == m.Target.END]
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
                    milestones=[target(t) for t in mine if t.kind == m.Target.MILESTONE],
                    target=ends[0] if ends else None,
                    source=_opt(i.source),
                    method=_opt(i.method),
                    frequency=_opt(i.frequency),
                    responsible=self.key(i.responsible_id),
                    data_roles=i.data_roles,
                    catalogue=i.catalogue,
                )
            )
        return out

    def governance(self) -> core.Governance:
        members = _by(m.BodyMember.objects.filter(body__plan=self.record), "body_id")
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


def _budget_to_core(b: m.BudgetLine, key: Any) -> core.BudgetLine:
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
