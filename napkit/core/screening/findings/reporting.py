"""The findings read from cues and vetoes alone: regular and public reporting, civil society
in the plan's design, and the coordination mechanism's existence (``simple``), with the
reports that are not the plan's (another policy's, the UN's, civil society's own).
"""

from __future__ import annotations

import re

from napkit.core.screening.findings.base import _PLAN_NAMED, Hit, by_precedence, hits
from napkit.core.screening.findings.other_policies import (
    _carries_on,
    _clause_span,
    _continues_another_policy,
    _of_another_policy,
)
from napkit.core.screening.lexicon import Lexicon
from napkit.core.screening.result import Finding
from napkit.core.screening.segment import Sentence

# Reports to the United Nations on the agenda as a whole ("contribuer chaque année au rapport
# du Secrétaire général"): not reports on this plan.
_UN_REPORT = re.compile(
    # ("… the annexes to the annual reports of the Secretary-General on conflict-related sexual
    # violence")
    r"\b(reports? of the Secretary-General|Secretary-General's (annual )?reports?|"
    r"rapports? (annuels? )?du "
    r"Secrétaire général|informe (anual )?del Secretario General)\b"
    # (« … et prie le Secrétaire Général de lui présenter des rapports sur sa mise en œuvre »)
    r"|\b(requests? the Secretary-General|prie le Secrétaire général|pide al Secretario General)\b"
    r"[^.;]{0,40}\b(reports?|rapports?|informes?)\b",
    re.IGNORECASE,
)

