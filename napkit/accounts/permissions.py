"""Every access decision in napkit, in one place. Views, the API and the CLI ask here.

- The public (and anyone without a role on a plan) sees only published versions.
- Administrators and coordinators edit the whole working copy and publish it.
- A focal point reads the published plan, and of the working copy and the monitoring cycle
  only its organisation's part: what it leads, supports or reports on, with the results
  above (``part_only``); it edits only its own items' own fields, never the structure.
- A civil-society partner reads the working copy (drafts included) and comments on it, as
  does everyone with a role but a viewer; a focal point only on what they see.
- A viewer reads the working copy.
- Only civil-society partners write and publish shadow assessments: the government
  neither edits nor approves them (not even a superuser), which keeps them independent.
Unknown and forbidden objects both answer 404, so nothing leaks whether they exist.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import Any

from django.db.models import Exists, OuterRef, Q, QuerySet
from django.http import Http404

from napkit.accounts.models import PlanRole, Role
from napkit.core.plan import model as core
from napkit.core.plan.diff import flatten
from napkit.core.plan.index import index
from napkit.plans.models import Plan, PlanVersion

EDITORS = {Role.ADMINISTRATOR, Role.COORDINATOR}


class Need(Enum):
    READ = "read"  # the published plan, or the working copy for members
    WORKING_COPY = "working_copy"
    EDIT = "edit"  # add, move, delete, settings: the plan's structure
    EDIT_OWN = "edit_own"  # at least some items (focal points: their organisation's)
    COMMENT = "comment"
    PUBLISH = "publish"
    MANAGE = "manage"  # roles and members
    SHADOW = "shadow"  # write civil society's own assessment (partners only: independence)


@dataclass(frozen=True)
class Access:
    """What one user may do on one plan."""

    role: Role | None
    organisation: str | None
    superuser: bool
    published: bool

    @property
    def member(self) -> bool:
        return self.superuser or self.role is not None

    @property
    def editor(self) -> bool:
        return self.superuser or self.role in EDITORS

    @property
    def focal_point(self) -> bool:
        return not self.superuser and self.role is Role.FOCAL_POINT

    def allows(self, need: Need) -> bool:
        match need:
            case Need.READ:
                return self.published or self.member
            case Need.WORKING_COPY:
                return self.member
            case Need.EDIT | Need.PUBLISH:
                return self.editor
            case Need.EDIT_OWN:
                return self.editor or (self.focal_point and bool(self.organisation))
            case Need.COMMENT:
                return self.member and self.role is not Role.VIEWER
            case Need.MANAGE:
                return self.superuser or self.role is Role.ADMINISTRATOR
            case Need.SHADOW:
                return self.role is Role.CIVIL_SOCIETY
        return False


def manages_accounts(user: object) -> bool:
    """Site administrators (Django superusers) open, close and reopen accounts."""
    return bool(getattr(user, "is_superuser", False) and getattr(user, "is_active", False))


def may_start_plans(user: object) -> bool:
    """Who starts plans on this instance (a new plan, an import, a next edition): site
    administrators, and the administrators and coordinators of any plan. They become the
    new plan's coordinator."""
    if not getattr(user, "is_active", False):
        return False
    if getattr(user, "is_superuser", False):
        return True
    return PlanRole.objects.filter(user=user, role__in=[r.value for r in EDITORS]).exists()


def part_only(access: Access) -> str | None:
    """The organisation whose part of the working copy (and of the monitoring data) is all
    this user reads, or None when they read all of it. Every page, API call, diff and
    download of the working copy goes through ``plans.queries.working_copy_for``."""
    if access.focal_point:
        return access.organisation or ""
    return None


def access_for(user: object, record: Plan) -> Access:
    superuser = bool(getattr(user, "is_superuser", False) and getattr(user, "is_active", False))
    role = None
    if getattr(user, "is_authenticated", False):
        role = PlanRole.objects.filter(user=user, plan=record).first()
    published = PlanVersion.objects.filter(plan=record).exists()
    return Access(
        role=Role(role.role) if role else None,
        organisation=(role.organisation or None) if role else None,
        superuser=superuser,
        published=published,
    )


