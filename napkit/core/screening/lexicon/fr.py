"""French rules. See ``napkit.core.screening.lexicon`` for what each name holds."""

from __future__ import annotations

from napkit.core.screening.lexicon.names import ACRONYM_AFTER as _ACRONYM_AFTER

PAST = (
    r"\b(premier|précédent|ancien|dernier)\s+(plan|PAN)\b(?!\s+(d'action\s+)?(\w+\s+)?est)"
    r"|\b(plan|PAN)\s+(précédent|antérieur)\b|\bPAN\s*I\b(?!I)|\bPAN\s*1\b(?![.,]?\d)|\bbilan du\b"
    # « Un rapport de mise en œuvre avait été publié en 2021. »: before this plan
    r"|\b(avait|avaient) été (publié|produit|élaboré|présenté|adopté|réalisé|remis)e?s?\b[^.]*"
    r"\ben (19|20)\d\d\b"
    r"|\b(le|du|notre|au|sur le)\s+(premier|deuxième|second|troisième|quatrième)\s+plan\b"
    # (not « le dispositif de suivi-évaluation du Plan »: this plan's monitoring)
    r"|(?<!suivi-)(?<!suivi )\bévaluation du\b"
    r"|\b(sous|pendant|durant) le (premier|deuxième|second|précédent) (PAN|plan)\b"
    r"|\b(première|précédente|ancienne) (édition|version) (de ce|du) plan\b"
    r"|\b(revue|évaluation) a (conclu|montré|révélé|constaté)\b"
)
NEGATION = r"\b(ne|n'|pas|aucun\w*|sans|ni|jamais)\b"
WAS = r"\b(avait|avaient|était|étaient|n'a pas eu|n'ont pas eu|a manqué)\b"

_CS = (
    r"(société civile|organisations? (non gouvernementales|de femmes|féminines)|ONGD?\b|OSC\b"
    r"|associations? (de femmes|féminines)|réseau (\w+ ){0,2}des femmes|plateforme"
    r"|associations? (de|des) (\w+ ){0,2}(femmes|victimes|survivantes|jeunes|veuves)"
    r"|organisations? (communautaires|de jeunes|confessionnelles|de base)"
    r"|réseaux? (\w+ ){0,3}(femmes|jeunes)"
    # « la Coalition mbalénaise des femmes pour la paix », « un collectif de femmes »
    r"|(coalitions?|collectifs?|mouvements?) (\w+ ){0,2}(des|de) femmes"
    r"|associations?\b[^.;]{0,40}\bdroits des femmes"
    r"|associations? (partenaires|locales|communautaires)"
    # Québec and Belgium: "les organismes communautaires", "47 groupes de femmes".
    r"|organismes communautaires|groupes de femmes)"
)
_BODY = (
    r"(comité|commission|conseil|groupe de travail|groupe (interministériel|interdépartemental|"
    r"interinstitutionnel|de coordination|de pilotage|de suivi|technique|thématique)|cellule|"
    r"secrétariat|plateforme|task force"
    # (« La Table de concertation nationale Femmes, Paix et Sécurité (TCN-FPS) est l'organe de
    # coordination du PAN »)
    r"|observatoire|table (nationale )?de concertation)"
)

