"""The real-reply set and its scorer (tests/files/real_set/, benchmarks/real_set.py, benchmarks/score_real.py).

The scorer is checked on small made-up sets written here; the real set is checked for consistency (every label
allowed, every quote in its page and holding its value, the set's size). How well the reader does on the real set
is the scorer's output (benchmarks/results/real_set_score.json and the README's table), not a test's pass/fail.
"""

from __future__ import annotations

import json
import re
import textwrap
from pathlib import Path
from types import SimpleNamespace

import pytest

from benchmarks import real_set, score_real

SURVEY = textwrap.dedent("""\
    name = "tips"
    title = "Fly-tipping"
    law = "foi"
    [periods]
    asked = [
      { label = "2021-22", start = "2021-04-01", end = "2022-03-31" },
      { label = "2022-23", start = "2022-04-01", end = "2023-03-31" },
    ]
    [subjects.incidents]
    label = "Fly-tipping incidents"
    synonyms = ["fly[- ]?tipping incidents?", "incidents?"]
    [subjects.clearance]
    label = "Clearance cost"
    synonyms = ["clearance", "cost to clear"]
    [[questions]]
    id = "1"
    text = "How many fly-tipping incidents in 2021-22 and 2022-23?"
    subject = "incidents"
    measures = ["count"]
    periods = ["2021-22", "2022-23"]
    [[questions]]
    id = "2"
    text = "What did clearing them cost?"
    subject = "clearance"
    measures = ["total_cost_gbp"]
    periods = ["2021-22", "2022-23"]
    """)

PAGE = textwrap.dedent("""\
    # source: https://example.gov.uk/foi/1
    # body: Example Council
    # date: 2023-08-24
    # obtained: made up for the tests
    # request: How many fly-tipping incidents ...
    #   and what did clearing them cost?

    Response

    1. Fly-tipping incidents
    2021-22 191
    2022-23 127

    2. We do not hold the cost of clearance separately.
    """)

LABELS = textwrap.dedent("""\
    topic = "tipping"
    survey = "tips"
    body = "Example Council"
    body_type = "district"
    nation = "England"
    law = "foi"
    kind = "response"
    outcome = "partially_successful"
    outcome_why = ""
    exemptions = []
    ncnd = false
    public_interest_test = false
    checks = ["first reading", "second reading: no change"]

    [[questions]]
    id = "1"
    status = "answered"
    exemptions = []

    [[questions]]
    id = "2"
    status = "not_held"
    exemptions = []

    [[facts]]
    question = "1"
    subject = "incidents"
    measure = "count"
    period = "2021-22"
    start = "2021-04-01"
    end = "2022-03-31"
    value = 191
    approx = false
    quote = "2021-22 191"

    [[facts]]
    question = "1"
    subject = "incidents"
    measure = "count"
    period = "2022-23"
    start = "2022-04-01"
    end = "2023-03-31"
    value = 127
    approx = false
    quote = "2022-23   127"
    """)


def make_set(root: Path, labels: str = LABELS, page: str = PAGE) -> Path:
    (root / "surveys").mkdir(parents=True)
    (root / "surveys" / "tips.toml").write_text(SURVEY, encoding="utf-8")
    (root / "tipping").mkdir()
    (root / "tipping" / "example-tips.txt").write_text(page, encoding="utf-8")
    (root / "tipping" / "example-tips.toml").write_text(labels, encoding="utf-8")
    return root


def test_header_and_page_text_are_read_apart(tmp_path):
    root = make_set(tmp_path / "set")
    header, text = real_set.read_page(root / "tipping" / "example-tips.txt")
    assert header["body"] == "Example Council"
    assert header["request"] == "How many fly-tipping incidents ... and what did clearing them cost?"
    assert text.startswith("Response\n") and "#" not in text


def test_a_consistent_set_has_no_problems(tmp_path):
    problems, cases = real_set.check(make_set(tmp_path / "set"))
    assert problems == []
    assert [c.slug for c in cases] == ["example-tips"]
    assert cases[0].facts[1].value == 127


