"""Spanish rules. See ``napkit.core.screening.lexicon`` for what each name holds."""

from __future__ import annotations

from napkit.core.screening.lexicon.names import ACRONYM_AFTER as _ACRONYM_AFTER

PAST = (
    r"\b(primer|anterior|antiguo)\s+(plan|PAN)\b|\b(plan|PAN)\s+(anterior|precedente)\b"
    r"|\bI\s+Plan\b|\bPAN\s*I\b(?!I)"
    r"|\b(el|del|al)\s+(primer|segundo|tercer)\s+plan\b|\bevaluación del\b"
    r"|\b(bajo|durante) el (primer|segundo|anterior) (PAN|plan)\b"
)
NEGATION = r"\b(no(?! gubernamental)|sin|ningún|ninguna|ni|nunca)\b"
WAS = r"\b(tenía|tenían|tuvo|tuvieron|había|hubo|era|eran|fue|fueron)\b"

_CS = (
    r"(sociedad civil|organizaciones (de mujeres|no gubernamentales|sociales|feministas)"
    r"|ONGD?s?\b|OSCs?\b|(red|alianza|movimiento|coordinadora|plataforma) (\w+ ){0,2}de mujeres"
    r"|asociaciones (de mujeres|feministas)"
    r"|organizaciones (comunitarias|de víctimas|juveniles|de base|de jóvenes)"
    r"|(plataformas?|redes?) (\w+ ){0,2}de mujeres|asociaciones de (víctimas|jóvenes))"
)
_BODY = (
    r"(comité|comisión|consejo|mesa|grupo de trabajo|secretaría técnica|instancia|red"
    r"|observatorio)"
)