RULES: dict[str, list[tuple[str, str]]] = {
    "budget": [
        (
            "spent",
            # (« un montant de 146,5 millions FT a été effectivement dépensé sur le budget
            # national »)
            r"\b(ont été|a été|avaient été|avait été) (effectivement )?dépensée?s?\b"
            r"|\bmontants? dépensés?\b"
            r"|\b(a|ont|avaient|avait) dépensé\s+(au total\s+)?\d[^.;]*\bau titre (des activités )?"
            r"(du|de ce) (PAN|plan)\b"
            r"|\bdépenses (effectives|réalisées|exécutées)\b"
            # « les crédits effectivement consommés pour la mise en œuvre des actions du présent
            # plan se sont élevés à 7,8 millions »
            r"|\bcrédits (effectivement )?consommés\b"
            # « Les dépenses effectuées au titre du présent Plan se sont élevées à 318 000 euros »
            # (« les dépenses effectivement exécutées au titre du présent PAN s'élèvent à … »)
            r"|\bdépenses (effectivement )?(effectuées|engagées|réalisées|exécutées)\b[^.]{0,60}\b("
            r"se sont élevées|s'élèvent|"
            r"ont atteint|atteignent)\b",
        ),
        (
            "disbursed",
            # « l'État a procédé au décaissement d'une première tranche de 350 000 000 FEB »
            r"\bprocédé au décaissement\b|\bdécaissement d'une (première |deuxième )?tranche\b|"
            r"\b(ont été|a été|avaient été|avait été) (décaissé|versé)e?s?\b"
            r"|\bdécaissée?s?\b"
            r"|\bmontants? décaissés?\b"
            # « En 2023 et 2024, les offices concernés ont versé au total 11,4 millions de francs au
            # titre des mesures du présent plan »
            r"|\b(ont|a) versé (au total )?[\d,. ]+\s*(millions?|milliards?)\b[^.;]*\bau titre "
            r"(des|du|de)\b",
        ),
        (
            "appropriated",
            r"\bloi de finances\b.*\b(inscri\w*|dotation|crédits?|prévoit|ouvre)\b|\b(dotation|"
            r"crédits?)\b.*\b(inscri\w*|ouverts?)\b.*\bloi de finances\b"
            # « le Parlement a voté 15,2 millions de dollars à cette fin dans la Loi de crédits »
            r"|\b(Parlement|Assemblée nationale)\b[^.;]{0,20}\b(a|ont) (voté|adopté|ouvert)\b"
            r"[^.;]{0,40}\d[^.;]*\b(loi de crédits|loi de finances|budget)\b"
            # « La loi … portant budget de l'État pour l'année 2019 inscrit … une dotation »,
            # « le budget de la Confédération adopté par l'Assemblée fédérale … ouvre un crédit »
            r"|\bloi\b[^.;]{0,40}\bportant budget de l'[ÉE]tat\b[^.;]*\b(inscrit|ouvre|prévoit|"
            r"alloue)\b"
            # « Le budget primitif 2024, adopté par le Congrès …, ouvre au chapitre 934 un crédit
            # de 46 millions FPA au titre du présent plan »
            r"|\bbudget primitif\b[^.]*\b(ouvre|inscrit)\b[^.]*\bcrédits?\b"
            # (« Les crédits nécessaires … ont été inscrits au Budget Primitif 2024, adopté par le
            # Conseil National »)
            r"|\bcrédits?\b[^.]{0,120}\b(ont été|a été|sont) inscrits? (au|à la) (budget primitif|"
            r"loi de finances|budget de l'[ÉE]tat)\b"
            # « La loi du 21 décembre 2023 concernant le budget des recettes et des dépenses de
            # l'État pour l'exercice 2024 prévoit, à l'article budgétaire …, un crédit de … »
            r"|\bloi\b[^.;]{0,60}\bbudget des recettes et des dépenses\b[^.]*\b(prévoit|ouvre|"
            r"inscrit)\b[^.]*\bcrédits?\b"
            # « l'Assemblée confédérale a ouvert au budget de la Confédération un crédit de 3,2
            # millions de francs destiné à la mise en œuvre du présent plan »
            r"|\b(a|ont) ouvert (au|dans le) budget\b[^.;]{0,60}\bcrédits?\b"
            r"|\bbudget (de la Confédération|de l'[ÉE]tat|fédéral|national)\b[^.;]{0,60}\badopté "
            r"par\b[^.;]*\b(ouvre|inscrit|prévoit)\b[^.;]*\bcrédits?\b",
        ),
        (
            "allocated",
            # … to the Plan: "la Confédération a consacré 112 millions à la paix" is not its budget.
            # (not « les partenaires ont consacré, sur la durée du plan, plus de 1,9 milliard … à
            # des programmes liés aux femmes, à la paix et à la sécurité »)
            r"\b(a|ont) (alloué|affecté|consacré|octroyé|réservé)\b[^.]*\b(?<!durée du )(plan|PAN|"
            r"mise en œuvre|budget)\b|\bbudget (alloué|affecté)\b"
            # « Sur ce coût total, le Gouvernement a alloué une contribution de 2,4 milliards »
            r"|\bsur ce (coût|montant|budget)\b[^.;]{0,30}\b(a|ont) (alloué|affecté|consacré|octro"
            r"yé)\b"
            # « Une enveloppe de 1,5 million d'euros, imputée sur le budget de …, est allouée à la
            # mise en œuvre du plan »
            # (« Un budget de 2 milliards de francs a été alloué à la mise en œuvre du plan »)
            r"|\b(enveloppe|montant|somme|dotation|budget)\b[^.;]{0,120}\b(est|a été|sont|ont été) "
            r"(allouée?s?|affectée?s?|réservée?s?)(\s+par\s+[^.;]{2,60}?)?\s+(à|au)\s+(la mise en "
            r"œuvre|ce plan|plan|PAN)"
            r"|\balloue\b.*\bbudget\b"
            # (« Pour la durée du présent plan, le Gouvernement a alloué au MAEE une enveloppe de
            # 4,8 millions de FMB, … destinée au financement des engagements 2, 7, 8 et 9. »)
            r"|\b(a|ont) (alloué|affecté|octroyé|réservé) (à|au|aux) [^.;]{0,60}\bune enveloppe "
            r"(budgétaire )?de\b"
            # « Le Gouvernement alloue à la mise en œuvre du présent plan une enveloppe de … »
            # (« Le Gouvernement consacre à la mise en œuvre du présent plan une enveloppe de … »)
            r"|\b(alloue|allouera|d'allouer|affecte|affectera|consacre|consacrera)\b[^.]{0,60}\b("
            r"plan|PAN|mise en "
            r"œuvre)"
            r"\b[^.]{0,60}\b(une enveloppe|un montant|une somme|une dotation)\b",
        ),
        (
            "costed",
            r"\bcoût (total )?(estimatif|estimé|prévisionnel|global)\b|\bcoût total\b|\bbudgétisé"
            r"|\bgap de financement\b|\bbesoin de financement\b|\bestimé à\b.*\b(millions?|"
            r"milliards?)|\bcoût\b[^.]*\b(est |sont )?(évalué|estimé)e?s? à\b",
        ),
        (
            "none",
            r"\b(n'est pas assortie?|n'est pas dotée?|ne dispose pas|pas) d'(un )?budget "
            r"(spécifique|propre|dédié)"
            r"|\bne fait pas l'objet d'(une |un )?(enveloppe|ligne|dotation|budget)( budgétaire)?"
            r" (spécifique|propre|dédiée?|distincte?)\b"
            r"|\baucun budget (spécifique|propre|dédié)\b|\bsans budget (spécifique|propre)\b"
            # « Le quatrième PAN n'a pas de budget propre. »
            r"|\bn'(a|ont) pas de budget (spécifique|propre|dédié|distinct)\b"
            r"|\bne dispose pas de budget (spécifique|propre|dédié|distinct)\b"
            # « Le présent Plan n'est doté d'aucun crédit spécifique. »
            r"|\bn'est (dotée?|assortie?) d'aucun (crédit|budget|financement)s?\b"
            r"|\baucun crédit (spécifique|propre|dédié)\b"
            r"|\b(aucune?|sans|pas d'|pas de) ?(une |un )?(enveloppe|ligne|dotation)( budgétaire)? "
            r"(spécifique|propre|dédiée?|distincte)\b"
            # « Le Plan n'est assorti d'aucune enveloppe budgétaire qui lui soit propre. »
            r"|\b(aucune?|pas d'|pas de) ?(enveloppe|ligne|dotation|budget|crédit)s?"
            r"( budgétaires?)? qui lui (soit|serait|est) (propre|spécifique|dédiée?|réservée?)\b",
        ),
        (
            "mentioned",
            # (and « Les ressources nécessaires … seront mobilisées sur le budget de l'État »)
            # (not « … toutes les forces vives de la Nation à se mobiliser pour sa réussite »)
            r"\b(?<!se )mobilis\w*\b.*\b(moyens|ressources|financements?|fonds)\b|\b(moyens|ressou"
            r"rces|"
            r"financements?|fonds)\b[^.;]*\b(seront|sont) mobilisée?s\b|\b(dans le cadre de|sur)"
            # (not « a versé … au fonds fiduciaire des Nations unies »: a gift to the UN)
            r" (leurs|ses) budgets?\b|\bfonds fiduciaire\b(?! des Nations)"
            # « Chaque département finance les actions … sur ses crédits de fonctionnement »
            r"|\bfinance\w* (les|ses|leurs) (actions|activités|mesures)\b[^.]*\b(sur|au moyen de) "
            r"(ses|leurs) "
            r"(propres )?(crédits|budgets?|ressources)\b"
            # "… financent les activités du Plan à même leurs budgets ministériels"
            # (« … mettront en œuvre leurs engagements au titre du Plan à même leurs niveaux de
            # référence existants »)
            r"|\bà même (leurs|ses) (propres )?(budgets?|ressources|crédits|niveaux de référence)\b"
            # « Le financement de la mise en œuvre du Plan est assuré par le budget de l'État »
            r"|\bfinancement\b[^.]{0,80}\best (assuré|couvert|pris en charge) (par|sur) (le |les |"
            r"la "
            r"|l')?(budgets?|ressources|crédits|État)\b"
            # "financé sur le budget de l'État", not "les programmes financés par le pays".
            r"|\bfinanc\w* (par|sur|à partir) (le |les |la |des |du |l')?(budgets?|ressources|"
            r"fonds|crédits|partenaires|l'État|État|gouvernement|trésor)\b"
            # Partners' money, not partners named among the actors (« des représentants des
            # partenaires techniques et financiers, qui siègent avec voix consultative »).
            r"|\b(appui|contributions?|concours|financements?|soutien|ressources) (financiers? "
            r")?(des|"
            r"de nos|de ses) partenaires (techniques et )?financiers\b|\bpartenaires (techniques "
            r"et )?"
            r"financiers\b[^.]{0,80}\b(financ\w*|contribu\w*|(?<!se )mobilis\w*|appui financier|fo"
            r"nds|"
            r"concrétiser|accompagne\w*)\b"
            # « Le financement des actions sera recherché auprès du Trésor public et des PTF »
            r"|\b(mobilis\w*|recherch\w*|sollicit\w*)\b[^.]{0,40}\bauprès (du|des|de l'|de la)\b"
            r"|\bimputée?s? sur (les|le) (crédits|"
            r"budgets?)\b|\b(enveloppes|budgets|crédits) (existant\w*|ordinaires)\b"
            # « mis en œuvre au moyen des crédits des programmes existants du Ministère »
            r"|\bau moyen des crédits\b"
            # « … mettent en œuvre leurs engagements à partir de leurs ressources existantes »
            r"|\bà partir de (leurs|ses) (ressources|budgets?|crédits) (existant\w*|propres|"
            r"ordinaires)\b"
            # « financées par les départements concernés, dans la limite de leurs budgets
            # sectoriels »
            r"|\bdans la limite (de leurs|de ses|des) (\w+ )?(budgets?|crédits|ressources|"
            r"dotations)\b"
            r"|\bressources propres\b",
        ),
    ],
    "indicators": [
        (
            # "Les actions de l'objectif 3 ne sont pas assorties d'indicateurs": some have none
            # (partial; a negation of its own, see findings/framework.py).
            "some_without",
            r"\b(actions|objectifs?|axes?|piliers?) (de l'|du |de la |des )?(objectif|axe|pilier)?"
            r"\s*\d[^.]*\b(ne sont pas|n'est pas|ne sont|n'ont pas|n'a pas)\b[^.]{0,30}"
            r"\bindicateurs?\b"
            # « … ; pour les autres mesures, aucun indicateur n'a été retenu à ce stade »
            r"|\bpour les autres (mesures|actions|activités|objectifs),? aucun indicateur\b"
            # « Des indicateurs ont été définis pour une partie des actions ; pour les autres, … »
            # « … ; les autres actions n'ont pas d'indicateurs à ce stade »
            r"|\bindicateurs\b[^.;]{0,40}\b(pour|à) une partie (des|de ses) (actions|mesures)\b"
            r"|\bles autres (actions|mesures|activités) n'ont pas d'indicateurs\b"
            # « Les indicateurs des actions de l'axe 4 seront précisés ultérieurement »
            r"|\bindicateurs (des|de certaines) (actions|mesures)\b[^.;]{0,40}\b(seront|sera) "
            r"(précisés|définis|élaborés|fixés)\b",
        ),
        (
            "partial",
            r"\bindicateurs?\b.*\b(seulement|uniquement|certaines) (actions|mesures)|\bcertaines "
            r"actions\b[^.]{0,40}\b(disposent|sont assorties|sont dotées|comportent|ont)\b"
            r"[^.]{0,20}\bindicateurs?\b"
            # « Seules 6 des 16 actions du plan sont assorties d'un indicateur », « Des
            # indicateurs n'ont été retenus que pour les mesures dont … »
            r"|\bseules? \d+ des \d+ (actions|mesures|activités)\b[^.]*\bindicateurs?\b"
            r"|\bindicateurs?\b[^.]*\bn'ont été (retenus|définis|fixés|prévus) que pour\b"
            # (« seules les douze actions prioritaires sont assorties d'indicateurs »)
            r"|\b(seules|seulement) (les )?(\w+ ){0,2}(actions|mesures)\b.*\b"
            r"indicateurs?\b|^(les )?actions [\d.]+(, [\d.]+)* et [\d.]+ (sont|disposent|"
            r"comportent)\b.*\bindicateurs?\b"
            # "Les actions des axes 1 et 2 sont assorties d'indicateurs": some parts only.
            r"|\b(axes|piliers|objectifs|domaines|priorités) \d+((, \d+)* et| à) \d+\b[^.;]*"
            r"\bindicateurs?\b"
            # « Des indicateurs ont été définis pour les mesures relevant des objectifs 1, 2 et 4 »
            r"|\bindicateurs?\b[^.;]*\b(axes|piliers|objectifs|domaines|priorités) "
            r"(stratégiques |prioritaires |spécifiques )?\d+((, \d+)* et| à) \d+\b"
            # « Des indicateurs ne sont définis que pour les actions prioritaires »
            r"|\bindicateurs?\b[^.;]{0,30}\bne (sont|seront|ont été) (définis|fixés|établis|prévus)"
            r"\b[^.;]{0,20}\bque pour\b"
            # « Des indicateurs ont été définis pour les actions prioritaires ; pour les autres
            # actions, ils seront précisés dans les plans de travail annuels »
            r"|\bindicateurs?\b[^.]*;\s*pour les autres (actions|mesures|activités),? (ils|elles) "
            r"seront (précisés|définis|fixés|élaborés)\b"
            # « Des indicateurs ont été définis pour les actions prioritaires uniquement »
            r"|\bindicateurs?\b[^.;]*\bpour (les )?(\w+ )?(actions|mesures|activités) (\w+ )?"
            r"(uniquement|seulement)\b",
        ),
        (
            "no",
            r"\b(ne comporte|ne contient|ne prévoit|ne définit) (pas|aucun) (encore )?d?'?\s*"
            r"indicateurs?"
            r"|\baucun indicateur\b|\bsans indicateurs?\b"
            # (« Le présent Plan ne comporte, à ce stade, ni indicateurs, ni valeurs de référence »)
            r"|\bne (comporte|contient|prévoit|définit|fixe)(,[^,.;]{1,30},)? ni (d')?indicateurs\b"
            # « Les engagements ne sont pas assortis d'indicateurs, de valeurs de référence ni … »
            r"|\b(ne sont|n'est) (pas|nullement) (assortie?s?|accompagnée?s?|dotée?s?) (d'|de )"
            r"(\w+ )?indicateurs\b",
        ),
        (
            "yes",
            r"\b(cadre logique|cadre de résultats|cadre des résultats|matrice de résultats|"
            r"tableau de suivi|cadre de suivi)\b.*\bindicateurs?\b|\bindicateurs?\b.*\b(cadre "
            r"logique|cadre de résultats|cadre des résultats|tableau de suivi)\b"
            r"|\b(chaque|chacun)\b.*\bindicateurs?\b|\b\d+ indicateurs\b|^.*\bindicateurs?\b.*\|"
            # (« Des indicateurs de performance ont été définis pour chacune des actions »)
            r"|\bindicateurs?\b[^.;]*\bpour (chacune|chacun|l'ensemble|la totalité) des "
            r"(actions|mesures|activités|objectifs|résultats)\b"
            r"|\b(mesurés?|mesurée?s?|suivie?s?|évaluée?s?) (à l'aide|au moyen|sur la base|"
            r"au regard) des (\w+ ){0,2}indicateurs\b(?![^.]*\bseront (définis|élaborés|fixés))"
            r"|\bindicateurs (définis|fixés|figurant|énoncés|contenus) dans (le|un|son) (\w+ ){0,3}"
            r"cadre\b"
            # « Les indicateurs figurant dans la matrice de l'annexe sont assortis de cibles »,
            # « mesuré par un ou plusieurs indicateurs », « Indicateur : part des … ».
            r"|\bindicateurs?\b(?![^.;]*\b(seront|sera)\b)[^.;]*\b(figurant|énoncés|présentés|"
            r"repris|"
            r"définis|listés) (dans|en|à) (la |l'|le )?(matrice|annexe|tableau)\b"
            r"|\bindicateurs?\b[^.;]*\bassortis (de|d'une?) (cibles?|valeurs?)\b"
            r"|\bmesurée?s? par (un|des|plusieurs|un ou plusieurs) indicateurs\b"
            r"|^Indicateur\s*:\s",
        ),
    ],
    "baselines_targets": [
        (
            # "la mention « VRD » (valeur de référence à déterminer) figure dans le tableau":
            # some baselines are still to be set (partial beside targets).
            "baseline_later",
            r"\b(valeurs?|situations?|données) de référence\b[^.,]{0,40}?«?\s*(à déterminer|"
            r"à définir|à établir|à préciser)\b"
            # « Lorsque la situation de référence n'était pas disponible, elle sera établie … »
            r"|\b(valeurs?|situations?|données) de (référence|départ)\b[^.;]{0,30}?\bn'(était|"
            r"étaient|"
            r"est|sont) pas (encore )?(disponibles?|connues?)\b"
            # « Les situations de référence indiquées « ND » (non disponibles) seront renseignées à
            # l'issue de l'enquête de référence »
            r"|\b(valeurs?|situations?) de référence\b[^.;]{0,60}\b(seront|sera) (renseignée?s|"
            r"établie?s|déterminée?s|collectée?s|mesurée?s|complétée?s)\b"
            # (« Des valeurs de référence n'ont été fixées que pour les indicateurs pour lesquels
            # des données fiables étaient disponibles »: some only)
            r"|\b(valeurs?|situations?) de référence\b[^.;]{0,20}\bn'(ont|a) été (fixées?|"
            r"établies?|"
            r"définies?|renseignées?) que pour\b",
        ),
        (
            "no_except",
            r"\b(sans|aucune?|ne|pas)\b.*\b(valeurs? de référence|cibles?)\b.*\b(à l'exception|"
            r"sauf|hormis|en dehors) (de|des|du)\b",
        ),
        (
            "no",
            r"\bni (d')?indicateurs\b[^.]*\bni (de |d')?(valeurs? )?cibles\b|\b(sans|aucune?)\s+"
            r"(valeurs? de référence (ni|et|ou) (de )?cibles?|cibles? (ni|et|ou)"
            r" (de )?valeurs? de référence)\b|\bne (comporte|contient|prévoit|définit|fixe) (pas|"
            r"aucune?)\b.*\b(valeurs? de référence\b.*\bcibles|cibles\b.*\bvaleurs? de référence)"
            r"\b"
            r"|\b(ne sont|n'est) pas (assortie?s?|accompagnée?s?|dotée?s?) (de|"
            r"d')[^.;]{0,40}\bvaleurs? "
            r"de référence (ni|et|ou) (de )?(\w+ )?cibles\b"
            # « Les indicateurs ne sont assortis ni de valeurs de référence ni de cibles »
            r"|\b(ne sont|n'est) (pas )?(assortie?s?|accompagnée?s?|dotée?s?) ni (de |d')?(\w+ )?"
            r"valeurs? de référence\b[^.;]{0,20}\bni (de |d')?cibles?\b"
            # « Le PAN ne fixe ni valeurs de référence ni valeurs cibles chiffrées »
            r"|\bne (comporte|contient|prévoit|fixe|définit) ni (de )?(valeurs?|situations?) de "
            r"référence\b[^.;]{0,20}\bni (de )?(valeurs? )?cibles?\b"
            # « Le présent plan ne comporte ni indicateurs ni valeurs de référence »
            r"|\bne (comporte|contient|prévoit|fixe|définit) ni (d')?indicateurs ni (de )?valeurs? "
            r"de référence\b"
            # « Ces indicateurs ne comportent ni valeur de référence ni cible chiffrée. »
            r"|\bne (comporte(?:nt)?|contiennent|contient|prévoient|prévoit|fixent|fixe|"
            r"définissent|définit) ni (de )?(valeurs?|situations?) de référence\b[^.;]{0,20}\bni "
            r"(de )?cibles?\b"
            # « Le plan ne fixe pas davantage de situation de référence ni de cible chiffrée. »
            # « les indicateurs, les valeurs de référence et les cibles seront définis par le CNP
            # … au cours de la première année »: none yet.
            r"|\b(valeurs|situations) de référence et (les )?(valeurs )?cibles\b[^.;]{0,40}\b"
            r"seront (définie?s|fixée?s|établie?s|élaborée?s|déterminée?s)\b"
            r"|\bne (comporte|contient|prévoit|fixe|définit)n?t? pas (davantage |non plus |"
            r"encore )?"
            r"(de |d')(valeurs?|situations?) de référence\b[^.;]{0,20}\bni (de )?cibles?\b",
        ),
        (
            "no_baseline",
            # "les valeurs de référence n'ont pas pu être établies faute de données"
            r"\bvaleurs? de référence (n'ont pas pu être|n'ont pas été|ne sont pas|ne peuvent "
            r"être) (établies|fixées|définies|disponibles|déterminées)\b|"
            r"\b(sans|aucune)\s+valeurs? de référence\b|\bne (comporte|contient|prévoit|définit|"
            r"fixe) (pas|aucune?)\b.*\bvaleurs? de référence\b",
        ),
        (
            "no_target",
            r"\b(sans|aucune)\s+cibles?\b|\bne (comporte|contient|prévoit|définit|fixe) (pas|"
            r"aucune?)\b.*\bcibles\b",
        ),
        (
            "partial",
            r"\b(valeurs? de référence|situation de référence|référence)\b.*\b(à déterminer|à "
            r"définir|seront (établies|déterminées|définies)|n'est pas encore)\b"
            r"|\|\s*(à déterminer|à définir|ND)\s*\|",
        ),
        (
            "yes",
            r"\b(valeurs? de référence|situation de référence|référence|valeurs? de départ)\b.*"
            r"\bcibles?\b"
            r"|\bcibles?\b.*\b(valeurs? de référence|situation de référence|valeurs? de départ)\b",
        ),
        ("target_only", r"\bcibles?\b.*\b(atteindre|d'ici|en) \d{4}\b|\bcibles? \d{4}\b"),
    ],
    "regular_reporting": [
        # (« Aucun rapport d'étape … ne sera élaboré ; les informations … seront intégrées au
        # rapport annuel de la SNIAG »: the plan's own statement first)
        (
            "no",
            # (« aucun rapport public n'est prévu »: an internal report may still be made)
            # (not « Aucun rapport de mise en œuvre n'a été produit entre 2016 et 2019 »: what
            # happened before)
            r"\baucun rapport\b(?! public)(?![^.]*\bn'a (jamais )?été\b)|\bpas de rapports?\b"
            r"(?! publics?)|\bne prévoit\b[^.;]*\bni (la |l')?(production|élaboration|établissemen"
            r"t) "
            r"de rapports\b"
            r"(?! publics?)"
            r"|\bne (donne|donnera|donneront) pas lieu à "
            r"(l'\w+ de |la \w+ de |"
            r"le \w+ de |des )?(rapports?|bilans?)\b"
            r"|\bne (fera|feront|fait|font) pas l'objet de (rapports?|bilans?)\b"
            # "Il ne sera pas établi de rapport d'étape distinct …"
            r"|\bne sera pas (établi|élaboré|produit|rédigé) de rapports?\b"
            # (« le plan ne prévoit aucun rapport public »: an internal one may still be made)
            r"|\bn'est pas prévu de rapports?\b|\bne prévoit (pas|aucun) (de )?rapports?\b"
            r"(?! publics?)"
            r"|\bne prévoit pas (l'élaboration|la production|la rédaction|la préparation) de "
            r"rapports?\b"
            r"|\bne prévoit pas\b[^.;]{0,60}\bni (de |d')rapports?\b",
        ),
        (
            "yes",
            # (« un rapport d'étape annuel », « les services rendent compte chaque année »)
            r"\b(rapports?|bilans?) (d['’]\w+ |de \w+ )?(\w+ (et )?)?(annuel|semestriel|"
            r"trimestriel|biennal)s?\b|\brend\w* compte (chaque année|tous les ans|"
            r"annuellement|chaque semestre|deux fois par an)\b"
            r"|\b(chaque année|"
            r"tous les ans|annuellement|deux fois par an|chaque semestre|tous les deux ans)\b.*"
            r"\b(rapport|bilan)|\b(rapport|bilan)\w*\b.*\b(chaque année|tous les ans|annuellement|"
            r"tous les deux ans)\b",
        ),
        (
            "partial",
            # (not « les auteurs rendent compte de leurs actes »: held to account)
            r"\brend(ra|re|ent|ront)? compte\b(?! de (leurs|ses) actes)"
            r"|\brapport\w*\b.*\b(mise en œuvre|progrès|avancement)\b"
            r"|\bpériodique\w*\b.*\brapport"
            r"|\b(rapports?|bilans?) (d'étape |de suivi |d'avancement )?périodiques?\b"
            # « … et que la DCO fasse périodiquement le point de la mise en œuvre »
            r"|\bpériodiquement le point\b|\b(dresse|dressera|établit|établira)\w*\s+périodiquemen"
            r"t\b"
            # « Des rapports de suivi seront produits périodiquement »
            r"|\brapports? (de suivi|d'étape|d'avancement)\b[^.;]{0,40}\bpériodiquement\b",
        ),
    ],
    "public_reporting": [
        (
            "no",
            r"\b(ne sera|ne sont|ne seront) pas (publiés?|rendus? publics?)\b"
            r"|\baucun rapport\b[^.]*\b(ne sera|n'est prévu|ne sont prévus)\b"
            # No report at all: none to publish (the labelling rule).
            r"|\bn'est pas prévu de rapports?\b|\bne sera pas (établi|élaboré|produit|rédigé) de "
            r"rapports?\b|\bne prévoit (pas|aucun) (de )?rapports?\b"
            # « … le plan ne prévoit ni dispositif spécifique de suivi-évaluation ni production de
            # rapports d'étape »
            # (« Il ne prévoit ni dispositif de suivi propre ni rapports d'étape. »)
            r"|\bne prévoit ni\b[^.;]*\bni (de )?rapports? (d'étape|de suivi|d'avancement)\b"
            r"|\bne prévoit\b[^.;]*\bni (la |l')?(production|élaboration|établissement|publication"
            r") "
            r"de rapports\b"
            # "rapport à usage interne", not "un groupe de travail interne".
            # (not « Le bilan interne réalisé en 2022 … »: a review; nor « un dispositif de
            # signalement confidentiel »)
            r"|\b(rapports?|bilans?)\b(?! interne réalisé)[^.]*\b(internes?|à usage interne)\b"
            r"|\bà usage interne\b"
            r"|\b(rapports?|bilans?|documents?)\b[^.]{0,60}\bconfidentiel\w*\b"
            r"|\bne (fera|feront|fait|font) pas l'objet (d'une |de )publication\b"
            r"|\bà l'usage exclusif de l'administration\b"
            # « Ce rapport est adressé au Chef du Gouvernement ; il n'est pas prévu de le rendre
            # public. »
            r"|\b(n'est|ne sont) pas (prévu|envisagé) de (le |la |les )?(rendre publics?|publier|"
            r"diffuser)\b"
            # No reports at all: none will be published.
            r"|\bne (fera|feront|fait|font) pas l'objet de (rapports?|bilans?)\b"
            r"|\bne (donne|donnera|donneront) pas lieu à (l'\w+ de |la \w+ de |le \w+ de "
            r"|des )?(rapports?|bilans?)\b"
            r"|\bne (produira|publiera|établira) (pas de|aucun) rapports?\b"
            # « … le présent Plan ne prévoit pas de dispositif de suivi-évaluation ni de rapports
            # d'étape »
            r"|\bne prévoit pas\b[^.;]{0,60}\bni (de |d')rapports?\b"
            # « Le Plan ne prévoit pas l'élaboration de rapports d'étape. »
            r"|\bne prévoit pas (l'élaboration|la production|la rédaction|la préparation) de "
            r"rapports?\b(?! publics?)"
            r"|\bne sera pas (établi|élaboré|produit|rédigé) de rapports?\b"
            r"|\bn'est pas prévu de rapports?\b|\bne prévoit (pas|aucun) (de )?rapports?\b",
        ),
        (
            "yes",
            r"\b(rapports?|bilans?|synthèses?)\b.*\b(rendus? publics?|publiée?s?|diffusée?s?|"
            r"mise?s? en ligne|site internet)\b"
            r"|\b(publie|publiera|rend public)\b.*\b(rapport|bilan)"
            # (« Le DAEC dressera périodiquement un état d'avancement des engagements, qui sera
            # rendu public sur le site internet du Gouvernement »)
            r"|\bétats? d'avancement\b[^.;]*\b(rendus? publics?|publiée?s?|mise?s? en ligne)\b"
            # "un rapport … à l'intention du Conseil fédéral, qui en prend connaissance et le
            # publie"
            r"|\b(rapport|bilan)\b.*\b(le|les) (publie|publiera|rend public|rendra public)\b",
        ),
        (
            "partial",
            # Only data published: « Les données désagrégées par sexe collectées dans le cadre du
            # PAN seront publiées chaque année dans l'Annuaire national des statistiques »
            r"\bdonnées\b[^.]*\b(publiées|rendues publiques|mises en ligne)\b[^.]*\b(annuaire|"
            r"site|portail|en ligne|tableau de bord)\b|"
            r"\brapports?\b.*\b(transmis|présent|soumis|communiqu|adressé|remis|transmet|soumet)"
            r"\w*\b.*\b(parlement|assemblée nationale|assemblée législative|sénat|chambre des "
            # (a transitional parliament: « qu'il transmet au Gouvernement et au CNT »)
            r"(députés|représentants)|conseil national de (la )?transition|(?-i:CNT)|"
            # « … transmet à la Commission des Relations extérieures de la Chambre »
            r"commission [^.;]{3,60} de la chambre|"
            # (« Ces rapports sont également transmis à la Commission des droits, des libertés et
            # des relations extérieures de l'Assemblée des représentants du peuple. »)
            r"commission [^.;]{3,80} de l'assemblée|assemblée des représentants)\b"
            r"|\brend\w* compte\b[^.;]*\bà la commission [^.;]{3,60} de la chambre\b"
            # « Le MAEDI présente … un rapport de mise en œuvre du plan devant la commission des
            # affaires étrangères de l'Assemblée nationale. »
            r"|\brapports?\b[^.;]*\bdevant (le parlement|l'assemblée nationale|la commission "
            r"[^.;]{3,60} de l'assemblée|la chambre|le sénat)\b"
            # « Le MAEC présente chaque année à la Commission des affaires étrangères … de la
            # Chambre des députés un rapport sur la mise en œuvre du plan »
            # « Le comité de suivi présente chaque année un rapport de mise en œuvre à la
            # commission des Affaires étrangères …, de la Défense … de la Chambre des députés. »
            r"|\b(présente|transmet|soumet|remet|adresse)\w*\b[^.;]{0,40}\brapports?\b[^.;]{0,60}"
            r"\bà la commission [^.;]{3,120} de (la chambre|l'assemblée)\b"
            r"|\b(présente|transmet|soumet|remet|adresse)\w*\b[^.;]{0,30}\bà (la commission "
            r"[^.;]{3,80} de (la chambre|l'assemblée)|l'assemblée nationale|la chambre des "
            r"députés|au parlement)\b[^.;]{0,60}\brapports?\b"
            # « Le rapport est ensuite porté à la connaissance des commissions de politique
            # extérieure des deux Chambres », « … est transmis à la Commission des droits et
            # libertés de la femme de l'ARP »
            r"|\brapports?\b[^.]*\bporté à la connaissance (du parlement|de l'assemblée|des "
            r"commissions?\b[^.;]{0,60}\b(chambres?|parlement|assemblée))\b"
            r"|\brapports?\b[^.]*\btransmis\w* à la commission\b[^.]{3,80}\bde l'(?-i:[A-Z]{3,5})\b"
            # « un rapport de mise en œuvre à l'intention des commissions de politique
            # extérieure des Chambres fédérales »
            # « … qu'il transmet au Premier ministre et aux commissions parlementaires … »
            r"|\brapports?\b[^.]*\b(transmis|transmet|présent|soumis|soumet|adress)\w*\b[^.]*\b"
            r"commissions? parlementaires?\b"
            r"|\brapports?\b[^.;]*\bà l'intention (du parlement|de l'assemblée|du sénat|des "
            r"commissions?\b[^.;]{0,60}\b(des chambres|du parlement|de l'assemblée))\b"
            r"|\b(rend\w* compte|informe\w*)\b.*\b(au|le) (parlement|sénat)\b"
            r"|\b(rend\w* compte|informe\w*)\b.*\bl'assemblée nationale\b"
            # « Le Gouvernement transmet les rapports de mise en œuvre à l'Assemblée nationale »
            r"|\b(transmet|présente|soumet|adresse)\w*\b[^.]{0,20}\b(les |le |un |son |ses "
            r")rapports?\b"
            r"[^.]{0,60}\b(au parlement|à l'assemblée nationale|au sénat)\b"
            # « présente périodiquement un rapport de suivi à la Commission Égalité des chances
            # de la Chambre des représentants »
            r"|\b(présente|soumet|transmet|adresse)\w*\b[^.]{0,40}\brapports?\b[^.]{0,60}\b("
            r"parlement|assemblée (nationale|législative)|sénat|chambre des (députés|"
            r"représentants))\b"
            # « présente chaque année au Parlement fédéral … un rapport sur la mise en œuvre »
            r"|\b(présente|soumet|transmet|adresse)\w*\b[^.]{0,60}\b(au parlement|au sénat|à "
            r"l'assemblée nationale|à la chambre)\b[^.]{0,80}\brapport\b"
            # (not « … un rapport sur la mise en œuvre de la Politique nationale genre »)
            r"(?![^.]{0,60}\b(?-i:Politique|Stratégie|Loi|Programme)\b)"
            # "transmis à la Commission des affaires étrangères du Conseil national"
            r"|\brapports?\b.*\b(transm[ie]|présent|soumi|communiqu|adress|remi)\w*\b.*\bcommissio"
            r"n "
            r"(parlementaire|des affaires [\w' ]+ (du|de la|de l') ?(parlement|conseil national|"
            r"sénat|assemblée|chambre))"
            # « … puis transmis aux Commissions de politique extérieure des Chambres fédérales »
            r"|\brapports?\b.*\b(transm[ie]|présent|soumi|communiqu|adress|remi)\w*\b[^.]{0,20}\b("
            r"à la|aux) "
            r"commissions?\b"
            r"[^.]{0,50}\b(des chambres fédérales|du parlement|de l'assemblée nationale|du sénat)\b"
            # Only the indicators' data put online: published data, not a published report.
            r"|\b(données|tableau de bord)\b[^.]*\b(publiée?s?|mise?s? à jour|mise?s? en ligne|"
            r"diffusée?s?|rendue?s? publique?s?)\b[^.]*\b(en ligne|portail|site (internet|web)|"
            r"annuaire statistique|bulletin statistique|tableau de bord)\b"
            # "Collecter, analyser, publier et archiver les données de mise en œuvre du PAN".
            r"|\b(publi\w*|diffus\w*|met\w* en ligne)\b[^.]*\bdonnées (de |du |des )?(mise en "
            r"œuvre|suivi|indicateurs|plan|PAN)\b",
        ),
    ],
    "cs_design": [
        (
            "no",
            # (not « aucune consultation régionale n'a pu être organisée »: some places only)
            r"\baucune consultation\b(?! (régionale|provinciale|locale|communautaire|décentralisée|"
            r"dans les))|\bsans (aucune |une )?(consultation|concertation)\b"
            r"|\bn'a pas été consultée\b"
            # « les organisations de la société civile n'ont pas été consultées lors de son
            # élaboration »
            r"|\bn'ont pas été (consultée?s|associée?s)\b"
            r"|\bn'a pas donné lieu à (une |aucune |des )?(consultation|concertation)s?\b"
            # « il n'a pas été possible d'organiser des consultations avec les organisations »
            r"|\bpas été possible d'organiser (des|de) (consultations?|concertations?)\b"
            # « Il n'a pas fait l'objet d'une consultation des associations »
            r"|\bn'a pas fait l'objet (d'une |de )(consultation|concertation)\b"
            # « le Plan n'a pas pu faire l'objet de consultations avec les organisations … »
            r"|\bn'a pas pu faire l'objet (d'une |de )(consultations?|concertations?)\b",
        ),
        (
            "partial",
            r"\bvalidation\b.*"
            + _CS
            + "|"
            + _CS
            + r".*\bvalid(é|er|ation)\b"
            # « Ont participé à l'exercice de mise à jour : le MEGA, …, le Cercle des ONG … »:
            # listed among the participants
            # « Des OSC, des responsables religieux et des universitaires ont également
            # participé au processus. »: taking part, in no stated way
            + r"|^[^.;]*"
            + _CS
            + r"[^.;]*\b(ont|a) (également |aussi )?(participé|pris part) au "
            r"processus( d'élaboration)?\W*$"
            r"|^\W*ont (participé|pris part) (à|au|aux) [^:]{0,60}:.*"
            + _CS
            # (« Ont pris part au processus d'élaboration les départements ministériels …, des
            # associations féminines et … »)
            + r"|^\W*ont (participé|pris part) (à|au|aux) (processus|travaux|exercice)\b[^.;]*"
            + _CS
            # « La Plateforme 1325 de la société civile a également été associée à la démarche »
            + r"|"
            + _CS
            + r".*\bassociée?s? à la démarche\b"
            # « Il a associé les ministères sectoriels, les FDS, …, des organisations de la société
            # civile et les PTF »: listed among those involved
            + r"|^\W*(il|le processus|l'élaboration|la démarche) a associé (les|des)\b.*"
            + _CS
            # « Le processus d'élaboration a connu la participation des organisations de la
            # société civile, des partenaires …, des ministères … »: listed among participants
            + r"|\bprocessus d'élaboration a (connu|enregistré|vu) la participation (des|de)\b.*"
            + _CS
            # Shown the finished text ("séance de restitution", "projet finalisé"), or only
            # listed among the participants.
            + r"|\b(restitution|texte (une fois )?arrêté)\b.*"
            + _CS
            + r"|"
            + _CS
            + r".*\b(restitution|projet finalisé|version finale|texte arrêté)\b"
            r"|\bparticipants\b[^.]*\b(comprenaient|incluaient|figuraient|étaient)\b.*"
            + _CS
            # « Le projet finalisé a été présenté aux associations … lors d'une réunion »
            + r"|\b(projet finalisé|version finale|texte arrêté)\b[^.;]*\bprésentée? (aux|à des) "
            r"associations\b",
        ),
        (
            "yes",
            # ("associées à la réalisation des actions": implementing it, not the drafting)
            _CS + r".*\b(consulté\w*|rédaction|élaboration|participé|associé\w*\b"
            # (nor « associée à la démarche »: involved, in no stated way; partial below)
            r"(?!\s+(à|au|aux)\s+(la\s+|l')?(réalisation|mise en œuvre|exécution|suivi|actions|"
            r"activités|programmes?|projets?|démarche))|ateliers?|propositions|contribué|"
            # (« … ont commenté un avant-projet du plan …, et leurs observations ont conduit à
            # l'ajout du domaine d'action 3 »)
            # (« Le RB-FPS … a commenté deux versions provisoires du Plan révisé »)
            r"ont élaboré|(a|ont) commenté (un|l'|les|deux|trois|plusieurs) (\w+ )?(avant-projet|"
            r"projets?|versions?))\b"
            r"|\b(consultation\w*|rédaction|élaboration|ateliers?)\b.*"
            + _CS
            + r"|\b(ateliers|assemblées|concertations|consultations|rencontres)\b[^;]*\bfemmes\b"
            r"[^;]*\b(propos\w+|projet de (plan|texte)|recommandations)\b"
            # « Le projet de Plan a été rédigé par un comité de rédaction réunissant des
            # représentants de douze ministères et de six associations »: a drafting body with
            # civil society among its members.
            # (« … a été élaboré entre janvier et novembre 2020 par un groupe de travail composé
            # de … et de six OSC »)
            r"|\b(rédigée?|élaborée?|préparée?|conduite?|menée?)( [^.;]{0,50}?)? par (un|une|le|"
            r"la) (\w+ )?(comité|"
            r"groupe|équipe|commission)\b[^.]*\b(comprenant|réunissant|composée?|associant|"
            r"incluant)\b[^.]*\b(associations|ONG|OSC|organisations de (la )?société civile|"
            r"société civile)\b"
            # (« Un comité technique restreint, présidé par la DPEG et comprenant des représentants
            # des ministères … ainsi que des OSC, …, a été mis en place en février 2020 pour
            # conduire le processus. »)
            r"|\b(comité|groupe|équipe|commission)\b[^.]*\b(comprenant|réunissant|composée?|"
            r"associant|incluant)\b[^.]*\b(associations|ONG|OSC|société civile)\b[^.]*\b(mise? en "
            r"place|créée?|constituée?|instituée?)\b[^.]*\bpour (conduire|piloter|mener|"
            r"accompagner|superviser) (le processus|l'élaboration|la rédaction)\b"
            r"(?! de (mise en œuvre|suivi))",
        ),
    ],
    "cs_implementation_monitoring": [
        (
            "no",
            # « La société civile n'y assume pas de rôle formel », « ne confie pas de
            # responsabilité d'exécution aux OSC », « ne leur confie aucun rôle »
            # (« ne prévoit pas, à ce stade, de rôle pour les organisations … »)
            r"^(?=.*" + _CS + r").*?\b(ne\s|n')\s*(\w+\s+){0,2}(pas|aucune?)(\s*,[^,.;]{1,30},)?\s+"
            r"(de\s+|d')?(rôle|"
            r"responsabilité|fonction|mission)s?\b"
            r"|\baucun rôle\b.*"
            + _CS
            + "|"
            + _CS
            + r".*\baucun rôle\b|\b(ne |n')(prévoit|confie|attribue|donne) (aucun rôle|aucune "
            r"(fonction|mission)|pas de (rôle|fonctions?))\b.*"
            + _CS
            # "le plan ne confie aux organisations non gouvernementales aucun rôle"
            + r"|\b(ne |n')(prévoit|confie|attribue|donne|reconnaît) (pour |à |aux |à la )?"
            + _CS
            + r"[^.]{0,30}\b(aucun rôle|aucune (fonction|mission)|pas de (rôle|fonctions?))\b"
            + r"|\bmise en œuvre\b[^.]*\b(incomb\w*|relèv\w*|revien\w*)\b[^.]*\b(exclusivement|"
            r"uniquement|seul\w*)\b"
            # « Les actions du plan sont exécutées exclusivement par les services techniques de
            # l'État »
            r"|\b(actions|activités|mesures)\b[^.;]{0,30}\b(sont|seront) (exécutées|mises en œuvre|"
            r"réalisées|conduites) (exclusivement|uniquement|seulement) par\b[^.;]*\b(services|"
            r"État|administrations?|ministères|structures (publiques|étatiques))\b"
            # « Le Plan confie la mise en œuvre et le suivi de ses actions aux seules structures
            # publiques »
            r"|\b(confie|confient|réserve)\b[^.;]{0,80}\b(aux seul(e)?s|exclusivement aux|"
            r"uniquement aux) (structures|services|administrations|institutions|ministères)\b",
        ),
        (
            # Civil society, the sentence's subject, in charge of actions: a role, whatever
            # « peut » follows.
            "yes",
            r"^\W*(\d[\d.]*\s+)?(les |la |des )?" + _CS + r"[^.;,]{0,40}\b(sont|est|seront|sera) "
            r"(chargée?s?|responsables?) (de|d'|du|des)\b",
        ),
        (
            "appeal",
            # (an invitation too: below a seat on the monitoring body)
            r"\b(appelle|exhorte|lance un appel|invite|encourage)\w*\b.*" + _CS,
        ),
        (
            "partial",
            r"\b(recommandé|recommande|accueill\w* favorablement)\w*\b.*"
            + _CS
            + "|"
            + _CS
            # (the "may" in the clause of civil society: not « Les ONG membres du comité
            # participent au suivi du plan … : elles … peuvent proposer »)
            + r"[^;:]*\b(peut|"
            r"pourra|pourront|peuvent|libres? de|de (leur|sa) propre initiative|rapport alternatif|"
            r"rapport parallèle|si elle le souhaite|voudront|en qualité d'observat\w*|à titre "
            r"d'observat\w*|"
            r"(sont|est|seront|sera) (encouragée?s?|invitée?s?|appelée?s?) à)"
            # (« Le dialogue avec la plateforme « Genre et Paix » se poursuivra pendant la mise en
            # œuvre »: talks, not a role)
            r"|\bdialogue (avec|entre)\b[^.]*" + _CS + r"[^.]*\b(se poursuivr\w+|continuer\w+)\b"
            # Meetings to exchange views on the implementation.
            # (« Le GTI rencontre toutefois deux fois par an les représentantes … de la Plateforme
            # société civile PAN 1325 dans le cadre d'un dialogue institutionnalisé, consacré à
            # l'état de la mise en œuvre »)
            r"|\b(rencontre|rencontrera|se réunit avec)\b[^.]*"
            + _CS
            + r"[^.]*\b(échanger|échange|dialogue)\b"
            # (« La PSC 1325, qui regroupe une vingtaine d'ONG, rencontre le GTI 1325 deux fois
            # par an pour un échange sur l'état de la mise en œuvre »)
            + r"|"
            + _CS
            + r"[^.]*\b(rencontre|rencontrera|rencontrent|se réunit avec)\b[^.]*\b(échanger|échang"
            r"e)\b",
        ),
        (
            "yes",
            # (« Les OSC sont chargées de mettre en œuvre … les actions de sensibilisation »)
            # (not « les associations féminines membres de la CELIAF »: members of their network)
            # (« [Le Groupe consultatif de la société civile] participe à l'examen annuel des
            # progrès du Plan et formule des commentaires écrits »)
            _CS + r".*\b(mise en œuvre|participent|participe (au suivi|à la mise en œuvre|à "
            r"l'examen (annuel )?(des progrès|du rapport|de la mise en œuvre))|membres "
            r"(du|de l'|de la) (comité|commission|groupe|conseil|instance|organe)|suivi "
            r"indépendant|rapport indépendant|mettent en œuvre|(sont|seront|est|sera) membres|"
            r"chargée?s? de mettre en œuvre)"
            r"\b|\b(mise en œuvre|suivi)\b.*\b(par|avec) les\b.*"
            + _CS
            + r"|\b(comité|commission|cellule|groupe)\b.*\b(comprend|est composée?|réunit)\b.*"
            + _CS
            + r"|"
            + _CS
            + r".*\b(exécut\w*|mettront en œuvre|met en œuvre|conduisent|conduiront|réalisent|"
            r"réaliseront)\b",
        ),
    ],
    "coordination_mechanism": [
        (
            "no",
            # (« Le présent plan ne prévoit ni organe de coordination propre ni dispositif … »)
            r"\b(ne crée|n'institue|ne prévoit) (pas|aucun|ni)\b.*\bcoordination\b"
            # « Le plan n'a pas institué de mécanisme de coordination. »
            r"|\bn'a pas (créé|institué|mis en place) (de |d')(mécanisme|organe|dispositif|comité|"
            r"instance)\b[^.;]{0,25}?\bcoordination\b"
            r"|\bn'est pas (créé|institué|mis en place) de (mécanisme|organe|dispositif|comité)\b"
            r"[^.]*\bcoordination\b"
            # « Il n'est pas créé, au titre du Plan, d'organe de coordination spécifique »
            r"|\bn'est pas (créé|institué|mis en place),[^.]{0,40}?,\s*(de |d')(mécanisme|organe|"
            r"dispositif|comité)\b[^.]*\bcoordination\b"
            # « Il n'est pas créé d'organe de coordination propre au présent plan. »
            # (« Il n'est pas créé d'instance de coordination spécifique … »)
            r"|\bn'est pas (créé|institué|mis en place) (de |d')(mécanisme|organe|dispositif|"
            r"instance|comit"
            r"é)"
            r"( spécifique| dédié| propre| particulier)? de coordination\b|\baucun "
            r"(mécanisme|organe|dispositif) (spécifique |dédié |propre |particulier )?de "
            r"coordination\b"
            # « aucun comité ni mécanisme de coordination spécifique n'est institué »
            r"|\baucun (comité|organe|mécanisme) ni (comité|organe|mécanisme|dispositif) de "
            r"coordination\b"
            # « Il n'existe pas de mécanisme de coordination propre au plan. »
            r"|\bn'existe pas(,[^,.;]{1,30},)? (de |d'un |d'une |d')(mécanisme|organe|dispositif|"
            r"comité|structure) "
            r"(spécifique |dédié |propre |particulier )?de coordination\b",
        ),
        (
            "yes",
            _BODY + r"\b.*\b(coordonn\w*|coordination|pilot\w*|orienter|suivre la mise en œuvre|"
            r"suivi du plan|chargé du suivi|veille à la mise en œuvre|(est |sera )?présidée? par)\b"
            r"|\b(est créé|sera créé|institué|mis en place)\b.*"
            + _BODY
            + r"|\bcoordonne\w* (la mise en œuvre|le plan)\b.*\b(à travers|par l'intermédiaire|au "
            r"moyen)\b.*" + _BODY,
        ),
        (
            "partial",
            r"\b(ministère|ministre|service|direction|secrétariat|division|département|unité|"
            r"bureau|commissariat)\b"
            r".*\b(coordination|coordonn\w*)\b"
            # "Elle coordonne … en s'appuyant sur un réseau de référents": no body.
            r"|\bcoordonn\w*\b.*\bréseau (de|des) (\w+ ){0,2}(référents|points focaux|"
            r"correspondants)\b"
            r"|\bpoints? focaux\b.*\bcoord(in|on)|\bcoord(in|on)\w*\b.*\bpoints? focaux\b"
            # « La coordination de la mise en œuvre du Plan est assurée par la DGPF (Direction …) »
            # (« Le pilotage du plan est assuré par la Direction des Nations unies … »)
            r"|\b(coordination|pilotage)\b[^.;]*\b(est|sera) assurée? par (le |la |l')?\s*"
            r"[^.;]{0,12}\b"
            r"(ministère|direction|service|secrétariat|département|division|cellule|unité)\b"
            # Seule une réunion annuelle pour faire le point sur le plan.
            r"|\bréunion\b[^.]*\b(une fois par an|chaque année|annuellement)\b[^.]*\b(faire le "
            r"point|examiner|passer en revue)\b",
        ),
    ],
    "cs_on_coordination": [
        (
            "no_but_meets",
            # (« Les OSC ne sont pas membres du comité, mais celui-ci les rencontre deux fois par
            # an »)
            r"\bne sont pas membres (du|de la|de l')\b[^.;]{0,60}\bmais\b[^.;]{0,60}\b(rencontre|"
            r"se réunit|consulte)\w*\b",
        ),
        (
            "yes",
            # (not "se réunit … avec les représentants de la Plateforme": meetings, below)
            # (nor a roll whose civil society comes after « Observatrices : »)
            # (« Présidé par la Ministre …, il regroupe les ministères …, ainsi que cinq
            # représentantes des OSC »)
            # (not « la Plateforme 1325, qui regroupe les OSC actives … »: a network's members)
            # (nor « La Plateforme société civile PAN 1325, qui réunit une quarantaine d'ONG »)
            r"\b(composé|comprend|compose|(?<!se )(?<!qui )réunit|(?<!qui )regroupe|"
            r"(?<!qui )rassemble|"
            r"membres?)\b"
            r"(?:(?!\bobservat\w+\s*:).)*" + _CS + r"|" + _CS + r".*\b(sont membres|siègent)\b",
        ),
        (
            "partial",
            _CS
            + r".*\b(observateur|observatrice)s?\b|\bassociés aux réunions\b|"
            + _CS
            + r".*\b(voix consultative|invitée?s? permanente?s?|sans droit de (vote|décision))\b"
            r"|\bvoix consultative\b.*"
            + _CS
            + r"|\b(sessions?|réunions?)\b.*"
            + _CS
            + r".*\binvitée?s?\b"
            # (« … sont invitées deux fois par an à une séance d'échange avec le GTI 1325 »)
            r"|" + _CS + r".*\b(invitée?s?|associée?s?)\b.*\b(sessions?|réunions?|séances?)\b"
            # (« … tient une session élargie à laquelle sont invitées les organisations de la
            # société civile »)
            r"|\b(sessions?|réunions?|séances?)\b[^.]*\binvitée?s?\b[^.]*"
            + _CS
            + r"|\bavec la participation (de la|des)\b.*"
            + _CS
            # "Le GI 1325 rencontre la Plateforme deux fois par an": meetings, not a seat.
            # (« se réunit deux fois par an avec … », « tient chaque semestre une séance de
            # concertation avec … »)
            + r"|\b(rencontre|rencontrera|se réuni\w* (\w+ ){0,5}avec|tient des réunions "
            # (« … tient une session élargie avec les associations de la société civile »)
            r"avec|tien\w* [^.;]{0,40}\b(séances?|réunions?|sessions?) (élargie |plénière |"
            r"conjointe )?(de concertation |d'échange |de dialogue )?avec)\b.*"
            + _CS
            + r"|"
            + _CS
            # (« Les OSC rencontrent le CNP une fois par semestre »)
            + r".*\b(rencontrent|rencontreront|rencontre|rencontrera|se réunit avec|"
            r"se réunira avec|se réunissent avec)\b (le |la |les |l')?"
            r"((\w+ ){0,3}" + _BODY + r"|(?-i:[A-Z][A-Z0-9]{1,8})\b)",
        ),
        (
            "no",
            r"\b(uniquement|exclusivement) (de |des )?(représentants )?(des |de l'|du )?(ministères"
            r"|départements|l'État|État|institutions|administrations?)|\b(composé|comprend)\b.*\b("
            r"ministères|départements|ministres|vice-ministres)\b"
            r"|\b(composé|comprend)\b.*\b(secrétaires généraux|représentants) des ministères\b"
            r"|\b(composé|comprend)\b.*\bminist[èe]re\b.*\bminist[èe]re\b",
        ),
        (
            "no_body",
            # (not "aucun mécanisme de suivi-évaluation": monitoring, not a body)
            r"\baucun (comité|organe|groupe|conseil|dispositif|mécanisme|cadre)\b(?! de suivi)"
            r"(?! d'évaluation)(?! de financement)[^.]*\b(n'a été|"
            r"n'est|ne sera|n'a pas été|n'ont été) (mis en place|créé|institué|prévu|installé)"
            # « Le plan ne crée pas d'organe de coordination », « il n'y aura pas de comité … »
            r"|\b(il n'y (a|aura) pas de|ne (crée|créera|prévoit|institue) (pas d'|ni )|n'est pas "
            r"(créé|institué|mis en place) (de |d'))\s*(organe|"
            r"comité|groupe|instance)\b",
        ),
    ],
}

