"""Forms read from the councillor-complaints topic's replies (helper "rules12a", session of 2026-12-07, night):
tables a web page flattened one cell to a line with nothing marking where their rows end (reader/cells.py), a row
of figures under a header that is no field's label (reader/facts/label_above.py), a header of things naming the
lettered parts of the number it stands under by their own words, "No Further Action" as a column's name
(reader/facts/table_rows.py), and a council confirming it holds what it sends (reader/classify.py). Quotes from the
set's replies, and made-up variants on other things and where the forms must not apply.
"""

from __future__ import annotations

import textwrap

from reader import parse_reply
from reader.cells import rejoin_cells
from reader.survey import parse_survey

from tests.reading_helpers import DRAFTED, SURVEYS, figures, statuses


def _survey(path):
    return parse_survey(path.read_text(), path.name)


STANDARDS = _survey(SURVEYS / "councillor-standards-2024.toml")
TOWN_PARISH_DRAFT = _survey(DRAFTED / "councillor-complaints-town-parish-2025.toml")


# Lincolnshire (councillor complaints, 2024): the table's cells each alone between blank lines, rows not marked
LINCOLNSHIRE = ("Decision\n\nI can confirm that the information requested is held by Lincolnshire County Council. "
                "I have detailed below the information that is being released to you\n\n \n\n"
                + "\n\n".join(["YEAR", "COMPLAINTS", "INVESTIGATIONS", "HEARINGS", "UPHELD", "SANCTIONS",
                               "2019", "9", "1", "0", "0", "-",
                               "2020", "7", "0", "0", "0", "-",
                               "2021", "5", "0", "0", "0", "-",
                               "2022", "29 (22 for one Councillor)", "0", "0", "0", "-",
                               "2023", "3", "0", "0", "1", "INFORMAL RESOLUTION"])
                + "\n\nReference number\nFOI 8704357\n")


def test_cells_between_blank_lines_are_put_back_in_rows():
    out = rejoin_cells(LINCOLNSHIRE)
    assert len(out) == len(LINCOLNSHIRE)
    assert "YEAR  COMPLAINTS  INVESTIGATIONS  HEARINGS  UPHELD  SANCTIONS \n" in out
    assert "2019  9  1  0  0  - \n2020  7  0  0  0  -" in out
    assert "2023  3  0  0  1  INFORMAL RESOLUTION\n" in out


def test_a_table_of_cells_between_blank_lines_is_read_by_its_columns():
    got = figures(LINCOLNSHIRE, STANDARDS, "subject", "period", "value")
    for row in [("complaints_received", "2019", 9), ("complaints_investigated", "2019", 1),
                ("standards_hearings", "2019", 0), ("complaints_upheld", "2019", 0),
                ("complaints_received", "2020", 7), ("complaints_received", "2022", 29),
                ("complaints_investigated", "2023", 0), ("complaints_upheld", "2023", 1)]:
        assert row in got
    # the first row is the table's, not a field's value under the header's last word
    assert not {f for f in got if f[0] == "sanctions_imposed"}


def test_the_council_confirming_it_holds_the_information_is_no_not_held():
    # (the sentence named the council as the holder, as "held by Kent County Council" sends the requester there)
    said = statuses(LINCOLNSHIRE, STANDARDS)
    assert "not_held" not in said.values()
    assert said["1"] == said["3"] == "successful"
    # another body named as the holder still is
    other = statuses("I can advise you that the information you require is held by Essex County Council and not "
                     "Brentwood Borough Council.\n", STANDARDS)
    assert set(other.values()) == {"not_held"}


FINES = parse_survey(textwrap.dedent("""
    name = "fines"
    title = "Library fines"
    [periods]
    asked = [
      { label = "2019/20", start = "2019-04-01", end = "2020-03-31" },
      { label = "2020/21", start = "2020-04-01", end = "2021-03-31" },
      { label = "2021/22", start = "2021-04-01", end = "2022-03-31" },
    ]
    [subjects.fines_issued]
    label = "Fines issued"
    synonyms = ["fines issued", "issued"]
    [subjects.fines_cancelled]
    label = "Fines cancelled"
    synonyms = ["fines cancelled", "cancelled"]
    [[questions]]
    id = "1"
    text = "How many library fines were issued each year?"
    subject = "fines_issued"
    measures = ["count"]
    [[questions]]
    id = "2"
    text = "How many of those fines were cancelled?"
    subject = "fines_cancelled"
    measures = ["count"]
"""), "fines.toml")


