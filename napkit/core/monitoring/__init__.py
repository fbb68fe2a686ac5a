"""Monitoring arithmetic: reporting periods, what organisations report, period actuals,
progress, roll-up, period-by-period tracking and where a plan stands."""