# A report on something else, in a sentence that does not name the plan: "the IHRC publishes
# an annual report on the situation of violence against women", « le Rapport de politique
# extérieure », "its annual Human Rights and Democracy Report", a periodic report to the CEDAW
# Committee.
_OTHER_REPORT = re.compile(
    r"\b(?:reports?|rapports?|informes?)\s+(?:(?:annuel|trimestriel|semestriel|mensuel)s?\s+|"
    r"(?:anual|trimestral|semestral|mensual)(?:es)?\s+)?(?:on|sur|sobre)\s+"
    r"(?:the\s+|la\s+|l['’]\s*|le\s+|el\s+)?(?:situation|state|status|état|situación|estado|share|"
    r"proportion|"
    r"number|part|nombre|proporción|número)\b"
    # (not « un rapport sur l'état de mise en œuvre des seize mesures »: the plan's progress)
    r"(?!\s+(?:de\s+(?:la\s+)?mise en œuvre|d'avancement|of\s+(?:the\s+)?implementation|of\s+"
    r"progress|de\s+(?:la\s+)?ejecución|de\s+avance)\b)"
    r"|(?<=\w )(?-i:Rapport|Informe)\s+(?:de|sur|sobre|del?)\s+(?!suivi|mise|progr|avancement|"
    r"performance|activit|évaluation|seguimiento|ejecución|avance|evaluación)(?-i:[a-zé])"
    # The government's foreign or security policy report (« le rapport de politique extérieure
    # du Conseil exécutif, publié chaque année »), which may have a chapter on peace.
    r"|\b(?:rapports?|reports?|informes?)\s+(?:de|on|sobre)\s+(?:la\s+)?(?:politique|policy|"
    r"política)\s+(?:extérieure|étrangère|de sécurité|exterior|foreign|security)\b"
    r"|\b(?:foreign|security) policy reports?\b"
    # Another body's yearly report on a subject ("The IHRC publishes an annual report on
    # violence against women", "… an annual report on the status of women")
    r"|\breports?\s+on\s+(?:violence against women|the status of women|the situation of women|"
    r"human rights|complaints|gender equality|the rights of women)\b"
    # ("The Public Defender … also publishes an annual special report on …")
    r"|\bspecial reports?\b"
    # (« L'ONVBG publie un rapport annuel sur les violences basées sur le genre »)
    r"|\brapports?\s+annuels?\s+sur\s+(?:les violences|la situation des femmes)\b"
    # A development cooperation's yearly report (« Le rapport annuel de la coopération
    # valdenzoise … rend compte de l'ensemble de cette aide »)
    r"|\brapports? (?:annuels? )?de la coopération\b|\b(?:development )?cooperation(?:'s)? "
    r"annual report\b|\bannual report on (?:development )?cooperation\b"
    r"|\brapports?\s+sur\s+(?:les violences faites aux femmes|la situation des "
    r"femmes|les droits (?:humains|de l'homme))\b"
    # A national human rights institution's yearly report ("The NHRC publishes an annual report
    # which includes a chapter on the rights of women", "The INCHR publishes an annual report on
    # the human rights situation", « le CNEDF publie chaque année un rapport sur la situation de
    # la femme »)
    # ("The Lisamba Human Rights Commission publishes an annual report to Parliament", "The
    # Human Rights Defender … publishes annual reports")
    r"|\b(?-i:Human Rights) (?-i:Commission|Defender|Ombudsman|Council)\b|\b(?-i:Public Defender|"
    r"Ombudsman|Ombudsperson|Défenseur des droits|Médiateur de la République)\b"
    r"|\b(?-i:NHRC|INCHR|NHRI|CNDH|CNIDH|CNDHL)\b|\bnational human rights (?:commission|"
    r"institution)\b|\breports? (?:which|that) includes? a chapter on\b"
    r"|\breports? on the (?:\w+ ){1,2}situation\b|\brapports? sur la situation de la femme\b"
    # A truth commission's or an inquiry's report, a voluntary national review on the SDGs
    r"|\b(?:TRC|CVR|truth and reconciliation commission|truth commission|commission of inquiry|"
    r"commission (?:d'enquête|vérité)[\w ,-]{0,40}|comisión de la verdad)\b"
    r"|\b(?:voluntary national review|rapport national volontaire|informe nacional voluntario)\b"
    # The SDG indicators ("Dardara reports on SDG indicator 5.5.1 … through the DSA")
    r"|\bSDG indicators?\b|\bindicateurs? (?:des )?ODD\b|\bindicadores? (?:de los )?ODS\b"
    # Answers to an alliance's questionnaire ("reports … through other channels, notably the
    # annual NATO questionnaire on gender perspectives")
    r"|\b(?:NATO|OTAN|OSCE|OSZE)\b[^.;]{0,40}\bquestionnaires?\b|\bthrough other channels\b"
    # (not the plan's own "Annual Progress Report", whatever its title)
    r"|(?:(?-i:(?!(?:Progress|Implementation|Monitoring|Results|Review)\b)[A-Z][a-z]+)\s+"
    r"(?:and\s+)?){2,5}(?-i:Report)\b"
    # "an annual State of Peace report", "its annual State of Gender Accountability report":
    # another body's titled publication.
    r"|\b(?-i:State) of (?:the\s+)?(?-i:[A-Z][a-z]+)(?:\s+(?-i:[A-Z][a-z]+)){0,3}\s+"
    r"(?:report|index)\b"
    # (a periodic report to a treaty body, not a report "shared with the CEDAW Committee")
    r"|\b(?:periodic|périodiques?|periódicos?)\b[^.;]{0,40}\b(?:treaty bodies|organes de traités|"
    r"órganos de (?:los )?tratados|CEDAW|Committee on the Elimination "
    r"of Discrimination|Comité pour l['’]élimination de la discrimination|Comité para la "
    r"Eliminación de la Discriminación)\b|\b(?:Universal Periodic Review|Examen périodique "
    r"universel)\b"
    # A state's numbered report to a treaty body ("Its ninth periodic report, submitted in
    # 2021, is available on the website of the Committee")
    r"|\b(?:initial|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|combined "
    r"[\w\s-]{3,40}) periodic reports?\b|\b(?:deuxième|troisième|quatrième|cinquième|sixième|"
    r"septième|huitième|neuvième|dixième|\d+e) rapport périodique\b"
    # (the treaty body named first: « … fait rapport tous les quatre ans au Comité pour
    # l'élimination de la discrimination à l'égard des femmes ; ses derniers rapports
    # périodiques … »)
    r"|\b(?:Committee on the Elimination of Discrimination|Comité pour l['’]élimination de la "
    r"discrimination|Comité para la Eliminación de la Discriminación)\b[^.]{0,120}\b(?:periodic|"
    r"périodiques?|periódicos?)\b",
    re.IGNORECASE,
)

