"""Screening, round 14 (issue 13): general rules taken from the fresh18, fresh19 and fresh20
sets once they had been measured (76.9%, 84.6% and 73.8% unseen), from what fresh16 and
fresh17 still missed, and (after their one measurement each) from fresh21 to fresh29.
Passages are written for the test, not taken from the documents; each rule has a case where
it applies and one where it must not."""

from __future__ import annotations

import pytest

from tests.core.test_screening import _EN, _FR
from tests.core.test_screening import _value as _one


@pytest.mark.parametrize(
    ("text", "finding", "value"),
    [
        # Where the indicators are, and what they carry.
        (
            _EN + "Monitoring is carried out on the basis of the progress indicators set out in "
            "Annex No. 2.",
            "indicators",
            "yes",
        ),
        (
            _EN + "Progress indicators will be set out in Annex 2 once it is adopted.",
            "indicators",
            "not_stated",
        ),
        (
            _EN + "For each activity the matrix in Chapter VII sets out the indicator, the "
            "responsible institution and the deadline.",
            "indicators",
            "yes",
        ),
        (
            _EN + "The following strategic metrics measure progress at the level of the Plan.",
            "indicators",
            "yes",
        ),
        (
            _EN + "The ministries named as responsible report on these indicators every year.",
            "indicators",
            "yes",
        ),
        (
            _EN + "The commitments are not accompanied by indicators, baselines or targets.",
            "indicators",
            "no",
        ),
        (
            _FR + "Les indicateurs figurant dans la matrice de l'annexe sont assortis de cibles "
            "pour 2021.",
            "indicators",
            "yes",
        ),
        (
            _FR + "Chaque résultat est mesuré par un ou plusieurs indicateurs.",
            "indicators",
            "yes",
        ),
        (
            _FR + "Des indicateurs ont été définis pour les mesures relevant des objectifs 1, 2 "
            "et 4.",
            "indicators",
            "partial",
        ),
        # « ne … que » restricts, it does not negate.
        (
            _FR + "Les indicateurs ne sont définis que pour les lignes d'action des objectifs 3 "
            "et 4 ; ils figurent à l'annexe.",
            "indicators",
            "partial",
        ),
        (
            _FR + "Le Plan ne contient pas d'indicateurs.",
            "indicators",
            "no",
        ),
        # Focus: the plan's scope in more words.
        (
            _EN + "The Programme has a national dimension, which concerns the protection of "
            "women on the territory of the Republic, and an international dimension, which "
            "concerns the participation of its personnel in peace missions.",
            "focus",
            "both",
        ),
        (
            _EN + "The Action Plan applies to the territory under the effective control of the "
            "Government and focuses on displaced women.",
            "focus",
            "domestic",
        ),
        (
            _EN + "The RAD P3AKS covers social conflict within the territory of the Province.",
            "focus",
            "domestic",
        ),
        (
            _EN + "This plan addresses the protection of women in the provinces affected by "
            "insurgency. Our contribution to peace operations is addressed only in so far as it "
            "concerns pre-deployment training.",
            "focus",
            "domestic",
        ),
        (
            _FR + "Le PAN s'applique à l'engagement du pays à l'étranger : dans les pays et "
            "régions touchés par un conflit et dans les enceintes multilatérales.",
            "focus",
            "international",
        ),
        (
            _FR + "Le PAN est un plan national : il s'applique à l'ensemble du territoire, avec "
            "une priorité accordée aux régions touchées par la crise.",
            "focus",
            "domestic",
        ),
        (
            _FR + "Le Plan concerne le territoire de l'Union ; il ne traite pas de la "
            "participation de l'Union aux opérations de paix.",
            "focus",
            "domestic",
        ),
        # Lead institution.
        (
            _EN + "It has been developed under the leadership of the State Department for Gender "
            "Affairs (SDGA), which is the lead agency for the agenda in the country.",
            "lead_institution",
            "State Department for Gender Affairs",
        ),
        (
            _EN + "The Agency for Gender Equality, Ministry for Human Rights and Refugees, is "
            "responsible for coordinating the implementation of the Action Plan.",
            "lead_institution",
            "Agency for Gender Equality",
        ),
        (
            _EN + "The coordination of the implementation of the Programme is entrusted to the "
            "Ministry of Social Protection and Family, which reports annually.",
            "lead_institution",
            "Ministry of Social Protection and Family",
        ),
        (
            _EN + "The National Security Council (NSC) staff leads and coordinates the "
            "implementation of the Plan across the Government.",
            "lead_institution",
            "National Security Council",
        ),
        (
            _EN + "4. Office means the Office of Women's Empowerment of the Province. The Office "
            "acts as the leading sector for the implementation of the Plan.",
            "lead_institution",
            "Office of Women's Empowerment of the Province",
        ),
        # A plan that says no one leads it has no lead, not the first name that follows.
        (
            _EN + "No single department leads the Plan: each department is accountable for its "
            "own actions. The Department for Women coordinates the annual report.",
            "lead_institution",
            "not_stated",
        ),
        (
            _FR + "Le Commissariat général à la promotion du genre est l'institution chef de file "
            "du présent plan.",
            "lead_institution",
            "Commissariat général à la promotion du genre",
        ),
        (
            _FR + "Le Ministère des Droits de la Personne Humaine (MDPH) est le ministère de "
            "tutelle du PAN et en conduit la mise en œuvre.",
            "lead_institution",
            "Ministère des Droits de la Personne Humaine",
        ),
        # A name stops before its relative clause.
        (
            _FR + "La coordination de la mise en œuvre du PAN est assurée par la Direction de "
            "l'Égalité des Genres, qui s'appuie sur le réseau des points focaux.",
            "lead_institution",
            "Direction de l'Égalité des Genres",
        ),
        # Budget: money allocated, spent under the plan, or sought; a donor project's spending
        # and partners named as actors are not the plan's money.
        (
            _EN + "For the actions scheduled for 2023, the Government allocates to the Ministry "
            "of Social Protection, from the Reserve Fund, the amount of 3,400 thousand lei.",
            "budget",
            "allocated",
        ),
        (
            _EN + "Over fiscal years 2020 to 2023, partner departments spent a total of V$ 412.6 "
            "million on programming and activities reported under the Plan.",
            "budget",
            "spent",
        ),
        (
            _EN + "The departments expended a combined W$ 186.4 million on programmes attributed "
            "to this Strategy.",
            "budget",
            "spent",
        ),
        (
            _EN + "Funding for the implementation of the Plan is charged to the Provincial Budget.",
            "budget",
            "mentioned",
        ),
        (
            _FR + "Le Gouvernement alloue à la mise en œuvre du présent plan une enveloppe de 90 "
            "millions de francs.",
            "budget",
            "allocated",
        ),
        (
            _FR + "Les institutions ont dépensé 2,84 milliards de francs au titre des activités du "
            "PAN.",
            "budget",
            "spent",
        ),
        (
            _FR + "Le projet « Femmes et cohésion », mis en œuvre par deux agences des Nations "
            "Unies, a dépensé 3,1 millions de dollars entre 2017 et 2019.",
            "budget",
            "not_stated",
        ),
        (
            _FR + "Le comité comprend des représentants des partenaires techniques et financiers, "
            "qui siègent avec voix consultative.",
            "budget",
            "not_stated",
        ),
        (
            _FR + "Le financement des actions sera recherché auprès du Trésor public et des "
            "partenaires techniques et financiers.",
            "budget",
            "mentioned",
        ),
        # Pillars: a plan whose name holds the resolution's; parts called impact areas or
        # lines of effort; the parts' acronym; numbered objectives under a part are not parts.
        (
            _FR + "Le Plan d'Action pour l'Implémentation de la Résolution 1325 s'articule "
            "autour de quatre orientations stratégiques : la Prévention ; la Participation ; la "
            "Protection ; le Relèvement.",
            "pillars",
            "Prévention; Participation; Protection; Relèvement",
        ),
        (
            _FR + "La résolution 1325 repose sur quatre piliers : la Prévention ; la "
            "Participation ; la Protection ; le Relèvement.",
            "pillars",
            "not_stated",
        ),
        (
            _EN + "The Action Plan is structured around two impact areas:\n\n"
            "Impact area 1. Women's participation – women participate in decisions;\n\n"
            "Impact area 2. Protection – violence is prevented.\n",
            "pillars",
            "Women's participation; Protection",
        ),
        (
            _EN + "The Strategy is organized in two Lines of Effort (LOEs), each with objectives "
            "that the agencies translate into actions:\n\n"
            "LINE OF EFFORT 1: PARTICIPATION\n"
            "Objective 1.1: Increase the participation of women in peace processes.\n"
            "LINE OF EFFORT 2: PROTECTION\n",
            "pillars",
            "PARTICIPATION; PROTECTION",
        ),
        # Reporting: no report at all is none to publish; a standing committee of an assembly
        # with its own name; data in the statistical yearbook.
        (
            _FR + "Aucun rapport périodique de mise en œuvre n'est prévu.",
            "public_reporting",
            "no",
        ),
        (
            _FR + "Il n'est pas prévu de rapport d'étape spécifique au PAN.",
            "regular_reporting",
            "no",
        ),
        (
            _EN + "The Ministry reports annually on the implementation of the plan to the "
            "Government and to the Standing Committee on Foreign Affairs of the Landsting.",
            "public_reporting",
            "partial",
        ),
        (
            _FR + "Les données relatives aux indicateurs du PAN seront publiées chaque année par "
            "l'institut national de la statistique dans l'annuaire statistique national.",
            "public_reporting",
            "partial",
        ),
        # Civil society's platform meeting the body known by its acronym: partial.
        (
            _FR + "Le Groupe de travail interdépartemental (GTI) coordonne la mise en œuvre du "
            "plan. La Plateforme de la société civile rencontre le GTI une fois par an.",
            "cs_on_coordination",
            "partial",
        ),
        # M&E: each body's data sent up by a date is the reporting, beside who collects.
        (
            _FR + "Chaque département collecte les informations relatives aux lignes d'action qui "
            "relèvent de sa compétence et transmet sa contribution au secrétariat du groupe de "
            "travail au plus tard le 31 janvier de chaque année.",
            "me_framework",
            "yes",
        ),
        (
            _FR + "Chaque département collecte les informations relatives aux lignes d'action qui "
            "relèvent de sa compétence.",
            "me_framework",
            "partial",
        ),
        # Civil society in implementation: "no role" in more words; a recommendation, meetings
        # to exchange views and the drafting told in the past are not a role.
        (
            _EN + "Civil society organisations are not implementing bodies of the Plan.",
            "cs_implementation_monitoring",
            "no",
        ),
        (
            _EN + "Non-governmental organisations are not assigned responsibility for actions "
            "under the Action Plan.",
            "cs_implementation_monitoring",
            "no",
        ),
        (
            _FR + "La société civile n'y assume pas de rôle formel dans la mise en œuvre.",
            "cs_implementation_monitoring",
            "no",
        ),
        (
            _FR + "Le présent plan ne leur confie toutefois aucun rôle dans sa mise en œuvre, et "
            "les organisations de la société civile restent libres d'agir.",
            "cs_implementation_monitoring",
            "no",
        ),
        (
            _EN + "The Government recommends that municipalities and non-governmental "
            "organisations contribute to the implementation of the Plan.",
            "cs_implementation_monitoring",
            "partial",
        ),
        (
            _FR + "Le groupe de travail rencontre deux fois par an les organisations de la société "
            "civile afin d'échanger sur l'état de la mise en œuvre.",
            "cs_implementation_monitoring",
            "partial",
        ),
        (
            _EN + "The six civil society organisations that were members of the working group "
            "commented on each successive draft.",
            "cs_implementation_monitoring",
            "not_stated",
        ),
        # Pillars listed as prose on the next line; named in brackets; coded "SG1"; clusters;
        # a running header at a page break does not end the list.
        (
            _EN + "5.2 Structure. The NAP is organised under the four pillars of resolution "
            "1325:\nParticipation, Protection, Prevention, and Relief and Recovery. Each pillar "
            "contains objectives.\n",
            "pillars",
            "Participation; Protection; Prevention; Relief and Recovery",
        ),
        (
            _EN + "The Plan is organised around two specific objectives:\n\n"
            "Objective 1 (Participation): to increase the participation of women.\n\n"
            "Objective 2 (Protection): to protect women and girls.\n",
            "pillars",
            "Participation; Protection",
        ),
        (
            _EN + "The Strategic Framework is organised around two strategic goals:\n\n"
            "SG1 Leadership – institutions demonstrate leadership.\n"
            "NATIONAL ACTION PLAN 2021–2026 | STRATEGIC FRAMEWORK\n"
            "SG2 Participation – women participate meaningfully.\n",
            "pillars",
            "Leadership; Participation",
        ),
        (
            _EN + "The NAP is organised in two thematic clusters:\n\n"
            "Cluster A: Prevention\nCluster B: Protection, Relief and Recovery\n",
            "pillars",
            "Prevention; Protection, Relief and Recovery",
        ),
        # Who answers for the plan outranks the unit that coordinates it day to day.
        (
            _FR + "La Direction générale de la Promotion de la Femme (DGPF) assure la coordination "
            "de sa mise en œuvre. Le Ministère de la Population (MP) est l'institution "
            "responsable du PAN.",
            "lead_institution",
            "Ministère de la Population",
        ),
        (
            _FR + "Le Ministère de la Femme est la structure de tutelle du PAN2.",
            "lead_institution",
            "Ministère de la Femme",
        ),
        (
            _EN + "The Ministry of Gender Equality and Family (MOGEF) is the competent ministry "
            "for the NAP.",
            "lead_institution",
            "Ministry of Gender Equality and Family",
        ),
        (
            _EN + "The Ministry of Gender and Family Promotion (MIGEFAP) was created in 2005. "
            "MIGEFAP, as the ministry in charge of gender, is responsible for the coordination "
            "of the implementation of the NAP.",
            "lead_institution",
            "Ministry of Gender and Family Promotion",
        ),
        (
            _EN + 'The National Committee on Gender Equality (hereinafter "the Committee"), '
            "chaired by the Prime Minister, is responsible for the overall coordination of the "
            "implementation of the Plan.",
            "lead_institution",
            "National Committee on Gender Equality",
        ),
        # A plan that says it will have no progress reports has none, whatever other reports
        # the document mentions.
        (
            _EN + "No separate progress reports on the Plan will be prepared. Information on "
            "measures will be included in the periodic reports under CEDAW and in the annual "
            "report of the National Women's Council.",
            "regular_reporting",
            "no",
        ),
        (
            _EN + "We will not produce separate progress reports on these commitments.",
            "public_reporting",
            "no",
        ),
        # Civil society's seat: a government-only membership in more words; members drawn
        # from civil society in a body "composed in equal numbers of".
        (
            _EN + "A National Coordination Team is hereby established to coordinate "
            "implementation of the Plan. Its membership is limited to government institutions.",
            "cs_on_coordination",
            "no",
        ),
        (
            _EN + "A National Steering Committee shall coordinate the implementation of the Plan. "
            "The members of the National Steering Committee are: the Ministry of Women; the "
            "Ministry of Peace; the Ministry of Justice; the Federal Police Commission.",
            "cs_on_coordination",
            "no",
        ),
        (
            _EN + "An Oversight Group will oversee the delivery of the Plan. The Oversight Group "
            "is composed in equal numbers of representatives of the departments and of members "
            "drawn from civil society organisations and academia.",
            "cs_on_coordination",
            "yes",
        ),
        # A list gone wrong is worse than "not stated": a part twice, a cross-reference, a
        # bare conjunction; the list after "namely" is read without it.
        (
            _EN + "KONAP II is structured around four pillars, namely Participation; Protection; "
            "Prevention; and Recovery and Rehabilitation.",
            "pillars",
            "Participation; Protection; Prevention; Recovery and Rehabilitation",
        ),
        (
            _EN + "The Plan is structured around three pillars: Participation; Protection; "
            "PARTICIPATION.",
            "pillars",
            "not_stated",
        ),
        (
            _EN + "The Plan is structured around two pillars: (see Chapter 4). Each pillar has "
            "outcomes; Outputs.",
            "pillars",
            "not_stated",
        ),
        (
            _EN + "The CAP applies to Lowari County and to the institutions working within it.",
            "focus",
            "domestic",
        ),
        (
            _EN + "The Plan shall be implemented throughout the territory of the Republic, with "
            "priority given to the five states affected by the armed conflicts.",
            "focus",
            "domestic",
        ),
        (
            _FR + "Le présent plan porte sur les mesures qui relèvent des compétences de la "
            "province et qui s'appliquent sur son territoire.",
            "focus",
            "domestic",
        ),
        # Money spent on drafting, or spending still to be reported, is not the plan's.
        (
            _EN + "The consultation process was carried out under a UN project funded by a "
            "donor, which spent USD 420,000 on the consultations and the symposium.",
            "budget",
            "not_stated",
        ),
        (
            _EN + "The amounts actually spent will be presented in the implementation report.",
            "budget",
            "not_stated",
        ),
        (
            _EN + "By 31 December 2024, EUR 10.2 million had been spent on the actions of the "
            "Plan.",
            "budget",
            "spent",
        ),
        # "No monitoring" in more French words; « suivi-évaluation du Plan » is this plan's, not
        # a review of the predecessor; « rendent compte » and « bilan » are reports.
        (
            _FR + "Il n'existe pas non plus de dispositif de suivi-évaluation du Plan.",
            "me_framework",
            "no",
        ),
        (
            _FR + "Le gouvernement ne met pas en place de mécanisme de suivi distinct pour le "
            "présent plan.",
            "me_framework",
            "no",
        ),
        (
            _FR + "Il ne prévoit ni dispositif de suivi propre ni rapports d'étape.",
            "me_framework",
            "no",
        ),
        (
            _FR + "Les départements concernés rendent compte périodiquement de la mise en œuvre "
            "des mesures qui les concernent au Chef du Gouvernement.",
            "me_framework",
            "partial",
        ),
        # What this plan keeps from the last one is this plan's.
        (
            "THIRD NATIONAL ACTION PLAN\n\nThe Plan retains the four pillars of its "
            "predecessor: Prevention, Participation, Protection and Promotion.\n",
            "pillars",
            "Prevention; Participation; Protection; Promotion",
        ),
        (
            "THIRD NATIONAL ACTION PLAN\n\nThe pillars of the previous plan were Prevention, "
            "Participation and Protection.\n",
            "pillars",
            "not_stated",
        ),
        (
            "SECOND NATIONAL ACTION PLAN\n\nThe National Steering Committee, established under "
            "KNAP I, shall continue to oversee the implementation of the Plan.\n",
            "coordination_mechanism",
            "yes",
        ),
        (
            _FR + "Conformément aux recommandations de l'évaluation du premier plan, le "
            "Gouvernement a alloué au PAN une enveloppe de 2,2 milliards de francs.",
            "budget",
            "allocated",
        ),
        (
            _FR + "Le présent plan ne fixe ni indicateurs chiffrés ni valeurs cibles, "
            "l'évaluation du premier plan ayant montré que ces chiffres étaient peu fiables.",
            "indicators",
            "no",
        ),
    ],
)
def test_findings_on_short_passages_round_14(text: str, finding: str, value: str) -> None:
    assert _one(text, finding) == value