ME = {
    # (« Les unités administratives responsables saisissent chaque année … les données … dans
    # l'outil de suivi »)
    "collect": r"\b(collect\w*|recueill\w*|compil\w*|transmett\w*|transmet|fourni\w*|saisissent|"
    r"saisit|"
    r"renseign\w*)\b.*\b(données|"
    r"(?<!pour )informations?|indicateurs)\b"
    r"|\b(compil\w*|consolid\w*|agrèg\w*|agrég\w*)\s+(ces |les |leurs |toutes les )?"
    r"contributions\b"
    # (« Les unités administratives … rendent compte chaque année … des valeurs atteintes pour
    # les indicateurs correspondants, au moyen d'un formulaire standardisé. »)
    r"|\bvaleurs atteintes (pour|par) (les |leurs )?indicateurs\b|\bau moyen d'un formulaire "
    r"(standardisé|type|de suivi|de collecte|de rapportage)\b"
    # « Les données sont collectées chaque trimestre par … »: le passif, les données d'abord.
    r"|\b(données|informations)\b[^.]{0,40}\b(sont|seront) (régulièrement )?(collectées|"
    r"recueillies|compilées)\b"
    # « Les ministères concernés communiquent au ministère …, au plus tard le 31 mars, une
    # contribution »: les institutions de mise en œuvre, chacune envoyant sa part.
    r"|\b(ministères|départements|institutions|structures|points focaux|comités|partenaires|"
    r"directions|services|organisations)\b[^.]{0,120}\b(communiqu\w*|transmett\w*|adress\w*|"
    r"envoi\w*|soumett\w*)\b[^.]*\b(contributions?|rapports?)\b",
    # "en rapport avec", "par rapport à": about, compared with; not a report.
    # (but « en rend compte »: it reports)
    "report": r"\b((?<!\ben )(?<!\bpar )rapports?|rend(ra|re|ent|ront)? compte|informe\w*|"
    r"bilans?)\b",
    "when": r"\b(annuel\w*|chaque année|tous les ans|semestriel\w*|trimestriel\w*|deux fois par "
    r"an|au plus tard le|avant le \d+|chaque (semestre|trimestre)|tous les (deux|trois|six) "
    r"(ans|mois)|biennal\w*|dans les \w+ (jours|semaines|mois) (suivant|qui suivent) la fin)\b",
    "none": r"\baucun (mécanisme|dispositif) (spécifique |distinct )?de suivi\b"
    # « Il n'existe pas non plus de dispositif de suivi-évaluation », « ne met pas en place de
    # mécanisme de suivi distinct », « ne prévoit ni dispositif de suivi propre ni rapports »
    # (« le PAN ne dispose pas d'un mécanisme de suivi et d'évaluation »)
    # (« Le plan ne comporte pas, à ce stade, de dispositif de suivi-évaluation. »)
    r"|\b(ne|n')\s*(\w+\s+){0,2}(pas|ni)(\s*,[^,.;]{1,30},)?\s+(\w+\s+){0,3}?(de |d'un |d'une |d')?"
    r"(dispositif|"
    r"mécanisme|système)s?\s+(spécifique |distinct |propre |formel )?de suivi"
    # (« Le présent plan ne prévoit ni organe de coordination propre ni dispositif spécifique
    # de suivi-évaluation. »)
    r"|\b(ne|n')\s*\w+ ni\b[^.;]*\bni (de |d')?(dispositif|mécanisme|système)s? (spécifique |"
    r"distinct |propre |formel )?de suivi"
    # (« … le présent Plan ne fait pas l'objet d'un dispositif de suivi-évaluation
    # spécifique »)
    r"|\bne fait pas l'objet d'un (mécanisme|dispositif|système) (spécifique |distinct )?de "
    r"suivi"
    r"|\b(ne prévoit|n'institue|ne crée|ne met en place) pas de (mécanisme|dispositif) "
    r"(spécifique |distinct )?de suivi\b"
    r"|\bn'est pas (institué|créé|mis en place) de (mécanisme|dispositif) (spécifique |distinct )?"
    r"de suivi\b",
}