def require(user: object, key: str, need: Need) -> tuple[Plan, Access]:
    """The plan and the user's access to it, or 404 (unknown and forbidden alike)."""
    record = Plan.objects.light().filter(key=key).first()
    if record is None:
        raise Http404("No such plan")
    access = access_for(user, record)
    if not access.allows(need):
        raise Http404("No such plan")
    return record, access


def readable_plans(user: object) -> QuerySet[Plan]:
    """Plans the user may open: published ones, and those they have a role on."""
    published = Exists(PlanVersion.objects.filter(plan=OuterRef("pk")))
    plans = Plan.objects.light().listed()
    if getattr(user, "is_superuser", False) and getattr(user, "is_active", False):
        return plans
    if getattr(user, "is_authenticated", False):
        return plans.filter(Q(published) | Q(roles__user=user)).distinct()
    return plans.filter(published)


# --- items a focal point may touch ------------------------------------------------


def organisation_keys(plan: core.Plan, organisation: str) -> frozenset[str]:
    """Ids of the items an organisation leads, supports or is responsible for, with the
    budget lines under them."""
    return index(plan).organisation_items(organisation)


def visible_keys(plan: core.Plan, organisation: str) -> frozenset[str]:
    """What a focal point sees of the results chain: their items and the results above."""
    return index(plan).visible_to(organisation)


def can_edit_item(access: Access, plan: core.Plan, key: str) -> bool:
    if access.editor:
        return True
    if access.focal_point and access.organisation:
        return key in organisation_keys(plan, access.organisation)
    return False


def require_item(access: Access, plan: core.Plan, key: str) -> None:
    """404 unless the user may edit this item (unknown items answer 404 too)."""
    known = key in index(plan).items
    if not known or not can_edit_item(access, plan, key):
        raise Http404("No such item")


# --- fields a focal point may change ---------------------------------------------------

# A focal point keeps its own items current (descriptions, dates, contacts, data sources,
# baselines, amounts); who leads and supports an item, its targets and the plan's
# structure stay with the coordinator.
FOCAL_POINT_FIELDS: dict[str, tuple[str, ...]] = {
    "activity": (
        "description",
        "start",
        "end",
        "tags",
        "responsibility.contact.name",
        "responsibility.contact.role",
        "responsibility.contact.email",
        "responsibility.contact.phone",
        "responsibility.contact.public",
    ),
    "indicator": (
        "definition",
        "unit",
        "numerator",
        "denominator",
        "baseline.value",
        "baseline.date",
        "baseline.source",
        "baseline.not_applicable",
        "source",
        "method",
        "frequency",
        "data_roles.collects",
        "data_roles.analyses",
        "data_roles.reports",
        "data_roles.uses",
        "data_roles.reporting_frequency",
    ),
    "budget_line": (
        "description",
        "amount",
        "currency",
        "status",
        "fiscal_year",
        "funding_source",
        "funding_type",
        "gender_marker",
    ),
}


def outside_focal_point_fields(kind: str, changes: dict[str, Any]) -> list[str]:
    """The fields in ``changes`` a focal point may not change on an item of ``kind``."""
    allowed = FOCAL_POINT_FIELDS.get(kind, ())
    leaves = flatten(changes) if changes else {}
    return sorted(
        path for path in leaves if not any(path == a or path.startswith(a + ".") for a in allowed)
    )


def refused_fields(access: Access, kind: str, changes: dict[str, Any]) -> list[str]:
    """The fields in ``changes`` this user may not change on an item of ``kind`` (coordinators
    change every field; a focal point only those of ``FOCAL_POINT_FIELDS``)."""
    if access.editor:
        return []
    return outside_focal_point_fields(kind, changes)


SYSTEM = Access(role=None, organisation=None, superuser=True, published=True)
"""The access of napkit's own commands (imports, the demo, the command line's editors)."""


# --- comments on the working copy ----------------------------------------------------


