"""Screening, round 26 (issue 13): rules taken from the fresh66–68 sets once measured: a
resolution as the subject of what it asks, reports on other things (another plan, a budget
line, a treaty body, another policy carried on by a pronoun), an internal report that is still
a regular one, and periodic reports without a rhythm. Passages are written for the test, not
taken from the documents; each rule has a case where it applies and one where it must not."""

from __future__ import annotations

import pytest

from tests.core.test_screening import _EN, _FR
from tests.core.test_screening import _value as _one

_ANOTHER_POLICY_THEN_PRONOUN = (
    _FR + "La Stratégie nationale d'égalité des chances (SNEC), adoptée en 2017, constitue le "
    "cadre de référence des politiques d'égalité. Dotée d'un budget de 1,2 milliard de francs "
    "sur cinq ans, elle fait l'objet d'un rapport annuel publié par le ministère du Plan."
)
_OWN_PLAN_THEN_PRONOUN = (
    _FR + "Le présent plan couvre la période 2020-2024. Il fait l'objet d'un rapport annuel "
    "publié par le ministère."
)


@pytest.mark.parametrize(
    ("text", "finding", "value"),
    [
        # A resolution as the subject of asking: what it asks of every state.
        (
            _EN + "Resolution 2242 (2015) encourages Member States to engage civil society in "
            "the monitoring of their national action plans.",
            "cs_implementation_monitoring",
            "not_stated",
        ),
        (
            _FR + "La résolution 1325 appelle notamment à associer la société civile, et en "
            "particulier les organisations de femmes, à la mise en œuvre de ses dispositions.",
            "cs_implementation_monitoring",
            "not_stated",
        ),
        # (the plan doing it, in line with the resolution, still counts)
        (
            _FR + "Conformément à la résolution 1325, les organisations de la société civile "
            "participent au suivi de la mise en œuvre du plan.",
            "cs_implementation_monitoring",
            "yes",
        ),
        # An internal annual report is still a regular report; only publication is denied.
        (
            _FR + "Le Secrétariat produit un bilan annuel de la mise en œuvre du plan à "
            "l'intention du Comité ministériel. Ce bilan est un document de travail interne ; "
            "aucun rapport public n'est prévu.",
            "regular_reporting",
            "yes",
        ),
        (
            _FR + "Le Secrétariat produit un bilan annuel de la mise en œuvre du plan à "
            "l'intention du Comité ministériel. Ce bilan est un document de travail interne ; "
            "aucun rapport public n'est prévu.",
            "public_reporting",
            "no",
        ),
        (
            _FR + "Le Plan ne prévoit pas l'élaboration de rapports d'étape sur sa mise en œuvre.",
            "regular_reporting",
            "no",
        ),
        # Periodic reports without a rhythm.
        (
            _FR + "Le ministère établit des rapports périodiques à l'intention du Premier "
            "ministre.",
            "regular_reporting",
            "partial",
        ),
        (
            _FR + "Le ministère présente chaque année au Conseil des ministres un rapport sur "
            "l'état de mise en œuvre des seize mesures.",
            "regular_reporting",
            "yes",
        ),
        # Reports on other things.
        (
            _FR + "La mission des Nations unies publie de son côté des rapports trimestriels sur "
            "la situation des droits de l'homme.",
            "public_reporting",
            "not_stated",
        ),
        (
            _FR + "Le Conseil consultatif se prononce chaque année sur le rapport relatif à la "
            "mise en œuvre du crédit-cadre pour la promotion civile de la paix.",
            "regular_reporting",
            "not_stated",
        ),
        (
            _FR + "La Commission nationale élabore les rapports périodiques destinés aux organes "
            "de traités.",
            "regular_reporting",
            "not_stated",
        ),
        (
            _EN + "The Secretariat of Gender Equality already publishes an annual report on the "
            "implementation of the National Action Plan on Gender-Based Violence.",
            "public_reporting",
            "not_stated",
        ),
        # (the plan's own report, published "on its official website", is the plan's)
        (
            _EN + "The Ministry publishes the annual report on the status of implementation of "
            "the Plan on its official website.",
            "public_reporting",
            "yes",
        ),
        # A pronoun carrying on the sentence before: another policy's report, or the plan's.
        (_ANOTHER_POLICY_THEN_PRONOUN, "regular_reporting", "not_stated"),
        (_ANOTHER_POLICY_THEN_PRONOUN, "public_reporting", "not_stated"),
        (_OWN_PLAN_THEN_PRONOUN, "regular_reporting", "yes"),
        (_OWN_PLAN_THEN_PRONOUN, "public_reporting", "yes"),
    ],
)
def test_round26(text: str, finding: str, value: str) -> None:
    assert _one(text, finding) == value