@pytest.mark.parametrize("change, problem", [
    (("quote = \"2021-22 191\"", "quote = \"2021-22 190\""), "quote is not in the page text"),
    (("value = 127", "value = 172"), "value 172 is not in its quote"),
    (("status = \"not_held\"", "status = \"gone\""), "status 'gone'"),
    (("subject = \"incidents\"\nmeasure", "subject = \"tonnes\"\nmeasure"), "subject 'tonnes' is not a subject"),
    (("exemptions = []\nncnd", "exemptions = [\"section 31\"]\nncnd"), "not in the agreed form"),
    (("outcome = \"partially_successful\"", "outcome = \"successful\""), "outcome_why does not say why"),
    (("checks = [\"first reading\", \"second reading: no change\"]", "checks = [\"first reading\"]"),
     "two readings"),
    (("start = \"2022-04-01\"", "start = \"2022-13-01\""), "not an ISO date"),
    (("survey = \"tips\"", "survey = \"nowhere\""), "survey 'nowhere' is not in surveys/"),
])
def test_the_checker_names_each_kind_of_mistake(tmp_path, change, problem):
    old, new = change
    assert old in LABELS
    problems, _ = real_set.check(make_set(tmp_path / "set", labels=LABELS.replace(old, new, 1)))
    assert any(problem in p for p in problems), problems


def test_values_are_found_in_quotes_as_councils_write_them():
    assert real_set.value_in_quote(7900, "2009-10 (Jan-Feb) O2 £7.900")       # a point between thousands
    assert real_set.value_in_quote(23250, "2009-10 (Apr-Mar) 23.25K")
    assert real_set.value_in_quote(1_200_000, "about £1.2m in all")
    assert real_set.value_in_quote(8_960_000, "2015/16 £8.96 (Millions)")     # the scale in brackets
    assert not real_set.value_in_quote(8_960_000, "2015/16 £8.96 (see note)")
    assert real_set.value_in_quote(0, "Littering FPNs: None")
    assert real_set.value_in_quote(650, "£550 - £750 per device")            # a range's middle
    assert real_set.value_in_quote(12, "twelve laptops")
    assert not real_set.value_in_quote(191, "2021-22 127")
    assert real_set.value_in_quote(0.2, "they charged 20p per entry")             # pence, read in pounds
    assert not real_set.value_in_quote(0.2, "they charged 20 per entry")


def test_a_zero_said_with_not_any_holds_0():
    yes = ["we have not served any noise abatements regarding Pianos",
           "The Moray Council does not have any allotment plots",
           "We do not fund anyone to be TU officials here we just have workplace reps",
           "We haven’t employed any Manager on an interim basis",          # a curly apostrophe
           "We haven't employed anybody on that basis",
           "The Procurator Fiscal in Tayside has not requested any such reports since April 2013",
           "Devon County Council have not opened or closed any libraries since 2010",
           "the council has never issued any"]
    for quote in yes:
        assert real_set.value_in_quote(0, quote), quote
    no = ["The council has not yet decided. Any changes will be published",    # not across a sentence stop
          "This is not held; any request should go to the county",              # nor a semicolon
          "not applicable, but any resident may apply",                          # nor a comma
          "we do not hold any information on this",                              # not held, not zero
          "the council does not hold any recorded information for this period",
          "we have not served many notices",                                     # 'many' is not 'any'
          "any notices served were not appealed",                                # 'any' before 'not'
          "We served 12 notices"]
    for quote in no:
        assert not real_set.value_in_quote(0, quote), quote
    assert real_set.value_in_quote(12, "We served 12 notices")


def test_the_outcome_rule_from_question_statuses():
    d = real_set.derived_outcome
    assert d(["answered", "answered"]) == "successful"
    assert d(["not_held", "not_held"]) == "not_held"
    assert d(["refused", "ncnd"]) == "rejected"
    assert d(["refused", "not_held"]) == "rejected"
    assert d(["answered", "not_held"]) == "partially_successful"
    assert d(["answered", "not_addressed"]) == "partially_successful"
    assert d(["partly"]) == "partially_successful"
    assert d(["answered", "cut"]) == "successful"
    assert d(["cut"]) is None


