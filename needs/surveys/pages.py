"""What the survey pages show: section pages with relevance, errors and conflicts; the review page;
answers read-only, printable and as CSV; the blank questionnaire in any of its languages."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
import threading
from typing import Any

from flask import Response as HttpResponse
from flask import abort, current_app, render_template, request, url_for
from flask_babel import get_locale

from needs.auth import roles
from needs.core.compiled_markup import Compiled, Markers, compile_macro
from needs.core.csrf_tokens import csrf_token as generate_csrf
from needs.core.page_frame import render_page
from needs.db import utcnow
from needs.extensions import db
from needs.i18n.languages import LANGUAGES, native_name
from needs.i18n.services import gettext as _
from needs.surveys import catalog, drafts, section_markup
from needs.surveys.definitions import evaluate_form
from needs.surveys.definitions.model import CALCULATE, NOTE, REPEAT
from needs.surveys.forms import build_form, choices_for, problem_text, section_answers
from needs.surveys.models import SurveyVersion
from needs.vocabulary import services as vocabulary

CSV_DANGEROUS = ("=", "+", "-", "@", "\t", "\r", "\0")
_URL_SAFE = re.compile(r"[A-Za-z0-9_.\-]+\Z")
_LOCK = threading.Lock()


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


_RELEVANCE: dict[tuple, dict[str, bool]] = {}
RELEVANCE_CACHE = 512


def relevance(doc: dict, answers: dict, checksum: str) -> dict[str, bool]:
    """What skip logic shows, kept by version, day and the answers themselves: a page asks it on every
    request and it changes only with them (as drafts.progress). Callers only read the result."""
    today = dt.date.today()
    key = (checksum, today, json.dumps(answers, sort_keys=True, default=str))
    found = _RELEVANCE.get(key)
    if found is None:
        if len(_RELEVANCE) >= RELEVANCE_CACHE:
            _RELEVANCE.clear()
        found = _RELEVANCE[key] = evaluate_form(doc, answers, today=today).relevant
    return found


_STATES: dict[tuple, tuple] = {}
STATE_CACHE = 512


def _stored_state(doc: dict, part: dict, checksum: str, stored: dict) -> tuple[dict, dict, dict, list[dict]]:
    """(field values, answers, relevance, progress) of a section page of the stored answers, kept by
    version, section, day and the answers themselves (one serialization instead of four derivations on
    each request; as drafts.progress, a change to the answers is a new key). Callers only read them."""
    today = dt.date.today()
    key = (checksum, part["name"], today, json.dumps(stored, sort_keys=True, default=str))
    found = _STATES.get(key)
    if found is None:
        values = section_markup.stored_values(part, stored)
        answers = {**stored, **section_markup.values_answers(part, values)}
        found = (values, answers, evaluate_form(doc, answers, today=today).relevant, drafts.progress(doc, stored))
        with _LOCK:
            if len(_STATES) >= STATE_CACHE:
                _STATES.clear()
            _STATES[key] = found
    return found


def _section_errors(doc: dict, part: dict, answers: dict) -> dict:
    owner = drafts.section_of_path(doc)
    return {path: problem for path, problem in drafts.problems(doc, answers).items()
            if owner.get(path.split("[")[0]) == part["name"]}


def render_section(response, version, doc: dict, part: dict, form, locale: str, *, show_errors: bool = False,
                   conflict: drafts.Conflict | None = None, status: int = 200):
    """A section page: of the posted ``form``, or with ``form`` None of the stored answers, whose
    questions and body come from compiled markup unless errors are shown (no form is built then)."""
    if form is None:
        values, answers, relevant, progress = _stored_state(doc, part, version.checksum, response.answers)
    else:
        values, answers = None, {**response.answers, **section_answers(part, form)}
        relevant = relevance(doc, answers, version.checksum)
        progress = drafts.progress(doc, response.answers, checksum=version.checksum)
    errors = _section_errors(doc, part, answers) if show_errors else {}
    items, items_html = [], None
    if form is None and not errors:
        items_html = section_markup.items_html(version.checksum, doc, part, locale, values, relevant)
    if items_html is None:
        form = form if form is not None else build_form(version.checksum, doc, part, locale, answers=response.answers)
        items = section_markup.section_items(version.checksum, doc, part, form, relevant, locale, errors=errors,
                                             conflict=conflict.values if conflict else {})
    page = {
        "round_title": response.round.title, "deadline": current_app.jinja_env.filters["datetime"](
            response.round.deadline, "medium"),
        "title": _pick(doc["title"], locale), "section_title": _pick(part["title"], locale),
        "percent": current_app.jinja_env.filters["number"](drafts.percent_done(progress)),
        "current": part["name"], "conflict": conflict is not None,
        **_response_urls(response.id, version.checksum, doc), "csrf_token": generate_csrf(),
        "revision": conflict.revision if conflict else response.revision, "items_html": items_html, "questions": items,
        "previous": neighbour(doc, answers, part["name"], -1, relevant) is not None,
        "next": neighbour(doc, answers, part["name"], 1, relevant) is not None,
        "form_languages": [(c, native_name(c)) for c in LANGUAGES if c in doc["languages"]], "locale": locale}
    body_html = _compiled_body(version.checksum, page, progress) if items_html is not None else None
    if body_html is None:
        _link_sections(page, page["prefix"] or section_urls(response.id, [s["name"] for s in doc["sections"]]),
                       progress)
    return render_page("surveys/section.html", page=page, body_html=body_html), status


# The body of a section page around its questions (progress, the form's hidden fields, the buttons) is the
# same for every response whose progress is the same, for a version, section and language: compiled once
# (see needs.core.compiled_markup), with the response's and the session's values filled in per request.
_BODIES: dict[tuple, Compiled | None] = {}
BODY_CACHE = 1024
_PER_REQUEST = ("round_title", "deadline", "percent", "autosave", "csrf_token", "revision")


def _compiled_body(checksum: str, page: dict, progress: list[dict]):
    if page["conflict"] or page["prefix"] is None:
        return None
    shown = tuple((s["name"], s["complete"]) for s in progress if s["relevant"])
    key = (checksum, page["current"], page["locale"], shown, page["previous"], page["next"])
    compiled = _BODIES.get(key, False)
    if compiled is False:
        if str(get_locale()) != page["locale"]:
            return None  # translated into the request's language: only that one is kept
        markers = Markers()
        stand_in = {**page, **{name: markers.text(name) for name in _PER_REQUEST},
                    "items_html": markers.markup("items_html"), "questions": []}
        _link_sections(stand_in, markers.text("prefix"), progress)
        compiled = compile_macro("surveys/_section_page.html", "body", markers, stand_in)
        with _LOCK:
            if len(_BODIES) >= BODY_CACHE:
                _BODIES.pop(next(iter(_BODIES)))  # the oldest
            _BODIES[key] = compiled
    return compiled.fill(page) if compiled is not None else None


def _link_sections(page: dict, urls, progress: list[dict]) -> None:
    """The relevant sections with their title in the page's language and their URL (``urls``: a URL per
    section name, or the prefix the names follow), and the form's own URL."""
    url = urls.get if isinstance(urls, dict) else (lambda name: urls + name)
    page["progress"] = [{**s, "title": _pick(s["title"], page["locale"]), "url": url(s["name"])}
                        for s in progress if s["relevant"]]
    page["here"] = url(page["current"])


