"""How councils write replies the reader first met on the playgrounds topic, each rule tested with real reply text
(the reply named in each test, from tests/files/real_set/playgrounds/<slug>.txt, cut to the lines that matter), and
some with the same form from another topic or made up, to show the rule is about the English, not the reply."""

from __future__ import annotations

from reader import load_survey, parse_reply
from tests.reading_helpers import DRAFTED, SURVEYS, facts, statuses


SELL_OFFS = SURVEYS / "playgrounds-closures-sell-offs-2019.toml"
SELL_OFFS_DRAFT = DRAFTED / "playgrounds-closures-sell-offs-2019.toml"


# northumberland-playgrounds-2019: a Q&A template, each answer keyed "A.<n>" with spaces before it
NORTHUMBERLAND = (
    "Question and Response:\n\n"
    "Q.1   How many children’s playgrounds were managed by the local authority in each year from 2009-10? \n\n"
    "A.1   16\n\n"
    "Q.2   How many children’s playgrounds  have been closed in each year since 2009-10? \n\n"
    "A.2   None\n\n"
    "Q.3   How many children’s playgrounds  have been opened in each year since 2009-10? \n\n"
    "A.3   None\n\n"
    "Q.4   How much local authority money has been spent on children’s playgrounds in each year since 2009-10? \n\n"
    "A.4   Children's playgrounds are managed through the use of multidisciplinary grounds maintenance and cleansing"
    "  teams. It is not possible to disaggregate the money spent on play areas alone.\n\n"
    "Q.5   How many children’s playgrounds are proposed for closure within the next year (ie 2019-20)? \n\n"
    "A.5   None\n\n"
    "Q.5   How much do you propose to spend on children's playgrounds in 2019-20?\n\n"
    "A.5   See response to Q.4 above.\n\n"
    "Q.6   How many children's playgrounds have been sold off to private buyers since 2009-10, who were the buyers "
    "and how much were they sold for?\n\n"
    "A.6   None\n")


def test_an_answer_keyed_a_dot_number_is_answer_n_not_a_lettered_part():
    # "A.2   None": the "N" of "None" is no part's letter (part 2n); the word is the answer, none
    for survey in (load_survey(SELL_OFFS), load_survey(SELL_OFFS_DRAFT)):
        found = {(f.question, f.value) for f in facts(NORTHUMBERLAND, survey)}
        assert {("1", 16), ("2", 0), ("3", 0), ("6", 0)} <= found
    # a lettered part keyed the same way is still a part: "Q1a - 12"
    from reader.facts.words import _MARKER
    assert _MARKER.match("Q1a - 12").group("ql") == "a"
    assert _MARKER.match("A.2   None").group("ql") is None
    assert _MARKER.match("Q.4   Children's playgrounds are managed").group("ql") is None


def test_a_sum_it_is_not_possible_to_disaggregate_is_not_held():
    # Northumberland's A.4: the money is spent inside a larger budget; the answer key A.4 holds it to question 4,
    # though its words name the playgrounds question 1 counts ("Children's playgrounds are managed ...")
    from reader.classify import find_not_held
    line = "It is not possible to disaggregate the money spent on play areas alone."
    assert find_not_held(line)
    # the effort of the cost limit stays a refusal, not "not held"
    assert not find_not_held("in the time available we are not able to split the costs by month")
    for survey in (load_survey(SELL_OFFS), load_survey(SELL_OFFS_DRAFT)):
        got = statuses(NORTHUMBERLAND, survey)
        assert got["4"] == "not_held"
        assert got["1"] == got["2"] == got["6"] == "successful"
    assert parse_reply(NORTHUMBERLAND, load_survey(SELL_OFFS)).outcome == "partially_successful"


def test_an_answer_that_sends_to_another_questions_answer_takes_its_status():
    # Northumberland's second Q.5 (5b, the spend proposed): "See response to Q.4 above.", where 4 is not held
    from reader.referred import referred_status
    got = statuses(NORTHUMBERLAND, load_survey(SELL_OFFS))
    assert got["5b"] == "not_held" and got["5a"] == "successful"
    # (made up) the same said in other words, and a reference to a question not read yet, which says nothing
    from reader.classify import QuestionResult
    read = [QuestionResult("2", "rejected", ["s12"], False, "", 0, 0)]
    assert referred_status("3. Please see our answer to question 2", read) == "rejected"
    assert referred_status("3. See the response to question 5 below", read) is None
    assert referred_status("3. See attached spreadsheet", read) is None


