"""What a question asks for, from its words: a count, a sum of money or money per item, a share, a length of
time, a measure named by its unit (`foi survey draft`). The measures are those of reader/survey.py; every rule is English as requests are
written, never one request's words."""

from __future__ import annotations

import re

from .units import UNITS

_PER_ITEM = re.compile(r"\b(?:per(?!\s+(?:(?:calendar|financial|academic)\s+)?(?:year|annum|month|quarter))|"
                       r"each(?!\s+of\b|\s+(?:(?:following|financial|calendar|academic|full)\s+)*(?:years?|months?|"
                       r"quarters?|period|weekends?|weeks?|days?)|\s+[a-z]+\s+(?:period|season|year|month|quarter)s?\b)|average|unit cost|unit price|cost of (?:a|an|one)|(?:fine|penalty|fee|charge)\s+(?:cost|amount)s?|"
                       r"(?:daily|hourly|nightly|weekly) rate|rate (?:per|for)|charge (?:for|of) (?:a|an|one)|"
                       r"how much (?:is|was|does) (?:a|an|one|the fine|the charge|the penalty|your \w+)|"
                       r"how much (?:is|are|was|were|do|does|did) (?:\w+\s+){0,3}?(?:charged?|charging)|"
                       r"(?:price|fine|fee|charge|penalty|cost)s?\s+(?:of|for)\s+(?:a|an|one|each)\b|"
                       r"(?:current|full|discounted|standard)\s+(?:price|fine|fee|charge|rate)|fine imposed)\b", re.I)
# (a sum owed, lent or lacking: "the current predicted funding gap", "the outstanding balance", "the amount advanced",
# "the council's outstanding borrowing", "the deficit")
_MONEY = re.compile(r"(?:£|\b(?:(?:level|amount)s?\s+of\s+(?:funding|subsid(?:y|ies)|grants?|investment)|funding\s+gaps?|budget\s+gaps?|deficits?|shortfalls?|overspends?|underspends?|"
                    r"(?:outstanding|remaining|closing|opening)\s+balances?|amounts?\s+(?:advanced|borrowed|lent|loaned)|"
                    r"(?:outstanding\s+)?borrowing|total\s+(?:amount\s+)?(?:paid|claimed|received|collected)|cost|costs|costing|spend|spent|spending|expenditure|income|revenue|paid|pay|"
                    r"payments?|payouts?|fees?|fines? (?:collected|paid|received)|how much|budget|value|price|money|"
                    r"collected|receipts?|(?:fine|penalty|fee|charge)\s+amounts?|(?<!\bin\s)charges?(?!\s+(?:notices?|certificates?))|(?:fine|fee|penalty)s?\s+(?:of|for)\s+(?:a|an|one|"
                    r"each))\b)", re.I)
# "the total of any fees you have derived": a total of money is a sum, not a count
# ("The number who have paid within 7 days": the people counted are named by what they did)
_COUNT = re.compile(r"\b(?:how many|number of|numbers of|(?:the|a)\s+number\s+(?:who|whom|that|which)\b|quantity|count|total of(?!\s+(?:[\w-]+\s+){0,2}?(?:fees?|costs?|"
                    r"payments?|income|spend|spending|expenditure|money|charges?|fines?|revenue|receipts?|savings)\b))\b",
                    re.I)

# money said not to be paid: "providing them free of charge", "at no cost to the council", "without charge"
_FREE = re.compile(r"\bfree\s+of\s+(?:charge|cost)\b|\b(?:at\s+)?no\s+(?:extra\s+|additional\s+)?(?:cost|charge)\b|"
                   r"\bwithout\s+(?:any\s+)?(?:charge|cost)\b", re.I)
_VERB_ONLY = re.compile(r"^(?:paid|collected|received|charges?|pay|payouts?)$", re.I)
# a length of time counted or asked: "the number of days lost", "how many sick days", "working days lost",
# "how long is ...", "the average length of stay", "the average time spent"
_TIME_UNIT = r"(?:(?:calendar|working|sick(?:ness)?|absence)\s+)?(?P<unit>days?|weeks?|hours?)"
_TIME_COUNTED = re.compile(r"\b(?:(?:number|total|amount)\s+of|how\s+many)\s+(?:[\w-]+\s+){0,2}?" + _TIME_UNIT + r"\b|"
                           r"\b(?P<unit2>days?|weeks?|hours?)\s+(?:lost|taken|absent|off\s+sick|of\s+(?:sick|absence))\b|"
                           r"\bsick(?:ness)?\s+(?P<unit3>days|hours)\b", re.I)
