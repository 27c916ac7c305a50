"""What kind of letter a reply is, and what it decided: outcome, exemptions, neither-confirm-nor-deny,
public interest test, information not held — per reply and per question.

Rules read English as councils write it. A section of the Act counts as an exemption only when it is an
exemption (FOI ss.12, 14, 21-44; EIR regs 12(3)-12(5), 13), when it is not in a sentence that explains the
requester's rights or speaks hypothetically ("if the cost would exceed ... section 12"), and when it is
not part of the quoted request. Procedural sections (1, 10, 16, 17, 50 ...) are listed separately.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache, wraps
from re import _constants as _K, _parser as _P

from .exemption_titles import TITLE_WORDS
from .first_chars import FOLDED_WITH, first_char_spans, first_chars, from_first_char
from .folding import folds_unseen, lowered
from .sentences import sentence_at, sentences  # (read from here by the phrase finders: C.sentences)

FOI_EXEMPT = {"12", "14", "21", "22", "22A", "23", "24", "26", "27", "28", "29", "30", "31", "32", "33", "34",
              "35", "36", "37", "38", "39", "40", "41", "42", "43", "44"}
FOI_PROCEDURAL = {"1", "2", "3", "5", "8", "9", "10", "11", "13", "16", "17", "19", "45", "46", "50", "77", "84"}
# The Freedom of Information (Scotland) Act 2002 numbers its exemptions ss.25-41 (plus s12 excessive cost and
# s14 vexatious/repeated); its s20/s21 are the requester's review, s15 advice and assistance, s16 refusal notices.
FOISA_EXEMPT = {"12", "14"} | {str(n) for n in range(25, 42)}
FOISA_PROCEDURAL = {"1", "2", "9", "10", "11", "13", "15", "16", "17", "18", "19", "20", "21", "47", "60", "61"}
_SCOTTISH = re.compile(r"\(\s*Scotland\s*\)\s+(?:Act|Regulations)|\bEISRs?\b|\bFOISA\b|\bFOI\s*\(\s*S\s*\)\s*A\b|Scottish\s+Information\s+Commissioner"
                       # FOISA's s25 named by its own title, which the FOI Act has no section 25 for: "exempt under
                       # Section 25 – Information Otherwise Accessible"
                       r"|\bs(?:ection|\.)?\s*25\s*(?:\(\s*1\s*\)\s*)?[-\u2013\u2014:,(]?\s*information\s+otherwise\s+accessible\b",
                       re.IGNORECASE)
# Sections whose only refusal is in one subsection (the others define or qualify it): any subsection is the
# section. s12 (cost limit; FOISA s12 excessive cost), s21 (FOIA: reasonably accessible by other means) and
# s25 (FOISA: otherwise accessible).
ONE_REFUSAL_SECTIONS = {"12", "21", "25"}
# subsections that remove the duty to confirm or deny
NCND_PROVISIONS = {"s23(5)", "s24(2)", "s26(3)", "s27(4)", "s28(3)", "s29(2)", "s30(3)", "s31(3)", "s32(3)",
                   "s33(3)", "s34(2)", "s35(3)", "s36(3)", "s37(2)", "s38(2)", "s39(2)", "s40(5)", "s40(5a)",
                   "s40(5b)", "s41(2)", "s42(2)", "s43(3)", "s44(2)", "reg12(6)"}

MAX_MENTIONS = 1000
# the EIR exception for information not held (EIR reg 12(4)(a), EISR reg 10(4)(a)): labelled as an exemption, read
# as "not held"
NOT_HELD_CODES = frozenset({"reg12(4)(a)", "reg10(4)(a)"})
_EIR = re.compile(r"\benvironmental\s+information\s+(?:\(\s*scotland\s*\)\s+)?regulations\b|\bEIRs?\b|\bEISRs?\b",
                  re.IGNORECASE)
_EIR_FAST = from_first_char(_EIR) or _EIR     # (searched from an "e" only)


_DPA = re.compile(r"^\s*(?:\(\s*\w+\s*\))*\s*of\s+the\s+data\s+protection\s+act\b", re.IGNORECASE)


@lru_cache(maxsize=256)     # asked of the same reply by its exemptions, its NCND and its outcome
def is_scottish(text: str) -> bool:
    """Whether the reply is under the Freedom of Information (Scotland) Act, whose sections number differently."""
    if not folds_unseen(text):
        # (every match holds "scotland", "eisr", "foisa", "scottish" or "foi (": most replies hold none)
        low = lowered(text)
        if not any(w in low for w in _SCOTTISH_WORDS) and not _FOI_S.search(low):
            return False
    return bool(_SCOTTISH.search(text))


_SCOTTISH_WORDS = ("scotland", "eisr", "foisa", "scottish", "otherwise accessible")
_FOI_S = re.compile(r"foi\s*\(")


def ncnd_provisions(text: str) -> set[str]:
    """The subsections that remove the duty to confirm or deny, in the Act the reply is under: FOIA's (s39(2),
    s40(5) ...); FOISA's exemptions have none (its s18 is the neither-confirm-nor-deny refusal, read in words)."""
    return set() if is_scottish(text) else NCND_PROVISIONS


def within(code: str, provisions: set[str]) -> bool:
    """Whether ``code`` is one of ``provisions`` or a part of one: s40(5B)(a)(i) is within s40(5B)."""
    return code in provisions or any(code.startswith(p + "(") for p in provisions)


def passive_codes(text: str, codes: set[str]) -> set[str]:
    """Codes named in the reply that refuse nothing: EIR reg 12(4)(a) is "not held"; s39 (FOIA and FOISA) when the
    reply deals with the request under the Environmental Information Regulations instead ("We are applying the
    exemption at section 39(2) of FOISA, so that we do not also have to deal with your request under FOISA")."""
    out = {c for c in codes if c in NOT_HELD_CODES}
    if codes and _EIR_FAST.search(text):     # (with no code named there is nothing to add: most replies)
        out |= {c for c in codes if re.fullmatch(r"s39(?:\(.*)?", c)}
    return out

# (a subsection whose closing bracket was dropped before the next one opens, "Regulation 12(5(b)", is read as
# written in full: it can mean nothing else)
_SUB = r"(?:\s*\(\s*[0-9]{1,2}[A-Za-z]?\s*(?:\)|(?=\(\s*[a-z]{1,4}\s*\)))|\s*\(\s*[a-z]{1,4}\s*\))"
_NUM = r"\d{1,2}[A-Za-z]?(?![\d])" + _SUB + "*"
_SECTION = re.compile(
    # (every keyword starts with "s", "r" or "e": the look-ahead spares trying them all at every other word)
    r"(?<!['\w])(?=[sSrReE])(?P<kw>sections?|secs?\.?|ss?\.(?=\s*\d)|s(?=\s?\d)|regulations?|regs?\.?|eir(?:s)?\s+(?:regulation\s+)?|"
    r"exceptions?\s+(?:(?:at|under|in)\s+(?:regulation\s+)?|(?=1[23]\s*\(\s*[4-6]\s*\)))|"
    # a section named "exemption" before the Act's own title for it: "Exemption 31 Law Enforcement"
    r"exemptions?\s+(?=\d{1,2}(?:\s*\(\s*\w{1,2}\s*\))*\s*(?:[-\u2013:(]\s*)?" + TITLE_WORDS + r"))"
    r"\s*(?P<nums>" + _NUM + r"(?:\s*(?:,|and|or|&|/)\s*(?:sections?\s*|s\.?\s*|regulations?\s*|regs?\.?\s*)?" + _NUM + r")*)"
    r"(?P<range>\s*(?:-|to)\s*\d{1,2})?",
    re.IGNORECASE)
_OTHER_ACT = re.compile(r"^\s*(?:\(\s*\w+\s*\))*\s*(?:"
                        # "as specified at s28(6) and s28(7) Localism Act 2011": another Act's title right after
                        r"(?!freedom\b|environmental\s+information\b|of\b|the\b)(?-i:[A-Z]\w+(?:\s+[A-Z]\w+){0,5})\s+Act\s+"
                        r"(?:19|20)\d\d\b|of\s+(?:"
                        # "Section 33 of Environmental Protection Act 1990": another Act named with its year
                        r"(?!freedom\b|environmental\s+information\b)(?-i:[A-Z]\w+(?:\s+[A-Z]\w+){0,5})\s+Act\s+(?:19|20)\d\d\b|"
                        # "section 35 of the 2014 Act": another Act by its year alone (not the FOI Act, "the 2000
                        # Act", FOISA, "the 2002 Act", or the EIR, "the 2004 Regulations")
                        r"the\s+(?:(?!2000\b|2002\b)(?:19|20)\d\d\s+Act|(?!2004\b)(?:19|20)\d\d\s+(?:Regulations|Order))\b|"
                        r"the\s+(?!freedom\s+of\s+information|foi|act\b|environmental\s+information|"
                        r"eir\b|regulations\b)[A-Z][\w ]{2,50}?\b(?:Act|Regulations|Order|Code)\b))", re.IGNORECASE)

_RIGHTS = re.compile(
    r"\byour\s+rights?\b|\byou\s+(?:have|also\s+have)\s+(?:the|a)\s+right|\bright\s+to\s+(?:appeal|complain|request|ask|"
    r"apply|make)|\bif\s+you\s+are\s+(?:not\s+)?(?:unhappy|dissatisfied|satisfied|happy|not\s+content)|\binternal\s+review\b|"
    r"\binformation\s+commissioner|\bico\b|\bcomplain(?!ts?\b)|\b(?:a|formal)\s+complaint\b|"
    # (not the complaints a reply counts: "Complaints N/A* 11 13 21 25 15" run into a footnote)
    r"\bcomplaints?\s+(?:procedure|process|policy|team|officer)\b|\bre-?use\b|\bcopyright\b|\bopen\s+government\s+licen[cs]e|"
    r"\bexemptions?\s+(?:are|include|such\s+as|set\s+out|listed)|\bthe\s+act\s+(?:contains|provides|sets\s+out|allows)|"
    r"\b(?:ico'?s?|commissioner'?s?|statutory)\s+guidance\b|\bguidance\s+(?:on|about)\s+(?:the\s+|your\s+)?(?:act|rights?|"
    r"exemptions?|freedom\s+of\s+information)\b|\bpublication\s+scheme\s+(?:sets|describes|explains)",
    re.IGNORECASE)
# (asked of every sentence a phrase stands in: searched only from the letters its words start with)
_RIGHTS_FAST = from_first_char(_RIGHTS)


def _rights_at(text: str, pos: int = 0) -> tuple[int, int] | None:
    """The span of _RIGHTS' first match in ``text`` from ``pos`` (its search's), or None."""
    if _RIGHTS_FAST is None:
        m = _RIGHTS.search(text, pos)
        return m.span() if m else None
    m = _RIGHTS_FAST.search(text, pos)
    return m.span(1) if m else None
_HYPOTHETICAL = re.compile(
    r"^\W*(?:please\s+note\s+(?:that\s+)?)?(?:if|where|should|in\s+the\s+event|unless|when|whether|once|before|"
    # ("Any information that is exempt will be withheld", but not "Any other information held is exempt from release
    # under Section 30(c)", which applies it)
    r"any\b(?!\s+(?:other|further|remaining)\s+information\b[^.]{0,30}?\b(?:is|are|has\s+been)\s+(?:exempt|withheld)\b))\b"
    r"|\b(?:may|might|could|can)\s+"
    r"(?:be\s+(?:exempt|withheld|refused|applied|engaged)|apply|rely|need\s+to|have\s+to|refuse|withhold|consider)\b|"
    r"\bconsider(?:ing)?\s+(?:whether|if|the\s+application)|\bwhether\s+(?:any\s+)?(?:exemptions?|sections?|the\s+exemption)"
    # the requester asking to be told: "Please let me know if this request exceeds the cost limit for FOI requests,
    # and I can refine the scope."
    r"|\b(?:let\s+(?:me|us)\s+know|tell\s+(?:me|us)|advise\s+(?:me|us)|inform\s+(?:me|us))\s+(?:if|whether)\b"
    # the requester asking for what no exemption would stop: "if possible, and without triggering a section 40
    # exemption please, provide:", "to avoid engaging section 40"
    r"|\b(?:without|avoid(?:ing)?|so\s+as\s+not\s+to)\s+(?:triggering|engaging|invoking|trigger|engage|invoke)\b",
    re.IGNORECASE)

