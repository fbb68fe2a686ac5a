"""Screening, round 19 (issue 13): rules taken from the fresh42–44 sets after round 18, chiefly
structures announced without the word "pillar" ("organised in four strategic objectives (SO):
SO1 – …", « réparties en quatre groupes : », "grouped in four areas:" then "A. …"). Passages are
written for the test, not taken from the documents; each rule has a case where it applies and
one where it must not."""

from __future__ import annotations

import pytest

from tests.core.test_screening import _EN, _FR
from tests.core.test_screening import _value as _one


@pytest.mark.parametrize(
    ("text", "finding", "value"),
    [
        # A coded enumerator before each item ("SO1 – …") and the parts' acronym before the list.
        (
            _EN + "The Plan is organised in three strategic objectives (SO): SO1 – Leadership of "
            "women; SO2 – Safety and protection; SO3 – Research and partnerships.",
            "pillars",
            "Leadership of women; Safety and protection; Research and partnerships",
        ),
        # A lettered list of headings after the announcing sentence.
        (
            _EN + "The measures of the Plan are grouped in three areas:\n\n"
            "A. Participation of women in decision-making\n\n"
            "B. Protection from gender-based violence\n\n"
            "C. Relief and recovery\n\n"
            "The measures are set out below.",
            "pillars",
            "Participation of women in decision-making; Protection from gender-based violence; "
            "Relief and recovery",
        ),
        # Fewer lettered headings than announced: not the structure.
        (
            _EN + "The measures of the Plan are grouped in three areas:\n\n"
            "A. Participation of women in decision-making\n\n"
            "B. Protection from gender-based violence\n\n"
            "The measures are set out below.",
            "pillars",
            "not_stated",
        ),
        # « objectifs généraux », each a heading "Objectif général 1 — Nom : ce qu'il fait".
        (
            _FR + "La Stratégie s'articule autour de deux objectifs généraux :\n\n"
            "Objectif général 1 — Participation : accroître la participation des femmes à la "
            "prise de décision.\n\n"
            "1.1 Augmenter la proportion de femmes déployées.\n\n"
            "Objectif général 2 — Protection : protéger les femmes et les filles contre les "
            "violences.\n\n"
            "2.1 Former les personnels déployés.",
            "pillars",
            "Participation; Protection",
        ),
        # « réparties en N groupes » then "Groupe 1. …" headings.
        (
            _FR + "Les tâches du Plan sont réparties en deux groupes :\n\n"
            "Groupe 1. Participation des femmes à la paix et à la sécurité\n\n"
            "- Former des femmes officiers pour les opérations de paix ;\n\n"
            "Groupe 2. Prévention et réponse aux crises\n\n"
            "- Associer les femmes aux équipes de réponse aux crises.",
            "pillars",
            "Participation des femmes à la paix et à la sécurité; Prévention et réponse aux crises",
        ),
        # "It" stands for the body named two sentences up; "The Team" for the Interministerial
        # Team: a government-only membership is "no".
        (
            _FR + "Un Comité national de coordination du Plan est créé. Présidé par le Secrétaire "
            "général du ministère, il se réunit une fois par semestre. Il est composé "
            "exclusivement de représentants de l'administration : un représentant de chacun "
            "des ministères.",
            "cs_on_coordination",
            "no",
        ),
        (
            _EN + "An Interministerial Team for Women, Peace and Security is established to "
            "coordinate the execution of the Plan. The Team is chaired by an Undersecretary of "
            "State and is composed exclusively of representatives of the government "
            "administration.",
            "cs_on_coordination",
            "no",
        ),
        # No body named before the pronoun: whose membership it is stays unknown.
        (
            _FR + "Le ministère coordonne la mise en œuvre du Plan. Le Réseau des femmes "
            "médiatrices a été fondé en 2015. Il est composé exclusivement de représentants de "
            "l'administration.",
            "cs_on_coordination",
            "not_stated",
        ),
        # Another institution's report on something else is not this plan's reporting.
        (
            _FR + "Par ailleurs, la Commission nationale des droits de l'homme publie chaque année "
            "un rapport sur la situation des droits de l'homme.",
            "public_reporting",
            "not_stated",
        ),
        (
            _FR + "Par ailleurs, la Commission nationale des droits de l'homme publie chaque année "
            "un rapport sur la situation des droits de l'homme.",
            "regular_reporting",
            "not_stated",
        ),
        (
            _EN + "The Government also publishes its annual Human Rights and Democracy Report, "
            "which includes a chapter on gender equality.",
            "public_reporting",
            "not_stated",
        ),
        (
            _FR + "Le Conseil fédéral rend compte de sa politique extérieure dans le Rapport de "
            "politique extérieure, publié chaque année.",
            "public_reporting",
            "not_stated",
        ),
        (
            _EN + "The country also submits a periodic report to the CEDAW Committee every four "
            "years.",
            "regular_reporting",
            "not_stated",
        ),
        # The plan's own reports, whatever their titles or whoever else reads them.
        (
            _EN + "The Committee publishes an Annual Progress Report on its website.",
            "public_reporting",
            "yes",
        ),
        (
            _EN + "The annual report is published on the Ministry's website and shared with the "
            "CEDAW Committee.",
            "public_reporting",
            "yes",
        ),
        (
            _EN + "The IHRC publishes an annual report on the situation of women and on the "
            "implementation of the Plan.",
            "public_reporting",
            "yes",
        ),
        # A stated negative stays, whatever report it points to instead.
        (
            _FR + "Il ne sera pas établi de rapport d'étape distinct ; les informations figureront "
            "dans le rapport périodique au Comité pour l'élimination de la discrimination à "
            "l'égard des femmes.",
            "regular_reporting",
            "no",
        ),
        # Civil society's alternative report is not the government's regular reporting.
        (
            _FR + "Les organisations de la société civile peuvent adresser au comité un rapport "
            "alternatif sur la mise en œuvre du PAN.",
            "regular_reporting",
            "not_stated",
        ),
        # « un rapport d'étape annuel », « rendent compte chaque année ».
        (
            _FR + "L'Unité prépare un rapport d'étape annuel portant sur l'exercice écoulé.",
            "regular_reporting",
            "yes",
        ),
        (
            _FR + "Les services responsables rendent compte chaque année au groupe de travail de "
            "la mise en œuvre des mesures dont ils ont la charge.",
            "regular_reporting",
            "yes",
        ),
        # Leads named by an acronym the list of acronyms spells out, or by their responsibility.
        (
            _EN + "FMWSD Federal Ministry of Women and Social Development\n\n"
            "The FMWSD is the lead agency for the implementation of this NAP.",
            "lead_institution",
            "Federal Ministry of Women and Social Development",
        ),
        (
            _FR + "AMB Affaires mondiales Boréalie\n\n"
            "AMB est responsable de la coordination du plan à l'échelle du gouvernement.",
            "lead_institution",
            "Affaires mondiales Boréalie",
        ),
        (
            _FR + "DFRE Département fédéral des relations extérieures\n\n"
            "Le DFRE assure la direction de la mise en œuvre du PAN 1325.",
            "lead_institution",
            "Département fédéral des relations extérieures",
        ),
        # An acronym the document does not spell out is not a name.
        (
            _FR + "AMB est responsable de la coordination du plan à l'échelle du gouvernement.",
            "lead_institution",
            "not_stated",
        ),
        (
            _EN + "The Ministry of Foreign Affairs holds final responsibility for the NAP towards "
            "Parliament.",
            "lead_institution",
            "Ministry of Foreign Affairs",
        ),
        # A ministry known by its acronym that coordinates without a body: partial.
        (
            _EN + "MGCCD Ministry of Gender, Culture and Community Development\n\n"
            "The MGCCD will coordinate the implementation of NAP III.",
            "coordination_mechanism",
            "partial",
        ),
        (
            _FR + "Le MAEE coordonne la mise en œuvre du plan, en lien avec les points focaux "
            "désignés au sein de ses directions.",
            "coordination_mechanism",
            "partial",
        ),
        # The body that drafted or adopted the plan is not the one that coordinates it.
        (
            _FR + "Le plan a été adopté par le Comité interministériel aux droits des femmes, "
            "présidé par le Premier ministre, lors de sa réunion du 8 mars 2025.",
            "coordination_mechanism",
            "not_stated",
        ),
        (
            _FR + "Le Plan a été élaboré de mai à novembre 2021 par un groupe de travail "
            "interministériel présidé par le ministère.",
            "coordination_mechanism",
            "not_stated",
        ),
        (
            _FR + "Un comité interministériel de suivi coordonne la mise en œuvre du Plan.",
            "coordination_mechanism",
            "yes",
        ),
        # A heading glued to the paragraph under it is still a heading; a heading wrapped over
        # two lines keeps its second line.
        (
            _EN + "The action plan has three priority areas.\n\n"
            "Priority area 1: Peace processes\n\n"
            "Priority area 2: Operations and missions\n"
            "The armed forces will contribute to international operations.\n\n"
            "Priority area 3: Humanitarian efforts\n"
            "Humanitarian assistance will address the needs of women and girls.",
            "pillars",
            "Peace processes; Operations and missions; Humanitarian efforts",
        ),
        (
            _FR + "Le plan comporte deux domaines d'action.\n\n"
            "Domaine d'action 1 : Participation et leadership des femmes\n"
            "Les femmes participent de façon significative aux processus de paix.\n\n"
            "Domaine d'action 2 : Protection des femmes et des filles en situation de\n"
            "conflit et de crise\n\n"
            "Les femmes et les filles touchées par les conflits voient leurs droits protégés.",
            "pillars",
            "Participation et leadership des femmes; Protection des femmes et des filles en "
            "situation de conflit et de crise",
        ),
        # A clause that hands one side to another document says nothing of this plan's scope.
        (
            _EN + "This Action Plan covers the country's foreign policy, development cooperation "
            "and humanitarian assistance; gender equality at home is addressed by the Fourth "
            "Basic Plan for Gender Equality.",
            "focus",
            "international",
        ),
        (
            _FR + "Le présent Plan porte sur la situation des femmes et des filles sur le "
            "territoire national ; la contribution aux opérations de maintien de la paix fera "
            "l'objet d'un plan distinct du ministère de la Défense.",
            "focus",
            "domestic",
        ),
        (
            _FR + "Le présent Plan porte exclusivement sur la contribution du pays aux opérations "
            "de paix ; les questions d'égalité sur le territoire national relèvent de la "
            "Politique nationale de genre.",
            "focus",
            "international",
        ),
        # Both sides in the plan itself stay "both".
        (
            _EN + "This Action Plan covers the country's foreign policy and development "
            "cooperation; gender equality at home is addressed in the Plan's fourth pillar on the "
            "national police.",
            "focus",
            "both",
        ),
        # « ne comporte ni valeurs de référence ni cibles » (the singular verb too).
        (
            _FR + "Le cadre de résultats ne comporte ni valeurs de référence ni cibles chiffrées ; "
            "celles-ci seront fixées à l'issue de l'étude de référence.",
            "baselines_targets",
            "no",
        ),
        # Indicators for some parts only.
        (
            _FR + "Des indicateurs ont été définis pour les actions des axes stratégiques 2 et 3 ; "
            "les actions des axes 1 et 4 seront suivies sur la base de leur taux d'exécution.",
            "indicators",
            "partial",
        ),
        (
            _FR + "Des indicateurs ne sont définis que pour les actions prioritaires signalées par "
            "un astérisque.",
            "indicators",
            "partial",
        ),
        (
            _FR + "Chaque action du Plan est assortie d'un indicateur.",
            "indicators",
            "yes",
        ),
        # Money set aside for the plan, and money voted by Parliament.
        (
            _FR + "Une enveloppe de 1,5 million d'euros, imputée sur le budget de la coopération, "
            "est allouée à la mise en œuvre du plan pour la période 2025-2029.",
            "budget",
            "allocated",
        ),
        (
            _FR + "Pour l'exercice 2025-2026, le Parlement a voté 15,2 millions de dollars à cette "
            "fin dans la Loi de crédits no 2.",
            "budget",
            "appropriated",
        ),
        # A drafting body with civil society among its members: civil society in the design.
        (
            _FR + "Le projet de Plan a été rédigé par un comité de rédaction réunissant des "
            "représentants de douze ministères et de six associations.",
            "cs_design",
            "yes",
        ),
        (
            _EN + "The Plan was drafted by a working group comprising officials of five ministries "
            "and three NGOs.",
            "cs_design",
            "yes",
        ),
        (
            _FR + "Le projet de Plan a été rédigé par un comité de rédaction réunissant des "
            "représentants de douze ministères.",
            "cs_design",
            "not_stated",
        ),
    ],
)
def test_round19(text: str, finding: str, value: str) -> None:
    assert _one(text, finding) == value