def fact(subject, measure, value, start="", end=""):
    return SimpleNamespace(subject=subject, measure=measure, value=value, period_start=start or None,
                           period_end=end or None, start=start, end=end)


def test_facts_match_on_subject_measure_and_value_preferring_the_period():
    e = [fact("a", "count", 10, "2021-04-01", "2022-03-31"), fact("a", "count", 10, "2022-04-01", "2023-03-31"),
         fact("a", "count", 5), fact("b", "total_cost_gbp", 1000)]
    # the reader found the two 10s in the other order, 5 as money, 1,004 (within 0.5%) and one extra
    f = [fact("a", "count", 10, "2022-04-01", "2023-03-31"), fact("a", "count", 10, "2021-04-01", "2022-03-31"),
         fact("a", "total_cost_gbp", 5), fact("b", "total_cost_gbp", 1004), fact("b", "count", 3)]
    pairs, missed, spurious = score_real.match_facts(e, f)
    assert [(x.value, x.start, y.period_start) for x, y in pairs] == [
        (10, "2021-04-01", "2021-04-01"), (10, "2022-04-01", "2022-04-01"), (1000, "", None)]
    assert [(m.subject, m.value) for m in missed] == [("a", 5)]
    assert [(s.subject, s.measure, s.value) for s in spurious] == [("a", "total_cost_gbp", 5), ("b", "count", 3)]
    assert not score_real.value_match(1000, 1006)


def test_the_scorer_adds_up_what_the_reader_said(tmp_path):
    from reader import load_survey, parse_reply

    root = make_set(tmp_path / "set")
    result = score_real.score(root)
    reply = parse_reply(real_set.read_page(root / "tipping" / "example-tips.txt")[1],
                        load_survey(root / "surveys" / "tips.toml"))
    t = result["by_topic"]["tipping"]
    f = t["facts"]
    assert f["tp"] + f["fn"] == 2                       # the labelled figures
    assert f["tp"] + f["fp"] == len(reply.facts)        # the reader's figures
    assert t["outcome"]["of"] == 1
    assert t["outcome"]["right"] == (reply.outcome == "partially_successful")
    assert t["question_outcome"]["of"] == 2
    assert result["all"]["facts"] == f
    # every disagreement is listed with what was expected and found
    listed = [p for r in result["replies"] for p in r["problems"]]
    assert sum(p["what"] == "fact missed" for p in listed) == f["fn"]
    assert sum(p["what"] == "fact spurious" for p in listed) == f["fp"]
    json.dumps(result, default=str)


def test_the_scorer_counts_a_wrong_outcome_and_a_missed_figure(tmp_path):
    # labels that claim a figure the page's reader cannot find and an outcome it will not give
    labels = LABELS.replace('outcome = "partially_successful"', 'outcome = "rejected"\noutcome_why = "made up"', 1)
    labels = labels.replace('outcome_why = ""\n', "", 1)
    page = PAGE + "\nThe cost to clear was 999 pounds in 2022-23.\n"
    labels += textwrap.dedent("""
        [[facts]]
        question = "1"
        subject = "incidents"
        measure = "count"
        period = ""
        start = ""
        end = ""
        value = 999
        approx = false
        quote = "999 pounds"
        """)
    result = score_real.score(make_set(tmp_path / "set", labels=labels, page=page))
    t = result["by_topic"]["tipping"]
    assert t["outcome"] == {"right": 0, "of": 1, "accuracy": 0.0}
    assert t["facts"]["fn"] >= 1
    missed = [p["expected"]["value"] for r in result["replies"] for p in r["problems"] if p["what"] == "fact missed"]
    assert 999 in missed


# --- the real set itself ----------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def real():
    return real_set.check()


def test_the_real_set_is_consistent(real):
    problems, cases = real
    assert cases, "the real-reply set is empty"
    assert problems == []


def test_the_real_set_is_as_large_as_the_issue_asks(real):
    s = real_set.size(real[1])
    assert s["replies"] >= 100 and s["bodies"] >= 40, real_set.format_size(s)
    assert s["topics_meeting_floor"] >= 5, real_set.format_size(s)