# A report on carrying out something else: another plan named by its subject ("an annual report
# on the implementation of the National Action Plan on Gender-Based Violence"), a national
# policy or strategy, a budget line (« le rapport relatif à la mise en œuvre du crédit-cadre pour
# la promotion civile de la paix »).
_REPORT_ON_OTHER = re.compile(
    r"\b(?:reports?|rapports?|bilans?|informes?)\b[^.;]{0,40}?\b(?:implementation|mise en œuvre|"
    r"ejecución|aplicación) (?:of|du|de la|de l'|des|del?)\s*(?:the\s+|la\s+|el\s+)?"
    # (a topic named with a capital: not "the Plan on its official website")
    r"(?:(?:National\s+)?(?:Action\s+)?(?:Plan|Strategy|Policy|Programme)\s+(?:on|against)\s+"
    r"(?!Women|UNSCR|(?:the\s+)?(?:UN\s+)?(?:Security Council )?Resolution)(?-i:[A-Z])|"
    r"(?:Plan|Strategy|Policy|Programme)\s+to (?:combat|end|eliminate|prevent)\b|"
    r"(?:Plan|Stratégie|Politique|Programme)\s+(?:d'action\s+)?nationale?\s+(?:de lutte contre|"
    r"contre)\s|(?:Plan|Estrategia|Política|Programa)\s+(?:de acción\s+)?nacional\s+contra\s|"
    r"crédits?-cadres?\b|framework credit\b|"
    # ("… will continue to report to the United Nations on the implementation of CEDAW and of
    # the Beijing Platform for Action")
    r"CEDAW\b|CEDEF\b|Beijing (?:Platform|Declaration)\b|(?:Plateforme|Déclaration) "
    r"(?:d'action )?de (?:Beijing|Pékin)\b|"
    # "… on the implementation of the Programme for Gender Equality", "… of the Gender
    # Equality Act": another programme or a law, named with capitals
    r"(?:Programme|Program|Programa) (?:for|on|de|pour) (?-i:[A-Z])"
    # "the Government's annual report on the implementation of its Programme"
    r"|(?:its|their|the Government's) (?-i:Programme|Program)\b"
    r"|(?-i:[A-Z])[\w-]+ (?:[\w-]+ ){0,3}(?-i:Act|Law)\b)"
    # "The annual reports on the Government Action Plan for Gender Equality, which are
    # published by the MSAH, also cover some of the national measures in this plan."
    r"|\breports?\s+on\s+the\s+(?:Government\s+)?(?:Action\s+)?(?-i:Plan|Programme|Strategy|"
    r"Policy)\s+(?:for|on)\s+(?!Women|the Implementation|UNSCR|Resolution|(?:the\s+)?(?:UN\s+)?"
    r"Security Council)(?-i:[A-Z])"
    # The finance ministry's budget reports, whatever they track ("The MoFP publishes quarterly
    # budget performance reports, which will be used to track the release of funds to NAP
    # activities")
    r"|\bbudget (?:performance |execution )reports?\b|\brapports? d'exécution budgétaire\b"
    # ("Reports on that plan are published on the website of the Ministry of Welfare")
    r"|\breports? on that (?:plan|strategy|programme|policy)\b"
    # ("The KNHP, in its Annual Report 2023 published in March 2024, documented …")
    # ("The ICHR recorded in its annual report for 2019 …")
    r"|\bin (?:its|their) (?:own )?annual reports? (?:(?:for|of) )?(?:19|20)\d\d\b"
    # ("The NHRADC may address women, peace and security in its own annual report to
    # Parliament": the commission's report)
    r"|\b(?:its|their) own (?:annual |yearly )?reports?\b|\b(?:son|leur) propre rapport\b"
    # (« un rapport sur le budget axé sur les résultats tenant compte de l'aspect genre
    # accompagne chaque année le projet de loi de finances »)
    r"|\b(?:rapports?|reports?|informes?) (?:sur|on|sobre) (?:le|the|el) budget\b"
    r"|\bgender budget (?:statements?|reports?)\b"
    # ("That Commission … publishes an annual report on the implementation of those documents")
    r"|\b(?:implementation|mise en œuvre) (?:of|de) (?:that) (?:document|strategy|"
    r"policy|programme|stratégie|politique)\b"
    r"|\b(?:implementation|mise en œuvre) (?:of|de) (?:those|these|ces) (?:documents|strategies|"
    r"policies|programmes|textes|stratégies|politiques)\b",
    re.IGNORECASE,
)