# Refusals named in words only. "vexatious" is s14(1) and a repeated request s14(2) in both Acts; information
# already accessible is FOIA s21 ("reasonably accessible ... by other means") and FOISA s25 ("otherwise accessible").
_PHRASES = [
    ("s12", re.compile(r"\b(?:exceed|exceeds|exceeded|exceeding|over|above|beyond|breach)\s+(?:the\s+)?"
                       # (the limit's name may stand in quotes: "would exceed the ‘appropriate limit’")
                       r"[\u2018\u201c'\"]?(?:upper\s+|appropriate\s+)?(?:appropriate|cost|costs|fees?)\s+limit|\bappropriate\s+limit\b[^.]{0,60}\bexceed"
                       # "which would exceed the time and cost of compliance"
                       r"|\b(?:exceed|exceeds|exceeded|exceeding)\s+(?:the\s+)?(?:time\s+and\s+)?cost\s+of\s+compliance\b"
                       # the cost limit's Regulations named, which a reply cites only to apply it: "the 'Freedom of
                       # Information and Data Protection (Appropriate Limit and Fees) Regulations 2004 sets an
                       # appropriate limit ..." (a stored page may be cut before the refusal that follows)
                       r"|\bappropriate\s+limits?\s+and\s+fees\s*\)?\s+regulations\b"
                       # the cost limit as the hours it stands for (18 for councils and police, 24 for central
                       # government): "estimated as exceeding the permitted 18 hours", "within the permitted 18 hour
                       # threshold" (a stored page may be cut before the "Section 12" that follows)
                       r"|\b(?:exceed|exceeds|exceeded|exceeding)\s+(?:the\s+)?(?:permitted\s+|statutory\s+|appropriate\s+)?"
                       r"(?:18|24|eighteen|twenty[\s-]four)[\s-]*hours?\b"
                       r"|\b(?:permitted|statutory|appropriate)\s+(?:18|24|eighteen|twenty[\s-]four)[\s-]*hours?\s+"
                       r"(?:threshold|limit)\b"
                       # the hours as what the work would take: "This will take more than 18 hours for us to collate
                       # this information", "the total time needed would be in excess of 18 hours"
                       r"|\b(?:take|takes|taking|took|require|requires|requiring|involve|involves|be)\s+(?:us\s+)?"
                       r"(?:well\s+)?(?:more\s+than|in\s+excess\s+of|upwards\s+of)\s+(?:the\s+)?(?:permitted\s+|statutory\s+)?"
                       r"(?:18|24|eighteen|twenty[\s-]four)[\s-]*hours?\b"
                       # any limit's hours named as the law's (Jersey's 12.5, FOISA's 40): "This would take more than
                       # the prescribed 12.5 hours to complete", "in excess of the permitted 40 hours"
                       r"|\b(?:more\s+than|in\s+excess\s+of|over|exceed|exceeds|exceeding)\s+the\s+(?:prescribed|permitted|"
                       r"statutory)\s+\d{1,2}(?:\.\d{1,2})?[\s-]*hours?\b"
                       # the cost limit as the sum it stands for (£450 for councils, £600 for central government and
                       # in Scotland): "we estimate that the cost of complying with your request would exceed the cost
                       # of £600.00 which is the limit specified by the Scottish Ministers", "would cost the Council in
                       # excess of £600"
                       r"|\b(?:exceed|exceeds|exceeded|exceeding|in\s+excess\s+of)\s+(?:the\s+)?(?:(?:cost|sum|amount)\s+"
                       r"of\s+)?£(?:450|600)(?:\.00)?(?![\d,])"
                       # the cost limit in words: "Q2 & Q3 would require a large amount of time spent in identifying ..."
                       r"|\bwould\s+(?:require|take|involve)\s+(?:an?\s+)?(?:very\s+)?(?:large|significant|considerable|"
                       r"substantial|disproportionate|excessive|unreasonable)\s+(?:amount\s+of\s+)?(?:officer\s+|staff\s+)?"
                       r"(?:time|work|effort|resources?)\b", re.I)),
    ("s14(1)", re.compile(r"\bvexatious\b", re.I)),
    ("s14(2)", re.compile(r"\b(?:repeated|repeat)\s+request\b", re.I)),
    ("s21", re.compile(r"\breasonably\s+accessible\s+(?:to\s+(?:you|the\s+applicant|the\s+requester)\s+)?"
                       r"(?:by|through|via)\s+other\s+means\b", re.I)),
    ("s25", re.compile(r"\botherwise\s+accessible\b", re.I)),
    ("reg12(4)(b)", re.compile(r"\bmanifestly\s+unreasonable\b", re.I)),
]

# A word every match of each phrase holds, in lower case (any one of them): a text without one is not searched
# (a test holds every match to hold one; see folding.py for the letters lowering does not show)
_PHRASE_NEEDS = {"s12": ("limit", "complian", "would", "hour", "£450", "£600"), "s14(1)": ("vexatious",),
                 "s14(2)": ("repeat",), "s21": ("reasonably",), "s25": ("otherwise",), "reg12(4)(b)": ("manifestly",)}
# ...and each searched only from the letters its words start with (first_chars)
_PHRASES_FAST = {code: from_first_char(rx) for code, rx in _PHRASES}

_NCND = re.compile(
    r"\bneither\s+(?:to\s+)?confirm(?:s|ed|ing)?\s+n?or\s+den(?:y|ies|ied|ying)\b"
    r"|\b(?:not|cannot|can't|won't|unable\s+to|decline\s+to|refuse\s+to)\s+(?:either\s+)?confirm\s+or\s+deny\b"
    r"|\b(?:removes?|excludes?|exempts?|relieves?|disapplies|disapply|not\s+(?:obliged|required))\b[^.]{0,60}"
    r"\bduty\s+to\s+confirm\s+or\s+deny"
    r"|\bduty\s+to\s+confirm\s+or\s+deny[^.]{0,40}\b(?:does\s+not\s+(?:apply|arise)|is\s+(?:removed|excluded|disapplied))",
    re.IGNORECASE)
_PIT = re.compile(
    r"\bpublic\s+interest\s+test\b|\bbalanc\w*\b[^.]{0,60}\bpublic\s+interest|\bpublic\s+interest\b[^.]{0,80}"
    r"\boutweigh|\boutweigh\w*\b[^.]{0,80}\bpublic\s+interest|\bfactors?\s+(?:in\s+favour\s+of|for|against)\s+"
    r"(?:disclosure|disclosing|withholding|maintaining|release)|\bpublic\s+interest\s+(?:arguments?|factors?|considerations?)"
    # the test as councils report having run it: "we have considered/weighed the public interest", "the public
    # interest favours withholding", "the public interest in maintaining the exemption", "is outweighed by"
    r"|\b(?:considered|weighed|assessed|balanced|applied|carried\s+out|conducted|undertook|undertaken)\s+(?:the\s+)?"
    r"public\s+interest\b"
    r"|\bpublic\s+interest\b[^.]{0,60}\b(?:favou?rs?|lies\s+in|rests\s+in|is\s+best\s+served|weighs?\s+in\s+favou?r)\b"
    r"|\bpublic\s+interest\s+in\s+(?:maintaining|withholding|applying|upholding|disclos\w+|releas\w+|the\s+release)\b"
    r"|\bpublic\s+interest\b[^.]{0,80}\b(?:is|was|are)\s+outweighed\b"
    # the interests weighed, one said to be the stronger: "there is a public interest in openness and transparency.
    # However, the council believes that there is a strong public interest in avoiding circumstances which ..."
    r"|\b(?:strong|stronger|greater|overriding)\s+public\s+interest\s+in\b",
    re.IGNORECASE)
# what is held covers part of the span asked: "Hastings Borough Council only holds information from 2013 to date",
# "we can only provide data from 1st April 2013 to 11th December 2025" (a not-held of the rest)
_HELD_ONLY_PART = (
    r"\bonly\s+(?:hold|holds|has|have|keep|keeps|retain|retains)\s+(?:the\s+)?(?:information|data|records?|figures?)\s+"
    r"(?:from|since|for|back\s+to)\b"
    r"|\bcan\s+only\s+(?:provide|supply|give)\s+(?:\w+\s+){0,4}?(?:from|since|for\s+(?:the\s+)?(?:period|years?)|back\s+to)\b")
