"""Reading and writing plan files (YAML or JSON), loss-free, with located errors.

``loads(dumps(plan)) == plan`` for every valid plan. Every problem a reader can
fix is reported at once, each with the file, line, column and field path, and
what was expected; nothing here raises anything but ``PlanInvalid``.
"""

from __future__ import annotations

import json
import os
import stat
import types
import typing
from enum import StrEnum
from pathlib import Path
from typing import Any, BinaryIO

from pydantic import BaseModel, ValidationError

from napkit.core.i18n import _
from napkit.core.plan import yamlio
from napkit.core.plan.model import FORMAT_VERSION, Plan
from napkit.core.plan.problems import FieldPath, PlanInvalid, Problem
from napkit.core.plan.validation import validate

DEFAULT_MAX_BYTES = 10 * 1024 * 1024
SCHEMA_ID = "urn:napkit:schema:plan:1"


class Format(StrEnum):
    YAML = "yaml"
    JSON = "json"


def format_for(name: str, text: str = "") -> Format:
    suffix = Path(name).suffix.lower()
    if suffix == ".json":
        return Format.JSON
    if suffix in (".yaml", ".yml"):
        return Format.YAML
    return Format.JSON if text.lstrip().startswith("{") else Format.YAML


# --- reading ---------------------------------------------------------------------


