"""The 13 headline findings, read from a document's sentences by the language's rules.

Each finding keeps the sentences that matched its rules and picks one value by a fixed
precedence (an explicit "no" over a vague "yes" where the labelling rules say so, the
highest step of the budget scale). A finding nothing matched is *not stated*: silence is
never read as "no". Sentences about a predecessor plan are skipped, as are "yes" cues with a
negation just before them ("no specific budget has been allocated").

One module per subject: ``base`` (hits, negation, precedence), ``past`` (predecessor
plans), ``other_policies``, ``budget``, ``framework`` (indicators, baselines and targets,
M&E), ``reporting`` (reporting, civil society in design, the coordination mechanism),
``bodies`` (acronyms, the coordination body and its members), ``civil_society``, ``focus``
and ``lead``.
"""

from napkit.core.screening.findings.bodies import acronyms, coordination, public_reporting
from napkit.core.screening.findings.budget import budget
from napkit.core.screening.findings.civil_society import (
    cs_implementation_monitoring,
    cs_on_coordination,
)
from napkit.core.screening.findings.focus import focus
from napkit.core.screening.findings.framework import baselines_targets, indicators, me_framework
from napkit.core.screening.findings.lead import lead_institution
from napkit.core.screening.findings.past import mark_past
from napkit.core.screening.findings.reporting import simple

__all__ = [
    "acronyms",
    "baselines_targets",
    "budget",
    "coordination",
    "cs_implementation_monitoring",
    "cs_on_coordination",
    "focus",
    "indicators",
    "lead_institution",
    "mark_past",
    "me_framework",
    "public_reporting",
    "simple",
]