HELD_ONLY_PART = re.compile(_HELD_ONLY_PART, re.IGNORECASE)
_NOT_HELD = re.compile(
    r"\b(?:do|does|did)\s+not\s+(?:have|keep|retain|collect|maintain|store)\b"
    r"[^.\n]{0,50}?\b(?:information|data|records?|figures?|details|breakdown|this|that|it|such)\b"
    # verbs that only ever say the figures are not kept: "we do not collate purchases by device"
    r"|\b(?:do|does|did)\s+not\s+(?:hold|record|collate|capture|compile|report\s+on)\b"
    # no list to count from: "The Moray Council does not have a waiting list", "we do not keep a register"
    r"|\b(?:do|does|did)\s+not\s+(?:have|keep|maintain|hold)\s+(?:a|an|any)\s+(?:[\w-]+\s+)?(?:lists?|registers?|"
    r"databases?)\b(?![ \t]+(?:of|for|on|at)\b)"
    r"|\b(?:is|are|was|were)\s+not\s+(?:captured|collated|compiled)\b"
    r"|\b(?:don't|doesn't|didn't|wouldn't|would\s+not)\s+(?:hold|keep|record|collate|capture)\b"
    # no system that records it: "we don't have a recording system which differentiates between types of litter"
    r"|(?:\bnot|n't)\s+have\s+an?\s+(?:recording\s+|reporting\s+|case\s+management\s+)?system\s+(?:that|which)\b"
    # or not then: "*refers to years when our Freedom of Information request recording system was not in place"
    r"|\b(?:recording|reporting|case\s+management)\s+system\s+(?:was|were|is)\s+not\s+(?:yet\s+)?(?:in\s+place|"
    r"operational|in\s+use)\b"
    r"|\b(?:information|data|records?|details|figures?)\b[^.\n]{0,40}\b(?:is|are|was|were)\s+not\s+(?:held|recorded|"
    r"kept|retained|collected|available|captured|collated|compiled|maintained|stored)\b"
    # what is asked for apart is not kept apart: "Costs are contained within the overall Democratic Services budget
    # and are not disaggregated", "the figures are not broken down by ward", "Our budget isn't broken down to this
    # level"
    r"|\b(?:information|data|records?|details|figures?|costs?|spend|expenditure|budgets?)\b[^.\n]{0,80}"
    r"\b(?:(?:is|are|was|were)\s+not|isn't|aren't|wasn't|weren't)\s+(?:disaggregated|broken\s+down|separated\s+out|"
    r"split\s+out)\b"
    # (also run into the next line's first word where a page lost its line breaks: "Information not heldHastings")
    r"|\bnot\s+held(?:\b|(?=(?-i:[A-Z])[a-z]))|\bno\s+(?:recorded\s+)?(?:information|records?|data)\s+(?:is\s+|are\s+)?held\b"
    # "a) 2018-19 academic year: data unavailable", "2015/16 - figures not available": the answer in two words; or
    # with the form it is not kept in: "3/ Information not available in a reportable format."
    r"|\b(?:information|data|records?|figures?|details?|breakdowns?)\s+(?:currently\s+)?(?:unavailable|not\s+available)"
    r"(?:[ \t]+in[ \t]+(?:a|an|the|this|that|any)[ \t]+(?:[\w-]+[ \t]+)?format(?:[ \t]+requested)?)?(?=[ \t]*(?:[.;)\n]|$))"
    # FOISA's section 17 is its notice that information is not held: "Staff time to configure the case management
    # system is not available therefore this is exempt under Section 17 of the Freedom of Information (Scotland) Act"
    r"|\bsection\s+17\s+of\s+the\s+freedom\s+of\s+information\s+\(\s*scotland\s*\)"
    # "2017/2018 - No data available"
    r"|\bno\s+(?:recorded\s+)?(?:information|records?|data|figures?)\s+(?:is\s+|are\s+)?(?:currently\s+)?available\b"
    # records that start later than the years asked: "No records prior to 2014", "no data before April 2019"
    r"|\bno\s+(?:recorded\s+)?(?:information|records?|data|figures?)\s+(?:(?:is|are)\s+)?(?:held\s+|kept\s+|available\s+)?"
    r"(?:prior\s+to|before|earlier\s+than)\b"
    # "data for 2017 is incomplete / unavailable", "The figure for 2022/23 is not yet finalised"
    r"|\b(?:information|data|records?|details|figures?)\b[^.\n]{0,40}\b(?:is|are|was|were)\s+(?:\w+\s*(?:/|or)\s*)?"
    r"unavailable\b"
    r"|\b(?:information|data|records?|details|figures?)\b[^.\n]{0,40}\b(?:is|are)\s+not\s+yet\s+(?:finalised|finalized|"
    r"available|validated|verified|complete)\b"
    # a return or report that does not exist yet: "The 2015 return has not yet been done, but will be published by
    # the FSA when it is ready"
    r"|\b(?:information|data|figures?|returns?|reports?|statistics)\b[^.\n]{0,40}\b(?:has|have)\s+not\s+yet\s+been\s+"
    r"(?:done|compiled|completed|produced|published|collated|finalised|finalized|submitted|prepared)\b"
    # (not recorded, however qualified: "Not specifically recorded" under a question's part, "not routinely recorded")
    r"|\bhold(?:s)?\s+no\s+(?:recorded\s+)?(?:information|records?|data)\b"
    r"|\bnot\s+(?:centrally\s+|specifically\s+|currently\s+|routinely\s+|separately\s+)?recorded\b"
    # nothing kept of it: "2) This is not measured", "The data for 2021/22 was not tracked individually"
    r"|\b(?:is|are|was|were)\s+not\s+(?:centrally\s+)?(?:measured|monitored|tracked)\b"
    # "the Council has no record of", "our searches found no information"
    r"|\b(?:has|have|hold|holds|keep|keeps)\s+no\s+(?:central\s+|such\s+|recorded\s+)?records?\s+of\b"
    r"|\b(?:found|located|identified)\s+no\s+(?:recorded\s+)?(?:information|records?|data)\b"
    # the work is another body's, so nothing is held: "the County Council does not have an obligation to provide
    # temporary accommodation", "the Government is not responsible for the management of the system"
    r"|\b(?:do|does)\s+not\s+have\s+(?:an?\s+|any\s+)?(?:statutory\s+|legal\s+)?(?:obligation|duty|responsibility)\s+to\b"
    r"|\b(?:is|are)\s+not\s+responsible\s+for\s+(?![^.\n]{0,30}\b(?:content|websites?|sites?|links?|pages?)\b)"
    # "Moray Council has no responsibility for the Operational Budget", "we have no knowledge of the location"
    # ("... have no knowledge regarding food waste collections for any businesses which use other waste management
    # companies", "... also have no way of knowing how many food waste businesses ... meet the criteria")
    r"|\b(?:has|have)\s+no\s+(?:knowledge|responsibility|involvement)\s+(?:of|for|in|regarding|about)\b"
    r"(?![^.\n]{0,30}\b(?:content|websites?|sites?|links?|pages?)\b)"
    r"|\b(?:has|have)\s+no\s+(?:way|means)\s+of\s+(?:knowing|telling|establishing|determining|identifying)\b"
    # "We no longer have access to this data", "the council no longer holds these records"
    r"|\bno\s+longer\s+(?:have|has|hold|holds|keep|keeps|retain|retains)\s+(?:access\s+to\s+)?(?:this|that|the|these|those|"
    r"such|any)?\s*(?:information|data|records?|figures?|details)\b"
    # a caveat that what is given leaves part out: "The data on the spreadsheet ... does not include some relevant
    # information"
    r"|\b(?:does|do)\s+not\s+include\s+(?:some|all)\s+(?:of\s+the\s+)?(?:relevant\s+|requested\s+)?information\b"
    # "This is not a request for recorded information": there is nothing recorded to give
    r"|\bnot\s+(?:a\s+)?request\s+for\s+recorded\s+information\b"
    # an answer that sends the requester to another council: "Refer to the County Council"
    r"|(?m:^)[ \t]*(?:\d{1,2}\s*[.):]\s*)?(?:please\s+)?refer\s+(?:to|your\s+request\s+to)\s+(?:the\s+|your\s+)?"
    r"(?:[\w&'-]+\s+){0,4}(?:council|authority)\b"
    # the matter is decided by someone else, so the council records no decision of its own: "The council never
    # decide fault or liability. That decision is taken by our insurers."
    r"|\b(?:that|this|the|such|these)\s+decisions?\s+(?:is|are)\s+(?:taken|made)\s+(?:solely\s+|entirely\s+)?by\s+"
    r"(?:our|the|its|an?)\s+(?!(?:council|authority|officers?|staff|team|panel|committee|cabinet|members?)\b)\w+"
    # the work is another body's, named before the council itself: "it is the Highway Authority at Essex County
    # Council not the local Borough Council who has the responsibility for the winter maintenance of roads"
    r"|\bnot\s+(?:the|this|our)\s+(?:[\w-]+\s+){0,3}?(?:council|authority),?\s+(?:who|which|that)\s+(?:has|have|is|are)\s+"
    r"(?:the\s+)?responsib(?:le|ility)\b"
    # the requester sent on to the body that holds it: "you will need to forward on your request direct to them"
    # (not "You may wish to redirect your request to them", said beside answers of the council's own)
    r"|\byou\s+(?:will|would)\s+(?:need|have)\s+to\s+(?:forward|redirect|re-direct|send|submit|direct|"
    r"address)\s+(?:on\s+)?(?:your|this)\s+(?:request|enquiry|query)\s+(?:on\s+)?(?:direct(?:ly)?\s+)?to\b"
    # ... said of the request: "Requests would need to be directed to them", "This would need to be directed to the
    # Procurator Fiscal's service"
    r"|\b(?:this|that|it|requests?|enquir(?:y|ies)|quer(?:y|ies))\s+(?:would|will)\s+(?:need|have)\s+to\s+be\s+"
    r"(?:re-?)?(?:directed|forwarded|sent|submitted|addressed)\s+(?:direct(?:ly)?\s+)?to\b"
    # held by the outside bodies that run the service: "tenancy agreements ... would be held by these two organisations"
    r"|\b(?:is|are|would\s+be)\s+held\s+by\s+(?:these|those|the|such|other|external|both|each\s+of\s+(?:these|the))\s+"
    r"(?:\w+\s+){0,2}?(?:organi[sz]ations?|bodies|societies|associations|compan(?:y|ies)|contractors?|providers?)\b"
    # held by another public body: "the information is held by Kent County Council"
    # ("the information you require is held by Essex County Council and not Brentwood Borough Council")
    r"|\b(?:information|data|records?)(?:\s+(?:that\s+)?you\s+(?:require|requested|request|have\s+requested|seek))?"
    r"\s+(?:is|are|would\s+be)\s+held\s+by\s+(?!(?:the|this|our)\b)"
    r"(?-i:[A-Z][\w&'-]*(?:\s+[A-Z][\w&'-]*){0,5}\s+(?:Council|Authority|Trust|Board|Commissioner|Partnership))\b"
    # part of what was asked is held: "we hold some of the information you require", "Hastings Borough Council only
    # holds information from 2013 to date", "we can only provide costs from our contractor from 2015 onwards"
    # (said as a fact, not "The Council may therefore hold some of the information ... but" before a cost refusal:
    # "hold" after a modal is never "holds")
    r"|\b(?:we|I)\s+(?:do\s+)?hold\s+(?:only\s+)?some\s+(?:but\s+not\s+all\s+)?of\s+the\s+information\b"
    r"|\bholds\s+(?:only\s+)?some\s+(?:but\s+not\s+all\s+)?of\s+the\s+information\b"
    # no budget of its own to give: "There is no specific budget allocated for dealing with Freedom of Information
    # Requests", "we have no dedicated budget for ..."
    r"|\b(?:there\s+is|we\s+have|(?:it|the\s+council)\s+has)\s+no\s+(?:specific|separate|dedicated|single|set|"
    r"designated|discrete|ring-?fenced)\s+budget\b"
    # "This information is partially held.", "the data requested is only partly held"
    r"|\b(?:information|data|records?)\s+(?:requested\s+)?(?:is|are)\s+(?:only\s+)?(?:partially|partly)\s+held\b"
    r"|" + _HELD_ONLY_PART +
    # a cost kept only inside a larger one: "We did not separate charges relating to Graffiti from the other grounds
    # maintenance costs", "The cost is include within the core service cleansing contract" (no sum given there)
    r"|\b(?:do|does|did)\s+not\s+(?:separate|separately\s+(?:record|identify))\b"
    r"|\b(?:cost|costs|spend|expenditure)\s+(?:is|are|was|were)\s+include[ds]?\s+(?:with)?in\s+(?:the|our|a|its)\s+"
    r"(?:[\w-]+\s+){0,5}?(?:contract|budget)\b(?![^.\n]{0,40}£)"
    # the work is another named body's: "This is dealt with by Derbyshire County Council", "this is handled by the
    # County Council" (not the council's own team or officers)
    r"|\b(?:this|that|it|these|which)\s+(?:is|are)\s+(?:dealt\s+with|handled|administered|managed|processed)\s+by\s+"
    r"(?:the\s+)?(?-i:[A-Z][\w&'-]*(?:\s+[A-Z][\w&'-]*){0,5}\s+(?:Council|Authority|Police|Constabulary))\b"
    # what is asked about does not happen, so there is nothing to count: "Fines are not issued for the misuse of
    # disabled parking bays"
    r"|\b(?:are|is)\s+not\s+(?:issued|imposed|levied|served)\s+(?:for|in\s+respect\s+of)\b"
    # a sum kept only inside a larger one, said as what cannot be done: "It is not possible to disaggregate the money
    # spent on play areas alone" (it cannot be done, which is not the effort of the cost limit: "in the time
    # available we are not able to split the costs by month" is a refusal, below)
    r"|\b(?:it\s+is|it's)\s+not\s+possible\s+to\s+(?:disaggregate|isolate|separately\s+identify|separate\s+out)\b"
    # an answer that is only "not known", beside its label or alone ("• Refused: Not currently known", "c) Unknown")
    r"|(?m:^)[ \t]*(?:[\u2022*-][ \t]*)?(?:[^\n:]{1,60}:[ \t]*)?(?:not\s+(?:currently\s+|presently\s+)?known|unknown)"
    r"[ \t]*\.?[ \t]*(?m:$)"
    # no store of the figures to count from: "there is no data set that easily enables us ...", "there is no system
    # which records ..."
    r"|\bthere\s+(?:is|are|was|were)\s+no\s+(?:central\s+|single\s+|electronic\s+)?(?:data\s*sets?|databases?|"
    r"systems?|registers?)\s+(?:that|which|to|where)\b"
    # the records do not tell the cases asked apart: "From computer records held, we are unable to differentiate
    # between cases where 'remedial action' resolved matters or whether 'no further action was taken'"
    r"|\b(?:(?:unable|not\s+able)\s+to|cannot|can\s+not|can't)\s+(?:\w+\s+)?(?:differentiate|distinguish)\s+between\b"
    # another named body has it: "the Department for Transport should be able to provide this"
    # (not "we" or the council itself: "we should be able to provide this by ...")
    r"|(?<!we\s)(?<!i\s)(?<!council\s)(?<!authority\s)(?<!you\s)(?<!they\s)\b(?:should|may|might|would)\s+be\s+able\s+to\s+"
    r"(?:provide|supply)\s+(?:this|that|it|these|the\s+(?:information|data|figures?))\b"
    # an answer that is only "Not available" ("c. Not Available"), or a bracketed note that a part of the answer is
    # not ("Total number of cases passed to enforcement agent (amounts not available)")
    r"|(?m:^)[ \t]*(?:\(?[a-z\d]{1,3}\s*[.):]\s*)?not\s+available[ \t]*\.?[ \t]*(?m:$)"
    r"|(?<=\()(?:[\w-]+\s+){1,3}not\s+available\)"
    # the figures were not counted then: "2021/22 Not tracked.", "Dover District Council did not track individual
    # reports", "The data for the financial year 2021/22 was not tracked individually"
    r"|\bnot\s+tracked\b|\b(?:do|does|did)\s+not\s+track\b"
    # fewer years kept than asked: "i.) 296 (only 2 years data available)"
    r"|\bonly\s+(?:\w+\s+){1,2}?(?:years?|months?)'?\s+(?:of\s+)?(?:data|information|records?|figures?)\s+"
    r"(?:is\s+|are\s+)?(?:available|held)\b",
    re.IGNORECASE)