FOCUS = {
    # (« La présente déclaration porte exclusivement sur l'action extérieure »: the document
    # by what it calls itself)
    "scope": r"\b(plan|PAN|il|elle|(présente|cette) (déclaration|stratégie|feuille de route))\b"
    r".*\b(porte (à la fois |exclusivement |principalement |tant |"
    r"essentiellement "
    r")?sur|concerne|s'applique|vise|couvre|portée|s'inscrit dans|s'adresse|est consacrée? à|"
    r"définit les "
    r"engagements|se concentre sur|est centré)\b|\bportée\b|\bchamp d'application\b"
    r"|\bdouble (dimension|portée)\b|^\s*(Il|Elle) (se concentre|est centrée?) sur\b"
    # (« Le plan comporte un volet international et un volet national. »)
    # (not « le Plan ne comporte pas de volet extérieur »)
    r"|\b(plan|PAN)\b[^.]*\bcomporte (un|deux|trois) volets?\b"
    # (« Le présent Plan comporte une dimension nationale, … et une dimension internationale »)
    r"|\b(plan|PAN)\b[^.]*\bcomporte (une|deux) dimensions?\b"
    r"|\b(plan|PAN)\b.*\bdéfinit (la contribution|l'action|l'engagement)\b",
    "exclude": r"\b(hors (du|de son) champ|ne relèvent pas (du|de ce|de son)|n'entrent pas dans "
    r"(le|son) champ|ne couvre pas|en dehors (du|de son) champ|ne traite pas (de|des|du)|ne porte "
    r"pas sur|ne concerne pas)\b"
    # "… les questions intérieures étant traitées par des stratégies nationales dédiées"
    r"|\b(nationale?s?|intérieure?s?)\b[^.;]{0,40}\b(dans|par|au moyen)\b[^.;]{0,25}\b(d'autres|"
    r"distincte?s?|dédiée?s?|spécifiques?|propres?)\b[^.;]{0,20}\b(stratégies?|plans?|"
    r"politiques?)\b"
    # « …; les questions d'égalité sur le territoire national relèvent de la Politique nationale
    # … », « … fera l'objet d'un plan distinct du ministère de la Défense »
    r"|\brelèvent? (de la|du|de l') ?(?!(?-i:Plan|PAN)\b)(?-i:[A-ZÉ])"
    # (« … les violences … commises sur le territoire national relèvent du Plan d'action
    # national de lutte contre toutes les formes de violence »: another plan)
    r"|\brelèvent? (du|de la) (?-i:Plan|Stratégie|Politique) (d'action )?nationale? de lutte\b"
    r"|\b(plan|stratégie|politique|programme) (distinct|séparé|propre|spécifique)e?\b",
    "both": r"\bà la fois\b|\bdouble (dimension|portée)\b"
    # « Le Plan couvre les interventions menées à l'échelle nationale ainsi que la contribution
    # de la Zarzanie à la paix et à la sécurité internationales »
    r"|\bà l'échelle nationale\b[^.;]{0,40}\bainsi que\b[^.;]*\b(internationales?|à l'étranger|"
    r"opérations de (maintien de la )?paix)\b"
    # (« Le plan comporte un volet international et un volet national. »)
    r"|\b(volet|dimension) internationale?\b[^.]*\b(volet|dimension) nationale?\b"
    r"|\b(volet|dimension) nationale?\b[^.]*\b(volet|dimension) internationale?\b"
    # ("le plan d'action national … et … internationales": the plan's name, not a scope)
    # (not « coopération de sécurité intérieure à l'international »: abroad)
    r"|\b(intérieure?(?! à l'international)|(?<!d'action )(?<!plan )nationale?)\b.*\bet\b.*"
    r"\b(extérieure?|étrangère|internationale?)\b|\b(extérieure?|étrangère)\b.*\b(et|ainsi "
    r"qu['’]?)\s?.*\b(intérieure?s?)\b(?! à l'international)"
    # « Le présent PAN II couvre l'ensemble du territoire national ainsi que la participation du
    # Rwimbo aux opérations de soutien à la paix »
    r"|\bterritoire national\b[^.]*\b(ainsi que|et)\b[^.]*\b(opérations (de maintien|de soutien)|"
    r"missions (de paix|internationales)|à l'étranger)\b"
    # « Le Plan s'applique tant à l'action internationale …, qu'à ses politiques intérieures »
    # (« Le PAN porte tant sur la politique extérieure … que sur des aspects de politique
    # intérieure »)
    # (« Le Plan d'action vise tant l'action internationale … que la situation, au pays, … »)
    r"|\btant (à|aux?|sur|dans|l['’]|le |la |les )[^.]*\bqu(e\s|['’]\s?)(à|aux?|sur|dans|l['’]|le |"
    r"la |les )",
    "domestic": r"\b(territoire national|sur (le|son|leur) territoire|territoire (du|de la|de l')|"
    # (« Le PAN 1325 couvre l'ensemble des douze départements du pays »)
    r"(départements|régions|provinces) du pays|l'ensemble du pays|"
    # (not "le Ministre de l'Intérieur": a ministry's name)
    # (not « les pays et régions touchés par un conflit »: abroad)
    # (not « coopération de sécurité intérieure à l'international »)
    r"(?<!Ministre de l')(?<!Ministère de l')intérieure?(?! à l'international)|"
    r"(?<!pays et )régions|provinces|"
    r"préfectures|l'ensemble du territoire|"
    r"réponse nationale|police nationale|situation nationale|"
    r"(dans|de) notre pays)\b",
    "international": r"\b(action extérieure|politique étrangère|extérieure?|opérations de (maintien"
    r" de la )?paix|coopération au développement|à l'étranger|pays partenaires|États fragiles|"
    r"pays (touchés|affectés) par (les|des) conflits|missions (internationales|de paix)|"
    r"engagement international|aide (publique )?au développement|diplomatie)\b",
    "own": r"\b(?:en|au|dans|à)\s+(?:(?:la\s+)?(?:République|Royaume)\s+(?:de\s+|du\s+|d['’])?)?"
    r"(?P<name>[\w'’-]+)",
}

