"""The sheets and columns of a logframe workbook, with their English and French headers.

One table says everything the writer and the reader need: the header a column is written
with in each language, the other headers people give it in real logframes (matched after
``normalise``), what a cell holds and, for closed vocabularies, the allowed values.
"""

from __future__ import annotations

from napkit.core.plan import vocabulary as v
from napkit.core.plan.workbook.columns import VALUE_SYNONYMS, Column, Sheet, normalise
from napkit.core.plan.workbook.columns import choices_of as _choices

__all__ = ["VALUE_SYNONYMS", "Column", "Sheet", "normalise"]

ID_SYNONYMS = ("identifier", "identifiant", "code", "ref", "reference code", "no", "n")
ORG_SYNONYMS = ("organisation id", "identifiant de l organisation")

PLAN = Sheet(
    "plan",
    "Plan",
    "Plan",
    (
        Column("id", "Plan id", "Identifiant du plan", "id", required=True),
        Column("metadata.title", "Title", "Titre", required=True, synonyms=("plan title",)),
        Column("metadata.short_title", "Short title", "Titre court"),
        Column("metadata.country", "Country (ISO code)", "Pays (code ISO)", required=True),
        Column("metadata.country_name", "Country name", "Nom du pays"),
        Column("metadata.edition", "Edition", "Édition", "int"),
        Column(
            "metadata.kind", "Kind of plan", "Type de plan", "enum", choices=_choices(v.PlanKind)
        ),
        Column("metadata.status", "Status", "Statut", "enum", choices=_choices(v.PlanStatus)),
        Column(
            "metadata.period.start", "Period start", "Début de la période", "date", first_day=True
        ),
        Column("metadata.period.end", "Period end", "Fin de la période", "date"),
        Column("metadata.languages", "Languages", "Langues", "ids"),
        Column("metadata.adopted", "Adopted on", "Adopté le", "date"),
        Column("metadata.review_date", "Review date", "Date de révision", "date"),
        Column(
            "metadata.lead_organisation",
            "Lead organisation (id)",
            "Organisation chef de file (identifiant)",
            "id",
            source="organisations",
        ),
        Column("metadata.lead_institution", "Lead institution", "Institution chef de file"),
        Column("metadata.summary", "Summary", "Résumé"),
        Column("framework.focus", "Focus", "Orientation", "enum", choices=_choices(v.Focus)),
        Column("framework.focus_countries", "Focus countries", "Pays prioritaires", "ids"),
        Column(
            "framework.context_lens",
            "Context lens",
            "Contextes",
            "enums",
            choices=_choices(v.ContextLens),
        ),
        Column("framework.tiers.objective", "Name of level: objective", "Nom du niveau : objectif"),
        Column("framework.tiers.outcome", "Name of level: outcome", "Nom du niveau : effet"),
        Column("framework.tiers.output", "Name of level: output", "Nom du niveau : produit"),
        Column("framework.tiers.activity", "Name of level: activity", "Nom du niveau : activité"),
        Column("budget.total", "Total budget", "Budget total", "money"),
        Column("budget.currency", "Budget currency", "Devise du budget"),
        Column(
            "budget.status",
            "Budget status",
            "Statut du budget",
            "enum",
            choices=_choices(v.BudgetStatus),
        ),
        Column("budget.statement", "Budget statement", "Déclaration sur le budget"),
        Column(
            "monitoring.reporting_frequency",
            "Reporting frequency",
            "Fréquence des rapports",
            "enum",
            choices=_choices(v.Frequency),
        ),
        Column(
            "monitoring.fiscal_year_start",
            "Fiscal year starts (month 1-12)",
            "Début de l'exercice (mois 1-12)",
            "int",
        ),
        Column(
            "governance.coordinator.organisation",
            "Coordinator (organisation id)",
            "Coordination (identifiant de l'organisation)",
            "id",
            source="organisations",
        ),
        Column("governance.coordinator.unit", "Coordinator unit", "Unité de coordination"),
        Column(
            "governance.coordinator.resourcing",
            "Coordinator resourcing",
            "Moyens de la coordination",
            "enum",
            choices=_choices(v.CoordinatorResourcing),
        ),
        Column(
            "governance.coordinator.staff_fte",
            "Coordinator staff (full-time equivalents)",
            "Personnel de coordination (équivalents temps plein)",
            "number",
        ),
    ),
    synonyms=("plan", "general", "général", "metadata", "informations générales"),
)