def test_made_up_cells_between_blank_lines_on_another_thing():
    text = "Please see below.\n\n" + "\n\n".join(["Financial year", "Issued", "Cancelled",
                                                  "2019/20", "412", "380", "2020/21", "95", "90",
                                                  "2021/22", "301", "296"]) + "\n"
    got = figures(text, FINES, "question", "period", "value")
    assert {("1", "2019/20", 412), ("2", "2019/20", 380), ("1", "2020/21", 95), ("2", "2021/22", 296)} <= got
    assert ("2", "2019/20", 412) not in got


def test_short_paragraphs_between_blank_lines_are_no_table():
    text = ("Thank you for your request.\n\nWe hold some records.\n\n2019\n\nThe figures are below.\n\n"
            "2020\n\nNone were found.\n\n2021\n\nSee above.\n\nRegards\n")
    assert rejoin_cells(text) == text


# Dover (member complaints by council, FI15297): an HTML table flattened one cell to a line between bars, with no
# double bar where a row ends
DOVER_Q2 = ("2. As follows:\n|\nDistrict Council Members\n|\nTown Council Members\n|\nParish Council Members\n|\n"
            "2020/21\n|\n3\n|\n2\n|\n13\n|\n2021/22\n|\n1\n|\n12\n|\n10\n|\n2022/23\n|\n3\n|\n21\n|\n9\n|\n"
            "2023/24\n|\n7\n|\n11\n|\n5\n|\n2024/25\n|\n4\n|\n2\n|\n7\n|\n")
DOVER_Q3 = ("3. As follows:\nDistrict Council Members\n|\n|\nInvestigation\n|\nInformal Resolution\n|\n"
            "No Further Action/ Complaint Withdrawn\n|\n2020/21\n|\n0\n|\n0\n|\n3\n|\n2021/22\n|\n0\n|\n0\n|\n1\n|\n"
            "2022/23\n|\n0\n|\n0\n|\n3\n|\n2023/24\n|\n0\n|\n0\n|\n7\n|\n2024/25\n|\n0\n|\n2\n|\n0\n|\n"
            "Town Council Members\n|\n|\nInvestigation\n|\nInformal Resolution\n|\n"
            "No Further Action/ Complaint Withdrawn\n|\n2020/21\n|\n0\n|\n0\n|\n2\n|\n2021/22\n|\n1\n|\n1\n|\n10\n|\n"
            "2022/23\n|\n3\n|\n1\n|\n17\n|\n2023/24\n|\n0\n|\n0\n|\n11\n|\n2024/25\n|\n0\n|\n1\n|\n1\n|\n"
            "Two complaints received in 2024/25 against District Council Members have yet to be considered.\n")


def test_cells_between_bars_with_no_row_ends_are_put_back_in_rows():
    out = rejoin_cells(DOVER_Q2)
    assert len(out) == len(DOVER_Q2)
    assert "\nDistrict Council Members | Town Council Members | Parish Council Members |\n" in out
    assert "\n2020/21 | 3 | 2 | 13 |\n2021/22 | 1 | 12 | 10 |\n" in out
    out = rejoin_cells(DOVER_Q3)
    assert "\n| Investigation | Informal Resolution | No Further Action/ Complaint Withdrawn |\n2020/21 | 0 | 0 | 3 |\n" \
        in out
    assert "\n2024/25 | 0 | 2 | 0 |\nTown Council Members\n|\n" in out


