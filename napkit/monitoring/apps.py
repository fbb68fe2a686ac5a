from django.apps import AppConfig


class MonitoringConfig(AppConfig):
    name = "napkit.monitoring"
    verbose_name = "Monitoring"

    def ready(self) -> None:
        # Keep each plan's approved data from its creation on.
        from napkit.monitoring import approved  # noqa: F401
