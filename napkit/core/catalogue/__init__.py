"""The indicator catalogue: published indicator sets a national indicator may be adapted from.

A plan indicator points at the catalogue with ``{set: un_1325, code: "11a"}``. This package
ships the sets themselves as data files (``data/*.yaml``), so that a reference can be checked,
shown with its wording and searched for while a plan is drafted. Every set names its source
document and the address where its text was found; an indicator whose wording could not be
found verbatim is flagged ``paraphrase`` rather than silently reworded (see docs/catalogue.md).

Shipped sets use the ids of :class:`~napkit.core.plan.vocabulary.CatalogueSet`: ``un_1325``,
``eu_1325`` and ``sdg``. An instance may add national or regional sets from folders of files in
the same format (``load_sets(extra_dirs=...)``). Those keep their own ids here, but a plan file
only knows the closed list of set ids, so a plan refers to them as ``set: other`` with the code
written ``"<set id>:<code>"`` (:func:`plan_reference` and :func:`find_ref` do the mapping).

The module is pure Python: it must not import Django (napkit.core never does).
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Annotated, Any

import yaml
from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    ValidationError,
    field_validator,
    model_validator,
)

from napkit.core.plan.vocabulary import CatalogueSet, Measure

__all__ = [
    "AmbiguousReference",
    "CatalogueError",
    "CatalogueFileError",
    "CatalogueIndicator",
    "IndicatorPart",
    "IndicatorSet",
    "RelatedDocument",
    "find",
    "find_ref",
    "load_set_file",
    "load_sets",
    "plan_reference",
    "search",
    "shipped_sets",
]

SET_ID = r"^[a-z][a-z0-9_-]*$"
SHIPPED_IDS = (CatalogueSet.UN_1325.value, CatalogueSet.EU_1325.value, CatalogueSet.SDG.value)
# "other" is the plan file's catch-all for every non-shipped set, so no set may take it as its id.
RESERVED_IDS = frozenset({CatalogueSet.OTHER.value})
SET_FILE_SUFFIXES = (".yaml", ".yml")


class CatalogueError(ValueError):
    """Something is wrong with the catalogue or with a reference into it."""


class CatalogueFileError(CatalogueError):
    """A set file is unreadable or malformed: says which file and which field, and why.

    ``field`` is a path into the file such as ``indicators[2].code``, or a bracketed word
    (``(yaml)``, ``(top level)``, ``(folder)``) when the problem is not one field's.
    """

    def __init__(self, path: str, field: str, problem: str) -> None:
        self.path = path
        self.field = field
        self.problem = problem
        super().__init__(f"{path}: {field}: {problem}")


class AmbiguousReference(CatalogueError):
    """A bare code (no ``set:`` prefix) names indicators in more than one set."""


def _is_url(value: str) -> str:
    if not re.match(r"^https?://\S+$", value):
        raise ValueError("must be an http:// or https:// address")
    return value


def _as_code(value: Any) -> Any:
    """YAML reads ``code: 8`` as an int and ``code: 1.1`` as a float; accept the first only.

    A float would silently lose digits (``16.10`` becomes ``16.1``), so it is refused with a hint.
    """
    if isinstance(value, bool):
        return value
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        raise ValueError("quote the code (YAML read it as a number and may have changed it)")
    return value


def _iso(value: Any) -> Any:
    """Accept YAML's own dates (``2010-09-28`` unquoted) and partial ISO dates as text."""
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    if isinstance(value, str) and not re.match(r"^\d{4}(-\d{2}(-\d{2})?)?$", value.strip()):
        raise ValueError("must be YYYY, YYYY-MM or YYYY-MM-DD")
    return value


IsoDate = Annotated[str, BeforeValidator(_iso)]
Url = Annotated[str, AfterValidator(_is_url)]
Code = Annotated[
    str, BeforeValidator(_as_code), Field(min_length=1, pattern=r"^[^:\s](?:[^:]*[^:\s])?$")
]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)


class RelatedDocument(_Model):
    """Another edition or companion of a set's source, recorded even when none of its text is."""

    reference: str | None = Field(None, description="Document symbol, e.g. 12525/16.")
    title: str
    date: IsoDate | None = Field(None, description="ISO date, or year-month, or year.")
    url: Url | None = Field(None, description="Where the document (or news of it) was found.")
    note: str | None = None


class IndicatorPart(_Model):
    """A lettered part of an indicator, e.g. SDG 5.5.1 (a) "national parliaments"."""

    label: str = Field(pattern=r"^[a-z0-9]+$")
    text: str = Field(min_length=1)