_TIME_ASKED = re.compile(r"\bhow\s+long\s+(?:is|was|are|were|did|does|do|has|have|had|will|each|every|the|a|an|"
                         r"(?:it|they)\s+(?:takes?|took))\b|\b(?:average|mean|median|typical|shortest|longest|"
                         r"minimum|maximum)\s+(?:length|time|duration|wait|waiting\s+time|stay)\b|"
                         # "the length of time each property has been vacant (banded ...)" is how many in each band
                         r"\blength\s+of\s+stay\b", re.I)
# "(in hours)", "how many hours": the unit a length of time is asked in
_IN_HOURS = re.compile(r"\b(?:in|as|number\s+of)\s+hours\b|\bhours?\s+(?:per|a|each)\s+(?:day|week)\b", re.I)
# "the average number of days it takes for a PCN to be paid", "how long it took for faults to be fixed": the
# time until something happens, which replies answer as often by how many (or what share) happened within so
# many days ("39,269 paid within 14 days", "71% within 14 days") as by an average
_TIME_UNTIL = re.compile(r"\b(?:it|they|which)\s+(?:takes?|took|taken)\s+(?:\w+\s+){0,6}?(?:for|to)\b|"
                         r"\btime\s+taken\s+(?:for|to)\b", re.I)
# when in the day something is done, asked with no count or money: "Times of recording", "Times of scheduled live
# monitoring", "opening times", "hours of operation": replies give the hours ("recording on a 24 hour basis")
_TIMES_OF_DAY = re.compile(r"^\W*(?:times?\s+of\s+(?!the\s+(?:day|week|year)\b)(?:[\w-]+\s+){0,2}?[a-z]+ing|"
                           r"(?:opening|operating|closing)\s+(?:times|hours)|hours\s+of\s+(?:operation|opening|"
                           r"[a-z]+ing))\b", re.I)
# a frequency asked: "how often", "how frequently"
_HOW_OFTEN = re.compile(r"\bhow\s+(?:often|frequently)\b", re.I)
# a share asked: "what percentage of ...", "as a proportion of ..."
# ("the interest rate": a share of the sum lent)
_PERCENT = re.compile(r"\b(?:percentage|proportion|per\s*cent|percent|interest\s+rates?|rates?\s+of\s+interest)\b|%", re.I)
_SHARE_OF = re.compile(r"\b(?:percentage|proportion|share)\s+of\b", re.I)
# "the level of council tax discount", "the rate of additional council tax charged under the empty homes premium":
# how large a discount or premium is, a share of the tax
_RATE_OF = re.compile(r"\b(?:level|rate|size)\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:discounts?|premiums?|reductions?|"
                      r"reliefs?|surcharges?|uplifts?)\b|\brate\s+of\s+additional\b", re.I)
# "Total claims received", "Total successful claims ...", "the breakdown of claims upheld and declined": a total
# of things is a count (a total of costs, payments or fees is a sum)
_TOTAL_OF_THINGS = re.compile(r"\b(?:total|breakdown\s+of(?:\s+the)?)\s+(?!number\b)(?:[a-z-]+\s+)?(?!(?:costs|payments|fees|fines|charges|receipts|"
                              r"savings|funds|earnings|expenses|sums|amounts|takings|budgets|payouts|losses)\b)"
                              r"[a-z]{3,}[^s\W]s\b", re.I)
# "the highest single amount paid", "the largest payment", "individual claim amounts": one item's money
_ONE_ITEM = re.compile(r"\b(?:highest|lowest|largest|biggest|smallest|maximum|minimum|median|typical)\b|"
                       r"\b(?:single|individual)\s+(?:[\w-]+\s+)?(?:amounts?|payments?|payouts?|claims?|values?|"
                       r"awards?|sums?)\b", re.I)


