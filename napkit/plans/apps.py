from django.apps import AppConfig


class PlansConfig(AppConfig):
    name = "napkit.plans"
    verbose_name = "Plans"

    def ready(self) -> None:
        # Core messages (validation, scorecard) follow the request's language.
        from django.utils.translation import gettext, ngettext

        from napkit.core import i18n

        i18n.install(gettext, ngettext, _number)


def _number(value: object, decimals: int | None) -> str:
    """A number in the notation of the request's language, grouped by thousands."""
    from django.utils.formats import number_format

    return number_format(value, decimals, use_l10n=True, force_grouping=True)
