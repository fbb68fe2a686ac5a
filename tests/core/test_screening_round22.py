"""Screening, round 22 (issue 13): the plan's structure read by the shape of an announced list
(``screening.listing``) rather than by one plan's phrasing: a sentence naming a count of parts
and ending with a colon, then items of one kind of marker numbered from 1. Passages are written
for the test, not taken from the documents; each rule has a case where it applies and one where
it must not."""

from __future__ import annotations

import pytest

from tests.core.test_screening import _EN, _FR
from tests.core.test_screening import _value as _one


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # A label of the parts' acronym before each number.
        (
            _EN + "The plan is organised around four Strategic Areas of Focus (SAFs):\n\n"
            "SAF 1 – Prevention of Violence\n\nSAF 2 – Access to Justice\n\n"
            "SAF 3 – Women in Leadership\n\nSAF 4 – Recovery and Livelihoods\n\n"
            "Each area has its own actions.",
            "Prevention of Violence; Access to Justice; Women in Leadership; Recovery and "
            "Livelihoods",
        ),
        (
            _FR + "Le plan poursuit trois objectifs stratégiques :\n\n"
            "OS1 : Renforcer la médiation des femmes dans les communes\n\n"
            "OS2 : Protéger les survivantes de violences\n\n"
            "OS3 : Soutenir le relèvement des ménages déplacés\n\n"
            "Chaque objectif est décliné en actions.",
            "Renforcer la médiation des femmes dans les communes; Protéger les survivantes de "
            "violences; Soutenir le relèvement des ménages déplacés",
        ),
        # Numbered headings with a paragraph under each.
        (
            _EN + "Tarvland will work in three areas:\n\n1. Mediation and dialogue\n\n"
            "Tarvland will support women mediators in the region.\n\n2. Protection in crises\n\n"
            "Tarvland will fund services for survivors.\n\n3. Our own institutions\n\n"
            "Tarvland will train its staff before deployment.",
            "Mediation and dialogue; Protection in crises; Our own institutions",
        ),
        # "the following", items in lower case, closed by a bracket.
        (
            _EN + "The measures of the Plan are grouped in the following main directions:\n\n"
            "1) participation of women in the police and in local councils;\n\n"
            "2) prevention of radicalisation among young people;\n\n"
            "3) protection of women from domestic and sexual violence.\n\n"
            "The measures are listed in the table below.",
            "Participation of women in the police and in local councils; Prevention of "
            "radicalisation among young people; Protection of women from domestic and sexual "
            "violence",
        ),
        # A short name, a dash, what it means.
        (
            _FR + "Les engagements du plan sont regroupés en trois domaines d'action :\n\n"
            "Prévention – associer les femmes aux comités d'alerte précoce ;\n\n"
            "Participation – accroître le nombre de femmes dans les instances locales ;\n\n"
            "Protection – renforcer la prise en charge des survivantes.\n\n"
            "Chaque domaine est assorti d'indicateurs.",
            "Prévention; Participation; Protection",
        ),
        # The name before its description.
        (
            _EN + "The Plan sets three priority areas, each with its main objective:\n\n"
            "1. Peace processes: women take part in mediation and in peace talks.\n\n"
            "2. Security sector: the police and the army recruit and promote women.\n\n"
            "3. Humanitarian action: aid meets the needs of women and girls.\n\n"
            "The results framework is in the annex.",
            "Peace processes; Security sector; Humanitarian action",
        ),
        # Ordinals as markers.
        (
            _EN + "The plan concentrates on three areas of intervention:\n\n"
            "First: Women in public life\n\nGeneral objective: more women in local councils.\n\n"
            "Second: Safety from violence\n\nGeneral objective: fewer cases of abuse.\n\n"
            "Third: Economic recovery\n\nGeneral objective: jobs for women heads of household.",
            "Women in public life; Safety from violence; Economic recovery",
        ),
        # No colon: the parts come as labelled headings, a paragraph under each.
        (
            _EN + "The plan is organised in three pillars.\n\nPILLAR ONE – PREVENTION\n\n"
            "Objective: to prevent conflict and violence against women.\n\n"
            "PILLAR TWO – PROTECTION\n\nObjective: to protect survivors.\n\n"
            "PILLAR THREE – PARTICIPATION\n\nObjective: to increase women's representation.",
            "PREVENTION; PROTECTION; PARTICIPATION",
        ),
        # "These are:" takes the count of the sentence before it.
        (
            _EN + "The NAP is organised into three action points, each with its own outcomes.\n\n"
            "These are:\n\nAction Point 1: Protection and Prevention\n\n"
            "Action Point 2: Empowerment and Participation\n\n"
            "Action Point 3: Monitoring and Reporting\n\nAction Point 1 concerns protection.",
            "Protection and Prevention; Empowerment and Participation; Monitoring and Reporting",
        ),
        # Lettered pillars.
        (
            _EN + "The Plan pursues three objectives, which form its three pillars:\n\n"
            "Pillar A – Participation: more women in peace talks.\n\n"
            "Pillar B – Protection: fewer cases of sexual violence.\n\n"
            "Pillar C – Relief: aid that reaches women.\n\nThe framework follows.",
            "Participation; Protection; Relief",
        ),
        # A part added to the ones kept: the ordinal is the count.
        (
            _EN + "The revised plan keeps its themes and adds a fourth component:\n\n"
            "Participation — more women in councils;\n\nPrevention — early warning;\n\n"
            "Protection — services for survivors;\n\nPeacekeeping — women deployed abroad.\n\n"
            "The matrix follows.",
            "Participation; Prevention; Protection; Peacekeeping",
        ),
    ],
)
def test_an_announced_list_is_the_structure(text: str, value: str) -> None:
    assert _one(text, "pillars") == value


@pytest.mark.parametrize(
    "text",
    [
        # Numbered paragraphs after a count without a colon are not the parts.
        _EN + "Rather than listing every activity, the Plan sets four outcomes to which every "
        "agency contributes.\n\n1. The Plan sets out how the Government will act.\n\n"
        "2. The Plan is an instrument of foreign and defence policy.\n\n"
        "3. The Plan was drafted with civil society.\n\n4. The Plan runs to 2030.",
        # Another policy's structure.
        _FR + "Le pays dispose d'une Politique nationale genre, adoptée en 2017 et structurée en "
        "trois axes : l'accès aux services, l'autonomisation économique et la participation.",
        # The resolution's pillars, named through a pronoun.
        _EN + "Resolution 1325 was adopted by the Security Council in October 2000.\n\n"
        "It rests on four pillars: participation, protection, prevention, and relief and "
        "recovery.",
        _FR + "Les quatre piliers de la résolution 1325 – prévention, participation, protection, "
        "secours et relèvement – servent de référence aux Nations unies.",
        # Fewer items than the count: not a list the reader can trust.
        _EN + "The plan has three pillars:\n\n1. Participation\n\n2. Protection\n\n"
        "The actions are listed in the annex.",
        # A count of something other than parts.
        _EN + "The ministry held consultations in three programme countries:\n\n"
        "1. Almara\n\n2. Bostia\n\n3. Corvel",
        # A section's number is not a count.
        _EN + "2.2 Pillars\n\n1. The first chapter describes the context.\n\n"
        "2. The second chapter describes the process.",
    ],
)
def test_what_is_not_the_plans_structure(text: str) -> None:
    assert _one(text, "pillars") == "not_stated"
