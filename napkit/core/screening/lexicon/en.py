"""English rules. See ``napkit.core.screening.lexicon`` for what each name holds."""

from __future__ import annotations

from napkit.core.screening.lexicon.names import ACRONYM_AFTER as _ACRONYM_AFTER

PAST = (
    r"\b(previous|first|former|preceding|earlier|last)\s+(national\s+)?(action\s+)?plan\b"
    # ("the activities of the first RAN had no measurable indicators": a national or regional
    # plan by its acronym)
    r"|\b(previous|first|former|preceding|earlier|last)\s+(RAN|RAP)\b"
    r"|\bpredecessor\b|\bunder the (old|previous)\b|\b\w*NAP\s*I\b(?!I)|\b\w*NAP\s*1\b(?![.,]?\d)"
    r"|\b(the|our|its|of)\s+(first|second|third|fourth|fifth)\s+(national\s+)?(action\s+)?plan\b"
    # ("The second NAP was organized into three pillars", "In preparing the first and second
    # Action Plans, …")
    # (and "The first NAPWPS (2010–2016)")
    r"|\b(the|our|its|of)\s+(first|second|third|fourth|fifth)\s+(M?NAP\w*|RAN)\b"
    r"|\b(the|our|its|of)\s+(first|second|third|fourth)\s+and\s+(second|third|fourth|fifth)\s+"
    r"(national\s+)?(action\s+)?(plans|NAPs)\b"
    r"|\b(next|future|new) plan\b"
    # (not "monitoring and evaluation of the Plan", nor an evaluation to come: this plan's)
    r"|(?<!monitoring and )(?<!M&E and )\bevaluation of the\b"
    r"(?![^.;]*\b(will|shall|is to|are to)\b)"
    r"|\b(under|during|of|in) the (first|second|third|previous|former|preceding|earlier)\s+"
    r"(M?NAP|national action plan)\b"
    # A revised plan's earlier text, and what a review of it concluded.
    r"|\b(first|original|earlier|previous|former|initial) (edition|version) of (this|the) plan\b"
    r"|\b(review|evaluation|assessment) (concluded|found|showed|revealed)\b"
)
# ("Official Gazette, No. 118/21": a number, not a negation)
NEGATION = r"\b(no(?!\.\s*\d)|not|never|without|neither|nor|none)\b|n't\b"
WAS = r"\b(had|was|were|did|used to)\b"

# "may" the verb, not the month ("on 23 May 2023").
_MAY = r"(?<!\d )(?-i:may)(?! \d)"
_PLAN = r"(this|the)\s+(national\s+)?(action\s+)?plan"
_CS = (
    r"(civil[- ]society|women'?s (\w+ ){0,2}(organi[sz]ations|groups|networks?|platform|coalition"
    r"|associations?|movement)|women'?s rights organi[sz]ations"
    r"|non-?governmental|NGOs?\b|CSOs?\b|peace network|1325 network|public associations"
    # (a Central Asian plan's word: "non-commercial organisations")
    r"|non-?commercial organi[sz]ations"
    # (the British word: "third sector organisations")
    r"|third[- ]sector organi[sz]ations"
    r"|peace and security network|WPS (network|coalition|alliance|platform)"
    # Groups named by whom they gather: "women-led community organisations", "survivors'
    # associations", "faith-based organisations", "the Association of War Widows".
    r"|(women[- ]led|community[- ]based|faith[- ]based|grassroots|survivors'?|victims'?|"
    r"youth[- ]led|youth) (\w+ ){0,2}(organi[sz]ations|associations|groups|networks)"
    r"|(associations?|networks?|unions?|coalitions?) of (\w+ ){0,3}(women|survivors|victims|widows)"
    r"|councils? of churches|1325 (alliance|coalition|platform)"
    # ("QC1325 – Qaradani Coalition for 1325")
    # (not "the Steering Committee of the National Coalition for 1325": the state's own)
    r"|(?<!national )(alliance|coalition|platform|network) for (UNSCR |resolution )?1325"
    # "the National Council of Women" gathers women's organisations (not "the National Council
    # for Women", a government body in some countries), and its "women's committees".
    r"|(national )?councils? of women|women'?s committees"
    # "two delegates elected by the coalition": the civil-society group named before.
    r"|(delegates|representatives) (elected|designated|nominated|chosen) by the (coalition|"
    r"network|platform|alliance)\b)"
)
_BODY = (
    r"(committee|commission|council|working group|task ?force|steering group|platform|conference"
    r"|(follow-up|coordination|coordinating|reference|inter-?ministerial|interdepartmental|"
    r"advisory|consultative|technical|oversight|monitoring) group"
    # "the Inter-Ministerial Liaison Meeting on Women, Peace and Security"
    r"|(liaison|coordination|coordinating|inter-?ministerial|interagency|inter-agency) meeting"
    # "the Multisectoral Coordination Body for the Implementation of the Action Plan"
    r"|(coordination|coordinating|multi-?sectoral|inter-?ministerial|steering|national|"
    # ("The Operational Body coordinates the implementation of the Action Plan")
    r"(?-i:Operational|Executive)) body"
    # "A National 1325 Coordination Team is hereby established"
    r"|(coordination|coordinating|national|technical|inter-?agency|implementation|inter-?ministeri"
    r"al|interdepartmental|steering) team"
    r"|secretariat|board|forum|network)"
)

# A part of the plan that indicators are set for: "for each measure", "each of the outcomes".
_PART = (
    r"(result|objective|outcome|output|action|pillar|activity|measure|commitment|priorit(y|ies)|"
    r"goal|area)s?"
)
# An amount with its currency: "MVD 1.2 million", "$C 41.7 million", "€5 million".
# ("MVD 1.2", "US$ 3", "$12", "€ 4", and dollars of invented countries: "V$ 412.6")
_AMOUNT = r"(?:(?-i:[A-Z]{2,4})|US\$|(?-i:[A-Z]{1,3})[$¢]|\$\s?(?-i:[A-Z]{1,3})?|€|£)\s?\d[\d.,]*"

