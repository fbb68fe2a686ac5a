from django.apps import AppConfig


class ApiConfig(AppConfig):
    name = "napkit.api"
    verbose_name = "API"
