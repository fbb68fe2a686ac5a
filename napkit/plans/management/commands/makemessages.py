"""Django's makemessages, also extracting the core's ``N_("…")`` markers and the scorecard
checks' explanations.

The core marks text defined once and translated where it is shown (criteria titles,
check titles) with ``N_``; xgettext needs to be told that keyword. A check's explanation is
its docstring (``napkit.core.scorecard.catalogue.check``), which xgettext cannot see: each
is added to the template catalogue as the pages look it up, whitespace joined.
"""

from __future__ import annotations

import inspect
import os
from pathlib import Path
from typing import Any

from django.core.management.commands import makemessages

PACKAGE = Path(__file__).resolve().parents[3]


def _quoted(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def check_explanations() -> list[tuple[str, str]]:
    """(where, explanation) for every registered scorecard check, in catalogue order."""
    from napkit.core.scorecard.catalogue import catalogue

    found = []
    for criterion in catalogue():
        for check in criterion.checks:
            if not check.explanation:
                continue
            source = Path(inspect.getsourcefile(check.function) or "")
            line = inspect.getsourcelines(check.function)[1]
            where = f"{source.relative_to(PACKAGE.parent).as_posix()}:{line}"
            found.append((where, check.explanation))
    return found


class Command(makemessages.Command):
    xgettext_options = [*makemessages.Command.xgettext_options, "--keyword=N_"]

    def process_files(self, file_list: Any) -> None:
        super().process_files(file_list)
        if self.domain != "django":
            return
        entries = "".join(
            f'\n#: {where}\nmsgid {_quoted(text)}\nmsgstr ""\n'
            for where, text in check_explanations()
        )
        for path in self.locale_paths:
            potfile = os.path.join(path, f"{self.domain}.pot")
            if Path(path).resolve() == (PACKAGE / "locale").resolve() and os.path.exists(potfile):
                with open(potfile, "a", encoding="utf-8") as pot:
                    pot.write(entries)