# A refusal that names no section: "we are refusing your request", "the information is exempt from disclosure",
# "we are unable to provide this information". Read only for the outcome (it adds no exemption code).
_REFUSE = re.compile(
    r"\b(?:is|are|am)\s+(?:therefore\s+|now\s+)?(?:refusing|withholding|declining\s+to\s+(?:provide|disclose|release))\b"
    r"|\b(?:refuse|decline)\s+(?:to\s+(?:provide|disclose|release)|your\s+request|this\s+request)\b"
    r"|\brequest\s+(?:is|has\s+been)\s+(?:therefore\s+)?refused\b|\bexempt\s+from\s+disclosure\b"
    # the heading councils put over a refusal: "Notice of Refusal", "Request Refused"
    r"|\bnotice\s+of\s+refusal\b|\brequest\s+refused\b"
    r"|\b(?:unable|not\s+able|not\s+prepared|not\s+in\s+a\s+position)\s+to\s+(?:provide|disclose|release|supply)\s+"
    r"(?:the|this|that|any|you\s+with\s+(?:the|this|that|any)"
    # ("We are therefore unable to provide data on the number of "dangerous dogs" as our officers are not authorised
    # to confirm these breeds": the data itself)
    r"|(?:data|figures|information|details)\s+(?:on|for|about|regarding)\s+the)\b"
    # "It is not possible to give you details of the court outcome as this would involve looking into each case"
    r"|\b(?:it\s+is|it's)\s+not\s+possible\s+to\s+(?:provide|disclose|release|supply|give)\s+(?:you\s+(?:with\s+)?)?"
    r"(?:the|this|that|these|those|any|details?)\b"
    # "... could lead to identification, as each case is individual, therefore, this information should be withheld"
    r"|\b(?:information|data|details|figures?|names?)\s+(?:is|are|has\s+been|have\s+been|will\s+be|should\s+be|"
    r"must\s+be)\s+(?:therefore\s+)?withheld\b"
    # "We are not able from this information source to answer 'the number of individuals'", "It is not possible to
    # answer in terms of “How many farms”"
    r"|\b(?:unable|not\s+able|not\s+possible)\s+(?:[\w,]+\s+){0,5}?to\s+answer\b"
    # s43 in words: "Spend is commercially sensitive as this is between the supplier and the Council"
    r"|\b(?:is|are|being|considered|deemed)\s+commercially\s+sensitive\b"
    # "we are not obliged to supply the information requested as it is subject to a statutory exemption"
    r"|\bnot\s+(?:obliged|required)\s+to\s+(?:supply|provide|disclose|release)\b"
    # the cost limit in words: "Q2 & Q3 would require a large amount of time spent in identifying ..."
    r"|\bwould\s+(?:require|take|involve)\s+(?:an?\s+)?(?:very\s+)?(?:large|significant|considerable|substantial|"
    r"disproportionate|excessive|unreasonable)\s+(?:amount\s+of\s+)?(?:officer\s+)?(?:time|work|effort|resources?)\b"
    # ... and past an estimate already over it: "to provide a response to points 2 and 3, which would add
    # considerably more time to this estimate"
    r"|\bwould\s+add\s+(?:(?:considerably|significantly|substantially|much|far)\s+)?(?:more|further|additional)\s+"
    r"time\b"
    # the words of FOIA s1(1)(a) said before turning the request down: "the council holds information that falls
    # within the description specified in your request. However, ..."
    r"|\binformation\s+(?:that\s+|which\s+)?(?:falls?|falling)\s+within\s+the\s+description\s+specified\s+in\s+"
    r"your\s+request\s*(?:[.,;]\s*)?(?:however|but)\b"
    # "The Authority believes that in this case such an exemption applies in relation to ..." (not "if an
    # exemption applies")
    r"|(?<!\bif\s)\b(?:such\s+an|an|the|this|that)\s+exemption\s+(?:applies|is\s+engaged)\b"
    # "We cannot provide the cost per device as this is commercially sensitive"
    r"|\b(?:cannot|can\s+not|can't|will\s+not|won't)\s+(?:provide|disclose|release|supply|share)\s+"
    r"(?:the|this|that|these|those|any|you\s+with\s+(?:the|this|that|any))\b"
    # the breakdown asked for turned down: "in the time available we are not able to split the costs by month"
    r"|\b(?:(?:unable|not\s+able)\s+to|cannot|can\s+not|can't)\s+(?:split|break\s+down|disaggregate)\s+"
    r"(?:the|this|these|those|that|it|them)\b(?:\s+\w+){0,3}\s+(?:by|per|into|between)\b"
    # a review that upholds a refusal: "find that the correct EIR exceptions were applied, and the public interest
    # lies in withholding the information"
    r"|\bpublic\s+interest\s+(?:lies|rests|favours|favors)\s+(?:in\s+|with\s+)?(?:withholding|maintaining)\b"
    r"|\b(?:correct|appropriate)\s+(?:(?:EIR|FOI|FOISA|EISR)\s+)?(?:exceptions?|exemptions?)\s+(?:was|were|had\s+been|"
    r"has\s+been|have\s+been)\s+(?:correctly\s+)?applied\b",
    re.IGNORECASE)


_WORD_STARTS = r"(?:(?<!\w)|(?=n't))(?=[A-Za-z]|(?m:^))"     # where a word or a line starts, or at "n't"


def _from_word_starts(rx: re.Pattern[str]) -> re.Pattern[str]:
    """``rx`` told where a match can start: where a word starts, at a line's start, or at "n't" inside a word —
    which is where every alternative of _NOT_HELD and _REFUSE starts. The same matches (a test holds them equal
    on the real-reply set), found without trying every alternative at every character: 2-3 times faster, and
    these two phrase lists are read over every reply. Its alternatives are grouped by their first letter
    (_by_first_letter): at a word, only those that can start with its letter are tried (twice as fast again)."""
    return _by_first_letter(rx, _WORD_STARTS)


def _top_alternatives(pattern: str) -> list[str]:
    """``pattern`` cut at its top-level "|"."""
    out, depth, start, i, in_class = [], 0, 0, 0, False
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            if c == "]":
                in_class = False
        elif c == "[":
            in_class = True
            j = i + 1
            if pattern[j:j + 1] == "^":
                j += 1
            if pattern[j:j + 1] == "]":     # "[]...]": a first "]" is a character of the class
                j += 1
            i = j
            continue
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            out.append(pattern[start:i])
            start = i + 1
        i += 1
    out.append(pattern[start:])
    return out


def _by_first_letter(rx: re.Pattern[str], prefix: str = "") -> re.Pattern[str]:
    """``rx`` with its alternatives grouped by the letter they start with, each group behind a look-ahead for its
    letter: the same matches, but at a position only the alternatives that can start with its letter are tried,
    not every one (a phrase list of thirty alternatives is tried at every word of every reply). An alternative
    whose first character is not one known ASCII letter's is kept in every group, in its place, and in a last
    group of its own, so the alternatives that can match at a position are tried in their written order.
    ``prefix``: a pattern put before the groups (see _from_word_starts). ``rx`` unchanged where it has capturing
    groups, global inline flags or one alternative (``prefix`` put before it all the same)."""
    pattern = rx.pattern
    whole = re.compile(prefix + "(?:" + pattern + ")", rx.flags) if prefix else rx
    if rx.groups or re.match(r"\(\?[aiLmsux]+\)", pattern):
        return whole
    alts = _top_alternatives(pattern)
    if len(alts) < 2:
        return whole
    try:
        firsts = [first_letters(alt, rx.flags) for alt in alts]
    except re.error:
        return whole
    return re.compile(prefix + grouped_alternatives(alts, firsts, rx.flags), rx.flags)


def first_letters(alternative: str, flags: int) -> set[str] | None:
    """The ASCII letters and digits a match of ``alternative`` (a pattern, read with ``flags``) can start with,
    in lower case where case is ignored; None where it may start with anything else."""
    chars, empty = first_chars(_P.parse(alternative, flags), flags)
    if chars is None or empty or not chars or not all(c.isascii() and c.isalnum() for c in chars):
        return None
    return {c.lower() for c in chars} if flags & re.IGNORECASE else set(chars)


def grouped_alternatives(alts: list[str], firsts: list[set[str] | None], flags: int) -> str:
    """``alts`` as one non-capturing group of groups, one per first letter (``firsts``: first_letters of each),
    each behind a look-ahead for its letter, the alternatives in their written order; one whose first letter is
    not known is in every group and in a last group of its own (see _by_first_letter)."""
    keys = sorted({k for f in firsts if f for k in f})
    groups = []
    for key in keys:
        mine = [a for a, f in zip(alts, firsts) if f is None or key in f]
        look = f"[{key}{key.upper()}]" if flags & re.IGNORECASE and key.isalpha() else re.escape(key)
        groups.append(f"(?={look})(?:{'|'.join(mine)})")
    rest = [a for a, f in zip(alts, firsts) if f is None]
    if rest:
        groups.append(f"(?:{'|'.join(rest)})")
    return "(?:" + "|".join(groups) + ")"


def one_pass(lists: list[re.Pattern[str]], letters_only: bool = False) -> tuple[re.Pattern[str], tuple[int, ...]] | None:
    """One search for several phrase lists whose matches all start where _from_word_starts says: at each word,
    the alternatives of every list that can start with its letter are tried, each list's inside a look-ahead
    with a group of its own, so a list's match there is the one its own search would find there; a match of
    this search is a place where one list or more matches. With the number of the list each group belongs to
    (``phrase_spans`` reads the lists' own searches from it). None where a list has groups or global inline flags,
    or does not ignore case. ``letters_only``: without the alternatives that may start with something other than a
    letter (see without_line_starts)."""
    parts = []
    for rx in lists:
        if rx.groups or re.match(r"\(\?[aiLmsux]+\)", rx.pattern) or not rx.flags & re.IGNORECASE:
            return None
        alts = _top_alternatives(rx.pattern)
        try:
            firsts = [first_letters(alt, rx.flags) for alt in alts]
        except re.error:
            return None
        if letters_only:
            alts, firsts = [a for a, f in zip(alts, firsts) if f is not None], [f for f in firsts if f is not None]
        if rx.flags & re.MULTILINE:
            alts = [f"(?m:{alt})" for alt in alts]
        parts.append((alts, firsts))
    owners: list[int] = []

    def lists_at(key: str | None) -> str:
        # "(?=(A))(?=(B))?(?=(C))?|(?=(B))(?=(C))?|(?=(C))": every list that matches here has its group set
        mine = [(k, "|".join(a for a, f in zip(alts, firsts) if f is None or (key is not None and key in f)))
                for k, (alts, firsts) in enumerate(parts)]
        mine = [(k, alt) for k, alt in mine if alt]
        branches = []
        for i in range(len(mine)):
            branches.append("".join(f"(?=({alt}))" + ("?" if j else "") for j, (_, alt) in enumerate(mine[i:])))
            owners.extend(k for k, _ in mine[i:])
        return "|".join(branches)

    keys = sorted({k for _, firsts in parts for f in firsts if f for k in f})
    # each letter's group starts by reading its letter, then looks back to try its lists from there: a group that
    # starts with a character class is passed over at once at a word of another letter (one opening with a
    # look-ahead is entered first); a match is then that letter, not empty, and the next search starts after it,
    # where it would start after an empty match
    leads = [f"{key}{key.upper()}" if key.isalpha() else re.escape(key) for key in keys]
    # (each letter read case kept, with the letters ignoring case also takes: the engine then passes over the other
    # letters' groups without entering them, at every word of every reply)
    groups = [f"(?-i:[{lead}{FOLDED_WITH.get(key, '')}])(?<=(?=(?:{lists_at(key)}))[\\s\\S])"
              for key, lead in zip(keys, leads)]
    rest = lists_at(None)
    if rest:
        # (not at a word whose letter has a group: its lists there held these alternatives, which failed)
        rest = f"(?![{''.join(leads)}])(?:{rest})"
        # (tried at every word where no letter's group matched: where each of its alternatives says what stands
        # before its match, a line's start ("^") or a character ("(?<=\()"), one look-behind says at once whether
        # any can match there)
        before = [_preceded_by(a, rx.flags) for rx, (alts, firsts) in zip(lists, parts)
                  for a, f in zip(alts, firsts) if f is None]
        if all(b is not None for b in before):
            chars = "".join("\\n" if c == "\n" else re.escape(c) for c in sorted(set().union(*before)))
            groups.append(f"(?<![^{chars}])(?:{rest})")
        else:
            groups.append(f"(?:{rest})")
    return re.compile(_WORD_STARTS + "(?:" + "|".join(groups) + ")", re.IGNORECASE), tuple(owners)


def needed_words(pattern: str, flags: int) -> tuple[frozenset[str], ...]:
    """Sets of words, in lower case, each set holding a word every match of ``pattern`` holds (in any case): the
    literal runs it must read in its sequence, one for each branch of a choice, and those of a repeat read at least
    once. Empty where there are none."""
    try:
        return tuple(_needed(_P.parse(pattern, flags)))
    except re.error:
        return ()


def _needed(items) -> list[frozenset[str]]:
    choices: list[frozenset[str]] = []
    run: list[str] = []

    def flush() -> None:
        if run:
            choices.append(frozenset(["".join(run)]))
            run.clear()

    for op, av in items:
        if op is _K.LITERAL and chr(av).isascii():
            # (lowered whatever the case rule: a text holding the run as written holds it lowered)
            run.append(chr(av).lower())
            continue
        if op is _K.AT:
            continue        # (zero-width: the run goes on in the text)
        flush()
        if op is _K.SUBPATTERN:
            choices += _needed(av[3])
        elif op is _K.BRANCH:
            each = [_needed(alt) for alt in av[1]]
            if all(each):
                # (one set for each branch, its longest words': a match holds one of them)
                choices.append(frozenset().union(*(max(c, key=lambda w: min(map(len, w))) for c in each)))
        elif op in (_K.MAX_REPEAT, _K.MIN_REPEAT) and av[0] >= 1:
            choices += _needed(av[2])
    flush()
    return choices


def without_line_starts(lists: list[re.Pattern[str]]) -> tuple[tuple, tuple] | None:
    """For a text where no alternative of ``lists`` that may start with something other than a letter (at a line's
    start, after "(": one_pass tries them at every word, in their places) can match: each such alternative's
    needed_words, and one_pass of the lists without them, which finds the same in such a text (see
    _cannot_match). None where one of them needs no words, or a list would be left without alternatives."""
    needs = []
    for rx in lists:
        alts = _top_alternatives(rx.pattern)
        try:
            firsts = [first_letters(alt, rx.flags) for alt in alts]
        except re.error:
            return None
        for alt, f in zip(alts, firsts):
            if f is None:
                words = needed_words(alt, rx.flags)
                if not words:
                    return None
                needs.append(words)
        if all(f is None for f in firsts):
            return None
    reduced = one_pass(lists, letters_only=True)
    return (tuple(needs), reduced) if needs and reduced else None