class CatalogueIndicator(_Model):
    """One indicator of a set, worded as its source words it (or flagged as a paraphrase)."""

    set_id: str = Field(pattern=SET_ID, description="Filled in by the loader from the set's id.")
    code: Code
    text: str = Field(min_length=1, description="The indicator's wording.")
    pillar: str | None = Field(None, description="The source's pillar or chapter, in its words.")
    goal: str | None = Field(None, description="Goal (SDG goal, or a set's objective).")
    target: str | None = Field(None, description="Target the indicator measures, in its words.")
    measure: Measure | None = Field(None, description="Only where the wording makes it clear.")
    disaggregation: tuple[str, ...] = Field(
        (), description="Only the breakdowns the source itself states."
    )
    parts: tuple[IndicatorPart, ...] = Field(
        (), description="Lettered parts; a mapping {a: ..., b: ...} in files."
    )
    aliases: tuple[Code, ...] = Field((), description="Other codes it is known by.")
    note: str | None = None
    paraphrase: bool = Field(
        False, description="True when the text is not the source's own wording."
    )
    source_url: Url | None = Field(
        None, description="Where this text was found, when not at the set's address."
    )

    @field_validator("parts", mode="before")
    @classmethod
    def _parts_from_mapping(cls, value: Any) -> Any:
        if isinstance(value, Mapping):
            return [{"label": str(k), "text": v} for k, v in value.items()]
        return value

    @model_validator(mode="after")
    def _parts_are_in_the_text(self) -> CatalogueIndicator:
        # A part's wording is quoted from the indicator; one not found there was mistyped.
        for part in self.parts:
            if part.text not in self.text:
                raise ValueError(f"part ({part.label}) is not worded as in the text")
        return self

    @property
    def ref(self) -> str:
        """The catalogue-wide reference, ``set:code``."""
        return f"{self.set_id}:{self.code}"


class IndicatorSet(_Model):
    """A published set of indicators, with what is needed to cite and check it."""

    id: str = Field(pattern=SET_ID)
    title: str = Field(min_length=1)
    publisher: str = Field(min_length=1)
    reference: str | None = Field(None, description="Document symbol, e.g. S/2010/498.")
    date: IsoDate = Field(description="Date of the source: ISO date, year-month or year.")
    url: Url = Field(description="Where the indicator texts were found.")
    document_url: Url | None = Field(None, description="Where the source document is published.")
    language: str = Field("en", pattern=r"^[a-z]{2,3}(-[A-Za-z0-9]+)*$")
    licence: str | None = None
    numbering: str | None = Field(None, description="How the codes were chosen.")
    declared_count: int | None = Field(
        None, ge=1, description="How many numbered indicators the source says it has."
    )
    notes: str | None = None
    related: tuple[RelatedDocument, ...] = ()
    indicators: tuple[CatalogueIndicator, ...] = Field(min_length=1)

    @model_validator(mode="before")
    @classmethod
    def _indicators_belong_to_the_set(cls, data: Any) -> Any:
        # Files do not repeat the set id on every indicator; it is filled in here.
        if isinstance(data, Mapping) and isinstance(data.get("indicators"), list):
            set_id = data.get("id")
            indicators = [
                {"set_id": set_id, **i} if isinstance(i, Mapping) and "set_id" not in i else i
                for i in data["indicators"]
            ]
            return {**data, "indicators": indicators}
        return data

    @model_validator(mode="after")
    def _codes_are_unique(self) -> IndicatorSet:
        seen: dict[str, int] = {}
        for n, indicator in enumerate(self.indicators):
            if indicator.set_id != self.id:
                raise ValueError(f"indicators[{n}] belongs to set {indicator.set_id!r}")
            key = _norm_code(indicator.code)
            if key in seen:
                raise ValueError(
                    f"indicators[{n}].code {indicator.code!r} repeats indicators[{seen[key]}]"
                )
            seen[key] = n
        return self

    @property
    def catalogue_set(self) -> CatalogueSet:
        """The plan-file set id: the set's own for shipped sets, ``other`` for the rest."""
        return CatalogueSet(self.id) if self.id in SHIPPED_IDS else CatalogueSet.OTHER

    def missing_numbers(self) -> list[int]:
        """Numbers 1..declared_count that no shipped code starts with (an incomplete set)."""
        if self.declared_count is None:
            return []
        have = {_leading_number(i.code) for i in self.indicators}
        return [n for n in range(1, self.declared_count + 1) if n not in have]

    def get(self, code: str) -> CatalogueIndicator | None:
        """The indicator with this code (or alias, or ``code(a)`` for a part), if any."""
        key = _norm_code(code)
        # A code beats an alias, which beats a part: each is tried over the whole set in turn.
        for indicator in self.indicators:
            if _norm_code(indicator.code) == key:
                return indicator
        for indicator in self.indicators:
            if key in {_norm_code(a) for a in indicator.aliases}:
                return indicator
        whole, label = _split_part(key)
        if label:
            for indicator in self.indicators:
                if _norm_code(indicator.code) == whole and any(
                    p.label == label for p in indicator.parts
                ):
                    return indicator
        return None


