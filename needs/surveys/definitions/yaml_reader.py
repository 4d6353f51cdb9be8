"""Reads a survey definition written in YAML (the format of the shipped survey).

::

    name: my_survey
    version: "1"
    title: {en: ..., fr: ...}          # or plain text in the default language
    languages: [en, fr]
    default_language: en
    choice_lists:                        # optional, reusable inline lists
      yes_no: [{value: "yes", label: {en: Yes, fr: Oui}}, {value: "no", label: {en: No, fr: Non}}]
    sections:
      - name: institution
        title: {en: ..., fr: ...}
        relevant: optional expression
        items:
          - {name: ..., type: text, label: {...}, required: true, max_length: 200, needs: text}
          - {name: ..., type: select_multiple, choices: vocabulary:themes}
          - {name: needs, type: repeat, label: {...}, min_count: 1, items: [...]}

``choices`` is ``vocabulary:<list>``, ``gfmd_recommendations``, the name of a ``choice_lists`` entry,
or an inline list. ``needs`` maps a question to a field of the matching exchange format.
"""

import re

import yaml

from .checks import check_document
from .model import LANGUAGES, QUESTION_TYPES, REPEAT, SCHEMA, new_question, new_repeat, new_section
from .problems import DefinitionError, Finding, Problem

MAX_BYTES = 2_000_000

_DOC_KEYS = {"name", "version", "title", "languages", "default_language", "choice_lists", "sections"}
_SECTION_KEYS = {"name", "title", "relevant", "items"}
_QUESTION_KEYS = {"name", "type", "label", "hint", "required", "required_message", "relevant", "constraint",
                  "constraint_message", "calculation", "choices", "appearance", "needs", "min", "max",
                  "min_length", "max_length", "pattern"}
_REPEAT_KEYS = {"name", "type", "label", "hint", "relevant", "min_count", "max_count", "items"}
_TEXT_KEYS = {"label", "hint", "required_message", "constraint_message"}
# Document keys whose YAML key differs.
_YAML_KEY = {"needs_field": "needs"}


# libyaml's parser when available: about ten times faster than the pure-Python one.
_SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Loader(_SafeLoader):
    """The safe loader with YAML 1.2 booleans: only true/false are booleans, so a label "Yes" or
    "No", or a choice value yes, stays text (YAML 1.1 would read them as booleans)."""


_Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:bool"]
    for first, resolvers in _SafeLoader.yaml_implicit_resolvers.items()
}
_Loader.add_implicit_resolver("tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"),
                              list("tTfF"))


def read_yaml(data: bytes, vocabulary_lists: set[str]) -> dict:
    """Return the validated document, or raise DefinitionError listing every problem."""
    return _YamlReader(vocabulary_lists).read(data)


