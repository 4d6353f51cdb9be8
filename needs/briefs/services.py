"""Briefs: gather a response's data in one language, store versioned PDFs, send them by e-mail.

What other features, the views and the commands call (plain dicts out, never rows)::

    brief_data(response_id, language=None) -> dict
        The ``data`` of ``pdf.build_brief``, every string translated and formatted in ``language``
        (default: the language the response was submitted in). BriefError("unknown_response") or
        BriefError("not_submitted").
    ensure_brief(response_id, language=None, actor=None) -> dict
        The current brief: the latest stored version when its content is unchanged, else a new
        version built and stored (earlier versions are kept). Caller commits.
    brief_pdf(brief_id) -> (dict, bytes) | None
    briefs_for_response(response_id) -> [dict]
        For the surveys pages: the current brief's download link in the response's language (not
        built until downloaded) and the stored versions, newest first.
    versions(response_id) -> [dict]     every stored version (no bytes), newest first
    can_read(user, response_id) -> bool  CDTF and administrators; focal points of the response's country
    send_brief(response_id, actor) -> dict
        Reviewed brief to each active focal point of the country in their own language, through the
        outbox with the PDF attached; the response becomes brief_sent. Caller commits.
    deliveries(response_id) -> [dict]   sent briefs with the outbox status of each message
    write_brief(response_id, path, language=None) -> dict, write_all(out_dir, progress=None) -> [Path]
    load_demo() -> {"demo briefs": n}   provisional briefs of the demo responses (idempotent)

A brief record: {id, response_id, country, language, language_name, version, status ("provisional" or
"reviewed"), sha256, size, created_at, created_by_id, filename, url}.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import re
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from flask import current_app, has_request_context, url_for
from flask_babel import force_locale, format_date, gettext, ngettext
from flask_babel import lazy_gettext as _l
from sqlalchemy.exc import IntegrityError

from needs.audit.services import record
from needs.auth import roles
from needs.auth.models import User
from needs.briefs.models import PROVISIONAL, REVIEWED, Brief, BriefDelivery
from needs.briefs.pdf import build_brief
from needs.db import utcnow
from needs.extensions import db
from needs.i18n.languages import LANGUAGES
from needs.inventory import services as inventory
from needs.matching import services as matching
from needs.surveys import services as surveys
from needs.vocabulary import services as vocabulary

MAX_MATCHES = 5  # activities shown per need
SESSIONS_PER_ACTIVITY = 3
REVIEWED_STATUSES = ("reviewed", "brief_sent")
SENDABLE_STATUSES = ("reviewed", "brief_sent")

# The translations of pdf.LABELS (same keys; a test keeps them in step).
LABEL_TEXTS = {
    "contents": _l("Contents"),
    "summary": _l("Summary"),
    "needs_expressed": _l("Needs expressed"),
    "themes": _l("Themes: %(themes)s"),
    "priority": _l("Priority: %(priority)s"),
    "best_matches": _l("Best-matched activities"),
    "partners": _l("with %(partners)s"),
    "why_it_fits": _l("Why it fits"),
    "replication": _l("Recommended replication"),
    "next_sessions": _l("Next sessions"),
    "deadline": _l("Application deadline: %(date)s"),
    "contact": _l("Contact: %(contact)s"),
    "gap": _l("No current offer; the CDTF has recorded this demand."),
    "gfmd": _l("GFMD recommendations linked"),
    "method": _l("How this brief was made"),
    "page": _l("Page %(page)s of %(pages)s"),
    "institution": _l("Institution"),
    "focal_point": _l("Focal point"),
    "version": _l("Version %(version)s"),
    "provisional": _l("Provisional: not yet reviewed by the CDTF"),
    "reviewed": _l("Reviewed by the CDTF"),
}
PRIORITY_LABELS = {1: _l("Low"), 2: _l("Medium"), 3: _l("High")}
STATUS_LABELS = {PROVISIONAL: _l("Provisional brief (not yet reviewed)"), REVIEWED: _l("Reviewed brief")}


class BriefError(ValueError):
    """A refused brief action; ``code`` says why (unknown_response, not_submitted, not_reviewed, ...)."""

    def __init__(self, code: str):
        super().__init__(code)
        self.code = code


@contextlib.contextmanager
def _url_context() -> Iterator[None]:
    """Outside a request (commands, jobs) links are built on NEEDS_BASE_URL."""
    if has_request_context():
        yield
        return
    with current_app.test_request_context("/", base_url=current_app.config["NEEDS_BASE_URL"]):
        yield


def _language(language: str | None, fallback: str) -> str:
    if language in LANGUAGES:
        return language
    return fallback if fallback in LANGUAGES else "en"


def _response(response_id: int) -> dict[str, Any]:
    info = surveys.response_for_review(response_id)
    if info is None:
        raise BriefError("unknown_response")
    if info["status"] not in surveys.SUBMITTED_STATUSES:
        raise BriefError("not_submitted")
    return info


# ---- the data of a brief -----------------------------------------------------------------------------

def brief_data(response_id: int, language: str | None = None) -> dict[str, Any]:
    info = _response(response_id)
    lang = _language(language, info["language"])
    status = REVIEWED if info["status"] in REVIEWED_STATUSES else PROVISIONAL
    matches = matching.reviewed_matches(response_id)
    activity_ids = [m["activity_id"] for entry in matches.values() for m in entry["matches"][:MAX_MATCHES * 2]]
    with _url_context(), force_locale(lang):
        cards = inventory.activity_cards(activity_ids, lang)
        needs = [_need(need, matches.get(need["id"]), cards, lang) for need in info["needs"]]
        data = {
            "title": gettext("Capacity development brief"),
            "country": vocabulary.country_name(info["country"], lang),
            "institution": info["institution"],
            "focal_point": ", ".join(fp["name"] for fp in info["focal_points"] if fp["name"]),
            "date": format_date(utcnow().date(), "long"),
            "status": status,
            "summary": _summary(info, needs, status, lang),
            "needs": needs,
            "gfmd": _recommendations(info["recommendations"], lang),
            "method": _method(info, status),
            "labels": {key: str(text) for key, text in LABEL_TEXTS.items()},
        }
    data["language"] = lang
    return data


def _need(need: dict[str, Any], entry: dict[str, Any] | None, cards: dict[str, dict], lang: str) -> dict[str, Any]:
    out: dict[str, Any] = {
        "text": need["text"],
        "themes": [vocabulary.label("themes", code, lang) for code in need["themes"]],
        "priority": str(PRIORITY_LABELS[need["priority"]]) if need.get("priority") in PRIORITY_LABELS else "",
        "gap": False, "matches": [],
    }
    if entry is None:
        out["gap_note"] = gettext("The matching of this need is not finished yet; a later version of this brief "
                                  "will list the activities that fit it.")
        return out
    if entry["gap"] and not entry["reviewed"]:
        out["gap"] = True
        return out
    for match in entry["matches"]:
        card = cards.get(match["activity_id"])
        if card is None or card["retired"]:
            continue
        out["matches"].append(_match(match, card, lang))
        if len(out["matches"]) == MAX_MATCHES:
            break
    out["gap"] = not out["matches"]
    return out


def _match(match: dict[str, Any], card: dict[str, Any], lang: str) -> dict[str, Any]:
    from needs.matching.reasons import render_reasons, render_replication

    return {
        "title": card["title"], "title_language": card["title_lang"], "agency": card["agency_name"],
        "partners": [vocabulary.agency_name(code, lang) for code in card["partners"]],
        "kind": card["kind_label"],
        "why": render_reasons(match["reasons"], lang),
        "replication": render_replication(match["replication"], lang) if match["replication"] else "",
        "sessions": [_session(s) for s in card["next_sessions"][:SESSIONS_PER_ACTIVITY]],
        "contact": card["contact"] or "", "link": card["link"] or "",
    }


def _session(session: dict[str, Any]) -> dict[str, str]:
    return {"dates": session["when"], "place": session["place"], "language": session["language_name"],
            "deadline": format_date(session["deadline"], "long") if session["deadline"] else ""}


def _summary(info: dict[str, Any], needs: list[dict], status: str, lang: str) -> list[str]:
    count, served = len(needs), sum(1 for n in needs if n["matches"])
    gaps = sum(1 for n in needs if n["gap"])
    paragraphs = [ngettext("Your institution expressed %(num)d need in the survey round “%(round)s”.",
                           "Your institution expressed %(num)d needs in the survey round “%(round)s”.",
                           count, round=info["round_title"])]
    themes = Counter(code for need in info["needs"] for code in dict.fromkeys(need["themes"]))
    if themes:
        top = ", ".join(vocabulary.label("themes", code, lang) for code, _ in themes.most_common(3))
        paragraphs.append(gettext("They concern above all: %(themes)s.", themes=top))
    facts = []
    if served:
        facts.append(ngettext("%(num)d need is served by at least one current activity.",
                              "%(num)d needs are served by at least one current activity.", served))
    if gaps:
        facts.append(ngettext("For %(num)d need there is no current offer; the CDTF has recorded this demand.",
                              "For %(num)d needs there is no current offer; the CDTF has recorded this demand.",
                              gaps))
    if facts:
        paragraphs.append(" ".join(facts))
    if status == PROVISIONAL:
        paragraphs.append(gettext("This brief is provisional: the matching engine proposed these activities and "
                                  "the CDTF has not reviewed them yet. A reviewed brief will replace it."))
    return paragraphs


def _recommendations(codes: list[str], lang: str) -> list[dict[str, str]]:
    wanted = set(codes)
    out = []
    for rec in vocabulary.recommendations():
        if rec.code not in wanted:
            continue
        title, text = vocabulary.pick(rec.title, lang), vocabulary.pick(rec.text, lang)
        out.append({"meeting": vocabulary.pick(rec.meeting, lang), "year": str(rec.year),
                    "text": f"{title}: {text}" if title and text else title or text})
    return out


def _method(info: dict[str, Any], status: str) -> list[str]:
    submitted = format_date(info["submitted_at"], "long") if info["submitted_at"] else ""
    paragraphs = [
        gettext("The needs are those your institution expressed in the pre-assessment survey submitted on "
                "%(date)s.", date=submitted) if submitted else
        gettext("The needs are those your institution expressed in the pre-assessment survey."),
        gettext("For each need, a matching engine ranked the activities of the inventory kept by the agencies of "
                "the Global Migration Group by theme, kind and level of capacity, audience, language, delivery "
                "and region, and proposed how each activity could be used in your country."),
        gettext("The CDTF then reviewed these proposals: the activities listed are those it accepted.")
        if status == REVIEWED else
        gettext("The CDTF has not reviewed these proposals yet."),
        ngettext("At most %(num)d activity is listed for each need.",
                 "At most %(num)d activities are listed for each need.", MAX_MATCHES),
        gettext("Sessions, places and deadlines are those the agencies had announced when this brief was made; "
                "check them with the contact given before applying."),
    ]
    return paragraphs


def fingerprint(data: dict[str, Any]) -> str:
    """The content's hash, without the date and version number (a new day is not a new version)."""
    content = {k: v for k, v in data.items() if k not in ("date", "version")}
    return hashlib.sha256(json.dumps(content, sort_keys=True, ensure_ascii=False, default=str).encode()).hexdigest()