def _cannot_match(text: str, needs: tuple) -> bool:
    """Whether ``text`` lacks, for each of ``needs`` (needed_words of some alternatives), every word of one set."""
    if folds_unseen(text):
        return False
    low = lowered(text)
    return all(any(not any(w in low for w in words) for words in sets) for sets in needs)


def _preceded_by(alternative: str, flags: int) -> frozenset[str] | None:
    r"""What stands before every match of ``alternative``: "\n" (a line break) where it opens with "^" (with
    MULTILINE or without it, or "\A": a line's start, the text's start too), the characters of a look-behind it opens
    with for one character that is no letter ("(?<=\()"), perhaps inside groups; None where it may be anything."""
    try:
        items = _P.parse(alternative, flags)
    except re.error:
        return None
    while len(items):
        op, av = items[0]
        if op is _K.AT:
            return frozenset("\n") if av in (_K.AT_BEGINNING, _K.AT_BEGINNING_LINE, _K.AT_BEGINNING_STRING) else None
        if op is _K.ASSERT and av[0] == -1 and len(av[1]) == 1:
            sub_op, sub_av = av[1][0]
            chars = ({chr(sub_av)} if sub_op is _K.LITERAL else
                     {chr(a) for o, a in sub_av if o is _K.LITERAL} if sub_op is _K.IN
                     and all(o is _K.LITERAL for o, _ in sub_av) else set())
            return frozenset(chars) if chars and not any(c.isalpha() for c in chars) else None
        if op is not _K.SUBPATTERN:
            return None
        items = av[3]
    return None


NOT_HELD_PHRASES, REFUSE_PHRASES = _NOT_HELD, _REFUSE      # as written, for the test that the fast forms agree
_NOT_HELD, _REFUSE = _from_word_starts(_NOT_HELD), _from_word_starts(_REFUSE)

_NOT_A_REFUSAL = re.compile(r"\b(?:within(?!\s+the\s+description)|by\s+the|in\s+time|deadline|until|yet)\b", re.IGNORECASE)

_ACK = re.compile(
    r"\backnowledg\w*\b[^.]{0,40}\b(?:receipt|request|e-?mail)|\backnowledg(?:e|ing)\s+(?:your|the)\b"
    r"|\b(?:has|have)\s+been\s+(?:received|logged|registered|passed\s+to|allocated|forwarded)"
    r"|\b(?:will|aim\s+to|endeavour\s+to|should|expect\s+to)\s+(?:respond|reply|provide\s+(?:you\s+with\s+)?a\s+response|"
    r"send\s+(?:you\s+)?(?:a|our)\s+response|be\s+in\s+touch)\b[^.]{0,80}\b(?:within|by|no\s+later\s+than)\b"
    r"|\b(?:is|are)\s+(?:currently\s+)?being\s+(?:processed|dealt\s+with|considered|handled|logged)"
    r"|\bautomated\s+(?:reply|response|message)|\bauto-?reply\b|\bthis\s+is\s+an\s+automatic"
    # "Thank you for your request for information which will be dealt with under the terms of the Freedom of
    # Information Act 2000": to be dealt with, not yet answered
    r"|\bwhich\s+will\s+be\s+dealt\s+with\s+under\b"
    # "We confirm receipt of your request and will contact you in due course."
    r"|\bconfirm\s+(?:the\s+)?receipt\s+of\s+(?:your|the)\b"
    r"|\bwill\s+(?:contact|respond\s+to|reply\s+to|write\s+to|be\s+in\s+touch\s+with)\s+you\s+in\s+due\s+course\b",
    re.IGNORECASE)
_ACK_STRONG = re.compile(r"\backnowledg\w*\b|\b(?:has|have)\s+been\s+(?:received|logged|registered)|\bautomated\s+(?:reply|response)",
                         re.IGNORECASE)
_HOLDING = re.compile(
    r"\bextend(?:ed|ing)?\b[^.]{0,60}\b(?:time|deadline|date|period|response)|\bextension\b"
    r"|\b(?:need|require|requires|needs)\s+(?:more|additional|further|extra)\s+time\b"
    r"|\bunable\s+to\s+(?:respond|provide|complete|reply)\b[^.]{0,60}\b(?:within|in\s+time|by\s+(?:the\s+)?"
    # "by" a date or deadline, not "covered by the exemption at section 12"
    r"(?:\d|deadline|due\s+date|date\b|end\b|(?:mon|tues|wednes|thurs|fri)day))"
    r"|\b(?:apologi[sz]e|sorry)\b[^.]{0,60}\bdelay\b(?![^.]{0,80}\b(?:please\s+find|below|attached)\b)"
    r"|\bstill\s+(?:being\s+)?(?:processed|working|collat|gather|consider)"
    r"|\bsection\s+10\s*\(\s*3\s*\)|\bregulation\s+7\b"
    r"|\bnot\s+yet\s+(?:been\s+)?(?:able|in\s+a\s+position)",
    re.IGNORECASE)
_CLARIFY = re.compile(
    r"\bclarif(?:y|ication|ied)\b|\bcould\s+you\s+(?:please\s+)?(?:confirm|specify|explain|let\s+(?:us|me)\s+know|"
    r"provide\s+(?:more|further))\b|\bplease\s+(?:could\s+you\s+)?(?:confirm|specify|narrow|refine)\b"
    r"|\bsection\s+1\s*\(\s*3\s*\)|\bregulation\s+9\s*\(\s*2\s*\)|\bbefore\s+we\s+can\s+(?:proceed|process|progress)\b"
    r"|\bwhat\s+(?:exactly\s+)?(?:do\s+you\s+mean|you\s+mean)\b",
    re.IGNORECASE)
_CLARIFIED = re.compile(
    r"\b(?:your|the\s+requester's)\s+(?:recent\s+)?(?:e-?mail|letter|message|reply)\s+(?:of|giving|with)\s+clarification"
    r"|\b(?:thank\s+you|thanks)\s+for\s+(?:your\s+)?clarif|\byou\s+(?:have\s+)?clarified\b"
    r"|\bfollowing\s+(?:your|the)\s+clarification\b"
    # "In your response to the request for clarification on your third question you stated:"
    r"|\b(?:your|the\s+requester's)\s+(?:response|reply|answer)\s+to\s+(?:the|our|my)\s+request\s+for\s+clarification\b",
    re.IGNORECASE)
_ACK_ATTACHED = re.compile(
    r"\b(?:attached|enclosed)\s+(?:is\s+)?(?:an?\s+|our\s+|the\s+|your\s+)?acknowledg\w*"
    r"|\backnowledg\w*\s+(?:letter|e-?mail|notice)\b[^.]{0,30}\b(?:attached|enclosed)\b",
    re.IGNORECASE)
_REVIEW = re.compile(
    r"\binternal\s+review\b[^.]{0,120}\b(?:outcome|decision|result|findings|conclusion|completed|concluded|carried\s+out|"
    r"conducted|undertaken|upheld|uphold|overturn\w*)\b"
    r"|\b(?:outcome|result|findings|decision)\s+of\s+(?:the|your|my|our)\s+(?:internal\s+)?review\b"
    r"|\b(?:I|we)\s+have\s+(?:now\s+)?(?:completed|carried\s+out|conducted|undertaken|reviewed)\b[^.]{0,80}\breview\b"
    r"|\breview\s+(?:has|have)\s+(?:now\s+)?been\s+(?:completed|concluded|carried\s+out|conducted)"
    r"|\b(?:the\s+)?(?:original\s+)?(?:decision|response)\s+(?:is|was|has\s+been)\s+(?:upheld|overturned|partially\s+upheld)",
    re.IGNORECASE)
# (its search searched only from the letters its words start with: whether a reply reports a review's result)
_REVIEW_FAST = from_first_char(_REVIEW) or _REVIEW
# (its leading spaces taken possessively: a word must follow them, so giving one back never helps, and a page
# with hundreds of blank lines made the search quadratic, 70% of its time over the demo replies)
_RESPONSE_CUE = re.compile(
    r"^\s*+(?:our\s+|the\s+council'?s\s+|council\s+)?(?:response|responses|reply|answer|answers)\b"
    # a heading that names the council before its answer: "East Herts Council Response"
    r"|^[ \t]*+(?:[A-Z][\w&'-]*[ \t]+){1,4}(?:council|authority)(?:'s)?[ \t]+(?:response|reply)[ \t]*$"
    r"|\bplease\s+(?:find|see)\s+(?:attached|enclosed|below|the\s+attached|our\s+response|the\s+information)"
    # the same, the file named before the word: "..., see spreadsheet attached."
    r"|\bsee\s+(?:the\s+)?(?:spreadsheets?|tables?|documents?|files?)\s+(?:attached|enclosed)\b"
    r"|\b(?:I|we)\s+(?:can|am\s+able\s+to|are\s+able\s+to|am\s+pleased\s+to|are\s+pleased\s+to)\s+"
    # (not "We can confirm receipt of your request", an acknowledgement)
    r"(?:confirm(?!\s+(?:the\s+)?receipt\b)|provide|advise|inform|supply|release)\b"
    r"|\bthe\s+(?:council|authority)\s+(?:can\s+confirm|is\s+able\s+to\s+confirm|has\s+(?:purchased|bought))",
    re.IGNORECASE | re.MULTILINE)


@dataclass(frozen=True)
class Mention:
    code: str
    start: int
    end: int
    sentence: tuple[int, int]


@dataclass(frozen=True)
class QuestionResult:
    question: str
    outcome: str | None
    exemptions: list[str]
    ncnd: bool
    quote: str
    start: int
    end: int


def _normalise_code(kw: str, num: str, scottish: bool = False) -> str | None:
    num = re.sub(r"\((\d{1,2}[a-z]?)(?=\()", r"(\1)", re.sub(r"\s+", "", num).lower())     # "12(5(b)"
    m = re.match(r"(\d{1,2}[a-z]?)((?:\([0-9a-z]+\))*)$", num)
    if not m:
        return None
    base, subs = m.group(1), m.group(2)
    kw = kw.lower()
    regulation = kw.startswith("reg") or kw.startswith("eir") or kw.startswith("exception")
    if regulation:
        if scottish:
            # the Environmental Information (Scotland) Regulations 2004 number their exceptions reg 10(4)-(5)
            # (10(4)(a): not held, 10(4)(b): manifestly unreasonable) and personal data reg 11
            if base == "10" and re.match(r"\((4|5)\)\([a-g]\)", subs):
                return "reg10" + re.match(r"\((?:4|5)\)\([a-g]\)", subs).group(0)
            if base == "11" and re.match(r"\([1-9]\)", subs):
                return "reg11" + re.match(r"\([1-9]\)", subs).group(0)
        if base == "13":
            return "reg13"
        if base == "12" and subs.startswith("(3)"):
            return "reg13"
        if base == "12" and re.match(r"\((4|5)\)\([a-g]\)", subs):
            return "reg12" + re.match(r"\((?:4|5)\)\([a-g]\)", subs).group(0)
        if base == "12" and subs.startswith("(6)"):
            return "reg12(6)"
        return None
    base_up = base.upper()
    if base_up not in (FOISA_EXEMPT if scottish else FOI_EXEMPT):
        return None
    # subsections are kept as written ("section 14(1)" is s14(1)), except for sections with one refusal
    # (s12 cost limit, s21 accessible by other means): "section 12(1)" and "section 12(2)" are both s12
    if base in ONE_REFUSAL_SECTIONS and not (scottish and base == "21"):
        subs = ""
    return f"s{base}{subs}"


def _procedural(kw: str, num: str, scottish: bool = False) -> str | None:
    num = re.sub(r"\s+", "", num).lower()
    m = re.match(r"(\d{1,2})", num)
    if not m or kw.lower().startswith(("reg", "eir", "exception")):
        return None
    return f"s{m.group(1)}" if m.group(1) in (FOISA_PROCEDURAL if scottish else FOI_PROCEDURAL) else None


def canonical_exemption(code: str) -> str:
    """The agreed form of an exemption code, for comparing codes written by different hands: any
    subsection of a one-refusal section is the section (s12(1) -> s12, s21(1) -> s21, FOISA s25(1) -> s25), spaces dropped,
    lower case. Other subsections are kept (s14(1), s31(1)(a), reg12(4)(b))."""
    c = re.sub(r"\s+", "", str(code)).lower()
    m = re.match(r"s(\d{1,2})\(", c)
    if m and m.group(1) in ONE_REFUSAL_SECTIONS:
        return f"s{m.group(1)}"
    return c


