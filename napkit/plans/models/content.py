"""The plan in the database: one row per identified item, value objects as JSON.

Items that are edited one by one, referred to by monitoring data or queried
(organisations, results, indicators, targets, budget lines, bodies, …) have
their own tables; small value objects (contacts, documents, data roles) are
JSON documents shaped exactly like the plan file. ``mapping.py`` is the only
module that converts between these rows and ``napkit.core.plan.model.Plan``.
"""

from __future__ import annotations

from django.db import models

from napkit.core.plan import vocabulary as v


def choices(enum: type) -> list[tuple[str, str]]:
    return [(m.value, m.value.replace("_", " ")) for m in enum]  # type: ignore[attr-defined]


class PlanQuerySet(models.QuerySet["Plan"]):
    def listed(self) -> PlanQuerySet:
        return self.order_by("country", "-edition", "key")


class Plan(models.Model):
    key = models.CharField(max_length=64, unique=True)
    title = models.TextField()
    short_title = models.TextField(blank=True)
    country = models.CharField(max_length=2)
    country_name = models.TextField(blank=True)
    edition = models.PositiveIntegerField(null=True, blank=True)
    kind = models.CharField(max_length=20, choices=choices(v.PlanKind))
    region = models.TextField(blank=True)
    period_start = models.DateField(null=True, blank=True)
    period_end = models.DateField(null=True, blank=True)
    status = models.CharField(max_length=20, choices=choices(v.PlanStatus))
    languages = models.JSONField(default=list)
    predecessor_key = models.CharField(max_length=64, blank=True)
    parent_key = models.CharField(max_length=64, blank=True)
    adopted = models.DateField(null=True, blank=True)
    review_date = models.DateField(null=True, blank=True)
    lead_organisation = models.ForeignKey(
        "Organisation", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    summary = models.TextField(blank=True)
    documents = models.JSONField(default=list)
    # framework
    context_lens = models.JSONField(default=list)
    focus = models.CharField(max_length=20, blank=True, choices=choices(v.Focus))
    focus_countries = models.JSONField(default=list)
    tiers = models.JSONField(default=dict)
    dimensions = models.JSONField(default=list)
    # budget summary
    budget_status = models.CharField(max_length=20, blank=True, choices=choices(v.BudgetStatus))
    budget_statement = models.TextField(blank=True)
    budget_total = models.DecimalField(max_digits=15, decimal_places=2, null=True, blank=True)
    budget_currency = models.CharField(max_length=3, blank=True)
    budget_published = models.BooleanField(default=False)
    # governance, baseline study header, monitoring arrangements (value objects)
    coordinator = models.JSONField(null=True, blank=True)
    baseline_study = models.JSONField(null=True, blank=True)
    monitoring = models.JSONField(default=dict)
    created = models.DateTimeField(auto_now_add=True)
    updated = models.DateTimeField(auto_now=True)

    objects = PlanQuerySet.as_manager()

    def __str__(self) -> str:
        return self.key


class PlanItem(models.Model):
    """An item with an id of its own, kept in the plan file's order."""

    key = models.CharField(max_length=64)
    position = models.PositiveIntegerField(default=0)

    class Meta:
        abstract = True
        ordering = ["position"]

    def __str__(self) -> str:
        return self.key


class Pillar(PlanItem):
    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="pillars")
    name = models.TextField()
    description = models.TextField(blank=True)

    class Meta(PlanItem.Meta):
        constraints = [models.UniqueConstraint(fields=["plan", "key"], name="pillar_key")]


class Organisation(PlanItem):
    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="organisations")
    name = models.TextField()
    acronym = models.TextField(blank=True)
    type = models.CharField(max_length=20, choices=choices(v.OrganisationType))
    level = models.CharField(max_length=20, blank=True, choices=choices(v.GovernmentLevel))
    country = models.CharField(max_length=2, blank=True)
    url = models.TextField(blank=True)
    description = models.TextField(blank=True)
    focal_point = models.JSONField(null=True, blank=True)
    iati_ref = models.TextField(blank=True)

    class Meta(PlanItem.Meta):
        constraints = [models.UniqueConstraint(fields=["plan", "key"], name="organisation_key")]

    def __str__(self) -> str:
        return self.acronym or self.name


