from django.apps import AppConfig


class MonitoringConfig(AppConfig):
    name = "napkit.monitoring"
    verbose_name = "Monitoring"
