"""View-models of the public pages on how the plan is run with others: published
consultations with "you said, we did", the coordination bodies' public decisions, and the
contact points the plan publishes.

Everything here reads a release's plan, from which what is not public is already taken out
(``napkit.core.publishing.release.disclosed``); the pages still show only consultations
marked public, so an unpublished one has no page even when it has no inputs.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from django.urls import reverse
from django.utils.translation import gettext as _

from napkit.core.plan import coordination, walk
from napkit.core.plan import model as core
from napkit.core.plan.labels import words
from napkit.core.plan.vocabulary import InputResponse, Sector
from napkit.core.publishing.release import Release
from napkit.public.pages import Masthead, masthead


@dataclass(frozen=True)
class Link:
    id: str
    label: str
    url: str | None


def item_link(plan: core.Plan, key: str, index: dict[str, walk.IdentifiedItem]) -> Link:
    """A plan item as a link to its public page (an activity: its output's page)."""
    found = index.get(key)
    if found is None:
        return Link(key, key, None)
    label = walk.item_label(found.item)
    if found.kind in ("objective", "outcome", "output"):
        return Link(key, label, reverse("public-result", args=[plan.id, key]))
    if found.kind == "indicator":
        return Link(key, label, reverse("public-indicator", args=[plan.id, key]))
    if found.kind == "organisation":
        return Link(key, label, reverse("public-organisation", args=[plan.id, key]))
    if found.kind == "activity":
        parent = next((r for r in walk.results(plan) if r.item.id == key), None)
        if parent is not None and parent.parent is not None:
            url = reverse("public-result", args=[plan.id, parent.parent.item.id])
            return Link(key, label, f"{url}#activity-{key}")
    return Link(key, label, None)


# --- consultations -------------------------------------------------------------------


@dataclass(frozen=True)
class InputLine:
    id: str
    summary: str
    who: str | None
    about: list[Link]
    response: str | None  # adopted, partly_adopted, …
    response_label: str
    how_addressed: str | None
    changed: list[Link]


@dataclass(frozen=True)
class ConsultationLine:
    id: str
    title: str
    date: date | None
    stage: str
    inputs: int
    adopted: int  # adopted in whole or in part


@dataclass(frozen=True)
class ConsultationPage:
    head: Masthead
    consultation: core.Consultation
    participants: list[tuple[str, int]]  # by the sector of their organisation
    total: int | None
    women: int | None
    men: int | None
    organisations: list[Link]
    inputs: list[InputLine]


def public_consultations(plan: core.Plan) -> list[core.Consultation]:
    return [c for c in plan.consultations if c.public]


def consultation_lines(plan: core.Plan) -> list[ConsultationLine]:
    taken = (InputResponse.ADOPTED, InputResponse.PARTLY_ADOPTED)
    return [
        ConsultationLine(
            c.id,
            c.title,
            c.date,
            c.stage.value,
            len(c.inputs),
            sum(1 for i in c.inputs if i.response in taken),
        )
        for c in public_consultations(plan)
    ]


def _who(plan: core.Plan, item: core.ConsultationInput) -> str | None:
    org = next((o for o in plan.organisations if o.id == item.source), None)
    if org is not None:
        return org.name
    return item.source_name


def consultation_page(release: Release, consultation: core.Consultation) -> ConsultationPage:
    plan = release.plan
    index = walk.item_index(plan)
    counts: list[tuple[str, int]] = []
    total = None
    p = consultation.participants
    if p is not None:
        counts = [(words(s), getattr(p, s.value)) for s in Sector if getattr(p, s.value, 0)]
        total = sum(n for _s, n in counts)
    return ConsultationPage(
        head=masthead(release),
        consultation=consultation,
        participants=counts,
        total=total,
        women=p.women if p else None,
        men=p.men if p else None,
        organisations=[item_link(plan, o, index) for o in consultation.organisations],
        inputs=[
            InputLine(
                id=i.id,
                summary=i.summary,
                who=_who(plan, i),
                about=[item_link(plan, k, index) for k in i.about],
                response=i.response.value if i.response else None,
                response_label=words(i.response) if i.response else _("not yet answered"),
                how_addressed=i.how_addressed,
                changed=[item_link(plan, k, index) for k in i.addressed_in],
            )
            for i in consultation.inputs
        ],
    )


# --- decisions -----------------------------------------------------------------------


@dataclass(frozen=True)
class DecisionLine:
    id: str
    text: str
    day: date
    body: str
    meeting: str
    minutes_url: str | None


@dataclass(frozen=True)
class ParticipationPage:
    head: Masthead
    consultations: list[ConsultationLine]
    decisions: list[DecisionLine]


def participation_page(release: Release) -> ParticipationPage:
    plan = release.plan
    return ParticipationPage(
        head=masthead(release),
        consultations=consultation_lines(plan),
        decisions=[
            DecisionLine(
                d.decision.id,
                d.decision.text,
                d.day,
                d.body.name,
                d.meeting.id,
                d.meeting.minutes_url,
            )
            for d in coordination.public_decisions(plan)
        ],
    )


# --- contact points ------------------------------------------------------------------


@dataclass(frozen=True)
class ContactLine:
    about: Link
    contact: core.Contact


def contacts_under(plan: core.Plan, ref: walk.ResultRef) -> list[ContactLine]:
    """The public contact points of the activities under a result (the release keeps only
    contacts marked public; the mark is checked again so no other path can show one)."""
    index = walk.item_index(plan)
    found = []
    for r in walk.activities(plan):
        if not any(a.item.id == ref.item.id for a in r.ancestors):
            continue
        assert isinstance(r.item, core.Activity)
        contact = r.item.responsibility.contact
        if contact is not None and contact.public and (contact.name or contact.email):
            found.append(ContactLine(item_link(plan, r.item.id, index), contact))
    return found


def contacts_of(plan: core.Plan, organisation: str) -> list[ContactLine]:
    """The public contact points of the activities an organisation leads."""
    index = walk.item_index(plan)
    found = []
    for r in walk.activities(plan):
        assert isinstance(r.item, core.Activity)
        contact = r.item.responsibility.contact
        if r.item.responsibility.lead != organisation or contact is None:
            continue
        if contact.public and (contact.name or contact.email):
            found.append(ContactLine(item_link(plan, r.item.id, index), contact))
    return found