def test_every_real_reply_names_where_it_came_from(real):
    for c in real[1]:
        assert c.header["source"].startswith("http"), c.path
        assert c.header["obtained"], c.path


# --- surveys drafted by `foi survey draft` (tests/files/real_set/drafted/) ------------------------------------

def make_drafted(root: Path, request_lines: str) -> Path:
    """A set with one request file copied from its page, its raw draft as the tool writes it, and an edited
    copy with one synonym added."""
    make_set(root)
    folder = root / real_set.DRAFTED
    folder.mkdir()
    (folder / "tips.request.txt").write_text(
        "# from: tipping/example-tips.txt\n# asked_on: 2023-08-24 (the reply's date)\n\n" + request_lines,
        encoding="utf-8")
    req = real_set.draft_requests(root)[0]
    raw = real_set.raw_draft(req, root)
    (folder / "tips.toml").write_text(raw, encoding="utf-8")
    edited = re.sub(r'(?m)^(synonyms = \[.*)\]$', r'\1, "incidents?"]', raw, count=1)
    assert edited != raw
    (folder / "tips.edited.toml").write_text(edited, encoding="utf-8")
    return root


def test_a_request_file_is_read_with_the_day_it_was_asked(tmp_path):
    root = make_drafted(tmp_path / "set", "How many fly-tipping incidents ...\n")
    req = real_set.draft_requests(root)[0]
    assert (req.name, req.source, str(req.asked_on)) == ("tips", "tipping/example-tips.txt", "2023-08-24")
    assert req.text.strip() == "How many fly-tipping incidents ..."


@pytest.mark.parametrize("header, day", [("2022-12-12", "2022-12-12"), ("2022-12-12 (published)", "2022-12-12"),
                                         ("2023-06-08 (the page's publication date; FOI-0538-2324)", "2023-06-08"),
                                         ("not given (request received 12/05/2022)", None), ("", None)])
def test_a_reply_is_read_with_the_day_its_header_gives_notes_and_all(header, day):
    case = SimpleNamespace(header={"date": header} if header else {})
    found = score_real.replied_on(case)
    assert (found.isoformat() if found else None) == day


def test_stored_drafts_must_be_the_tools_output_and_requests_copied_from_their_page(tmp_path):
    root = make_drafted(tmp_path / "set", "How many fly-tipping incidents ...\n")
    assert real_set.check_drafts(root) == []
    (root / real_set.DRAFTED / "tips.edited.toml").unlink()
    raw = root / real_set.DRAFTED / "tips.toml"
    raw.write_text(raw.read_text(encoding="utf-8").replace('measures = ["count"]', 'measures = ["total_cost_gbp"]'),
                   encoding="utf-8")
    assert any("not what `foi survey draft` writes today" in p for p in real_set.check_drafts(root))
    assert real_set.check_drafts(root, write=True) == [] and real_set.check_drafts(root) == []
    # a line the page does not hold is not a request councils were sent
    req = root / real_set.DRAFTED / "tips.request.txt"
    req.write_text(req.read_text(encoding="utf-8") + "How many fly-tipping incidents were filmed?\n", encoding="utf-8")
    assert any("line not in tipping/example-tips.txt" in p for p in real_set.check_drafts(root, write=True))


def test_the_edits_are_shown_as_a_diff_and_counted(tmp_path, capsys):
    root = make_drafted(tmp_path / "set", "How many fly-tipping incidents ...\n")
    [(name, minus, plus, diff)] = real_set.draft_edits(root)
    assert (name, minus, plus) == ("tips", 1, 1)
    assert any(line.startswith("+synonyms") and '"incidents?"' in line for line in diff)
    assert real_set.main(["edits", "--diff", "--set-dir", str(root)]) == 0
    out = capsys.readouterr().out
    assert "+++ drafted/tips.edited.toml" in out and "(1 of 1 surveys edited)" in out