class ResultNode(PlanItem):
    """An objective, intermediate outcome, output or activity: one tree, four tiers."""

    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="results")
    tier = models.CharField(max_length=20, choices=choices(v.Tier))
    parent = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.CASCADE, related_name="children"
    )
    title = models.TextField()
    description = models.TextField(blank=True)
    focus = models.CharField(max_length=20, blank=True, choices=choices(v.Focus))
    contexts = models.JSONField(default=list)
    # activities only
    start = models.DateField(null=True, blank=True)
    end = models.DateField(null=True, blank=True)
    priority = models.CharField(max_length=20, blank=True, choices=choices(v.Priority))
    tags = models.JSONField(default=list)
    lead = models.ForeignKey(
        Organisation, null=True, blank=True, on_delete=models.RESTRICT, related_name="leads"
    )
    contact = models.JSONField(null=True, blank=True)

    class Meta(PlanItem.Meta):
        constraints = [models.UniqueConstraint(fields=["plan", "key"], name="result_key")]
        indexes = [models.Index(fields=["plan", "tier"])]

    def __str__(self) -> str:
        return f"{self.key} {self.title}"


class ObjectivePillar(models.Model):
    node = models.ForeignKey(ResultNode, on_delete=models.CASCADE, related_name="pillar_links")
    pillar = models.ForeignKey(Pillar, on_delete=models.RESTRICT, related_name="objective_links")
    position = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["position"]


class Support(models.Model):
    """A supporting organisation of an activity."""

    node = models.ForeignKey(ResultNode, on_delete=models.CASCADE, related_name="supports")
    organisation = models.ForeignKey(
        Organisation, on_delete=models.RESTRICT, related_name="supports"
    )
    position = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["position"]


class Indicator(PlanItem):
    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="indicators")
    node = models.ForeignKey(ResultNode, on_delete=models.CASCADE, related_name="indicators")
    name = models.TextField()
    definition = models.TextField(blank=True)
    measure = models.CharField(max_length=20, choices=choices(v.Measure))
    unit = models.TextField(blank=True)
    numerator = models.TextField(blank=True)
    denominator = models.TextField(blank=True)
    direction = models.CharField(max_length=20, choices=choices(v.Direction))
    aggregation = models.CharField(max_length=20, choices=choices(v.Aggregation))
    disaggregation = models.JSONField(default=list)
    scale = models.JSONField(default=list)
    baseline_value = models.JSONField(null=True, blank=True)
    baseline_date = models.DateField(null=True, blank=True)
    baseline_source = models.TextField(blank=True)
    baseline_not_applicable = models.BooleanField(default=False)
    baseline_note = models.TextField(blank=True)
    source = models.TextField(blank=True)
    method = models.TextField(blank=True)
    frequency = models.CharField(max_length=20, blank=True, choices=choices(v.Frequency))
    responsible = models.ForeignKey(
        Organisation, null=True, blank=True, on_delete=models.RESTRICT, related_name="indicators"
    )
    data_roles = models.JSONField(null=True, blank=True)
    catalogue = models.JSONField(default=list)
    weight = models.FloatField(default=1.0)

    class Meta(PlanItem.Meta):
        constraints = [models.UniqueConstraint(fields=["plan", "key"], name="indicator_key")]

    def __str__(self) -> str:
        return f"{self.key} {self.name}"


class Target(models.Model):
    """A milestone or the end target of an indicator."""

    MILESTONE = "milestone"
    END = "target"

    indicator = models.ForeignKey(Indicator, on_delete=models.CASCADE, related_name="targets")
    kind = models.CharField(max_length=20, choices=[(MILESTONE, MILESTONE), (END, END)])
    position = models.PositiveIntegerField(default=0)
    value = models.JSONField()
    date = models.DateField(null=True, blank=True)
    label = models.TextField(blank=True)
    note = models.TextField(blank=True)

    class Meta:
        ordering = ["position"]


class TargetRevision(models.Model):
    target = models.ForeignKey(Target, on_delete=models.CASCADE, related_name="revisions")
    position = models.PositiveIntegerField(default=0)
    value = models.JSONField()
    date = models.DateField(null=True, blank=True)
    changed_on = models.DateField()
    reason = models.TextField()

    class Meta:
        ordering = ["position"]


class BudgetLine(PlanItem):
    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="budget_lines")
    node = models.ForeignKey(ResultNode, on_delete=models.CASCADE, related_name="budget_lines")
    description = models.TextField(blank=True)
    amount = models.DecimalField(max_digits=15, decimal_places=2, null=True, blank=True)
    currency = models.CharField(max_length=3, blank=True)
    status = models.CharField(max_length=20, blank=True, choices=choices(v.BudgetStatus))
    fiscal_year = models.CharField(max_length=9, blank=True)
    funding_source = models.TextField(blank=True)
    funding_type = models.CharField(max_length=30, blank=True, choices=choices(v.FundingType))
    gender_marker = models.PositiveSmallIntegerField(null=True, blank=True)
    organisation = models.ForeignKey(
        Organisation, null=True, blank=True, on_delete=models.RESTRICT, related_name="budget_lines"
    )

    class Meta(PlanItem.Meta):
        constraints = [models.UniqueConstraint(fields=["plan", "key"], name="budget_line_key")]