# ---- stored versions ---------------------------------------------------------------------------------

_UNSAFE_NAME = re.compile(r"[^\w\-. ]+")


def download_name(record_: dict[str, Any]) -> str:
    """A file name in the brief's language, for Content-Disposition (werkzeug adds filename* when needed)."""
    with force_locale(record_["language"]):
        title = gettext("Capacity development brief")
        country = vocabulary.country_name(record_["country"], record_["language"])
    name = f"{title} - {country} - v{record_['version']}"
    name = _UNSAFE_NAME.sub(" ", name)
    name = re.sub(r"\s+", " ", name).strip(" .")[:150]
    return f"{name or 'brief'}.pdf"


def _record(brief: Brief) -> dict[str, Any]:
    out = {"id": brief.id, "response_id": brief.response_id, "country": brief.country_code,
           "language": brief.language, "language_name": vocabulary.language_name(brief.language, brief.language),
           "version": brief.version, "status": brief.status, "sha256": brief.sha256, "size": brief.size,
           "created_at": brief.created_at, "created_by_id": brief.created_by_id,
           "filename": f"brief-{brief.country_code}-{brief.response_id}-v{brief.version}-{brief.language}.pdf"}
    out["url"] = url_for("briefs.version", brief_id=brief.id) if has_request_context() else ""
    return out