RULES: dict[str, list[tuple[str, str]]] = {
    "budget": [
        (
            "spent",
            r"\b(se han|han sido|fueron|se habían|habían sido|se ha|ha sido) gastad\w*\b"
            r"|\bse gastaron\b|\bmontos? gastados?\b|\bgasto (efectivo|realizado)\b"
            r"|\bse (ejecutaron|ejecutó|invirtieron)\b",
        ),
        (
            "disbursed",
            r"\b(se han|han sido|fueron|se habían|habían sido|se ha|ha sido) (desembolsad|"
            r"ejecutad|transferid)\w*\b|\bmontos? (desembolsad|ejecutad)\w*\b",
        ),
        (
            "appropriated",
            r"\bley (\w+ )?del? presupuestos?\b.*\b(asign\w*|consign\w*|aprop\w*|partida)\b"
            r"|\b(consignad|apropiad)\w*\b.*\bley (\w+ )?del? presupuesto",
        ),
        (
            "allocated",
            r"\bpresupuesto asignado\b|\b(ha|han) (asignado|destinado)\b|\bse (le )?asign(a|ó|an)"
            r"\b.*"
            r"\bpresupuesto\b",
        ),
        (
            "costed",
            r"\bcosto (total )?estimado\b|\bcoste (total )?estimado\b|\bcosteo\b|\bcosteado\b"
            r"|\bbrecha de financiamiento\b|\basciende a\b.*\bmillones\b",
        ),
        (
            "none",
            r"\bsin (un )?presupuesto (específico|propio|adicional)\b|\b(sin|ninguna) (una )?"
            r"partida (presupuestaria )?(específica|propia)\b|\bno (cuenta con|dispone de|"
            r"tiene) (un |una )?(presupuesto|dotación( presupuestaria)?|partida( presupuestaria)?|"
            r"asignación( presupuestaria)?) (específic[oa]|propi[oa]|dedicad[oa])\b"
            r"|\bno se (ha|han) asignado\b.*presupuesto",
        ),
        (
            "mentioned",
            r"\bcon cargo a\b|\b(será|serán) atendid[oa]s? con\b|\bse (atenderá|financiará) con\b"
            r"|\bfinanci\w*\b.*\b(presupuestos? (institucionales|ordinarios)|"
            r"cooperación internacional|recursos)\b|\bmoviliz\w*\b.*\brecursos\b|\bfondo "
            r"fiduciario\b|\b(con|de) sus (propios )?(recursos|presupuestos)\b|\bgestion\w* "
            r"recursos (adicionales|externos|complementarios)\b",
        ),
    ],
    "indicators": [
        (
            # "Las acciones del objetivo 3 no tienen indicadores": some have none (partial).
            "some_without",
            r"\b(acciones|medidas|objetivos?|ejes?|pilares?) (del |de la |de los )?(objetivo|eje|"
            r"pilar)?\s*\d[^.]*\bno (tienen|tiene|cuentan con|cuenta con|incluyen|están "
            r"acompañadas de)\b[^.]{0,20}\bindicador\w*",
        ),
        (
            "partial",
            r"\bindicadores?\b.*\b(solo|sólo|únicamente|algunas) (acciones|medidas)"
            r"|^(las )?acciones [\d.]+(, [\d.]+)* y [\d.]+ (cuentan|tienen|incluyen|disponen)\b.*"
            r"\bindicador\w*|\b(solo|sólo|únicamente) (las )?(acciones|medidas)\b.*\b(cuentan con|"
            r"tienen) (un )?indicador\w*"
            # "Las acciones de los ejes 1 y 2 cuentan con indicadores": some parts only.
            r"|\b(ejes|pilares|objetivos|áreas|líneas|lineamientos) \d+((, \d+)* y| a) \d+\b[^.;]*"
            r"\bindicador\w*",
        ),
        (
            "no",
            r"\bno (contiene|incluye|cuenta con|define|tiene) (todavía |aún )?indicadores\b"
            r"|\bsin indicadores\b",
        ),
        (
            "yes",
            r"\b(matriz de resultados|marco de resultados|marco lógico|matriz de seguimiento)\b.*"
            r"\bindicador\w*|\bindicador\w*\b.*\b(matriz|marco lógico)\b|\b(cada)\b.*\bindicador"
            r"|\b\d+ indicadores\b|^.*\bindicador\w*\b.*\|",
        ),
    ],
    "baselines_targets": [
        (
            "no_except",
            r"\b(sin|no|ningun\w*)\b.*\b(líneas? de base|metas)\b.*\b(salvo|excepto|con excepción"
            r"|a excepción|fuera) de\b",
        ),
        (
            "no",
            r"\bsin (líneas? de base (ni|y|o) metas|metas (ni|y|o) líneas? de base)\b|\bno "
            r"(contiene|incluye|establece|fija|define) (líneas? de base\b.*\bmetas|metas\b.*\b"
            r"líneas? de base)",
        ),
        (
            "no_baseline",
            r"\bsin líneas? de base\b|\bno (contiene|incluye|establece|fija|define)\b.*\blíneas? "
            r"de base\b",
        ),
        (
            "no_target",
            r"\bsin metas\b|\bno (contiene|incluye|establece|fija|define)\b.*\bmetas\b",
        ),
        (
            "partial",
            r"\blíneas? de base\b.*\b(por definir|por determinar|se establecerán|pendiente)\b"
            r"|\|\s*(por definir|por determinar|pendiente)\s*\|",
        ),
        (
            "yes",
            r"\blíneas? de base\b.*\bmetas?\b|\bmetas?\b.*\blíneas? de base\b",
        ),
        ("target_only", r"\bmetas?\b.*\b(para|al|hasta) \d{4}\b|\bmetas? \d{4}\b"),
    ],
    "regular_reporting": [
        (
            "yes",
            r"\binformes? (\w+ ){0,2}(anual|semestral|trimestral|bienal)\w*\b|\b(cada año|"
            r"anualmente|cada seis meses|semestralmente|cada dos años)\b.*\binform|\binform\w*\b.*"
            r"\b(cada año|anualmente|cada seis meses|cada dos años)\b",
        ),
        (
            "no",
            r"\bno se (elaborarán|prepararán|presentarán) informes\b|\bningún informe\b"
            r"|\bni (la elaboración|la presentación) de informes\b|\bno (contempla|prevé|incluye) "
            r"(la elaboración de )?informes\b",
        ),
        (
            "partial",
            r"\b(informes?|informar\w*)\b.*\b(periódic\w*|avance|ejecución|progreso)\b"
            r"|\brendi\w* cuentas\b",
        ),
    ],
    "public_reporting": [
        (
            "no",
            r"\bno (se )?(publicar\w*|hará públic\w*)\b|\bde carácter interno\b|\bcarácter "
            r"(reservado|confidencial)\b|\bno (será|serán) objeto de publicación\b"
            r"|\bni (la elaboración|la presentación) de informes\b|\bno (contempla|prevé|incluye) "
            r"(la elaboración de )?informes\b",
        ),
        (
            "yes",
            r"\binformes?\b.*\b(se publica\w*|publicad\w*|se hará público|sitios? web|portal)\b"
            r"|\b(publica|publicará)\b.*\binforme",
        ),
        (
            "partial",
            r"\binform\w*\b.*\b(congreso|asamblea|parlamento|cortes|senado)\b",
        ),
    ],
    "cs_design": [
        (
            "no",
            r"\bsin (una |ninguna |un )?(proceso de )?consulta\b|\bno se (realizó|celebró|llevó a "
            r"cabo) (ninguna )?consulta\b",
        ),
        (
            "partial",
            r"\bvalidación\b.*" + _CS + "|" + _CS + r".*\bvalid(ó|aron|ar|ación)\b"
            # Shown the finished text, or only listed among the participants.
            r"|" + _CS + r".*\b(borrador final|texto final|versión final|socializ\w+)\b"
            r"|\bparticipantes\b[^.]*\b(incluyeron|fueron|figuraban)\b.*" + _CS,
        ),
        (
            "yes",
            _CS + r".*\b(consult\w*|redacción|elaboración|participa\w*|aportes|talleres?|mesas "
            r"de trabajo|propuestas|aportaciones)\b|\b(consult\w*|redact\w*|elabora\w*|talleres?"
            r"|proceso participativo)\b.*"
            + _CS
            # Women consulted in local meetings whose proposals shaped the draft.
            + r"|\b(mesas|asambleas|talleres|foros|consultas|encuentros)\b[^;]*\bmujeres\b"
            r"[^;]*\b(propus\w+|borrador\w*|debatieron|aportaron)\b",
        ),
    ],
    "cs_implementation_monitoring": [
        (
            "no",
            r"\bningún (papel|rol)\b.*"
            + _CS
            + r"|\bno (prevé|asigna|atribuye|contempla|otorga) (un |una |ningún |ninguna )?(papel|"
            r"rol|funciones?)\b.*"
            + _CS
            # "La ejecución corresponde exclusivamente a las entidades del Estado".
            + r"|\b(ejecución|implementación)\b[^.]*\b(corresponde|compete|incumbe)\b[^.]*"
            r"\b(exclusivamente|únicamente|solo)\b[^.]*\b(entidades|instituciones|ministerios|"
            r"Estado|organismos|jurisdicciones|firmantes)\b"
            r"|\bsin que se prev\w+ (un|ningún) (rol|papel)\b.*" + _CS,
        ),
        (
            "partial",
            _CS + r".*\b(podrán|puede|pueden|podrá|libres? de|por (su )?propia iniciativa|"
            r"informe alternativo|informe sombra|(son|es|"
            r"están) (invitad|alentad|exhortad)[oa]s? a (contribuir|participar|apoyar))\b"
            # "insta a", not "instaló"; "llama a", not "llamada".
            r"|\binvita\w*\b.*" + _CS,
        ),
        (
            "appeal",
            # "insta a", not "instaló"; "llama a", not "llamada".
            r"\b(exhorta\w*|insta(n|rá|mos)?|llama(n|rá)?)\b.*" + _CS,
        ),
        (
            "yes",
            _CS + r".*\b(ejecu\w*|implementa\w*|monitoreo|seguimiento|veedur\w*)\b"
            r"|\b(seguimiento|monitoreo)\b.*\b(con|de) (las )?" + _CS,
        ),
    ],
    "coordination_mechanism": [
        (
            "no",
            r"\bno (se crea|se creará|se conforma|se conformará|se constituirá|establece|"
            r"existe)\b.*"
            r"\bcoordinación\b|\bningún (mecanismo|órgano) "
            r"(específico |propio )?de coordinación\b",
        ),
        (
            "yes",
            _BODY + r"\b.*\b(coordina\w*|seguimiento del plan|instancia de coordinación|mecanismo"
            r" de coordinación|presidid[oa] por|la preside)\b|\bse crea\b.*"
            + _BODY
            + r"|\bcoordina\w* (la aplicación|la ejecución|la implementación|el plan)\b.*\b(a "
            r"través|por medio|mediante)\b.*" + _BODY,
        ),
        (
            "partial",
            r"\b(ministerio|secretaría|dirección|oficina|cancillería|instituto|consejería)\b.*"
            r"\bcoordina\w*\b|\bpuntos? focal(es)?\b",
        ),
    ],
    "cs_on_coordination": [
        (
            "yes",
            r"\b(integrad[oa]|conformad[oa]|compuest[oa]|forman parte|miembros|integran|"
            r"componen|conforman)\b.*" + _CS,
        ),
        (
            "partial",
            _CS
            + r".*\b(observador\w*|invitad[oa]s?)\b|\breunión\b.*\bcon (la )?"
            + _CS
            + r"|\bcon (la )?participación de\b.*"
            + _CS,
        ),
        (
            "no",
            r"\b(exclusivamente|únicamente|solo|sólo) (por )?(instituciones|entidades|"
            r"representantes) (\w+ ){0,4}(del estado|del gobierno|de la administración)\b"
            r"|\b(integrad[oa]|conformad[oa]|compuest[oa])\b.*\b"
            r"ministerios?\b",
        ),
        (
            "no_body",
            r"\bno se (ha|han) (creado|constituido|establecido|instalado) (ningún|ninguna|un|una) "
            r"(comité|comisión|mesa|órgano|instancia|consejo)\b"
            r"|\b(ningún|ninguna) (comité|comisión|mesa|órgano|instancia|consejo)\b[^.]*"
            r"\b(se ha|ha sido|fue) (creado|constituid[oa]|"
            r"establecid[oa]|instalad[oa])",
        ),
    ],
}