RULES: dict[str, list[tuple[str, str]]] = {
    "budget": [
        (
            "spent",
            # "Actual expenditure on NAP III activities … amounted to KVS 3,855 million"
            r"\bactual expenditure\b[^.]{0,80}\b(amounted to|totall?ed|reached|was)\b"
            # ("expenditures on the implementation of the measures of the Plan in 2021 – 2023
            # amounted to ZLK 38 412,6 thousand")
            r"|\bexpenditures? (on|for) (the )?implementation of\b[^.]{0,80}\b(amounted to|"
            r"totall?ed)\b"
            r"|\b(was|were|has been|have been|had been) spent\b"
            r"|\b(amounts?|sums?|expenditure) (actually )?spent\b"
            r"|\b(spent|has spent|have spent)\s+(a total of\s+)?"
            + _AMOUNT
            + r"[^.]*\bon\b"
            # "… expended a combined W$ 186.4 million on programmes attributed to this Strategy":
            # spending tied to the plan (not a donor project's, managed outside it)
            + r"|\b(spent|expended)\s+(a total of\s+|a combined\s+|some\s+)?"
            + _AMOUNT
            + r"[^.]*\b(under|to|for) (the|this) (plan|strategy|NAP|programme)\b"
            # "SRW 4.62 billion was executed on the eighteen tasks of the Plan"
            + r"|"
            + _AMOUNT
            + r"(\s(million|billion|thousand))?\s(was|were|has been|have been) (executed|expended|"
            r"utili[sz]ed)\b",
        ),
        (
            "disbursed",
            r"\b(had|have|has) been (disbursed|paid)( out)?\b|\bdisbursed to\b"
            # "VDH 41.7 million was disbursed from the state budget … for measures of the Plan"
            # ("Of this amount, KV1.2 million was released to DfCDYR by the Department of
            # Treasury")
            r"|" + _AMOUNT + r"(\s(million|billion|thousand))?\s(was|were|has been|have been) "
            r"(disbursed|paid out|released (to|by|in))\b"
            r"|\b(amount|funds?|budget) (disbursed|spent) (by|to|so far|as of)\b"
            # "the Government of X disbursed MVD 1.2 million to the Ministry"
            r"|\b(disbursed|paid out|released)\s+(a total of\s+)?" + _AMOUNT,
        ),
        (
            "appropriated",
            r"\bappropriat(ed|es|ion)\b.*\b(budget law|appropriations? act|state budget|finance "
            r"act|budget act)|\bappropriated in the (law|act) on the (\w+ )?budget\b"
            r"|\b(budget law|appropriations? act|finance act|state budget law)\b.*"
            r"\b(appropriat|provides?|allocat)"
            # ("Law Number 21 of 2023 concerning the State Revenue and Expenditure Budget for
            # Fiscal Year 2024 appropriates MRp 46.8 billion for the implementation of …")
            r"|\b(?-i:Law|Act)\b[^.;]{0,100}\b(?-i:Budget)\b[^.;]{0,60}\bappropriat(es|ed)\b"
            # ("Funds for the implementation of the activities in 2017 are provided by the Law on
            # the Budget of the Republic … in the amount of DRK 61,350,000")
            r"|\b(funds|resources|appropriations)\b[^.;]{0,80}\b(are|were|is|have been) provided "
            r"(by|in) the (?-i:Law) on the (?-i:Budget)\b"
            r"|\b(congress|parliament|the legislature|national "
            r"assembly) (has )?appropriated\b"
            # "In the State budget for 2018, an appropriation of TMK 350,000 has been entered …"
            r"|\b(state budget|budget law|finance act)\b[^.]{0,40}\ban appropriation of\b"
            # "An amount of 1,240.0 million altan required for the implementation of the measures
            # of the Programme in 2020 has been approved in the State Budget Law of Burgedia"
            # "… are appropriated by Law No. 04/L-251 on the Budget of the Republic … for 2014"
            r"|\bappropriated by (the )?law\b(?:[^.]|(?<=No)\.){0,40}\bon the budget\b"
            # "Funds for … 2018, in the amount of 61,900 talirs, have been provided in the Law on
            # the Budget of Brdava for 2018"
            r"|\b(provided|included|approved) in the (law|act) on the (\w+ )?budget\b"
            r"|\b(has been|have been|was|were|is|are) (approved|included|provided) in the "
            r"(state |national |annual )?budget law\b"
            # "The State Budget of Kartavia Law for 2024 appropriates KAL 1,240,000 to …"
            r"|\b(appropriates|appropriated)\s+(a total of\s+)?"
            + _AMOUNT
            # 'The Law "On the State Budget … for 2024" provides DRH 18.6 million under …'
            + r"|\blaw\b[^.]{0,30}?\bon the (state|national|federal) budget\b[^.]*\b(provides?|"
            r"allocates?|appropriates?)\s+(a total of\s+)?"
            + _AMOUNT
            # "SRW 6,340 million for the tasks of this Plan is included in the 2025 budget passed
            # by the National Assembly"
            + r"|\b(is|are|was|were|has been|have been) included in the (\d{4} )?"
            r"(state |national )?budget (passed|adopted|approved|voted) by (the )?(national "
            r"assembly|parliament|congress|legislature)\b",
        ),
        (
            "allocated",
            r"\b(has|have|had|is|are|been)\s+(allocated|earmarked|set aside)\b"
            r"|\ballocated\s+[A-Z]{2,4}\s*[\d.,]+|\b(dedicated|allocated) budget of\b"
            r"|^budget allocated (by|to|for)\b"
            # "the Government allocates to the Ministry …, from the Reserve Fund, the amount of
            # 3,400 thousand lei"
            r"|\b(allocates|will allocate|shall allocate|decided to allocate)\b[^.]{0,140}\b(the "
            r"amount of|a total of|an envelope of|the sum of)\s+[\w$€£]*\s?\d",
        ),
        (
            "costed",
            r"\b(estimated|total|indicative)\s+(total\s+|estimated\s+)?cost\b|\bcost(ed|"
            # (not "Preparation of the results framework and costing (November 2024)": a year)
            r"ing)\b.*\b(million|"
            r"billion|thousand|(?!(19|20)\d\d\b)[\d.,]{3,})|\bfunding gap\b|\bhas been costed\b"
            r"|\bcost of (delivering|implementing|implementation|the plan)\b.*\bestimated at\b"
            r"|\bestimated at [A-Z]{2,4}\s?[\d.,]+",
        ),
        (
            "none",
            r"\b(no|not have a|without a|without any)\s+(dedicated|specific|separate|earmarked"
            r"|own)\s+(budget|funding|funds)( line)?\b"
            r"|\bno budget (has been|was|is) (allocated|provided)\b"
            # ("…; a separate budget for the Plan is not provided.")
            r"|\ba (separate|specific|dedicated) budget for the (plan|NAP|action plan) (is|will) "
            r"not "
            r"(be )?(provided|envisaged|foreseen|allocated)\b"
            # "No separate (dedicated) funding from the State Budget is envisaged for …"
            r"|\bno (separate |specific |dedicated )?(\((dedicated|separate)\) )?funding\b[^.;]{0,"
            r"40}\b"
            r"(is|will be) (envisaged|provided|foreseen)\b"
            # "No separate budgetary allocation has been made for … this Plan."
            r"|\bno (dedicated |specific |separate |earmarked )?budgetary allocation\b"
            r"|\bno specific budget\b|\bno budget of its own\b"
            # ("As with its predecessors, this Plan does not have a dedicated budget.")
            r"|\bdoes not have (a|its own) ((dedicated|specific|separate) )?budget\b",
        ),
        (
            "mentioned",
            # (not "Districts covered by the district-level discussions")
            r"\b(funded|financed|met)\s+(through|from|within|by|out of)\b"
            r"|\bcovered\s+(through|from|within|by|out of)\s+(the\s+)?([\w-]+\s+){0,3}(budgets?|"
            r"resources|funds|funding|allocations|appropriations|partners|donors|government|state|"
            r"ministries)\b"
            # "The Government … shall make provision for the resources required for implementing
            # this Action Plan through the regular annual programmes of the concerned ministries"
            r"|\b(make|makes|shall make|will make) provision for the (resources|funds|funding)\b"
            # ("The Government shall endeavour to provide the financial resources necessary for
            # the implementation of the Plan within the federal budget")
            r"|\bprovide the (financial )?(resources|funds|funding) (necessary|required|needed) "
            r"for\b"
            # "Each participating ministry shall reflect the budget required for its tasks in its
            # annual budget request"
            r"|\breflects? the (budget|funds|resources) required\b|\bin (its|their) annual budget "
            r"requests?\b"
            # "Funding for the implementation of the RAD P3AKS is charged to: …"
            r"|\b(funding|financing|costs?) (for|of) (the )?implementation\b[^.]*\b(is|are|shall "
            r"be|"
            r"will be) (charged|borne|met|covered)\b"
            r"|\b(seek|mobili[sz]e|raise)\s+(additional\s+|complementary\s+)?(funding|resources"
            r"|funds)\b"
            # "The implementing institutions will include the activities of the plan in their
            # annual budgets"
            r"|\binclude (the )?(activities|actions|measures) of the (plan|NAP)\b[^.]{0,20}\bin"
            r" their "
            r"(\w+ )?budgets\b"
            # "Financing of the measures … shall be carried out within the funds provided for in
            # the republican budget"
            r"|\b(financing|funding)\b[^.]{0,80}\b(shall|will) be (carried out|provided|ensured|"
            r"secured) (within|from|through|out of)\b"
            r"|\bmobili[sz]ation of (additional )?(funding|resources|funds)\b"
            # "This Plan will be costed after its adoption, and resources for its implementation
            # will be mobilised from the Government, development partners …"
            r"|\b(resources|funds|funding|financing)\b[^.]{0,40}\b(will|shall) be mobili[sz]ed\b"
            r"|\bwithin ((their|its|the) )?existing ([\w-]+ )?(budgets?|baselines|resources|"
            r"reference levels)\b"
            r"|\bexisting (budget lines|baselines|budgets)\b|\btrust fund\b"
            # "Line ministries will meet the cost of the actions from their own regular budgets."
            r"|\b(meet|cover|bear|absorb) the costs?\b[^.]*\bfrom\b[^.]*\bbudgets?\b"
            r"|\bfrom (their|its) own (regular |existing |annual )?(budgets?|resources)\b"
            # "The measures of the Plan shall be implemented using the appropriations approved for
            # the executing institutions in the State budget of the respective year."
            r"|\b(implemented|carried out|financed|funded) (using|with|from) the (appropriations|"
            r"allocations|funds|resources) (approved|provided|available) for\b"
            # "… finance the actions … from its ordinary budget", "from its allocations in the
            # general budget of the State".
            # ("… will finance the activities of this NAP from their regular development and
            # revenue budgets")
            r"|\bfrom (their|its) (ordinary|regular|annual|general)( [\w-]+){0,3} budgets?\b"
            r"|\bfrom (their|its) (budget(ary)? )?allocations in the\b"
            # "resourced by the lead departments from within their annual Estimates"
            r"|\b(resourced|funded|financed|met|covered)\b[^.]*\bfrom within\b"
            r"|\bwithin (their|its) (annual |existing |regular )?(Estimates|allocations|votes)\b"
            # "The activities … shall be charged against their respective GAD budgets".
            r"|\b(charged|chargeable)\s+(against|to)\s+(their|its|the)\s+(respective\s+|own\s+)?"
            r"([\w()-]+\s+){0,5}budgets?\b",
        ),
    ],
    "indicators": [
        (
            # "The actions under objective 3 have no indicators": some have none (partial).
            "some_without",
            # "…; indicators for the activities carried out by Regional Governments shall be
            # determined in the respective RAD PPPAKS": some have none yet.
            r"\bindicators for (the )?(activities|actions|measures|outputs)\b[^.;]{0,80}\b(shall|"
            r"will) be (determined|defined|developed|set|specified)\b|"
            # ("Indicators for the actions under Priority Areas 3 and 4 have not yet been
            # developed")
            r"\bindicators for (the )?((actions|activities|measures) under )?(the )?(priority |foc"
            r"us |"
            r"thematic |strategic )?(areas?|pillars?|objectives?|outcomes?) \d[\d, and]*\b[^.;]{0,"
            r"20}"
            r"\bhave not (yet )?been (developed|defined|set|agreed)\b|"
            r"\b(actions|activities|measures|objectives?|pillars?|outcomes?) (under |of |for )?"
            r"(objective|pillar|outcome|area)?\s*\d[^.]*\b(have no|has no|do not (yet )?have|does "
            r"not (yet )?have|(are|is) not (yet )?(measured|covered|accompanied)( by)?|without)\b"
            r"[^.]{0,20}\bindicators?\b"
            r"|\bfor (the )?(priority |thematic |focus |strategic )?(areas?|pillars?|objectives?|"
            r"outcomes?|priorities|axes|goals?) \d[\d, ]*(and \d+)?,? (there are )?no indicators\b"
            # "indicators for Objectives 4 and 5 will be developed during the first year"
            # ("Indicators for the actions under Goals 3 and 5 will be defined …")
            r"|\bindicators? for (the )?(actions|activities|measures) (under|of|in) "
            r"(the )?(objectives?|pillars?|outcomes?|areas?|priorit\w+|goals?) \d[^.;]{0,20}\b"
            r"(will|are to|remain to|have yet to) be (developed|defined|set)\b"
            # "the other actions do not yet have indicators"
            r"|\bthe other (actions|activities|measures) (do|does) not (yet )?have "
            r"(any )?indicators\b"
            # ("indicators for Priority Areas 3 and 4 will be developed …")
            r"|\bindicators? for (the )?((priority|thematic|strategic|focus) )?(objectives?|"
            r"pillars?|"
            r"outcomes?|areas?|priorit\w+|goals?) "
            r"\d[^.;]{0,20}\b(will|are to|remain to|have yet to) be (developed|defined|set)\b"
            # "No indicators have been set for the actions under Priority Areas One and Four";
            # "indicators for the remaining activities will be defined … during the first year"
            r"|\bno indicators (have been|were|are|will be) (set|defined"
            r"|developed)\b[^.;]{0,20}\bfor "
            r"(the )?(actions|activities|measures)\b"
            r"|\bindicators for the remaining (actions|activities|measures|interventions)\b[^.;]*"
            r"\b(will|shall|"
            r"are to) be (defined|developed|set)\b"
            # "… a result indicator has been set; for the other measures no indicator is set"
            r"|\bfor (the )?other (actions|activities|measures|objectives|tasks)\b[^.;]{0,20}\bno "
            r"(\w+ )?indicators? (is|are|has been|have been|was|were) (set|defined|established)\b"
            # "Tasks without a ★ have no performance indicators"
            r"|\b(actions|activities|measures|tasks|commitments) (without|not marked (with|by))\b"
            r"[^.;]{0,30}\b(have|has) no (\w+ )?indicators\b",
        ),
        (
            "partial",
            r"\bindicators?\b.*\b(only|some|a few|certain) (of the )?(actions|activities|measures)"
            r"|\b(only|some|a few) (actions|activities|measures) (have|include) indicators\b"
            # "Illustrative indicators are provided below for Commitments 1 to 4"
            r"|\bindicators?\b[^.;]*\bfor (the )?(commitments?|objectives?|outcomes?|pillars?|"
            r"areas?|priorities|goals?|actions) \d+ (to|and|–|-) \d+\b"
            # "Indicators have been developed for the key actions of Pillars 1 and 4."
            r"|\bindicators?\b[^.]*\bfor (the )?(\w+ ){0,2}(actions|activities|measures|"
            r"outcomes) (of|under|in) (pillars?|areas?|objectives?|outcomes?|priorit\w+) "
            r"\d+(, \d+)* and \d+\b"
            # "For priority areas 2 and 5, the Government has defined indicators"; "indicators
            # have been developed for priority activities only".
            r"|\bfor (the )?(priority |thematic |strategic |focus )?(areas|pillars|objectives|"
            r"outcomes|priorities|axes|goals) \d+((, \d+)* and| to) \d+\b[^.;]*\bindicators\b"
            r"|\bindicators\b[^.;]*\bfor (the )?(\w+ )?(actions|activities|measures|outcomes|"
            r"objectives) only\b"
            # "Indicators have been identified for the activities of the first, second and fourth
            # areas only."
            r"|\bindicators?\b[^.;]*\bfor (the )?(\w+ )?(actions|activities|measures)\b[^.;]{1,60}"
            r"\bonly\b"
            # "Indicators are provided for the actions for which data are available",
            # "Indicators have been set for 22 of the 47 specific measures".
            # (not "collects the information on the indicators for the measures for which it is
            # responsible")
            r"|\bindicators (are|have been|were|will be) (provided|set|defined|developed|given) "
            r"(only )?for (the )?(actions|activities|measures) (for which|where)\b"
            r"|\bindicators (are|have been|were|will be) (provided|set|defined|developed|given) "
            r"for (\d+|some|half|most|two|three|four|five|six|seven|eight|nine|ten|eleven|"
            r"twelve) of the (\w+ )?(\w+ )?(actions|activities|measures|objectives|outcomes)\b"
            r"|\bonly (the )?(actions|activities|measures)\b.*\b(have|has|include|carry) (an? )?"
            r"indicators?\b|^actions? [\d.]+(, [\d.]+)* and [\d.]+ (also )?(have|include|carry)\b"
            r".*\bindicators?\b",
        ),
        (
            "no",
            r"\b(does not|do not|doesn't) (yet |itself )?(contain|include|set|have|define) (any )?"
            r"(\w+ )?indicators\b"
            r"|\bno indicators\b|\bwithout indicators\b|\bcontains? no (\w+ )?indicators\b"
            r"|\b(are|is) not accompanied by (any )?indicators\b",
        ),
        (
            "yes",
            r"\b(results? framework|logframe|logical framework|results matrix|monitoring matrix)\b"
            r".*\bindicators?\b|\bindicators?\b.*\b(results? framework|logframe|results matrix)"
            r"|\b(each|every)\s+(of (the|its) ([\w'’]+ ){0,3})?" + _PART + r"\b.*\bindicators?\b"
            # ("The indicators of implementation of the measures of the Plan are set out in
            # section 4.")
            # ("The indicators in the matrix are accompanied by targets …")
            r"|\bindicators\b[^.;]{0,20}\b(in|of) the (action |results |monitoring )?matrix\b"
            r"|\bindicators\b[^.;]{0,80}\b(are|is) (set out|given|presented|listed) in (section|"
            r"annex|table|chapter|part) [\dIVX]"
            # ("For each Basic Area, the Plan sets out goals, specific measures, … and indicators")
            r"|\bfor (each|every)\s+(?-i:[A-Z])[\w-]+\s+" + _PART + r"\b[^.;]*\bindicators\b"
            # "… the indicators of achievement set out for each operational goal"
            r"|\bindicators?\b.*\b(for|under|to) (each|every)\s+(of (the|its) ([\w'’]+ ){0,3})?"
            r"([\w-]+ )?" + _PART + r"\b|\bmeasured by\b.*\bindicators?\b|\b\d+ indicators\b"
            # (a column "Indicator", or "Progress indicators": "No. | Action | Progress
            # indicators | Deadline | …")
            r"|^(outcome|result|objective|output|action)? ?\|?.*\bindicators?\b.*\|"
            # Indicators kept in a framework of their own: "measured against the indicators set
            # out in the Monitoring and Evaluation Framework, which is published separately".
            # "The evaluation criteria of the objectives and measures of the Plan and their
            # target values … are set out in the Annex" (the Baltic plans' word for indicators)
            r"|\bevaluation criteria\b[^.;]*\b(target values?|values of the criteria)\b"
            # "Evaluation criteria (value to be reached by the end of 2014)"
            r"|\bevaluation criteria\b\W{0,3}\(?\s*(target )?values? to be (reached|achieved)\b"
            r"|\b(measured|assessed|tracked) (against|through|using) (the |a set of )?(\w+ ){0,2}"
            r"indicators\b(?![^.]*\b(will|shall|are to) be (developed|defined|drawn up|set))"
            r"|\bindicators (set out|contained|defined) in (the|a|its) (\w+ ){0,3}framework\b"
            # "… on the basis of the progress indicators and target values set out in the Action
            # Plan"; "each ministry has defined its own objectives, actions and indicators".
            r"|\bindicators\b(?![^.;]*\b(will|shall|are to) be\b)[^.;]{0,40}\b(set out|laid down|"
            r"contained) in the (national )?"
            r"(action )?(plan|programme)\b"
            r"|\b(has|have) (defined|established|developed|set) (its|their) own\b[^.;]{0,40}"
            r"\bindicators\b"
            # Where the indicators are: "the progress indicators set out in Annex No. 2", "the
            # matrix in Chapter VII sets out the indicator"; and what they carry: "indicators,
            # each of which has a baseline value".
            r"|\bindicators?\b(?![^.;]*\b(will|shall|are to) be\b)[^.;]*\b(set out|listed|given|"
            r"shown|contained|included|presented) in (the )?(annex|appendix|matrix|table)\b"
            r"|\b(matrix|annex|appendix|table)\b[^.;]{0,60}\b(sets out|lists|gives|contains|"
            r"includes)\b[^.;]{0,80}\bindicators?\b"
            # "… using the indicators of the implementation matrix"
            r"|\bindicators of the (implementation |results |action |monitoring )?matrix\b"
            r"|\bindicators?\b[^.;]*\b(each of which has|with) (a |their )?baseline"
            r"|\b(strategic |performance )?metrics\b[^.;]*\bmeasure (the )?progress\b"
            r"|^Indicator\s*:\s"
            # "The ministries report on these indicators": indicators the plan has just listed.
            r"|\breport (on|against) (these|the above|the following) indicators\b",
        ),
    ],
    "baselines_targets": [
        (
            # "no baselines or targets, apart from …": some exist (partial, see
            # findings/framework.py).
            "no_except",
            r"\b(no|not|without)\b.*\b(baselines?|targets)\b.*\b(apart from|except|other than|"
            r"with the exception of|save for)\b",
        ),
        (
            "no",
            # "A framework with indicators, baselines and targets will be developed": none yet.
            r"\bbaselines? and targets\b,?[^.]*\b(will|shall|are to) be (developed|drawn up|"
            r"prepared|elaborated)\b|"
            # ("This Strategy itself contains no performance indicators, baselines, or targets")
            r"\b(no|without)\s+((\w+ )?indicators,?\s+)?(baselines?( values| data)?,? (or|and|nor) "
            r"(\w+ )?targets|(\w+ )?targets,? (or|and|nor) baselines?)\b"
            r"|\b(does not|do not|nor does (the|this) plan)\s+(yet |itself )?"
            r"(contain|include|set|establish|fix|define|have)\b.*"
            r"\b(baselines?( values| data)?,? (or|and|nor) (\w+ )?targets|targets,? (or|and|nor) "
            r"baselines)\b"
            # "It sets neither baselines nor targets."
            r"|\bneither\s+(\w+\s+)?baselines?\b[^.;]{0,30}\bnor\b[^.;]{0,30}\btargets?\b"
            # ("The action plan contains neither quantitative targets nor baselines.")
            r"|\bneither\s+(\w+\s+)?targets?\b[^.;]{0,30}\bnor\b[^.;]{0,30}\bbaselines?\b"
            # ("Nor are baselines or quantitative targets established for the objectives of the
            # plan.")
            r"|\bnor (are|were|have|has) (any )?baselines? (or|and|nor) (\w+ )?targets?\b"
            r"[^.;]{0,20}"
            r"\b(established|set|defined|determined|fixed|been)\b"
            r"|\b(have|has) not (yet )?(set|established|defined)\b[^.]*\bbaselines? (or|and|nor) "
            r"(\w+ )?targets\b"
            # "The indicators are not accompanied by baselines or numerical targets".
            # "Baseline and target values of the indicators are not established in this Action
            # Plan."
            r"|\bbaselines? (and|or) targets?( values| levels)?\b[^.;]{0,40}\b(are|were|have|has) "
            r"not "
            r"(yet )?(been )?(established|set|defined|determined|fixed)\b"
            r"|\b(are|is) not (accompanied by|provided with|given|linked to|matched with) (any )?"
            r"(\w+ )?baselines?( values| data)? (or|and|nor) (\w+ )?targets\b"
            # "Baselines and targets have not been set for the indicators in this plan."
            r"|\bbaselines?( values)? (and|or|nor) (\w+ )?targets?( values)? (have|has|were|are) "
            r"not (yet )?(been )?(set|established|defined|determined|fixed)\b",
        ),
        (
            # Baselines alone missing: partial beside targets, else no (see findings/framework.py).
            "no_baseline",
            r"\b(no|without)\s+baselines?\b|\b(does not|do not|will not|shall not|did not)\s+"
            r"(yet )?(contain|include|set|establish)\b.*\bbaselines?\b"
            # "Baseline values … were not determined when the Plan was adopted in 2020 and are not
            # set in this revision."
            r"|\bbaselines?( values| data)?\b[^.]*\b(are|were) not (determined|set|established)\b"
            r"[^.]*\bare not (set|determined|established) in this\b"
            # "Target values for 2026 are set for each indicator in Annex 1; baseline values have
            # not been established."
            r"|\bbaselines?( values| data)? (have|has) not (yet )?been (established|set|"
            r"determined|defined|measured)\b(?![^.;]*\b(will|shall)\b)",
        ),
        (
            "no_target",
            r"\b(no|without)\s+targets\b|\b(does not|do not|will not|shall not|did not)\s+"
            r"(yet )?(contain|include|set|establish)\b.*\btargets\b",
        ),
        (
            "partial",
            # "Baseline values are available for 11 of the 18 indicators"
            r"\bbaselines?( values| data)? (are|is) (available|set|given|known) for (only )?"
            r"(\d+|some|most|half|a few) of the\b|"
            r"\bbaselines?\b.*\b(to be (determined|established|defined|set|collected|generated|"
            r"measured|confirmed)|"
            r"will be (established|determined|set|measured|defined|collected|gathered|generated)|"
            r"TBD)\b",
        ),
        (
            # "Where the baseline is not available, it will be generated …": a negation of
            # its own, read as partial (findings/framework.py).
            "baseline_later",
            # ("… baseline values for indicators 4.1–5.3 shall be determined by the Ministry …")
            r"\bbaselines?( values?)? for (the )?(\w+ ){0,2}indicators?\b"
            r"([^.;]|(?<=\d)\.(?=\d)){0,40}"
            r"\b(shall|will|are "
            r"to) be (determined|established|set|collected|measured)\b|"
            r"\bbaselines?\b[^.]*\b((is|are) not (yet )?(available|given|provided)|not yet "
            r"available)\b"
            # "Baseline values were not collected for this cycle; the GED will establish them",
            # "Baseline data were not available …; the matrix therefore sets targets": missing
            # when the plan was drafted, to come or replaced by targets.
            # ("The matrix sets a target value for 2028 for each indicator; baseline values were
            # not collected … and will be established …")
            r"|(^|;\s*)\W*baselines?( values| data)? (was|were|have|has) not (yet )?(been )?("
            r"available|"
            r"collected|established)\b"
            r"[^.]*\b(will|shall|therefore)\b"
            # ("Targets are set for 2024; baseline values were not available at the time of
            # writing.")
            r"|(^|;\s*)\W*baselines?( values| data)? (was|were) not (yet )?(available|collected|"
            r"established) (at the time of (writing|drafting)|when the plan was (drafted|"
            r"written|adopted|prepared))\b"
            # "… the baseline is shown as "TBD" and will be determined through a survey".
            r"|\bbaselines?\b[^.,]{0,40}?\b(is|are) (shown|given|marked|entered|recorded)"
            r"( as)?\W{0,3}"
            r"(TBD|to be (determined|established|set|confirmed|defined))"
            r"|\|\s*(TBD\s*|to be (determined|established|set|measured|confirmed)\b[^|]*)\|",
        ),
        (
            "yes",
            r"\bbaselines?\b.*\btargets?\b|\btargets?\b.*\bbaselines?\b"
            r"|^.*\bbaseline\b.*\|.*\btarget\b"
            # "The indicators …, their initial values and target values are given below."
            r"|\b(initial|starting|reference) values?\b.*\btarget values?\b",
        ),
        (
            "target_only",
            r"\b(a |with a |each )?targets? (for|to be reached|set for|by) \d{4}\b"
            r"|\b(19|20)\d\d targets\b|\btargets? (19|20)\d\d\b|\btarget values? for (19|20)\d\d\b"
            # "For each indicator the matrix sets a target to be reached by 2022."
            r"|\btargets? to be (reached|achieved|met) (by|in) (the end of )?(19|20)\d\d\b"
            r"|\bvalues? to be (reached|achieved) (by|in) (the end of )?(19|20)\d\d\b"
            r"|\btarget (levels|values) (have been|are|were) set for (19|20)\d\d\b"
            # "a target to be reached by the end of fiscal year 2016/17"
            r"|\btargets? to be (reached|achieved|met) (by|in) the end of (the )?(fiscal year|"
            r"FY)\s?(19|20)\d\d\b",
        ),
    ],
    "regular_reporting": [
        (
            "yes",
            r"\b(annual|yearly|semi-annual|biannual|quarterly|"
            r"six-monthly)\s+(?-i:(?:[A-Z][\w-]*\s+)"
            r"{0,3})(progress\s+|implementation\s+|monitoring\s+|accomplishment\s+|status\s+|"
            r"results\s+|follow-up\s+|interim\s+|activity\s+|performance\s+|synthesis\s+)?"
            # (not "an annual review meeting … to take stock of progress": a meeting)
            r"(reports?|reporting|review(?! meeting))\b"
            r"|\breport\w*\b.*\b(every|each|once a|twice a)\s+(year|six months)\b"
            # ("We will publish a progress report on this Plan … each November")
            r"|\breports?\b[^.;]*\b(every|each)\s+(?-i:January|February|March|April|May|June|July|"
            r"August|September|October|November|December)\b"
            r"|\breport\w*\b[^.]*\bannually\b|\bannually\b[^.]*\breport\w*"
            # ("The MFA prepares an overview of the implementation of the action plan once a
            # year")
            r"|\boverviews?\b[^.;]*\b(implementation|progress)\b[^.;]*\b(once a year|every year|"
            r"each year|annually)\b"
            r"|\b(every|each|once a|twice a)\s+(year|six months)\b.*\breport\w*|\binform\w*\b.*"
            r"\b(once|twice) a year\b|\bannual report\b"
            r"|\breport\w*\b.*\bevery (second|two|other) years?\b|\bbiennial (progress )?reports?"
            r"|\bevery (second|two|other) years?\b[^.;]*\breport\w*"
            r"|\b(summary|summaries|account|review) of progress\b.*\b(each|every|once a) year\b"
            r"|\b(each|every|once a) year\b.*\b(summary|summaries|account) of progress\b"
            r"|\b(each|every|once a) year\b.*\b(statement|update|account)\b[^.]*\bprogress\b"
            # ("Each ministry submits the results of its tasks for the previous year, with data
            # on the indicators …, to MGEFA by the end of February each year.")
            r"|\b(submits?|transmits?|presents?)\b[^.;]{0,20}\b(the )?(results|information|data|"
            r"progress)\b[^.;]{0,150}\b(each|every) year\b"
            # ("… shall annually, before 1 February, submit to the Government … information on the
            # implementation of the Plan")
            r"|\bannually\b[^.;]{0,60}\bsubmit\w*\b[^.;]{0,120}\binformation on the "
            r"(implementation|progress)\b",
        ),
        (
            "no",
            # ("No separate progress report will be prepared on this Plan")
            # ("… no annual or other periodic progress reports shall be prepared on the
            # implementation of this Action Plan")
            r"\bno ((annual|periodic|regular|other|or) ){2,4}(progress |implementation )?reports?\b"
            r"[^.;]*\b(shall|will) be (prepared|produced|drawn up)\b|"
            r"\bno (separate |specific |dedicated |interim )?(progress |implementation )?reports?\b"
            r"(?! (is|was|has been) (published|made public))"
            # ("The NAP will not produce written progress reports; instead, …")
            r"|\bwill not (be )?(prepare|produce|"
            r"publish)\w* (any )?(separate |specific |written )?(progress )?reports\b"
            r"|\bno (regular )?"
            r"reporting\b"
            # "The plan does not envisage separate periodic progress reports."
            r"|\b(does|do|will) not (envisage|foresee|provide for|require)\b[^.;]{0,20}\b("
            r"(separate|specific|periodic|regular) )*(progress |implementation )?reports\b",
        ),
        (
            "partial",
            r"\b(will|shall)\s+report\b.*\bprogress\b|\bprogress\b[^.]{0,60}\b(will|shall) be "
            r"reported\b"
            r"|\breport\w* (on|to)\b.*\b(progress|"
            r"implementation)\b|\bperiodic(ally)?\b.*\breport|\bprogress reports?\b"
            r"|\breport\w*\s+(periodically|regularly|from time to time)\b"
            # ("The Coordinating Minister reports the implementation of the RAN P3AKS to the
            # President periodically.")
            r"|\breports?\b[^.;]{0,100}\b(periodically|from time to time)\W*$"
            # "… reports on the Plan to the Council of Ministers from time to time, as
            # developments require": reports without a rhythm.
            r"|\breport\w*\b[^.]{0,80}\b(from time to time|as (developments|circumstances) "
            r"(require|warrant)|on an ad hoc basis)\b",
        ),
    ],
    "public_reporting": [
        (
            "no",
            # (an "internal annual review" is not an internal report)
            # (not a logframe's baseline cell: "| Annual data published | Not published | …")
            r"(?<![|\t] )(?<![|\t])"
            r"\b(not|never) (be )?(published|made public|public)\b|\binternal\s+([\w-]+\s+){0,2}"
            r"reports?\b"
            # No report at all: "The plan does not envisage separate periodic progress reports."
            r"|\b(does|do|will) not (envisage|foresee|provide for|require)\b[^.;]{0,20}\b("
            r"(separate|specific|periodic|regular) )*(progress |implementation )?reports\b"
            r"|\bno (separate |specific |interim )?(progress )?reports?\b.*\b(prepared|produced|"
            r"published)\b"
            r"|\bno ((annual|periodic|regular|other|or) ){2,4}(progress |implementation )?"
            r"reports?\b[^.;]*\b(shall|will) be (prepared|produced|drawn up)\b"
            # No report at all: none to publish (the labelling rule).
            r"|\bwill not (prepare|produce|publish)\w* (any )?(separate |specific |written )?"
            r"(progress )?"
            r"reports\b"
            r"|\breports?\b[^.]{0,80}\b(internal use|are internal|is internal|remain internal|"
            r"for internal|official use)\b"
            # "The annual report … is not subject to publication."
            r"|\bnot (be )?subject to publication\b"
            # "… are used for internal policy review and are not disclosed to the public"
            r"|\b(are|is|will) not (be )?(disclosed|released|made available) to the public\b",
        ),
        (
            "yes",
            r"\b(reports?|statements?|updates?|overviews?|(summary|summaries|account) of "
            r"progress)\b.*\b("
            r"published|made public|"
            r"made available to the public|publicly available|posted online|posted on the "
            r"|disseminated to the public|"
            r"websites?|on the \w+'?s? "
            r"website|on the website of)|\b(publish|publishes|make public)\b.*\b(reports?|"
            r"(summary|summaries|account) of progress)\b"
            # "The results of the annual evaluation shall be disclosed to the public on the website"
            r"|\b(results|reports?|findings)\b[^.;]*\b(shall|will|are|is) (be )?disclosed to the "
            r"public\b"
            # "The generalised information on the state of implementation of the Plan is posted
            # on the official website of the Ministry"
            r"|\binformation\b[^.;]*\b(implementation|progress)\b[^.;]*\b(is|are|will be|shall be) "
            r"(posted|published|placed) on the (official )?website\b"
            # "A summary of the annual follow-up is published on the Government's website"
            r"|\b(summary|summaries) of the (annual )?(follow-up|monitoring|review|report)\b[^.]*\b"
            r"(published|made public|posted)\b"
            # "The annual progress report shall be launched at a public event … and distributed
            # to Parliament, the media and citizens."
            r"|\breports?\b[^.]*\b(launched|presented) at a public (event|ceremony|meeting)\b",
        ),
        (
            "partial",
            r"\b(reports?|letter)\b.*\b(submitted|presented|transmitted|sent|sends|forwarded?|"
            r"tabled|submit|present|transmit|send|table|shared|share|submits|presents|transmits|"
            r"forwards|"
            # ("The annual progress report will be placed before the Parliamentary Standing
            # Committee")
            r"tables|lays|placed|"
            r"provided|laid)\b.*"
            r"\b(parliament|council of representatives|house of (assembly|commons)|"
            r"parliamentary|congress|national assembly|assembly of the republic|cortes|congress of"
            r" deputies|chamber|senate|house of representatives|"
            r"legislat\w*|bundestag|storting|riksdag|folketing|eduskunta|sejm|diet|althing|knesset|"
            r"seimas|saeima|riigikogu|sabor|oireachtas|verkhovna rada|majlis|jatiya sangsad)\b"
            r"|\b(parliament|parliamentary committee)\b.*\b(receives|examines)\b.*\breports?\b"
            # "It reports annually on the implementation of the Action Plan to the Foreign Affairs
            # Committee of Parliament."
            r"|\breports? (annually |each year |regularly )?(on|to)\b[^.;]*\bcommittee of (the )?"
            r"(parliament|national assembly|congress|senate)\b"
            # "will periodically report to the appropriate congressional committees", "are
            # reported to the … Committee of the National Assembly".
            r"|\breport(s|ed)?\b (\w+ ){0,2}?to (the )?[^.;]{0,60}?\b(parliament|parliamentary|"
            r"congress|congressional|national assembly|assembly of the republic|cortes|congress of"
            # ("The Federal Government will report to the Federal Diet on the implementation")
            r" deputies|senate|legislature|diet)\b"
            # ("… to the Committee on Human Rights and Gender Equality of the National Assembly")
            r"|\b(submits?|presents?|transmits?|sends?|lays?)\b[^.]*\breports?\b[^.]*\b(to|before) "
            r"(the )?((\w+ ){0,2}(committee|commission)\b[^.]{0,80}\bof the )?(national )?"
            r"(parliament|bundestag|storting|"
            r"riksdag|national assembly|assembly of the republic|cortes|congress of deputies|congr"
            r"ess|senate|althing|knesset|seimas|saeima|riigikogu|"
            r"sabor|oireachtas|verkhovna rada|majlis|jatiya sangsad|lok sabha|"
            r"house of representatives|legislature)\b"
            # "Ministers will report to Parliament on progress every year", "reports tabled in".
            r"|\breport\w*\b[^.]{0,80}\bto (the )?parliamentary (standing |select )?committee\b"
            # "… to the Standing Committee on Foreign Affairs of the Landsting"
            r"|\breport\w*\b[^.]{0,120}\bto (the )?(standing|select) committee\b"
            # "The report is also shared with the Women, Family and Childhood Committee of the CoR"
            r"|\breports?\b[^.]{0,40}\b(shared with|forwarded to|submitted to|sent to|presented"
            r" to) "
            r"the [^.]{3,60}\b(committee|commission) of the (?-i:[A-Z][a-z]?[A-Z][A-Za-z]{0,4})\b"
            # "The report is forwarded to the Foreign Policy Committee of the Folkeråd": a
            # parliament's committee by its remit, whatever the parliament's name.
            r"|\breports?\b[^.]{0,60}\bto the (foreign (affairs|policy)|defence|gender equality) "
            r"committee of the (?-i:[A-Z])\w+"
            r"|\b(report|reports|reporting|account) (annually |each year |every year )?(to|before) "
            r"(the )?(parliament|bundestag|storting|riksdag|national assembly|assembly of the repu"
            r"blic|cortes|congress of deputies|congress|senate|"
            r"legislature)\b|\breports?\b[^.]*\btabled (in|before)\b"
            # ("The Minister for External Affairs will table each annual progress report in
            # Parliament.")
            r"|\btables?\b[^.]{0,60}\breports?\b[^.]{0,30}\b(in|before|to)\b[^.]{0,20}\b(parliament|"
            r"congress|senate|national assembly|legislature)\b"
            # "… will give an annual account of the implementation of the action plan to the
            # Folkting's Committee on Foreign Affairs": a parliament's committee, by its name.
            r"|\b(report|account)\w*\b[^.;]{0,80}\bto the (?-i:[A-Z])\w+'s (?-i:Committee) on\b"
            # Only the indicators' data put online: published data, not a published report.
            r"|\b(data|dashboard)\b[^.]*\b(published|made public|made available|posted|"
            r"updated)\b[^.]*\b(online|portal|website|statistical yearbook)\b"
            r"|\bpublish\w*\b[^.]*\b((monitoring|implementation|indicator|progress) data|data on "
            r"(the )?(implementation|progress|indicators)|values of the indicators|indicator "
            r"values)\b",
        ),
    ],
    "cs_design": [
        (
            "no",
            r"\bno (public |civil society |separate |specific |formal |dedicated )?consultations?\b"
            # "… it was not possible to hold consultations with civil society organisations"
            # (not "… it was not possible to hold consultations in the outer islands": some only)
            r"|\bnot possible to (hold|organi[sz]e|conduct|carry out) (any )?(public )?consultatio"
            r"ns? "
            r"(with|during)\b"
            r"|\bwithout (any )?consultation\b"
            r"|\bcivil society was not (consulted|involved)\b"
            # ("… consultations with public associations and other civil society organizations
            # were not held during its drafting")
            r"|\bconsultations?\b[^.;]{0,100}\b(were|was) not (held|organi[sz]ed|conducted)\b"
            r"|\bwithout (a |any )?(public |prior )?consultation( process)?\b"
            # "Public consultations with public associations were not held during its preparation."
            r"|\bconsultations?\b[^.;]{0,60}\b(were|was) not (held|conducted|organi[sz]ed)\b"
            # "the drafting committee did not hold consultations with civil society" (read from
            # "not", so that "did" does not make it a statement about the past)
            r"|\bnot (hold|conduct|organi[sz]e|carry out) (any )?(public )?consultations?\b"
            # "civil society organisations were not consulted on the revised text"
            r"|\b" + _CS + r"( \w+){0,2} (was|were) not (consulted|involved)\b"
            r"|\b(did not|was not|were not) consult(ed)? (with )?(the )?" + _CS,
        ),
        (
            # "The revision was undertaken by a joint Government–civil society review team":
            # civil society drafted it, whatever workshops followed.
            "yes",
            r"\bjoint\s+(government[–—-]\s*|government and\s+)?"
            + _CS
            + r"\s+([\w-]+\s+)?(team|task ?force|committee|working group|group)\b"
            r"(?=[^.]*\b(draft\w*|revis\w*|prepar\w*|developed|undertaken|written)\b)",
        ),
        (
            "partial",
            r"\bvalidation (workshop|meeting|session)\b.*" + _CS + "|" + _CS + r".*\bvalidat"
            # "The finalised draft … was presented for validation at a round table with …"
            # ("The finalised draft was presented for approval to representatives of … non-
            # governmental organisations at a round table")
            r"|\b(presented|submitted) for (validation|approval)\b.*"
            + _CS
            # Shown the finished text, or only listed among the participants.
            # (shown it: "whose recommendations shaped the final text" is a consultation, as are
            # consultations held and proposals taken in before the text was circulated)
            + r"|^(?![^.]*\b(consultations?|proposals)\b)[^.]*?"
            + _CS
            + r".*\b(presented|shown|shared|sent|submitted|circulated)\b.*\b("
            r"final(ised|ized)? (draft|text)|finished (draft|text))\b"
            r"|\b(final(ised|ized)? (draft|text)|finished (draft|text))\b.*\b(presented|shown|"
            r"shared|sent|submitted|circulated) (to|with)\b.*" + _CS + r""
            r"|\bparticipants\b[^.]*\b(included|were|comprised)\b.*"
            + _CS
            # "The Third Plan was prepared with the participation of 11 ministries, civil society
            # and experts": listed among participants
            + r"|\b(prepared|developed|drafted|elaborated) with the participation of \d+ [^.;]*"
            + _CS
            # "The Plan was developed by the Ministry of Social Policy with the participation of
            # central and local executive authorities, public associations, …"; "The preparation
            # of this RAN PPPAKS involved Ministries/Institutions, …, civil society organisations
            # and international development partners": listed among participants
            + r"|\b(prepared|developed|drafted|elaborated) by the (\w+ ){1,8}with the participatio"
            r"n "
            r"of (\w+ ){0,5}(authorities|ministries|institutions|bodies)\b[^.;]*"
            + _CS
            + r"|\b(preparation|development|drafting) of this\b[^.;]{0,40}\binvolved (the )?"
            r"(ministries|institutions|government)\b[^.;]*"
            + _CS
            # "Institutions and organizations that took part in the process include federal
            # ministries, …, CSOs, FBOs, academic institutions …": listed among participants
            + r"|\b(took part|participated) in the (drafting |development |preparation )?process "
            r"(include|included|were)\b.*"
            + _CS
            # "The following civil society organisations also participated in the process: …"
            + r"|\b(following|these) ([\w-]+ ){0,2}"
            + _CS
            + r"( \w+)? (also )?(participated|took "
            r"part) in the (process|workshops?|consultations?)\s*:"
            # (a sentence with consultations, above, is read as yes)
            # "The draft Plan was presented to non-governmental organisations for comments
            # before its submission to the Government": shown a draft, not drafting it.
            # (not "The HRS held consultations with 32 NGOs …; two drafts were circulated to NGOs
            # for written comments, and 46 of their proposals were included": consulted)
             + r"|^(?![^.]*\b(consultations?|proposals|recommendations)\b)[^.]*\bdrafts?\b[^.]*\b("
            r"presented|sent|submitted|circulated) to\b.*" + _CS + r".*\bfor (their )?comments?\b",
        ),
        (
            "yes",
            # ("Women's groups were asked …, and their answers shaped the outcome areas")
            _CS + r".*\b(their (answers|views|proposals|inputs?|priorities) (shaped|informed)|"
            # (not "took part in the distribution of aid": what they did in the conflict)
            r"consult\w*|drafting|drafted|wrote|(took part|participated)(?! in the (distribution|"
            r"delivery|restoration|provision|reconstruction|peace|ceasefire|negotiations))|contrib"
            r"uted|"
            # ("involved in the implementation" is a role in implementing it, not the drafting)
            # (not "the preparation of Kalahian women for service in the security sector")
            r"workshops?|prepared|preparation(?! of (\w+ ){0,2}(women|girls|personnel))|"
            # (not "… but they are rarely involved in the planning of humanitarian response")
            r"(?<!rarely )(?<!seldom )involved(?!(,[^,.;]{0,20},)? (in (the )?(\w+ )?("
            r"implementation|"
            r"implementing|monitoring|delivery|programmes?|programs?|activities|projects?|"
            r"initiatives)|as (co-?)?(executors|implementers|implementing partners)))|commented|"
            r"proposals)\b|\b(consult\w*|"
            r"drafting|drafted|prepared|developed|workshops?)\b.*"
            + _CS
            # "… more than 350 individuals and 72 organisations contributed to the content of this
            # Plan through written submissions, roundtables … and online consultations"
            + r"|\borgani[sz]ations\b[^.;]{0,40}\bcontributed to the (content|development|drafting|"
            r"preparation) of (this|the) (plan|NAP|action plan)\b[^.;]*\b(consultations?|"
            r"submissions|roundtables|workshops)\b"
            # Women consulted in assemblies whose proposals shaped the draft.
             + r"|\bwomen'?s (assembl\w*|consultations?|hearings?|forums?)\b.*\b(recommendations|"
            r"proposals|draft\w*)\b|\b(assembl\w*|workshops?|consultations?|hearings?)\b[^;]*"
            r"\bwomen\b[^;]*\b(proposed|recommendations|draft\w*)\b"
            # "A draft of this Plan was released for public consultation"
            r"|\bdraft\b[^.]*\b(released|published|opened|put out|issued) for public "
            r"consultation\b|\bpublic consultation (on|of) the draft\b"
            # "held eight listening sessions with more than sixty civil society organizations"
            r"|\b(listening sessions?|round ?tables?|town halls?)\b.*"
            + _CS
            # Meetings where women's groups set the priorities that became the plan's.
            + r"|\b(meetings|hearings|dialogues|focus groups)\b.*"
            + _CS
            + r".*\b(discussed|identified|proposed|shaped|informed|prioriti[sz]ed)\b"
            # "The working group included representatives of the six ministries, … as well as the
            # 1325 Network": the drafting group (the body that coordinates "includes")
            + r"|^\W*the ([\w-]+ ){0,2}(working group|group|committee|team|task force)\s+(included|"
            r"comprised|was composed of|brought together)\b.*"
            + _CS
            # "The Plan was drafted by a working group comprising … and six NGOs": a drafting
            # body with civil society among its members.
            + r"|\b(drafted|prepared|developed|written|led|conducted) by (a|an|the) ([\w-]+ ){0,3}("
            r"committee|group|team|task force|commission)\b[^.]*\b(comprising|including|bringing "
            r"together|made up of|composed of|with members from)\b[^.]*\b(associations|NGOs|CSOs|"
            r"civil society)\b",
        ),
    ],
    "cs_implementation_monitoring": [
        (
            "no",
            # "CSOs have no implementing or monitoring role under the Plan", "are not assigned
            # responsibility for actions", "are not implementing bodies of the NAP", "does not
            # assign implementation or monitoring responsibilities to civil society"
            r"^(?=.*" + _CS + r").*?\b(no|not)\b(?!\s+only)\s+((implementing|monitoring|formal|"
            r"assigned|or|\w+ing)\s+){0,4}(roles?|responsibilit\w+|bod(y|ies))\b|"
            r"^(?=.*"
            + _CS
            + r").*?\bdoes not assign\b[^.;]{0,60}\b(responsibilit\w+|tasks?|roles?)\b|"
            # "NGOs are not assigned the implementation of measures or any role in the monitoring"
            + _CS
            + r"[^.;]{0,20}\b(are|is|will be) not (assigned|given|entrusted with)\b[^.;]{0,60}\b("
            r"roles?|implementation|monitoring)\b|"
            # "Civil society organisations do not have responsibilities in the implementation"
             + _CS + r"[^.;]{0,20}\b(do|does|will) not (have|hold|bear|carry) (any )?(roles?|"
            r"responsibilit\w+|tasks?)\b|"
            # ("… non-governmental organisations are not implementing or monitoring parties to
            # this Action Plan")
             + _CS + r"[^.;]{0,20}\b(are|is) not (implementing|monitoring)( or (implementing|"
            r"monitoring))? "
            r"(parties|partners|bodies|actors)\b|"
            r"\bno (formal )?role\b.*"
            + _CS
            + "|"
            + _CS
            + r".*\b(no (formal )?role|not (be )?(assigned|given) any (formal )?role)\b"
            r"|\b(does not|will not) (give|assign|provide for|foresee) (any |a )?(formal )?"
            r"(role|functions?|tasks?)\b.*"
            + _CS
            # "the Action Plan does not assign non-governmental organisations a role", "…
            # civil society organisations …, and the Plan does not assign them a role"
            + r"|"
            + _CS
            + r"[^.]*\b(does not|will not|do not) (give|assign|grant) (them|it) (any |a )?"
            r"(formal )?(role|functions?|tasks?)\b"
            + r"|\b(does not|will not|do not) (give|assign|grant|provide) (\w+ ){0,2}"
            + _CS
            + r"( \w+)? (any |a )?(formal )?(role|functions?|tasks?)\b"
            # "Implementation rests exclusively with the ministries": no role for anyone else.
            + r"|\b(implementation|delivery)\b[^.]*\b(rests?|lies|is the responsibility of|is "
            r"reserved|falls?)\b[^.]*\b(exclusively|solely|only)\b[^.]*\b(state|government|"
            r"ministr\w+|public)\b",
        ),
        (
            # Civil society, the sentence's subject, responsible for actions: a role, whatever
            # "may" follows ("NGOs are responsible for several awareness-raising activities …,
            # and the working group may involve them as partners in other activities").
            "yes",
            r"^\W*(\d[\d.]*\s+)?(the )?" + _CS + r"[^.;,]{0,40}\b(are|is|will be|shall be) "
            r"(responsible for|in charge of|tasked with)\b"
            # "The civil society members of the Oversight Group will also prepare an independent
            # shadow report each year": members of the monitoring body, whatever they write.
            r"|^\W*(the )?"
            + _CS
            + r"[^.;,]{0,20}\bmembers of the (\w+ ){0,3}"
            + _BODY
            + r"\b[^.;]{0,30}\b(will|shall)\b(?! not)",
        ),
        (
            # A general appeal ("The Government calls upon civil society … to extend their
            # cooperation"): partial, unless a role is stated elsewhere
            # (findings/civil_society.py).
            "appeal",
            r"\b(calls? (up)?on|appeals? to|urges?)\b.*"
            + _CS
            # "Civil society organisations, … and the media are called upon to support …"
            + r"|"
            + _CS
            + r"[^.;]{0,80}\b(are|is) (called upon|urged|called on) to\b"
            # An invitation is an appeal too: below a seat on the monitoring body.
            r"|\b(welcomes?|invites?|encourages?)\b.*" + _CS,
        ),
        (
            "partial",
            # "The IMWG 1325 meets representatives of civil society … twice a year to discuss the
            # implementation": talks with the body, not a role in it.
            r"\b(meets?|will meet|shall meet)\b[^.;]{0,60}" + _CS + r"[^.;]*\b(to discuss|to "
            r"exchange|twice a year|once a year|each year|annually|every year)\b|"
            # (not "The working group may commission evaluations of women's organisations": a
            # "may" before civil society is not its own)
            r"\b(are invited|recommend\w*|(?-i:may) (also )?(engage|"
            r"involve|"
            r"invite|work with|partner with|draw on|call on))\b.*"
            + _CS
            + r"|"
            + _CS
            + r".*\b("
            + _MAY
            + r"|can|is welcome|are welcome|are free to|on (their|its) own initiative|"
            r"are invited|are encouraged|is encouraged|"
            r"alternative report|as observers|observer status|"
            r"shadow report)\b"
            # "The community may participate in the implementation of the NAP …"
            r"|\bthe (community|public) (may|can) (participate|take part|play a role) in the "
            r"implementation\b",
        ),
        (
            "yes",
            # (not "on ceasefire monitoring": women's groups in a peace process, not this plan)
            # (not "women's organisations in peace processes … the implementation of peace
            # agreements": theirs, not this plan's; not "important partners in our work on
            # women, peace and security": valued, with no role said)
            # (nor "advocating for the implementation of Resolution 1325": the agenda's)
            _CS + r".*\b(implement\w*(?! of (the )?peace (agreements?|accords?))(?! of (UNSCR |the "
            r"resolution |resolution |Resolution )1325)|"
            r"(?<!ceasefire )(?<!election )(?<!electoral )monitor\w*|"
            # (not "recognised and resourced as partners in peacebuilding": a vision of the
            # plan's results, no role in it)
            # ("Public associations … shall be involved, by agreement, as co-executors of the
            # measures of the Plan")
            r"carry out|deliver\w*|members? of the|(co-?)?executors? of|"
            r"(are|as|be|act as) (\w+ )?partners? in"
            # (nor "partners in those strategies": another policy's)
            r"(?! peacebuilding\b| peace\b| (those|these|that|other) )"
            r"(?! ([\w'’]+ ){1,2}(work|efforts|engagement) on)|"
            r"independent (review|report)|contribute to monitoring|review of progress|"
            # ("[The Civil Society Advisory Group] will review the draft annual progress report
            # each year and provide written advice")
            r"(will |shall )?reviews? (the|each|every) (draft )?(annual )?(progress|"
            r"implementation) reports?)\b"
            # "The IDWG will consider the Annual Civil Society Report Card prepared
            # independently by the WPS Coalition and respond in writing": an independent report
            # the body examines (the labelling rule).
            r"|\b(consider|examine|review|discuss)\w*\b[^.;]{0,80}\b(prepared|produced|submitted) "
            r"(independently )?by (the )?[^.;]{0,20}"
            + _CS
            # Civil-society members of the body that evaluates or monitors the plan.
            + r"|\b(evaluation|monitoring|review|follow-up|oversight) (committee|board|panel|group|"
            r"council)\b[^.]*\b(consists of|composed of|made up of|comprises|includes|members)\b.*"
            + _CS
            # (not "A Monitoring … Framework will be developed in consultation with civil
            # society": consulted on the framework, no role in monitoring)
            + r"|\b(implementing partners?|monitoring)\b((?!in consultation with).)*"
            + _CS,
        ),
    ],
    "coordination_mechanism": [
        (
            "no",
            # "No separate steering committee will be established for the KarNAP; …"
            r"\bno (separate |specific |dedicated |new )?(steering|coordination|coordinating|natio"
            r"nal) "
            r"(committee|body|mechanism|council|group)\b[^.;]{0,30}\b(will|shall) be (established|"
            r"created|set up)\b|"
            # ("No separate body or mechanism for coordinating the implementation of the Plan is
            # established.")
            r"\bno (separate |specific |dedicated |new )?(body|mechanism|structure)( or (body|"
            r"mechanism|structure))? for coordinat\w*\b[^.;]{0,80}\b(is|are|will be|shall be|has "
            r"been) (established|created|set up)\b|"
            r"\b(does not|will not|do not) (establish|create|set up)\b.*\bcoordination\b|\bno "
            r"((dedicated|specific|separate|formal|new|permanent) )?(coordination|coordinating) "
            r"(mechanism|body|structure)\b",
        ),
        (
            # A network of focal points is not a body: a ministry coordinating through it.
            "partial",
            # "… will coordinate the implementation of this Plan through the gender focal points
            # designated in line ministries"; "Coordination … is entrusted to the SCWFA, which
            # works with focal points designated by each executing body"
            r"\bcoordinat\w* (the |its )?implementation\b[^.;]*\bthrough (the )?([\w-]+ ){0,2}"
            r"(focal|contact) (points|persons)\b"
            r"|\bcoordination\b[^.;]*\b(is|shall be|will be) entrusted to\b[^.;]*\bfocal points\b|"
            r"\bcoordinat\w*\b.*\b(network|system) of ([\w-]+ ){0,2}(focal points|focal persons|"
            r"leads|contact points|champions)\b"
            # "… Directorate, which will coordinate delivery across the Government, working
            # through a named lead official in each contributing directorate"
            r"|\bcoordinat\w*\b[^.;]*\bworking through (a |the )?([\w-]+ ){0,2}(lead officials?|"
            r"focal points?|focal persons?|contact points?)\b"
            # "It will coordinate its implementation with the line ministries" (no body).
            r"|\bcoordinat\w* (its|the) implementation (of (the|this) (\w+ ){0,3})?with the "
            r"(\w+ ){0,2}(ministries|departments|agencies|focal points)\b"
            # "The MWYFA will coordinate the implementation of the Plan": a ministry (often by
            # its acronym), not a body; a body's acronym is spelt out first, and reads as yes.
            r"|^(\d[\d.]*\s+)?(The\s+)?((?-i:[A-Z](?:[a-z]?[A-Z]){1,9})|Ministry\b[^.,;]{0,80}|"
            r"(?-i:[A-Z][\w'’-]+)(\s+(?-i:[A-Z][\w'’-]+|and|of|for)){0,6}\s+(?-i:Ministry|Office|"
            r"Department))\s+(will |shall )?coordinates?\s+(the\s+)?implementation\s+of\s+"
            r"(the|this)\s+(national\s+)?(action\s+)?(plan|NAP)\b"
            # "Implementation of Ala Malu will be coordinated by the Ministry for Women … through
            # designated focal points": a ministry, in the passive.
            # (not "… coordinated by the MSA through the Working Group on …": a body, yes)
            r"|\bimplementation\b[^.;]{0,60}\b(is|will be|shall be) coordinated by (the )?"
            r"(?![^.]*\bthrough (the|its) [^.]*\b(group|committee|council|commission|team|forum|"
            r"platform)\b)(Ministry|Office|Department|Directorate"
            r"|(?-i:[A-Z](?:[a-z]?[A-Z]){1,9})\b)"
            # "The Ministry of Social Development and Labour shall ensure the coordination of the
            # activities of state bodies on the implementation of the Action Plan", "The
            # coordination of the implementation of the Plan is carried out by the Ministry …"
            r"|^(\d[\d.]*\s+)?(The\s+)?Ministry\b[^.,;]{0,80}\b(shall|will) ensure the coordinatio"
            r"n "
            r"of\b[^.;]{0,80}\bimplementation of the (national\s+)?(action\s+)?(plan|NAP)\b"
            r"|\bcoordination of the implementation of the (national\s+)?(action\s+)?(plan|NAP)\b"
            r"[^.;]{0,20}\b(is|shall be|will be) (carried out|ensured|provided) by the (Ministry|"
            r"Office|Department|Directorate)\b"
            # Only a yearly meeting to review the plan: "An interdepartmental meeting chaired by
            # the Department … will be held once a year to review the Plan."
            r"|\bmeeting\b[^.]*\b(once a year|annually|each year|every year)\b[^.]*\bto review\b"
            # "The ministries meet once a year, in an annual review meeting …, to review …"
            r"|\bmeet (only )?(once a year|annually|each year)\b[^.]*\b(review meeting|to "
            r"review)\b",
        ),
        (
            "yes",
            _BODY + r"\b.*\b(coordinat\w*|oversee\w*|steer\w*|monitor\w* the implementation|"
            r"responsible for (the )?(implementation|monitoring|coordination)|follows? up the "
            r"(plan|implementation)|to follow up the (plan|implementation)|is chaired by|will be "
            r"chaired by)\b"
            # (not "established by UN Security Council Resolution 1325", nor "Establish and
            # operationalise women's peace forums in 30 settlements": many local bodies)
            r"|\b(establish\w*|create\w*|set up)\s+(?!by\b)(an? |the )?([\w'’-]+ ){0,4}"
            + _BODY
            + r"(?!s\b)|"
            + _BODY
            + r"\b[^.]*\b(will be|shall be|has been|was|is) (established|created|set up)\b"
            + r"|\bcoordinat\w* (the )?(implementation|plan)\b.*\b(through|via|by means of)\b.*"
            + _BODY
            # "… coordinated by the MSA (Ministry of Social Affairs) through the Working Group on
            # Women, Peace and Security"
            + r"|\bcoordinated by\b[^.]{0,80}\bthrough (the|its) ([\w'’-]+ ){0,3}"
            + _BODY
            # "Delivery is overseen by the Interdepartmental Board …".
            + r"|\b(overseen|steered|coordinated|guided|monitored)( and (overseen|steered|"
            r"coordinated|guided|monitored))? by (the |an? )?([\w'’-]+ ){0,5}" + _BODY,
        ),
        (
            "partial",
            r"\b(ministry|office|department|directorate|agency)\b.*\b(will |shall )?coordinat\w*"
            r" (the )?(implementation|the plan|activities|actions|measures|work)"
            r"|\bfocal points?\b.*\bcoordinat"
            # "The Ministry of Social Policy is the coordinator of the implementation of the Plan."
            r"|\b(ministry|office|department|directorate|agency)\b[^.;]*\b(is|will be|shall be) "
            r"the coordinator of\b",
        ),
    ],
    "cs_on_coordination": [
        (
            "no_but_meets",
            r"\bnot (full )?members of the\b[^.;]{0,60}\bbut\b[^.;]{0,60}\b(meets?|will meet|consu"
            r"lts?|"
            r"holds? (regular )?meetings)\b",
        ),
        (
            "yes",
            # ("The members of the NSC-WPS are the OPPA, …, and two representatives of women's civil
            # society organizations")
            r"\b(composed of|made up of|comprises?|consists of|(will|shall) consist of|members? "
            r"include|membership|brings together|members (of (the )?[\w-]+ )?are|members will be|"
            r"has (\d+|\w+) members|"
            r"composition,? "
            r"(which )?(includes|comprises))\b.*"
            + _CS
            + r"|"
            + _CS
            + r".*\b(are|as|sit as|elected as)\b.*\bmembers? of the ("
            + _BODY
            + r"|(?-i:[A-Z][A-Z0-9]{1,9})\b)"
            # "Two representatives of civil society … sit on the NSC as full members"
            + r"|"
            + _CS
            + r"[^.;]*\b(sit|sits|will sit|shall sit)\s+on\s+the\s+("
            + _BODY
            + r"|(?-i:[A-Z][A-Z0-9]{1,9})\b)"
            # "Half of the members of the Oversight Group are drawn from civil society"
            r"|\bmembers?\b[^.]*\b(are|will be|is|shall be) (drawn|chosen|selected|nominated|"
            r"appointed) from\b.*"
            + _CS
            # "… is composed in equal numbers of representatives of the departments and of members
            # drawn from civil society organisations"
            + r"|\bcomposed\b[^.]{1,30}\bof\b.*\bmembers (drawn|chosen|selected|nominated) from\b.*"
            + _CS,
        ),
        (
            "partial",
            _CS + r".*\b(observers?|observer status|invited to (attend )?(the |its |a |an |one )?"
            r"(\w+ )?(meetings?|sessions?))\b|\b"
            + _BODY
            # ("The working group meets once a year with civil society organisations")
            + r"\b.*\bmeets?\b[^.;]{0,30}\bwith\b.*"
            + _CS
            # "The Committee will hold consultations with representatives of civil society
            # organisations twice a year": the body meets them, they hold no seat. (The subject
            # may be the body's acronym; findings/civil_society.py asks that the sentence
            # names the body.)
            + r"|^[^.;]{0,80}?\b(holds?|will hold|shall hold|convenes?|will convene|organi[sz]es?|"
            # ("The Interministerial Working Group will hold a joint session with the Civil
            # Society Consultative Forum twice a year")
            r"will organi[sz]e)\b[^.;]{0,30}\b(consultations?|meetings?|dialogues?|exchanges?|"
            r"sessions?)\b"
            r"[^.;]{0,20}\bwith\b.*"
            + _CS
            # ("The IMWG meets with civil society organisations and researchers twice a year")
            + r"|^[^.;]{0,80}?\b(consults?|will consult|shall consult|meets?|will meet|shall meet) "
            # ("… will meet with representatives of the WPSN-A (Women, Peace and Security
            # Network – Aldermere) twice a year")
            r"(with )?(the )?(representatives of )?(the )?((?-i:[A-Z])[\w'’-]+ )?"
            r"((?-i:[A-Z][A-Za-z0-9]*[A-Z][A-Za-z0-9]*(-[A-Z0-9]+)?) \([^.;()]{0,30}?)?"
            + _CS
            # "The Civil Society Advisory Group meets the WPS Implementation Committee twice a
            # year": meetings with the body, not a seat on it.
            + r"|"
            + _CS
            + r".*\b(meets?|will meet|holds? (regular )?meetings with)( with)? (the )?((\w+ ){0,3}"
            + _BODY
            # ("Representatives of the AWN meet the IDB twice a year")
            + r"|(?-i:[A-Z][A-Z0-9]{1,8})\b)"
            + r"|\bwith the participation of\b.*"
            + _CS
            # "an open session to which civil society organisations are invited".
            + r"|\b(sessions?|meetings?)\b.*"
            + _CS
            + r".*\binvited\b|"
            + _CS
            + r".*\b(advisory capacity|non-voting|without (the right to vote|voting rights)|"
            r"consultative (status|role|capacity))\b",
        ),
        (
            # No body at all: civil society cannot sit on it (see findings/civil_society.py).
            "no_body",
            r"\bno (steering |coordination |coordinating |national |inter-?ministerial )?"
            # (not "No mechanism for monitoring and evaluation … has been established")
            r"(committee|body|working group|mechanism)\b(?! (for|of) (the )?(monitoring|M&E|"
            r"evaluation|reporting)\b)[^.]*\b(has been|was|will be|is|were)"
            r" (set up|established|created)\b"
            # "There will be no separate steering committee for the Plan; the Bureau will …"
            r"|\bthere (is|are|will be|shall be) no (separate |dedicated |specific |distinct |"
            r"formal )?([\w-]+ ){0,2}(committee|body|working group|steering group|coordination "
            r"mechanism)"
            r"\b",
        ),
        (
            "no",
            r"\b(government representatives only|only government|exclusively (of )?(representative"
            r"s "
            r"of )?(the )?(government|state|public administration|ministries)|"
            r"officials only|only officials|civil servants only|only civil servants)"
            # ("The Working Group shall consist of deputy heads of the state administration
            # bodies listed in Annex 2")
            r"|\b(composed of|made up of|comprises|consists? of)\b.*\b(minist(e?r)\w*|"
            r"departments?|state (administration )?bodies)\b"
            # "Membership of the Steering Group is limited to officials of the seven partners"
            r"|\b(membership|members?)\b[^.]*\b(is|are|will be) (limited|restricted|confined) to "
            r"(\w+ ){0,2}(officials|civil servants|representatives of (the )?(government|"
            r"ministries|departments|federal)|government (institutions|bodies|agencies)|state "
            r"(institutions|bodies))\b"
            # "The members of the Committee are: the Ministry of …; the Ministry of …; …":
            # ministries listed (the rule checks that no civil society is among them).
            r"|\b(members|membership)\b[^.:]{0,80}\b(are|is|comprises?|include)\s*:\s*(the )?"
            r"(Ministry|Minister|State|Office|MIN[A-Z]+)\b"
            # "Its members are officials of the Ministry of …", "… one representative each of the
            # Ministry of Foreign Affairs, the Ministry of Defence, …"
            r"|\bmembers (are|will be|shall be)\s+(senior )?(officials|civil servants|"
            r"(one )?representatives?( each)?) of (the )?(Ministry|Ministries|Government)\b",
        ),
    ],
}

