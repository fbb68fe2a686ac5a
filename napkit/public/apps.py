from django.apps import AppConfig


class PublicConfig(AppConfig):
    name = "napkit.public"
    verbose_name = "Public site"

    def ready(self) -> None:
        # Rebuild a plan's release whenever what the public may see of it changes.
        from napkit.public import releases  # noqa: F401