# A relative clause on what the report's data serve: "…, whose data will feed the plan's
# indicators".
_WHOSE = re.compile(
    r",\s*(?:dont|whose|cuyos?|cuyas?)\s+(?:les |the |los |las )?(?:données|data|"
    r"datos|chiffres|figures|cifras)\b[^;]*",
    re.IGNORECASE,
)

_SHADOW = re.compile(
    # ("The annual civil society report card prepared by the … Network will be published by
    # the Network")
    r"\b(civil society|CSO|NGO|shadow) report cards?\b|"
    r"\b(shadow|alternative|independent) reports?\b|\brapports? (alternatifs?|parallèles?|"
    r"indépendants?)\b|\binformes? (alternativos?|sombra|independientes?)\b",
    re.IGNORECASE,
)

# How the plan was drafted: "Le Plan a été élaboré par un groupe de travail …, sous la
# coordination du ministère" describes the drafting body, not the one that coordinates.
_DRAFTED_BY = re.compile(
    r"\b(drafted|prepared|developed|elaborated|written) (by|under)\b|\b(élaboré|rédigé|préparé)e? "
    r"(par|sous)\b|\b(elaborado|redactado|preparado) (por|bajo)\b"
    # "Le Plan a été élaboré de mai à novembre 2021 par un groupe de travail …", "… was adopted
    # by the Interministerial Committee at its meeting of 8 March": who drafted or adopted the
    # plan, not who coordinates it.
    r"|\b(plan|PAN|NAP|document)\b[^.;]{0,30}\b(was|has been|a été|fue|ha sido) (drafted|prepared|"
    r"developed|adopted|approved|endorsed|validated|élaboré|rédigé|préparé|adopté|approuvé|validé|"
    r"elaborado|redactado|aprobado|adoptado|validado)e?\b[^.;]{0,50}?\b(by|par|por)\b"
    # "The development of the Plan was guided by a NAP Reference Group"
    r"|\b(development|drafting|preparation|elaboration|formulation|élaboration|rédaction|"
    r"elaboración|redacción) (of|du|de la|de l'|del) (the |this |ce |cette |el |este )?"
    r"([\w-]+ ){0,3}"
    r"(was|were|has been|a été|fue|ha sido) (guided|led|steered|overseen|coordinated|guidée|"
    r"pilotée|conduite|coordonnée|dirigida|coordinada|guiada) (by|par|por)\b"
    # « L'élaboration du PAN a été confiée à un comité ad hoc de rédaction »
    r"|\b(development|drafting|preparation|élaboration|rédaction|elaboración|redacción) (of|du|"
    r"de la|de l'|del) (the |this |ce |cette |el |este )?([\w-]+ ){0,3}(was|has been|a été|fue|ha "
    r"sido) (entrusted|assigned|confiée?|encargada|confiada) (to|à|a)\b",
    re.IGNORECASE,
)

