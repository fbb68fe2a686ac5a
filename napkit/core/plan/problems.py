"""Located problems: what is wrong, and where (file, line, column, field path)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Literal

FieldPath = tuple[str | int, ...]


def format_path(path: FieldPath) -> str:
    """``("objectives", 0, "title")`` → ``objectives[0].title``."""
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else part
    return out


@dataclass(frozen=True)
class Problem:
    message: str
    path: FieldPath = ()
    file: str | None = None
    line: int | None = None  # 1-based
    column: int | None = None  # 1-based
    severity: Literal["error", "warning"] = "error"

    @property
    def field(self) -> str:
        return format_path(self.path)

    @property
    def location(self) -> str:
        parts = [p for p in (self.file, self.line, self.column) if p is not None]
        return ":".join(str(p) for p in parts)

    def at(self, file: str | None, line: int | None, column: int | None) -> Problem:
        return replace(self, file=file, line=line, column=column)

    def __str__(self) -> str:
        head = self.location
        field = self.field
        text = f"{field}: {self.message}" if field else self.message
        return f"{head}: {text}" if head else text


class PlanInvalid(Exception):
    """Raised with every problem found, not just the first."""

    def __init__(self, problems: Iterable[Problem]):
        self.problems = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))
