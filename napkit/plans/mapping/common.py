"""Conversions shared by reading and writing plan rows."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from napkit.core.plan import model as core


def _text(value: str | None) -> str:
    return value or ""


def _opt(value: str) -> str | None:
    return value or None


def _json(obj: core.Model | None) -> dict[str, Any] | None:
    return None if obj is None else obj.model_dump(mode="json", exclude_defaults=True)


def _jsons(objs: Iterable[core.Model]) -> list[dict[str, Any]]:
    return [o.model_dump(mode="json", exclude_defaults=True) for o in objs]
