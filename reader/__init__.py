"""The reader: a reply's text -> kind, outcome, exemptions and facts, question by question, against a survey
(docs/architecture.md §7). It depends on nothing in crawlers/ or warehouse/; they call it."""

from .classify import QuestionResult
from .facts import Fact
from .reply import Refusal, Reply, parse_reply
from .survey import Survey, SurveyError, available_surveys, load_survey

__all__ = ["Fact", "QuestionResult", "Refusal", "Reply", "Survey", "SurveyError", "available_surveys",
           "load_survey", "parse_reply"]