class _YamlReader:
    def __init__(self, vocabulary_lists: set[str]):
        self.vocabulary_lists = vocabulary_lists
        self.problems: list[Problem] = []
        self.lines: dict[tuple, int] = {}
        self.paths: dict[int, tuple] = {}  # id(item) -> its path, to locate findings
        self.language = "en"
        self.choice_lists: dict[str, list] = {}

    def read(self, data: bytes) -> dict:
        raw = self.load(data)
        doc = self.document(raw)
        self.problems += [self.locate(finding) for finding in check_document(doc, self.vocabulary_lists)]
        if self.problems:
            raise DefinitionError(self.problems)
        return doc

    # Loading -------------------------------------------------------------------------------

    def load(self, data: bytes):
        if len(data) > MAX_BYTES:
            raise DefinitionError([Problem("too_large", {"detail": f"over {MAX_BYTES} bytes"})])
        try:
            text = data.decode("utf-8-sig")
            loader = _Loader(text)
            try:
                node = loader.get_single_node()
                if node is None:
                    raise DefinitionError([Problem("wrong_kind", {"expected": "a mapping"}, path="")])
                self.index_lines(node)
                return loader.construct_document(node)
            finally:
                loader.dispose()
        except UnicodeDecodeError:
            raise DefinitionError([Problem("not_a_file", {"expected": "UTF-8 YAML"})]) from None
        except yaml.YAMLError as error:
            mark = getattr(error, "problem_mark", None)
            detail = getattr(error, "problem", None) or str(error)
            raise DefinitionError([Problem("yaml_syntax", {"detail": detail},
                                           line=mark.line + 1 if mark else None)]) from None

    def index_lines(self, root) -> None:
        """Map each path to its line, refusing aliases (they could multiply the document's size)."""
        seen: set[int] = set()
        stack = [((), root)]
        while stack:
            path, node = stack.pop()
            if id(node) in seen:
                raise DefinitionError([Problem("yaml_alias", line=node.start_mark.line + 1)])
            seen.add(id(node))
            self.lines[path] = node.start_mark.line + 1
            if isinstance(node, yaml.MappingNode):
                stack.extend((path + (key.value,), value) for key, value in node.value)
            elif isinstance(node, yaml.SequenceNode):
                stack.extend((path + (index,), value) for index, value in enumerate(node.value))

    # Problems ------------------------------------------------------------------------------

    def problem(self, path: tuple, code: str, **params) -> None:
        self.problems.append(Problem(code, params, path=_path_text(path), line=self._line(path)))

    def _line(self, path: tuple) -> int | None:
        while path and path not in self.lines:
            path = path[:-1]
        return self.lines.get(path)

    def locate(self, finding: Finding) -> Problem:
        path = self.paths.get(id(finding.item), ()) if finding.item is not None else ()
        if finding.key:
            path = path + (_YAML_KEY.get(finding.key, finding.key),)
        return Problem(finding.code, finding.params, path=_path_text(path), line=self._line(path))

    # Building the document -----------------------------------------------------------------

    def document(self, raw) -> dict:
        if not isinstance(raw, dict):
            self.problem((), "wrong_kind", expected="a mapping")
            raw = {}
        self.unknown_keys(raw, (), _DOC_KEYS)
        self.language = self.text_value(raw, (), "default_language", required=False) or "en"
        languages = raw.get("languages", [self.language])
        if not isinstance(languages, list) or not all(isinstance(code, str) for code in languages):
            self.problem(("languages",), "wrong_kind", expected="a list of language codes")
            languages = [self.language]
        doc = {"schema": SCHEMA, "name": self.text_value(raw, (), "name") or "",
               "version": str(raw.get("version", "1")), "title": self.translated(raw, (), "title"),
               "languages": list(languages), "default_language": self.language, "sections": []}
        self.choice_lists = self.read_choice_lists(raw.get("choice_lists", {}))
        sections = raw.get("sections")
        if not isinstance(sections, list):
            self.problem(("sections",), "wrong_kind", expected="a list of sections")
            sections = []
        doc["sections"] = [self.section(value, ("sections", index)) for index, value in enumerate(sections)]
        return doc

    def section(self, raw, path: tuple) -> dict:
        if not self.is_mapping(raw, path):
            raw = {}
        self.unknown_keys(raw, path, _SECTION_KEYS)
        section = new_section(self.text_value(raw, path, "name") or "")
        section["title"] = self.translated(raw, path, "title")
        section["relevant"] = self.text_value(raw, path, "relevant", required=False)
        section["items"] = self.items(raw, path, allow_repeat=True)
        self.paths[id(section)] = path
        return section

    def items(self, raw: dict, path: tuple, *, allow_repeat: bool) -> list[dict]:
        values = raw.get("items")
        if not isinstance(values, list):
            self.problem(path + ("items",), "wrong_kind", expected="a list of questions")
            return []
        items = []
        for index, value in enumerate(values):
            item_path = path + ("items", index)
            if not self.is_mapping(value, item_path):
                continue
            if value.get("type") == REPEAT:
                if not allow_repeat:
                    self.problem(item_path, "nested_repeat")
                    continue
                items.append(self.repeat(value, item_path))
            else:
                items.append(self.question(value, item_path))
        return items

    def repeat(self, raw: dict, path: tuple) -> dict:
        self.unknown_keys(raw, path, _REPEAT_KEYS)
        repeat = new_repeat(self.text_value(raw, path, "name") or "")
        for key in ("label", "hint"):
            repeat[key] = self.translated(raw, path, key)
        repeat["relevant"] = self.text_value(raw, path, "relevant", required=False)
        for key in ("min_count", "max_count"):
            repeat[key] = self.integer(raw, path, key)
        repeat["items"] = self.items(raw, path, allow_repeat=False)
        self.paths[id(repeat)] = path
        return repeat

    def question(self, raw: dict, path: tuple) -> dict:
        self.unknown_keys(raw, path, _QUESTION_KEYS)
        name = self.text_value(raw, path, "name") or ""
        question = new_question(name, self.text_value(raw, path, "type") or "")
        for key in _TEXT_KEYS:
            question[key] = self.translated(raw, path, key)
        for key in ("relevant", "constraint", "calculation", "appearance", "pattern"):
            question[key] = self.text_value(raw, path, key, required=False)
        question["needs_field"] = self.text_value(raw, path, "needs", required=False)
        required = raw.get("required", False)
        if not isinstance(required, bool):
            self.problem(path + ("required",), "unsupported_required")
        question["required"] = required is True
        for key in ("min", "max"):
            question[key] = raw.get(key)
        for key in ("min_length", "max_length"):
            question[key] = self.integer(raw, path, key)
        question["choices"] = self.choices(raw.get("choices"), path + ("choices",))
        if question["type"] not in QUESTION_TYPES:
            self.problem(path + ("type",), "unknown_type", type=question["type"])
        self.paths[id(question)] = path
        return question

    # Values --------------------------------------------------------------------------------

    def choices(self, raw, path: tuple):
        if raw is None:
            return None
        if isinstance(raw, str):
            if raw.startswith("vocabulary:"):
                return raw.removeprefix("vocabulary:")
            if raw in self.choice_lists:
                return [dict(choice) for choice in self.choice_lists[raw]]
            return raw  # gfmd_recommendations, or a list name the document checks report as unknown
        return self.choice_list(raw, path)

    def read_choice_lists(self, raw) -> dict[str, list]:
        if not isinstance(raw, dict):
            self.problem(("choice_lists",), "wrong_kind", expected="a mapping of list names to choices")
            return {}
        return {name: self.choice_list(value, ("choice_lists", name)) for name, value in raw.items()}

    def choice_list(self, raw, path: tuple) -> list:
        if not isinstance(raw, list):
            self.problem(path, "wrong_kind", expected="a list of choices")
            return []
        choices = []
        for index, value in enumerate(raw):
            choice_path = path + (index,)
            if not self.is_mapping(value, choice_path):
                continue
            self.unknown_keys(value, choice_path, {"value", "label"})
            code = value.get("value")
            if isinstance(code, bool) or not isinstance(code, str | int):
                self.problem(choice_path + ("value",), "wrong_kind", expected="a quoted text or whole number")
                continue
            label = self.translated(value, choice_path, "label")
            if not label.get(self.language):
                self.problem(choice_path + ("label",), "missing_label", name=str(code),
                             language=self.language)
            choices.append({"value": str(code), "label": label})
        return choices

    def translated(self, raw: dict, path: tuple, key: str) -> dict:
        value = raw.get(key)
        if value is None:
            return {}
        if isinstance(value, str):
            return {self.language: value.strip()} if value.strip() else {}
        if not isinstance(value, dict):
            self.problem(path + (key,), "wrong_kind", expected="text or a mapping of language to text")
            return {}
        texts = {}
        for language, text in value.items():
            if language not in LANGUAGES:
                self.problem(path + (key, language), "unsupported_language", language=language)
            elif not isinstance(text, str):
                self.problem(path + (key, language), "wrong_kind", expected="text")
            elif text.strip():
                texts[language] = text.strip()
        return texts

    def text_value(self, raw: dict, path: tuple, key: str, *, required: bool = True) -> str | None:
        value = raw.get(key)
        if value is None:
            if required:
                self.problem(path + (key,), "missing_value", key=key)
            return None
        if isinstance(value, bool) or not isinstance(value, str | int | float):
            self.problem(path + (key,), "wrong_kind", expected="text")
            return None
        return str(value).strip() or None

    def integer(self, raw: dict, path: tuple, key: str) -> int | None:
        value = raw.get(key)
        if value is not None and (isinstance(value, bool) or not isinstance(value, int)):
            self.problem(path + (key,), "invalid_value", value=value, key=key)
            return None
        return value

    def is_mapping(self, value, path: tuple) -> bool:
        if isinstance(value, dict):
            return True
        self.problem(path, "wrong_kind", expected="a mapping")
        return False

    def unknown_keys(self, raw: dict, path: tuple, allowed: set[str]) -> None:
        for key in raw:
            if key not in allowed:
                self.problem(path + (key,), "unknown_key", key=key)


def _path_text(path: tuple) -> str:
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text
