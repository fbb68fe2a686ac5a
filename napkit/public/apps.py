from django.apps import AppConfig


class PublicConfig(AppConfig):
    name = "napkit.public"
    verbose_name = "Public site"
