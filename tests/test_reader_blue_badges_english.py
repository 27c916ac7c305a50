"""Council English the held-out topic blue-badges showed the reader missing (issue 13), each written as a general
rule about how councils write and tested on quoted real text (the reply each quote comes from is named).

- a request's item restated as a noun phrase ("-The number of ... issued by your authority (including ...)"), too
  long for a heading and asking nothing in words, heads the figures listed under it, as a restated question does;
"""

from __future__ import annotations

from reader import parse_reply
from reader.survey import parse_survey


def figures(text: str, survey) -> list[tuple[str | None, str, float, str | None]]:
    """(question, subject, value, period) of every figure read, in reply order."""
    return [(f.question, f.subject, f.value, f.period) for f in parse_reply(text, survey).facts]


def statuses(text: str, survey) -> dict[str, str]:
    return {q.question: q.outcome for q in parse_reply(text, survey).questions}


_YEARS = ", ".join(f'{{ label = "{y}", start = {y}-01-01, end = {y}-12-31 }}' for y in range(2021, 2026))
MISUSE = parse_survey(f'''
name = "misuse"
title = "Misuse reports, PCNs and badges seized"
[periods]
asked = [{_YEARS}]
[subjects.misuse_reports]
synonyms = ["reports of suspected blue badge misuse", "misuse reports?"]
[subjects.blue_badge_pcns]
synonyms = ["penalty charge notices?", "pcns?"]
[subjects.badges_seized]
synonyms = ["badges seized"]
[[questions]]
id = "1"
text = "The number of reports of suspected Blue Badge misuse received from the public or third parties"
subject = "misuse_reports"
measures = ["count"]
periods = ["2021", "2022", "2023", "2024", "2025"]
[[questions]]
id = "2"
text = "The number of Blue Badge-related Penalty Charge Notices (PCNs) issued by your authority (including offences for misuse of a Blue Badge, parking in disabled bays without a valid badge, expired badges, etc.)"
subject = "blue_badge_pcns"
measures = ["count"]
periods = ["2021", "2022", "2023", "2024", "2025"]
[[questions]]
id = "3"
text = "The number of badges seized by enforcement officers"
subject = "badges_seized"
measures = ["count"]
periods = ["2021", "2022", "2023", "2024", "2025"]
''')


def test_a_restated_noun_phrase_item_heads_the_years_under_it():
    # Tunbridge Wells, FOI2026/00246 (blue-badges/tunbridge-wells-blue-badges-2026)
    text = ("Response\n\n"
            "For the past five full calendar years (2021, 2022, 2023, 2024 and 2025), please provide:\n"
            "-The number of reports of suspected Blue Badge misuse received from the public or third parties\n\n"
            "Information not held. Please contact Kent County Council for this information.\n\n\n"
            "-The number of Blue Badge-related Penalty Charge Notices (PCNs) issued by your authority (including "
            "offences for misuse of a Blue Badge, parking in disabled bays without a valid badge, expired badges, "
            "etc.)\n\n"
            "2021: 424\n\n2022: 580\n\n2023: 621\n\n2024: 640\n\n2025: 806\n")
    assert figures(text, MISUSE) == [("2", "blue_badge_pcns", v, str(y))
                                     for y, v in zip(range(2021, 2026), (424.0, 580.0, 621.0, 640.0, 806.0))]


def test_a_restated_item_without_its_dash():
    # South Derbyshire, FOI2026/00186 (blue-badges/south-derbyshire-blue-badges-2026)
    text = ("Response\n"
            "The number of Blue Badge-related Penalty Charge Notices (PCNs) issued by your authority (including "
            "offences for misuse of a Blue Badge, parking in disabled bays without a valid badge, expired badges, "
            "etc.)\n"
            "2021 – 37\n2022 – 52\n2023 – 47\n2024 – 119\n2025 - 63\n")
    assert [f[2] for f in figures(text, MISUSE)] == [37.0, 52.0, 47.0, 119.0, 63.0]