_ACRONYM_WITH_NUMBER = """SIGLES ET ACRONYMES

GTI 1325    Groupe de travail interdépartemental 1325

Le Groupe de travail interdépartemental 1325 coordonne la mise en œuvre du plan.

Le GTI rencontre la société civile deux fois par an, afin de l'informer de l'état d'avancement
du plan."""

_DRAFTERS_LISTED = """Le Comité national de suivi du PAN coordonne la mise en œuvre du plan. Il est
composé des représentants des départements suivants : Affaires étrangères, Intérieur, Justice,
Défense.

La commission de rédaction, instituée par décision du Ministre, a achevé ses travaux en
décembre 2024. Elle était composée comme suit :

- Ministère des Affaires étrangères (présidence) ;
- Ministère de l'Intérieur ;
- Association des femmes juristes ;
- Réseau des femmes pour la paix."""


@pytest.mark.parametrize(
    ("text", "finding", "value"),
    [
        # The scope in other words: borders, the country's own territory, overseas.
        (
            _EN + "The scope of this Plan is national: it addresses conflicts and insecurity "
            "within the borders of Osundra.",
            "focus",
            "domestic",
        ),
        (
            _EN + "NAP-II applies to Tamboa's own territory and its people, including displaced "
            "persons.",
            "focus",
            "domestic",
        ),
        (
            _EN + "It covers the country's peacekeeping, policing, humanitarian and diplomatic "
            "activities overseas.",
            "focus",
            "international",
        ),
        # "monitoring and evaluation of the Plan" is this plan's, not a predecessor's review;
        # and a mechanism for monitoring is not a coordination body.
        (
            _EN + "No mechanism for monitoring and evaluation of the Plan has been established "
            "at this stage.",
            "me_framework",
            "no",
        ),
        (
            _EN + "No mechanism for monitoring and evaluation of the Plan has been established "
            "at this stage.",
            "cs_on_coordination",
            "not_stated",
        ),
        (
            _EN + "A mid-term evaluation of the Plan will be carried out in 2023; the Secretariat "
            "will compile the data sent by the ministries every quarter and prepare an annual "
            "report.",
            "me_framework",
            "yes",
        ),
        # Stated negatives, with the words of the plan.
        (
            _FR + "Faute de données ventilées par sexe, le plan ne fixe ni situation de référence "
            "ni cible chiffrée.",
            "baselines_targets",
            "no",
        ),
        (
            _FR + "Le plan ne prévoit pas, à ce stade, de rôle pour les organisations de la "
            "société civile dans sa mise en œuvre ou son suivi.",
            "cs_implementation_monitoring",
            "no",
        ),
        (
            _FR + "Des associations partenaires, sélectionnées par appel à projets du ministère, "
            "mettent en œuvre les actions de sensibilisation dans les régions.",
            "cs_implementation_monitoring",
            "yes",
        ),
        # A body defined with the resolution's number, then called by its letters alone.
        (_FR + _ACRONYM_WITH_NUMBER, "cs_on_coordination", "partial"),
        # The drafting commission's members are not the coordinating body's.
        (_FR + _DRAFTERS_LISTED, "cs_on_coordination", "no"),
    ],
)
def test_round26_scope_negatives_and_bodies(text: str, finding: str, value: str) -> None:
    assert _one(text, finding) == value