def test_with_a_draft_figures_match_on_the_question_they_answer():
    survey = SimpleNamespace(questions=[SimpleNamespace(id="1", subject="tips"), SimpleNamespace(id="2a", subject="x"),
                                        SimpleNamespace(id="2b", subject="y")])
    assert score_real.question_ids("1", survey) == {"1"}
    assert score_real.question_ids("1b", survey) == {"1"}            # the draft did not split question 1
    assert score_real.question_ids("2", survey) == {"2a", "2b"}      # only the draft split question 2
    assert score_real.question_ids("3", survey) == set()
    e = SimpleNamespace(question="1b", subject="laptops", measure="count", value=4, start="", end="")
    by_q = SimpleNamespace(question="1", subject="tips", measure="count", value=4, period_start=None, period_end=None)
    other = SimpleNamespace(question="2a", subject="x", measure="count", value=4, period_start=None, period_end=None)
    assert len(score_real.match_facts([e], [other, by_q], survey, by_question=True)[0]) == 1
    assert score_real.match_facts([e], [other], survey, by_question=True)[0] == []
    # by subject, the same figures do not match: the draft names its subjects in its own words
    assert score_real.match_facts([e], [by_q])[0] == []


def test_the_scorer_reads_with_the_edited_draft_or_the_raw_one(tmp_path):
    root = make_drafted(tmp_path / "set", "How many fly-tipping incidents ...\n")
    edited, raw = score_real.score(root, surveys_from="drafted"), score_real.score(root, surveys_from="raw")
    assert (edited["surveys"], edited["match"], raw["surveys"]) == ("drafted", "question", "raw")
    for result in (edited, raw):
        f = result["by_topic"]["tipping"]["facts"]
        assert f["tp"] + f["fn"] == 2 and not result["not_scored"]
    with pytest.raises(ValueError):
        score_real.score(root, surveys_from="guessed")


def test_every_drafted_survey_of_the_real_set_is_the_tools_output_of_a_real_request(real):
    assert real_set.check_drafts() == []
    requests = real_set.draft_requests()
    _, cases = real
    # one drafted survey for every survey a reply is read with
    assert {c.survey for c in cases} <= {r.name for r in requests}


# Labelled question ids that no raw draft has, each for a reason its survey's header gives: the request numbers
# nothing there (the survey numbers its questions in order or as the body's reply does), or the stored page lost the
# request's numbers, or the request numbers only part of what it asks.
NOT_IN_THE_DRAFT = {
    ("agency-staff-contingency-staff-2024", "3"),        # unnumbered; the body answers "Question 3"
    ("temporary-accommodation-hotel-rooms-2018", "2"),   # unnumbered; the survey numbers its three asks in order
    ("temporary-accommodation-hotel-rooms-2018", "3"),
    ("street-lighting-location-data-2020", "3"),         # unnumbered; the draft asks only the two bullets
    ("street-trees-protected-trees-2020", "2"),          # unnumbered; one paragraph asks the number and the species
    ("traveller-encampments-removal-costs-2017", "7"),   # unnumbered; the draft drops the closing ask for yearly totals
    ("planning-appeals-officer-recommendations-2012", "4a"),  # unnumbered bullets; the draft numbers only the
    ("planning-appeals-officer-recommendations-2012", "4b"),  # three procedures under the fourth (1-3) and folds
    ("planning-appeals-officer-recommendations-2012", "4c"),  # the fifth bullet into its 3
    ("planning-appeals-officer-recommendations-2012", "5"),
}


def test_labelled_question_ids_follow_the_requests_numbering(real):
    """Every labelled question and figure is under an id the raw draft of its request has (itself, the question a
    part belongs to, or the parts the draft split it into), so the drafted scores count it: labels number questions
    as the request does (README, "Question ids"), not as one copy or one reply does."""
    _, cases = real
    drafts = real_set.load_drafted_surveys(edited=False)
    lost = set()
    for c in cases:
        survey = drafts[c.survey]
        ids = [q.id for q in c.questions if q.status != "cut"] + [f.question for f in c.facts if f.in_survey]
        lost |= {(c.survey, i) for i in ids if not score_real.question_ids(i, survey)}
    assert lost == NOT_IN_THE_DRAFT


