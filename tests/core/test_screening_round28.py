"""Screening, round 28 (issue 13): rules taken from the fresh72–74 sets once measured: thanks
in a foreword beside a validation-only account, civil society's own reports, leads named as
« chef de file » or « structure responsable » by an acronym, Belgian federal services in two
words ("SPF AE"), and a sentence that ends on a two-letter word (« … par an. »). Passages are
written for the test, not taken from the documents; each rule has a case where it applies and
one where it must not."""

from __future__ import annotations

import pytest

from napkit.core.screening.segment import sentences
from tests.core.test_screening import _EN, _FR
from tests.core.test_screening import _value as _one

_THANKS_AND_VALIDATION = (
    _EN + "I thank the officials, experts and women's organisations who contributed to this "
    "Plan.\n\nOnce the draft was complete, the Ministry presented it to 22 women's and peace "
    "organisations at a validation meeting on 19 November 2020, where it was endorsed."
)
_ACRONYMS = """SIGLES ET ACRONYMES

MAECI    Ministère des Affaires étrangères et de la Coopération internationale
INPF     Institut national pour la promotion de la femme
SPF AE   Service public fédéral Affaires étrangères, Commerce extérieur et Coopération

"""


@pytest.mark.parametrize(
    ("text", "finding", "value"),
    [
        # Thanks beside a validation-only account: the account decides.
        (_THANKS_AND_VALIDATION, "cs_design", "partial"),
        # (thanks alone still count as taking part)
        (
            _EN + "I thank the officials, experts and women's organisations who contributed to "
            "this Plan.",
            "cs_design",
            "yes",
        ),
        (
            _EN + "The finalised draft of the Plan was presented for validation at a round table "
            "with public associations held on 3 December 2015.",
            "cs_design",
            "partial",
        ),
        # Civil society's own report on the plan is not how the plan was drafted.
        (
            _EN + "The Board shall consider each year the independent monitoring report on the "
            "implementation of the NAP prepared by the coalition of civil society organisations.",
            "cs_design",
            "not_stated",
        ),
        # Leads named by an acronym the list defines.
        (
            _FR + _ACRONYMS + "Le MAECI est le chef de file du présent plan.",
            "lead_institution",
            "Ministère des Affaires étrangères et de la Coopération internationale",
        ),
        (
            _FR + _ACRONYMS + "L'INPF est la structure responsable de la mise en œuvre du PAN ; il "
            "en assure la coordination technique.",
            "lead_institution",
            "Institut national pour la promotion de la femme",
        ),
        (
            _FR + _ACRONYMS + "Le GTI se réunit au moins trois fois par an. Le SPF AE assure la "
            "coordination générale du plan.",
            "lead_institution",
            "Service public fédéral Affaires étrangères, Commerce extérieur et Coopération",
        ),
        # (the lead of something that is not the plan is not the plan's lead)
        (
            _FR + _ACRONYMS + "Le MAECI est le chef de file des négociations commerciales "
            "régionales.",
            "lead_institution",
            "not_stated",
        ),
    ],
)
def test_round28(text: str, finding: str, value: str) -> None:
    assert _one(text, finding) == value


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Il se réunit trois fois par an. Le SPF AE assure la coordination.", 2),
        # (abbreviations of two small letters do not end a sentence)
        ("Voir la loi, cf. Article 3 du décret.", 1),
        ("Des mesures, par ex. Les campagnes de sensibilisation.", 1),
    ],
)
def test_a_sentence_ends_on_a_two_letter_word(text: str, count: int) -> None:
    assert len(sentences(1, text)) == count