class CoordinationBody(PlanItem):
    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="bodies")
    name = models.TextField()
    functions = models.JSONField(default=list)
    chair = models.ForeignKey(
        Organisation, null=True, blank=True, on_delete=models.RESTRICT, related_name="chairs"
    )
    meeting_frequency = models.CharField(max_length=20, blank=True, choices=choices(v.Frequency))
    meetings_per_year = models.PositiveIntegerField(null=True, blank=True)
    terms_of_reference = models.JSONField(null=True, blank=True)
    rules_of_engagement = models.TextField(blank=True)
    decisions_public = models.BooleanField(default=False)

    class Meta(PlanItem.Meta):
        constraints = [models.UniqueConstraint(fields=["plan", "key"], name="body_key")]


class BodyMember(models.Model):
    body = models.ForeignKey(CoordinationBody, on_delete=models.CASCADE, related_name="members")
    position = models.PositiveIntegerField(default=0)
    organisation = models.ForeignKey(
        Organisation, null=True, blank=True, on_delete=models.RESTRICT, related_name="memberships"
    )
    name = models.TextField(blank=True)
    sector = models.CharField(max_length=20, blank=True, choices=choices(v.Sector))
    role = models.TextField(blank=True)

    class Meta:
        ordering = ["position"]


class Meeting(PlanItem):
    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="meetings")
    body = models.ForeignKey(CoordinationBody, on_delete=models.CASCADE, related_name="meetings")
    date = models.DateField()
    attendance = models.JSONField(default=list)
    decisions = models.JSONField(default=list)
    action_items = models.JSONField(default=list)
    minutes_url = models.TextField(blank=True)
    public = models.BooleanField(default=False)

    class Meta(PlanItem.Meta):
        constraints = [models.UniqueConstraint(fields=["plan", "key"], name="meeting_key")]


class Endorsement(models.Model):
    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="endorsements")
    position = models.PositiveIntegerField(default=0)
    level = models.CharField(max_length=30, choices=choices(v.EndorsementLevel))
    by = models.TextField(blank=True)
    date = models.DateField(null=True, blank=True)
    reference = models.TextField(blank=True)

    class Meta:
        ordering = ["position"]


class Consultation(PlanItem):
    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="consultations")
    title = models.TextField()
    date = models.DateField(null=True, blank=True)
    stage = models.CharField(max_length=20, choices=choices(v.PlanStage))
    format = models.CharField(max_length=30, blank=True, choices=choices(v.ConsultationFormat))
    location = models.TextField(blank=True)
    participants = models.JSONField(null=True, blank=True)
    organisations = models.JSONField(default=list)
    report_url = models.TextField(blank=True)

    class Meta(PlanItem.Meta):
        constraints = [models.UniqueConstraint(fields=["plan", "key"], name="consultation_key")]


class ConsultationInput(PlanItem):
    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="consultation_inputs")
    consultation = models.ForeignKey(Consultation, on_delete=models.CASCADE, related_name="inputs")
    summary = models.TextField()
    source = models.ForeignKey(
        Organisation, null=True, blank=True, on_delete=models.RESTRICT, related_name="inputs"
    )
    source_name = models.TextField(blank=True)
    response = models.CharField(max_length=30, blank=True, choices=choices(v.InputResponse))
    how_addressed = models.TextField(blank=True)
    addressed_in = models.JSONField(default=list)

    class Meta(PlanItem.Meta):
        constraints = [models.UniqueConstraint(fields=["plan", "key"], name="input_key")]


class ExistingAction(PlanItem):
    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="existing_actions")
    title = models.TextField()
    organisation = models.ForeignKey(
        Organisation, null=True, blank=True, on_delete=models.RESTRICT, related_name="actions"
    )
    description = models.TextField(blank=True)
    since = models.DateField(null=True, blank=True)
    status = models.CharField(max_length=20, blank=True, choices=choices(v.ActionStatus))

    class Meta(PlanItem.Meta):
        constraints = [models.UniqueConstraint(fields=["plan", "key"], name="action_key")]


class Risk(PlanItem):
    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="risks")
    title = models.TextField()
    description = models.TextField(blank=True)
    likelihood = models.CharField(max_length=10, blank=True, choices=choices(v.Level))
    impact = models.CharField(max_length=10, blank=True, choices=choices(v.Level))
    mitigation = models.TextField(blank=True)
    owner = models.ForeignKey(
        Organisation, null=True, blank=True, on_delete=models.RESTRICT, related_name="risks"
    )

    class Meta(PlanItem.Meta):
        constraints = [models.UniqueConstraint(fields=["plan", "key"], name="risk_key")]