_URLS: dict[tuple, dict[str, str | None]] = {}


def _response_urls(response_id: int, checksum: str, doc: dict) -> dict[str, str | None]:
    """The prefix of a response's section pages and its autosave URL, per mount path (url_for costs more
    than the rest of the page's values)."""
    key = (request.script_root, response_id, checksum)
    found = _URLS.get(key)
    if found is None:
        if len(_URLS) >= 4096:
            _URLS.clear()
        found = _URLS[key] = {"prefix": section_prefix(response_id, [s["name"] for s in doc["sections"]]),
                              "autosave": url_for("surveys.autosave", response_id=response_id)}
    return found


def section_prefix(response_id: int, names: list[str]) -> str | None:
    """What the URL of each section page of a response is its name after; None when a name would need
    quoting. Section names are URL-safe (definitions.checks.NAME), so one url_for gives every link."""
    first = url_for("surveys.section", response_id=response_id, name=names[0])
    prefix = first[: -len(names[0])]
    if prefix + names[0] != first or not all(_URL_SAFE.match(name) for name in names):
        return None
    return prefix


def section_urls(response_id: int, names: list[str]) -> dict[str, str]:
    """The page of each section of a response."""
    prefix = section_prefix(response_id, names)
    if prefix is None:
        return {name: url_for("surveys.section", response_id=response_id, name=name) for name in names}
    return {name: prefix + name for name in names}


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