def test_a_header_names_the_lettered_parts_by_their_own_words():
    # the draft's subjects ("above decided", "above", "above dismissed") name none of the columns; the parts' own
    # words do: "formal investigation", "informal resolution", "no action"
    got = figures("Response\n" + DOVER_Q2 + DOVER_Q3, TOWN_PARISH_DRAFT, "question", "period", "value")
    for row in [("2a", "2020/21", 3), ("2b", "2020/21", 2), ("2c", "2020/21", 13), ("2c", "2024/25", 7),
                ("3a", "2022/23", 3), ("3b", "2024/25", 2), ("3c", "2020/21", 3), ("3c", "2021/22", 10)]:
        assert row in got
    # "No Further Action" names a column: it is no nought, and the columns are not the town council's
    assert not {f for f in got if f[0] == "2b" and f[2] in (10, 17)}


APPEALS = parse_survey(textwrap.dedent("""
    name = "appeals"
    title = "Parking appeals"
    [periods]
    asked = [
      { label = "2021", start = "2021-01-01", end = "2021-12-31" },
      { label = "2022", start = "2022-01-01", end = "2022-12-31" },
      { label = "2023", start = "2023-01-01", end = "2023-12-31" },
    ]
    [subjects.appeals]
    label = "Appeals"
    synonyms = ["appeals?"]
    [subjects.first]
    label = "Part a"
    synonyms = ["zzzz part a"]
    [subjects.second]
    label = "Part b"
    synonyms = ["zzzz part b"]
    [[questions]]
    id = "1"
    text = "How many appeals against parking fines were made each year?"
    subject = "appeals"
    measures = ["count"]
    [[questions]]
    id = "2a"
    text = "Of those, how many were upheld by the adjudicator,"
    subject = "first"
    measures = ["count"]
    [[questions]]
    id = "2b"
    text = "Of those, how many were withdrawn before a hearing?"
    subject = "second"
    measures = ["count"]
"""), "appeals.toml")


def test_made_up_header_naming_parts_on_another_thing():
    text = ("1. 2021 - 40, 2022 - 52, 2023 - 61\n"
            "2. As follows:\n| Upheld | Withdrawn |\n2021 | 12 | 3 |\n2022 | 15 | 4 |\n2023 | 20 | 6 |\n")
    got = figures(text, APPEALS, "question", "period", "value")
    assert {("2a", "2021", 12), ("2b", "2021", 3), ("2a", "2023", 20), ("2b", "2023", 6)} <= got
    # a header whose cells name no part alone is left as it was
    text = "2. As follows:\n| Made | Heard |\n2021 | 12 | 3 |\n2022 | 15 | 4 |\n2023 | 20 | 6 |\n"
    got = figures(text, APPEALS, "question", "period", "value")
    assert not {f for f in got if f[0] in ("2a", "2b")}


# Devon and Lincolnshire (code of conduct complaints, 2023): the request cites the council's duty "as specified at
# s28(6) and s28(7) Localism Act 2011"; sections of another Act named right after them are no exemptions
CODE = _survey(SURVEYS / "councillor-code-complaints-2023.toml")
DEVON_CODE = ("I understand you have a duty to handle Code of Conduct complaints about Councillors at DCC and at "
              "town/parish councils in your area, as specified at s28(6) and s28(7) Localism Act 2011.\n\n"
              "For year 2023 only, please can you provide the total number of Code complaints that were:\n\n"
              "1) Received from members of the public\n\n"
              "From January 2023 to December 2023 there were eleven complaints from the public.\n\n"
              "2) Received from others (Councillors and Officers etc)\n\nNil\n")


def test_sections_of_another_act_named_after_them_are_no_exemptions():
    r = parse_reply(DEVON_CODE, CODE)
    assert r.exemptions == []
    assert r.outcome == "successful"
    r = parse_reply("The council must keep a register under section 29 Localism Act 2011. There were 4 complaints "
                    "from the public in 2023.\n", CODE)
    assert r.exemptions == []
    # the FOI Act's own title after a section still applies it
    r = parse_reply("This information is exempt under section 21 Freedom of Information Act 2000 as it is "
                    "published.\n", CODE)
    assert r.exemptions == ["s21"]


