"""The passes that fill and correct each question's status after question_ladder.question_statuses, as one ordered
table (POST_PASSES) applied in a loop: adding a rule is adding a row where its comment says it belongs. Each step
takes the model of the reply (reply_model.ReplyModel) and returns the questions' results; the thin adapters here
give each rule what it reads."""

from __future__ import annotations

from dataclasses import replace
from typing import Callable

from . import classify as C
from . import question_status as QS
from .attached import answered_in_attachment
from .question_number import OPENS_LINE
from .bullet_parts import parts_in_bullets
from .cost_limit_rest import answered_above_cost_limit, refuse_rest_at_cost_limit
from .inline_answers import inline_answers
from .listed_answers import _bullet_answers, _table_rows_answer
from .money_part_not_held import money_part_not_held
from .named_part import answer_to_named_part, yes_leaves_follow_up
from .none_priced import none_priced
from .none_said import none_to_lead
from .parts_in_sentences import parts_in_sentences
from .premise_denied import denial_answers_whether, premise_denied
from .part_answers import _apply_passages, _complete_parts, _share_group_answer, apply_ranged_passages
from .rate_parts_not_held import rate_parts_not_held
from .refusal_named_by_words import refusal_named_by_words
from .refused_part_named import refused_part_named
from .refused_under_number import refused_under_number
from .reply_model import ReplyModel
from .unable_named import unable_named
from .not_held_named import not_held_named
from .restated import restated_lines
from .restated_blocks import restated_as_answer
from .whole_ask_refused import whole_ask_refused
from .withdrawn import withdrawn


def bullet_answers(m: ReplyModel) -> list:
    return _bullet_answers(m.questions, m.survey, m.text, m.live, m.original, m.from_figures)


def answers_inline(m: ReplyModel) -> list:
    return inline_answers(m.questions, m.survey, m.original)


def passages_answer(m: ReplyModel) -> list:
    return _apply_passages(m.questions, m.survey, m.passages, m.original, m.from_figures)


def ranged_passages(m: ReplyModel) -> list:
    return apply_ranged_passages(m.questions, m.passages, m.original, m.from_figures)


def share_group_answer(m: ReplyModel) -> list:
    return _share_group_answer(m.questions, m.survey, m.live, m.marks, m.from_figures)


def complete_parts(m: ReplyModel) -> list:
    return _complete_parts(m.questions, m.survey, m.from_figures)


def named_part(m: ReplyModel) -> list:
    questions, m.parts_unsaid = answer_to_named_part(m.questions, m.survey, m.original, m.from_figures)
    return questions


def table_rows_answer(m: ReplyModel) -> list:
    return _table_rows_answer(m.questions, m.survey, m.live, m.original)


def fill_open(m: ReplyModel) -> list:
    whole_not_held = C.sentence_at(m.live_sentences, m.nh_spans[0][0]) \
        if m.outcome == "not_held" and m.nh_spans \
        and not (m.nh_by_q and None not in m.nh_by_q and m.under_numbers) else None
    return QS.fill_open(
        m.questions, m.survey, m.live, m.original,
        restated=m.restated[0] if m.restated else restated_lines(m.live), from_figures=m.from_figures,
        nothing_given=not m.facts and not m.loose and not m.attached,
        whole_not_held=whole_not_held,
        marks=m.marks, facts=m.facts)


def in_attachment(m: ReplyModel) -> list:
    return answered_in_attachment(m.questions, m.survey, m.live, m.original)


def rest_at_cost_limit(m: ReplyModel) -> list:
    return refuse_rest_at_cost_limit(m.questions, m.survey, m.refusals, m.live, m.raw_anchors, m.from_figures)


def answered_above_refusal(m: ReplyModel) -> list:
    return answered_above_cost_limit(m.questions, m.survey, m.live, m.original, m.marks, m.refusals)


def all_refused(m: ReplyModel) -> list:
    return whole_ask_refused(m.questions, m.survey, m.refusals, m.passive,
                             not m.facts and not m.loose and not m.attached, m.live)