_NAME = (
    r"(?P<name>(?:Ministère|Secrétariat|Service|Direction|Office|Commission|Département|SPF|"
    r"Bureau|Ministre|Institut|Agence|[ÉE]tat-major|Commissariat|Haut-Commissariat|Délégation)\b"
    # "Sous l'autorité de la ministre, l'état-major …": a name does not run on past ", le/la/l'"
    # nor into a relative clause (« …, qui s'appuie sur … »).
    # (nor across a verb: « … dont le secrétariat est assuré par la DRFF coordonne … »)
    r"(?:(?!,\s*(?:le\s|la\s|l'|l’|qui\s|dont\s)|\s(?:est|sont|sera)\s)[^.;:()])*?"
    r"|(?-i:[A-Z][A-Z0-9]{1,9}(?:-[A-Z0-9]+)?))"
)
LEAD = [
    # A department known by its own name (« Affaires extérieures Boréalie est le ministère
    # responsable du Plan. »)
    r"^(?P<name>(?-i:(?!Le\b|La\b|Les\b|Il\b|Elle\b|Ce\b|Cette\b)[A-ZÉ][\w'’-]+)(?:\s+[\w'’-]+){1,4})"
    r"(?:\s+\((?-i:[A-Z]{2,8})\))?\s+est\s+(?:(?:le\s+ministère|l'institution|le\s+département)\s+)?"
    r"responsable\s+(?:du|de\s+ce)\s+(?:présent\s+)?(?:plan|PAN)\b",
    # « Le MINFEF assure ainsi la coordination d'ensemble de la mise en œuvre du Plan », « Le
    # MGFE, à travers le SN1325, assure la coordination technique et le suivi de la mise en
    # œuvre du PAN »
    r"^(?:(?:Le|La|L')\s*)?(?P<name>(?-i:[A-Z][A-Z0-9/]{1,9}))(?:,\s+(?:à travers|par "
    r"l'intermédiaire d[eu]|via)\s+[^,]{2,40},)?\s+(?:assure|assurera)\s+(?:ainsi\s+|également\s+)?"
    r"la\s+coordination\s+(?:technique\s+|d'ensemble\s+|générale\s+|globale\s+)?(?:et\s+le\s+"
    r"suivi\s+)?de\s+la\s+mise\s+en\s+œuvre\s+(?:du|de\s+ce)\s+(?:présent\s+)?(?:plan|PAN)\b",
    # « Le MAEC assure le rôle de chef de file pour la mise en œuvre du présent plan », « Le
    # MPF/PE assure la coordination de la mise en œuvre du PAN »
    r"^(?:(?:Le|La|L')\s*)?(?P<name>(?-i:[A-Z][A-Z0-9/]{1,9}))\s+(?:assure|assurera)\s+(?:le\s+"
    r"rôle\s+de\s+chef\s+de\s+file\b|la\s+coordination\s+de\s+la\s+mise\s+en\s+œuvre\s+(?:du|de\s+"
    r"ce)\s+(?:présent\s+)?(?:plan|PAN)\b)",
    # A department known by its own name: « Affaires mondiales Boréalie dirige le Plan »
    r"^(?P<name>(?-i:(?!(?:Il|Elle|Ce|Cette|Le|La|Les|Chaque)\b)[A-ZÉ][\w'’-]+(?:\s+[\w'’-]+){1,3}"
    r"))"
    r"\s+(?:dirige|dirigera)\s+le\s+(?:présent\s+)?(?:Plan|PAN)\b",
    # « Le MPF/PE assure la maîtrise d'ouvrage du PAN »
    r"^(?:(?:Le|La|L')\s*)?(?P<name>(?-i:[A-Z][A-Z0-9/]{1,9}))\s+(?:assure|assurera)\s+la\s+"
    r"maîtrise\s+d'ouvrage\s+(?:du|de\s+ce)\s+(?:présent\s+)?(?:plan|PAN)\b",
    # « Le MINFECOF est l'administration chargée de la conduite et de la coordination de la mise
    # en œuvre du PAN »
    r"^(?:(?:Le|La|L')\s*)?(?P<name>(?-i:[A-Z][A-Z0-9/]{1,9}))\s+est\s+l'(?:administration|"
    r"institution|structure)\s+chargée?\s+de\s+la\s+(?:conduite|coordination|mise\s+en\s+œuvre)\b",
    # « La DSH préside le GTI 1325 et assure la coordination de la mise en œuvre du PAN »
    r"^(?:(?:Le|La|L')\s*)?(?P<name>(?-i:[A-Z][A-Z0-9]{1,9}))\s+préside\s+[^.;]{1,60}?\s+et\s+"
    r"assure\s+la\s+coordination\b",
    # An acronym as subject, without an article: « AMB est responsable de la coordination du
    # plan », « DFRE assure la direction de la mise en œuvre du PAN » (resolved through the list
    # of acronyms).
    r"^(?:(?:Le|La|L')\s*)?(?P<name>(?-i:[A-Z][A-Z0-9]{1,9}))\s+(?:est|sera)\s+(?:responsable|"
    r"chargée?)\s+de\s+la\s+coordination\s+(?:générale\s+|d'ensemble\s+)?(?:du|de\s+ce)\s+"
    r"(?:présent\s+)?(?:plan|PAN)\b",
    r"\b(?:Le|La|L')\s*"
    + _NAME
    + _ACRONYM_AFTER
    + r"\s+(?:assure|assurera)\s+la\s+direction\s+(?:de\s+la\s+mise\s+en\s+œuvre\s+)?(?:du|de\s+"
    r"ce)\s+(?:présent\s+)?(?:plan|PAN)\b",
    # "Le Ministère … (MCFE) a la charge de la mise en œuvre du présent Plan".
    r"\b(?:Le|La|L')\s*"
    + _NAME
    + _ACRONYM_AFTER
    + r"\s+(?:a|aura)\s+la\s+charge\s+de\s+la\s+(?:mise\s+en\s+œuvre|coordination)\b",
    # "La mise en œuvre du Plan relève du Ministère …, qui en est l'institution chef de file."
    r"\b(?:mise en œuvre|coordination|pilotage)\b[^.;]{0,40}?\brelève\s+(?:du|de la|de l')\s*"
    + _NAME
    + r"(?=,\s+qui\b|[.;]|\s*$)",
    # « La responsabilité politique de la mise en œuvre du présent Plan incombe au Ministère … »
    r"\bresponsabilité\s+(?:\w+\s+)?de\s+la\s+(?:mise\s+en\s+œuvre|coordination)\b[^.;]{0,60}?"
    r"\bincombe\s+(?:au|à la|à l')\s*" + _NAME + r"(?=[.,;]|\s*$)",
    # A department known by its own name, without « Ministère »: "Affaires mondiales Laurentie
    # dirige la mise en œuvre du Plan d'action" (the sentence's subject).
    r"^(?P<name>(?-i:(?!Le\b|La\b|Les\b|Il\b|Elle\b|Ce\b|Cette\b|Chaque\b)[A-ZÀ-Ý][\w'’-]+)"
    r"(?:\s+[\w'’-]+){1,4})"
    + _ACRONYM_AFTER
    + r"\s+(?:dirige|dirigera|pilote|pilotera)\s+la\s+mise\s+en\s+œuvre\s+(?:du|de\s+ce)\s+"
    r"(?:présent\s+)?(?:plan|PAN)\b",
    # (first: who answers for the plan outranks the unit that coordinates it day to day, « Le
    # MPPSPF est l'institution responsable du PAN » beside « La DGPF assure la coordination »)
    r"\b(?:Le|La|L')\s*"
    + _NAME
    + _ACRONYM_AFTER
    # (« La CNFA est l'institution nationale chargée de la mise en œuvre du présent Plan », « Le
    # MCFE est l'institution porteuse du Plan-cadre », « Le SPF REC est le pilote du présent
    # Plan »)
    + r"\s+(?:est|sera)\s+(?:l'(?:institution|organe|entité|administration|autorité)\s+"
    r"(?:nationale?\s+)?|la\s+structure\s+)?(?:responsable|(?:le\s+ministère\s+)?chef de file|"
    r"chargée? de la (?:mise en œuvre|coordination)|porteuse\s+(?:du|de\s+ce)\s+(?:présent\s+)?"
    r"(?:plan|PAN)|le\s+pilote\s+(?:du|de\s+ce)\s+(?:présent\s+)?(?:plan|PAN)\b|"
    r"(?:le\s+)?maître d'ouvrage|l'autorité de tutelle|le ministère de tutelle|l'institution de "
    r"tutelle|la structure de tutelle)",
    r"\b(?:Le|La|L')\s*"
    + _NAME
    + _ACRONYM_AFTER
    # (« Le Ministère …, qui assure la tutelle du PAN et …, a conduit cette révision »)
    + r"(?:,\s+qui)?\s+(?:en\s+)?(?:assure|assurera|est chargée?|sera chargée?|assume|"
    r"assumera)\s+(?:de\s+)?(?:la\s+|le\s+)?(?:responsabilité\s+de\s+la\s+)?(?:tutelle|"
    r"coordination|responsabilité\s+(?:générale|globale|d'ensemble|principale)|"
    r"pilotage|coordonner|maîtrise d'ouvrage|(?:le\s+)?lead\s+de|(?:le\s+)?leadership\s+de|"
    # « Le DRE assume la responsabilité de la mise en œuvre du PAN »
    r"mise\s+en\s+œuvre\s+(?:du|de\s+ce)\s+(?:présent\s+)?(?:plan|PAN)\b|"
    # "… assure la responsabilité de l'ensemble du plan".
    r"responsabilité\s+(?:de\s+l'ensemble\s+)?(?:du|de ce)\s+(?:présent\s+)?(?:plan|PAN)\b)",
    # "La coordination de la mise en œuvre du Plan est assurée par le Ministère …"
    r"\b(?:coordination|pilotage|conduite|tutelle|maîtrise d'ouvrage)\b[^.;]{0,80}?\s+(?:est|sera)"
    r"\s+assurée?\s+par\s+(?:le|la|l')\s*" + _NAME + r"(?=[.;]|,\s+(?:qui|dont)\s|\s*$)",
    # (« Le pilotage du plan est confié au SFRE, par l'intermédiaire de sa Direction … »)
    r"\b(?:coordination|pilotage|conduite|tutelle)\s+(?:du|de ce)\s+(?:présent\s+)?(?:plan|PAN)\s+"
    r"(?:est|sera)\s+confiée?\s+(?:au|à la|à l')\s*" + _NAME + r"(?=[.,;]|\s*$)",
    # "… est assurée par le gouvernement central, à travers le ministère ayant le genre, l'enfant
    # et la famille dans ses attributions": the ministry the government acts through.
    r"\b(?:coordination|pilotage|conduite|tutelle)\b[^.;]{0,80}?\s+(?:est|sera)\s+assurée?\s+par\s+"
    r"[^.;]{0,60}?,?\s+(?:à travers|par l'intermédiaire d[eu]|via)\s+(?:le|la|l')\s*"
    r"(?P<name>(?:ministère|ministre)\s+(?:ayant|qui a)\s+[^.;]{3,120}?\s+dans\s+ses\s+"
    r"attributions|" + _NAME[9:-1] + r")(?=[.;]|\s*$)",
    r"\b(?:Le|La|L')\s*"
    + _NAME
    + _ACRONYM_AFTER
    + r"(?:,\s+(?:en tant que|en sa qualité de|comme)\s+[^,]{3,90},)?"
    r"\s+(?:coordonne|coordonnera|pilote|pilotera)\b",
    # « Le Ministère … (MCFDF) porte le présent plan et en assure la mise en œuvre »
    r"\b(?:Le|La|L')\s*"
    + _NAME
    + _ACRONYM_AFTER
    + r"\s+(?:porte|portera)\s+(?:le\s+présent\s+plan|le\s+plan|le\s+PAN|ce\s+plan)\b",
    r"\bsous (?:la|l')\s*(?:tutelle|égide|coordination|conduite|autorité|responsabilité)\s+"
    r"(?:du|de la|de l')\s*" + _NAME + r"(?=[.,;]|\s*$)",
    # "Un groupe de travail, présidé par le Ministère X et réunissant …, coordonne le Plan":
    # the chair of the body that coordinates, not the bodies merely listed as its members.
    r"\bprésidée?\s+par\s+(?:le|la|l')\s*" + _NAME + r"(?=\s+(?:et\s+)?(?:réunissant|associant|"
    r"regroupant|comprenant)|,)[^.]*\b(?:coordonne|coordonnera|pilote|pilotera)\b",
]
INSTITUTION = (
    r"^(?:Le\s+|La\s+)?(?P<name>(?:Ministère|Département)(?: provincial| régional| fédéral)? "
    r"(?:de|du|des|à la|aux) [^.;:()\n]*)$"
)

