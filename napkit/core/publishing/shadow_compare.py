"""Civil society's shadow assessment side by side with the government's own account.

For the plan as a whole, each objective and each of the scorecard's 13 criteria, one row
holds two columns: what the government's figures say (an objective's progress status from
the approved data, a criterion's level from the scorecard of the published version) and
what the plan's civil-society partners rated and wrote. The two ratings are put on one
scale of three bands, and the row is marked the same, lower or higher (civil society's
rating against the government's), each side explained in its own voice.

The common scale (also in docs/public.md):

==============  ============================  ===============================
band            progress status               scorecard level
==============  ============================  ===============================
on course       achieved, on track            high impact, solid
partly          at risk                       partial
falling short   off track                     weak
(none)          no data                       no score (not stated / n/a)
==============  ============================  ===============================

A row is compared only when both sides have a band; otherwise it is marked "not
compared". An objective's (and the plan's) status is that of the middle indicator with
data, ranked from off track to achieved (the lower of the two middles when their number is
even): a single figure the government's own tables already show, not a new judgement.

Pure: no Django; the public site and the annual report both build their tables here.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from enum import IntEnum, StrEnum

from napkit.core.i18n import _
from napkit.core.monitoring.periods import ReportingPeriod
from napkit.core.monitoring.progress import Status, Thresholds
from napkit.core.monitoring.rollup import PlanRollup, Rollup
from napkit.core.plan.display import format_share
from napkit.core.plan.labels import words
from napkit.core.plan.model import Plan
from napkit.core.publishing.release import Release, ShadowAssessment, ShadowFinding
from napkit.core.publishing.standing import standing
from napkit.core.scorecard.model import Assessment, CriterionResult, Level, Outcome


class Band(IntEnum):
    """The common scale both ratings are put on; higher is better."""

    FALLING_SHORT = 1
    PARTLY = 2
    ON_COURSE = 3

    @property
    def label(self) -> str:
        return {
            Band.FALLING_SHORT: _("falling short"),
            Band.PARTLY: _("partly"),
            Band.ON_COURSE: _("on course"),
        }[self]


STATUS_BANDS: dict[Status, Band] = {
    Status.ACHIEVED: Band.ON_COURSE,
    Status.ON_TRACK: Band.ON_COURSE,
    Status.AT_RISK: Band.PARTLY,
    Status.OFF_TRACK: Band.FALLING_SHORT,
}
LEVEL_BANDS: dict[Level, Band] = {
    Level.HIGH_IMPACT: Band.ON_COURSE,
    Level.SOLID: Band.ON_COURSE,
    Level.PARTIAL: Band.PARTLY,
    Level.WEAK: Band.FALLING_SHORT,
}
# Worst first: the order in which the middle indicator is found.
STATUS_RANK = (Status.OFF_TRACK, Status.AT_RISK, Status.ON_TRACK, Status.ACHIEVED)


class Mark(StrEnum):
    """How civil society's rating stands against the government's."""

    SAME = "same"
    LOWER = "lower"  # civil society rates it lower than the government
    HIGHER = "higher"  # civil society rates it higher
    NOT_COMPARED = "not_compared"  # one side (or both) has no rating

    @property
    def label(self) -> str:
        return {
            Mark.SAME: _("same view"),
            Mark.LOWER: _("civil society rates it lower"),
            Mark.HIGHER: _("civil society rates it higher"),
            Mark.NOT_COMPARED: _("not compared"),
        }[self]


def band_of(rating: Status | Level | None) -> Band | None:
    """A progress status or a scorecard level on the common scale (None: no rating)."""
    if isinstance(rating, Level):
        return LEVEL_BANDS[rating]
    if isinstance(rating, Status):
        return STATUS_BANDS.get(rating)
    return None


def mark(government: Status | Level | None, civil_society: Status | Level | None) -> Mark:
    """Civil society's rating against the government's, on the common scale."""
    return _compared(band_of(government), band_of(civil_society))


def _compared(ours: Band | None, theirs: Band | None) -> Mark:
    if ours is None or theirs is None:
        return Mark.NOT_COMPARED
    if theirs == ours:
        return Mark.SAME
    return Mark.LOWER if theirs < ours else Mark.HIGHER


def rolled_status(rolled: Rollup) -> Status:
    """The status of the middle indicator with data (the lower middle); no data without."""
    ranked = [s for s in STATUS_RANK for _n in range(rolled.statuses.get(s, 0))]
    if not ranked:
        return Status.NO_DATA
    return ranked[(len(ranked) - 1) // 2]


@dataclass(frozen=True)
class Side:
    """One column of a row: a rating, its band, and what this side says."""

    rating: str | None  # the status or level code; None without a rating
    label: str  # the rating in words ("at risk", "solid"); "no rating" without
    band: Band | None
    says: tuple[str, ...]  # the explanation, paragraph by paragraph
    detail: str = ""  # a figure beside the rating: "42% of the way", "55/100"

    @property
    def band_label(self) -> str:
        return self.band.label if self.band else _("no rating")


@dataclass(frozen=True)
class Row:
    kind: str  # "plan", "objective" or "criterion"
    id: str
    title: str
    government: Side
    civil_society: Side
    mark: Mark

    @property
    def sides(self) -> tuple[Side, Side]:
        """The government's, then civil society's: the two columns in order."""
        return (self.government, self.civil_society)

    @property
    def mark_label(self) -> str:
        return self.mark.label

    @property
    def assessed(self) -> bool:
        """Civil society rated it or wrote about it."""
        return bool(self.civil_society.rating or self.civil_society.says)

    @property
    def explanation(self) -> str:
        """The difference in one sentence, both bands named."""
        gov, civil = self.government.band, self.civil_society.band
        if gov is None or civil is None:
            if civil is None and gov is None:
                return _("Neither side gives a rating.")
            if civil is None:
                return _("Civil society gives no rating.")
            return _("The government's figures give no rating yet.")
        if self.mark is Mark.SAME:
            return _("Both put it in the same band: {band}.").format(band=gov.label)
        return _("The government's figures put it at “{gov}”; civil society at “{civil}”.").format(
            gov=gov.label, civil=civil.label
        )


@dataclass(frozen=True)
class Tally:
    same: int
    lower: int
    higher: int
    not_compared: int


@dataclass(frozen=True)
class Comparison:
    """One published shadow assessment beside the government's account of its period."""

    id: int | None
    title: str
    authors: tuple[str, ...]
    start: date
    end: date
    published: date
    summary: str
    url: str | None
    whole: Row
    objectives: list[Row]
    criteria: list[Row]  # empty when no scorecard was given

    @property
    def rows(self) -> list[Row]:
        return [self.whole, *self.objectives, *self.criteria]

    @property
    def tally(self) -> Tally:
        marks = [r.mark for r in self.rows if r.assessed]
        return Tally(
            marks.count(Mark.SAME),
            marks.count(Mark.LOWER),
            marks.count(Mark.HIGHER),
            marks.count(Mark.NOT_COMPARED),
        )

    def assessed(self) -> Comparison:
        """Only the rows civil society rated or wrote about (the annual report's table)."""
        keep = [r for r in self.objectives if r.assessed]
        return Comparison(
            self.id,
            self.title,
            self.authors,
            self.start,
            self.end,
            self.published,
            self.summary,
            self.url,
            self.whole,
            keep,
            [r for r in self.criteria if r.assessed],
        )