def refusal_of_named_part(m: ReplyModel) -> list:
    return refused_part_named(m.questions, m.survey, m.live, m.original, m.refusals)


def sentence_per_part(m: ReplyModel) -> list:
    return parts_in_sentences(m.questions, m.survey, m.live, m.original)


def refusal_named(m: ReplyModel) -> list:
    return refusal_named_by_words(m.questions, m.survey, m.live, m.original, m.refusals, m.from_figures)


def refused_under_bare_number(m: ReplyModel) -> list:
    return refused_under_number(m.questions, m.survey, m.raw_anchors, m.refusals, m.original, m.from_figures)


def bullets_in_order(m: ReplyModel) -> list:
    return parts_in_bullets(m.questions, m.survey, m.live, m.original, m.facts)


def none_to_first_part(m: ReplyModel) -> list:
    return none_to_lead(m.questions, m.survey, m.facts)


def unable_named_by_words(m: ReplyModel) -> list:
    return unable_named(m.questions, m.survey, m.live, m.original, m.from_figures)


def not_held_named_by_words(m: ReplyModel) -> list:
    return not_held_named(m.questions, m.survey, m.original, m.from_figures)


def money_part(m: ReplyModel) -> list:
    return money_part_not_held(m.questions, m.survey, m.live, m.original, m.nh_spans, m.facts)


def priced_none(m: ReplyModel) -> list:
    return none_priced(m.questions, m.survey, m.live, m.original, m.facts)


def copy_of_none(m: ReplyModel) -> list:
    return premise_denied(m.questions, m.survey, m.live, m.original, m.from_figures)


def follow_up_after_yes(m: ReplyModel) -> list:
    questions, follow_ups = yes_leaves_follow_up(m.questions, m.survey)
    m.parts_unsaid += follow_ups
    return questions


def rate_parts(m: ReplyModel) -> list:
    return rate_parts_not_held(m.questions, m.survey, m.live, m.original, m.nh_spans, m.facts)


def drop_withdrawn(m: ReplyModel) -> list:
    m.gone = gone = withdrawn(m.live, m.survey)
    return [r for r in m.questions if r.question not in gone] if gone else m.questions


def page_status_for_all(m: ReplyModel) -> list:
    stated = m.page_stated
    if stated in ("successful", "not_held") and not m.questions and (where := C.page_status_span(m.live)):
        # nothing said question by question, and the page states the whole request was answered ("Response
        # (all information to be supplied)") or none of it held: so was each of its questions
        s, e = where
        return [C.QuestionResult(q.id, stated, [], False, m.original[s:e], s, e) for q in m.survey.questions]
    if stated in ("rejected", "not_held") and not m.facts and not m.loose and not m.attached \
            and (where := C.page_status_span(m.live)) is not None \
            and (followed := QS.follow_log_status(m.questions, m.survey, stated, where, m.from_figures,
                                                  m.original)):
        m.outcome = stated      # the request above a log's "Refused": each question refused
        return followed
    return m.questions


def held_only_part_above_all(m: ReplyModel) -> list:
    """Every question answered in full, and above all their answers, under no question's number, the reply says
    what it holds covers part of the span asked ("Due to a change in systems we can only provide data from 1st April
    2013 to 11th December 2025." over a table answering every question, asked from 2010/11): each is partly
    answered, as it would be were the sentence under its own number ("1. Hastings Borough Council only holds
    information from 2013 to date:")."""
    qs = m.questions
    if len(qs) < 2 or m.given is not None or any(r.outcome != "successful" for r in qs) \
            or {r.question for r in qs} != {q.id for q in m.survey.questions}:
        return qs
    first = min(r.start for r in qs)
    said = [h for h in C.HELD_ONLY_PART.finditer(m.live, 0, first)]
    if len(said) != 1:
        return qs
    line_start = m.live.rfind("\n", 0, said[0].start()) + 1
    if OPENS_LINE.match(m.live, line_start):
        return qs       # under a question's own number: that question's, read where it stands
    return [replace(r, outcome="partially_successful") for r in qs]