ME = {
    "collect": r"\b(recopila\w*|recoge\w*|remit\w*|recolecta\w*|proporciona\w*|reporta\w*|"
    r"registra\w*)\b.*"
    r"\b(información|datos|indicadores|informe)\b",
    "report": r"\b(inform\w*|report\w*|rendición de cuentas)\b",
    "when": r"\b(anual\w*|cada año|semestral\w*|trimestral\w*|cada seis meses|a más tardar|"
    r"en el mes de|cada (semestre|trimestre)|cada (dos|tres) (años|meses)|bienal\w*)\b",
    "none": r"\bno (existe|se establece|prevé|contempla) (un |ningún )?(mecanismo|sistema) "
    r"(específico )?de (seguimiento|monitoreo)\b",
}

FOCUS = {
    "scope": r"\b(plan|PAN|ámbito)\b.*\b(se aplica|ámbito|dimensión|tiene por objeto|abarca|se "
    r"dirige|acción exterior|se refiere a|comprende|se centra en|se concentra en|se enfoca en)\b"
    r"|\bámbito de aplicación\b|\bdoble (dimensión|enfoque|vertiente)\b|^\s*Su ámbito\b"
    r"|\b(plan|PAN)\b[^.]*\b(orienta|instrumento de política)\b"
    r"|^\s*(Se centra|Se concentra|Se enfoca|Está centrado) en\b",
    "exclude": r"\b(fuera de su ámbito|fuera del ámbito|quedan? fuera|no abarca|no se ocupa de)\b",
    "both": r"\bdoble (dimensión|enfoque|vertiente)\b"
    r"|\b(interna|(?<!de acción )(?<!plan )nacional)\b.*\be\s+internacional\b|\btanto\b.*\b"
    r"(nacional|interno)\b.*\bcomo\b|\btanto\b.*\b(internacional|exterior)\b.*\bcomo\b.*\b"
    r"(nacional(es)?|internas?|internos?)\b",
    "domestic": r"\b(territorio nacional|políticas nacionales|nivel nacional|en el país|regiones|"
    r"territorios|interno|internas?|internos|todo el territorio|territorio de la república|"
    r"municipios|departamentos|"
    r"provincias|(en|de) nuestro país)\b",
    "international": r"\b(acción exterior|política exterior|operaciones de paz|operaciones de "
    r"mantenimiento de (la )?paz|organismos internacionales|cooperación "
    r"internacional|misiones de paz|en el exterior|países socios|Estados frágiles|misiones "
    r"internacionales|compromiso internacional|ayuda al desarrollo|diplomacia)\b",
    "own": r"\b(?:en|dentro de)\s+(?:la\s+República\s+(?:de\s+)?)?(?P<name>[\w'’-]+)",
}