PILLARS = (
    r"\b(?:s'articule|est structuré|s'organise|est organisé|repose|est articulé|est bâti|est "
    r"construit|se décline|reste organisé|reste structuré|demeure organisé|reste articulé|"
    # "Les tâches du Plan sont réparties en quatre groupes :"
    r"sont réparti|sont regroupé)\w*\s+"
    r"(?:autour (?:de|des)|en|sur|selon)\s+(?:les\s+)?(?P<n>\w+)\s+(?:axes|"
    r"piliers|objectifs|domaines|priorités|orientations|composantes|champs d'action|groupes|effets)"
    r"(?:\s+(?:stratégiques|généraux|globaux|"
    r"prioritaires|d'intervention|thématiques))?(?:\s+suivant\w*)?(?:\s+(?:de|du|des)\s+"
    r"[^:]{1,60}:|\s*:?)(?P<list>.*)$"
    r"|\b(?:comporte|comprend|poursuit|définit|retient|fixe|se concentre sur|est bâti sur|"
    r"reprend|conserve|maintient)\s+(?:les\s+)?(?P<n2>\w+)\s+(?:axes|piliers|objectifs "
    r"stratégiques|objectifs|domaines|priorités|"
    r"résultats stratégiques)[^:]*:(?P<list2>.*)$"
)
PILLAR_ITEM = (
    r"^(?:[-–—•*]\s*)?(?:axe|pilier|objectif|priorité|domaine|orientation|composante|"
    r"champ d'action|domaine d'action|groupe)"
    r"(?:\s+(?:stratégique|prioritaire|thématique|général|global|"
    r"d'intervention))?\s+(?:\w{1,4})(?!\.\d)\s*[-–—:.]\s*"
    r"(?P<name>[^|]+?)\s*[;.]?\s*$"
)
# ("les secours": the whole article, not "le" and a stray "s")
ARTICLES = r"^(?:(?:les|la|le|une|un)\s+|l['’]\s*)"
CONJUNCTION = "et"
BODY = _BODY
CS = _CS

NUMBERS = {
    "deux": 2,
    "trois": 3,
    "quatre": 4,
    "cinq": 5,
    "six": 6,
    "sept": 7,
    "huit": 8,
    "neuf": 9,
    "dix": 10,
}