def test_a_plans_acronym_with_its_number_opens_a_sentence_not_a_glossary_line() -> None:
    from napkit.core.screening.segment import sentences

    found = sentences(1, "KNAP II applies within Kasembe, at national and county levels.\n", True)
    assert [s.aside for s in found] == [False]
    glossary = sentences(1, "UNSCR United Nations Security Council Resolution\n", True)
    assert [s.aside for s in glossary] == [True]


def test_a_short_last_piece_of_a_long_wrapped_sentence_runs_on() -> None:
    from napkit.core.screening.segment import sentences

    text = (
        "The Plan addresses the country's international engagement – its diplomacy, its "
        "development\ncooperation programme, and the deployment of members of the Police "
        "Service of\nNorthern\nCaldreth to peace operations – as well as its domestic duties.\n"
    )
    assert len(sentences(1, text, True)) == 1
    # A heading after a finished sentence still stands alone.
    text = (
        "The Plan was adopted by the Government in June 2020 after a long consultation.\n"
        "PREFACE\nWe are pleased.\n"
    )
    assert [s.read for s in sentences(1, text, True)][1] == "PREFACE"


def test_a_line_ending_on_a_small_word_or_before_an_aside_runs_on() -> None:
    from napkit.core.screening.segment import sentences

    text = (
        "3. The Board is composed of representatives of 19 institutions and\n"
        "   agencies\n"
        "– including the Ministry of Defence, the Ministry of Foreign\n"
        "Affairs, the\n"
        "Ministry of Justice – and of one representative of non-governmental organisations.\n"
    )
    assert len(sentences(1, text, True)) == 1
    # A list after a colon keeps its items.
    text = "The Board comprises:\n– the Ministry of Defence;\n– the Ministry of Justice.\n"
    assert len(sentences(1, text, True)) == 3