OWNED = SURVEYS / "playgrounds-council-owned-play-areas.toml"
OWNED_DRAFT = DRAFTED / "playgrounds-council-owned-play-areas.toml"

# welsh-books-council-play-areas: the request quoted, then each answer under its number in the request's own words,
# said in the negative
WELSH_BOOKS = (
    "Dear Welsh Book Council,\n\n"
    "Please can you help me with the following FOI request?\n\n"
    "1) How many council owned public children’s play areas (by which I mean parks, playgrounds, adventure "
    "playgrounds, assault courses and any other play areas) do you currently operate (latest figures available)\n\n"
    "2) How many council owned public children’s play areas did you own or operate in the financial year "
    "2009/2010\n\n"
    "3) How many council owned public children’s play areas were sold, or closed, from the financial year "
    "2009/2010 to the present date?\n\n"
    "4) If the figures are held, what was the area covered by children's play areas that you owned measured by "
    "square feet in 2009/10, and on the most recent date for which figures are available?\n\n"
    "Yours faithfully,\n\n"
    "Dear Jon Parker-Dean,\n"
    "Many thanks for your email.\n"
    "I can confirm that\n\n"
    "1) We do not operate or own any pubilc children’s play areas (by which I mean parks, playgrounds, adventure "
    "playgrounds, assault courses and any other play areas)\n\n"
    "2) We have not owned or operated any public children’s play areas in the financial year 2009/2010\n\n"
    "3) We do not own any public children’s play areas to sell\n\n"
    "4) This question isn't applicable to us as we don't have or own any children's play areas.\n\n"
    "I hope this information helps.\n")


def test_an_answer_in_the_questions_words_said_in_the_negative_is_an_answer_not_the_question_restated():
    for survey in (load_survey(OWNED), load_survey(OWNED_DRAFT)):
        got = statuses(WELSH_BOOKS, survey)
        assert got["1"] == got["2"] == got["3"] == "successful"
    # (made up) "we do not hold" under its number is still read as not held
    held_not = WELSH_BOOKS.replace("3) We do not own any public children’s play areas to sell",
                                   "3) We do not hold any records of play areas sold or closed")
    assert statuses(held_not, load_survey(OWNED))["3"] == "not_held"
    from reader.nought import FORMS
    _NONE_SAID = FORMS["answer_none"].rx
    assert _NONE_SAID.match("We do not operate or own any pubilc children’s play areas")
    assert _NONE_SAID.match("The Council has not issued any fixed penalty notices")
    assert not _NONE_SAID.match("Do you own any play areas?")


PLAY_PARKS = SURVEYS / "playgrounds-play-parks-2022.toml"
PLAY_PARKS_DRAFT = DRAFTED / "playgrounds-play-parks-2022.toml"

# herefordshire-play-parks-2022: question 2 answered "no formal complaints", then a list of enquiries by kind
HEREFORDSHIRE = (
    "2. How many complaints have been received about the general state of play parks in the area in the last five "
    "financial years?\n\n"
    "No formal complaints have been received about the general state of play parks in the last 5 financial years. "
    "A number of enquiries have been received by the council relating to vandalism / injuries / broken and damaged "
    "equipment at play parks. The total number of these enquiries in the last 5 financial years is as follows:\n\n"
    "Broken / damaged equipment - 37\n\n"
    "Injuries - 2 and 8 highlighted potential for risk of injury\n\n"
    "Vandalism - 6\n\n"
    "3. How much has been spent on the upkeep and/or refurbishment of play parks in the last five financial years?"
    "\n\n"
    "2017/18 - £10,895.23\n\n"
    "2018/19 - £28,257.81\n\n"
    "4. How many reports of vandalism in play parks have there been in the last five financial years?\n\n"
    "6 reports of vandalism have been received in the last 5 financial years.\n")


def test_a_list_of_counts_of_a_thing_the_survey_does_not_ask_about_holds_none_of_its_figures():
    for survey in (load_survey(PLAY_PARKS), load_survey(PLAY_PARKS_DRAFT)):
        found = [(f.question, f.value) for f in facts(HEREFORDSHIRE, survey)]
        assert not {v for _, v in found} & {37, 2, 8}
        assert found.count(("4", 6)) == 1           # the vandalism reports, once, from question 4's own answer
        assert ("3", 10895.23) in found             # the list ends at the next question's number
    from reader.facts.other_counts import lists_other_things
    from reader.facts.words import question_words
    survey = load_survey(PLAY_PARKS)
    line = "The total number of these enquiries in the last 5 financial years is as follows:"
    assert lists_other_things(line, survey, question_words(survey))
    # (made up) a list of the survey's own thing is its figures
    assert not lists_other_things("The total number of these complaints is as follows:", survey,
                                  question_words(survey))