# Devon (complaints against councillors, s21): the request restated without an answer under each question, then one
# refusal of them all; the request's "Please break the answers to 3-7 down by year" is no answer to 3-7
DEVON_S21 = ("Complaints Against Councillors\n\n"
             "1. In the last 5 years, how many complaints has the Council received against members of the council? "
             "Please break down by year.\n\n3. How many were progressed to an investigation?\n\n"
             "4. How many led to a standards hearing?\n\n5. What were those complaints that led to a hearing?\n\n"
             "6. How many were upheld?\n\n7. What sanctions were imposed?\n\n"
             "7. Please break the answers to 3-7 down by year or give dates for the investigations and hearings.\n\n"
             "This information in response to all of the above requests is exempt from disclosure under Section 21 of "
             "the Freedom of Information Act 2000 (Information Reasonably Accessible by Other Means) because it is "
             "already publicly available within the Standards Annual Report for each year.\n")


def test_a_request_to_break_answers_down_is_no_answer_to_them():
    said = statuses(DEVON_S21, STANDARDS)
    assert {said[q] for q in "34567"} == {"rejected"}
    # made up: the same ask in other words, before answers given
    text = ("1. 2019 - 6, 2020 - 2, 2021 - 1, 2022 - 1, 2023 - 4\n\n"
            "2. Please could you break the figures for 3-5 down by ward.\n\n"
            "We do not hold this information by ward.\n")
    assert statuses(text, STANDARDS).get("4") != "successful"
    # a council's own pointer to its answers still answers them
    text = ("Please see the answers to 3-5 below, as published in our Standards Annual Report.\n\n"
            "3. 2019 - 6\n4. 2019 - 3\n5. 2019 - 1\n")
    assert statuses(text, STANDARDS)["4"] == "successful"


# Devon (complaints determined, 2023): the request's "Please can you clarify how many ..." quoted back, then the
# council's "We can provide the following extract ...": a response, not a council asking to clarify
DETERMINED = _survey(DRAFTED / "councillor-complaints-determined-2023.toml")
DEVON_DETERMINED = ("Councillor Code of Conduct Complaints\n\n"
                    "Please can you clarify how many code of conduct complaints against members of Devon County Council "
                    "were determined between 1 April 2022 and 31 March 2023.\n\n"
                    "We can provide the following extract from the Standards Annual Report Complaints Against "
                    "Councillors Between 1 April 2022 and 9th March 2023 :\n\n"
                    "There had been 7 complaints concerning alleged breaches of the Members Code of Conduct.\n")


def test_the_council_providing_what_follows_is_a_response():
    r = parse_reply(DEVON_DETERMINED, DETERMINED)
    assert r.kind == "response"
    # made up: a council asking back, offering nothing yet, is still asking
    r = parse_reply("Thank you for your request. Could you please clarify what you mean by 'determined'? If you "
                    "can clarify the dates, we can provide the following information for them.\n", DETERMINED)
    assert r.kind == "clarification_request"


# Lincolnshire (code of conduct complaints, 2023): the request quoted back, then an answer in four sentences whose
# counts are in words, none of them under a question's number
LINCOLNSHIRE_CODE = ("For year 2023 only, please can you provide the total number of Code complaints that were:\n\n"
                     "1) Received from members of the public\n\n2) Received from others (Councillors and Officers etc)"
                     "\n\n3) Referred to and assessed by your Standards Hearing Committee or Governance Panel\n\n"
                     "4) Decided upon or recorded as upheld\n\n5) If upheld, the sanctions applied\n\n\n"
                     "Five member Code of Conduct complaints were received during this period.\n\n"
                     "Four brought by members of the public and one by a councillor.\n\n"
                     "Four have been determined by the Monitoring Officer that should be subject to no further action."
                     "\n\nOne is still to be determined.\n")


def test_counts_in_words_opening_their_lines_make_a_response():
    draft = _survey(DRAFTED / "councillor-code-complaints-2023.edited.toml")
    r = parse_reply(LINCOLNSHIRE_CODE, draft)
    assert r.kind == "response"
    assert r.outcome == "successful"
    # an acknowledgement's words of time are no such count
    r = parse_reply("Thank you for your request, which we received today. We will respond within twenty working "
                    "days.\n", draft)
    assert r.kind == "acknowledgement"
