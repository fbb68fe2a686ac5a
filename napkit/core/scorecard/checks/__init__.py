"""The checks, one module per criterion group; importing this package registers them all."""

from napkit.core.scorecard.checks import (  # noqa: F401
    coordination_baseline,
    focus_civil_society,
    high_impact,
    monitoring_goals,
    responsibility_budget,
    success_factors,
)
