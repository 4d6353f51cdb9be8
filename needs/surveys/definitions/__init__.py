"""Survey definitions as data: the document model, its YAML and XLSForm readers, relevance,
answer validation and the extraction of needs. Pure: no web framework, no database.

Public API::

    load_definition(path_or_bytes, *, filename=None, vocabulary_lists) -> document dict
    iter_questions(doc) -> questions in order
    relevant_map(doc, answers, *, today) -> {path: bool}
    validate_answers(doc, answers, *, today, section=None, vocabularies=None) -> {path: AnswerProblem}
    extract_needs(doc, answers, *, country, text_language, today=None, id_prefix=None) -> [need]

The document and answers shapes are described in :mod:`.model`.
"""

from pathlib import Path

from .answers import ANSWER_MESSAGES, AnswerProblem, validate_answers
from .extraction import extract_needs
from .form_state import FormState, evaluate_form, relevant_map
from .loader import load_definition
from .model import (
    GFMD_LIST,
    LANGUAGES,
    NEEDS_FIELDS,
    QUESTION_TYPES,
    REPEAT,
    choice_source,
    iter_items,
    iter_questions,
    repeat_names,
)
from .problems import MESSAGES, DefinitionError, Problem

SHIPPED_SURVEY = Path(__file__).resolve().parent.parent / "data" / "gfmd_preassessment.yaml"
"""The GFMD capacity-development pre-assessment, in the six UN languages."""

__all__ = [
    "ANSWER_MESSAGES", "GFMD_LIST", "LANGUAGES", "MESSAGES", "NEEDS_FIELDS", "QUESTION_TYPES", "REPEAT",
    "SHIPPED_SURVEY", "AnswerProblem", "DefinitionError", "FormState", "Problem", "choice_source",
    "evaluate_form", "extract_needs", "iter_items", "iter_questions", "load_definition", "relevant_map",
    "repeat_names", "validate_answers",
]