def test_no_and_one_word_before_the_thing_counted_is_none_of_it_where_a_number_is_asked():
    for survey in (load_survey(PLAY_PARKS), load_survey(PLAY_PARKS_DRAFT)):
        assert ("2", 0) in {(f.question, f.value) for f in facts(HEREFORDSHIRE, survey)}
    # dog-fouling/hastings-fixed-penalty-notices-foir-763144725: "Q1. No external contractor is employed to do
    # this." answers whether one is, not how many
    survey = load_survey(SURVEYS / "dog-fouling-environmental-fpns-2025.toml")
    text = ("Please could you provide the following information:\n"
            "- Does your council employ a private contractor or external company to issue environmental FPNs? If yes, "
            "please provide the name(s) of the contractor(s) and the date when the contract commenced.\n"
            "Response\n"
            "Q1. No external contractor is employed to do this.\n")
    assert not [f for f in facts(text, survey) if f.question == "1"]


VANDALISM = SURVEYS / "playgrounds-closures-vandalism-2024.toml"
VANDALISM_DRAFT = DRAFTED / "playgrounds-closures-vandalism-2024.edited.toml"

# dover-playground-closures-2024: the request's five numbered items, then the answers under the same numbers
DOVER = (
    "Request\n\n"
    "  1. Playground Closures: The number of playgrounds permanently closed.\n"
    "  2. New Playgrounds: The number of new playgrounds opened.\n"
    "  3. Reports of Vandalism: The total number of vandalism reports in playgrounds.  If available, provide details "
    "of the types of vandalism reported (e.g., graffiti, damage to equipment).\n"
    "  4. Number of Injuries in Play Parks: The total number of injuries reported in playgrounds, broken down by type "
    "of injury. If available, a breakdown of injuries by specific equipment (e.g., swings, slides, climbing frames).\n"
    "  5. Inspection Frequency: The frequency with which playgrounds are inspected by the council.\n\n"
    "Response\n\n"
    "  1. Zero.\n"
    "  2. Zero.\n"
    "  3. The Council does not hold any recorded information for this period.\n"
    "  4. One – ankle fracture following a trip at the edge of an area of impact absorbent surface to a piece of "
    "play equipment.\n"
    "  5. Weekly by Council staff.  An external contractor, on behalf of the Council, also carry out inspections "
    "either twice a year, five times a year or 7 times a year, depending on the play area.  In addition, the "
    "Council’s insurance company carry out an annual inspection.\n")


def test_how_often_is_no_count():
    for survey in (load_survey(VANDALISM), load_survey(VANDALISM_DRAFT)):
        assert not [f for f in facts(DOVER, survey) if f.question == "5"]
    # (made up) a count of visits is still a count
    from reader.facts.reply_lines import _NOT_A_FIGURE
    assert any(rx.search("or 7 times a year, depending on the play area") for rx in _NOT_A_FIGURE)
    assert not any(rx.search("7 inspections were carried out in the year") for rx in _NOT_A_FIGURE)


def test_a_number_word_then_a_dash_and_what_it_was_is_the_count():
    for survey in (load_survey(VANDALISM), load_survey(VANDALISM_DRAFT)):
        found = {(f.question, f.value) for f in facts(DOVER, survey)}
        assert ("4", 1) in found and ("1", 0) in found and ("2", 0) in found
    # (made up) a number word inside a sentence stays words
    text = DOVER.replace("4. One – ankle fracture", "4. One of the reports was an ankle fracture")
    assert ("4", 1) not in {(f.question, f.value) for f in facts(text, load_survey(VANDALISM))}


PLAY_AREAS = SURVEYS / "playgrounds-play-areas-2016.toml"
PLAY_AREAS_DRAFT = DRAFTED / "playgrounds-play-areas-2016.toml"