def read_text(path: str | Path, max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    """The file's text, or ``PlanInvalid`` saying why it cannot be a plan file.

    Never more than ``max_bytes`` + 1 bytes are read, whatever the file is: a device
    (/dev/zero), a pipe or a file growing while it is read.
    """
    name = str(path)

    def fail(message: str, line: int | None = None) -> PlanInvalid:
        return PlanInvalid([Problem(message, file=name, line=line)])

    file = Path(path)
    if file.is_dir():
        raise fail(_("this is a directory, not a plan file"))
    try:
        with file.open("rb") as stream:
            info = os.fstat(stream.fileno())
            if stat.S_ISREG(info.st_mode) and info.st_size > max_bytes:
                raise _too_big(name, max_bytes, info.st_size)
            data = read_bounded(stream, max_bytes, name)
    except FileNotFoundError:
        raise fail(_("no such file")) from None
    except PermissionError:
        raise fail(_("the file cannot be read (permission denied)")) from None
    except OSError as error:
        raise fail(
            _("the file cannot be read ({reason})").format(reason=error.strerror or error)
        ) from None
    return decode(data, name)


def read_bounded(stream: BinaryIO, max_bytes: int, name: str = "<input>") -> bytes:
    """At most ``max_bytes`` from a stream (standard input, a device), or ``PlanInvalid``."""
    data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise _too_big(name, max_bytes)
    return data


def _too_big(name: str, max_bytes: int, size: int | None = None) -> PlanInvalid:
    # Without a size (a stream), all that is known is that it goes on beyond the limit.
    shown = _megabytes(size) if size is not None else f"> {_megabytes(max_bytes)}"
    message = _("the file is {size}; a plan file may be at most {limit}").format(
        size=shown, limit=_megabytes(max_bytes)
    )
    return PlanInvalid([Problem(message, file=name)])


def decode(data: bytes, name: str = "<input>") -> str:
    if b"\x00" in data[:65536]:
        line = data[: data.index(b"\x00")].count(b"\n") + 1
        raise PlanInvalid(
            [
                Problem(
                    _(
                        "this is not a text file (it contains NUL bytes); expected a YAML or "
                        "JSON plan"
                    ),
                    file=name,
                    line=line,
                )
            ]
        )
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise PlanInvalid(
            [
                Problem(
                    _(
                        "this is not UTF-8 text (invalid byte at offset {offset}); "
                        "save the file as UTF-8"
                    ).format(offset=error.start),
                    file=name,
                    line=line,
                )
            ]
        ) from None


def _megabytes(size: int) -> str:
    return _("{size} MB").format(size=f"{size / 1024 / 1024:.1f}")


def load(path: str | Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Plan:
    text = read_text(path, max_bytes)
    return loads(text, name=str(path))


def loads(text: str, name: str = "<input>", fmt: Format | None = None) -> Plan:
    """Parse, check the schema, then check cross-item consistency; raise every problem found."""
    fmt = fmt or format_for(name, text)
    if not text.strip():
        raise PlanInvalid(
            [
                Problem(
                    _(
                        "the file is empty; expected a plan with at least id and "
                        "metadata (title, country)"
                    ),
                    file=name,
                )
            ]
        )
    parsed = _parse_json(text) if fmt is Format.JSON else yamlio.parse(text)
    problems = list(parsed.problems)
    if not problems and parsed.data is None:
        problems.append(
            Problem(
                _(
                    "the file has no content (only comments or blank lines); "
                    "expected a plan with at least id and metadata (title, country)"
                )
            )
        )
    elif not problems and not isinstance(parsed.data, dict):
        problems.append(
            Problem(
                _(
                    "expected a plan (a mapping of fields such as id, metadata, objectives), "
                    "got {kind}"
                ).format(kind=_kind(parsed.data)),
                line=1,
                column=1,
            )
        )
    plan = None
    if not problems:
        try:
            plan = Plan.model_validate(parsed.data)
        except ValidationError as error:
            problems = [_from_pydantic(e, parsed.data) for e in error.errors()]
    if plan is not None:
        problems = validate(plan)
    if problems:
        located = [_locate(p, parsed.positions, name) for p in problems]
        located.sort(key=lambda p: (p.line or 0, p.column or 0))
        raise PlanInvalid(located)
    assert plan is not None
    return plan


def _parse_json(text: str) -> yamlio.Parsed:
    def no_repeats(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key, value in pairs:
            if key in out:
                raise _RepeatedKey(key)
            out[key] = value
        return out

    def number(kind: type[int] | type[float]) -> Any:
        def convert(digits: str) -> int | float:
            if sum(c.isdigit() for c in digits) > MAX_DIGITS:
                raise _HugeNumber(digits)
            return kind(digits)

        return convert

    try:
        data = json.loads(
            text, object_pairs_hook=no_repeats, parse_int=number(int), parse_float=number(float)
        )
    except _HugeNumber as error:
        line, column = _position(text, error.args[0])
        message = _("a number of {n} digits: no plan value is that long").format(
            n=len(error.args[0])
        )
        return yamlio.Parsed(None, problems=[Problem(message, line=line, column=column)])
    except json.JSONDecodeError as error:
        return yamlio.Parsed(
            None,
            problems=[
                Problem(
                    _("JSON syntax error: {reason}").format(reason=error.msg),
                    line=error.lineno,
                    column=error.colno,
                )
            ],
        )
    except _RepeatedKey as error:
        message = _("field {field} appears twice").format(field=repr(error.args[0]))
        return yamlio.Parsed(None, problems=[Problem(message)])
    except RecursionError:
        return yamlio.Parsed(None, problems=[Problem(_("JSON nests too deeply"))])
    # JSON is (nearly) YAML: reading it again as YAML gives positions for errors.
    positions = yamlio.parse(text).positions
    return yamlio.Parsed(data, positions)


class _RepeatedKey(Exception):
    pass


class _HugeNumber(Exception):
    pass


MAX_DIGITS = yamlio.MAX_DIGITS


def _position(text: str, fragment: str) -> tuple[int, int]:
    """Line and column (from 1) where ``fragment`` first appears in ``text``."""
    at = max(text.find(fragment), 0)
    line = text.count("\n", 0, at) + 1
    return line, at - (text.rfind("\n", 0, at) + 1) + 1


def _kind(value: object) -> str:
    if isinstance(value, list):
        return _("a list")
    if isinstance(value, str):
        return _("text")
    if value is None:
        return _("nothing")
    return type(value).__name__


def _locate(problem: Problem, positions: dict[FieldPath, tuple[int, int]], name: str) -> Problem:
    if problem.line is not None:
        return problem.at(name, problem.line, problem.column)
    path = problem.path
    while path not in positions and path:
        path = path[:-1]
    line, column = positions.get(path, (None, None))
    return problem.at(name, line, column)


# --- schema errors in plain words --------------------------------------------------


def _from_pydantic(error: Any, data: Any) -> Problem:
    loc: FieldPath = tuple(error["loc"])
    kind = error["type"]
    if kind == "missing":
        return Problem(_("missing required field {field}").format(field=repr(loc[-1])), loc)
    if kind == "extra_forbidden":
        allowed = _fields_at(loc[:-1])
        if allowed:
            message = _("unknown field {field} (expected one of: {expected})").format(
                field=repr(loc[-1]), expected=", ".join(allowed)
            )
        else:
            message = _("unknown field {field}").format(field=repr(loc[-1]))
        return Problem(message, loc)
    # pydantic's own messages are English; napkit's types raise translated ones.
    message = str(error["msg"])
    if message.startswith("Value error, "):
        message = message.removeprefix("Value error, ")
    if message.startswith("Input should be "):
        expected = message.removeprefix("Input should be ")
        given = error.get("input")
        if isinstance(given, str | int | float | bool) or given is None:
            message = _("expected {expected}, got {given}").format(
                expected=expected, given=repr(given)
            )
        elif isinstance(given, dict | list):
            message = _("expected {expected}, got {given}").format(
                expected=expected, given=_kind(given)
            )
        else:
            message = _("expected {expected}").format(expected=expected)
    return Problem(message, loc)


def _fields_at(loc: FieldPath) -> list[str]:
    """The field names allowed at a location, found by following the model's annotations."""
    model: Any = Plan
    for part in loc:
        if isinstance(part, int):
            continue
        if not (isinstance(model, type) and issubclass(model, BaseModel)):
            return []
        info = model.model_fields.get(part)
        if info is None:
            return []
        model = _inner_model(info.annotation)
    if isinstance(model, type) and issubclass(model, BaseModel):
        return list(model.model_fields)
    return []


def _inner_model(annotation: Any) -> Any:
    origin = typing.get_origin(annotation)
    if origin in (list, typing.Union, types.UnionType):
        for arg in typing.get_args(annotation):
            found = _inner_model(arg)
            if isinstance(found, type) and issubclass(found, BaseModel):
                return found
        return None
    return annotation


# --- writing ---------------------------------------------------------------------


def to_data(plan: Plan, json_mode: bool = False) -> dict[str, Any]:
    """The plan as plain data, defaults left out, format version first."""
    data = plan.model_dump(mode="json" if json_mode else "python", exclude_defaults=True)
    data.pop("napkit", None)
    return {"napkit": FORMAT_VERSION, **data}


def dumps(plan: Plan, fmt: Format = Format.YAML) -> str:
    if fmt is Format.JSON:
        return json.dumps(to_data(plan, json_mode=True), indent=2, ensure_ascii=False) + "\n"
    return yamlio.dump(to_data(plan))


def dump(plan: Plan, path: str | Path, fmt: Format | None = None) -> None:
    fmt = fmt or format_for(str(path))
    Path(path).write_text(dumps(plan, fmt), encoding="utf-8")


def json_schema() -> dict[str, Any]:
    schema = Plan.model_json_schema()
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": "napkit plan file",
        "description": "A Women, Peace and Security National Action Plan: its framework, results "
        "chain, indicators, responsibilities, budget, governance, consultations and risks.",
        **{k: v for k, v in schema.items() if k != "title"},
    }