PostPass = Callable[[ReplyModel], list]

POST_PASSES: tuple[PostPass, ...] = (
    # the request's own bulleted list answered in order: read first, from the ladder's results alone
    bullet_answers,
    # questions and answers run together on one line, each question's number inline: the words after its "?"
    answers_inline,
    # a passage that names its questions ("Questions 1 & 2") answers those the ladder left without a status
    passages_answer,
    # a refusal under a range of numbers ("1. -3. ... section 12") overrides what the passages above gave
    ranged_passages,
    # a part restated with nothing under it takes the next part's answer, once passages have placed theirs
    share_group_answer,
    # a question takes its parts' statuses (and a bare part its parent's) once every part-level answer is in
    complete_parts,
    # a words-only answer given to a group's first part moved to the part it names: once the part passes have run
    named_part,
    # a table row whose label is a question's words, for questions still unsaid after the answers in words
    table_rows_answer,
    # an answer read from the request's own words restated is no answer: its block's, or none (for fill_open below)
    restated_as_answer,
    # every question still without a status given one from the reply as a whole: after all answers found in place
    fill_open,
    # figures sent in an attachment answer what fill_open left without a status
    in_attachment,
    # a cost-limit refusal below every answer refuses the questions after the last one with a status: needs them all
    rest_at_cost_limit,
    # ... and a question answered under its own number above it is answered, not refused with the whole request
    answered_above_refusal,
    # nothing given and "the information requested is exempt": the questions still without a status are refused too
    all_refused,
    # ... but a whole-request refusal whose sentences name the part they refuse ("The information requested in respect
    # of the net rates payable ... S12") refuses that question only, the rest given ("see attached"): once all have one
    refusal_of_named_part,
    # a refusal under a question's bare number refuses its lettered parts: over what fill_open read for them (the
    # request's own "a) 2023-24," quoted above, a "not collated" that explains the cost)
    refused_under_bare_number,
    # a number's lettered parts answered by as many bullets under it, in order: each bullet says its part's status
    bullets_in_order,
    # "none provided" to a question's first part answers the parts that follow on from it, still without a status
    none_to_first_part,
    # a part still without a status answered by the sentence, in its sister's answer paragraph, that names its words
    sentence_per_part,
    # a refusal that names what it refuses in one question's words ("To provide reasons for the agreements we would
    # have to ...") refuses that question: over what the passes above read for it
    refusal_named,
    # "We are unable to provide a breakdown of those costs": the question it names in its words, still unanswered, not
    # held (no ground given anywhere)
    unable_named_by_words,
    # "Information not held on the causes of the blockages": the question it names in its words, still unanswered,
    # not held
    not_held_named_by_words,
    # the money part of a question not held beside its sister's counts: corrects the statuses filled above
    money_part,
    # a money question without figures made not held where the reply says there were none: after money_part
    priced_none,
    # a copy asked of a thing the reply says does not exist ("There is not an internal policy in place"): not held,
    # over the answer in words read above
    copy_of_none,
    # a bare "Yes" leaves its "If so, ..." follow-up unsaid (for skipped_questions): on the statuses as final
    follow_up_after_yes,
    # an average time not held where the not-held note names average times: corrects the filled statuses
    rate_parts,
    # "we do not hold a strategy or policy" under "Do you have a strategy ...?": the denial answers a question that
    # asks whether (or asks for the thing only if it exists), once every "not held" is placed
    denial_answers_whether,
    # questions the reply says were withdrawn have no status: dropped after every pass that could give one
    drop_withdrawn,
    # what is held covers part of the span asked, said above every answer: each answer partly: on the final statuses
    held_only_part_above_all,
    # the page's own status line speaks for the questions only where nothing else does: last
    page_status_for_all,
)


def apply_post_passes(m: ReplyModel) -> None:
    for step in POST_PASSES:
        m.questions = step(m)