# "the money spent on each public toilet", "the fees paid to each supplier": a sum for each, not a price each
_SUM_FOR_EACH = re.compile(r"\b(?:spent|spend|spending|generated|paid|received|collected|raised|income|revenue|"
                           r"expenditure)\s+(?:\w+\s+){0,4}?(?:on|by|to|from|for|at|in)\s+(?:the\s+)?each\b", re.I)


# "the total amount the council has awarded on ...", "the amount of funding requested", "the sum paid": money,
# though no money word of _MONEY's is written ("amount of time" is a length of time, not money)
_SUM_OF_MONEY = re.compile(r"\b(?:sums?|amounts?)\s+(?:of\s+(?:money|funding|funds|grants?|compensation)\b|"
                           r"(?:[\w-]+\s+){0,3}?(?:awarded|granted|allocated|paid|spent|given|claimed)\b)"
                           # an amount of debt: "the total amount of council tax owed", "the overall amount of council
                           # tax which was owed", "Total amount recovered by bailiffs", "the amount of debt written off"
                           # (not "paying any sums outstanding", said of the people counted)
                           # ("the total amount of school lunch debt", "the level of debt for each month": a sum owed)
                           r"|\bamounts?\s+(?:(?:[\w-]+\s+){0,5}?(?:owed|owing|outstanding|recovered|written[\s-]+off)\b|"
                           r"of\s+(?:[\w-]+\s+){0,3}?(?:debts?|arrears)\b)|\blevels?\s+of\s+(?:[\w-]+\s+){0,2}?(?:debts?|arrears)\b",
                           re.I)
# a length of time asked in other words than _TIME_ASKED's: "the longest amount of time a case has been ongoing (in
# days)", "the average waiting period for an applicant to receive a decision" ("the length of time each property
# has been vacant (banded ...)" is left to _TIME_ASKED's rule: how many in each band)
_TIME_SPAN = re.compile(r"\b(?:amount|period)\s+of\s+time\b|\bwaiting\s+(?:periods?|times?)\b|"
                        r"\(\s*in\s+(?:days|weeks)\s*\)", re.I)
# the payment a length of time runs to ("the average waiting periods for an applicant to receive their first
# payment"): what is waited for, not a sum asked
_PAYMENT_WORD = re.compile(r"^(?:payments?|paid|pay|payouts?)$", re.I)

# a floor area asked: "space measured in square feet", "the floor area", "square metres", "square footage"
_AREA_FEET = re.compile(r"\bsquare\s+(?:feet|foot(?:age)?)\b|\bsq\.?\s*ft\b", re.I)
_AREA_METRES = re.compile(r"\bsquare\s+met(?:re|er)s?\b|\bsq\.?\s*m\b", re.I)
_AREA = re.compile(r"\b(?:floor|office|internal|gross|net)\s+(?:area|space)\s+(?:in|measured)\b|\bfloor\s+areas?\b|"
                   r"\bfloor\s*space\b", re.I)


# a measure named by its unit, asked by naming the unit: "how many kilometres (or miles) of road", "the kWh used",
# "how much salt (tonnes)", "in hectares" (a unit after a number is a condition, not what is asked: "within 5 miles
# of", "lorries over 7.5 tonnes"); a length of time beyond days and hours only where it is the unit asked in ("in
# weeks", "how many months", "(minutes)")
_UNIT_WORDS = {m: u.before + (f"|{u.asked}" if u.asked else "") for m, u in UNITS.items()
               if u.before and u.kind not in ("time", "area")}
_DURATION_WORDS = {"minutes": r"minutes|mins", "weeks": r"weeks", "months": r"months", "years": r"years"}
# (not "square metres", an area, nor "cubic metres")
_UNIT_ASKED = {m: re.compile(r"(?<!\d\s)(?<![\d.,])(?<!\bper\s)(?<!square\s)(?<!cubic\s)\b(?:" + w + r")\b", re.I)
               for m, w in _UNIT_WORDS.items()}
# (a column named in quotes, "Column a) The 'number of years'", names bands of a count; "in months/years" asks both)
_DURATION_ASKED = {m: re.compile(r"(?<![‘'\"“])\b(?:in|how\s+many|number\s+of|total\s+of)\s+(?:[a-z]+\s*(?:/|or)\s*)?(?:"
                                 + w + r")\b|\(\s*(?:in\s+)?(?:" + w + r")\s*\)", re.I)
                   for m, w in _DURATION_WORDS.items()}
