"""The PDF brief returned to a focal point: ``build_brief(data, locale) -> bytes``.

Pure: ReportLab, arabic-reshaper and python-bidi only; no Flask, no database. Every string arrives
already translated and formatted for the brief's language (dates, priorities, theme names, sentences);
this module only lays them out. All text is treated as untrusted: it is drawn as plain strings and
never reaches ReportLab's markup parser, controls are stripped, and words of any length wrap.

The ``data`` dictionary (optional keys may be missing, empty or None)::

    {
      "title": "Capacity development brief",          # also the running header, with the country
      "country": "Morocco",
      "institution": "Ministry of ...",                # optional
      "focal_point": "Name of the focal point",        # optional
      "date": "12 May 2025",                           # already formatted for the locale
      "status": "provisional",                         # or "reviewed"
      "version": "2",                                  # optional
      "summary": "..." or ["paragraph", ...],          # optional
      "needs": [{
          "title": "Short name of the need",           # optional; else the start of "text"
          "text": "The need in the focal point's words",
          "themes": ["Remittances", "Diaspora engagement and resources"],   # theme labels
          "priority": "High",                          # optional priority label
          "gap": False,                                # True: no activity serves it well
          "gap_note": "...",                           # optional; default labels["gap"]
          "matches": [{
              "title": "Activity title",
              "title_language": "en",                  # language of the title; shown when not the brief's
              "agency": "IOM",
              "partners": ["UNDP", "JMDI"],            # optional
              "kind": "Course",                        # kind label
              "why": ["sentence", ...],                # reasons, already sentences
              "replication": "You can join an existing session as it is.",
              "sessions": [{"dates": "2–6 June 2025", "place": "Turin, Italy", "language": "English",
                            "deadline": "1 May 2025"}],           # every field optional
              "contact": "training@example.org",       # optional
              "link": "https://example.org/course",    # optional; printed as text
          }, ...],
      }, ...],
      "gfmd": [{"meeting": "GFMD Berlin", "year": "2017", "text": "Recommendation ..."}],   # optional
      "method": "..." or ["paragraph", ...],           # how this brief was made
      "labels": {...},                                 # translations of LABELS (below); missing keys
    }                                                  # fall back to English

``LABELS`` gives every interface string with its English text: translate its values (keeping the
``%(name)s`` placeholders) and pass them as ``data["labels"]``.
"""

from __future__ import annotations

import io
import os
from collections.abc import Iterable

from reportlab.platypus import Flowable, HRFlowable, Spacer

from needs.briefs.pdf_fonts import FontMissingError, FontSet
from needs.briefs.pdf_layout import INDENT, BriefDoc, PageNumbers, Writer, fill
from needs.briefs.pdf_text import clean

__all__ = ["LABELS", "FontMissingError", "build_brief"]

LABELS = {
    "contents": "Contents",
    "summary": "Summary",
    "needs_expressed": "Needs expressed",
    "themes": "Themes: %(themes)s",
    "priority": "Priority: %(priority)s",
    "best_matches": "Best-matched activities",
    "partners": "with %(partners)s",
    "why_it_fits": "Why it fits",
    "replication": "Recommended replication",
    "next_sessions": "Next sessions",
    "deadline": "Application deadline: %(date)s",
    "contact": "Contact: %(contact)s",
    "gap": "No current offer; the CDTF has recorded this demand.",
    "gfmd": "GFMD recommendations linked",
    "method": "How this brief was made",
    "page": "Page %(page)s of %(pages)s",
    "institution": "Institution",
    "focal_point": "Focal point",
    "version": "Version %(version)s",
    "provisional": "Provisional: not yet reviewed by the CDTF",
    "reviewed": "Reviewed by the CDTF",
}

_HEADING_CHARS = 100  # a need's heading (and its contents line) shows at most this much of its text
_TOC_NEEDS, _TOC_PAGES = 3, 2  # a contents table when there are more needs, or more pages, than this