ME = {
    "collect": (
        # (not "submitted to the Government for information": for its knowledge)
        # (not "Illustrative indicators are provided below": shown, not supplied)
        # (nor "Indicators are provided for the actions for which data are available")
        r"\b(collect\w*|gathers?|compil\w*|provide\w*(?! below| above| in (the )?(annex|table)"
        r"| for the (actions|activities|measures))|"
        r"submit\w*|sends?|transmits?|forwards?)\b.*\b(data|(?<!for )information|"
        r"indicators?)\b|\breport\w*\b[^.]*\b(on|against) (the |their |its )?indicators\b"
        r"|\breports?\b[^.]*\b(data|figures) (for|on) the (\w+ )?indicators\b"
        # "the Secretariat compiles these contributions" (each partner's report on its part)
        r"|\b(compil\w*|consolidat\w*|aggregat\w*)\s+(these |the |their |all )?(contributions|"
        r"inputs|submissions|returns)\b"
        # "Institutions responsible for implementation submit reports on the activities
        # implemented to the Gender Equality Agency": each reports its part to the coordinator.
        r"|\b(submit\w*|send\w*|transmit\w*)\s+(their\s+|its\s+|annual\s+|quarterly\s+)?"
        r"reports?\s+on\s+(the\s+)?(activities|actions|measures)\b[^.]*\bto\s+the\b"
        # "Focal points enter quarterly data on the indicators … into the online monitoring
        # system managed by the Technical Secretariat"
        r"|\b(enters?|records?|uploads?|inputs?)\b[^.;]{0,40}\bdata\b[^.;]{0,80}\b(into|in|onto) "
        r"(the|an?) ([\w-]+ ){0,4}(system|database|platform|dashboard)\b"
        # "Data are collected quarterly by MDAs": the passive, data first.
        r"|\b(data|information)\b[^.]{0,40}\b(are|is|will be|shall be) (regularly |routinely )?"
        r"(collected|gathered|compiled)\b"
        # "MDAs, district local governments and CSOs submit annual reports to the MGLSD": the
        # implementing bodies, many, each sending its part up to the coordinator.
        r"|\b(ministries|MDAs|institutions|agencies|departments|focal points|committees|partners|"
        r"organi[sz]ations|governments|municipalities|counties|districts)\b[^.]{0,120}\b(shall |"
        r"will |must )?(submit|send|transmit|forward|provide)\s+([\w-]+\s+){0,3}(reports?|"
        r"contributions|inputs|returns)\b[^.]*\bto\s+the\b"
        # "Lead departments and agencies report to the CRU twice a year, … using a common
        # reporting template and the indicators in the results framework"
        r"|\breport (to|on)\b[^.]*\busing\b[^.]*\b(template|indicators|forms?|format)\b"
        # ("All partners report annually … on the results achieved … through the online NAP
        # monitoring tool; the NAP Secretariat … analyses these data")
        r"|\breport\w*\b[^.;]*\b(through|via|using|in|into) the (online )?([\w-]+ ){0,3}"
        r"(monitoring|"
        r"reporting) (tool|system|platform|database)\b|\banaly[sz]es? (these|the) data\b"
        # "Relevant ministries and agencies report on the implementation of the measures for
        # which they are responsible to MOFA by the end of June each year"
        r"|\b(ministries|agencies|departments|institutions|MDAs)( and (\w+ )?(agencies|"
        r"departments|institutions))? report (on|to)\b"
    ),
    "report": r"\b(reports?|reporting|inform\w*)\b",
    "when": (
        r"\b(annual\w*|yearly|each year|every year|once a year|twice a year|quarterly|"
        r"semi-annual\w*|every six months|by \d{1,2} \w+|in (january|february|march|april|may|"
        r"june|july|august|september|october|november|december)|biannual\w*|biennial\w*|"
        r"(each|every) (semester|quarter|half-year|(two|three|four|six) (months|years)|"
        r"[\w-]+-month period)|within (\w+|\d+) (days|weeks|months?) (of|after|following) the end "
        r"of)\b"
    ),
    "none": (
        r"\b(no|(does|will) not (have|establish|provide for|set up) an?|without an?)\s+"
        r"(separate |specific |dedicated |formal )?(monitoring|M&E|monitoring and evaluation)"
        r" (mechanism|framework|system)\b"
        # "No mechanism for monitoring and evaluation of the Plan has been established"
        r"|\bno (separate |specific |dedicated |formal )?(mechanism|framework|system) (in place )?"
        r"(for|of) (the )?(monitoring|M&E)\b"
    ),
}

