from django.apps import AppConfig


class PlansConfig(AppConfig):
    name = "napkit.plans"
    verbose_name = "Plans"