# the unit a council may answer in beside the one asked ("how many miles" answered "2,653km")
_PARTNERS = {"kilometres": "miles", "miles": "kilometres", "kwh": "mwh", "mwh": "kwh", "hectares": "acres",
             "acres": "hectares"}
_ANY_UNIT = "|".join(list(_UNIT_WORDS.values()) + list(_DURATION_WORDS.values()))
# "the total number of kilometres", "how many miles": a length counted, not a count of things
_COUNTED_UNIT = re.compile(r"\b(?:(?:number|total|amount|quantity)\s+of|how\s+many)\s+(?:[\w-]+\s+)?(?:" + _ANY_UNIT
                           + r")\b", re.I)


def unit_measures(question: str) -> list[str]:
    """The measures named by their unit a question asks (reader/units.py), in the order it names them, then the
    unit a council may give the same in."""
    found = sorted((m.start(), k) for k, rx in list(_UNIT_ASKED.items()) + list(_DURATION_ASKED.items())
                   for m in [rx.search(question)] if m is not None)
    out = [k for _, k in found]
    return out + [p for p in dict.fromkeys(_PARTNERS.get(k) for k in out) if p and p not in out]


def _area_measures(question: str) -> list[str]:
    """The units of a floor area a question asks for: the one it names first, then the other, since a council
    answers in the unit it holds ("28 square meters" asked "space measured in square feet"); none if no area
    is asked."""
    feet, metres = _AREA_FEET.search(question), _AREA_METRES.search(question)
    if not (feet or metres or _AREA.search(question)):
        return []
    if metres and not (feet and feet.start() < metres.start()):
        return ["square_metres", "square_feet"]
    return ["square_feet", "square_metres"]


def _per_item(question: str) -> bool:
    """Whether a question's money is a price or cost per item ("the estimated cost for each purchase", "the
    fine for a littering FPN") rather than a sum, which "spent on each X" still is."""
    sums = [m.end() for m in _SUM_FOR_EACH.finditer(question)]
    return any(not (m.group(0).lower() == "each" and m.end() in sums) for m in _PER_ITEM.finditer(question))


def _time_measure(unit: str) -> str:
    return "hours" if unit.lower().startswith("hour") else "days"


# money said of what is counted, not asked: a cause ("closed because of cuts to the local authority's budget", "as a
# result of budget cuts"); a decision named by what it is about ("each planning appeal cost award", "Date of cost
# award decision", "How many cost applications ...", "(Awards of Costs)": money asked has its own words, "the total
# paid", "Amount ... (£)")
_MONEY_SAID = re.compile(r"\bbudget(?:ary)?\s+(?:cuts?|reductions?|pressures?|constraints?|savings)\b|"
                         r"\bcosts?\s+(?:awards?|applications?|orders?)\b|\b(?:awards?|applications?|orders?)\s+(?:of|for)\s+costs\b|"
                         r"\b(?:cuts?|reductions?)\s+(?:to|in)\s+(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,3}?budgets?\b",
                         re.I)
# a count asked first ("The total number of ...", "How many ..."): money said in a clause about the things counted
# ("instances where costs were paid out to appellants", "(if an appeal crosses a financial year please include it in
# the same year as the costs were paid)") says which things, and asks no sum
_COUNT_HEAD = re.compile(r"^\W*(?:(?:the|a)\s+)?(?:total\s+)?numbers?\s+of\b|^\W*how\s+many\b", re.I)
_WHICH_CLAUSE = re.compile(r"\b(?:where|whereby|in\s+which|for\s+which)\b[^.;?]*?(?=,\s*and\b|\s+and\s+(?:how|what|the\s+"
                           r"(?:total|amount|cost|value|sum))\b|[.;?]|$)|\((?:if|where|when|whereby|i\.e\.|e\.g\.|"
                           r"including|excluding|note|please)\b[^()]*\)", re.I)


def _money_said(question: str, money: list) -> list:
    """The money matches that ask for money: not those in words that only say which things are counted (see
    _MONEY_SAID, _WHICH_CLAUSE)."""
    said = [m.span() for m in _MONEY_SAID.finditer(question)]
    if _COUNT_HEAD.match(question):
        said += [m.span() for m in _WHICH_CLAUSE.finditer(question)]
    return [m for m in money if not any(a <= m.start() < b for a, b in said)]