_NAME = (
    r"(?P<name>(?:Ministerio|Secretaría|Oficina|Dirección|Instituto|Comisión|Consejería|"
    r"Cancillería|Ministra|Ministro|Agencia|Vicepresidencia|Consejo Nacional)\b[^.;:()]*?"
    r"|(?-i:[A-Z][A-Z0-9]{1,9}(?:-[A-Z0-9]+)?))"
)
LEAD = [
    r"\b(?:El|La)\s+"
    + _NAME
    + _ACRONYM_AFTER
    + r"\s+(?:es|será)\s+(?:la\s+|el\s+)?(?:entidad|institución|instancia"
    r"|ente|órgano)\s+rector",
    r"\b(?:El|La)\s+"
    + _NAME
    + _ACRONYM_AFTER
    + r"\s+(?:es|será)\s+(?:el\s+|la\s+)?(?:(?:entidad|institución|"
    r"instancia)\s+)?responsable\s+de\s+(?:la\s+)?"
    r"(?:coordinación|implementación|ejecución|seguimiento)",
    # "El Consejo Nacional de la Mujer, como ente rector de …, conduce la implementación".
    r"\b(?:El|La)\s+" + _NAME + r"(?:,\s+(?:como|en su calidad de|en tanto)\s+[^,]{3,90},)?\s+"
    r"(?:coordina|coordinará|lidera|liderará|conduce|conducirá)\b",
    r"\b(?:El|La)\s+"
    + _NAME
    + _ACRONYM_AFTER
    + r"\s+(?:tiene|tendrá)\s+a\s+su\s+cargo\s+la\s+(?:coordinación|"
    r"conducción|rectoría|dirección)\b",
    # "Corresponde al Ministerio …, por intermedio de la Dirección …, la conducción del Plan."
    r"\bCorresponde\s+(?:al|a\s+la)\s+" + _NAME + r",?\s+la\s+(?:conducción|coordinación|"
    r"rectoría|dirección|responsabilidad)\s+(?:general\s+)?del?\s+(?:Plan|PAN|presente)",
    r"\bEncargar\s+al?\s+" + _NAME + r"(?:,|\s+la\s+coordinación)",
    r"\b(?:El|La)\s+"
    + _NAME
    + _ACRONYM_AFTER
    + r"\s+(?:ejerce|ejercerá|asume|asumirá)\s+la\s+(?:rectoría|"
    r"coordinación|conducción|responsabilidad)\b",
    # "La coordinación del Plan corresponde al Ministerio …, que preside …".
    r"\b(?:coordinación|conducción|responsabilidad|rectoría)\s+(?:general\s+)?del\s+(?:Plan|PAN)"
    r"\s+(?:corresponde|compete|incumbe)\s+(?:al|a\s+la)\s+" + _NAME + r"(?=[.,;]|\s*$)",
    r"\bbajo (?:la\s+)?(?:coordinación|rectoría|liderazgo|responsabilidad|conducción) del?\s+"
    + _NAME
    + r"(?=[.,;]|\s*$)",
    # "Una mesa, presidida por el Ministerio X e integrada por …, coordina el Plan".
    r"\bpresidid[oa]\s+por\s+(?:el|la)\s+" + _NAME + r"(?=\s+(?:[ey]\s+)?(?:integrad|conformad|"
    r"compuest|que reúne)|,)[^.]*\b(?:coordina|coordinará|conduce)\b",
]
INSTITUTION = r"^(?:El\s+|La\s+)?(?P<name>(?:Ministerio|Secretaría) (?:de|del) [^.;:()\n]*)$"