def _is_rights(sentence: str) -> bool:
    """A sentence about the requester's rights ("you may ask for an internal review"). One that reports the
    review's result ("Following an internal review, I have decided to uphold the decision to withhold ... under
    section 43(2)") applies the exemption; it is not boilerplate."""
    at = _rights_at(sentence)
    if at is None:
        return False
    said = sentence[at[0]:at[1]]
    if _CLAIMED_AS_SET_OUT.search(sentence, 0, at[0]) and re.match(r"exemptions?\s+set\s+out", said, re.I):
        # "we are claiming the exemption set out at Section 12 of the Freedom of Information Act 2000": applied,
        # not the Act's exemptions described ("The exemptions are set out in Part II")
        return _rights_at(sentence, at[1]) is not None
    if re.fullmatch(r"internal\s+review", said, re.IGNORECASE) and _REVIEW_FAST.search(sentence):
        return _rights_at(re.sub(r"\binternal\s+review\b", "", sentence, flags=re.IGNORECASE)) is not None
    return True


_CLAIMED_AS_SET_OUT = re.compile(r"\b(?:claim\w*|apply\w*|applied|rel(?:y|ying|ied)\s+on|cit(?:e|es|ed|ing)|invok\w+)"
                                r"\s+(?:the\s+)?$", re.IGNORECASE)
_BULLET_LINE = re.compile(r"[ \t]*[\u2022\u00b7\u25aa\u25cf*-][ \t]")


def _context_ok(text: str, sentence: tuple[int, int], cache: dict | None = None, pos: int | None = None) -> bool:
    if cache is not None and sentence in cache:
        ok = cache[sentence]
    else:
        s = text[sentence[0]:sentence[1]]
        ok = not _is_rights(s) and not _HYPOTHETICAL.search(s)
        if cache is not None:
            cache[sentence] = ok
    if not ok and pos is not None:
        # "When reporting fly tips there is an option to choose ... – we would have to go into each report ...
        # which would exceed the time and cost of compliance": the clause after a dash or semicolon stands alone
        head = text[sentence[0]:pos]
        cut = max(head.rfind(" \u2013 "), head.rfind(" \u2014 "), head.rfind(" - "), head.rfind(";"))
        # (or a bullet line without a full stop run into the sentence below it: "• Whether statutory late payment
        # interest ... was applied" / "A: The response to Q1 is not held in a form ... (Appropriate Limits and Fees)
        # Regulations 2004.": the sentence starts below the bullet)
        nl = head.rfind("\n")
        if nl > cut and _BULLET_LINE.match(head, head.rfind("\n", 0, nl) + 1):
            cut = nl - 1
        if cut > 0:
            clause = text[sentence[0] + cut + 2:sentence[1]]
            s = text[sentence[0]:sentence[1]]
            return not _is_rights(s) and not _HYPOTHETICAL.search(clause)
    return ok


_NOT_UNDER = re.compile(r"\b(?:not\s+(?:fall|come)\s+(?:with)?in|other\s+than|not\s+covered\s+by|not\s+(?:be\s+)?"
                        r"rel(?:y|ying|ied)\s+(?:up)?on"
                        # "collating this would not exceed Section 12": the cost limit said not to apply
                        r"|not\s+exceed(?:s|ed|ing)?(?:\s+the\s+(?:limit\s+(?:in|of|set\s+by)|threshold\s+(?:in|of)))?)\s*$",
                        re.IGNORECASE)


# regulation 6 (of the EIR and of the EISR) and its (1)(b): information already publicly available and easily
# accessible, which a body need not give in the form asked
_PUBLIC_REG = re.compile(r"6(?:\s*\(\s*1\s*\)(?:\s*\(\s*b\s*\))?)?$")
_PUBLICLY_AVAILABLE = re.compile(r"\b(?:publicly|already)\s+(?:available|accessible|published)\b|\beasily\s+accessible\b",
                                 re.IGNORECASE)
# the instrument named right after a number called a "section": the EIR's regulations are often called sections
_OF_THE_REGULATIONS = re.compile(r"\s*of\s+the\s+(?:environmental\s+information\s+(?:\(\s*scotland\s*\)\s+)?"
                                 r"regulations|EIRs?\b|EISRs?\b)", re.IGNORECASE)


def find_exemptions(text: str) -> tuple[list[Mention], list[str]]:
    """Exemption mentions (in sentences that apply them) and the procedural sections named."""
    spans = sentences(text)
    mentions: list[Mention] = []
    procedural: set[str] = set()
    cache: dict = {}
    scottish = is_scottish(text)
    for m in _SECTION.finditer(text):
        if m.group("range"):
            continue     # "sections 21 to 44": the Act described, not applied
        after = text[m.end():m.end() + 80]
        if _OTHER_ACT.match(after) and not (_DPA.match(after) and re.match(r"40\b", m.group("nums"))
                                             and re.search(r"\bexempt", text[slice(*sentence_at(spans, m.start()))],
                                                           re.IGNORECASE)):
            # (but "Personal data of any other person is exempt under section 40 (2) of the Data Protection Act":
            # the personal-data exemption, FOIA s40, which councils often credit to the Data Protection Act)
            continue
        if _NOT_UNDER.search(text, max(0, m.start() - 40), m.start()):
            continue     # "information which does not fall within section 23(1)": the statute quoted, not applied
        sentence = sentence_at(spans, m.start())
        kw = m.group("kw")
        if _OF_THE_REGULATIONS.match(after):
            kw = "regulation"   # "section 10(4)(a) of the Environmental Information (Scotland) Regulations": a regulation
        items = re.findall(r"(" + _NUM + r")", m.group("nums"))
        for item in items:
            code = _normalise_code(kw, item, scottish)
            if code is None and _PUBLIC_REG.match(item) and kw.lower().startswith(("reg", "eir")) \
                    and _PUBLICLY_AVAILABLE.search(text, *sentence):
                # "This request is exempt under Regulation 6 of the Environmental Information Regulations 2004
                # because the information is publicly available": the EIR's own refusal of what is published,
                # reg 6(1)(b), as FOIA's s21 (not regulation 6 offering the information for inspection)
                code = "reg6"
            if code is None:
                p = _procedural(kw, item, scottish)
                if p:
                    procedural.add(p)
                continue
            if not _context_ok(text, sentence, cache):
                continue
            mentions.append(Mention(code, m.start(), m.end(), sentence))
        if len(mentions) >= MAX_MENTIONS:     # a letter names a handful; thousands means a data dump
            break
    low = lowered(text)
    unseen = folds_unseen(text)
    for code, rx in _PHRASES:
        if code in (("s21",) if scottish else ("s25",)):
            continue
        if not unseen and not any(w in low for w in _PHRASE_NEEDS[code]):
            continue        # (a word every match holds is not in the text)
        for s, e in first_char_spans(rx, _PHRASES_FAST[code], text):
            sentence = sentence_at(spans, s)
            if _context_ok(text, sentence, cache, s):
                mentions.append(Mention(code, s, e, sentence))
            if len(mentions) >= 2 * MAX_MENTIONS:
                break
    mentions.sort(key=lambda x: x.start)
    return _not_asked_about(text, mentions), sorted(procedural, key=_sort_key)


# a question the requester asks ("How many FOI Section 40(1) exemptions did you employ during this same time
# period?"), and words that apply an exemption
_ASKS = re.compile(r"^\W*(?:how\s+(?:many|much|often)|what|which|when|did|do|does|have|has|were|was|are|is)\b[^?]*\?\W*$",
                   re.IGNORECASE)
_APPLIES = re.compile(r"\b(?:exempt\b|withh[oe]ld|withholding|appl(?:y|ied|ies|ying)|rel(?:y|ied|ies|ying)|refus|engag|"
                      r"neither\s+confirm|redact)", re.IGNORECASE)