# Another policy with its own monitoring: "the National Policy on …, which has its own monitoring
# framework and indicators, reported to the Cabinet every year".
_ITS_OWN = re.compile(
    r"\b(which|that) (has|have) (its|their) own (monitoring|reporting|results|indicators|"
    r"framework)\b"
    # "the NGEC will continue to publish its own annual status report on gender equality"
    r"|\b(publish|publishes|produce|produces|issue|issues)\s+(its|their) own\b"
    r"|\b(publie|publient|produit|produisent) (son|sa|ses|leurs?) propres?\b"
    # "The LCW shall continue to publish its annual report on the implementation of the WEC":
    # another body's report, as before the plan.
    r"|\b(shall|will) continue to (publish|produce|issue|prepare) (its|their)\b"
    r"|\bcontinuer(a|ont) (à|de) (publier|produire|établir) (son|sa|ses|leurs?)\b"
    r"|\bqui (a|dispose d['’]|possède) (son|sa|ses) (propre|propres) (dispositif|"
    r"mécanisme|cadre|système|indicateurs)\b|\bque (tiene|cuenta con) su propio (sistema|marco|"
    r"mecanismo)\b",
    re.IGNORECASE,
)


def _other_report(h: Hit) -> bool:
    """Another report in the clause, between semicolons, where the cue was found: « Le rapport
    annuel est rendu public … ; l'OG en présente une synthèse … dans son rapport annuel sur l'état
    de l'égalité » publishes the plan's report in its first clause, whatever the second says (a
    mention across clauses counts: « … fait rapport … au Comité pour l'élimination de la
    discrimination … ; ses derniers rapports périodiques … »)."""
    text = h.sentence.read
    start, end = _clause_span(text, h.cue)
    return any(m.start() < end and m.end() > start for m in _OTHER_REPORT.finditer(text))


# A report the sentence before introduced as another body's: "The Truth and Reconciliation
# Commission (TRC) documented hundreds of cases … . Its final report was made public in 2014."
_POSSESSIVE = re.compile(r"^\W*(?:its|their|son|sa|ses|leurs?|su|sus)\s", re.IGNORECASE)


def _anothers_by_pronoun(s: Sentence, sentences: list[Sentence]) -> bool:
    return _carries_on(
        s,
        sentences,
        _POSSESSIVE,
        lambda text: bool(_OTHER_REPORT.search(text) or _OTHER_PROCESS.search(text)),
    )