def build_brief(data: dict, locale: str, *, font_dir: str | os.PathLike | None = None) -> bytes:
    """The brief as PDF bytes, laid out for ``locale`` (one of ar, zh, en, fr, ru, es).

    ``font_dir`` (or the environment variable NEEDS_BRIEF_FONT_DIR) takes the font files from one
    folder instead of their packages. Raises FontMissingError, naming the package to install, when a
    font the brief needs is absent.
    """
    locale = locale.replace("-", "_").split("_")[0].lower()  # "ar_EG", "zh-Hans" -> "ar", "zh"
    fonts = FontSet(locale, font_dir)
    pdf, pages = _render(data, locale, fonts, with_contents=len(data.get("needs") or []) > _TOC_NEEDS)
    if pages > _TOC_PAGES and len(data.get("needs") or []) <= _TOC_NEEDS:
        pdf, _ = _render(data, locale, fonts, with_contents=True)
    return pdf


def _render(data: dict, locale: str, fonts: FontSet, with_contents: bool) -> tuple[bytes, int]:
    writer = Writer(locale, fonts)
    labels = {**LABELS, **(data.get("labels") or {})}
    buffer = io.BytesIO()
    status = labels["provisional"] if data.get("status") != "reviewed" else ""
    doc = BriefDoc(buffer, writer, header=_header(data), footer=status, page_label=labels["page"],
                   title=clean(data.get("title"))[:200], author="CDTF",
                   subject=clean(data.get("country"))[:200], lang=locale)
    story = _Story(writer, labels).build(data, doc.pages if with_contents else None)
    doc.build(story)
    return buffer.getvalue(), doc.page


def _header(data: dict) -> str:
    parts = [clean(data.get("country"))[:60], clean(data.get("title"))[:80]]
    return " \u2014 ".join(p for p in parts if p).replace("\n", " ")


def _paragraphs(value: object) -> list[object]:
    if value is None:
        return []
    return [value] if isinstance(value, str) else list(value)