def _leading_number(code: str) -> int | None:
    match = re.match(r"^(\d+)", code)
    return int(match.group(1)) if match else None


def _norm_code(code: str) -> str:
    return re.sub(r"\s+", "", code).casefold()


def _split_part(key: str) -> tuple[str, str | None]:
    """``5.5.1(a)`` and ``5.5.1a`` both name part a of 5.5.1."""
    match = re.match(r"^(.*\d)\(?([a-z])\)?$", key)
    return (match.group(1), match.group(2)) if match else (key, None)


# -- loading -------------------------------------------------------------------------------


def _field_path(loc: Iterable[int | str]) -> str:
    path = ""
    for part in loc:
        path += f"[{part}]" if isinstance(part, int) else (f".{part}" if path else str(part))
    return path or "(top level)"


def load_set_file(text: str, origin: str) -> IndicatorSet:
    """Parse one set file; ``origin`` names it in errors. Raises :class:`CatalogueFileError`."""
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise CatalogueFileError(origin, "(yaml)", " ".join(str(exc).split())) from exc
    if not isinstance(data, dict):
        raise CatalogueFileError(origin, "(top level)", "must be a mapping of set fields")
    # Checked before validation so the message can point at the repeated entry itself.
    if isinstance(data.get("indicators"), list):
        seen: dict[str, int] = {}
        for n, entry in enumerate(data["indicators"]):
            if isinstance(entry, dict) and isinstance(entry.get("code"), str | int):
                key = _norm_code(str(entry["code"]))
                if key in seen:
                    raise CatalogueFileError(
                        origin, f"indicators[{n}].code", f"repeats indicators[{seen[key]}].code"
                    )
                seen[key] = n
    try:
        return IndicatorSet.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        field = _field_path(first["loc"])
        if first["type"] == "missing":
            problem = "is required"
        elif first["type"] == "extra_forbidden":
            problem = "is not a field of a set file (see docs/catalogue.md)"
        else:
            problem = first["msg"].removeprefix("Value error, ")
        others = sorted({_field_path(e["loc"]) for e in exc.errors()[1:]} - {field})
        if others:
            problem += f" (also check: {', '.join(others)})"
        raise CatalogueFileError(origin, field, problem) from exc


def _data_files() -> list[Traversable]:
    folder = files(__name__) / "data"
    return sorted(
        (f for f in folder.iterdir() if f.name.endswith(SET_FILE_SUFFIXES)), key=lambda f: f.name
    )


@functools.lru_cache(maxsize=1)
def shipped_sets() -> tuple[IndicatorSet, ...]:
    """The sets that ship with napkit, in the order of the plan vocabulary; read once."""
    sets = [
        load_set_file(f.read_text(encoding="utf-8"), f"catalogue/data/{f.name}")
        for f in _data_files()
    ]
    order = {set_id: n for n, set_id in enumerate(SHIPPED_IDS)}
    for s in sets:
        if s.id not in order:
            raise CatalogueFileError(
                f"catalogue/data/{s.id}", "id", "shipped sets use a plan set id"
            )
    return tuple(sorted(sets, key=lambda s: order[s.id]))


