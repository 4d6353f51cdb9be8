"""Reason codes and replication codes as sentences in the reader's language.

The engine explains each proposed match with short codes (``theme:remittances``,
``language:needs-adaptation:fr``, ...; see needs.matching.engine.explain). Review screens and the
PDF brief show them as sentences: one translatable template per code kind, with the code's
parameters filled in by their vocabulary labels (themes, audiences, ...) or Babel's names
(languages, regions) in the same language. An unknown code is shown as it is, never dropped.
"""

from __future__ import annotations

from flask_babel import force_locale
from flask_babel import lazy_gettext as _l

from needs.i18n.languages import LANGUAGES
from needs.i18n.services import current_locale
from needs.vocabulary import services as vocabulary

# kind:value -> sentence template; placeholders are filled with labels in the reader's language.
_SENTENCES = {
    "text:strong": _l("The description closely matches the need as it was written."),
    "text:partial": _l("The description matches part of the need as it was written."),
    "language:ok": _l("It is offered in %(language)s, which the trainees can follow."),
    "language:needs-adaptation": _l(
        "It is not offered in %(language)s, the trainees' language, but it can be adapted or given in a "
        "national edition in that language."),
    "language:unavailable": _l(
        "It is not offered in %(language)s, the trainees' language, and no adaptation is planned."),
    "delivery:ok": _l("It is delivered %(delivery)s, a mode the trainees can attend."),
    "delivery:other": _l("It is delivered %(delivery)s, which is not among the requested modes."),
    "region:outside": _l(
        "It is not offered in %(region)s; a national edition or technical assistance could bring it there."),
    "region:closed": _l("It is not offered in %(region)s, and there is no way yet to bring it there."),
    "status:planned": _l("It is planned, not yet offered."),
    "trainers:requested": _l("It trains national trainers, as the need asks."),
}
# kind -> (sentence template, vocabulary list whose label fills %(label)s)
_LABELLED = {
    "theme": (_l("It covers the theme “%(label)s”."), "themes"),
    "audience": (_l("It is made for %(label)s."), "audience"),
    "capacity": (_l("It builds the requested kind of capacity: %(label)s."), "capacity_type"),
    "level": (_l("It works at the requested level: %(label)s."), "level"),
    "kind": (_l("It is background material (%(label)s), not a training."), "activity_kind"),
}
_REPLICATION_FALLBACK = {
    "enrol": _l("Your officials join a scheduled session as it is."),
    "national-edition": _l("The agency runs the activity in your country or region."),
    "adapt-materials": _l("The materials are translated and adapted to your country."),
    "train-the-trainer": _l("Your own staff learn to teach the activity."),
    "technical-assistance": _l("Experts work alongside your institution, starting from the activity."),
}
REJECT_REASON_LABELS = {
    "not-relevant": _l("Not relevant to the need"),
    "wrong-language": _l("Not in a language the trainees can follow"),
    "wrong-region": _l("Not available in the country's region"),
    "wrong-level": _l("Wrong level or kind of capacity"),
    "wrong-audience": _l("Made for another audience"),
    "not-available": _l("Not available when needed"),
    "duplicate": _l("Duplicates another proposal"),
    "other": _l("Other reason (see the note)"),
}


def _locale(locale: str | None) -> str:
    return locale if locale in LANGUAGES else current_locale()


def _sentence(code: str, locale: str) -> str:
    parts = code.split(":")
    kind = parts[0]
    if kind in _LABELLED and len(parts) >= 2:
        template, list_name = _LABELLED[kind]
        return str(template) % {"label": vocabulary.label(list_name, parts[1], locale)}
    key = ":".join(parts[:2])
    template = _SENTENCES.get(key)
    if template is None:
        return code
    params: dict[str, str] = {}
    value = parts[2] if len(parts) > 2 else ""
    if kind == "language":
        params["language"] = vocabulary.language_name(value or "en", locale)
    elif kind == "delivery":
        params["delivery"] = vocabulary.label("delivery", value, locale).lower() if value else "—"
    elif kind == "region":
        params["region"] = vocabulary.region_name(value, locale) if value else "—"
    return str(template) % params if params else str(template)


def render_reason(code: str, locale: str | None = None) -> str:
    """One reason code (``kind:value[:value]``) as a sentence in ``locale`` (default: the request's)."""
    locale = _locale(locale)
    with force_locale(locale):
        return _sentence(str(code), locale)


def render_reasons(codes: list[str], locale: str | None = None) -> list[str]:
    locale = _locale(locale)
    with force_locale(locale):
        return [_sentence(str(code), locale) for code in codes]


def render_replication(code: str, locale: str | None = None) -> str:
    """How the country would use the activity, in plain words (the vocabulary's description when it has one)."""
    locale = _locale(locale)
    text = vocabulary.description("replication", code, locale)
    if text:
        return text
    template = _REPLICATION_FALLBACK.get(code)
    if template is None:
        return code
    with force_locale(locale):
        return str(template)


def replication_label(code: str, locale: str | None = None) -> str:
    return vocabulary.label("replication", code, _locale(locale))


def render_reject_reason(code: str | None, locale: str | None = None) -> str:
    if not code:
        return ""
    template = REJECT_REASON_LABELS.get(code)
    if template is None:
        return code
    with force_locale(_locale(locale)):
        return str(template)
