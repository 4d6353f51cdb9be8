"""Checks of a normalized document, common to every reader. Readers locate each finding in
their own file (sheet/row/column or path/line)."""

import re

from ..expressions import ExpressionError, parse
from .model import (
    CALCULATE,
    CHOICE_TYPES,
    DISPLAY_ONLY,
    GFMD_LIST,
    LANGUAGES,
    NEEDS_FIELDS,
    REPEAT,
    SCALE,
    iter_items,
)
from .problems import Finding

NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_.\-]*\Z")
EXPRESSION_KEYS = ("relevant", "constraint", "calculation")


def check_document(doc: dict, vocabulary_lists: set[str]) -> list[Finding]:
    findings = _check_languages(doc)
    names = _all_names(doc)
    findings += _check_names(doc)
    for section in doc["sections"]:
        findings += _check_expressions(section, names)
    for _section, _repeat, item in iter_items(doc):
        findings += _check_item(item, doc["default_language"], vocabulary_lists, names)
    findings += _check_needs_groups(doc)
    if not any(True for _ in iter_items(doc)):
        findings.append(Finding(None, "sections", "empty_form"))
    return findings


def _check_languages(doc: dict) -> list[Finding]:
    findings = [Finding(None, "languages", "unsupported_language", {"language": language})
                for language in doc["languages"] if language not in LANGUAGES]
    if doc["default_language"] not in doc["languages"]:
        findings.append(Finding(None, "default_language", "default_language",
                                {"language": doc["default_language"]}))
    return findings


def _all_names(doc: dict) -> set[str]:
    return {item["name"] for _section, _repeat, item in iter_items(doc)}


def _check_names(doc: dict) -> list[Finding]:
    findings, seen = [], set()
    items = [section for section in doc["sections"]] + [item for _s, _r, item in iter_items(doc)]
    for item in items:
        name = item["name"]
        if not name:
            continue  # a missing name is reported by the reader, where it is missing
        if not isinstance(name, str) or not NAME.match(name):
            findings.append(Finding(item, "name", "invalid_name", {"name": name}))
        elif name in seen:
            findings.append(Finding(item, "name", "duplicate_name", {"name": name}))
        seen.add(name)
    return findings


def _check_expressions(item: dict, names: set[str]) -> list[Finding]:
    findings = []
    for key in EXPRESSION_KEYS:
        text = item.get(key)
        if text is None:
            continue
        try:
            expression = parse(text)
        except ExpressionError as error:
            findings.append(Finding(item, key, "expression_syntax",
                                    {"key": key, "detail": error.message, "position": error.position + 1,
                                     "expression": text}))
            continue
        findings += [Finding(item, key, "unknown_reference", {"key": key, "reference": name})
                     for name in sorted(expression.references() - names)]
    return findings


def _check_item(item: dict, language: str, vocabulary_lists: set[str], names: set[str]) -> list[Finding]:
    findings = _check_expressions(item, names)
    type_ = item["type"]
    if type_ != CALCULATE and not item["label"].get(language):
        findings.append(Finding(item, "label", "missing_label", {"name": item["name"], "language": language}))
    if type_ == REPEAT:
        return findings
    if type_ == CALCULATE and not item["calculation"]:
        findings.append(Finding(item, "calculation", "missing_calculation", {"name": item["name"]}))
    if type_ in DISPLAY_ONLY and item["required"]:
        findings.append(Finding(item, "required", "required_note", {"type": type_}))
    findings += _check_choices(item, vocabulary_lists)
    findings += _check_bounds(item)
    findings += _check_needs_field(item)
    return findings


def _check_choices(item: dict, vocabulary_lists: set[str]) -> list[Finding]:
    type_, choices = item["type"], item["choices"]
    if type_ not in CHOICE_TYPES:
        return [Finding(item, "choices", "choices_not_allowed", {"type": type_})] if choices else []
    if not choices:
        return [Finding(item, "choices", "missing_choices", {"name": item["name"]})]
    if isinstance(choices, str):
        known = choices == GFMD_LIST or choices in vocabulary_lists
        return [] if known else [Finding(item, "choices", "unknown_choice_list", {"list": choices})]
    findings, seen = [], set()
    for choice in choices:
        if choice["value"] in seen:
            findings.append(Finding(item, "choices", "duplicate_choice",
                                    {"value": choice["value"], "list": item["name"]}))
        seen.add(choice["value"])
    if type_ == SCALE and not all(_is_whole(choice["value"]) for choice in choices):
        findings.append(Finding(item, "choices", "scale_choices", {"name": item["name"]}))
    return findings


def _is_whole(value: str) -> bool:
    return value.lstrip("-").isdigit()


def _check_bounds(item: dict) -> list[Finding]:
    findings = []
    for low, high in (("min", "max"), ("min_length", "max_length")):
        a, b = item[low], item[high]
        for key, value in ((low, a), (high, b)):
            if value is not None and (isinstance(value, bool) or not isinstance(value, int | float)):
                findings.append(Finding(item, key, "invalid_bound", {"key": key, "value": value}))
        if isinstance(a, int | float) and isinstance(b, int | float) and a > b:
            findings.append(Finding(item, low, "min_above_max", {"low": a, "high": b}))
    if item["pattern"] is not None:
        try:
            re.compile(item["pattern"])
        except (re.error, TypeError) as error:
            findings.append(Finding(item, "pattern", "invalid_pattern", {"detail": str(error)}))
    return findings


def _check_needs_field(item: dict) -> list[Finding]:
    field = item["needs_field"]
    if field is None:
        return []
    if field not in NEEDS_FIELDS:
        return [Finding(item, "needs_field", "unknown_needs_field", {"field": field})]
    types, vocabulary = NEEDS_FIELDS[field]
    expected = f"a {' or '.join(sorted(types))} question"
    if vocabulary:
        expected += f" with choices from vocabulary:{vocabulary}"
    compatible = item["type"] in types and (vocabulary is None or item["choices"] == vocabulary)
    if field == "priority" and isinstance(item["choices"], list):
        compatible = compatible and all(choice["value"] in ("1", "2", "3") for choice in item["choices"])
    if compatible:
        return []
    return [Finding(item, "needs_field", "needs_incompatible",
                    {"field": field, "name": item["name"], "type": item["type"], "expected": expected})]


def _check_needs_groups(doc: dict) -> list[Finding]:
    """Within one need (a repeat, or the questions outside repeats) each field comes from one
    question, and some question gives the need's text."""
    groups: dict[str, list[dict]] = {}
    for _section, repeat, item in iter_items(doc):
        if item["type"] != REPEAT and item["needs_field"] in NEEDS_FIELDS:
            groups.setdefault(repeat["name"] if repeat else "", []).append(item)
    findings = []
    for group, questions in groups.items():
        seen = set()
        for question in questions:
            if question["needs_field"] in seen:
                findings.append(Finding(question, "needs_field", "needs_duplicate",
                                        {"field": question["needs_field"]}))
            seen.add(question["needs_field"])
        if "text" not in seen:
            findings.append(Finding(questions[0], "needs_field", "needs_without_text",
                                    {"group": group or doc["name"]}))
    return findings