FOCUS = {
    # The plan as the subject of a statement of what it covers.
    "scope": (
        # ("NAP-IV has an international component, … and a national component")
        r"\b(plan|programme|\w*NAP|it)\b[^.]*\bhas an? (international|national|domestic|external) "
        r"component\b|"
        # (a plan called a strategy: "The Strategy addresses the foreign policy, defense, …";
        # not "The Strategy, which covers all domestic policies, …": another one, described)
        r"^\W*(?-i:The|This) Strategy (applies|covers|addresses|concerns|focuses)\b|"
        r"\b(plan|programme|\w*NAP|it)\b.*\b(applies|covers?|"
        r"looks|concerns|is concerned with|"
        r"focus\w*|"
        r"addresses|scope|"
        r"instrument of|is a national (plan|mechanism)|as a national mechanism|"
        r"is directed|sets out (how|the (commitments|measures|actions|priorities))|guides|governs|"
        r"dimensions?|"
        r"frames|directs|is aimed at|"
        r"targets|centres on|centers "
        r"on|concentrates on|brings together|combines|encompasses|spans|(is|shall be|will be) "
        r"implemented (throughout|across|in|within))\b|\bscope\b"
        r"|\bdual (focus|dimension|scope)\b"
        # The plan by its acronym: "The RAD P3AKS covers social conflict within …"
        r"|^(The )?(?-i:[A-Z][A-Z0-9]{1,9}(\s+[A-Z0-9]{2,9})?)\s+(covers|applies|concerns|"
        r"addresses|focuses)\b"
    ),
    # A sentence putting something outside the plan: its terms say nothing of the scope.
    "exclude": (
        r"\b(outside (its|the|this plan's|the plan's|the) scope|falls? outside|(is|are) not "
        r"(covered|addressed) (by|in) (this|the) plan|does not (cover|set|address))\b"
        # "Its contribution to peace operations is addressed only in so far as it concerns …"
        r"|\b(is|are) (addressed|covered|included) only (in so far|insofar|to the extent)\b"
        # "… and to address domestic issues through the dedicated national strategies"
        r"|\b(domestic|national|internal)\b[^.;]{0,40}\b(through|in|by|under)\b[^.;]{0,20}\b("
        r"separate|dedicated|other|own|specific)\b[^.;]{0,20}\b(strateg\w+|plans?|polic\w+)\b"
        # "…; gender equality within the country is addressed by the Fourth Basic Plan for Gender
        # Equality", "…; peacekeeping commitments are addressed in the National Foreign Policy",
        # "… will be the subject of a separate plan": another document's ground.
        r"|\b(is|are|will be) (addressed|covered|dealt with|handled|treated) (by|in|under|through) "
        r"(the |a |its )?(?!(?-i:Plan|NAP|Action Plan)\b)(?-i:[A-Z])"
        r"|\b(a )?separate (plan|strategy|policy|action plan)\b"
    ),
    "both": (
        r"\bdual (focus|dimension|scope)\b"
        r"|\bboth\b.*\b(domestic|at home|national)\b|\b(domestic|internal)\b.*\b(and|as well as)"
        r"\b.*\b(foreign|external|international)\b|\b(foreign|external|international)\b.*\b"
        r"(and|as well as)\b.*\b(domestic|internal|at home)\b|\bat home and abroad\b"
        r"|\b(national|domestic|internal) dimension\b.*\b(international|external|foreign) "
        r"dimension\b"
        # "The NAP looks inward, to … and outward, to …"; "action within Orumba as well as
        # Orumba's contribution … beyond its borders"
        r"|\binward\b.*\boutward\b|\boutward\b.*\binward\b"
        r"|\bwithin\b.*\bas well as\b.*\bbeyond (its|our|the country's) borders\b"
        # "The Plan operates on two levels: at the national level, … ; at the international
        # level, …"
        # "NAP-IV has an international component, … and a national component"
        r"|\binternational component\b.*\bnational component\b|\bnational component\b.*\b"
        r"international component\b"
        r"|\bat the national level\b.*\bat the international level\b|\bat the international "
        r"level\b.*\bat the national level\b"
        # "… the security and defence sector … at national level and the participation of … in
        # international peacekeeping missions"
        r"|\bat (the )?national level\b[^.]*\b(and|as well as)\b[^.]*\binternational\b"
        # ("TNAP II applies at national and county levels and to Tavora's engagement abroad")
        r"|\bat national (and [\w-]+ )?levels?\b[^.]*\b(and|as well as)\b[^.]*\b(abroad|"
        r"international)\b"
    ),
    "domestic": (
        r"\b(domestic(ally)?|post-conflict provinces|national territory|territory of|"
        r"provinces|governorates|districts|regions of|(in|within) the country|throughout the "
        r"country|"
        # ("applies to the national government and the 47 county governments")
        r"(county|provincial|district|local) governments|"
        # ("… at national, provincial and community level"; "focused on Zemlovia itself")
        r"at (the )?national, provincial\b|provincial and (community|local) levels?|"
        r"focused on (\w+ ){1,2}itself|"
        r"national police"
        r"|at home|in (our|this) country|our (own )?(country|society|communities)"
        r"|national territory|the territory (under|within|controlled)|within the territory|"
        r"is a national (plan|mechanism)|as a national mechanism"
        # "within the borders of Osundra", "applies to Tamboa's own territory"
        r"|within (the|its|our) (own )?(national )?borders|own territory)\b"
        # "The CAP applies to Lowari County", "… within the Meridian region"
        r"|\b(to|within|in|throughout) (the )?(?-i:[A-Z][\w'’-]+) (?-i:County|Province|State|"
        r"Region|region|county|province)\b"
    ),
    "international": (
        r"\b(foreign|external (action|relations)|abroad|internationally|peace operations|"
        r"international "
        r"cooperation|development (cooperation|policy)|fragile (states|countries)|"
        r"(countries|states) affected by (armed )?conflict|"
        # (not "the districts bordering conflict-affected countries": places at home)
        r"(?<!bordering )(?<!neighbouring )(?<!from )conflict-affected (countries|states)|"
        r"overseas|"
        r"partner countries|(UN|United Nations|international|peacekeeping|regional) missions|"
        r"multilateral|international engagement|development (assistance|aid)|diplomacy|"
        r"peace support operations|(regional and )?international peace|"
        # ("… as well as the participation of servicewomen … in international peacekeeping
        # operations"; not "does not contribute troops to international peacekeeping operations")
        r"participation\b[^.;]{0,80}\bin (international |UN |United Nations )?peacekeeping "
        r"operations)\b"
    ),
    # "in <the country named on the cover>": checked against the cover's proper names.
    "own": (
        r"\b(?:in|within|across|throughout|(?:communities|regions|provinces|districts|women and "
        r"girls|population) of)\s+(?:the\s+(?:Republic|Kingdom|State|Federation|"
        # (and a name with its article: "communities within the Lumarines")
        r"Commonwealth|Principality)\s+of\s+|the\s+(?=(?-i:[A-Z])))?(?P<name>[\w'’-]+)"
    ),
}

