"""The notes on method that close every annual report: how each figure was obtained."""

from __future__ import annotations

from napkit.core.i18n import _
from napkit.core.monitoring.progress import Thresholds
from napkit.core.publishing.release import Release


def methodology(release: Release, thresholds: Thresholds) -> list[str]:
    notes = [
        _(
            "This report shows version {version} of the plan, published on {published}, and "
            "only monitoring data that the coordinator approved for reporting periods ending by "
            "{end}. Values still in draft or under review are not included."
        ).format(
            version=release.version,
            published=release.published.isoformat(),
            end=release.as_of.isoformat(),
        ),
        _(
            "An indicator's actual depends on how it adds up: values of a non-cumulative "
            "indicator are summed within the period, a cumulative indicator's running total "
            "starts from its baseline, and otherwise the latest value stands. Percentages are "
            "never summed: where numerators and denominators are reported they are summed and "
            "divided."
        ),
        _(
            "Progress is the distance covered from the baseline towards the end target (0% "
            "at the baseline, 100% at the end target), in the indicator's direction: a "
            "falling value is progress for an indicator meant to decrease. It is the same "
            "figure on every page, table, report and export. Roll-ups to results, objectives, "
            "pillars and the plan are weighted means of progress, counted between 0% and 100%."
        ),
        _(
            "The period's target is the milestone dated within the period; where there is "
            "none, the value expected on the straight line from the baseline through the "
            "milestones to the end target (marked ≈). It is the value to read the period's "
            "actual against, not a second measure of progress."
        ),
        _(
            "Status compares progress with what was expected by the end of the latest period "
            "with an approved value: on "
            "track when it is at most {on_track}% short of it, at risk up to {at_risk}% short, "
            "off track beyond; achieved once the end target is reached; no data without an "
            "approved value, a baseline or a target."
        ).format(
            on_track=round(thresholds.on_track * 100), at_risk=round(thresholds.at_risk * 100)
        ),
        _(
            "Narrative indicators are reported with their evidence and the reporting "
            "organisation's own rating; no number is computed from them."
        ),
    ]
    if release.budget_public:
        notes.append(
            _(
                "Budget execution: disbursed ÷ allocated and spent ÷ allocated, per "
                "organisation and pillar, one currency at a time. A budget line never reported "
                "counts its planned amount as allocated once its status is 'allocated' or "
                "beyond. A line serving several pillars is shared equally between them."
            )
        )
    else:
        notes.append(_("The plan does not publish its budget figures, so none are shown."))
    return notes