def simple(
    key: str, sentences: list[Sentence], lex: Lexicon, found: list[Hit] | None = None
) -> Finding:
    """The finding from its cues and vetoes; ``found``: its hits, when the caller has them."""
    found = hits(key, sentences, lex) if found is None else found
    if key in {"regular_reporting", "public_reporting"}:
        found = [
            h
            for h in found
            if not _continues_another_policy(h.sentence, sentences)
            and not _anothers_by_pronoun(h.sentence, sentences)
        ]
        # (« … publie chaque année le rapport national sur la mise en œuvre de la Politique
        # nationale genre »: another policy's report; but the plan's own "no report" stands,
        # whatever other report the sentence names: « Il
        # ne sera pas élaboré de rapport d'avancement spécifique au PAN : les progrès … seront
        # présentés … dans les contributions nationales au rapport annuel du Secrétaire
        # général »)
        found = [
            h
            for h in found
            if h.value == "no"
            or not (
                _UN_REPORT.search(h.sentence.read)
                or _REPORT_ON_OTHER.search(h.sentence.read)
                or _ITS_OWN.search(h.sentence.read)
            )
        ]
        found = [
            h
            for h in found
            if not _of_another_policy(h)
            and not (
                h.value in {"yes", "partial"}
                and _other_report(h)
                # (« L'ANSDS publie chaque année un rapport sur la situation des femmes …, dont
                # les données alimenteront plusieurs indicateurs du plan »: the plan uses its data)
                and not _PLAN_NAMED.search(_WHOSE.sub("", h.sentence.read))
            )
            # ("Gedaro has submitted eight periodic reports to the CEDAW Committee; … the
            # Committee recommended that Gedaro adopt a national action plan": whatever plan
            # the sentence names, the reports are the treaty's)
            and not (h.value in {"yes", "partial"} and _TREATY_REPORT.search(h.sentence.read))
            # Civil society's own reports ("CSOs may submit shadow reports … to the National
            # Assembly") say nothing of what the government reports or publishes.
            and not _SHADOW.search(h.sentence.read)
        ]
    if key == "coordination_mechanism":
        found = [
            h
            for h in found
            if not _drafting_body(h.sentence.read, lex)
            and not _DRAFTING_ONLY.search(h.sentence.read)
            and not (h.value == "yes" and _NOT_THIS_BODY.search(h.sentence.read))
            and not (h.value == "yes" and _OTHER_PROCESS.search(h.cue))
            and not (h.value == "yes" and _of_another_policy(h))
            # ("Son comité de suivi, présidé par …" after a national policy: the policy's)
            # (or a ministry's: "Its implementation is coordinated by the GESI Policy Steering
            # Committee … and the Department of Personnel Management reports …")
            and not (
                h.value in {"yes", "partial"} and _continues_another_policy(h.sentence, sentences)
            )
            # ("1.2.2. Establishment of a network of women police officers": an action)
            and not (h.value == "yes" and _ACTION_NUMBER.match(h.sentence.read))
            # ("| Establish a women officers' network in the RKC | RKC | CSOs | 2023–2024": an
            # action of the logframe)
            and not (h.value == "yes" and h.sentence.row and _ACTION_CELL.match(h.sentence.read))
        ]
    if key == "cs_design":
        # "Civil society organisations will be consulted at the time of the review": a
        # consultation to come, not how this plan was drafted.
        found = [h for h in found if h.value != "yes" or not _TO_COME.search(h.sentence.read)]
        # Civil society's own reports ("the independent monitoring report … prepared by the
        # coalition of civil society", "prepared an alternative report on …") are not the
        # drafting of the plan. Thanks in a foreword ("I thank the officials, experts and
        # women's organisations who contributed") do not say how they took part: beside a
        # passage that tells it (shown the draft at a validation meeting), that passage decides.
        found = [
            h for h in found if not (h.value == "yes" and _THEIR_REPORT.search(h.sentence.read))
        ]
        # ("The National Strategy on ensuring equality … was developed in broad consultation
        # with civil society": another policy's drafting)
        found = [h for h in found if not (h.value == "yes" and _of_another_policy(h))]
        if any(h.value == "partial" for h in found):
            found = [h for h in found if not (h.value == "yes" and _THANKS.search(h.sentence.read))]
        # A logframe row ("Number of peace processes in which women's organisations
        # participated") measures a result; it does not tell how the plan was drafted.
        found = [h for h in found if not h.sentence.row]
    return by_precedence(key, found)


_ACTION_NUMBER = re.compile(
    r"^\W*\d+(?:\.\d+){1,3}\.?\s+(?:Establishment|Creation|Strengthening|Setting up|Création|"
    r"Mise en place|Renforcement|Établissement|Creación|Fortalecimiento)\b"
)

_ACTION_CELL = re.compile(
    r"^\W*(?:[\d.]+\s+)?(?:Establish\w*|Creat\w*|Set(?:ting)? up|Strengthen\w*|Support\w*|"
    r"Créer|Création|Mettre en place|Mise en place|Renforcer|Établir|Appuyer|Crear|Establecer|"
    r"Fortalecer|Apoyar)\b"
)

_TREATY_REPORT = re.compile(
    # (« Le pays présente périodiquement ses rapports au Comité de la CEDEF. »)
    # (« Le dernier rapport périodique de la République de Mbélanga au Comité de la CEDEF »)
    r"\b(?:periodic(?:ally)?|périodiques?|périodiquement|periódic(?:os|amente)?)\b[^.;]{0,60}\b"
    r"(?:CEDAW|CEDEF|Committee on the "
    r"Elimination of Discrimination|Comité pour l['’]élimination de la discrimination|Comité para "
    r"la Eliminación de la Discriminación)\b"
    r"|\b(?:national reports?|rapports? nationaux|rapport national|informes? nacional(?:es)?) "
    r"(?:to|au|al) (?:the )?(?:CEDAW|Comité CEDAW)\b",
    re.IGNORECASE,
)