# richmond-play-areas-2016: the answers under "1)" ... "4)", the request above them
RICHMOND = (
    "1. How many children's play areas were managed by the local authority in each year since 2009-10?\n\n"
    "2. How many children's play areas have been built and refurbished by the local authority in each year since "
    "2005-06?\n\n"
    "Info provided - 11 April 2016\n\n"
    "1) In 2009/10-2012 we managed 50 children's play areas.\n\n"
    "In 2013/14 we managed 51;\n\n"
    "In 2014/15 we managed 52\n\n"
    "In 2015/16 55 (83 including all play areas e.g. MUGA/Fitness etc)\n\n"
    "2) All play areas were fully upgraded between 2003-2007 using Parks Improvement Funding; therefore between "
    "2008/09 - 2012 no work was required. From 2013-2016 we refurbished approximately 18 of these play areas and 14 "
    "new play areas were built since 2006.\n")


def test_a_second_figure_in_brackets_including_more_is_a_wider_count_not_this_one():
    for survey in (load_survey(PLAY_AREAS), load_survey(PLAY_AREAS_DRAFT)):
        found = {(f.question, f.value) for f in facts(RICHMOND, survey)}
        assert ("1", 83) not in found
        assert {("1", 50), ("1", 51), ("1", 52)} <= found


def test_a_figure_of_these_things_counts_what_the_verb_before_it_says():
    # "we refurbished approximately 18 of these play areas": refurbished ones (question 2), not play areas managed
    found = {(f.question, f.subject, f.value) for f in facts(RICHMOND, load_survey(PLAY_AREAS))}
    assert ("2", "play_areas_built_refurbished", 18) in found and ("2", "play_areas_built_refurbished", 14) in found
    assert ("1", "play_areas_managed", 18) not in found


def test_a_requester_asking_to_be_told_if_the_cost_limit_is_exceeded_is_no_refusal():
    # croydon-playground-closures-2024: the request, on the page above the council's answers
    text = (
        "If any of this information is publicly available, I would appreciate it if you could direct me to the "
        "relevant resources. Please let me know if this request exceeds the cost limit for FOI requests, and I can "
        "refine the scope.\n\nThanks,\nJamie Dixon\n\n"
        "1. Playground Closures:\n\nThe number of playgrounds permanently closed.\n\n4\n")
    reply = parse_reply(text, load_survey(VANDALISM))
    assert "s12" not in reply.exemptions
    # (made up) the council saying so is still s12
    said = text + "\nTo answer the other questions would exceed the cost limit set by section 12.\n"
    assert "s12" in parse_reply(said, load_survey(VANDALISM)).exemptions


# hastings-play-parks-2022: the answers under the request's numbers
HASTINGS = (
    "1. How many play parks have been closed in the area in the last 10 financial years?\n"
    "2. How many complaints have been received about the general state of play parks in the area in the last five "
    "financial years?\n"
    "3. How much has been spent on the upkeep and/or refurbishment of play parks in the last five financial years?\n"
    "4. How many reports of vandalism in play parks have there been in the last five financial years?\n"
    "5. How many injuries have been reported in play parks in the last five financial years, and what were the "
    "nature of those injuries?\n"
    "Hastings Borough Council (HBC) is only responsible for the maintenance of HBC play parks.\n"
    "1. None\n"
    "2. Information not held\n"
    "3. The upkeep spent on play parks in the last 5 years is as follows:\n"
    "2018 - £90,000\n"
    "4. Information not held\n"
    "5. 3 reports of injuries (that is, 2018 Trips/falls):\n"
    "2020 - trips/falls\n")


def test_a_figure_naming_two_things_counts_the_one_its_questions_number_asks_about():
    # the draft's vandalism subject has the word "reports" alone: "5. 3 reports of injuries" is still question 5's
    for survey in (load_survey(PLAY_PARKS), load_survey(PLAY_PARKS_DRAFT)):
        found = {(f.question, f.value) for f in facts(HASTINGS, survey)}
        assert ("5", 3) in found and ("4", 3) not in found
        assert statuses(HASTINGS, survey)["4"] == "not_held"


def test_nothing_has_been_done_is_none_of_what_the_survey_word_says():
    # berden-play-areas: "We had both of these in 2009/10, nothing has been sold or closed." answers question 3 (sold
    # or closed since 2009/10), not question 2 (owned in 2009/10), whose year the sentence names first
    text = (
        "3) How many council owned public children’s play areas were sold, or closed, from the financial year "
        "2009/2010 to the present date?\n\n"
        "Morning Jon\n\n"
        "We had both of these in 2009/10, nothing has been sold or closed.\n")
    found = {(f.question, f.value) for f in facts(text, load_survey(OWNED))}
    assert ("3", 0) in found and ("2", 0) not in found