def _latest(response_id: int, language: str) -> Brief | None:
    return db.session.scalar(sa.select(Brief).where(Brief.response_id == response_id, Brief.language == language)
                             .order_by(Brief.version.desc()).limit(1))


def ensure_brief(response_id: int, language: str | None = None, actor=None) -> dict[str, Any]:
    data = brief_data(response_id, language)
    lang = data.pop("language")
    mark = fingerprint(data)
    latest = _latest(response_id, lang)
    if latest is not None and latest.fingerprint == mark:
        return _record(latest)
    data["version"] = str((latest.version if latest else 0) + 1)
    pdf = build_brief(data, lang)
    country = surveys.response_for_review(response_id)["country"]
    brief = Brief(response_id=response_id, country_code=country, language=lang, version=int(data["version"]),
                  status=data["status"], fingerprint=mark, sha256=hashlib.sha256(pdf).hexdigest(), size=len(pdf),
                  pdf=pdf, created_by_id=getattr(actor, "id", None))
    try:
        with db.session.begin_nested():
            db.session.add(brief)
    except IntegrityError:  # another request stored this version first (PostgreSQL; SQLite serialises)
        latest = _latest(response_id, lang)
        if latest is not None and latest.fingerprint == mark:
            return _record(latest)
        raise
    record("brief.generate", object_type="response", object_id=response_id, country=country, actor=actor,
           brief=brief.id, version=brief.version, language=lang, status=brief.status)
    return _record(brief)