_THANKS = re.compile(
    r"\b(I|we) (would like to |wish to )?(thank|acknowledge)\b|\bgratitude\b|\b(je|nous) "
    r"(tiens à |tenons à |souhaite |souhaitons )?remerci\w*\b|\bremerciements\b|\b(agradezco|"
    r"agradecemos)\b",
    re.IGNORECASE,
)

# (civil society's shadow reports, and any monitoring report: "the independent monitoring
# report … prepared by the coalition")
_THEIR_REPORT = re.compile(
    _SHADOW.pattern + r"|\bmonitoring reports?\b"
    # ("… considers … the report on the implementation of the Action Plan prepared by the
    # network of women's NGOs")
    r"|\breports?\b[^.;]{0,80}\b(?:prepared|drafted|written|produced) by (?:the |a )?(?:network|"
    r"coalition|platform|alliance)\b",
    re.IGNORECASE,
)

# A body that may be set up one day, or that oversees another policy: "The Government may
# consider establishing a national committee", "The … Committee will continue to oversee the
# implementation of the National Women Development Policy".
_NOT_THIS_BODY = re.compile(
    r"\b(?-i:may) (consider|decide to|wish to)\b|\bpourra (envisager|décider)\b|\bpodrá "
    r"(considerar|decidir)\b"
    # « La création d'un comité … pourra être envisagée lors de la revue à mi-parcours »
    r"|\bpourr(a|ait) être (envisagée?|étudiée?)\b|\b(could|may|might) be considered\b"
    r"|\b(implementation|mise en œuvre|ejecución|implementación) (of|de|du|de la|del) "
    # ("… established the NCW to monitor the implementation of the Charter", "… the Women's
    # Charter")
    r"(the |la |el )?(?-i:[A-Z])[\w'’-]*( [\w'’-]+){0,6} (?-i:Policy|Strategy|Programme|"
    r"Politique|Stratégie|Política|Estrategia|Programa|Charter|Charte|Carta)\b"
    r"|\b(implementation|mise en œuvre) (of|de) (the |la )(?-i:Charter|Charte)\b"
    # "The National Peace Council … continues to carry out its own mandate … and is not
    # responsible for the implementation of this Plan"
    r"|\b(is|are) not responsible for the implementation of (this|the) (plan|Plan|NAP)\b"
    r"|\bcontinues to carry out its own mandate\b"
    # "… monitors the implementation of the Basic Plan": another plan, named with a capital
    # (not the National or Action Plan).
    r"|\b(implementation|mise en œuvre) (of|du|de) (the |le )?(?!National\b|Action\b|NAP\b)"
    r"(?-i:[A-Z])\w+ (?-i:Plan)\b"
    # « Le CIDH coordonne l'élaboration des rapports de l'État aux organes de traités », « La
    # CNDDR est chargée de coordonner les programmes de désarmement »: something else.
    r"|\bcoordon\w+\s+(l'élaboration des rapports|les programmes|le programme)\b"
    # ("The FVAC … brings together Government, churches and civil society to coordinate the
    # response to family and sexual violence")
    r"|\bcoordinat\w*\s+(the\s+)?(national\s+)?(multi-?sectoral\s+)?response to\b"
    r"|\bcoordinat\w*\s+(the preparation of (the )?(State's |national )?reports|the programmes? "
    r"(of|on))\b"
    # "… shall continue to oversee the implementation of the Magna Carta of Women": a law's.
    r"|\b(implementation|mise en œuvre|ejecución|implementación|application|aplicación) (of|de|du|"
    r"de la|del) (the |la |le |el )?(?-i:[A-Z])[\w-]*( [\w-]+){0,6} (?-i:Act|Law|Charter|Carta|"
    r"Code|Loi|Charte|Ley|Código)\b"
    # "The Peace Building Policy of 2015 continues to be overseen by the National Peace
    # Council": the policy the body oversees is named first.
    r"|\b(?-i:Policy|Strategy|Programme|Politique|Stratégie|Política|Estrategia)\b[^.;]{0,30}\b("
    r"continues to be|is|will be|remains|continue d'être|est|sigue siendo|es) (overseen|"
    r"coordinated|monitored|steered|supervisée?|coordonnée?|suivie?|supervisada|coordinada) "
    r"(by|par|por)\b"
    # "… la coordination et le suivi de la Politique nationale de population"
    # (A bare "the Strategy" is the document itself when it is one: "The Interagency Policy
    # Committee coordinates the implementation of the Strategy".)
    r"|\b(coordination|suivi|oversight|implementation|mise en œuvre|seguimiento)\b[^.]{0,30}\b(of|"
    r"de|du|del) (the |la |el )?(?-i:Politique|Policy|Política|National Policy|National Strategy|"
    r"Stratégie nationale|Estrategia Nacional)\b",
)