def test_the_requesters_sign_off_under_the_last_question_is_no_answer():
    # berden-play-areas: the request's "4) If the figures are held, ...?" then "Yours faithfully,"; the clerk's letter
    # below answers 1-3 in words and gives no area ("I could find out area if really needed, but the councillor with
    # that info is away at present."): question 4 is not answered
    text = (
        "Please can you help me with the following FOI request?\n\n"
        "3) How many council owned public children’s play areas were sold, or closed, from the financial year "
        "2009/2010 to the present date?\n\n"
        "4) If the figures are held, what was the area covered by children's play areas that you owned measured by "
        "square feet in 2009/10, and on the most recent date for which figures are available?\n\n"
        "Yours faithfully,\n\nJon Parker-Dean\n\nParish Clerk Berden, Berden Parish council\n\nMorning Jon\n\n"
        "We had both of these in 2009/10, nothing has been sold or closed.\n\n"
        "I could find out area if really needed, but the councillor with that\ninfo is away at present.\n")
    assert "4" not in statuses(text, load_survey(OWNED))
    # the Welsh Books Council's own "4) This question isn't applicable to us ..." below the request still answers it
    assert statuses(WELSH_BOOKS, load_survey(OWNED))["4"] == "successful"
    # (made up) a council's last answer over its own sign-off is an answer
    signed = WELSH_BOOKS.replace("4) This question isn't applicable to us as we don't have or own any children's "
                                 "play areas.\n\nI hope this information helps.\n", "4) None\nYours sincerely,\nMenai\n")
    assert statuses(signed, load_survey(OWNED))["4"] == "successful"
    from reader.numbered_answers import _SIGNED_OFF
    assert _SIGNED_OFF.match("Yours faithfully,") and not _SIGNED_OFF.match("Yours is the first request")


def test_the_last_n_financial_years_is_the_span_of_the_years_its_question_asks():
    # thurrock-play-parks-2022: the answer run on after the question restated; herefordshire-play-parks-2022: said
    # in the answer's own sentence (twice on its line)
    thurrock = ("1. How many play parks have been closed in the area in the last 10 financial years? None\n"
                "3. How much has been spent on the upkeep and/or refurbishment of play parks in the last five financial "
                "years? Over £2m\n")
    for survey in (load_survey(PLAY_PARKS), load_survey(PLAY_PARKS_DRAFT)):
        got = {(f.question, f.value): (f.period, f.period_start, f.period_end) for f in facts(thurrock, survey)}
        assert got[("1", 0)] == ("the last 10 financial years", "2012-04-01", "2022-03-31")
        assert got[("3", 2000000)] == ("the last five financial years", "2017-04-01", "2022-03-31")
        got = {(f.question, f.value): (f.period_start, f.period_end) for f in facts(HEREFORDSHIRE, survey)}
        assert got[("2", 0)] == got[("4", 6)] == ("2017-04-01", "2022-03-31")
    # (made up) "the last three years" may be 36 months to the reply's day: no whole years are read into it
    text = "1. How many play parks have been closed in the area in the last three years? None\n"
    assert [f.period_start for f in facts(text, load_survey(PLAY_PARKS))] == [None]


def test_the_year_a_restated_question_asks_from_is_not_its_answers_year():
    # Northumberland's "Q.1 ... in each year from 2009-10?" over "A.1   16": a figure of no year (not 2009-10's)
    for survey in (load_survey(SELL_OFFS), load_survey(SELL_OFFS_DRAFT)):
        got = {(f.question, f.value): f.period for f in facts(NORTHUMBERLAND, survey)}
        assert got[("1", 16)] is None and got[("2", 0)] is None and got[("6", 0)] is None
        # the one year a question asks is still its answer's: "(ie 2019-20)? ... A.5   None"
        assert got[(("5a" if survey.question("5a") else "5"), 0)] == "2019-20"


