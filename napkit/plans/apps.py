from django.apps import AppConfig


class PlansConfig(AppConfig):
    name = "napkit.plans"
    verbose_name = "Plans"

    def ready(self) -> None:
        # Core messages (validation, scorecard) follow the request's language.
        from django.utils.translation import gettext, ngettext

        from napkit.core import i18n

        i18n.install(gettext, ngettext)