def hidden_keys(access: Access, plan: core.Plan) -> set[str]:
    """Items of the results chain a focal point does not see (and so cannot discuss)."""
    if not access.focal_point:
        return set()
    seen = visible_keys(plan, access.organisation) if access.organisation else frozenset()
    return set(index(plan).chain - seen)


def may_read_comments(access: Access, plan: core.Plan, item: str) -> bool:
    """Whether the user reads the comments on ``item`` ('' is the plan as a whole)."""
    return access.allows(Need.WORKING_COPY) and item not in hidden_keys(access, plan)


def may_comment(access: Access, plan: core.Plan, item: str) -> bool:
    return access.allows(Need.COMMENT) and may_read_comments(access, plan, item)


def may_resolve(access: Access, user: object, author_id: int | None) -> bool:
    """Coordinators close any thread; whoever wrote a comment may close their own."""
    own = author_id is not None and author_id == getattr(user, "pk", None)
    return access.editor or (own and access.allows(Need.COMMENT))


# --- the monitoring cycle ----------------------------------------------------------


class SubmissionNeed(Enum):
    READ = "read"
    EDIT = "edit"  # fill in, save, upload, submit
    REVIEW = "review"  # return, approve, reopen
    CONTRIBUTE = "contribute"  # a supporting organisation's notes


def supports(plan: core.Plan, organisation: str, reporter: str) -> bool:
    """Whether ``organisation`` supports an activity that ``reporter`` leads."""
    return reporter in index(plan).leads_supported_by(organisation)


def submission_allows(
    access: Access, plan: core.Plan, organisation: str, editable: bool, need: SubmissionNeed
) -> bool:
    """What a user may do with the submission of ``organisation``."""
    own = access.focal_point and access.organisation == organisation
    helper = (
        access.focal_point
        and access.organisation is not None
        and supports(plan, access.organisation, organisation)
    )
    match need:
        case SubmissionNeed.READ:
            return access.member and (not access.focal_point or own or helper)
        case SubmissionNeed.EDIT:
            return editable and (access.editor or own)
        case SubmissionNeed.REVIEW:
            return access.editor
        case SubmissionNeed.CONTRIBUTE:
            return helper
    return False


# --- comments on a submission ------------------------------------------------------
#
# A submission is discussed by the plan's coordinators and administrators, the focal
# points of the organisation that submitted it, and the civil-society partners who sit on
# the plan's coordination body (the organisation a partner acts for is among a body's
# members; when that cannot be told, because the partner acts for no organisation or no
# body lists its members, every civil-society partner of the plan). The rest of the team
# (viewers, the other partners) reads the discussion; other organisations' focal points
# neither read nor write it. Coordinators resolve any thread; whoever opened a thread
# may resolve it while they may still comment.


def body_members(plan: core.Plan) -> frozenset[str]:
    """The organisations that sit on the plan's coordination bodies."""
    return frozenset(
        m.organisation for body in plan.governance.bodies for m in body.members if m.organisation
    )


def sits_on_coordination_body(access: Access, plan: core.Plan) -> bool:
    """Whether a civil-society partner sits on the plan's coordination body (see above)."""
    if access.role is not Role.CIVIL_SOCIETY:
        return False
    members = body_members(plan)
    if not access.organisation or not members:
        return True  # cannot be told: every partner of the plan
    return access.organisation in members


def may_read_submission_comments(access: Access, organisation: str) -> bool:
    """Whether the user reads the discussion of ``organisation``'s submission."""
    if access.focal_point:
        return access.organisation == organisation
    return access.member


def may_comment_on_submission(access: Access, plan: core.Plan, organisation: str) -> bool:
    """Whether the user writes in the discussion of ``organisation``'s submission."""
    if access.editor:
        return True
    if access.focal_point:
        return access.organisation == organisation
    return sits_on_coordination_body(access, plan)


def may_resolve_submission_comment(
    access: Access, plan: core.Plan, organisation: str, user: object, author_id: int | None
) -> bool:
    """Coordinators resolve any thread; whoever opened one resolves their own."""
    own = author_id is not None and author_id == getattr(user, "pk", None)
    return access.editor or (own and may_comment_on_submission(access, plan, organisation))
