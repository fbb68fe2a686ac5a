"""The results framework: indicators, baselines and targets (from sentences and the headers
of logframe tables), and the monitoring and evaluation framework.
"""

from __future__ import annotations

import re

from napkit.core.i18n import _
from napkit.core.screening.findings.base import (
    _PLAN_NAMED,
    Hit,
    _evidence,
    _finding,
    _negated,
    _usable,
    by_precedence,
    hits,
    not_stated,
)
from napkit.core.screening.findings.other_policies import (
    _continues_another_policy,
    _of_another_policy,
)
from napkit.core.screening.findings.reporting import (
    _OTHER_REPORT,
    _REPORT_ON_OTHER,
    _TREATY_REPORT,
)
from napkit.core.screening.lexicon import Lexicon
from napkit.core.screening.result import Finding
from napkit.core.screening.segment import Sentence

# A results table whose rows a PDF's text layer gave as loose lines: its header names the
# columns ("Axe Effet / produit Indicateur Référence", then "2022", "Cible", "2027").
_COL_INDICATOR = re.compile(r"\b(indicators?|indicateurs?|indicador(es)?)\b", re.IGNORECASE)

_COL_BASELINE = re.compile(
    r"\b(baselines?|référence|valeurs? de référence|situation de référence|valeurs? de départ|"
    r"l[íi]neas? (de )?base)"
    r"\b",
    re.IGNORECASE,
)

_COL_TARGET = re.compile(r"\b(targets?|cibles?|metas?)\b", re.IGNORECASE)


def table_headers(sentences: list[Sentence], lex: Lexicon) -> list[tuple[Sentence, bool, bool]]:
    """(header line, has a baseline column, has a target column) for each table header read
    from short lines: the line naming the indicator column and the few short lines after it."""
    out = []
    for i, s in enumerate(sentences):
        if s.row or not s.heading or not _usable(s, lex) or not _COL_INDICATOR.search(s.read):
            continue
        window = [s.read]
        for t in sentences[i + 1 : i + 5]:
            if t.page != s.page or len(t.text) > 40:
                break
            window.append(t.read)
        text = " ".join(window)
        base, target = bool(_COL_BASELINE.search(text)), bool(_COL_TARGET.search(text))
        if base or target:
            out.append((s, base, target))
    return out


def indicators(sentences: list[Sentence], lex: Lexicon) -> Finding:
    # (« Elle dispose … d'un cadre de suivi de 24 indicateurs » after a national strategy)
    found = [
        h
        for h in hits("indicators", sentences, lex)
        if not _of_another_policy(h) and not _continues_another_policy(h.sentence, sentences)
    ]
    found += [Hit("yes", s, "table header") for s, _b, _t in table_headers(sentences, lex)]
    return by_precedence("indicators", found, {"some_without": "partial"})


def _targets_set(text: str, lex: Lexicon) -> bool:
    """A clause of the sentence states targets without a negation ("Les valeurs cibles ont été
    fixées ; …"), unlike "does not set baseline values or numerical targets"."""
    return any(
        _COL_TARGET.search(clause) and not lex.negation.search(clause)
        for clause in re.split(r"[;:]", text)
    )


def baselines_targets(sentences: list[Sentence], lex: Lexicon) -> Finding:
    found = [
        h
        for h in hits("baselines_targets", sentences, lex)
        if not _of_another_policy(h) and not _continues_another_policy(h.sentence, sentences)
    ]
    found += [
        Hit("yes" if base else "target_only", s, "table header")
        for s, base, target in table_headers(sentences, lex)
        if target
    ]
    # Targets without any baseline are partial (the labelling rule); a table whose header
    # names both columns is "yes" unless cells say "to be determined". "No baselines were set"
    # alone is partial beside targets stated elsewhere, and "no" when nothing else is stated.
    missing = {"no_baseline", "no_target", "no_except"}
    others = any(h.value not in missing for h in found)
    found = [
        # ("Les valeurs cibles ont été fixées ; les valeurs de référence n'ont pas pu être
        # établies": the targets beside the missing baselines, in the same sentence)
        Hit(
            "partial"
            if others
            or h.value == "no_except"
            or (h.value == "no_baseline" and _targets_set(h.sentence.read, lex))
            else "no",
            h.sentence,
            h.cue,
        )
        if h.value in missing
        else h
        for h in found
    ]
    return by_precedence(
        "baselines_targets", found, {"target_only": "partial", "baseline_later": "partial"}
    )