_NAME = (
    r"(?P<name>(?:(?:State|Federal|Prime Minister's)\s+|Inter-)?(?:Ministry|Office|Department|"
    r"Directorate|Secretariat|Agency|Commission|National Commission|National Committee|Council|"
    r"Chancellery|"
    r"Minister|Institute)\b"
    # (not into a relative clause: "The Ministry's Department of Women houses the WPS Unit,
    # which will serve as the secretariat")
    r"(?:(?!,\s*(?:which|who)\b)[^.;:()])*?"
    # "the Foreign, Development and Defence Office", "the Home Office": capitalised words
    # before the institution's noun.
    r"|(?-i:[A-Z][\w'’-]+)(?:,?\s+(?:and\s+|&\s+)?(?-i:[A-Z][\w'’-]+)){0,5}\s+(?-i:Office|"
    r"Ministry|Department|Agency|Directorate|Secretariat|Council)"
    # "the Gender Equality Agency of Drevnica"
    r"(?:\s+of\s+(?:the\s+)?(?-i:[A-Z][\w'’-]+))?"
    r"|(?-i:[A-Z](?:[a-z]?[A-Z0-9]){1,9}(?:-[A-Z0-9]+)?))"
)
# "The Gender Equality Agency of Drevnica, within the Ministry for Human Rights and Refugees, is
# responsible for coordinating …": the institution it belongs to, between commas.
_AFTER_NAME = (
    _ACRONYM_AFTER + r"(?:,\s+(?:within|under|part of|attached to|through)\s+[^,;.]{3,90},"
    # "The Agency for Gender Equality, Ministry for Human Rights and Refugees, is …"
    r"|,\s+(?:Ministry|Department|Office)\s+(?:of|for)\s+[^,;.]{3,90},"
    # "MIGEFAP, as the ministry in charge of gender, is responsible for …" ("OPAPR, as Chair of
    # the NSCWPS, shall be the lead agency …")
    r"|,\s+as\s+(?:the\s+)?[^,;.]{3,90},"
    # "The National Committee … (hereinafter "the Committee"), chaired by the Prime Minister, is"
    r"|(?:\s*\([^()]{3,60}\))?,\s+chaired\s+by\s+[^,;.]{3,60},)?"
)
LEAD = [
    # "GAT leads the Action Plan on behalf of the Government …": an acronym as the subject
    # (resolved through the list of acronyms).
    r"^(?P<name>(?-i:[A-Z]{2,8}))\s+(?:leads|will lead|shall lead)\s+(?:the\s+)?"
    r"(?:implementation\s+"
    r"of\s+)?(?:the|this)\s+(?:national\s+)?(?:action\s+)?(?:plan|NAP)\b",
    # "WED shall be the national focal point responsible for leading the implementation of the
    # Plan"
    r"\b(?:the\s+)?(?P<name>(?-i:[A-Z][A-Za-z]{1,9}))\s+(?:shall be|is|will be)\s+the\s+"
    r"(?:national\s+)?"
    r"focal\s+point\s+responsible\s+for\s+(?:leading|coordinating)\b",
    # "MOGEF shall be the ministry in charge of the general coordination of the Plan" (before a
    # council that coordinates: the council is not the lead)
    r"\b(?P<name>(?-i:[A-Z][A-Za-z]{1,9}))\s+(?:shall be|is|will be)\s+the\s+ministry\s+in\s+"
    r"charge\s+of\s+the\s+(?:general\s+|overall\s+)?coordination\s+of\s+the\s+(?:Plan|NAP)\b",
    # "BUZA acts as NAP coordinator and hosts the NAP secretariat"
    r"\b(?P<name>(?-i:[A-Z][A-Za-z]{1,9}))\s+(?:acts|will act|shall act)\s+as\s+(?:the\s+)?"
    r"(?:NAP|Plan|Action Plan)\s+coordinator\b",
    # "The Ministry of Foreign Affairs is responsible for the formulation, follow-up and revision
    # of this Action Plan."
    r"\b(?:the\s+)?" + _NAME + r"\s+(?:is|will be|shall be)\s+responsible\s+for\s+the\s+"
    r"(?:formulation|drafting|preparation|follow-up)\b[^.;]{0,60}\bof\s+this\s+(?:action\s+)?"
    r"(?:plan|NAP)\b",
    # "As lead agency, DEAT is accountable for the Plan as a whole" (an acronym, resolved
    # through the list of acronyms)
    r"\b(?P<name>(?-i:[A-Z][A-Za-z]{1,9}))\s+(?:is|will be|shall be)\s+accountable\s+for\s+"
    r"the\s+(?:Plan|NAP|Action Plan)\b",
    # "The implementation of the action plan is coordinated by the working group on women, peace
    # and security convened by the Ministry of Foreign Affairs"
    r"\bimplementation of the (?:national\s+)?(?:action\s+)?(?:plan|NAP)\s+(?:is|will be|shall be) "
    r"coordinated by\b[^.;]{0,100}?\bconvened by\s+(?:the\s+)?"
    + _NAME
    + _AFTER_NAME
    + r"(?=\s*[.,;(]|\s*$)",
    # "The Ministry for Foreign Affairs coordinates the work on the plan"
    r"\b(?:the\s+)?"
    + _NAME
    + _AFTER_NAME
    + r"\s+(?:coordinates|will coordinate|leads)\s+the\s+work\s+"
    r"(?:on|under)\s+the\s+(?:national\s+)?(?:action\s+)?(?:plan|NAP)\b",
    # "To designate the Ministry of Labour … as the authorised state body responsible for the
    # implementation of the Plan"
    r"\bdesignates?\s+(?:the\s+)?" + _NAME + r"(?:\s+of\s+the\s+Republic\s+of\s+[\w'’-]+)?\s+as\s+"
    r"the\s+(?:authori[sz]ed\s+)?(?:state\s+)?(?:body|institution|authority)\s+responsible\s+for\s+"
    r"the\s+implementation\b",
    # "Kemenko PMKS acts as the national coordinator of RAN-P3AKS implementation"
    r"^(?P<name>(?-i:(?!The\b|This\b|It\b|Each\b)[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,4}))\s+"
    r"(?:acts|serves|will act|will serve)\s+as\s+the\s+national\s+coordinator\s+(?:of|for)\b",
    # "Lead responsibility for this Plan sits with the Equality and Human Rights Directorate"
    r"\blead responsibility for (?:this|the) (?:national\s+)?(?:action\s+)?(?:plan|NAP)\s+(?:sits|"
    r"lies|rests)\s+with\s+(?:the\s+)?" + _NAME + _AFTER_NAME,
    # A department known by its own name, with no "Ministry" or "Office" in it: "Global Affairs
    # Kellarand leads the implementation of the Action Plan" (the sentence's subject).
    r"^(?P<name>(?-i:(?!The\b|This\b|It\b|Each\b)[A-Z][\w'’-]+)(?:\s+(?-i:[A-Z][\w'’-]+)){1,4})"
    + _AFTER_NAME
    # ("External Affairs Norhaven (EAN) leads the Action Plan and chairs …")
    + r"\s+(?:leads|will lead|shall lead)\s+(?:the\s+)?(?:implementation\s+of\s+)?(?:the|this)\s+"
    r"(?:national\s+)?(?:action\s+)?(?:plan|NAP)\b",
    # "The Ministry of Foreign Affairs (MOFA) serves as the secretariat of the Plan".
    r"\b(?:the\s+)?" + _NAME + _AFTER_NAME + r"\s+(?:serves|acts|will serve|will act)\s+as\s+the\s+"
    r"(?:secretariat|focal point|coordinator|coordinating body)\s+(?:of|for)\s+(?:the|this)\s+"
    r"(?:national\s+)?(?:action\s+)?(?:plan|NAP)\b",
    r"\b(?:the\s+)?"
    + _NAME
    + _AFTER_NAME
    # ("FMWASI shall serve as the lead agency for the implementation of this NAP")
    + r"\s+(?:is|will be|shall be|acts as|serves as|will serve as|shall serve as)\s+(?:designated"
    r"\s+as\s+)?(?:the\s+)?(?:lead|leading|coordinating|responsible|implementing|focal|competent)"
    r"\s+"
    r"(?:institution|ministry|agency|body|authority|(?:government\s+)?department|entity)",
    # "The Department of External Affairs has lead responsibility for the Plan", "The Ministry
    # of Defence is the institution in charge of the Plan"
    r"\b(?:the\s+)?"
    + _NAME
    + _AFTER_NAME
    + r"\s+(?:(?:has|will have|shall have|holds)\s+(?:overall\s+)?lead\s+responsibility\s+for|"
    # ("… shall be the body coordinating the implementation of the Plan")
    r"(?:is|will be|shall be)\s+the\s+(?:institution|ministry|body|authority)\s+(?:in\s+charge\s+"
    r"of|coordinating\s+the\s+implementation\s+of))"
    r"\s+(?:the|this)\s+(?:national\s+)?(?:action\s+)?(?:plan|NAP)\b",
    # "… is designated as the state body responsible for the implementation of the Plan"
    r"\b(?:the\s+)?"
    + _NAME
    + _AFTER_NAME
    # ("The Ministry of Social Policy shall be the central executive body responsible for the
    # implementation of the Plan and shall: …")
    + r"\s+(?:is|will be|shall be)\s+(?:designated\s+as\s+)?the\s+(?:(?:state|government|central|"
    r"executive)\s+){0,2}(?:body|institution|authority|agency|entity)\s+responsible\s+for\s+(?:the\s+)?"
    r"(?:implementation|coordination|coordinating)",
    # "… is the national lead for the Plan", "… is the national entity responsible for the Plan".
    r"\b(?:the\s+)?"
    + _NAME
    + _AFTER_NAME
    + r"\s+(?:is|will be|shall be)\s+the\s+(?:national\s+)?(?:lead|entity\s+responsible)\s+"
    r"(?:for|of)\s+(?:the|this)\s+(?:national\s+)?(?:action\s+)?(?:plan|NAP)\b",
    # "The MLSP is the national coordinator of the NAP", "The NSS will lead and coordinate
    # implementation of this Strategy".
    r"\b(?:the\s+)?"
    + _NAME
    + _AFTER_NAME
    + r"\s+(?:is|will be|shall be)\s+the\s+(?:national\s+)?coordinator\s+(?:of|for)\s+"
    r"(?:the|this)\s+(?:national\s+)?(?:action\s+)?(?:plan|NAP|strategy)\b",
    r"\b(?:the\s+)?"
    + _NAME
    + _AFTER_NAME
    # ("The Ministry of Foreign Affairs will lead and oversee the implementation of the Plan")
    + r"\s+(?:leads|will lead|shall lead)\s+and\s+(?:coordinates?|oversees?)\s+(?:the\s+)?"
    r"implementation\s+of\s+"
    r"(?:the|this)\s+(?:national\s+)?(?:action\s+)?(?:plan|NAP|strategy)\b",
    # "The Federal Ministry of … (FMWACD), as the custodian of NAP II, shall chair the National
    # Steering Committee": the plan's owner, in an aside.
    r"\b(?:the\s+)?"
    + _NAME
    + _ACRONYM_AFTER
    # ("OPAPU, as lead agency of the NAPWPS and chair of the NSC-WPS, shall provide …")
    + r",\s+as\s+(?:the\s+)?(?:custodian|owner|lead\s+\w+|coordinator)\s+(?:of|for)\s+"
    r"(?:the\s+|this\s+)?(?:(?:national\s+)?(?:action\s+)?(?:plan|NAP)|(?-i:(?:[A-Z][A-Za-z]{0,5})?"
    r"NAP[A-Z]*))\b",
    # "The ZNCW shall lead the implementation of ZANAP II and shall act as the technical
    # secretariat of …": a plan by its own acronym.
    r"\b(?:the\s+)?"
    + _NAME
    + _AFTER_NAME
    + r"\s+(?:leads|will lead|shall lead)\s+(?:the\s+)?implementation\s+of\s+(?:the\s+)?"
    r"(?-i:[A-Z][A-Za-z]{0,5}NAP)(?:\s+(?-i:[IVX]+))?\b",
    # "The Ministry for Foreign Affairs leads the work on the plan, chairs the Consultative
    # Group …"
    r"\b(?:the\s+)?"
    + _NAME
    + _AFTER_NAME
    + r"\s+(?:leads|will lead|shall lead)\s+(?:the\s+)?(?:work|efforts)\s+on\s+(?:the|this)\s+"
    r"(?:national\s+)?(?:action\s+)?(?:plan|NAP|strategy)\b",
    # "The Ministry of Foreign Affairs holds final responsibility for the NAP".
    r"\b(?:the\s+)?"
    + _NAME
    + _AFTER_NAME
    + r"\s+(?:holds|has|bears|retains|will hold|will have)\s+(?:the\s+)?(?:final|overall|"
    r"primary|ultimate|political)\s+responsibility\s+for\s+(?:the|this)\s+(?:national\s+)?"
    r"(?:action\s+)?(?:plan|NAP)\b",
    # A decree's clause: "To entrust the Commission for Equality with the coordination of the
    # Plan".
    r"\bentrust(?:s|ed|ing)?\s+(?:the\s+)?"
    + _NAME
    + r"\s+(?:\([^()]{2,12}\)\s+)?with\s+the\s+(?:coordination|implementation|leadership)\s+of\s+"
    r"(?:the|this)\s+(?:[\w-]+\s+){0,3}(?:plan|NAP)\b",
    # "is the custodian of this Plan", "holds the pen on the Plan": the plan's owner.
    r"\b(?:the\s+)?"
    + _NAME
    + _AFTER_NAME
    + r"\s+(?:is|will be|shall be|acts as)\s+the\s+(?:custodian|owner|holder|"
    r"steward)\s+of\s+(?:this|the)\s+(?:national\s+)?(?:action\s+)?(?:plan|NAP|strategy)",
    r"\b(?:the\s+)?" + _NAME + _AFTER_NAME + r"\s+(?:holds|will hold)\s+the\s+pen\b",
    r"\b(?:the\s+)?"
    + _NAME
    + _AFTER_NAME
    + r"\s+(?:owns|will own)\s+(?:this|the)\s+(?:national\s+)?"
    r"(?:plan|NAP|strategy)\b",
    r"\b(?:the\s+)?"
    + _NAME
    + _AFTER_NAME
    + r"\s+(?:is|will be)\s+the\s+(?:institution|body|ministry)\s+"
    r"responsible\s+for\s+(?:coordinating|leading|the)",
    # "… is the national entity mandated to coordinate the implementation of the NAP".
    r"\b(?:the\s+)?"
    + _NAME
    + _AFTER_NAME
    + r"\s+(?:is|will be|shall be)\s+the\s+(?:[\w-]+\s+){0,2}(?:entity|"
    r"institution|body|agency|authority)\s+(?:mandated|charged|tasked)\s+(?:to|with)\s+"
    r"(?:coordinat|lead|oversee|steer)",
    # "The Ministry X, which carries the overall responsibility for …, chairs …".
    r"\b(?:the\s+)?"
    + _NAME
    + _AFTER_NAME
    + r"(?:,\s+which)?\s+(?:has|holds|bears|carries)\s+(?:the\s+)?"
    r"(?:(?:overall|primary|main|principal)\s+)?"
    r"(?:responsibility|lead)",
    r"\b(?:the\s+)?" + _NAME + _AFTER_NAME + r"\s+(?:is|will be)\s+responsible\s+for\s+(?:the\s+)?"
    r"(?:overall\s+)?(?:(?:national\s+)?(?:action\s+)?plan|implementation|coordination|"
    r"coordinating)",
    r"\bunder the (?:leadership|authority|coordination|guidance) of (?:the\s+)?"
    + _NAME
    + r"(?=[.,;]|\s*$)",
    # "The Ministry X, as the focal ministry for …, has led the formulation of this Plan and
    # will lead its implementation".
    r"\b(?:the\s+)?"
    + _NAME
    + _AFTER_NAME
    + r"(?:,\s+(?:as|in its (?:role|capacity) as)\s+[^,]{3,140},)?\s+has\s+led\s+[^.;]{3,120}?"
    r"\band\s+(?:will|shall)\s+(?:lead|coordinate)\s+its\s+implementation\b",
    r"\b(?:the\s+)?"
    + _NAME
    + _AFTER_NAME
    # ("The National Security Council (NSC) staff leads and coordinates the implementation")
    + r"(?:\s+staff)?(?:,\s+(?:as|in its (?:role|capacity) as)\s+[^,]{3,140},)?\s+"
    r"(?:led|leads|will lead|will coordinate|coordinates|shall coordinate|shall lead|leads and "
    r"coordinates|(?:will|shall) lead and coordinate|coordinates and monitors)\s+(?:on\s+)?"
    r"(?:the\s+|this\s+)?(?:preparation|implementation|plan|NAP\b|national action plan|"
    r"(?:measures|actions|activities|work) of the (?:\w+\s+){0,2}(?:ministries|departments|"
    r"agencies))",
    # "Implementation of Ala Malu will be coordinated by the Ministry for Women …"
    r"\bimplementation\b[^.;]{0,60}?\b(?:is|will\s+be|shall\s+be)\s+(?:coordinated|led)\s+by\s+"
    r"(?:the\s+)?" + _NAME + r"(?=[.,;]|\s+(?:through|with|in)\b|\s*$)",
    # (not "an action on gender-responsive budgeting …, led by the Ministry of Finance": who
    # leads one action)
    r"^(?![^.;]*\b(?:an? (?:action|activity|initiative|project|programme)|actions|activities|"
    r"projects)\b)[^;]*?\bled by (?:the\s+)?" + _NAME + r"(?=[.,;]|\s*$)",
    # "… the State Department for Gender Affairs (SDGA), which is the lead agency for …"
    r"\b(?:the\s+)?"
    + _NAME
    + _ACRONYM_AFTER
    + r",\s+which\s+is\s+the\s+lead\s+(?:agency|ministry|institution|department|entity)\b",
    # "The coordination of the implementation of the Programme … are entrusted to the Ministry"
    r"\b(?:coordination|implementation|leadership)\b[^.;]{0,120}?\b(?:is|are|shall be|will be)\s+"
    r"entrusted\s+to\s+(?:the\s+)?" + _NAME + r"(?=[.,;]|\s*$)",
    # "The Office acts as the leading sector for the implementation of the RAD P3AKS"
    r"\b(?:the\s+)?"
    + _NAME
    + _AFTER_NAME
    + r"\s+(?:acts|serves|will act|shall act)\s+as\s+the\s+(?:leading|lead)\s+(?:sector|agency|"
    r"institution|ministry)\b",
    # "A working group, chaired by the Ministry X and bringing together …, coordinates the Plan".
    r"\bchaired\s+by\s+(?:the\s+)?" + _NAME + r"(?=\s+(?:and\s+)?(?:bringing|comprising|"
    r"including|with)|,)[^.]*\b(?:coordinates|will coordinate|oversees|steers)\b",
    # Last, an acronym as the subject (resolved through the list of acronyms): "ANCW is the lead
    # institution for ALNAP", "GAT leads the Action Plan", "The CWFA coordinates the
    # implementation of the Plan", "OFW chairs the IDWG and is responsible for coordinating …".
    r"^(?:The\s+)?(?P<name>(?-i:[A-Z][A-Za-z]?[A-Z0-9]{1,8}))\s+(?:is\s+the\s+lead(?:ing)?\s+"
    r"(?:institution|agency|ministry|body)|leads\s+(?:and\s+coordinates\s+)?(?:the\s+)?"
    r"(?:implementation\s+of\s+)?(?:the|this)\s+(?:national\s+)?(?:action\s+)?(?:plan|NAP)|"
    r"coordinates\s+the\s+implementation\s+of\s+(?:the|this)\s+(?:national\s+)?(?:action\s+)?"
    r"(?:plan|NAP)|(?:chairs\s+[^.;]{1,40}\s+and\s+)?is\s+responsible\s+for\s+coordinating\s+"
    r"the\s+implementation)\b",
]
INSTITUTION = r"^(?:The\s+)?(?P<name>(?:Ministry|Office|Department) of [A-Z][^.;:()\n]*)$"

