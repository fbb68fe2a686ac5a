"""The scorecard: a plan assessed against the OSCE lessons learned and Inclusive Security's
high-impact NAP criteria, with evidence and recommendations; and plans compared."""

from napkit.core.scorecard.assess import assess
from napkit.core.scorecard.catalogue import catalogue
from napkit.core.scorecard.context import MonitoringFacts
from napkit.core.scorecard.model import Assessment, Level, Outcome

__all__ = ["Assessment", "Level", "MonitoringFacts", "Outcome", "assess", "catalogue"]
