"""What the survey pages show: section pages with relevance, errors and conflicts; the review page;
answers read-only, printable and as CSV; the blank questionnaire in any of its languages."""

from __future__ import annotations

import csv
import datetime as dt
import io
from typing import Any

from flask import Response as HttpResponse
from flask import abort, render_template
from markupsafe import Markup, escape

from needs.auth import roles
from needs.db import utcnow
from needs.extensions import db
from needs.i18n.languages import LANGUAGES
from needs.i18n.services import gettext as _
from needs.surveys import catalog, drafts
from needs.surveys.definitions import GFMD_LIST, evaluate_form
from needs.surveys.definitions.model import CALCULATE, NOTE, REPEAT
from needs.surveys.forms import build_form, choices_for, problem_text, section_answers
from needs.surveys.models import SurveyVersion
from needs.vocabulary import services as vocabulary

CSV_DANGEROUS = ("=", "+", "-", "@", "\t", "\r", "\0")


def _pick(texts, locale: str) -> str:
    return vocabulary.pick(texts, locale)


# ---- the focal point's home ------------------------------------------------------------------------

def home_context(user, locale: str) -> dict[str, Any]:
    responses = drafts.country_responses(user.country_code) if user.role == roles.FOCAL_POINT else []
    by_round = {r.round_id: r for r in responses}
    drafts_list, submitted = [], []
    for response in responses:
        if response.status == "draft":
            version, doc = drafts.version_of(response)
            progress = drafts.progress(doc, response.answers, checksum=version.checksum)
            drafts_list.append({"response": response, "percent": drafts.percent_done(progress),
                                "editable": response.editable()})
        else:
            submitted.append({"response": response, "briefs": briefs_for(response.id)})
    open_rounds = [{"round": r, "response": by_round.get(r.id)} for r in drafts.open_rounds()]
    return {"open_rounds": open_rounds, "drafts": drafts_list, "submitted": submitted,
            "country": vocabulary.country_name(getattr(user, "country_code", None), locale)}


def briefs_for(response_id: int) -> list[dict[str, Any]]:
    """Briefs of a response from the briefs feature when it is installed: [{"title", "url", ...}]."""
    try:
        from needs.briefs import services as briefs
    except ImportError:
        return []
    finder = getattr(briefs, "briefs_for_response", None)
    return list(finder(response_id) or []) if finder else []


# ---- section pages ---------------------------------------------------------------------------------

def visible_sections(doc: dict, answers: dict, relevant: dict | None = None) -> list[str]:
    relevant = relevant if relevant is not None else evaluate_form(doc, answers, today=dt.date.today()).relevant
    return [s["name"] for s in doc["sections"] if relevant.get(s["name"], True)]


def neighbour(doc: dict, answers: dict, name: str, step: int, relevant: dict | None = None) -> str | None:
    names = visible_sections(doc, answers, relevant)
    if name not in names:
        return names[0] if names else None
    index = names.index(name) + step
    return names[index] if 0 <= index < len(names) else None


def first_open_section(doc: dict, answers: dict, found: dict) -> str:
    sections = drafts.progress(doc, answers, found)
    for section in sections:
        if section["relevant"] and not section["complete"]:
            return section["name"]
    return sections[0]["name"]


def section_relevance(doc: dict, part: dict, answers: dict) -> dict[str, bool]:
    relevant = evaluate_form(doc, answers, today=dt.date.today()).relevant
    names = {item["name"] for item in part["items"]}
    return {path: shown for path, shown in relevant.items() if path.split("[")[0] in names}


def _question_view(question: dict, field, path: str, relevant: dict, errors: dict, conflict: dict,
                   locale: str) -> dict[str, Any]:
    problem = errors.get(path)
    return {"kind": question["type"] if question["type"] in (NOTE, CALCULATE) else "question", "q": question,
            "field": field, "path": path, "relevant": relevant.get(path, True),
            "label": _pick(question["label"], locale) or question["name"], "hint": _pick(question["hint"], locale),
            "required": question.get("required", False),
            "required_text": problem_text_required(question, locale),
            "error": problem_text(problem, locale) if problem else None,
            "conflict": conflict.get(path)}


def problem_text_required(question: dict, locale: str) -> str:
    own = _pick(question.get("required_message") or {}, locale)
    return own or _("This question requires an answer.")