# --- the two sides -------------------------------------------------------------------


def _civil(found: ShadowFinding | None, criterion: bool) -> Side:
    if found is None:
        return Side(None, _("not assessed"), None, ())
    rating: Status | Level | None = found.level if criterion else found.rating
    label = rating_words(rating) if rating else _("no rating")
    return Side(None if rating is None else rating.value, label, band_of(rating), (found.text,))


def rating_words(rating: Status | Level) -> str:
    """A status or a level in the reader's words."""
    return rating.label if isinstance(rating, Level) else words(rating)


def _progress_side(rolled: Rollup) -> Side:
    status = rolled_status(rolled)
    measured = sum(n for s, n in rolled.statuses.items() if s is not Status.NO_DATA)
    counts = ", ".join(
        f"{rolled.statuses[s]} {words(s)}" for s in reversed(STATUS_RANK) if rolled.statuses[s]
    )
    if measured:
        says = _(
            "{progress} of the way from baselines to targets; {measured} of {total} "
            "indicators with approved data: {counts}."
        ).format(
            progress=format_share(rolled.progress),
            measured=measured,
            total=rolled.indicators,
            counts=counts,
        )
    else:
        says = _("No approved data yet for its {total} indicators.").format(total=rolled.indicators)
    if status is Status.NO_DATA:
        return Side(None, _("no data"), None, (says,), format_share(rolled.progress))
    return Side(
        status.value, words(status), band_of(status), (says,), format_share(rolled.progress)
    )