PILLARS = (
    r"\b(?:se organiza|se estructura|se articula|se ordena|se divide|se agrupa|está organizado|"
    r"está estructurado|está ordenado)\s+(?:en|"
    r"alrededor de|en torno a)\s+(?:(?:los|las)\s+)?(?P<n>\w+)\s+(?:ejes|pilares|lineamientos|"
    r"objetivos|áreas|ámbitos|prioridades|componentes)(?:\s+(?:estratégic[oa]s|prioritari[oa]s|"
    r"temátic[oa]s|de actuación|de acción|de intervención))?(?:\s+(?:de|del)\s+[^:]{1,60}:|\s*:?)"
    r"(?P<list>.*)$"
    r"|\b(?:consta de|contiene|comprende|tiene|establece|fija|se centra en|define|"
    r"mantiene|conserva|retoma)\s+(?:(?:los|las)\s+)?(?P<n2>\w+)\s+(?:ejes|pilares|lineamientos|"
    r"objetivos estratégicos|objetivos|áreas|"
    r"prioridades)[^:]*:(?P<list2>.*)$"
)
PILLAR_ITEM = (
    r"^(?:[-–—•*]\s*)?(?:eje|pilar|lineamiento|objetivo|área|ámbito|prioridad|componente)"
    r"(?:\s+(?:estratégic[oa]|prioritari[oa]|temátic[oa]))?\s+(?:\w{1,4})(?!\.\d)\s*[-–—:.]\s*"
    r"(?P<name>[^|]+?)\s*$"
)
ARTICLES = r"^(el|la|los|las|un|una)\s+"
CONJUNCTION = "y"
BODY = _BODY
CS = _CS

NUMBERS = {
    "dos": 2,
    "tres": 3,
    "cuatro": 4,
    "cinco": 5,
    "seis": 6,
    "siete": 7,
    "ocho": 8,
    "nueve": 9,
    "diez": 10,
}