def _not_asked_about(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` without a section a question asks about ("How many FOI Section 40(1) exemptions did you
    employ ...?"): the request counts its uses, so it is named there, and in a heading or sentence that applies
    nothing ("Subject Access Requests and FOI Section 40(1) exemption 2016"), as the request's subject."""
    asked = {x.code for x in mentions if _ASKS.match(text[x.sentence[0]:x.sentence[1]])}
    if not asked:
        return mentions
    return [x for x in mentions if x.code not in asked or (not _ASKS.match(text[x.sentence[0]:x.sentence[1]])
                                                           and _APPLIES.search(text, *x.sentence))]


def _sort_key(code: str) -> tuple:
    m = re.match(r"(s|reg)(\d+)([a-z]?)(.*)$", code)
    if not m:
        return (2, 0, "", code)
    return (0 if m.group(1) == "s" else 1, int(m.group(2)), m.group(3), m.group(4))


def tidy_codes(codes: set[str] | list[str]) -> list[str]:
    """Sorted, without a bare section when a subsection of it is named (s31 + s31(3) -> s31(3))."""
    codes = set(codes)
    out = set()
    for c in codes:
        if "(" not in c and any(o.startswith(c + "(") for o in codes):
            continue
        out.add(c)
    return sorted(out, key=_sort_key)


def find_pattern(text: str, rx: re.Pattern[str], context_check: bool = True) -> list[tuple[int, int]]:
    return list(_find_pattern(text, rx, context_check))


_CONDITIONAL_START = re.compile(r"^\W*(?:please\s+note\s+(?:that\s+)?)?(?:if|where|should|in\s+the\s+event|unless)\b",
                                re.IGNORECASE)


def _remembered_by_pattern_id(fn):
    """``fn(text, rx, context_check)`` remembered for its last 512 questions, keyed by the pattern's id, not the
    pattern: hashing a compiled pattern hashes all its code (16 us for _NOT_HELD), and lru_cache did so on every
    call. An entry keeps its pattern, so no other pattern can take that id while the entry stands."""
    cache: dict[tuple[str, int, bool], tuple[re.Pattern[str], tuple[tuple[int, int], ...]]] = {}

    @wraps(fn)
    def remembered(text: str, rx: re.Pattern[str], context_check: bool) -> tuple[tuple[int, int], ...]:
        key = (text, id(rx), context_check)
        hit = cache.get(key)
        if hit is not None and hit[0] is rx:
            return hit[1]
        found = fn(text, rx, context_check)
        if len(cache) >= 512:
            del cache[next(iter(cache))]
        cache[key] = (rx, found)
        return found
    return remembered


# A reply's text is asked for the same phrases by its outcome, its questions and its kind, and a thread's texts
# again for the thread: each pattern is run over a text once.
@_remembered_by_pattern_id
def _find_pattern(text: str, rx: re.Pattern[str], context_check: bool) -> tuple[tuple[int, int], ...]:
    needs = _NEEDS_BY_ID.get(id(rx))
    if needs and not folds_unseen(text):
        low = lowered(text)
        if not any(w in low for w in needs):
            return ()       # (a word every match holds is not in the text)
    spans = sentences(text)
    out = []
    verdicts: dict[tuple[int, int], bool] = {}
    for start, end in _spans_of(text, rx):
        sentence = sentence_at(spans, start)
        if context_check:
            if sentence not in verdicts:
                s = text[sentence[0]:sentence[1]]
                verdicts[sentence] = _rights_at(s) is not None or bool(_CONDITIONAL_START.match(s))
            if verdicts[sentence]:
                continue
        out.append((start, end))
        if len(out) >= 500:      # enough evidence; a pathological text must not cost more
            break
    return tuple(out)


# A word every match of each pattern holds, in lower case (any one of them), where most replies hold none: the
# neither-confirm-nor-deny, public-interest, delay and clarification phrases (a test holds every match to hold one)
_PATTERN_NEEDS = {
    _NCND: ("confirm",),
    _PIT: ("public", "factor"),
    _HOLDING: ("exten", "time", "unable", "delay", "still", "section", "regulation", "yet"),
    _CLARIFY: ("clarif", "could", "please", "section", "regulation", "before", "mean"),
}
_NEEDS_BY_ID = {id(rx): needs for rx, needs in _PATTERN_NEEDS.items()}    # (the patterns live as long as the module)


def find_refusal_words(text: str) -> list[tuple[int, int]]:
    """Sentences that refuse without naming a section; not a delay ("unable to provide it within 20 working
    days") and not a not-held answer ("unable to provide this as we do not hold it")."""
    spans = sentences(text)
    out = []
    for s, e in find_pattern(text, _REFUSE):
        a, b = sentence_at(spans, s)
        sent = text[a:b]
        if _NOT_A_REFUSAL.search(sent) or _NOT_HELD.search(sent):
            continue
        # "... are unable to provide the information you have requested. This is because we do not hold this
        # information.": the reason given next says it is not held
        after = text[b:b + 300].lstrip()
        nxt = after[:sentence_at(sentences(after), 0)[1]] if after else ""
        if _BECAUSE.match(nxt) and _NOT_HELD.search(nxt):
            continue
        out.append((s, e))
    return out


_BECAUSE = re.compile(r"(?:this|that)\s+is\s+(?:because|as|due\s+to)\b|because\b|as\s+(?:we|the\s+council)\b",
                      re.IGNORECASE)


def find_ncnd(text: str) -> list[tuple[int, int]]:
    return find_pattern(text, _NCND)


# "Section 41 is an absolute exemption therefore the public interest test does not apply": the test was not run
_NO_PIT = re.compile(
    r"\bpublic\s+interest\s+test\s+(?:does\s+not|doesn't|need\s+not|is\s+not|was\s+not)\s+"
    r"(?:apply|applied|required|needed|need\s+to\s+be)\b|\bnot\s+subject\s+to\s+(?:the\s+|a\s+)?public\s+interest"
    r"|\bno\s+(?:need\s+(?:for|to\s+(?:apply|carry\s+out|consider))\s+(?:a\s+|the\s+)?)?public\s+interest\s+test"
    # a disclosure log's field left empty: "PIT (Public Interest Test) if applicable: N/A"
    r"|\bpublic\s+interest\s+test\s*\)?\s*(?:if\s+applicable)?\s*[:\-]?\s*(?:n/a|not\s+applicable|none)\b",
    re.IGNORECASE)


def find_pit(text: str) -> list[tuple[int, int]]:
    spans = sentences(text)
    return [(s, e) for s, e in find_pattern(text, _PIT)
            if not _NO_PIT.search(text[slice(*sentence_at(spans, s))])]


# the council says it is sending the information itself ("The information you have sought is attached", "I
# enclose a copy of some of the information you requested"): with an exemption, the reply is partly granted
_PROVIDED = re.compile(
    r"\b(?:the|some\s+of\s+the|part\s+of\s+the)\s+information\s+(?:(?:that\s+)?you\s+(?:have\s+)?"
    r"(?:sought|requested|asked\s+for|require)\s+"
    # what the council says it holds, sent: "the information that we hold is enclosed", "the information the
    # Council holds is attached"
    r"|(?:that\s+|which\s+)?(?:we|the\s+(?:council|authority))\s+(?:hold|holds|have)\s+)?"
    r"(?:is|are|has\s+been)\s+(?:attached|enclosed)\b"
    r"|\b(?:I|we)\s+(?:enclose|attach|have\s+enclosed|have\s+attached)\s+(?:a\s+copy\s+of\s+)?(?:some\s+of\s+|part\s+of\s+)?"
    r"the\s+information\b"
    # "The surveys are attached. The surveyors' names are withheld."
    r"|^[ \t]*the\s+(?!(?:\w+\s+)?(?:refusal|notice|letter|form|acknowledg\w*|guidance|leaflet|complaints?|review)\b)"
    r"\w+(?:\s+\w+)?\s+(?:is|are|has\s+been|have\s+been)\s+(?:attached|enclosed)\b"
    # "Any other information held is exempt from release": the rest was given
    r"|\b(?:any|all)\s+(?:other|further|remaining)\s+information\b[^.]{0,40}\b(?:is|are|has\s+been)\s+"
    r"(?:exempt|withheld)\b"
    # "Details of IT equipment ... reported lost or stolen ... can be found on the attached spreadsheet"
    r"|\b(?:can\s+be\s+found|(?:is|are)\s+(?:set\s+out|provided|given|shown|listed))\s+(?:on|in)\s+the\s+"
    r"(?:attached|enclosed)\b"
    # the information for some of the years asked sent to where it is, beside a refusal of the others: "The
    # information for 2014 can be found here." / "The information for 2010-2013 is exempt under Section 12(1)"
    r"|\bthe\s+information\s+for\s+(?:the\s+(?:calendar\s+|financial\s+)?(?:years?|period)\s+)?"
    r"(?:19|20)\d\d(?:\s*[/-]\s*\d{2,4})?"
    r"\s+(?:can|may)\s+be\s+(?:found|viewed|accessed|seen)\s+(?:here|at|on|in|via|by)\b"
    # a disclosure log's note of what was sent: "Applicant provided with some information held", "The requester
    # was provided with the information, where held"
    r"|\bprovided\s+with\s+(?:some\s+(?:of\s+)?|part\s+of\s+|all\s+(?:of\s+)?)?(?:the\s+)?(?:information|data|"
    r"documents?|records?|copies)\b"
    # what is refused or not held named as what remains of the request, the rest given: "We do not hold a central
    # record of the further information requested; to therefore obtain all of the information ... would take
    # approximately 68 hours", "the remaining information you have asked for is exempt"
    r"|\bthe\s+(?:further|remaining)\s+information\s+(?:that\s+)?(?:you\s+(?:have\s+)?)?(?:requested|asked\s+for|sought)\b"
    # ... and what remains given where it stands: "This information, for January 2015 to May 2019, is already publicly
    # available ... section 21" / "The remaining information, for June 2019 to October 2020 (Table 1).", "the rest of
    # the information is set out below"
    r"|\bthe\s+(?:remaining|rest\s+of\s+the)\s+information\b[^.\n]{0,80}?(?:\(\s*(?:see\s+)?(?:table|annex|appendix)"
    r"\s+\w+\s*\)|\b(?:is|are)\s+(?:provided|set\s+out|given|shown|listed|attached|enclosed)\b)"
    # what was asked for sent with the letter, named by what it is: "Please find attached details of tree planting
    # programmes from 2016-17 to 2020-21", "Please find attached the reports for:", "Enclosed is a breakdown of ..."
    # (not the letter's own papers: "Please find attached our refusal notice", "... a Freedom of Information form")
    r"|\bplease\s+(?:find|see)\s+(?:attached|enclosed)\s+(?:a\s+copy\s+of\s+)?(?:the\s+|a\s+|an\s+)?"
    r"(?:requested\s+|relevant\s+)?(?:details|reports?|data|figures|spreadsheets?|tables?|breakdown|list)\b"
    r"|\b(?:attached|enclosed)\s+(?:is|are)\s+(?:the|a)\s+(?:requested\s+|relevant\s+)?(?:details|reports?|data|"
    r"figures|spreadsheets?|tables?|breakdown|list)\b"
    # the information asked for pointed to where it is, as the answer: "The information requested can be obtained via
    # our website on public access", "For questions 1-3, information can be found at the following link"
    # ... or the reply to the request itself pointed to, with a link on the word "here": "The response to this request
    # can be found here.", "The information requested can be found here." (not "More information can be found here")
    r"|\b(?<!more\s)(?<!further\s)(?<!additional\s)(?:the\s+)?(?:information|(?:response|reply|answer)\s+to\s+(?:this|your)\s+"
    r"(?:request|enquiry))\s+(?:(?:that\s+)?(?:you\s+(?:have\s+)?)?(?:requested|sought|asked\s+for)\s+)?(?:can|may)\s+"
    r"be\s+(?:found|obtained|viewed|accessed|seen)\s+(?:(?:at|on|via|through|from|using)\s+(?:the\s+following\s+link|"
    r"our\s+website|the\s+(?:council'?s\s+)?website|the\s+link)|here\s*[.:]?[ \t]*$)"
    # information sent beside a cost refusal as a favour: "as a gesture of goodwill I have supplied information,
    # relative to your request, retrieved before it was realised that the fees limit would be exceeded (see attached)"
    r"|\bgesture\s+of\s+goodwill\b[^.\n]{0,60}?\b(?:supplied|provided|attached|enclosed|released|included)\b"
    # "Please find the information requested attached", "Please find the requested information enclosed", "Please see
    # response attached here"
    r"|\bplease\s+(?:find|see)\s+(?:the\s+|our\s+)?(?:requested\s+)?(?:information|response|reply)\s+"
    r"(?:(?:you\s+)?requested\s+)?(?:attached|enclosed)\b",
    re.IGNORECASE | re.MULTILINE)
PROVIDED_PHRASES = _PROVIDED      # as written, for the test that the fast form agrees
_PROVIDED = _from_word_starts(_PROVIDED)     # (its line-start alternative included: the prefix allows a line's start)

# The three phrase lists asked of every reply (not held, refused, information sent), searched in one pass: the
# word-start test and the choice by first letter are made once, not three times
_ONE_PASS = one_pass([NOT_HELD_PHRASES, REFUSE_PHRASES, PROVIDED_PHRASES])
_IN_ONE_PASS = {id(_NOT_HELD): 0, id(_REFUSE): 1, id(_PROVIDED): 2} if _ONE_PASS else {}
# ...and, in a text without the words their line-start alternatives need ("refer", "attached" ...; most replies),
# without those alternatives, which one_pass tries at every word of every reply
_ONE_PASS_REDUCED = without_line_starts([NOT_HELD_PHRASES, REFUSE_PHRASES, PROVIDED_PHRASES]) if _ONE_PASS else None
_ONE_PASS_SPANS: dict[str, tuple[tuple[tuple[int, int], ...], ...]] = {}


def phrase_spans(text: str, lists=_ONE_PASS) -> tuple[tuple[tuple[int, int], ...], ...] | None:
    """Each list's matches in ``text`` (as its own finditer gives them) from one pass of ``lists`` (one_pass's
    pattern and owners); None where a list matches the empty string somewhere (its own search then says)."""
    rx, owners = lists
    out: tuple[list[tuple[int, int]], ...] = tuple([] for _ in range(max(owners) + 1))
    free = [0] * len(out)       # where each list's next match may start: after its last one, as finditer goes on
    for m in rx.finditer(text):
        p = m.start()
        for (_, e), k in zip(m.regs[1:], owners):
            if e >= 0 and p >= free[k]:
                if e == p:
                    return None
                out[k].append((p, e))
                free[k] = e
    return tuple(tuple(spans) for spans in out)


def _spans_of(text: str, rx: re.Pattern[str]):
    k = _IN_ONE_PASS.get(id(rx))
    if k is not None:
        spans = _ONE_PASS_SPANS.get(text)
        if spans is None:
            reduced = _ONE_PASS_REDUCED
            spans = phrase_spans(text, reduced[1] if reduced and _cannot_match(text, reduced[0]) else _ONE_PASS)
            if spans is not None:
                if len(_ONE_PASS_SPANS) >= 64:
                    del _ONE_PASS_SPANS[next(iter(_ONE_PASS_SPANS))]
                _ONE_PASS_SPANS[text] = spans
        if spans is not None:
            return spans[k]
    form = _FIRST_CHAR_FORMS.get(id(rx))
    if form is None or form[0] is not rx:
        form = (rx, from_first_char(rx), first_char_spans)
        if len(_FIRST_CHAR_FORMS) < 64:
            _FIRST_CHAR_FORMS[id(rx)] = form
    if form[1] is not None:
        return form[2](rx, form[1], text)
    return ((m.start(), m.end()) for m in rx.finditer(text))


# The whole-text patterns find_pattern runs beside the one pass (neither confirm nor deny, public interest, delay,
# clarification, acknowledgement, review), each searched only from the characters its matches start with
# (first_chars.from_first_char), made on first use: by the pattern's id, each entry keeping its pattern (see
# _remembered_by_pattern_id)
_FIRST_CHAR_FORMS: dict[int, tuple] = {}


# "has not been provided with", "will be provided with the information once ...": not sent
_NOT_SENT = re.compile(r"(?:\b(?:not|never|be|to)|n't)\s+(?:been\s+)?$", re.IGNORECASE)


def provides_information(text: str) -> bool:
    return provided_at(text) is not None


def provided_at(text: str) -> tuple[int, int] | None:
    """Where the reply first says it sends the information ("Please find attached details of ...", "The information
    you have sought is attached"), or None."""
    return next(((s, e) for s, e in find_pattern(text, _PROVIDED)
                 if not (text[s:e].lower().startswith("provided") and _NOT_SENT.search(text, max(0, s - 20), s))), None)


def find_not_held(text: str) -> list[tuple[int, int]]:
    spans = sentences(text)
    out = []
    for s, e in find_pattern(text, _NOT_HELD):
        a, b = sentence_at(spans, s)
        sent = text[a:b]
        if _NCND.search(sent) or re.search(r"\bwhether\s+or\s+not\b", sent, re.IGNORECASE):
            continue
        if _BUT_ESTIMATED.search(text, e, max(e, b)):
            continue
        if _HELD_AN_EVENT.match(text, e) and _HAS_BEFORE.search(text, max(0, s - 6), s):
            continue
        out.append((s, e))
    return out


# "held" as a meeting or a call is held, not as records are: "The Council has not held any call for applications
# for funding" (a thing that did not happen, so none of it; "has not held any information" stays not held)
_HAS_BEFORE = re.compile(r"\b(?:has|have|had)\s+$", re.IGNORECASE)
_HELD_AN_EVENT = re.compile(r"\s+(?:any|an?)\s+(?!(?:such\s+|recorded\s+)?(?:information|data|records?|figures?|details|"
                            r"documents?|statistics)\b)[a-z]", re.IGNORECASE)


# what is not recorded, given as an estimate all the same: "does not record yearly lighting faults, but it's estimated
# to be approximately 150-200 faults ... per year", "we do not hold exact figures but we estimate around 40"
_BUT_ESTIMATED = re.compile(r"\bbut\b[^.\n]{0,40}?\bestimat\w*[^.\n]{0,60}?\d", re.IGNORECASE)


def find_holding(text: str) -> list[tuple[int, int]]:
    """Where the reply says it needs more time. Not the request's own words ("... responded to outside of the 20
    days without an agreed extension?") nor a clause the council weighs ("to determine whether an agreed extension
    was in place"): a delay is stated, not asked about."""
    spans = sentences(text)
    out = []
    for s, e in find_pattern(text, _HOLDING):
        a, _ = sentence_at(spans, s)
        end = re.search(r"[.?!\n]", text[e:e + 300])
        if end and end.group(0) == "?" or _WHETHER.search(text, max(a, s - 80), s):
            continue
        if text[s:s + 6].lower() == "unable" and _COST_LIMIT_AFTER.search(text, e, e + 600):
            # "we are unable to provide the information requested within the time limit allowed in the FOI Act 2000
            # ... This would take us over the 18 hour time limit": the cost limit's hours, not a late reply
            continue
        out.append((s, e))
    return out


_COST_LIMIT_AFTER = re.compile(r"\b18\s*(?:-\s*)?hours?\b|\bappropriate\s+limit\b|\bcost\s+(?:of\s+)?complian|"
                               r"\bsection\s+12\b|\bs\.?\s*12\b", re.IGNORECASE)


_WHETHER = re.compile(r"\bwhether\b[^.?!\n]*$", re.IGNORECASE)

# a log's heading over the council's answer, alone on its line or with the date it was sent: "Response",
# "Response 14-03-2013", "Response 23.12.20"
_ANSWER_HEADING = re.compile(r"^[ \t]*(?:response|answer|reply)(?:[ \t]+\d{1,2}[./-]\d{1,2}[./-]\d{2,4})?[ \t]*:?[ \t]*$",
                             re.IGNORECASE | re.MULTILINE)
_NUMBERED_ASK = re.compile(r"[ \t]*(?:q(?:uestion)?\s*)?\(?\d{1,2}[a-z]?\s*[.):]\s", re.IGNORECASE)
_CONDITIONAL_LINE = re.compile(r"[ \t]*(?:if|where|when)\b", re.IGNORECASE)
# (nor the request's own option to fill in, in brackets: "- Other methods (please specify)")
_FORM_FIELD_ASK = re.compile(r".?\([ \t]*please\s+specify[ \t]*\)", re.IGNORECASE)


# the council giving what follows as its answer: "We can provide the following extract from the Standards Annual
# Report ..." (after the request quoted back, whose "Please can you clarify how many ..." is the requester's; not
# offered on a condition: "If you could clarify ..., we can provide the following")
_WE_PROVIDE = re.compile(r"(?:^|[.!?]\s+)(?:I|we)\s+(?:can|are\s+able\s+to|have\s+been\s+able\s+to)\s+provide\s+"
                         r"(?:you\s+with\s+)?the\s+following\b", re.IGNORECASE | re.MULTILINE)


def reply_kind(text: str, has_facts: bool, refusing: bool, not_held: bool, other_figures: bool = False) -> str:
    low = None if folds_unseen(text) else lowered(text)
    # (every review phrase holds "review", "upheld" or "overturn"; most replies hold none)
    if (low is None or "review" in low or "upheld" in low or "overturn" in low) and _REVIEW_FAST.search(text):
        reviews = find_pattern(text, _REVIEW, context_check=False)
        spans = sentences(text)
        for s, _ in reviews:
            sent = text[slice(*sentence_at(spans, s))]
            if not re.search(r"\bif\s+you\b|\byou\s+(?:can|may|have)\b|\brequest\s+an?\s+internal\s+review", sent, re.I):
                return "internal_review"
    if has_facts:
        return "response"
    spans = sentences(text)
    # (not a condition the request itself sets on its own line: "If available, please confirm:")
    # (nor a question of the request left on the page under its number: "1. Please could you confirm whether
    # ...", where a council asking back says "clarify")
    # (nor the requester's own words above the log's heading over the answer: "And finally, would you please clarify
    # the total number of ..." / "Response 14-03-2013")
    heading = _ANSWER_HEADING.search(text)
    clarify = any(not _CLARIFIED.search(text[slice(*sentence_at(spans, s))])
                  and not (heading is not None and s < heading.start())
                  and not _CONDITIONAL_LINE.match(text, text.rfind("\n", 0, s) + 1)
                  and not (_NUMBERED_ASK.match(text, text.rfind("\n", 0, s) + 1)
                           and not text[s:e].lower().startswith("clarif"))
                  and not _FORM_FIELD_ASK.match(text, max(0, s - 2), min(len(text), e + 2))
                  for s, e in find_pattern(text, _CLARIFY))
    if clarify and not refusing and not _WE_PROVIDE.search(text):
        return "clarification_request"
    if other_figures and not _ACK_STRONG.search(text):
        return "response"       # figures about something outside the survey: still an answer ("sorry for the delay")
    if find_holding(text) and not not_held:
        return "holding"
    if not refusing and not not_held and (low is None or "acknowledg" in low) and _ACK_ATTACHED.search(text):
        return "acknowledgement"    # "Please find attached acknowledgement letter."
    if refusing or not_held or _RESPONSE_CUE.search(text) or provides_information(text) or _WE_PROVIDE.search(text):
        return "response"
    if find_pattern(text, _ACK, context_check=False):
        return "acknowledgement"
    return "other"


def overall_outcome(kind: str, has_facts: bool, refusing: bool, ncnd: bool, not_held: bool) -> str | None:
    if kind not in ("response", "internal_review"):
        return None
    if refusing or ncnd:
        return "partially_successful" if has_facts else "rejected"
    if has_facts:
        # some given, some not held: partly successful (WhatDoTheyKnow's and the Cabinet Office's reading)
        return "partially_successful" if not_held else "successful"
    if not_held:
        return "not_held"
    return None


# The words a disclosure log uses for a request's outcome ("Response (some information withheld)", "Refused -
# exempt", "Information not held"): the reader decides what they mean, not the crawler that found them.
_LABEL_OUTCOMES = [
    ("partially_successful", re.compile(r"\b(some information (?:withheld|provided)|part(?:ial(?:ly)?)?\s*"
                                        r"(?:granted|provided|disclosed|successful|supplied)|provided in part|"
                                        r"some not held)\b", re.I)),
    ("not_held", re.compile(r"\b(not held|information not held|no information held|does not hold)\b", re.I)),
    ("rejected", re.compile(r"\b(refused|withheld|exempt|rejected|cost limit|vexatious|withheld in full)\b", re.I)),
    ("successful", re.compile(r"\b(all information (?:to be )?supplied|granted(?: in full)?|provided in full|"
                              r"information provided|disclosed in full|successful|released)\b", re.I)),
]


# The status line a request-tracking site (WhatDoTheyKnow and other Alaveteli sites) puts at the top of a
# request's page, set by the requester on reading the reply: "The request was partially successful.",
# "The request was refused by Example Council.", "Example Council did not have the information requested."
_PAGE_STATUS = [
    ("partially_successful", re.compile(r"^[ \t]*The\s+request\s+was\s+partially\s+successful\.?[ \t]*$", re.I | re.M)),
    ("successful", re.compile(r"^[ \t]*The\s+request\s+was\s+successful\.?[ \t]*$", re.I | re.M)),
    ("rejected", re.compile(r"^[ \t]*The\s+request\s+was\s+refused\s+by\s+[^\n]{3,120}$", re.I | re.M)),
    ("not_held", re.compile(r"^[ \t]*[A-Z][^\n]{2,120}?\s+(?:did|does)\s+not\s+have\s+the\s+information\s+requested\.?"
                            r"[ \t]*$", re.M)),
]
PAGE_STATUS_REACH = 3000     # the line stands under the request's title, before any letter
# A disclosure log's outcome field, under or beside an "Outcome" label, in the log's own words ("Outcome /
# Documents" / "- Response (some not held) - application/pdf", "Outcome: Information not held"): read with the
# disclosure-log label words. It follows the request, so it is looked for further down the page.
_OUTCOME_FIELD = re.compile(r"^[ \t]*(?:request\s+)?(?:outcome|resolution)(?:\s*/\s*documents?)?[ \t]*(?::[ \t]*|\n(?:[ \t]*\n){0,2}[ \t]*(?:[-*\u2022][ \t]*)?)"
                            r"(?P<label>[^\n]{3,120})", re.IGNORECASE | re.MULTILINE)
OUTCOME_FIELD_REACH = 8000


# a word each status line holds (most pages hold none: the line is looked for only where its word is)
_PAGE_STATUS_WORDS = {"partially_successful": "partially", "successful": "successful", "rejected": "refused",
                      "not_held": "information"}


# what every match of the not-held status line holds, its case kept (that line's pattern does not ignore case): a search
# for it passes over a page at once, where the line's pattern tries each line's every word before its verb
_NOT_HELD_STATUS_HINT = re.compile(r"(?:did|does)\s+not\s+have\s+the\s+information\s+requested")


def _page_status_lines(head: str):
    """The status lines' patterns worth searching ``head`` for, in their order."""
    low = None if folds_unseen(head) else lowered(head)
    return [(outcome, rx) for outcome, rx in _PAGE_STATUS if (low is None or _PAGE_STATUS_WORDS[outcome] in low)
            and (outcome != "not_held" or _NOT_HELD_STATUS_HINT.search(head))]


def _outcome_field_match(text: str):
    # (every outcome field holds "outcome" or "resolution" ("Resolution" / "Information provided"); lowering shows
    # "outcome" whatever its letters, "resolution" unless the text holds a letter it hides, folding.py)
    head = text[:OUTCOME_FIELD_REACH]
    low = lowered(head)
    if "outcome" not in low and "resolution" not in low and not folds_unseen(head):
        return None
    return _OUTCOME_FIELD.search(text, 0, OUTCOME_FIELD_REACH)


def page_status(text: str) -> str | None:
    """The outcome a request page's own status line gives, or None when the page has none."""
    head = text[:PAGE_STATUS_REACH]
    for outcome, rx in _page_status_lines(head):
        if rx.search(head):
            return outcome
    field = _outcome_field_match(text)
    if field:
        return outcome_in_label(field.group("label"))
    if (where := response_field(text)) is not None:
        return outcome_in_label(text[where[0]:where[1]])
    return None


def page_status_span(text: str) -> tuple[int, int] | None:
    """Where the page's own status line or outcome field stands (the words page_status reads), or None."""
    head = text[:PAGE_STATUS_REACH]
    for _, rx in _page_status_lines(head):
        if (m := rx.search(head)):
            return m.span()
    return outcome_field(text) or response_field(text)


def outcome_field(text: str) -> tuple[int, int] | None:
    """Where a disclosure log's outcome field stands: its words ("some not held") speak of the whole request,
    not of any one question."""
    field = _outcome_field_match(text)
    return field.span("label") if field and outcome_in_label(field.group("label")) else None


def outcome_in_label(text: str | None) -> str | None:
    """The outcome a disclosure log's own label states, or None when it does not say."""
    if not text or not isinstance(text, str):
        return None
    text = text[:500]
    for code in ("successful", "partially_successful", "rejected", "not_held"):
        if text.strip().lower() == code:
            return code
    for code, rx in _LABEL_OUTCOMES:
        if rx.search(text):
            return code
    return None


# A disclosure log's response field, its status on a line of its own under the "Response" label, among the log's
# date fields ("Request Date18 March 2016" / "Released Date" / "ResponseDocuments in downloads section below." /
# "Refused"): the log's word for how the request ended
_LOG_DATE_FIELD = re.compile(r"^[ \t]*(?:request(?:ed)?|released?|received|response|responded|closed)[ \t]*date(?![a-z])",
                             re.IGNORECASE | re.MULTILINE)
_RESPONSE_LABEL = re.compile(r"^[ \t]*[Rr]esponse(?:\b|(?-i:(?=[A-Z])))[^\n]{0,80}\n(?:[ \t]*\n){0,2}[ \t]*(?P<label>[A-Za-z][^\n.?!:;]{2,40}?)"
                             r"[ \t]*$", re.IGNORECASE | re.MULTILINE)


def response_field(text: str) -> tuple[int, int] | None:
    """Where a disclosure log's response field states its outcome in a few words of its own ("Refused",
    "Information not held"), on a page with the log's date fields above it (as far down as an outcome field is
    looked for); or None."""
    head = text[:OUTCOME_FIELD_REACH]
    low = lowered(head)
    if "response" not in low or "date" not in low or not (dated := _LOG_DATE_FIELD.search(head)):
        return None
    for k, m in enumerate(_RESPONSE_LABEL.finditer(head, dated.start())):
        label = m.group("label")
        if k >= 20:
            break
        if len(label.split()) <= 4 and outcome_in_label(label):
            return m.span("label")
    return None