def section_items(checksum: str, doc: dict, part: dict, form, relevant: dict, locale: str, *, errors: dict,
                  conflict: dict) -> list[dict[str, Any]]:
    items = []
    for item in part["items"]:
        if item["type"] != REPEAT:
            field = form[item["name"]] if item["name"] in form else None
            items.append(_question_view(item, field, item["name"], relevant, errors, conflict, locale))
            continue
        instances = []
        for index, entry in enumerate(form[item["name"]].entries):
            questions = [_question_view(q, entry.form[q["name"]] if q["name"] in entry.form else None,
                                        f"{item['name']}[{index}].{q['name']}", relevant, errors, conflict, locale)
                         for q in item["items"]]
            instances.append({"index": index, "present": entry.form.present, "questions": questions})
        count = len(instances)
        blank_key = _blank_key(checksum, part, item, locale)
        blank_html, blank = _BLANK_HTML.get(blank_key) if blank_key else None, None
        if blank_html is None:
            blank_form = build_form(checksum, doc, part, locale, answers={item["name"]: [{}]})
            entry = blank_form[item["name"]].entries[0]
            blank = {"index": 0, "present": entry.form.present, "questions": [
                _question_view(q, entry.form[q["name"]] if q["name"] in entry.form else None,
                               f"{item['name']}[0].{q['name']}", {}, {}, {}, locale) for q in item["items"]]}
        items.append({"kind": "repeat", "blank": blank, "blank_key": blank_key, "blank_html": blank_html,
                      "q": item, "path": item["name"],
                      "relevant": relevant.get(item["name"], True),
                      "label": _pick(item["label"], locale), "hint": _pick(item["hint"], locale),
                      "instances": instances,
                      "error": problem_text(errors[item["name"]], locale) if item["name"] in errors else None,
                      "can_add": item["max_count"] is None or count < item["max_count"]})
    return items


# The empty instance a repeat's "add one more" copies is the same for every response of a section in a
# language (unless it offers the GFMD recommendations, which reviewers edit): rendered once, then reused.
_BLANK_HTML: dict[tuple, Markup] = {}
BLANK_HTML_CACHE = 256


def _blank_key(checksum: str, part: dict, item: dict, locale: str) -> tuple | None:
    if any(q.get("choices") == GFMD_LIST for q in item["items"]):
        return None
    return (checksum, part["name"], item["name"], locale)


def remember_html(key, caller) -> Markup:
    """``{% call remember_html(key) %}...{% endcall %}``: renders the block and keeps it under key."""
    html = caller()
    if key is not None:
        if len(_BLANK_HTML) >= BLANK_HTML_CACHE:
            _BLANK_HTML.clear()
        _BLANK_HTML[key] = html
    return html


def hidden_html(field) -> Markup:
    """A hidden field as WTForms writes it (id, name, type, value), without going through its widget."""
    if field.render_kw:
        return field()
    return Markup(f'<input id="{escape(field.id)}" name="{escape(field.name)}" type="hidden" '  # noqa: S704 - escaped
                  f'value="{escape(field._value())}">')


_CHOICE_HTML: dict[tuple, list[tuple[str, str, str]]] = {}
CHOICE_HTML_CACHE = 2048


def choice_items(field, many: bool) -> Markup:
    """The ``<li>`` options of a radio or checkbox question, as the template wrote them one by one.

    Everything but the ticks is the same from one request to the next for a section in a language, so
    each option's escaped markup is kept (keyed by field, type and the choices themselves, so a list a
    reviewer extends gets new markup) and only " checked" is added per request."""
    choices = field.choices or []
    key = (many, field.name, field.id, tuple((c.value, c.label) for c in choices))
    parts = _CHOICE_HTML.get(key)
    if parts is None:
        kind, name, ident = ("checkbox" if many else "radio"), escape(field.name), escape(field.id)
        parts = [(value, f'<li><input type="{kind}" name="{name}" id="{ident}-{i}" value="{escape(value)}"',
                  f'> <label for="{ident}-{i}">{escape(label)}</label></li>')
                 for i, (value, label) in enumerate(key[3])]
        if len(_CHOICE_HTML) >= CHOICE_HTML_CACHE:
            _CHOICE_HTML.clear()
        _CHOICE_HTML[key] = parts
    chosen = (field.data or []) if many else [field.data]
    return Markup("".join(head + " checked" + tail if value in chosen else head + tail  # noqa: S704 - parts escaped above
                          for value, head, tail in parts))


def option_items(field, value) -> Markup:
    """The ``<option>`` elements of a drop-down question, from cached escaped markup (as choice_items)."""
    choices = field.choices or []
    key = ("select", field.name, field.id, tuple((c.value, c.label) for c in choices))
    parts = _CHOICE_HTML.get(key)
    if parts is None:
        parts = [(v, f'<option value="{escape(v)}"', f">{escape(label)}</option>") for v, label in key[3]]
        if len(_CHOICE_HTML) >= CHOICE_HTML_CACHE:
            _CHOICE_HTML.clear()
        _CHOICE_HTML[key] = parts
    return Markup("".join(head + " selected" + tail if v == value else head + tail  # noqa: S704 - escaped above
                          for v, head, tail in parts))