def load_sets(extra_dirs: Sequence[Path] = ()) -> list[IndicatorSet]:
    """The shipped sets, then every set file (``*.yaml``, ``*.yml``) in each extra folder.

    Extra folders hold national or regional sets, one set per file. A set id may be used once:
    an extra set cannot replace a shipped one, nor take the plan vocabulary's ``other``.
    """
    sets = list(shipped_sets())
    origins = {s.id: f"catalogue/data ({s.id})" for s in sets}
    for folder in extra_dirs:
        folder = Path(folder)
        if not folder.is_dir():
            raise CatalogueFileError(str(folder), "(folder)", "is not a folder")
        for path in sorted(p for p in folder.iterdir() if p.suffix in SET_FILE_SUFFIXES):
            indicator_set = load_set_file(path.read_text(encoding="utf-8"), str(path))
            if indicator_set.id in RESERVED_IDS:
                raise CatalogueFileError(
                    str(path), "id", f"{indicator_set.id!r} is reserved for plan references"
                )
            if indicator_set.id in origins:
                raise CatalogueFileError(
                    str(path),
                    "id",
                    f"{indicator_set.id!r} is already used by {origins[indicator_set.id]}",
                )
            origins[indicator_set.id] = str(path)
            sets.append(indicator_set)
    return sets


# -- looking up ----------------------------------------------------------------------------


def find(ref: str, extra_dirs: Sequence[Path] = ()) -> CatalogueIndicator | None:
    """The indicator a reference names: ``"sdg:5.5.1"``, or a bare ``"5.5.1"``.

    A bare code is looked up in every set and raises :class:`AmbiguousReference` when more
    than one set has it. Codes match case- and space-insensitively, aliases count, and a
    lettered part (``5.5.1(a)``, ``5.5.1a``) finds its indicator. Unknown sets or codes give None.
    """
    sets = load_sets(extra_dirs)
    if ":" in ref:
        set_id, code = (s.strip() for s in ref.split(":", 1))
        for indicator_set in sets:
            if indicator_set.id == set_id.casefold():
                return indicator_set.get(code)
        return None
    hits = [i for i in (s.get(ref) for s in sets) if i is not None]
    if len(hits) > 1:
        raise AmbiguousReference(
            f"{ref!r} is in several sets; write one of: {', '.join(h.ref for h in hits)}"
        )
    return hits[0] if hits else None


def find_ref(
    catalogue_set: CatalogueSet | str, code: str, extra_dirs: Sequence[Path] = ()
) -> CatalogueIndicator | None:
    """Resolve a plan file's ``{set, code}``; for ``set: other`` the code is ``"<set>:<code>"``."""
    set_id = CatalogueSet(catalogue_set)
    if set_id is CatalogueSet.OTHER:
        return find(code, extra_dirs) if ":" in code else None
    return find(f"{set_id.value}:{code}", extra_dirs)


def plan_reference(indicator: CatalogueIndicator) -> tuple[CatalogueSet, str]:
    """The ``(set, code)`` a plan file uses to point at ``indicator``."""
    if indicator.set_id in SHIPPED_IDS:
        return CatalogueSet(indicator.set_id), indicator.code
    return CatalogueSet.OTHER, indicator.ref


def _fold(text: str) -> str:
    """Case- and accent-insensitive form: 'Opérations' and 'operations' fold alike."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def _tokens(text: str) -> list[str]:
    return [t.strip(".") for t in re.findall(r"[\w.]+", _fold(text)) if t.strip(".")]


def _token_matches(query: str, words: Sequence[str]) -> bool:
    if any(c.isdigit() for c in query):
        # Codes match whole, by whole dotted segments ("5.5" finds 5.5.1) or with a part letter
        # ("11" finds 11a); "1" does not find 16.1.1.
        part = re.compile(re.escape(query) + r"\(?[a-z]\)?")
        return any(w == query or w.startswith(query + ".") or part.fullmatch(w) for w in words)
    return any(w.startswith(query) for w in words)


def search(
    query: str, set_id: str | None = None, extra_dirs: Sequence[Path] = ()
) -> list[CatalogueIndicator]:
    """Indicators whose code or wording contain every word of ``query``.

    Matching ignores case and accents; a word matches the start of a word in the text
    ("peacekeep" finds "peacekeeping") and a code matches whole dotted segments. Indicators
    whose code is the query come first, then the rest in catalogue order.
    """
    wanted = _tokens(query)
    if not wanted:
        return []
    exact: list[CatalogueIndicator] = []
    others: list[CatalogueIndicator] = []
    for indicator_set in load_sets(extra_dirs):
        if set_id is not None and indicator_set.id != set_id:
            continue
        for indicator in indicator_set.indicators:
            codes = [_fold(c) for c in (indicator.code, *indicator.aliases)]
            words = codes + _tokens(indicator.text)
            if not all(_token_matches(q, words) for q in wanted):
                continue
            (exact if _fold(query.strip()) in codes else others).append(indicator)
    return exact + others