def _criterion_side(found: CriterionResult) -> Side:
    if found.not_stated:
        says: tuple[str, ...] = (_("The plan's document does not answer this criterion."),)
    else:
        says = tuple(
            k.evidence.summary
            for k in found.checks
            if k.outcome not in (Outcome.NOT_APPLICABLE, Outcome.NOT_STATED) and k.evidence.summary
        )
    if found.level is None or found.score is None:
        return Side(None, _("no score"), None, says or (_("No check applies."),))
    return Side(
        found.level.value,
        found.level.label,
        band_of(found.level),
        says,
        _("{score}/100").format(score=round(found.score)),
    )


def _row(kind: str, id_: str, title: str, government: Side, civil: Side) -> Row:
    return Row(kind, id_, title, government, civil, _compared(government.band, civil.band))


def compare(
    shadow: ShadowAssessment,
    plan: Plan,
    rolled: PlanRollup,
    assessment: Assessment | None = None,
    number: int | None = None,
) -> Comparison:
    """The assessment beside the government's account: ``rolled`` is the standing's roll-up
    at the end of the assessment's period, ``assessment`` the published version's scorecard
    (without it no criterion rows). ``number`` names the assessment where it has no id."""
    whole_found = next((f for f in shadow.findings if f.item is None and not f.criterion), None)
    by_item = {f.item: f for f in shadow.findings if f.item and not f.criterion}
    by_criterion = {f.criterion: f for f in shadow.findings if f.criterion}
    whole = _row(
        "plan",
        "plan",
        _("The plan as a whole"),
        _progress_side(rolled.plan),
        _civil(whole_found, False),
    )
    objectives = [
        _row(
            "objective",
            o.id,
            o.title,
            _progress_side(rolled.results[o.id])
            if o.id in rolled.results
            else Side(None, _("no data"), None, ()),
            _civil(by_item.get(o.id), False),
        )
        for o in plan.objectives
    ]
    criteria = (
        [
            _row(
                "criterion",
                c.id,
                f"{c.number}. {_(c.title)}",
                _criterion_side(c),
                _civil(by_criterion.get(c.id), True),
            )
            for c in assessment.criteria
        ]
        if assessment is not None
        else []
    )
    return Comparison(
        shadow.id if shadow.id is not None else number,
        shadow.title,
        shadow.authors,
        shadow.start,
        shadow.end,
        shadow.published,
        shadow.summary,
        shadow.url,
        whole,
        objectives,
        criteria,
    )


def find(shadows: Sequence[ShadowAssessment], number: int) -> tuple[int, ShadowAssessment] | None:
    """The published assessment a public address names: by its id, or (in a release
    stored before assessments carried one) by its place in the list, from 1."""
    for place, found in enumerate(shadows, start=1):
        if (found.id if found.id is not None else place) == number:
            return place, found
    return None


def at_period_end(
    release: Release,
    shadow: ShadowAssessment,
    assessment: Assessment | None,
    thresholds: Thresholds | None = None,
    number: int | None = None,
) -> Comparison:
    """The assessment beside the government's figures as they stood at the end of the
    period it assesses (approved data of later periods left out)."""
    period = ReportingPeriod(
        f"{shadow.start.isoformat()} – {shadow.end.isoformat()}", shadow.start, shadow.end
    )
    state = standing(release.until(period), thresholds)
    return compare(shadow, release.plan, state.rolled, assessment, number)