def test_the_command_line_writes_the_stored_draft(tmp_path, monkeypatch):
    from click.testing import CliRunner

    from foi.cli import cli

    monkeypatch.chdir(real_set.ROOT)
    req = next(r for r in real_set.draft_requests() if r.name == "ev-charging-2022")
    out = tmp_path / "draft.toml"
    r = CliRunner().invoke(cli, ["survey", "draft", str(req.path.relative_to(real_set.ROOT)), "--name", req.name,
                                 "-o", str(out)])
    assert r.exit_code == 0, r.output
    assert out.read_text(encoding="utf-8") == (req.path.parent / f"{req.name}.toml").read_text(encoding="utf-8")


def test_rewriting_the_drafts_carries_the_journalists_edits_over(tmp_path):
    old = ('name = "x"\n\n[subjects.tips]\nlabel = "Tips"\nsynonyms = ["tips?"]\n\n[[questions]]\nid = "1"\n'
           'subject = "tips"\nmeasures = ["count"]\n')
    edited = old.replace('synonyms = ["tips?"]', 'synonyms = ["tips?", "fly[- ]?tips?"]')
    # the drafter now guesses another measure and adds a period line: the synonym edit still applies
    new = old.replace('measures = ["count"]', 'measures = ["total_cost_gbp"]\nperiods = ["2021"]')
    carried, lost = real_set.carry_edits(old, edited, new)
    assert lost == [] and carried == new.replace('synonyms = ["tips?"]', 'synonyms = ["tips?", "fly[- ]?tips?"]')
    # the drafter now writes the edited line differently: the edit is reported, not guessed
    carried, lost = real_set.carry_edits(old, edited, new.replace('synonyms = ["tips?"]', 'synonyms = ["tip"]'))
    assert lost == ['synonyms = ["tips?"]'] and '"fly[- ]?tips?"' not in carried


def test_an_unchanged_draft_leaves_the_journalists_edits_exactly_as_they_were():
    """`--write` with nothing changed in a draft must not move an added question (damp-mould's 2a went before 1)."""
    d = real_set.drafted_dir(real_set.SET_DIR)
    raw = (d / "damp-mould-social-housing-2023.toml").read_text(encoding="utf-8")
    edited = (d / "damp-mould-social-housing-2023.edited.toml").read_text(encoding="utf-8")
    assert real_set.carry_edits(raw, edited, raw) == (edited, [])


def test_an_edit_that_removes_a_whole_question_is_carried_over():
    old = ('name = "x"\n\n[subjects.tips]\nlabel = "Tips"\nsynonyms = ["tips?"]\n\n[[questions]]\nid = "1"\n'
           'subject = "tips"\nmeasures = ["count"]\n\n[[questions]]\nid = "2"\ntext = "Please define tips."\n'
           'subject = "tips"\nmeasures = ["count"]\n')
    edited = old[:old.index('\n[[questions]]\nid = "2"')] + "\n"
    # the drafter now guesses question 1's measure anew: the removal still applies, the new guess stays
    new = old.replace('measures = ["count"]\n\n[[questions]]', 'measures = ["total_cost_gbp"]\n\n[[questions]]', 1)
    carried, lost = real_set.carry_edits(old, edited, new)
    assert lost == [] and 'id = "2"' not in carried and 'measures = ["total_cost_gbp"]' in carried
    # the question the edit removed is now drafted otherwise: reported, not guessed
    carried, lost = real_set.carry_edits(old, edited, new.replace("Please define tips.", "Please define fly-tips."))
    assert lost and 'id = "2"' in carried


def test_an_undated_requests_draft_counts_back_from_the_day_its_page_was_obtained_not_from_the_calendar():
    # "the last three years" in a request with no date: the stored draft must not change when the day turns
    import datetime as dt

    from reader.draft import draft_survey, to_toml

    req = next(r for r in real_set.draft_requests() if r.name == "graffiti-heritage-assets")
    assert req.asked_on is None and req.drafted_on == dt.date(2026, 12, 6)
    later = to_toml(draft_survey(req.text, req.name, today=dt.date(2027, 6, 1)), "x")
    assert "before 2027-06-01" in later and "2026-27" in later
    assert "before 2026-12-06" in real_set.raw_draft(req) and "2026-27" not in real_set.raw_draft(req)