# A question's markup without its answer is the same on every request for a section in a language: it is
# rendered once by the question macro with markers where the answer goes, and filled in per request.
# Questions showing an error or a conflict are rare and go through the macro itself.
_QUESTION_HTML: dict[tuple, tuple[str, ...] | None] = {}
QUESTION_HTML_CACHE = 4096
_VALUE, _CHOICES, _OPTIONS = "\x00value\x00", "\x00choices\x00", "\x00options\x00"


class _Skeleton:
    """A field stand-in whose answer is a marker."""

    def __init__(self, field):
        self.type, self.id, self.name = field.type, field.id, field.name
        self.choices, self.render_kw, self.data = field.choices if hasattr(field, "choices") else None, \
            field.render_kw, _VALUE


def _question_key(v: dict, locale: str) -> tuple:
    f = v["field"]
    field = None if f is None else (f.type, f.id, f.name, repr(sorted((f.render_kw or {}).items())))
    return (locale, v["kind"], v["path"], v["label"], v["hint"], v["required"], v["required_text"],
            v["q"].get("max_length"), field)


def _skeleton(v: dict) -> tuple[str, ...] | None:
    from flask import current_app

    f = v["field"]
    stand_in = {**v, "relevant": True, "error": None, "conflict": None,
                "field": None if f is None else _Skeleton(f)}
    markers = {"choice_items": lambda field, many: Markup(_CHOICES),  # noqa: S704 - constant marker
               "option_items": lambda field, value: Markup(_OPTIONS)}  # noqa: S704 - constant marker
    module = current_app.jinja_env.get_template("surveys/_macros.html").make_module(vars=markers)
    html = str(module.question(stand_in))
    anchor = f'data-path="{escape(v["path"])}"'
    head, found, rest = html.partition(anchor)
    if not found:
        return None
    holes = [m for m in (_VALUE, _CHOICES, _OPTIONS) if m in rest]
    if len(holes) > 1 or (holes and rest.count(holes[0]) != 1):
        return None
    if not holes:
        return (head + anchor, rest)
    before, _, after = rest.partition(holes[0])
    return (head + anchor, before, holes[0], after)


def question_html(v: dict, locale: str) -> Markup | None:
    """A question's markup from its cached skeleton, or None for the macro to render it."""
    if v["error"] or v["conflict"] is not None:
        return None
    key = _question_key(v, locale)
    parts = _QUESTION_HTML.get(key, False)
    if parts is False:
        parts = _skeleton(v)
        if len(_QUESTION_HTML) >= QUESTION_HTML_CACHE:
            _QUESTION_HTML.clear()
        _QUESTION_HTML[key] = parts
    if parts is None:
        return None
    hidden = "" if v["relevant"] else " hidden"
    if len(parts) == 2:
        return Markup(parts[0] + hidden + parts[1])  # noqa: S704 - rendered by the macro
    f = v["field"]
    if parts[2] == _CHOICES:
        filled = choice_items(f, f.type == "CheckboxList")
    elif parts[2] == _OPTIONS:
        filled = option_items(f, "" if f.data is None else f.data)
    else:
        filled = escape("" if f.data is None else f.data)
    return Markup(parts[0] + hidden + parts[1] + str(filled) + parts[3])  # noqa: S704 - rendered by the macro


def _section_errors(doc: dict, part: dict, answers: dict) -> dict:
    owner = drafts.section_of_path(doc)
    return {path: problem for path, problem in drafts.problems(doc, answers).items()
            if owner.get(path.split("[")[0]) == part["name"]}


def render_section(response, version, doc: dict, part: dict, form, locale: str, *, show_errors: bool = False,
                   conflict: drafts.Conflict | None = None, status: int = 200):
    answers = {**response.answers, **section_answers(part, form)}
    relevant = evaluate_form(doc, answers, today=dt.date.today()).relevant
    errors = _section_errors(doc, part, answers) if show_errors else {}
    progress = drafts.progress(doc, response.answers, checksum=version.checksum)
    revision = conflict.revision if conflict else response.revision
    html = render_template(
        "surveys/section.html", response=response, version=version, doc=doc, part=part, form=form,
        items=section_items(version.checksum, doc, part, form, relevant, locale, errors=errors,
                            conflict=conflict.values if conflict else {}),
        progress=[s for s in progress if s["relevant"]], percent=drafts.percent_done(progress),
        revision=revision, conflict=conflict, title=_pick(doc["title"], locale),
        section_title=_pick(part["title"], locale), form_languages=[c for c in LANGUAGES if c in doc["languages"]],
        previous=neighbour(doc, answers, part["name"], -1, relevant),
        next=neighbour(doc, answers, part["name"], 1, relevant),
        round=response.round)
    return html, status


# ---- review, answers, download ---------------------------------------------------------------------