ORGANISATIONS = Sheet(
    "organisations",
    "Organisations",
    "Organisations",
    (
        Column("id", "Id", "Identifiant", "id", 14, required=True, synonyms=ID_SYNONYMS),
        Column("name", "Name", "Nom", width=40, required=True, synonyms=("organisation",)),
        Column("acronym", "Acronym", "Sigle", synonyms=("abbreviation", "acronyme")),
        Column("type", "Type", "Type", "enum", 16, _choices(v.OrganisationType), required=True),
        Column(
            "level",
            "Government level",
            "Niveau de gouvernement",
            "enum",
            choices=_choices(v.GovernmentLevel),
        ),
        Column("country", "Country (ISO code)", "Pays (code ISO)"),
        Column("url", "Website", "Site web", width=30, synonyms=("url", "web")),
        Column("description", "Description", "Description", width=40),
        Column("focal_point.name", "Focal point", "Point focal", width=24),
        Column("focal_point.email", "Focal point email", "Courriel du point focal", width=24),
    ),
    synonyms=("organizations", "stakeholders", "acteurs", "institutions", "parties prenantes"),
)

PILLARS = Sheet(
    "pillars",
    "Pillars",
    "Piliers",
    (
        Column("id", "Id", "Identifiant", "id", 20, required=True, synonyms=ID_SYNONYMS),
        Column("name", "Name", "Nom", width=30, required=True, synonyms=("pillar", "pilier")),
        Column("description", "Description", "Description", width=60),
    ),
    synonyms=("framework", "cadre"),
)

DIMENSIONS = Sheet(
    "dimensions",
    "Dimensions",
    "Dimensions",
    (
        Column("id", "Dimension id", "Identifiant de la dimension", "id", 18, required=True),
        Column("name", "Dimension", "Dimension", width=30),
        Column("category.id", "Category id", "Identifiant de la catégorie", "id", 18),
        Column("category.name", "Category", "Catégorie", width=30),
        Column("exhaustive", "Exhaustive", "Exhaustive", "bool", 12),
    ),
    synonyms=("disaggregation", "désagrégation", "ventilation"),
)

LEVELS = _choices(v.Tier)

RESULTS = Sheet(
    "results",
    "Results",
    "Résultats",
    (
        Column("id", "Id", "Identifiant", "id", 12, required=True, synonyms=ID_SYNONYMS),
        Column(
            "parent",
            "Parent id",
            "Identifiant du parent",
            "id",
            12,
            source="results",
            synonyms=("parent", "under", "rattaché à", "parent code", "code parent"),
        ),
        Column(
            "level",
            "Level",
            "Niveau",
            "enum",
            12,
            LEVELS,
            required=True,
            synonyms=("tier", "type", "result level", "niveau de résultat"),
        ),
        Column(
            "title",
            "Title",
            "Intitulé",
            width=50,
            required=True,
            synonyms=("statement", "result", "result statement", "titre", "énoncé", "libellé"),
        ),
        Column("description", "Description", "Description", width=40),
        Column(
            "pillars", "Pillars (objectives)", "Piliers (objectifs)", "ids", synonyms=("pillar",)
        ),
        Column(
            "responsibility.lead",
            "Lead organisation",
            "Organisation chef de file",
            "id",
            source="organisations",
            synonyms=("lead", "lead agency", "responsible", "chef de file", "responsable"),
        ),
        Column(
            "responsibility.supporting",
            "Supporting organisations",
            "Organisations d'appui",
            "ids",
            20,
            synonyms=("supporting", "partners", "partenaires", "partenaires associés"),
        ),
        Column(
            "start",
            "Start",
            "Début",
            "date",
            12,
            first_day=True,
            synonyms=("start date", "date de début"),
        ),
        Column(
            "end",
            "End",
            "Fin",
            "date",
            12,
            synonyms=("end date", "deadline", "date de fin", "échéance"),
        ),
        Column("priority", "Priority", "Priorité", "enum", 10, _choices(v.Priority)),
    ),
    synonyms=("logframe", "results framework", "cadre logique", "cadre de résultats", "résultats"),
)