def me_framework(sentences: list[Sentence], lex: Lexicon) -> Finding:
    key = "me_framework"
    # A heading ("iv. La collecte et le traitement des données") names a topic, often of the
    # method used to draft the plan; it does not say who collects what for this plan.
    usable = [s for s in sentences if _usable(s, lex) and not s.row and not s.heading]
    none = [Hit("no", s, m.group(0)) for s in usable if (m := lex.me["none"].search(s.read))]
    if none:
        return _finding(
            key, "no", None, 0.85, _evidence(none), _("The document says it has no monitoring.")
        )
    # "Data were collected in 21 provinces" tells how the plan was drafted, in the past.
    collect = [
        Hit("collect", s, m.group(0)[:80])
        for s in usable
        if (m := lex.me["collect"].search(s.read) or _REPORT_UP.search(s.read))
        and not _COLLECTED.search(s.read)
        and not _OPTIONAL.search(s.read)
        and not _DEFERRED.search(s.read)
        and not _ACTION_LINE.match(s.read)
        and not _RESULT_LINE.match(s.read)
        and not _defines(s.read)
        and not _of_another_policy(Hit("collect", s, m.group(0)))
        and not _continues_another_policy(s, sentences)
    ]
    report: list[Hit] = []
    for s in usable:
        m = lex.me["report"].search(s.read)
        if m is None or _negated(s, m, lex):
            continue
        if _TREATY_REPORT.search(s.read):
            continue  # « … dans ses rapports périodiques au Comité pour l'élimination … »
        if _REPORT_ON_OTHER.search(s.read):
            continue  # ("… report to the United Nations on the implementation of CEDAW")
        if _OTHER_REPORT.search(s.read) and not _PLAN_NAMED.search(s.read):
            # ("… the National Human Rights Commission publishes an annual report on the
            # implementation of the recommendations received")
            continue
        if _of_another_policy(Hit("report", s, m.group(0))) or _continues_another_policy(
            s, sentences
        ):
            continue  # (« La PNPG dispose de son propre mécanisme de suivi et fait l'objet d'un
            # rapport annuel de mise en œuvre »)
        if re.search(
            r"\b(plan|progress|implementation|follow-up|interim|mise en œuvre|avance|ejecución|acc"
            r"iones|"
            # (« … qui produisent un rapport semestriel provincial à l'intention du SP-1325 »)
            # ("… which shall consolidate it into an annual performance report")
            r"seguimiento|suivi|monitoring|exécution|execution|avancement|progrès|avance|1325|"
            r"performance)\b",
            s.read,
            re.IGNORECASE,
        ):
            report.append(Hit("report", s, m.group(0)))
    # The rhythm is the reporting's: data "collected every quarter" for reports prepared
    # "periodically" leave the reports untimed; data sent up "by 31 March" are a deadline.
    timed = [h for h in report if lex.me["when"].search(h.sentence.read)] + [
        h
        for h in collect
        if _DEADLINE.search(h.sentence.read) and lex.me["when"].search(h.sentence.read)
    ]
    if not report:
        # Each body's data sent up by a date ("… transmet sa contribution au secrétariat au
        # plus tard le 31 janvier de chaque année"): that transmission is the reporting.
        report = [h for h in timed if _SENT_UP.search(h.sentence.read)]
    if not (collect or report):
        return not_stated(key)
    # The passages to quote first: data sent by a date, then reports with a rhythm.
    collect.sort(key=lambda h: not _DEADLINE.search(h.sentence.read))
    report.sort(key=lambda h: not lex.me["when"].search(h.sentence.read))
    if collect and report and timed:
        parts = _evidence([*collect[:1], *timed[:1], *report[:1]])
        return _finding(
            key,
            "yes",
            None,
            0.75,
            parts,
            _("Who collects the data, who reports, and when are stated."),
        )
    parts = _evidence([*collect[:1], *report[:1]])
    return _finding(
        key,
        "partial",
        None,
        0.6,
        parts,
        _("Only some of who collects, who reports and when are stated."),
    )


# Each body sends its own account up to the one that compiles ("Each ministry reports on the
# implementation of its outputs to the secretariat … by the end of January", « Les offices
# fédéraux concernés communiquent chaque année … l'état de mise en œuvre de leurs mesures au
# secrétariat »): that is the plan's data collection, whatever words it uses.
_REPORT_UP = re.compile(
    r"\b(?:each|every|all|the (?:responsible|implementing|relevant|line)) (?:line |lead |"
    r"participating )?"
    r"(?:ministr\w*|institutions?|agenc\w*|departments?|bod(?:y|ies)|signator\w*|offices?|partners?)\b"
    r"[^.;]{0,60}?\b(?:reports?|submits?|sends?|transmits?|provides?|forwards?)\b[^.;]{0,80}?\bto "
    r"(?:the )?(?:\w+ ){0,3}(?:secretariat|committee|ministry|office|group|directorate|unit|"
    # ("Each lead department and agency reports on its actions to the CRU by the end of February")
    r"coordinat\w*|(?-i:[A-Z]{2,6}))\b"
    # ("Ministries and institutions responsible for actions shall report on progress to the
    # working group by 1 February each year")
    r"|^\W*(?:the )?(?:ministries|institutions|agencies|departments)(?: and (?:institutions|"
    r"agencies|ministries|departments))?\b[^.;]{0,40}?\b(?:shall|will) (?:report|submit|send)\b"
    r"[^.;]{0,60}?\bto the (?:\w+ ){0,3}(?:secretariat|committee|ministry|office|group|"
    r"directorate|unit|working group)\b"
    r"|\b(?:les|chaque|tous les) (?:ministères|départements|offices|institutions|structures|"
    # (« Chaque partenaire communique au point focal FPS du MFAEC, avant le 31 janvier, les
    # données … »)
    r"services|ministère|département|office|institution|structure|partenaires?)\b[^.;]{0,60}?\b"
    r"(?:communique|"
    r"transmet|adresse|fait rapport|rend compte|rendent compte|font rapport|communiquent|"
    r"transmettent|adressent)\w*\b[^.;]{0,100}?\b(?:au|à la|à l') (?:\w+ ){0,2}(?:secrétariat|"
    r"comité|ministère|direction|cellule|groupe|coordination|point focal)\b",
    re.IGNORECASE,
)