class _Story:
    """The flowables of a brief, in reading order, with the entries of its table of contents."""

    def __init__(self, writer: Writer, labels: dict[str, str]):
        self.w = writer
        self.labels = labels
        self.entries: list[tuple[int, str, str]] = []

    def build(self, data: dict, pages: PageNumbers | None) -> list[Flowable]:
        """The story; with a table of contents when ``pages`` is given to fill in its numbers."""
        body = [*self._summary(data), *self._needs(data), *self._gfmd(data), *self._method(data)]
        toc = self._contents(pages) if pages is not None else []
        return [*self._title_block(data), *toc, *body]

    def heading(self, text: str, level: int, key: str) -> list[Flowable]:
        text = clean(text).replace("\n", " ")
        flowables = self.w.para(text, "h1" if level == 0 else "h2")
        if flowables:
            self.entries.append((level, text, key))
            first = flowables[0]
            first.toc_key, first.toc_title, first.toc_level = key, text, level
        return flowables

    def _title_block(self, data: dict) -> list[Flowable]:
        w, lab = self.w, self.labels
        out = [*w.para(data.get("title"), "title"), *w.para(data.get("country"), "subtitle")]
        for key in ("institution", "focal_point"):
            if clean(data.get(key)):
                out += [*w.para(lab[key], "caption"), *w.para(data.get(key))]
        version = clean(data.get("version"))
        dated = " \u00b7 ".join(p for p in (clean(data.get("date")),
                                            fill(lab["version"], version=version) if version else "") if p)
        out += w.para(dated, "small")
        if data.get("status") == "reviewed":
            out += w.para(lab["reviewed"], "small")
        else:
            out += w.boxed(lab["provisional"])
        out.append(HRFlowable(width="100%", thickness=0.6, color="black", spaceBefore=4, spaceAfter=2))
        return out

    def _contents(self, pages: PageNumbers) -> list[Flowable]:
        return [*self.w.para(self.labels["contents"], "h1"), self.w.contents(self.entries, pages),
                Spacer(1, 6)]

    def _summary(self, data: dict) -> list[Flowable]:
        paragraphs = _paragraphs(data.get("summary"))
        if not any(clean(p) for p in paragraphs):
            return []
        return [*self.heading(self.labels["summary"], 0, "summary"), *self._flow(paragraphs)]

    def _flow(self, paragraphs: Iterable[object], style: str = "body", indent: float = 0) -> list[Flowable]:
        return [f for p in paragraphs for f in self.w.para(p, style, indent=indent)]

    def _needs(self, data: dict) -> list[Flowable]:
        needs = data.get("needs") or []
        if not needs:
            return []
        out = self.heading(self.labels["needs_expressed"], 0, "needs")
        for number, need in enumerate(needs, 1):
            out += self._need(number, need)
        return out

    def _need(self, number: int, need: dict) -> list[Flowable]:
        w, lab = self.w, self.labels
        name = clean(need.get("title")) or clean(need.get("text"))
        if len(name) > _HEADING_CHARS:
            name = name[:_HEADING_CHARS].rstrip() + "\u2026"
        out = self.heading(f"{number}. {name}", 1, f"need-{number}")
        if clean(need.get("title")):
            out += w.para(need.get("text"), "quote")
        elif len(clean(need.get("text"))) > _HEADING_CHARS:
            out += w.para(need.get("text"), "quote")
        themes = ", ".join(t for t in map(clean, need.get("themes") or []) if t)
        if themes:
            out += w.para(fill(lab["themes"], themes=themes), "small")
        if clean(need.get("priority")):
            out += w.para(fill(lab["priority"], priority=clean(need.get("priority"))), "small")
        matches = need.get("matches") or []
        if need.get("gap") or not matches:
            out += w.boxed(clean(need.get("gap_note")) or lab["gap"])
        if matches:
            out += w.para(lab["best_matches"], "h3")
            for rank, match in enumerate(matches, 1):
                out += self._match(f"{number}.{rank}", match)
        return out

    def _match(self, number: str, match: dict) -> list[Flowable]:
        w, lab = self.w, self.labels
        title = clean(match.get("title"))
        language = clean(match.get("title_language")).lower()
        if language and language != w.locale:
            title = f"{title} [{language}]"
        # The number leads in the brief's direction, whatever the title's own script.
        heading = w.para(f"{number} {title}", "activity", indent=INDENT, base_dir=None if w.rtl else "L")
        out = [w.rule(indent=INDENT), *heading]
        partners = ", ".join(p for p in map(clean, match.get("partners") or []) if p)
        who = [clean(match.get("kind")), clean(match.get("agency")),
               fill(lab["partners"], partners=partners) if partners else ""]
        out += w.para(" \u00b7 ".join(p for p in who if p), "small", indent=INDENT)
        reasons = [r for r in (match.get("why") or []) if clean(r)]
        if reasons:
            out += w.para(lab["why_it_fits"], "caption", indent=INDENT)
            out += [f for r in reasons for f in w.para(r, "bullet", indent=INDENT, bullet=True)]
        if clean(match.get("replication")):
            out += w.para(lab["replication"], "caption", indent=INDENT)
            out += w.para(match.get("replication"), indent=INDENT)
        out += self._sessions(match.get("sessions") or [])
        if clean(match.get("contact")):
            out += w.para(fill(lab["contact"], contact=clean(match.get("contact"))), "small", indent=INDENT)
        out += w.para(match.get("link"), "small", indent=INDENT, base_dir="L")
        out.append(Spacer(1, 4))
        return out

    def _sessions(self, sessions: list[dict]) -> list[Flowable]:
        w, lab = self.w, self.labels
        out = []
        for session in sessions:
            where = [clean(session.get(k)) for k in ("dates", "place", "language")]
            line = " \u00b7 ".join(p for p in where if p)
            if clean(session.get("deadline")):
                deadline = fill(lab["deadline"], date=clean(session.get("deadline")))
                line = f"{line}\n{deadline}" if line else deadline
            out += w.para(line, "bullet", indent=INDENT, bullet=True)
        if out:
            out = [*w.para(lab["next_sessions"], "caption", indent=INDENT), *out]
        return out

    def _gfmd(self, data: dict) -> list[Flowable]:
        recommendations = [r for r in (data.get("gfmd") or []) if clean(r.get("text"))]
        if not recommendations:
            return []
        out = self.heading(self.labels["gfmd"], 0, "gfmd")
        for rec in recommendations:
            source = " ".join(p for p in (clean(rec.get("meeting")), clean(rec.get("year"))) if p)
            out += self.w.para(source, "caption")
            out += self.w.para(rec.get("text"))
        return out

    def _method(self, data: dict) -> list[Flowable]:
        paragraphs = _paragraphs(data.get("method"))
        if not any(clean(p) for p in paragraphs):
            return []
        return [*self.heading(self.labels["method"], 0, "method"), *self._flow(paragraphs, "small")]