_PARTS = (
    r"(?:(?:priority|focus|thematic|strategic|key|outcome|result|basic|impact|specific|policy)\s+)?"
    r"(?:pillars|areas|strategic objectives|objectives|themes|outcomes|directions|priorities|"
    # ("organised in four strategic lines:")
    r"components|goals|axes|areas of action|lines of effort|programmes|clusters|lines of action|"
    r"lines)"
)
PILLARS = (
    r"\b(?:structured|organi[sz]ed|built|based|grouped|divided|articulated|anchored|pursued|"
    r"delivered|achieved)\s+(?:around|in|into|on|under|through|according to|along)\s+(?:the\s+)?"
    r"(?P<n>\w+)\s+" + _PARTS + r"\b(?:\s+of\s+[^:]{1,60}:|\s*:?)(?P<list>.*)$"
    r"|\b(?:has|contains|pursues|sets out|concentrates on|focuses on|comprises|includes|adopts|"
    r"addresses|"
    r"establishes|is built on|retains|keeps|maintains|consists of)\s+(?:the\s+)?(?:following\s+)?"
    r"(?P<n2>\w+)\s+" + _PARTS + r"\b[^:]*:(?P<list2>.*)$"
)
PILLAR_ITEM = (
    r"^(?:[-–—•*]\s*)?(?:pillar|line of effort|cluster|group|(?:thematic |priority |focus |"
    r"strategic |general |overall |key |"
    r"basic |outcome |result |impact )?(?:area|"
    r"priority"
    r"|objective|goal|axis|theme|component|outcome|"
    # ("Strategic Line 1: Participation of women in peace operations")
    r"direction|line|area of action|line of action))\s+(?:\w{1,4}|three|seven|eight)(?!\.\d)"
    r"(?:\s*[-–—:.]\s*|"
    r"\s{2,})"
    r"(?P<name>[^|]+?)\s*$"
)
ARTICLES = r"^(the|a|an)\s+"
CONJUNCTION = "and"
BODY = _BODY
CS = _CS

NUMBERS = {
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
}