def answer_rows(doc: dict, answers: dict, locale: str) -> list[dict[str, Any]]:
    """Per relevant section: title and (label, answer text) rows; repeats give one group per instance."""
    state = evaluate_form(doc, answers, today=dt.date.today())
    out = []
    for section in doc["sections"]:
        if not state.relevant.get(section["name"], True):
            continue
        rows: list[dict[str, Any]] = []
        for item in section["items"]:
            if item["type"] == REPEAT:
                for index, instance in enumerate(state.values.get(item["name"]) or []):
                    rows.append({"group": f"{_pick(item['label'], locale)} {index + 1}", "rows": [
                        (_pick(q["label"], locale), drafts.display(q, instance.get(q["name"]), locale))
                        for q in item["items"] if q["type"] not in (NOTE, CALCULATE)
                        and state.relevant.get(f"{item['name']}[{index}].{q['name']}", True)]})
            elif item["type"] not in (NOTE, CALCULATE) and state.relevant.get(item["name"], True):
                rows.append({"label": _pick(item["label"], locale),
                             "answer": drafts.display(item, state.values.get(item["name"]), locale)})
        out.append({"name": section["name"], "title": _pick(section["title"], locale), "rows": rows})
    return out


def render_review(response, locale: str, *, key: str, status: int = 200):
    _version, doc = drafts.version_of(response)
    found = drafts.problems(doc, response.answers)
    owner = drafts.section_of_path(doc)
    by_section: dict[str, list[str]] = {}
    for path, problem in found.items():
        by_section.setdefault(owner.get(path.split("[")[0], ""), []).append(problem_text(problem, locale))
    progress = drafts.progress(doc, response.answers, found)
    return render_template("surveys/review.html", response=response, doc=doc, title=_pick(doc["title"], locale),
                           sections=answer_rows(doc, response.answers, locale), problems=by_section,
                           progress=[s for s in progress if s["relevant"]], key=key, round=response.round), status


def render_answers(response, locale: str, template: str):
    version, doc = drafts.version_of(response)
    return render_template(template, response=response, version=version, title=_pick(doc["title"], locale),
                           sections=answer_rows(doc, response.answers, locale), round=response.round,
                           country=vocabulary.country_name(response.country_code, locale),
                           needs=response.needs, briefs=briefs_for(response.id),
                           editable=response.editable(), now=utcnow())


def _cell(value: str) -> str:
    """Spreadsheet programs run a cell that starts like a formula; a leading quote keeps it text."""
    return "'" + value if value.startswith(CSV_DANGEROUS) else value


def download_answers(response, locale: str):
    _version, doc = drafts.version_of(response)
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow([_("Section"), _("Question"), _("Answer")])
    for section in answer_rows(doc, response.answers, locale):
        for row in section["rows"]:
            for label, answer in ([(row["label"], row["answer"])] if "label" in row else
                                  [(f"{row['group']} · {lab}", ans) for lab, ans in row["rows"]]):
                writer.writerow([_cell(section["title"]), _cell(label), _cell(answer)])
    filename = f"answers-{response.country_code}-{response.round_id}.csv"
    from needs.audit.services import record

    record("response.download", object_type="response", object_id=response.id, country=response.country_code)
    db.session.commit()
    return HttpResponse("\ufeff" + buffer.getvalue(), mimetype="text/csv", headers={
        "Content-Disposition": f'attachment; filename="{filename}"', "X-Content-Type-Options": "nosniff"})


# ---- the blank questionnaire -------------------------------------------------------------------------

def questionnaire_view(doc: dict, show: str) -> list[dict[str, Any]]:
    sections = []
    for section in doc["sections"]:
        items = []
        for item in section["items"]:
            children = item["items"] if item["type"] == REPEAT else []
            items.append({"item": item, "label": _pick(item["label"], show), "hint": _pick(item["hint"], show),
                          "choices": choices_for(item, show) if item["type"] != REPEAT else [],
                          "children": [{"item": c, "label": _pick(c["label"], show), "hint": _pick(c["hint"], show),
                                        "choices": choices_for(c, show)} for c in children
                                       if c["type"] != CALCULATE]})
        sections.append({"title": _pick(section["title"], show), "relevant": section["relevant"],
                         "items": [i for i in items if i["item"]["type"] != CALCULATE]})
    return sections


def render_questionnaire(version_id: int, show: str | None, user, template: str, **extra):
    version = db.session.get(SurveyVersion, version_id)
    staff = user.role in (roles.CDTF, roles.ADMIN)
    if version is None or not (version.is_published or staff):
        abort(404)
    doc = catalog.document(version)
    from needs.i18n.services import current_locale

    show = show if show in doc["languages"] else (current_locale() if current_locale() in doc["languages"]
                                                  else doc["default_language"])
    return render_template(template, version=version, doc=doc, show=show, title=_pick(doc["title"], show),
                           sections=questionnaire_view(doc, show), staff=staff,
                           form_languages=[c for c in LANGUAGES if c in doc["languages"]], **extra)
