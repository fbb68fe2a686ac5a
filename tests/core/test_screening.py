"""Screening a NAP document: extraction, language, findings with evidence, draft plan, and
agreement with the labelled evaluation set (tests/fixtures/screening)."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest

from napkit.core.plan import planfile
from napkit.core.scorecard import assess
from napkit.core.screening import Unreadable, screen
from napkit.core.screening.evaluate import evaluate, value_of
from napkit.core.screening.extract import extract
from napkit.core.screening.language import detect

SET = Path(__file__).resolve().parents[1] / "fixtures" / "screening"
DOCS = SET / "documents"


def _held_out(path: Path) -> bool:
    # Rules were tuned on odd-numbered documents; even-numbered ones are held out.
    return int(path.name[3:5]) % 2 == 0


@pytest.mark.parametrize(
    ("name", "pages", "page", "needle"),
    [
        ("en-01-norvania-nap-2023.txt", 21, 14, "The Government has allocated NVD 48 million"),
        ("en-01-norvania-nap-2023.pdf", 21, 14, "The Government has allocated NVD 48 million"),
        ("en-02-kestria-nap-2012.docx", 3, 3, "inter-ministerial working group"),
        ("es-02-valdoria-pan-2015.html", 3, 1, "REINO DE VALDORIA"),
        ("es-03-montaraz-pan-2020.docx", 7, 4, "Porcentaje de mujeres en los Consejos"),
    ],
)
def test_extraction_keeps_page_numbers(name: str, pages: int, page: int, needle: str) -> None:
    _kind, texts = extract((DOCS / name).read_bytes(), name)
    assert len(texts) == pages
    assert needle.split()[0] in texts[page - 1]
    assert " ".join(needle.split()) in " ".join(texts[page - 1].split())


def test_word_tables_come_out_row_by_row() -> None:
    _kind, texts = extract((DOCS / "es-03-montaraz-pan-2020.docx").read_bytes(), "x.docx")
    rows = [line for line in texts[3].splitlines() if " | " in line]
    assert rows and "Línea de base" in rows[0]


def _pdf_without_text() -> bytes:
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("content", "name", "message"),
    [
        (_pdf_without_text(), "scan.pdf", "no text layer (a scan?): run OCR first"),
        (b"%PDF-1.4 not really", "broken.pdf", "this PDF cannot be read"),
        (b"PK\x03\x04 not a zip", "broken.docx", "not a Word (.docx) file"),
        (b"\x00\x01\x02binary", "x.txt", "not a text file"),
        (b"   ", "empty.txt", "the file is empty"),
        (
            "Die Bundesregierung und die Frauen, der Frieden und die Sicherheit sind für das "
            "Land von großer Bedeutung, und der Plan ist nicht mit dem Frieden".encode(),
            "de.txt",
            "not yet this language",
        ),
    ],
)
def test_unreadable_files_give_clear_problems(content: bytes, name: str, message: str) -> None:
    with pytest.raises(Unreadable) as error:
        screen(content, name)
    assert message in error.value.problem.message
    assert error.value.problem.file == name


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The Plan sets out the actions of the Government on women, peace and security.", "en"),
        (
            "Le Plan définit les actions du Gouvernement pour les femmes, la paix et la sécurité.",
            "fr",
        ),
        (
            "El Plan establece las acciones del Gobierno sobre las mujeres, la paz y la seguridad.",
            "es",
        ),
        ("O Plano define as ações do Governo para as mulheres, a paz e a segurança do país.", "pt"),
    ],
)
def test_language_detection(text: str, language: str) -> None:
    assert detect(text).language == language


def _one(text: str, finding: str) -> tuple[str, object]:
    screening = screen(text.encode(), "x.txt")
    found = screening.finding(finding)
    assert found is not None
    for ev in found.evidence:
        # Evidence offsets point at the quote in the page's text.
        assert screening.pages[ev.page - 1].text[ev.start : ev.end] == ev.quote
    return value_of(found), found


def _value(text: str, finding: str) -> str:
    """The value alone (the rounds' tables compare values); ``_one`` still checks that every
    quote sits at its offsets."""
    return _one(text, finding)[0]


_EN = "This National Action Plan on women, peace and security is the plan of the Government. "
_FR = "Le présent Plan d'action national sur les femmes, la paix et la sécurité est adopté. "
_ES = "El presente Plan de Acción Nacional sobre las mujeres, la paz y la seguridad se aprueba. "


@pytest.mark.parametrize(
    ("text", "finding", "value"),
    [
        (_EN + "The Government has allocated EUR 5 million to this Plan.", "budget", "allocated"),
        (_EN + "No specific budget has been allocated to the Plan.", "budget", "none"),
        (_EN + "There is no dedicated budget for this Plan.", "budget", "none"),
        (_FR + "Aucun budget spécifique n'est prévu pour le Plan.", "budget", "none"),
        (_FR + "Le Gouvernement a alloué au Plan un budget de 3 milliards.", "budget", "allocated"),
        (_ES + "No se ha asignado presupuesto específico al Plan.", "budget", "none"),
        (_ES + "El Plan cuenta con un presupuesto asignado de 5 millones.", "budget", "allocated"),
        (_EN + "The estimated total cost of the Plan is EUR 12 million.", "budget", "costed"),
        (_EN + "The Plan is about peace.", "budget", "not_stated"),
        (_EN + "The Plan does not contain indicators.", "indicators", "no"),
        (_FR + "Le plan ne comporte pas d'indicateurs.", "indicators", "no"),
        (_ES + "El Plan aprobado no contiene indicadores.", "indicators", "no"),
        (_EN + "The Plan is about peace.", "indicators", "not_stated"),
        (
            _EN + "The Ministry prepares an annual progress report, published on its website.",
            "public_reporting",
            "yes",
        ),
        (
            _EN + "The annual reports are internal and will not be published.",
            "public_reporting",
            "no",
        ),
        (_FR + "Le rapport annuel sera rendu public.", "public_reporting", "yes"),
        (
            _ES + "El informe anual de avance se publica en el portal del Ministerio.",
            "public_reporting",
            "yes",
        ),
        (
            _EN + "No public consultation was held during the preparation of the Plan.",
            "cs_design",
            "no",
        ),
        (_FR + "Aucune consultation de la société civile n'a été organisée.", "cs_design", "no"),
        (
            _EN + "The Plan does not establish a coordination mechanism.",
            "coordination_mechanism",
            "no",
        ),
        (_EN + "The Plan applies to the national territory of the country.", "focus", "domestic"),
        (
            _ES + "El Ministerio de Defensa es la entidad rectora del Plan.",
            "lead_institution",
            "Ministerio de Defensa",
        ),
        (
            _FR + "Le Plan s'articule autour de trois axes : la participation, la protection "
            "et la prévention.",
            "pillars",
            "Participation; Protection; Prévention",
        ),
        (_EN + "The Plan is about peace.", "pillars", "not_stated"),
        # Focus: the plan's scope statement, with the vocabulary of donor and domestic plans.
        (
            "Tamaris National Action Plan on Women, Peace and Security\n\n"
            "The Plan addresses the situation of women and girls in Tamaris.",
            "focus",
            "domestic",
        ),
        (
            "Aldmark National Action Plan on Women, Peace and Security\n\n"
            "The Plan applies to Aldmark's engagement in fragile states and in peace operations.",
            "focus",
            "international",
        ),
        (
            _EN + "This Plan guides the Government's engagement in its external relations, "
            "in development cooperation and in United Nations missions.",
            "focus",
            "international",
        ),
        (
            _EN + "The actions of this Plan will be funded within the existing baselines of "
            "the Department of Development Cooperation.",
            "focus",
            "not_stated",
        ),
        (
            _FR + "Le PAN vise à renforcer la réponse nationale sur l'ensemble du territoire "
            "du pays.",
            "focus",
            "domestic",
        ),
        (
            _FR + "Ce plan s'inscrit dans le cadre de la politique étrangère et de la "
            "coopération au développement.",
            "focus",
            "international",
        ),
        (_ES + "Su ámbito de aplicación es el territorio nacional.", "focus", "domestic"),
        (
            _ES + "El Plan abarca tanto la actuación en el plano internacional como las "
            "políticas nacionales.",
            "focus",
            "both",
        ),
        # Pillars: enumerators, other nouns and verbs, lists after the announcing sentence.
        (
            _EN + "The Plan has five pillars: (1) Prevention; (2) Protection; (3) Participation; "
            "(4) Relief and Recovery; and (5) Coordination, Monitoring and Evaluation.",
            "pillars",
            "Prevention; Protection; Participation; Relief and Recovery; Coordination, "
            "Monitoring and Evaluation",
        ),
        (
            _EN + "The Plan concentrates on three focus areas: Leadership and Participation; "
            "Prevention and Protection; and Deployments.",
            "pillars",
            "Leadership and Participation; Prevention and Protection; Deployments",
        ),
        (
            _FR + "Le Plan s'articule autour de quatre piliers : participation, protection, "
            "prévention, et promotion de l'agenda « Femmes, paix et sécurité ».",
            "pillars",
            "Participation; Protection; Prévention; Promotion de l'agenda « Femmes, paix et "
            "sécurité »",
        ),
        (
            _FR + "Le PAN 3 est structuré en cinq axes : Prévention ; Participation ; "
            "Protection ; Secours et relèvement ; Femmes, paix et climat.",
            "pillars",
            "Prévention; Participation; Protection; Secours et relèvement; Femmes, paix et climat",
        ),
        (
            _FR + "Le Plan comprend deux objectifs stratégiques :\n1. Renforcer la "
            "participation des femmes.\n2. Protéger les femmes et les filles.\nLe reste.",
            "pillars",
            "Renforcer la participation des femmes; Protéger les femmes et les filles",
        ),
        (
            _ES + "Aprobar el Plan, que consta de tres ejes: Participación, Prevención y "
            "Protección, y que forma parte integrante de la presente Resolución.",
            "pillars",
            "Participación; Prevención; Protección",
        ),
        # Explicit negatives with an adjective, and the past that is not this plan.
        (
            _EN + "The Plan does not provide for a separate monitoring mechanism.",
            "me_framework",
            "no",
        ),
        (
            _EN + "No separate progress reports on this Plan will be prepared.",
            "regular_reporting",
            "no",
        ),
        (
            _EN + "No separate progress reports on this Plan will be prepared.",
            "public_reporting",
            "no",
        ),
        (
            _EN + "Civil society organisations are not assigned any role in the "
            "implementation of this Plan.",
            "cs_implementation_monitoring",
            "no",
        ),
        (
            _EN + "Until now, civil society organisations had no formal role in monitoring.",
            "cs_implementation_monitoring",
            "not_stated",
        ),
        (
            _EN + "Progress will be reported to the National Steering Committee.",
            "regular_reporting",
            "partial",
        ),
        # Lead institution: names with commas, other institutions.
        (
            _EN + "The Ministry of Gender, Children and Social Protection is the lead ministry "
            "for the Plan.",
            "lead_institution",
            "Ministry of Gender, Children and Social Protection",
        ),
        (
            _EN + "The State Chancellery is the institution responsible for coordinating the "
            "implementation of the Plan.",
            "lead_institution",
            "State Chancellery",
        ),
    ],
)
def test_findings_on_short_passages(text: str, finding: str, value: str) -> None:
    assert _one(text, finding)[0] == value


# Round 3 (issue 13): wordings met in the "fresh" development set, as general rules.
@pytest.mark.parametrize(
    ("text", "finding", "value"),
    [
        # Lead institution: "overall coordination", "ente rector", "entidad responsable",
        # "sous l'égide de", a minister, "la Cancillería", an acronym, a cover in capitals.
        (
            _EN + "The Office of the Vice-President is responsible for the overall coordination "
            "of the Plan.",
            "lead_institution",
            "Office of the Vice-President",
        ),
        (
            _EN + "The Plan is implemented under the leadership of the Ministry of Gender.",
            "lead_institution",
            "Ministry of Gender",
        ),
        (
            _ES + "El Instituto Nacional de las Mujeres es el ente rector del Plan.",
            "lead_institution",
            "Instituto Nacional de las Mujeres",
        ),
        (
            _ES + "La Secretaría de la Mujer es la entidad responsable de la coordinación "
            "del Plan.",
            "lead_institution",
            "Secretaría de la Mujer",
        ),
        (
            _ES + "La Cancillería coordinará la ejecución del Plan con las demás instituciones.",
            "lead_institution",
            "Cancillería",
        ),
        (
            _FR + "Le Ministre de la Solidarité est chargé de la coordination du Plan.",
            "lead_institution",
            "Ministère de la Solidarité",
        ),
        (
            _FR + "Le Plan est mis en œuvre sous l'égide du Ministère de la Femme.",
            "lead_institution",
            "Ministère de la Femme",
        ),
        (
            "SIGLES\n\nMFS    Ministère de la Famille et de la Solidarité\n\n"
            + _FR
            + "Le MFS assure la coordination de la mise en œuvre du Plan.",
            "lead_institution",
            "Ministère de la Famille et de la Solidarité",
        ),
        (
            "MINISTRY OF GENDER, CHILDREN AND SOCIAL WELFARE\n\n" + _EN,
            "lead_institution",
            "Ministry of Gender, Children and Social Welfare",
        ),
        # Pillars: numbered list lines, "the four pillars of …:", goals and thematic areas,
        # priorités, domaines prioritaires, ámbitos de actuación, bullets before "Axe 1 :",
        # numbered headings with no announcing sentence, the UN four named together.
        (
            _EN + "The Plan is organised around three thematic priorities:\n\n1. Mediation\n"
            "2. Protection of defenders\n3. Peace operations\n\nMediation. Text follows.",
            "pillars",
            "Mediation; Protection of defenders; Peace operations",
        ),
        (
            _EN + "The Plan is built on the four pillars of Resolution 1325:\n\nPillar 1: "
            "Participation\nText.\n\nPillar 2: Protection\nText.\n\nPillar 3: Prevention\n"
            "Text.\n\nPillar 4: Relief and Recovery\nText.",
            "pillars",
            "Participation; Protection; Prevention; Relief and Recovery",
        ),
        (
            _EN + "The Plan has two goals:\n\nGoal 1 – Safe communities\nText.\n\n"
            "Goal 2 – Women leaders\nText.",
            "pillars",
            "Safe communities; Women leaders",
        ),
        (
            _EN + "The Plan has two thematic areas:\n\nThematic Area 1: Leadership\nText.\n\n"
            "Thematic Area 2: Climate security\nText.",
            "pillars",
            "Leadership; Climate security",
        ),
        (
            _FR + "Le Plan est articulé autour de deux domaines prioritaires :\n\nDomaine "
            "prioritaire 1 : Gouvernance\nTexte.\n\nDomaine prioritaire 2 : Protection\nTexte.",
            "pillars",
            "Gouvernance; Protection",
        ),
        (
            _FR + "Le Plan s'articule autour de deux priorités :\n\nPriorité 1 – Médiation\n"
            "Texte.\n\nPriorité 2 – Plaidoyer\nTexte.",
            "pillars",
            "Médiation; Plaidoyer",
        ),
        (
            _FR + "Article 3. Le Plan est articulé autour de deux axes :\n– Axe 1 : la "
            "participation des femmes ;\n– Axe 2 : la protection des filles.",
            "pillars",
            "La participation des femmes; La protection des filles",
        ),
        (
            _ES + "El Plan se estructura en dos ámbitos de actuación:\n\nÁmbito 1. Mediación\n"
            "Ámbito 2. Acción humanitaria\n\nTexto.",
            "pillars",
            "Mediación; Acción humanitaria",
        ),
        (
            _ES + "El Plan se estructura en los cuatro pilares de la Resolución 1325: "
            "Participación; Prevención; Protección; y Socorro y Recuperación.",
            "pillars",
            "Participación; Prevención; Protección; Socorro y Recuperación",
        ),
        (
            _ES + "Texto.\n\nEje estratégico 1. Participación política\nTexto.\n\n"
            "Eje estratégico 2. Vida libre de violencias\nTexto.",
            "pillars",
            "Participación política; Vida libre de violencias",
        ),
        (
            _EN + "Its actions follow the pillars of the resolution: prevention, participation, "
            "protection, and relief and recovery.",
            "pillars",
            "Prevention; Participation; Protection; Relief and recovery",
        ),
        # Focus: "dual focus", "at home", possessive country names, "il couvre", "se refiere
        # a la acción exterior" (not domestic because of "Plan de Acción Nacional").
        (_EN + "The NAP has a dual focus, on security at home and abroad.", "focus", "both"),
        (
            "Tollanu National Action Plan\n\nThe Plan concerns the safety of women in "
            "Tollanu's villages.",
            "focus",
            "domestic",
        ),
        (
            _FR + "Il couvre l'action du Gouvernement sur le territoire national et sa "
            "participation aux opérations de paix à l'extérieur.",
            "focus",
            "both",
        ),
        (
            _ES + "El III Plan de Acción Nacional se refiere a la acción exterior del Reino.",
            "focus",
            "international",
        ),
        (
            _FR + "Le présent Plan définit les engagements du pays dans le cadre de son action "
            "extérieure.",
            "focus",
            "international",
        ),
        # Civil society in design: validation alone is partial, a drafting committee with
        # women's associations is yes, "sin un proceso de consulta" is no, "no gubernamentales"
        # is not a negation.
        (
            _EN + "The draft was presented to civil society organisations at a national "
            "validation workshop.",
            "cs_design",
            "partial",
        ),
        (
            _FR + "Le comité de rédaction comprenait des représentants des associations féminines.",
            "cs_design",
            "yes",
        ),
        (
            _ES + "El Plan fue elaborado por un grupo interinstitucional sin un proceso de "
            "consulta pública.",
            "cs_design",
            "no",
        ),
        (
            _ES + "Se celebraron sesiones de consulta con organizaciones no gubernamentales.",
            "cs_design",
            "yes",
        ),
        (
            _EN + "The Plan was drafted without a public consultation process.",
            "cs_design",
            "no",
        ),
        # Civil society on the coordination body: observers of a body named by its acronym,
        # invited to a session, composition lists, "exclusivamente por representantes de …".
        (
            _EN + "A National Coordination Committee (NCC) coordinates the Plan. "
            "Representatives of the Women's Peace Platform are invited to the meetings of the "
            "NCC as observers.",
            "cs_on_coordination",
            "partial",
        ),
        (
            "SIGLES\n\nCNC    Comité national de coordination\n\n" + _FR + "Le CNC coordonne "
            "la mise en œuvre du Plan. Les OSC sont invitées à une session élargie du CNC une "
            "fois par an.",
            "cs_on_coordination",
            "partial",
        ),
        (
            _FR + "Il est créé un Comité de suivi chargé de coordonner la mise en œuvre du Plan.\n"
            "Le Comité est présidé par le Ministre. Il est composé comme suit :\n"
            "– un représentant du Ministre de la Défense ;\n– un représentant du Ministre de "
            "la Justice.",
            "cs_on_coordination",
            "no",
        ),
        (
            _ES + "El Grupo de Trabajo coordina el Plan. El Grupo de Trabajo está integrado "
            "exclusivamente por representantes de la Administración General del Estado.",
            "cs_on_coordination",
            "no",
        ),
        (
            _EN + "The working group coordinates the Plan and consists of representatives of "
            "the Ministry of Defence and the Ministry of Justice.",
            "cs_on_coordination",
            "no",
        ),
        (
            _ES + "El Plan fue elaborado por un grupo de trabajo con la participación de "
            "organizaciones de la sociedad civil.",
            "cs_on_coordination",
            "not_stated",
        ),
        # Coordination: a body chaired and following up; coordinating "through" a body.
        (
            _EN + "The working group is chaired by the Ministry and meets four times a year to "
            "follow up the implementation of the Plan.",
            "coordination_mechanism",
            "yes",
        ),
        (
            _ES + "El Ministerio coordina la aplicación del Plan a través del Grupo de Trabajo "
            "Interministerial.",
            "coordination_mechanism",
            "yes",
        ),
        # Regular reporting: every second year, "bilan annuel", "cada dos años"; information
        # on progress is not a report.
        (
            _EN + "The Ministry will present a report on the implementation of the Plan to "
            "Parliament every second year.",
            "regular_reporting",
            "yes",
        ),
        (
            _FR + "Le Ministère établit chaque année un bilan de la mise en œuvre du Plan.",
            "regular_reporting",
            "yes",
        ),
        (
            _ES + "La Dirección elaborará un informe de seguimiento cada dos años.",
            "regular_reporting",
            "yes",
        ),
        (
            _ES + "El Observatorio recopila la información sobre el avance de los indicadores.",
            "regular_reporting",
            "not_stated",
        ),
        # Budget: a table's caption "Budget allocated by …", disbursed against an allocation,
        # ordinary budgets and own resources.
        (
            _EN + "Budget allocated by the Government for the implementation of the Plan (million)",
            "budget",
            "allocated",
        ),
        (
            _ES + "Al 31 de diciembre se habían desembolsado 1.310 millones del presupuesto "
            "asignado.",
            "budget",
            "disbursed",
        ),
        (
            _FR + "Les dépenses sont imputées sur les crédits ouverts au budget de chaque "
            "ministère.",
            "budget",
            "mentioned",
        ),
        (
            _ES + "Las instituciones ejecutarán las acciones con sus propios recursos.",
            "budget",
            "mentioned",
        ),
        # Baselines: "ne comporte pas … ni de valeurs de référence", "no establece líneas de
        # base", a "Cible 2027" column alone.
        (
            _FR + "Le Plan ne comporte pas d'indicateurs ni de valeurs de référence.",
            "baselines_targets",
            "no",
        ),
        (
            _ES + "El Plan no establece líneas de base ni metas cuantitativas.",
            "baselines_targets",
            "no",
        ),
        (
            _FR + "Texte.\nAction | Indicateur | Cible 2027 | Service",
            "baselines_targets",
            "partial",
        ),
    ],
)
def test_findings_on_short_passages_round_3(text: str, finding: str, value: str) -> None:
    assert _one(text, finding)[0] == value


# Round 4 (issue 13): wordings met in the "fresh2" set (a development set since round 4), as
# general rules. Passages are written for the test, not taken from the documents.
@pytest.mark.parametrize(
    ("text", "finding", "value"),
    [
        # Budget: what an earlier plan disbursed is not this plan's; amounts spent; a plan
        # without its own budget line or envelope; "mobilisation of resources"; a budget law
        # named "Ley del Presupuesto …".
        (
            _EN + "The Ministry has allocated EUR 9 million to this Plan. Under the second NAP, "
            "EUR 3 million was disbursed to grantees.",
            "budget",
            "allocated",
        ),
        (
            _EN + "By the end of 2024, EUR 4.1 million had been spent on the Plan's actions.",
            "budget",
            "spent",
        ),
        (
            _FR + "Entre 2020 et 2022, 800 millions de francs ont été dépensés pour les actions.",
            "budget",
            "spent",
        ),
        (
            _EN + "This Plan has no separate budget line of its own.",
            "budget",
            "none",
        ),
        (
            _FR + "Le Plan ne bénéficie d'aucune enveloppe budgétaire spécifique.",
            "budget",
            "none",
        ),
        (
            _ES + "Las acciones se cubrirán sin una partida presupuestaria específica.",
            "budget",
            "none",
        ),
        (
            _EN + "Delivery relies on the mobilisation of resources from donors.",
            "budget",
            "mentioned",
        ),
        (
            _ES + "La Ley General del Presupuesto de 2021 asigna una partida de 3 millones "
            "al Plan.",
            "budget",
            "appropriated",
        ),
        # Indicators: "the Plan does not set targets for its indicators" is not "no
        # indicators"; only some actions, or actions listed by number, carry an indicator;
        # "ne comporte pas encore d'indicateurs".
        (
            _EN + "The Plan does not set targets for its indicators.",
            "indicators",
            "not_stated",
        ),
        (
            _EN + "Only the actions led by the Police have an indicator.",
            "indicators",
            "partial",
        ),
        (
            _ES + "Las acciones 1.2 y 4.3 tienen también un indicador de resultado.",
            "indicators",
            "partial",
        ),
        (
            _FR + "Le Plan ne comporte pas encore d'indicateurs.",
            "indicators",
            "no",
        ),
        # Baselines: no baselines beside targets is partial; none "apart from" some is
        # partial; both missing is no.
        (
            _EN + "No baselines exist yet. Each indicator has a target for 2026.",
            "baselines_targets",
            "partial",
        ),
        (
            _EN + "There are no baselines or targets, except for the recruitment targets of "
            "the Army.",
            "baselines_targets",
            "partial",
        ),
        (
            _EN + "The Plan does not contain indicators or targets.",
            "baselines_targets",
            "no",
        ),
        (
            _ES + "El Plan no fija metas ni líneas de base, salvo de las metas de despliegue.",
            "baselines_targets",
            "partial",
        ),
        # Reporting: a summary of progress each year, published; a report kept confidential;
        # informing parliament without a report.
        (
            _EN + "Every year the Ministry will send Cabinet a summary of progress.",
            "regular_reporting",
            "yes",
        ),
        (
            _EN + "A summary of progress will be posted on the website of the Ministry.",
            "public_reporting",
            "yes",
        ),
        (
            _ES + "El informe anual será de carácter confidencial.",
            "public_reporting",
            "no",
        ),
        (
            _FR + "Le bilan ne fera pas l'objet d'une publication.",
            "public_reporting",
            "no",
        ),
        (
            _ES + "El Ministerio informará al Senado sobre la marcha del Plan.",
            "public_reporting",
            "partial",
        ),
        (
            _ES + "La Secretaría redactará cada año un informe de seguimiento.",
            "me_framework",
            "partial",
        ),
        # Coordination: no dedicated mechanism; coordinating through a network of focal
        # points; "coordonne" and "présidé par" without "est".
        (
            _EN + "No specific coordination mechanism will be created for the Plan.",
            "coordination_mechanism",
            "no",
        ),
        (
            _EN + "No specific coordination mechanism will be created for the Plan.",
            "cs_on_coordination",
            "no",
        ),
        (
            _EN + "The Ministry coordinates delivery through a network of focal points.",
            "coordination_mechanism",
            "partial",
        ),
        (
            _FR + "Un comité national, présidé par la Primature, coordonne la mise en œuvre.",
            "coordination_mechanism",
            "yes",
        ),
        # Civil society on the body: "members of the <acronym>", "Integran la comisión …",
        # a sentence opening with "It"/"Elle"/"Está" whose body is named just before.
        (
            _EN + "The Steering Committee (PSC) oversees the Plan. Two women's rights "
            "organisations sit as full members of the PSC.",
            "cs_on_coordination",
            "yes",
        ),
        (
            _ES + "Se crea una comisión de seguimiento que coordina el Plan. Integran la comisión "
            "tres ministerios y dos organizaciones de mujeres.",
            "cs_on_coordination",
            "yes",
        ),
        (
            _FR + "Une cellule de coordination est créée. Elle est composée uniquement de "
            "représentants des ministères concernés.",
            "cs_on_coordination",
            "no",
        ),
        (
            _ES + "Se crea una mesa de coordinación del Plan. Está integrada por el Ministerio "
            "de Defensa y el Ministerio de Justicia.",
            "cs_on_coordination",
            "no",
        ),
        # Civil society in implementation: "encouraged to contribute" is partial; a plan that
        # gives it no functions is no; a monitoring committee that includes it is yes.
        (
            _FR + "Les associations féminines sont invitées à contribuer aux actions du Plan.",
            "cs_implementation_monitoring",
            "partial",
        ),
        (
            _EN + "Civil society organisations are encouraged to support the Plan.",
            "cs_implementation_monitoring",
            "partial",
        ),
        (
            _ES + "El Plan no asigna funciones de seguimiento a la sociedad civil.",
            "cs_implementation_monitoring",
            "no",
        ),
        (
            _FR + "Le comité de suivi comprend trois ministères et une représentante de la "
            "société civile.",
            "cs_implementation_monitoring",
            "yes",
        ),
        # Focus: international engagement, development assistance; "in our country".
        (
            _EN + "The Plan covers our diplomacy and our development assistance.",
            "focus",
            "international",
        ),
        (
            _EN + "The Plan concerns the security of women in our country.",
            "focus",
            "domestic",
        ),
        # Lead institution: "assure la maîtrise d'ouvrage"; an acronym defined as "ACR: Name".
        (
            _FR + "Le Ministère de la Famille assure la maîtrise d'ouvrage du Plan.",
            "lead_institution",
            "Ministère de la Famille",
        ),
        (
            _ES + "Siglas\nINM: Instituto Nacional de la Mujer\nEl INM es el ente rector del Plan.",
            "lead_institution",
            "Instituto Nacional de la Mujer",
        ),
        # Pillars: "reste organisé selon les quatre piliers … :".
        (
            _FR + "Le Plan reste organisé selon les trois piliers suivants : prévention ; "
            "participation ; protection.",
            "pillars",
            "Prévention; Participation; Protection",
        ),
    ],
)
def test_findings_on_short_passages_round_4(text: str, finding: str, value: str) -> None:
    assert _one(text, finding)[0] == value


@pytest.mark.parametrize(
    ("text", "finding", "value"),
    [
        # Lead institution: more ways of giving a body the plan ("custodian", "holds the pen",
        # "designated as the implementing authority", "est assurée par", "conduce",
        # "tendrá a su cargo", "Corresponde al …"), and a unit written "Unit (Institution)".
        (
            _EN + "The Office for Equality in the Cabinet Office is the custodian of this Plan.",
            "lead_institution",
            "Office for Equality in the Cabinet Office",
        ),
        (
            _EN + "The Directorate for Gender within the Ministry of Interior is the custodian of "
            "the Plan.",
            "lead_institution",
            "Directorate for Gender (Ministry of Interior)",
        ),
        (
            _EN + "The Department of Peace Affairs holds the pen on the Plan and convenes the "
            "partners.",
            "lead_institution",
            "Department of Peace Affairs",
        ),
        (
            _EN + "The Ministry of Family Affairs is designated as the implementing authority.",
            "lead_institution",
            "Ministry of Family Affairs",
        ),
        (
            _EN + "A task force, chaired by the Ministry of Foreign Affairs and bringing together "
            "the Ministry of Defence and the Agency for Aid, coordinates the Plan.",
            "lead_institution",
            "Ministry of Foreign Affairs",
        ),
        (
            _FR + "Le pilotage du Plan est assuré par le Ministère de la Solidarité, de la Femme "
            "et de la Famille.",
            "lead_institution",
            "Ministère de la Solidarité, de la Femme et de la Famille",
        ),
        (
            _FR + "Sous l'autorité du ministre, l'état-major de la gendarmerie pilote le Plan.",
            "lead_institution",
            "État-major de la gendarmerie",
        ),
        (
            _FR + "La Direction des affaires politiques du Ministère des Affaires étrangères "
            "coordonne le Plan.",
            "lead_institution",
            "Direction des affaires politiques (Ministère des Affaires étrangères)",
        ),
        (
            _FR + "Un comité, présidé par le Ministère de la Paix et réunissant le Ministère de la "
            "Santé et l'Agence de l'emploi, coordonne la mise en œuvre.",
            "lead_institution",
            "Ministère de la Paix",
        ),
        (
            _ES + "La Cancillería, a través de la Dirección de Derechos Humanos, conduce el Plan.",
            "lead_institution",
            "Cancillería (Dirección de Derechos Humanos)",
        ),
        (
            _ES + "Corresponde al Ministerio del Interior, por medio de la Unidad de Género, la "
            "coordinación del Plan.",
            "lead_institution",
            "Ministerio del Interior (Unidad de Género)",
        ),
        (
            _ES + "El Instituto de la Mujer tendrá a su cargo la coordinación general del Plan.",
            "lead_institution",
            "Instituto de la Mujer",
        ),
        # Civil society on the coordination body: lists after "shall consist of:", after a
        # heading ("Membres :", "Composición de la Mesa:"), with a "Chair:" line; a seat for a
        # named women's network or platform counts.
        (
            _EN + "The Steering Committee coordinates the Plan.\nThe Committee shall consist of:\n"
            "(a) the Secretary of the Ministry of Justice;\n(b) one delegate of the Rural Women "
            "Peace Network.",
            "cs_on_coordination",
            "yes",
        ),
        (
            _FR + "Le Comité de suivi coordonne le Plan.\nLe Comité est composé comme suit :\n"
            "Président : le ministre de la Femme ;\nMembres :\n- un représentant du Ministère de "
            "la Santé ;\n- une représentante du Réseau des associations féminines du Nord.",
            "cs_on_coordination",
            "yes",
        ),
        (
            _ES + "Se crea el Consejo de Seguimiento, que coordina el Plan.\n\nComposición del "
            "Consejo:\n- la Ministra de la Mujer;\n- dos delegadas de las plataformas de "
            "mujeres rurales.",
            "cs_on_coordination",
            "yes",
        ),
        # … and such a seat is a role in following implementation.
        (
            _ES + "Se crea el Consejo de Seguimiento, que coordina el Plan.\n\nComposición del "
            "Consejo:\n- la Ministra de la Mujer;\n- dos delegadas de las plataformas de "
            "mujeres rurales.",
            "cs_implementation_monitoring",
            "yes",
        ),
        # Civil society in implementation: groups named by whom they gather, "deliver";
        # "free to publish its own assessment" is partial; implementation reserved to the
        # State is no; supporting women's networks is a programme, not a role.
        (
            _EN + "Youth-led peace organisations will deliver the dialogue activities.",
            "cs_implementation_monitoring",
            "yes",
        ),
        (
            _FR + "Les associations de femmes sont libres de rendre public leur propre avis sur "
            "l'exécution du Plan.",
            "cs_implementation_monitoring",
            "partial",
        ),
        (
            _ES + "La implementación del Plan compete exclusivamente a los ministerios firmantes.",
            "cs_implementation_monitoring",
            "no",
        ),
        (
            _EN + "Implementation rests solely with the government ministries named in Annex 1.",
            "cs_implementation_monitoring",
            "no",
        ),
        (
            _ES + "Fortalecer las redes locales de mujeres constructoras de paz | Informe de "
            "seguimiento anual",
            "cs_implementation_monitoring",
            "not_stated",
        ),
        # Civil society in design: only listed among participants, or shown the finished text,
        # is partial; women's assemblies whose proposals shaped the draft are a consultation.
        (
            _EN + "Participants in the drafting included ministries, academics and civil society "
            "groups.",
            "cs_design",
            "partial",
        ),
        (
            _FR + "Les ONG ont été conviées à une séance de restitution du projet finalisé.",
            "cs_design",
            "partial",
        ),
        (
            _EN + "Each district held a women's assembly and its proposals went into the draft.",
            "cs_design",
            "yes",
        ),
        (
            _ES
            + "Foros regionales con 1.200 mujeres debatieron y propusieron las medidas del Plan.",
            "cs_design",
            "yes",
        ),
    ],
)
def test_findings_on_short_passages_round_5(text: str, finding: str, value: str) -> None:
    assert _one(text, finding)[0] == value


def test_a_predecessor_plans_budget_is_not_this_plans() -> None:
    text = _EN + "The previous plan had no dedicated budget."
    assert _one(text, "budget")[0] == "not_stated"


def test_the_draft_plan_validates_and_its_headlines_match() -> None:
    name = "en-01-norvania-nap-2023.txt"
    screening = screen((DOCS / name).read_bytes(), name)
    plan = planfile.loads(planfile.dumps(screening.plan), name="draft.yaml")
    assert plan.metadata.transcribed
    assert plan.metadata.country == "XX"  # a fictional country: documented placeholder
    assert plan.metadata.period is not None and plan.metadata.period.start.year == 2023
    assert plan.statements.cs_design is not None
    assert (plan.statements.cs_design.source or "").startswith("page ")
    found = assess(plan, date(2024, 1, 1))
    headline = {h.id: h.answer for h in found.headlines}
    for f in screening.findings:
        expected = value_of(f)
        if f.id in ("lead_institution", "pillars") and expected != "not_stated":
            assert headline[f.id] != "not_stated", f.id
        else:
            assert headline[f.id] == expected, f.id


def test_a_real_country_is_recognised() -> None:
    text = (
        "Republic of Kenya\n\nKenya National Action Plan on women, peace and security "
        "2020-2024. The Plan applies to the territory of Kenya."
    )
    screening = screen(text.encode(), "kenya.txt")
    assert screening.plan.metadata.country == "KE"


def _screen_set(paths: list[Path]) -> list:  # type: ignore[type-arg]
    return [screen(p.read_bytes(), p.name) for p in paths]


@pytest.fixture(scope="module")
def screened() -> dict[str, list]:  # type: ignore[type-arg]
    paths = sorted(DOCS.glob("*.txt"))
    done = _screen_set(paths)
    return {
        "all": done,
        "held_out": [s for s, p in zip(done, paths, strict=True) if _held_out(p)],
    }


# Floors a few points under the figures measured and reported in docs/screening.md, so a
# change that makes screening worse fails here.
@pytest.mark.parametrize(("part", "floor"), [("all", 0.92), ("held_out", 0.90)])
def test_agreement_on_the_evaluation_set(
    screened: dict[str, list],  # type: ignore[type-arg]
    part: str,
    floor: float,
) -> None:
    report = evaluate(screened[part], (SET / "labels.csv").read_text(encoding="utf-8"))
    assert report.overall.total == 13 * len(screened[part])
    assert report.overall.rate >= floor
    assert report.evidence.rate >= 0.9


@pytest.mark.parametrize(
    "name",
    ["en-04-tamaris-nap-2016.pdf", "fr-02-estrelle-pan-2010.docx", "es-05-alcantara-pan-2022.html"],
)
def test_other_formats_screen_like_the_text(name: str) -> None:
    text = screen(
        (DOCS / name.rsplit(".", 1)[0]).with_suffix(".txt").read_bytes()
        if False
        else (DOCS / (name.rsplit(".", 1)[0] + ".txt")).read_bytes(),
        "a.txt",
    )
    other = screen((DOCS / name).read_bytes(), name)
    assert len(other.pages) == len(text.pages)
    same = sum(
        value_of(a) == value_of(b) for a, b in zip(text.findings, other.findings, strict=True)
    )
    assert same >= 10


# The later labelled sets: fresh/ (development since round 3) and fresh2/ (unseen until it was
# screened once after round 3, a development set since round 4; docs/screening.md) and fresh3/
# (unseen until it was screened once after round 4 at 70.5%, a development set since round 5)
# and fresh4/ (9 documents, unseen until it was screened once after round 5 at 76.9%, a
# development set since round 6) and fresh5/ (12 documents, unseen until it was screened once
# after round 6 at 80.8%, a development set since round 7) and fresh6/ (12 documents, unseen until
# it was screened once after round 7 at 67.3%, a development set since round 8) and fresh7/ (10
# documents, unseen until it was screened once after round 8 at 83.1%, a development set since
# round 9) and fresh8/ and fresh9/ (10 documents each, unseen until they were screened once after
# round 9 at 82.3% and 76.2%: their floors guard what was measured, not a tuned figure) and
# fresh12/ and fresh11/ (10 documents each, unseen until they were screened once during round 10,
# both at 82.3%) and fresh10/ (10 documents, unseen until it was screened once at the end of
# round 10 at 86.2%) and fresh13/, fresh14/ and fresh15/ (10 documents each, unseen until they
# were screened once at the end of round 11 at 80.0%, 77.7% and 82.3%) and fresh16/ and fresh17/
# (10 documents each, unseen until they were screened once at the end of round 12 at 86.2% and
# 90.0%) and fresh18/ to fresh20/ (screened once at the end of round 13 at 76.9%, 84.6% and
# 73.8%) and fresh21/ to fresh26/ (screened once during round 14 at 82.3%, 83.1%, 84.6%, 86.2%,
# 85.4% and 83.8%) and fresh27/ to fresh29/ (screened once at the end of round 14 at 87.7%,
# 83.1% and 84.6%) and fresh30/ to fresh32/ (screened once at the start of round 15 at 89.2%,
# 86.2% and 83.8%) and fresh33/ to fresh35/ (screened once at the end of round 15 at 85.4%,
# 81.5% and 93.1%) and fresh36/ to fresh38/ (screened once at the end of round 16 at 82.3%,
# 88.5% and 84.6%) and fresh39/ to fresh41/ (screened once at the end of round 17 at 81.5%,
# 85.6% and 87.7%; fresh40 has 8 documents) and fresh42/ to fresh44/ (screened once at the start
# of round 18 at 91.5%, 86.9% and 77.7%) and fresh45/ to fresh47/ (screened once during round 19
# at 87.7%, 83.8% and 86.9%) and fresh48/ to fresh50/ (screened once at the end of round 19 at
# 86.9%, 86.9% and 83.8%) and fresh51/ to fresh53/ (screened once at the end of round 20 at 81.5%,
# 78.5% and 84.6%) and fresh54/ to fresh56/ (screened once at the end of round 21 at 88.5%, 85.4%
# and 89.2%) and fresh57/ to fresh59/ (screened once after round 22 at 87.7%, 84.6% and 88.5%)
# and fresh60/ to fresh62/ (screened once at the end of round 23 at 89.2%, 79.2% and 87.7%) and
# fresh63/ to fresh65/ (screened once at the end of round 24 at 84.6%, 86.9% and 90.8%) and
# fresh66/ to fresh68/ (screened once at the end of round 25 at 79.2%, 93.1% and 85.4%) and
# fresh69/ to fresh71/ (screened once at the end of round 26 at 90.0%, 83.1% and 83.1%) and
# fresh72/ to fresh74/ (screened once at the end of round 27 at 83.8%, 85.4% and 84.6%) and
# fresh75/ to fresh77/ (screened once at the end of round 28 at 92.3%, 90.8% and 86.9%) and
# fresh78/ to fresh80/ (screened once at the end of round 29 at 90.8%, 71.5% and 93.8%) and
# fresh81/ to fresh83/ (screened once at the end of round 30 at 80.8%, 89.2% and 89.2%) and
# fresh84/ to fresh86/ (screened once at the end of round 31 at 93.8%, 86.9% and 86.2%) and
# fresh87/ to fresh89/ (screened once at the end of round 32 at 83.8%, 90.8% and 90.0%) and
# fresh90/ to fresh92/ (screened once at the end of round 33 at 85.4%, 86.2% and 89.2%) and
# fresh93/ to fresh95/ (screened once at the end of round 34 at 88.5%, 83.8% and 94.6%) and
# fresh96/ to fresh98/ (screened once at the end of round 35 at 88.5%, 93.1% and 90.8%) and
# fresh99/ to fresh101/ (screened once at the end of round 36 at 93.1%, 92.3% and 87.7%) and
# fresh102/ to fresh104/ (screened once at the end of round 37 at 90.0%, 87.7% and 91.5%) and
# fresh105/ to fresh107/ (screened once at the end of round 38 at 87.7%, 89.2% and 91.5%) and
# fresh108/ to fresh110/ (screened once at the end of round 39 at 86.2%, 93.8% and 91.5%) and
# fresh111/ to fresh113/ (screened once at the end of round 40 at 92.3%, 93.8% and 86.9%) and
# fresh114/ to fresh116/ (screened once at the end of round 41 at 90.8%, 86.9% and 93.8%) and
# fresh117/ to fresh119/ (screened once at the end of round 42 at 88.5%, 86.2% and 90.0%) and
# fresh120/ to fresh122/ (screened once at the end of round 43 at 85.4%, 83.8% and 85.4%) and
# fresh123/ to fresh125/ (screened once at the end of round 44 at 86.9%, 88.5% and 90.0%) and
# fresh126/ to fresh128/ (screened once at the end of round 45 at 86.9%, 86.2% and 84.6%) and
# fresh129/ to fresh131/ (screened once at the end of round 46 at 85.4%, 86.2% and 90.8%) and
# fresh132/ to fresh134/ (screened once at the end of round 47 at 90.0%, 87.7% and 90.8%) and
# fresh135/ to fresh137/ (screened once at the end of round 48 at 92.3%, 88.5% and 84.6%) and
# fresh138/ to fresh143/ (screened once at the end of round 49 at 87.7%, 86.9%, 88.5%, 87.7%,
# 88.5% and 80.8%).
# Floors a few points under what was measured, so a change that loses ground on them fails here.
@pytest.mark.parametrize(
    ("folder", "floor"),
    [
        ("fresh", 0.92),
        ("fresh2", 0.95),
        ("fresh3", 0.95),
        ("fresh4", 0.95),
        ("fresh5", 0.95),
        ("fresh6", 0.86),
        ("fresh7", 0.95),
        ("fresh8", 0.80),
        ("fresh9", 0.74),
        ("fresh10", 0.84),
        ("fresh11", 0.80),
        ("fresh12", 0.80),
        ("fresh13", 0.80),
        ("fresh14", 0.77),
        ("fresh15", 0.82),
        ("fresh16", 0.86),
        ("fresh17", 0.89),
        ("fresh18", 0.76),
        ("fresh19", 0.84),
        ("fresh20", 0.73),
        ("fresh21", 0.82),
        ("fresh22", 0.83),
        ("fresh23", 0.84),
        ("fresh24", 0.86),
        ("fresh25", 0.85),
        ("fresh26", 0.83),
        ("fresh27", 0.87),
        ("fresh28", 0.83),
        ("fresh29", 0.84),
        ("fresh30", 0.89),
        ("fresh31", 0.86),
        ("fresh32", 0.83),
        ("fresh33", 0.85),
        ("fresh34", 0.81),
        ("fresh35", 0.93),
        ("fresh36", 0.82),
        ("fresh37", 0.88),
        ("fresh38", 0.84),
        ("fresh39", 0.81),
        ("fresh40", 0.85),
        ("fresh41", 0.87),
        ("fresh42", 0.91),
        ("fresh43", 0.86),
        ("fresh44", 0.77),
        ("fresh45", 0.87),
        ("fresh46", 0.83),
        ("fresh47", 0.86),
        ("fresh48", 0.86),
        ("fresh49", 0.86),
        ("fresh50", 0.83),
        ("fresh51", 0.81),
        ("fresh52", 0.78),
        ("fresh53", 0.84),
        ("fresh54", 0.88),
        ("fresh55", 0.85),
        ("fresh56", 0.89),
        ("fresh57", 0.87),
        ("fresh58", 0.84),
        ("fresh59", 0.88),
        ("fresh60", 0.89),
        ("fresh61", 0.79),
        ("fresh62", 0.87),
        ("fresh63", 0.84),
        ("fresh64", 0.86),
        ("fresh65", 0.90),
        ("fresh66", 0.79),
        ("fresh67", 0.93),
        ("fresh68", 0.85),
        ("fresh69", 0.90),
        ("fresh70", 0.83),
        ("fresh71", 0.83),
        ("fresh72", 0.83),
        ("fresh73", 0.85),
        ("fresh74", 0.84),
        ("fresh75", 0.92),
        ("fresh76", 0.90),
        ("fresh77", 0.86),
        ("fresh78", 0.90),
        ("fresh79", 0.71),
        ("fresh80", 0.93),
        ("fresh81", 0.80),
        ("fresh82", 0.89),
        ("fresh83", 0.89),
        ("fresh84", 0.93),
        ("fresh85", 0.86),
        ("fresh86", 0.86),
        ("fresh87", 0.83),
        ("fresh88", 0.90),
        ("fresh89", 0.90),
        ("fresh90", 0.85),
        ("fresh91", 0.86),
        ("fresh92", 0.89),
        ("fresh93", 0.88),
        ("fresh94", 0.83),
        ("fresh95", 0.94),
        ("fresh96", 0.88),
        ("fresh97", 0.93),
        ("fresh98", 0.90),
        ("fresh99", 0.93),
        ("fresh100", 0.92),
        ("fresh101", 0.87),
        ("fresh102", 0.90),
        ("fresh103", 0.87),
        ("fresh104", 0.91),
        ("fresh105", 0.87),
        ("fresh106", 0.89),
        ("fresh107", 0.91),
        ("fresh108", 0.86),
        ("fresh109", 0.93),
        ("fresh110", 0.91),
        ("fresh111", 0.92),
        ("fresh112", 0.93),
        ("fresh113", 0.86),
        ("fresh114", 0.90),
        ("fresh115", 0.86),
        ("fresh116", 0.93),
        ("fresh117", 0.88),
        ("fresh118", 0.86),
        ("fresh119", 0.90),
        ("fresh120", 0.85),
        ("fresh121", 0.83),
        ("fresh122", 0.85),
        ("fresh123", 0.86),
        ("fresh124", 0.88),
        ("fresh125", 0.90),
        ("fresh126", 0.86),
        ("fresh127", 0.86),
        ("fresh128", 0.84),
        ("fresh129", 0.85),
        ("fresh130", 0.86),
        ("fresh131", 0.90),
        ("fresh132", 0.90),
        ("fresh133", 0.87),
        ("fresh134", 0.90),
        ("fresh135", 0.92),
        ("fresh136", 0.88),
        ("fresh137", 0.84),
        ("fresh138", 0.87),
        ("fresh139", 0.86),
        ("fresh140", 0.88),
        ("fresh141", 0.87),
        ("fresh142", 0.88),
        ("fresh143", 0.80),
    ],
)
def test_agreement_on_the_later_sets(folder: str, floor: float) -> None:
    base = SET / folder
    done = _screen_set(sorted((base / "documents").glob("*.txt")))
    report = evaluate(done, (base / "labels.csv").read_text(encoding="utf-8"))
    sizes = {
        "fresh4": 117,
        "fresh7": 130,
        "fresh8": 130,
        "fresh9": 130,
        "fresh10": 130,
        "fresh11": 130,
        "fresh12": 130,
        "fresh13": 130,
        "fresh14": 130,
        "fresh15": 130,
        "fresh16": 130,
        "fresh17": 130,
        **{f"fresh{n}": 130 for n in range(18, 144)},
        "fresh40": 104,
    }
    assert report.overall.total == 13 * len(done) == sizes.get(folder, 156)
    assert report.overall.rate >= floor
    assert report.evidence.rate >= 0.9