def test_a_span_of_years_in_the_figures_sentence_is_its_period():
    import datetime as dt
    reply = parse_reply(RICHMOND, load_survey(PLAY_AREAS), replied_on=dt.date(2016, 4, 11))
    got = {(f.question, f.value): (f.period, f.period_start, f.period_end) for f in reply.facts}
    assert got[("1", 50)] == ("2009/10-2012", "2009-04-01", "2013-03-31")
    # the reply's day falls inside 2016: the span ends on it, as "to date" does
    assert got[("2", 18)] == ("2013-2016", "2013-01-01", "2016-04-11")
    assert got[("2", 14)] == ("since 2006", "2006-01-01", "2016-04-11")
    # without the reply's day, "since 2006" has no end to read
    got = {(f.question, f.value): f.period for f in facts(RICHMOND, load_survey(PLAY_AREAS))}
    assert got[("2", 14)] is None and got[("2", 18)] == "2013-2016"
    # "2009-2010" is the financial year the period reader reads, no span of two calendar years
    from reader.facts.spans import _SPAN, _dates
    assert _dates(_SPAN.search("In 2009-2010 we managed 50"), None) is None


def test_an_answer_keyed_by_a_number_the_survey_asks_in_parts_answers_the_part_restated_above_it():
    # the draft letters Northumberland's two "Q.5" questions 5a and 5b; "A.5   None" under the first is 5a's none,
    # "A.5   See response to Q.4 above." under the second is 5b's, not held as 4 is
    survey = load_survey(SELL_OFFS_DRAFT)
    assert survey.question("5a") and survey.question("5b")
    assert ("5a", 0) in {(f.question, f.value) for f in facts(NORTHUMBERLAND, survey)}
    got = statuses(NORTHUMBERLAND, survey)
    assert got["5a"] == "successful" and got["5b"] == "not_held"


def test_a_year_and_a_figure_under_the_years_lines_above_counts_what_they_counted():
    # Richmond's "In 2013/14 we managed 51;" / "In 2014/15 we managed 52" / "In 2015/16 55 (83 including ...)"
    for survey in (load_survey(PLAY_AREAS), load_survey(PLAY_AREAS_DRAFT)):
        got = {(f.question, f.value): f.period for f in facts(RICHMOND, survey)}
        assert got[("1", 55)] == "2015/16" and ("1", 83) not in got
    # (made up) a year's figure after a paragraph of something else is not read into the lines above
    text = RICHMOND.replace("In 2015/16 55 (83", "Charges were reviewed in 2015.\n\nIn 2015/16 55 (83")
    assert ("1", 55) not in {(f.question, f.value) for f in facts(text, load_survey(PLAY_AREAS))}


BERDEN = (
    "1) How many council owned public children’s play areas (by which I mean parks, playgrounds, adventure "
    "playgrounds, assault courses and any other play areas) do you currently operate (latest figures available)\n\n"
    "2) How many council owned public children’s play areas did you own or operate in the financial year 2009/2010\n\n"
    "3) How many council owned public children’s play areas were sold, or closed, from the financial year 2009/2010 "
    "to the present date?\n\n"
    "4) If the figures are held, what was the area covered by children's play areas that you owned measured by "
    "square feet in 2009/10, and on the most recent date for which figures are available?\n\n"
    "Yours faithfully,\n\nJon Parker-Dean\n\nMorning Jon\n\n"
    "If by \"council\" you mean parish council, we own a playground (swings,\nclimbing equipment, slide etc) and one "
    "area of grass used for 5-a-side\nfootball etc.\n\n"
    "We had both of these in 2009/10, nothing has been sold or closed.\n\n"
    "I could find out area if really needed, but the councillor with that\ninfo is away at present.\n\n"
    "If you mean playgrounds etc owned/managed by district or county council,\nthe answer is none.\n")


def test_a_question_the_body_could_answer_but_does_not_is_left_unanswered():
    # berden-play-areas: the area (question 4) "could" be found out; the rest is answered in words: partly successful
    from reader.deferred import deferred
    for survey in (load_survey(OWNED), load_survey(OWNED_DRAFT)):
        assert parse_reply(BERDEN, survey).outcome == "partially_successful"
        assert deferred(BERDEN, survey, {"1", "3"}) == ["4"]
    # (made up) an offer that names no one question's words leaves the outcome alone
    assert deferred("We could provide more detail if needed.", load_survey(OWNED), set()) == []


def test_nothing_has_been_done_names_the_one_question_that_asks_about_it():
    # the draft's subjects for Berden's questions are all "owned public" play areas: "nothing has been sold or
    # closed" is question 3's none, the one question whose words say "sold"
    found = {(f.question, f.value) for f in facts(BERDEN, load_survey(OWNED_DRAFT))}
    assert ("3", 0) in found
    assert statuses(BERDEN, load_survey(OWNED_DRAFT))["3"] == "successful"