# an age asked: "the average age of your council farm tenants", "how old is the oldest ..."
_AGE_ASKED = re.compile(r"\b(?:average|mean|median|typical)\s+age\b|\bhow\s+old\b", re.I)


def measures_for(question: str) -> tuple[list[str], str]:
    """The measures a question asks for, and a note when they were guessed."""
    out = []
    # a count of days or hours is a length of time, not a count of things: "the total number of days lost"
    # asks for days; "the number of staff absent for more than 20 days" still counts staff
    counts = [m for m in _COUNT.finditer(question)]
    timed = [m for m in _TIME_COUNTED.finditer(question)]
    time_measures = [_time_measure(m.group("unit") or m.group("unit2") or m.group("unit3")) for m in timed]
    counted_time = {m.start() for m in timed} | {m.start() for m in _COUNTED_UNIT.finditer(question)}
    units = unit_measures(question)
    if any(m.start() not in counted_time for m in counts) or (_TOTAL_OF_THINGS.search(question) and not timed):
        out.append("count")
    money = [m for m in _MONEY.finditer(question)] + [m for m in _SUM_OF_MONEY.finditer(question)]
    # "issued with a liability order as a result of non-payment": not paying is no sum
    money = [m for m in money if not re.search(r"\bnon[\s-]?$", question[max(0, m.start() - 4):m.start()], re.I)]
    free = [m.span() for m in _FREE.finditer(question)]
    money = [m for m in money if not any(a <= m.start() < b for a, b in free)]
    money = _money_said(question, money)
    span = _TIME_SPAN.search(question)
    if money and span and all(_PAYMENT_WORD.match(m.group(0)) and m.start() > span.start() for m in money):
        money = []          # "the average waiting periods ... to receive their first payment": a wait, not a sum
    if units and money and all(re.fullmatch(r"how\s+much|amounts?", m.group(0), re.I) for m in money):
        money = []          # "how much salt did you use (in tonnes)": a weight, not a sum
    if (out or timed or units) and money and all(_VERB_ONLY.match(m.group(0)) for m in money):
        money = []          # "how many FPNs were paid": a count of things paid, not a sum
    if money and (_TIME_ASKED.search(question) or timed or any(m in _DURATION_WORDS for m in units)) and all(re.fullmatch(r"spen[dt]|spending", m.group(0), re.I)
                                                      for m in money):
        # "how long each household spent in ...", "the average time spent in B&B", "the total number of staff hours
        # spent on gritting": time spent
        money = []
    share = _SHARE_OF.search(question)
    if share and money and all(m.start() > share.start() for m in money):
        money = []          # "what percentage of your agency spending ...": a share of a sum, not the sum
    if money:
        out.append("unit_cost_gbp" if _per_item(question) or _ONE_ITEM.search(question) else "total_cost_gbp")
        if "unit_cost_gbp" in out and re.search(r"\btotal\b", question, re.I):
            out.append("total_cost_gbp")
    if _PERCENT.search(question) or _RATE_OF.search(question):
        out.append("percent")
    out += [m for m in dict.fromkeys(time_measures) if m not in out]
    if (_TIME_ASKED.search(question) or span) and "days" not in out and "hours" not in out \
            and not any(m in _DURATION_WORDS for m in units):
        out.append("hours" if _IN_HOURS.search(question) else "days")
    if _TIME_UNTIL.search(question) and ("days" in out or "hours" in out):
        out += [m for m in ("count", "percent") if m not in out]
    if _HOW_OFTEN.search(question):
        # "How often each public toilet is cleaned": replies say "6 days a week", "twice a day"
        out += [m for m in ("days", "count") if m not in out]
    out += [m for m in _area_measures(question) if m not in out]
    out += [m for m in units if m not in out]
    if _AGE_ASKED.search(question) and "years" not in out:
        out.append("years")     # "What is the average age of your council farm tenants?": people's age, in years
    if not out and _TIMES_OF_DAY.search(question):
        return ["hours"], "when in the day asked: 'hours' guessed"
    if not out:
        return ["count"], "no count or money words: 'count' guessed"
    return out, ""
