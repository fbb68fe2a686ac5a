"""How well screening agrees with a careful human reader: ``evaluate(screenings, labels)``.

Labels are the evaluation set's ``labels.csv`` (document, finding, value, page, evidence).
A finding agrees when its value equals the label's; the lead institution agrees when one
name contains the other (after folding case and accents; "Ministry X (Directorate Y)" is
either name), the pillars when there are as many
and each pair shares most of its words. Evidence is correct when a quote overlaps the
labelled passage or stands on the labelled page (the labelled passage is the most direct one,
not the only one).
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import PurePath

from napkit.core.scorecard.headlines import QUESTIONS
from napkit.core.screening.result import Finding, Screening

FREE_TEXT = {"lead_institution", "pillars"}


@dataclass(frozen=True)
class Label:
    document: str
    finding: str
    value: str
    page: int | None
    evidence: str


@dataclass
class Tally:
    agree: int = 0
    total: int = 0

    @property
    def rate(self) -> float:
        return self.agree / self.total if self.total else 0.0

    def add(self, ok: bool) -> None:
        self.total += 1
        self.agree += int(ok)


@dataclass
class Report:
    overall: Tally = field(default_factory=Tally)
    by_finding: dict[str, Tally] = field(default_factory=dict)
    by_language: dict[str, Tally] = field(default_factory=dict)
    by_document: dict[str, Tally] = field(default_factory=dict)
    evidence: Tally = field(default_factory=Tally)
    # finding -> value -> (true positives, predicted, labelled)
    counts: dict[str, dict[str, list[int]]] = field(default_factory=dict)
    disagreements: list[tuple[str, str, str, str]] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)

    def precision_recall(self, finding: str) -> dict[str, tuple[float | None, float | None, int]]:
        """value -> (precision, recall, labelled count); None where undefined."""
        out: dict[str, tuple[float | None, float | None, int]] = {}
        for value, (tp, predicted, labelled) in sorted(self.counts.get(finding, {}).items()):
            out[value] = (
                tp / predicted if predicted else None,
                tp / labelled if labelled else None,
                labelled,
            )
        return out


def read_labels(text: str) -> list[Label]:
    rows = csv.DictReader(io.StringIO(text))
    labels: list[Label] = []
    for row in rows:
        page = (row.get("page") or "").strip()
        labels.append(
            Label(
                document=row["document"].strip(),
                finding=row["finding"].strip(),
                value=row["value"].strip(),
                page=int(page) if page.isdigit() else None,
                evidence=(row.get("evidence") or "").strip(),
            )
        )
    return labels


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.casefold())
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(re.sub(r"[^\w]+", " ", text).split())


def value_of(finding: Finding) -> str:
    """The finding's value in the labels' terms."""
    if finding.answer == "not_stated":
        return "not_stated"
    if finding.id in {"budget", "focus", "lead_institution", "pillars"}:
        return finding.value or "not_stated"
    return finding.answer


_STOP = {"and", "et", "y", "the", "la", "le", "les", "el", "los", "las", "of", "de", "du", "des"}


def _words(text: str) -> set[str]:
    return {w for w in fold(text).split() if w not in _STOP}


_INNER_ACRONYM = re.compile(
    r"\s*\((?-i:[A-Z][A-Za-z0-9]{1,9})\)(?=\s*,|\s+(?:du|de|des|d'|of|within|in)\b)"
)


def _names(institution: str) -> list[str]:
    """An institution and the unit or body it is written with, "Ministry X (Directorate Y)":
    either name is the institution the labelling rules accept."""
    # (an acronym in brackets inside the name adds nothing: "Office for Women (OFW), Department
    # of the Prime Minister" is "Office for Women, Department of the Prime Minister", and
    # « Division Sécurité humaine (DSH) du Département … » is « Division Sécurité humaine du
    # Département … »)
    institution = _INNER_ACRONYM.sub("", institution)
    m = re.fullmatch(r"\s*(?P<outer>[^()]+?)\s*\((?P<inner>[^()]+)\)\s*", institution)
    names = [institution] if m is None else [m.group("outer"), m.group("inner")]
    return [_MINISTRY.sub("ministry of", n) for n in map(fold, names) if n]


# The minister and the ministry are the same institution for the labelling rules: labellers
# wrote "Ministre de la Famille …" where the text names the minister, others the ministry.
_MINISTRY = re.compile(
    r"\b(?:minist(?:er|ry|re|ere|ro|ra|erio)) (?:for|of|de|du|des|del|chargee? de|chargee? du)\b"
)


def same_value(finding: str, predicted: str, labelled: str) -> bool:
    if predicted == "not_stated" or labelled == "not_stated" or finding not in FREE_TEXT:
        return predicted == labelled
    if finding == "lead_institution":
        return any(a in b or b in a for a in _names(predicted) for b in _names(labelled))
    mine = [p for p in predicted.split("; ") if p.strip()]
    theirs = [p for p in labelled.split("; ") if p.strip()]
    if len(mine) != len(theirs):
        return False
    for x, y in zip(mine, theirs, strict=True):
        wx, wy = _words(x), _words(y)
        if not wx or not wy or len(wx & wy) / min(len(wx), len(wy)) < 0.6:
            return False
    return True


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", fold(text))


def evidence_ok(finding: Finding, label: Label) -> bool:
    if label.value == "not_stated":
        return not finding.evidence
    if not finding.evidence:
        return False
    target = _squash(label.evidence)
    for ev in finding.evidence:
        quote = _squash(ev.quote)
        if quote and target and (quote in target or target in quote):
            return True
        if label.page is not None and ev.page == label.page:
            return True
    return False


def _category(finding: str, value: str) -> str:
    # Free-text values are pooled as "stated" for precision and recall.
    if finding in FREE_TEXT and value != "not_stated":
        return "stated"
    return value


def evaluate(screenings: list[Screening], labels_csv: str) -> Report:
    """Compare ``screenings`` with the labels (the CSV's text); documents are matched by
    file name without extension."""
    labels = read_labels(labels_csv)
    by_doc: dict[str, dict[str, Label]] = defaultdict(dict)
    for label in labels:
        by_doc[label.document][label.finding] = label
    report = Report()
    for screening in screenings:
        doc = PurePath(screening.name).stem
        if doc not in by_doc:
            report.missing.append(screening.name)
            continue
        for key in QUESTIONS:
            labelled = by_doc[doc].get(key)
            found = screening.finding(key)
            if labelled is None or found is None:
                continue
            predicted = value_of(found)
            label = labelled
            ok = same_value(key, predicted, label.value)
            report.overall.add(ok)
            report.by_finding.setdefault(key, Tally()).add(ok)
            report.by_language.setdefault(screening.language, Tally()).add(ok)
            report.by_document.setdefault(doc, Tally()).add(ok)
            if label.value != "not_stated" and ok:
                report.evidence.add(evidence_ok(found, label))
            if not ok:
                report.disagreements.append((doc, key, predicted, label.value))
            counts = report.counts.setdefault(key, {})
            mine, theirs = _category(key, predicted), _category(key, label.value)
            counts.setdefault(mine, [0, 0, 0])[1] += 1
            counts.setdefault(theirs, [0, 0, 0])[2] += 1
            if ok:
                counts[theirs][0] += 1
    return report