INDICATORS = Sheet(
    "indicators",
    "Indicators",
    "Indicateurs",
    (
        Column("id", "Id", "Identifiant", "id", 12, required=True, synonyms=ID_SYNONYMS),
        Column(
            "result",
            "Result id",
            "Identifiant du résultat",
            "id",
            12,
            source="results",
            required=True,
            synonyms=("result", "résultat", "result code", "for result"),
        ),
        Column(
            "name",
            "Indicator",
            "Indicateur",
            width=50,
            required=True,
            synonyms=("name", "indicator name", "nom", "intitulé de l'indicateur"),
        ),
        Column("definition", "Definition", "Définition", width=30),
        Column(
            "measure",
            "Measure",
            "Mesure",
            "enum",
            12,
            _choices(v.Measure),
            synonyms=("type of measure", "type de mesure"),
        ),
        Column("unit", "Unit", "Unité", width=12),
        Column("direction", "Direction", "Sens", "enum", 12, _choices(v.Direction)),
        Column("aggregation", "Aggregation", "Agrégation", "enum", 14, _choices(v.Aggregation)),
        Column(
            "disaggregation",
            "Disaggregation",
            "Désagrégation",
            "ids",
            synonyms=("disaggregated by", "ventilation"),
        ),
        Column("scale", "Scale (ordinal levels)", "Échelle (niveaux ordinaux)", "texts"),
        Column(
            "baseline.value",
            "Baseline",
            "Valeur de référence",
            "value",
            12,
            synonyms=(
                "base line",
                "baseline value",
                "situation de référence",
                "valeur de base",
                "ligne de base",
                "référence",
            ),
        ),
        Column(
            "baseline.date",
            "Baseline date",
            "Date de référence",
            "date",
            12,
            synonyms=("baseline year", "année de référence", "date de la situation de référence"),
        ),
        Column("baseline.source", "Baseline source", "Source de la référence"),
        Column(
            "milestones", "Milestones (date: value)", "Jalons (date : valeur)", "milestones", 24
        ),
        Column(
            "target.value",
            "Target",
            "Cible",
            "value",
            12,
            synonyms=("target value", "end target", "valeur cible"),
        ),
        Column(
            "target.date",
            "Target date",
            "Date cible",
            "date",
            12,
            synonyms=("target year", "année cible", "échéance"),
        ),
        Column(
            "frequency",
            "Frequency",
            "Fréquence",
            "enum",
            12,
            _choices(v.Frequency),
            synonyms=("collection frequency", "périodicité", "fréquence de collecte"),
        ),
        Column(
            "source",
            "Source",
            "Source",
            width=24,
            synonyms=(
                "data source",
                "source of verification",
                "means of verification",
                "moyens de vérification",
                "source des données",
                "source de vérification",
            ),
        ),
        Column("method", "Method", "Méthode", width=24, synonyms=("collection method",)),
        Column(
            "responsible",
            "Responsible organisation",
            "Organisation responsable",
            "id",
            source="organisations",
            synonyms=("responsible", "responsable"),
        ),
    ),
    synonyms=("indicator", "indicateur", "pmf", "performance measurement framework"),
)

