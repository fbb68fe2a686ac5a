"""Django's makemessages, also extracting the core's ``N_("…")`` markers.

The core marks text defined once and translated where it is shown (criteria titles,
check titles) with ``N_``; xgettext needs to be told that keyword.
"""

from django.core.management.commands import makemessages


class Command(makemessages.Command):
    xgettext_options = [*makemessages.Command.xgettext_options, "--keyword=N_"]