_SENT_UP = re.compile(
    r"\b(transmet\w*|transmis\w*|submit\w*|sends?|sent|forward\w*|communiqu\w*|remit\w*|envoi\w*|"
    r"adress\w*)\b",
    re.IGNORECASE,
)

_DEADLINE = re.compile(
    r"\b(by \d{1,2} \w+|by the end of (?-i:[A-Z])\w+|within (\w+|\d+) (days|weeks|months?)|"
    r"au plus tard|dans les \w+ (jours|semaines|mois)|avant le \d+|a más tardar|antes del? \d+)\b",
    re.IGNORECASE,
)

# Arrangements left to a later document: "Detailed arrangements for the collection of data …
# will be set out in the MEL Framework" says nothing yet of who collects.
_DEFERRED = re.compile(
    r"\b(will|shall|are to|is to) (also )?be (set out|defined|determined|specified|laid down|"
    r"detailed) in\b"
    r"|\b(seront|sera) (définie?s?|précisée?s?|fixée?s?) (dans|par)\b"
    r"|\b(se definirán|se establecerán) en\b"
    # (« … seront élaborés ultérieurement, … lorsque les conditions de collecte des données
    # seront réunies »)
    r"|\b(lorsque|quand|dès que) les conditions\b[^.;]*\b(seront|sera) réunies\b"
    r"|\bwhen (the )?conditions (allow|permit)\b"
    # ("… shall, within six months …, submit … proposals on the performance indicators of the
    # Action Plan": the indicators are still to be drawn up)
    r"|\bproposals? (on|for) (the )?([\w-]+ )?indicators\b|\bpropositions? d'indicateurs\b",
    re.IGNORECASE,
)

# An action of the plan ("10. Build the capabilities of departments, including … the collection
# of sex-disaggregated data"): what the plan will do, not how it is monitored.
_ACTION_LINE = re.compile(
    # (« 16. Collecter des données désagrégées par sexe … (responsable : Institut … ) »)
    r"^\s*(?:\d{1,2}[.)]|[-–•*])\s+(?:Build|Strengthen|Improve|Develop|Promote|Support|Ensure|"
    r"Collect|Produce|Conduct|Collecter|Produire|Réaliser|Conduire|Mener|Recueillir|"
    r"Increase|Enhance|Establish|Train|Renforcer|Améliorer|Développer|Promouvoir|Appuyer|Assurer|"
    r"Fortalecer|Mejorar|Desarrollar|Promover|Apoyar)\b"
)

# A result of the plan ("Outcome 5.2: Data on women, peace and security are collected"): what
# the plan aims at, not who monitors it.
_RESULT_LINE = re.compile(
    r"^\s*(Outcome|Output|Result|Objective|Résultat|Effet|Produit|Objectif|Resultado|Producto)"
    r"\b[\s\d.]*:"
)

# A glossary entry ("Alerte précoce : processus de collecte … d'informations"): a definition,
# unless someone in it collects ("Collecte des données : les points focaux collectent …").
_DEFINITION = re.compile(r"^[A-ZÀ-Ý][\w'’ -]{2,50}\s?:\s+(?-i:[a-zà-ÿ])")

_COLLECTS = re.compile(
    r"\b(collectent|collecteront|recueillent|transmettent|collects?|gathers?|submits?|compiles?|"
    r"recopilan|remiten)\b",
    re.IGNORECASE,
)


def _defines(text: str) -> bool:
    m = _DEFINITION.match(text)
    return m is not None and not _COLLECTS.search(text, m.end())


# What someone may send if they wish ("Civil society organisations may submit information on
# their activities … to the Coordination Board"): not an arrangement for collecting data.
_OPTIONAL = re.compile(
    r"\b(may|might|can|peut|peuvent|pourra|pourront|puede|pueden|podrá|podrán)\s+(also\s+|"
    r"aussi\s+|également\s+|también\s+)?(submit|send|provide|transmit|share|soumettre|"
    r"transmettre|communiquer|fournir|adresser|presentar|enviar|remitir)\b",
    re.IGNORECASE,
)

_COLLECTED = re.compile(
    r"\b(were|was|have been|has been)\s+(collected|gathered|compiled)\b"
    # ("mine action has not yet systematically collected data disaggregated by sex": the
    # situation the plan starts from)
    r"|\b(has|have) not (yet )?(\w+ )?(collected|gathered|compiled)\b"
    r"|\b(a|ont) été (effectuée?s?|collectée?s?|recueillie?s?|réalisée?s?)\b"
    r"|\b(fueron|fue|han sido|ha sido) (recopilad|recogid|recolectad)\w*",
    re.IGNORECASE,
)