def brief_pdf(brief_id: int) -> tuple[dict[str, Any], bytes] | None:
    brief = db.session.get(Brief, brief_id)
    if brief is None:
        return None
    return _record(brief), brief.pdf


def versions(response_id: int) -> list[dict[str, Any]]:
    rows = db.session.scalars(sa.select(Brief).where(Brief.response_id == response_id)
                              .order_by(Brief.created_at.desc(), Brief.id.desc()))
    return [_record(b) for b in rows]


def briefs_for_response(response_id: int) -> list[dict[str, Any]]:
    """For the focal point's pages: [{"title", "url", "language", "status", "current", "version", ...}].

    The first entry is the current brief in the response's language (built when downloaded); stored
    versions follow, newest first. Empty while the response is a draft."""
    info = surveys.response_for_review(response_id)
    if info is None or info["status"] not in surveys.SUBMITTED_STATUSES:
        return []
    status = REVIEWED if info["status"] in REVIEWED_STATUSES else PROVISIONAL
    lang = info["language"]
    current = {"title": str(STATUS_LABELS[status]), "url": url_for("briefs.download", response_id=response_id,
                                                                 lang=lang),
               "page_url": url_for("briefs.response", response_id=response_id), "language": lang,
               "language_name": vocabulary.language_name(lang, lang), "status": status, "current": True,
               "version": None, "created_at": None}
    stored = [dict(r, title=str(STATUS_LABELS[r["status"]]), current=False) for r in versions(response_id)]
    return [current, *stored]


def can_read(user, response_id: int) -> bool:
    if user is None or not getattr(user, "is_authenticated", False):
        return False
    if user.role in (roles.CDTF, roles.ADMIN):
        return True
    if user.role != roles.FOCAL_POINT:
        return False
    info = surveys.response_for_review(response_id)
    return info is not None and info["country"] == user.country_code


def response_summary(response_id: int, lang: str) -> dict[str, Any] | None:
    """What the brief page shows about the response."""
    info = surveys.response_for_review(response_id)
    if info is None:
        return None
    return {"id": info["id"], "country": info["country"],
            "country_name": vocabulary.country_name(info["country"], lang),
            "round_title": info["round_title"], "status": info["status"], "language": info["language"],
            "submitted": info["status"] in surveys.SUBMITTED_STATUSES,
            "sendable": info["status"] in SENDABLE_STATUSES,
            "brief_status": REVIEWED if info["status"] in REVIEWED_STATUSES else PROVISIONAL}


# ---- sending -----------------------------------------------------------------------------------------

def _focal_points(country: str) -> list[User]:
    return list(db.session.scalars(sa.select(User).where(User.role == roles.FOCAL_POINT, User.country_code == country,
                                                        User.active.is_(True)).order_by(User.id)))


