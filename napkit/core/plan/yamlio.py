"""YAML for plan files: YAML 1.2 scalars, positions for every value, duplicate keys refused.

PyYAML speaks YAML 1.1, where ``country: NO`` is the boolean false and ``1:30``
is the number 5400. Plan files are written by people, so the loader here only
knows YAML 1.2's core scalars (true/false, null, numbers, dates); anything else
is text. The dumper uses the same rules, so whatever it writes reads back the same.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from enum import Enum
from typing import Any

import yaml

from napkit.core.i18n import _
from napkit.core.plan.problems import FieldPath, Problem

MAX_NODES = 1_000_000  # anchors and aliases can make a small file expand without end
MAX_DEPTH = 100  # a plan nests about 15 levels deep; libyaml allows 1,000

_BOOL = re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$")
_INT = re.compile(r"^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$")
_FLOAT = re.compile(
    r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?"
    r"|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$"
)
_NULL = re.compile(r"^(?:~|null|Null|NULL|)$")


def _resolvers() -> dict[str | None, list[tuple[str, re.Pattern[str]]]]:
    kept = {}
    for first, entries in yaml.resolver.Resolver.yaml_implicit_resolvers.items():
        kept[first] = [
            (tag, rx)
            for tag, rx in entries
            if tag.rsplit(":", 1)[-1] in ("timestamp", "merge", "value")
        ]
    table: dict[str | None, list[tuple[str, re.Pattern[str]]]] = {
        k: list(v) for k, v in kept.items()
    }

    def add(tag: str, rx: re.Pattern[str], first: str) -> None:
        for ch in first:
            table.setdefault(ch, []).append((tag, rx))

    add("tag:yaml.org,2002:bool", _BOOL, "tTfF")
    add("tag:yaml.org,2002:int", _INT, "-+0123456789")
    add("tag:yaml.org,2002:float", _FLOAT, "-+0123456789.")
    add("tag:yaml.org,2002:null", _NULL, "~nN")
    table.setdefault("", []).append(("tag:yaml.org,2002:null", _NULL))
    return table


# libyaml's parser when PyYAML has it (it reads plan files about ten times faster); the
# resolvers and constructors below are Python either way, so both read the same YAML.
_BaseLoader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class PlanLoader(_BaseLoader):  # type: ignore[valid-type,misc]
    pass


class PlanDumper(yaml.SafeDumper):
    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        # Indent list items under their key, as people write them by hand.
        return super().increase_indent(flow, False)


PlanLoader.yaml_implicit_resolvers = _resolvers()
PlanDumper.yaml_implicit_resolvers = _resolvers()


# Far beyond any amount or count a plan holds (values stop at 1e15, and longer numbers up
# to this are read and then refused field by field); Python itself stops at 4,300 digits.
MAX_DIGITS = 100


def _construct_int(loader: yaml.SafeLoader, node: yaml.ScalarNode) -> int:
    text = str(loader.construct_scalar(node))
    if sum(c.isdigit() for c in text) > MAX_DIGITS:
        # Python refuses to read integers of thousands of digits (and must not try).
        raise yaml.constructor.ConstructorError(
            None,
            None,
            _("a number of {n} digits: no plan value is that long").format(n=len(text)),
            node.start_mark,
        )
    if text.startswith("0o"):
        return int(text[2:], 8)
    return int(text, 0) if text.startswith("0x") else int(text)


PlanLoader.add_constructor("tag:yaml.org,2002:int", _construct_int)


def _construct_timestamp(loader: yaml.SafeLoader, node: yaml.ScalarNode) -> Any:
    # 2025-02-30 looks like a date but is none: kept as the text it is, so the field it is
    # given for reports it (with its line, column and field) the way JSON's "2025-02-30" is.
    try:
        return loader.construct_yaml_timestamp(node)
    except (ValueError, OverflowError):
        return str(loader.construct_scalar(node))


PlanLoader.add_constructor("tag:yaml.org,2002:timestamp", _construct_timestamp)


_OTHER_BREAKS = ("\r", "\x85", "\u2028", "\u2029")


def _represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    # YAML reads \r, NEL and the Unicode separators as line breaks and folds them; only a
    # double-quoted scalar, which escapes them, keeps them exactly.
    if any(ch in value for ch in _OTHER_BREAKS):
        style: str | None = '"'
    else:
        style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


def _represent_enum(dumper: yaml.SafeDumper, value: Enum) -> yaml.Node:
    return dumper.represent_data(value.value)


def _represent_decimal(dumper: yaml.SafeDumper, value: Decimal) -> yaml.Node:
    number = int(value) if value == value.to_integral_value() else float(value)
    return dumper.represent_data(number)


PlanDumper.add_representer(str, _represent_str)
PlanDumper.add_multi_representer(Enum, _represent_enum)
PlanDumper.add_representer(Decimal, _represent_decimal)


def dump(data: Any) -> str:
    return yaml.dump(
        data,
        Dumper=PlanDumper,
        sort_keys=False,
        allow_unicode=True,
        default_flow_style=False,
        width=100,
    )


@dataclass
class Parsed:
    """A document's data, and where each value's field starts (1-based line, column)."""

    data: Any
    positions: dict[FieldPath, tuple[int, int]] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)


class _Builder:
    def __init__(self, loader: PlanLoader):
        self.loader = loader
        self.parsed = Parsed(None)
        self.count = 0
        self.open: set[int] = set()  # ids of the collections being built (the open path)

    def mark(self, path: FieldPath, node: yaml.Node) -> None:
        self.parsed.positions.setdefault(
            path, (node.start_mark.line + 1, node.start_mark.column + 1)
        )

    def problem(self, message: str, path: FieldPath, node: yaml.Node) -> None:
        line, column = node.start_mark.line + 1, node.start_mark.column + 1
        self.parsed.problems.append(Problem(message, path, line=line, column=column))

    def build(self, node: yaml.Node, path: FieldPath, at: yaml.Node | None = None) -> Any:
        """``at`` is where the value is written (its key), for a problem with the value."""
        self.count += 1
        if self.count > MAX_NODES:
            raise _TooBig
        self.mark(path, node)
        if not isinstance(node, yaml.MappingNode | yaml.SequenceNode):
            return self.loader.construct_object(node, deep=True)
        # The reasons below are English, like PyYAML's own in parse(); the frame is translated.
        if id(node) in self.open:
            # An alias inside the anchored collection it names (`&m [1, *m]`) never ends.
            reason = "an alias refers to the anchor of a collection that contains it"
            self.problem(_("YAML error: {reason}").format(reason=reason), path, at or node)
            return None
        if len(path) >= MAX_DEPTH:
            reason = f"the document nests more than {MAX_DEPTH} levels deep"
            self.problem(_("YAML error: {reason}").format(reason=reason), (), at or node)
            raise _TooDeep
        self.open.add(id(node))
        try:
            if isinstance(node, yaml.MappingNode):
                return self._mapping(node, path)
            return [self.build(child, (*path, i)) for i, child in enumerate(node.value)]
        finally:
            self.open.discard(id(node))

    def _mapping(self, node: yaml.MappingNode, path: FieldPath) -> dict[Any, Any]:
        out: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                self.problem(_("a field name must be plain text"), path, key_node)
                continue
            key = self.loader.construct_object(key_node)
            if not isinstance(key, str):
                key = str(key)
            if key in out:
                self.problem(
                    _("field {field} appears twice").format(field=repr(key)), (*path, key), key_node
                )
                continue
            self.mark((*path, key), key_node)
            out[key] = self.build(value_node, (*path, key), key_node)
        return out


class _TooBig(Exception):
    pass


class _TooDeep(Exception):
    pass


def _unreadable(text: str, error: yaml.reader.ReaderError) -> Problem:
    """A character YAML does not allow (control characters), located."""
    position = error.position
    if error.encoding != "unicode":  # libyaml counts bytes of the UTF-8 text, not characters
        position = len(text.encode("utf-8")[:position].decode("utf-8", errors="ignore"))
    position = min(position, len(text))
    line = text.count("\n", 0, position) + 1
    column = position - (text.rfind("\n", 0, position) + 1) + 1
    char = chr(error.character) if isinstance(error.character, int) else str(error.character)
    return Problem(
        _("character {character} is not allowed in YAML; remove it").format(character=repr(char)),
        line=line,
        column=column,
    )


def parse(text: str) -> Parsed:
    """Parse one YAML document; syntax errors come back as located problems."""
    try:
        loader = PlanLoader(text)
    except yaml.reader.ReaderError as error:
        return Parsed(None, problems=[_unreadable(text, error)])
    try:
        node = loader.get_single_node()
        if node is None:
            return Parsed(None)
        builder = _Builder(loader)
        try:
            builder.parsed.data = builder.build(node, ())
        except _TooDeep:
            builder.parsed.data = None
        return builder.parsed
    except _TooBig:
        msg = _(
            "the document expands to more than {limit} values (check anchors and aliases)"
        ).format(limit=f"{MAX_NODES:,}")
        return Parsed(None, problems=[Problem(msg)])
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        # PyYAML's descriptions (context, problem) are English; napkit's words are translated.
        context = error.context or ""
        if context and error.context_mark is not None and error.context_mark is not mark:
            cm = error.context_mark
            context = _("{context} (opened at line {line}, column {column}):").format(
                context=context, line=cm.line + 1, column=cm.column + 1
            )
        what = " ".join(p for p in (context, error.problem) if p) or _("invalid YAML")
        at_line = mark.line + 1 if mark else None
        at_column = mark.column + 1 if mark else None
        problem = Problem(
            _("YAML syntax error: {reason}").format(reason=what), line=at_line, column=at_column
        )
        return Parsed(None, problems=[problem])
    except yaml.reader.ReaderError as error:
        return Parsed(None, problems=[_unreadable(text, error)])
    except yaml.YAMLError as error:
        return Parsed(None, problems=[Problem(_("YAML error: {reason}").format(reason=error))])
    finally:
        loader.dispose()