BUDGET = Sheet(
    "budget",
    "Budget",
    "Budget",
    (
        Column("id", "Id", "Identifiant", "id", 12, required=True, synonyms=ID_SYNONYMS),
        Column(
            "result",
            "Result id",
            "Identifiant du résultat",
            "id",
            12,
            source="results",
            required=True,
            synonyms=("result", "résultat", "activity", "activité"),
        ),
        Column("description", "Description", "Description", width=40),
        Column("amount", "Amount", "Montant", "money", 14, synonyms=("cost", "budget", "coût")),
        Column("currency", "Currency", "Devise", width=10, synonyms=("monnaie",)),
        Column("status", "Status", "Statut", "enum", 14, _choices(v.BudgetStatus)),
        Column(
            "fiscal_year",
            "Fiscal year",
            "Exercice",
            width=10,
            synonyms=("financial year", "année fiscale", "exercice budgétaire"),
        ),
        Column(
            "funding_source",
            "Funding source",
            "Source de financement",
            width=24,
            synonyms=("source of funding", "bailleur"),
        ),
        Column(
            "funding_type",
            "Funding type",
            "Type de financement",
            "enum",
            18,
            _choices(v.FundingType),
        ),
        Column(
            "gender_marker",
            "Gender marker (0-2)",
            "Marqueur genre (0-2)",
            "enum",
            10,
            _choices(v.GenderMarker),
        ),
        Column(
            "organisation",
            "Organisation",
            "Organisation",
            "id",
            source="organisations",
            synonyms=ORG_SYNONYMS,
        ),
    ),
    synonyms=("budget lines", "lignes budgétaires", "costing", "coûts"),
)

GOVERNANCE = Sheet(
    "governance",
    "Governance",
    "Gouvernance",
    (
        Column("id", "Id", "Identifiant", "id", 12, required=True, synonyms=ID_SYNONYMS),
        Column(
            "name",
            "Coordination body",
            "Organe de coordination",
            width=36,
            required=True,
            synonyms=("name", "nom"),
        ),
        Column("functions", "Functions", "Fonctions", "enums", 24, _choices(v.BodyFunction)),
        Column(
            "chair",
            "Chair (organisation id)",
            "Présidence (identifiant)",
            "id",
            source="organisations",
        ),
        Column("members", "Member organisations", "Organisations membres", "ids", 30),
        Column(
            "meeting_frequency",
            "Meeting frequency",
            "Fréquence des réunions",
            "enum",
            choices=_choices(v.Frequency),
        ),
        Column("meetings_per_year", "Meetings per year", "Réunions par an", "int", 10),
        Column("decisions_public", "Decisions public", "Décisions publiques", "bool", 10),
        Column(
            "terms_of_reference.adopted",
            "Terms of reference adopted",
            "Mandat adopté le",
            "date",
            12,
        ),
        Column("terms_of_reference.url", "Terms of reference (link)", "Mandat (lien)", width=24),
    ),
    synonyms=("coordination", "coordination bodies", "organes de coordination"),
)

MEETINGS = Sheet(
    "meetings",
    "Meetings",
    "Réunions",
    (
        Column(
            "body",
            "Coordination body id",
            "Identifiant de l'organe",
            "id",
            14,
            source="bodies",
            required=True,
        ),
        Column("id", "Id", "Identifiant", "id", 14, required=True, synonyms=ID_SYNONYMS),
        Column("date", "Date", "Date", "date", 12, required=True),
        Column("held", "Held", "Tenue", "bool", 10),
        Column(
            "agenda",
            "Agenda (one point per line)",
            "Ordre du jour (un point par ligne)",
            "texts",
            30,
        ),
        Column("attendance", "Attendance (organisation ids)", "Présents (identifiants)", "ids", 30),
        Column("decisions", "Decisions (one per line)", "Décisions (une par ligne)", "texts", 40),
        Column(
            "action_items",
            "Action items (one per line)",
            "Suites à donner (une par ligne)",
            "texts",
            40,
        ),
        Column("minutes_url", "Minutes (link)", "Compte rendu (lien)", width=24),
        Column("public", "Public", "Public", "bool", 10),
    ),
)

SHEETS = (
    PLAN,
    ORGANISATIONS,
    PILLARS,
    DIMENSIONS,
    RESULTS,
    INDICATORS,
    BUDGET,
    GOVERNANCE,
    MEETINGS,
)

INSTRUCTIONS = ("Instructions", "Instructions")
HIDDEN = "napkit"