def send_brief(response_id: int, actor) -> dict[str, Any]:
    """E-mail the reviewed brief to the country's focal points, each in their language; the caller commits."""
    from needs.auth.emails import external_url
    from needs.mail.services import queue_email

    info = _response(response_id)
    if info["status"] not in SENDABLE_STATUSES:
        raise BriefError("not_reviewed")
    users = _focal_points(info["country"])
    if not users:
        raise BriefError("no_focal_points")
    built: dict[str, dict[str, Any]] = {}
    for user in users:
        lang = _language(user.language, info["language"])
        if lang not in built:
            built[lang] = ensure_brief(response_id, lang, actor)
        brief = built[lang]
        pdf = db.session.get(Brief, brief["id"]).pdf
        with _url_context(), force_locale(lang):
            link = external_url("briefs.response", response_id=response_id)
            country = vocabulary.country_name(info["country"], lang)
            subject = gettext("Capacity development brief: %(country)s", country=country)
            body = gettext(
                "Hello %(name)s,\n\nThe CDTF has reviewed the needs your institution expressed in the survey round "
                "“%(round)s” and matched them with the training activities of the Global Migration Group's "
                "agencies. The brief is attached (PDF, version %(version)s).\n\nYou can also download it, with its "
                "earlier versions and in the other UN languages, here:\n\n%(link)s\n",
                name=user.name, round=info["round_title"], version=brief["version"], link=link)
        message = queue_email(user.email, subject, body, kind="brief", language=lang, user_id=user.id,
                              attachments=[(brief["filename"], "application/pdf", pdf)],
                              meta={"response_id": response_id, "brief_id": brief["id"]})
        db.session.add(BriefDelivery(brief_id=brief["id"], response_id=response_id, user_id=user.id,
                                     outbox_message_id=message.id, created_by_id=getattr(actor, "id", None)))
    if info["status"] != "brief_sent":
        surveys.set_status(response_id, "brief_sent", actor=actor)
    record("brief.send", object_type="response", object_id=response_id, country=info["country"], actor=actor,
           recipients=len(users), briefs=",".join(str(b["id"]) for b in built.values()))
    db.session.flush()
    return {"recipients": len(users), "briefs": [b["id"] for b in built.values()], "languages": sorted(built)}


def deliveries(response_id: int) -> list[dict[str, Any]]:
    """Every e-mail of this response's briefs with the state of its message in the outbox."""
    from needs.mail.models import OutboxMessage

    rows = db.session.execute(
        sa.select(BriefDelivery, Brief, OutboxMessage)
        .join(Brief, Brief.id == BriefDelivery.brief_id)
        .outerjoin(OutboxMessage, OutboxMessage.id == BriefDelivery.outbox_message_id)
        .where(BriefDelivery.response_id == response_id)
        .order_by(BriefDelivery.id.desc()))
    return [{"id": d.id, "brief_id": b.id, "version": b.version, "language": b.language,
             "to": m.to_address if m else "", "status": m.status if m else "", "attempts": m.attempts if m else 0,
             "error": m.last_error if m else "", "created_at": d.created_at, "sent_at": m.sent_at if m else None}
            for d, b, m in rows]


# ---- files for the commands --------------------------------------------------------------------------

def write_brief(response_id: int, path: str | Path, language: str | None = None, actor=None) -> dict[str, Any]:
    """Write the current brief (stored as a version when new) to ``path``."""
    with _url_context():
        brief = ensure_brief(response_id, language, actor)
    Path(path).write_bytes(db.session.get(Brief, brief["id"]).pdf)
    return brief


def submitted_response_ids() -> list[int]:
    return [r["id"] for r in surveys.list_responses(status=tuple(surveys.SUBMITTED_STATUSES))]


def write_all(out_dir: str | Path, progress: Callable[[int], Any] | None = None,
              response_ids: list[int] | None = None) -> list[Path]:
    """One PDF per submitted response, in its language, named ``<response id>-<language>.pdf``."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for response_id in (submitted_response_ids() if response_ids is None else response_ids):
        with _url_context():
            brief = ensure_brief(response_id)
        path = out / f"{response_id}-{brief['language']}.pdf"
        path.write_bytes(db.session.get(Brief, brief["id"]).pdf)
        written.append(path)
        if progress is not None:
            progress(1)
    return written


def load_demo() -> dict[str, int]:
    """A provisional (or reviewed) brief for each submitted demo response, in its language (idempotent)."""
    before = db.session.scalar(sa.select(sa.func.count()).select_from(Brief))
    with _url_context():
        for response_id in submitted_response_ids():
            ensure_brief(response_id)
    db.session.flush()
    return {"demo briefs": db.session.scalar(sa.select(sa.func.count()).select_from(Brief)) - before}


def record_download(brief: dict[str, Any], actor) -> None:
    record("brief.download", object_type="response", object_id=brief["response_id"], country=brief["country"],
           actor=actor, brief=brief["id"], version=brief["version"], language=brief["language"])