# A body of another process, when it is the one a rule found ("the establishment of the National
# Dialogue Commission"): a truth commission, a human rights or electoral commission. (Not for
# the whole sentence: a roll of members may name the Human Rights Commission.)
_OTHER_PROCESS = re.compile(
    r"\b(?-i:National Dialogue|Truth and Reconciliation|Truth|Human Rights|Electoral|"
    r"Boundaries|Constitutional Review) (?-i:Commission)\b"
    r"|\b(?-i:Commission) (?-i:nationale )?(?:du |de )?(?-i:[Dd]ialogue|[Vv]érité|[Dd]roits de "
    r"l'[Hh]omme|[Éé]lectorale)\b"
)

# A body that existed only to draft the plan: "established for the sole purpose of preparing
# the plan and concluded its work when the plan was adopted", « dissous à l'adoption du plan ».
_DRAFTING_ONLY = re.compile(
    r"\b(sole|only|specific) purpose of (preparing|drafting|developing)\b|\b(concluded|completed|"
    r"ended|finished) its (work|mandate|task)\b|\bwas (dissolved|disbanded|wound up)\b"
    # "an Interministerial Technical Group (GTI) was created to prepare the Plan"
    # ("In 2023 the Ministry set up a technical team of six officers … to prepare the NAP")
    r"|\bset up (an? |the )?[^.]{0,80}\bto (prepare|draft|develop|elaborate) the (plan|NAP)\b"
    r"|\b(was|were) (created|established|set up) to (prepare|draft|develop|elaborate) the "
    r"(plan|NAP|action plan)\b|\b(a|ont) été (créée?s?|institué\w*|mise?s? en place) (pour|afin "
    r"d')\s?(élaborer|préparer|rédiger) (le|ce) (plan|PAN)\b"
    # ("… was established by ministerial order … with the mandate to develop this Plan")
    r"|\bwith the (sole )?(mandate|task|purpose) (to|of) (develop|draft|prepar|elaborat)\w* "
    r"(this|the) (plan|NAP|action plan)\b|\bavec (le|pour) mandat d'élaborer (le|ce) (plan|PAN)\b"
    # ("… a Drafting Steering Committee … to guide the preparation of the Plan", « institué …
    # pour conduire l'élaboration du plan », « intégrées dans l'avant-projet du plan »)
    r"|\bto guide the (preparation|drafting|development) of the (plan|NAP)\b"
    r"|\bpour (conduire|piloter|guider|superviser) l'élaboration (du|de ce) (plan|PAN)\b"
    r"|\bavant-projet (du|de) (plan|PAN)\b"
    r"|\b(seule|unique) fin (d'élaborer|de (préparer|rédiger))\b|\ba (achevé|terminé|clos) ses "
    r"travaux\b|\ba été dissous\b|\b(fue disuelt[oa]|concluyó su (labor|trabajo|mandato))\b",
    re.IGNORECASE,
)

_TO_COME = re.compile(
    r"\b(will|shall) be consulted\b|\b(seront|sera) consultée?s?\b|\bserán consultad[ao]s\b"
)


def _drafting_body(text: str, lex: Lexicon) -> bool:
    drafted = _DRAFTED_BY.search(text)
    body = lex.body.search(text)
    return drafted is not None and (body is None or drafted.start() < body.start())
