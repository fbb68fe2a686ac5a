"""Screening, rounds 15 to 17 (issue 13): general rules taken from the fresh30, fresh31 and
fresh32 sets once they had been measured (89.2%, 86.2% and 83.8% unseen), then from fresh33,
fresh34 and fresh35 (85.4%, 81.5% and 93.1%), then from fresh36, fresh37 and fresh38 (82.3%,
88.5% and 84.6%). Passages are written for the
test, not taken from the documents; each rule has a case where it applies and one where it
must not."""

from __future__ import annotations

import pytest

from tests.core.test_screening import _EN, _FR
from tests.core.test_screening import _value as _one


@pytest.mark.parametrize(
    ("text", "finding", "value"),
    [
        # Targets set, baselines refused in the same sentence: partial.
        (
            _EN + "Targets are set for the end of 2025; the Ministry will not establish baselines "
            "for these indicators, which count new activities.",
            "baselines_targets",
            "partial",
        ),
        (
            _EN + "The Ministry will not establish baselines or targets for these indicators.",
            "baselines_targets",
            "no",
        ),
        (
            _EN + "Baselines and targets are given for each indicator in the results matrix.",
            "baselines_targets",
            "yes",
        ),
        # A body that coordinates "the Strategy" (the document itself), not another policy's.
        (
            _EN + "The Interagency Policy Committee coordinates the implementation of the "
            "Strategy across departments and agencies.",
            "coordination_mechanism",
            "yes",
        ),
        (
            _EN + "The National Council coordinates the implementation of the National Strategy "
            "for Gender Equality.",
            "coordination_mechanism",
            "not_stated",
        ),
        # The body holds consultations with civil society: they meet it, they hold no seat.
        (
            _EN + "The Interagency Policy Committee (IPC) coordinates the implementation of the "
            "Plan. The IPC will hold consultations with representatives of civil society "
            "organizations at least twice a year to hear their views.",
            "cs_on_coordination",
            "partial",
        ),
        (
            _EN + "The Interagency Policy Committee (IPC) coordinates the implementation of the "
            "Plan. The Ministry will hold consultations with civil society organizations twice a "
            "year.",
            "cs_on_coordination",
            "not_stated",
        ),
        # Reports to parliament's committees, in more words: partial (not said to be published).
        (
            _EN + "The Administration will periodically report to the appropriate congressional "
            "committees on the implementation of the Plan.",
            "public_reporting",
            "partial",
        ),
        (
            _EN + "The results of the annual review are reported to the Gender Equality Committee "
            "of the National Assembly.",
            "public_reporting",
            "partial",
        ),
        (
            _EN + "The Administration will report to the Minister on the implementation of the "
            "Plan.",
            "public_reporting",
            "not_stated",
        ),
        (
            _FR + "La Ministre présente chaque année au Parlement, au plus tard le 31 octobre, un "
            "rapport sur la mise en œuvre du Plan.",
            "public_reporting",
            "partial",
        ),
        (
            _FR + "Le Ministère présente chaque année au Parlement un rapport sur la mise en œuvre "
            "de la Politique nationale genre.",
            "public_reporting",
            "not_stated",
        ),
        # Money paid out, executed; funding within the budget of the bodies.
        (
            _EN + "VDH 41.7 million was disbursed from the state budget for measures of the Plan.",
            "budget",
            "disbursed",
        ),
        (
            _EN + "Financing of the measures of the Plan shall be carried out within the funds "
            "provided for in the state budget for the relevant bodies.",
            "budget",
            "mentioned",
        ),
        (
            _FR + "Les engagements sont mis en œuvre au moyen des crédits des programmes existants "
            "du Ministère.",
            "budget",
            "mentioned",
        ),
        # Indicators the plan's own parts carry.
        (
            _EN + "Monitoring is carried out on the basis of the progress indicators and target "
            "values set out in the Action Plan.",
            "indicators",
            "yes",
        ),
        (
            _EN + "Progress indicators will be set out in the Action Plan once it is adopted.",
            "indicators",
            "not_stated",
        ),
        (
            _EN + "Under each strategic objective, each ministry has defined its own objectives, "
            "actions and indicators.",
            "indicators",
            "yes",
        ),
        # Civil society's roles, and consultations, said to be absent.
        (
            _EN + "Civil society organisations do not have responsibilities in the implementation "
            "of the Plan.",
            "cs_implementation_monitoring",
            "no",
        ),
        (
            _EN + "Civil society organisations have responsibilities in the implementation of the "
            "Plan.",
            "cs_implementation_monitoring",
            "yes",
        ),
        (
            _EN + "Owing to the timetable, no separate consultation was held on this Plan.",
            "cs_design",
            "no",
        ),
        # A ministry coordinating through focal points: no body.
        (
            _EN + "The Ministry coordinates its implementation with the focal points designated by "
            "each of the implementing ministries.",
            "coordination_mechanism",
            "partial",
        ),
        # The document's scope, by what it calls itself.
        (
            _FR + "La présente déclaration porte exclusivement sur l'action extérieure.",
            "focus",
            "international",
        ),
        # Round 16. French plans that say what they do not have.
        (
            _FR + "Les engagements ne sont pas assortis d'indicateurs, de valeurs de référence ni "
            "de cibles chiffrées.",
            "indicators",
            "no",
        ),
        (
            _FR + "Les engagements ne sont pas assortis d'indicateurs, de valeurs de référence ni "
            "de cibles chiffrées.",
            "baselines_targets",
            "no",
        ),
        (
            _FR + "Chaque engagement est assorti d'indicateurs et de cibles chiffrées.",
            "indicators",
            "yes",
        ),
        (
            _FR + "Il ne donnera pas lieu à l'établissement de rapports d'étape.",
            "regular_reporting",
            "no",
        ),
        (
            _FR + "Il ne donnera pas lieu à l'établissement de rapports d'étape.",
            "public_reporting",
            "no",
        ),
        (
            _FR + "Le Plan n'a pas fait l'objet d'une consultation des associations.",
            "cs_design",
            "no",
        ),
        (
            _FR + "Aucun comité ni mécanisme de coordination spécifique n'est institué pour la "
            "mise en œuvre du Plan.",
            "coordination_mechanism",
            "no",
        ),
        (
            _FR + "Les dépenses effectuées au titre du présent Plan se sont élevées à 720 000 "
            "euros.",
            "budget",
            "spent",
        ),
        (
            _FR + "Les dépenses prévues au titre du présent Plan seront engagées sur les crédits "
            "ordinaires.",
            "budget",
            "mentioned",
        ),
        # English: reports for official use, parliaments by their names, an annual review
        # meeting, roles not assigned, funding from existing resources, no allocation.
        (
            _EN + "The annual report is intended for official use and is not subject to "
            "publication.",
            "public_reporting",
            "no",
        ),
        (
            _EN + "A joint annual progress report on the plan is submitted to the Foreign Affairs "
            "Committee of the Althing by 1 April each year.",
            "public_reporting",
            "partial",
        ),
        (
            _EN + "The ministries meet once a year, in an annual review meeting convened in turn, "
            "to review the progress of the plan.",
            "coordination_mechanism",
            "partial",
        ),
        (
            _EN + "Non-governmental organisations are not assigned the implementation of measures "
            "or any role in the monitoring of the Plan.",
            "cs_implementation_monitoring",
            "no",
        ),
        (
            _EN + "Agencies will resource the implementation of the Plan from within existing "
            "departmental resources.",
            "budget",
            "mentioned",
        ),
        (
            _EN + "No separate budgetary allocation has been made for the implementation of this "
            "Plan.",
            "budget",
            "none",
        ),
        # Another plan's own apparatus, a national strategy's indicators, a drafting committee.
        (
            _FR + "Le PGE dispose de son propre Comité interministériel de suivi et de son propre "
            "cadre de mesure, qui comporte 96 indicateurs assortis de valeurs de référence et de "
            "cibles.",
            "baselines_targets",
            "not_stated",
        ),
        (
            _FR + "Le PGE dispose de son propre Comité interministériel de suivi et de son propre "
            "cadre de mesure, qui comporte 96 indicateurs.",
            "coordination_mechanism",
            "not_stated",
        ),
        (
            _FR + "Le présent PAN dispose de son propre cadre de mesure, qui comporte 32 "
            "indicateurs assortis de valeurs de référence et de cibles.",
            "baselines_targets",
            "yes",
        ),
        (
            _FR + "La Stratégie nationale de lutte contre les violences à l'égard des femmes "
            "dispose d'un cadre de suivi comprenant 24 indicateurs.",
            "indicators",
            "not_stated",
        ),
        (
            _FR + "L'élaboration du PAN a été confiée à un comité ad hoc de rédaction comprenant "
            "des représentants des ministères.",
            "coordination_mechanism",
            "not_stated",
        ),
        (
            _FR + "La mise en œuvre du PAN est confiée à un comité national de coordination "
            "comprenant des représentants des ministères.",
            "coordination_mechanism",
            "yes",
        ),
        # The National Council of Women gathers women's organisations; the National Council
        # for Women is, in some countries, a government body.
        (
            _EN + "The National Council of Women will implement the community-level actions under "
            "Pillars 1 and 2.",
            "cs_implementation_monitoring",
            "yes",
        ),
        (
            _EN + "The National Council for Women will implement the community-level actions "
            "under Pillars 1 and 2.",
            "cs_implementation_monitoring",
            "not_stated",
        ),
        (
            _FR + "Le Plan n'a pas de budget propre.",
            "budget",
            "none",
        ),
        (
            _FR + "Ces rapports sont présentés au Conseil fédéral, puis transmis aux Commissions "
            "de politique extérieure des Chambres fédérales.",
            "public_reporting",
            "partial",
        ),
        (
            _FR + "Ces rapports sont présentés au Conseil fédéral, puis transmis aux commissions "
            "régionales de suivi.",
            "public_reporting",
            "not_stated",
        ),
        # Round 17. Another policy's report is not this plan's reporting.
        (
            _FR + "La Direction publie chaque année le rapport national sur la mise en œuvre de la "
            "Politique nationale genre.",
            "regular_reporting",
            "not_stated",
        ),
        (
            _FR + "La Direction publie chaque année le rapport national sur la mise en œuvre du "
            "Plan.",
            "regular_reporting",
            "yes",
        ),
        (
            _FR + "Le présent plan ne donnera pas lieu à des rapports d'étape.",
            "regular_reporting",
            "no",
        ),
        (
            _FR + "Il n'est pas créé, au titre du Plan, d'organe de coordination spécifique.",
            "coordination_mechanism",
            "no",
        ),
        (
            _FR + "Le Gouvernement transmet les rapports de mise en œuvre à l'Assemblée nationale.",
            "public_reporting",
            "partial",
        ),
        (
            _EN + "The annual performance report is thereafter laid before Parliament by the "
            "Minister.",
            "public_reporting",
            "partial",
        ),
        (
            _EN + "LuNAP progress reports will be disseminated to the public through the media.",
            "public_reporting",
            "yes",
        ),
        (
            _EN + "For each goal, the table below sets out the measures, the institutions "
            "responsible and the indicators by which implementation will be monitored.",
            "indicators",
            "yes",
        ),
        (
            _EN + "Progress is monitored using the indicators of the implementation matrix.",
            "indicators",
            "yes",
        ),
        (
            _EN + "Each pillar has its own indicators, set out in the results framework.",
            "indicators",
            "yes",
        ),
    ],
)
def test_findings_on_short_passages_round_15(text: str, finding: str, value: str) -> None:
    assert _one(text, finding) == value
