"""Untrusted text prints as text: markup, controls and enormous words never break a brief."""

import io
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from needs.briefs.pdf import build_brief
from needs.briefs.pdf_layout import MARGIN_BOTTOM, MARGIN_TOP, PAGE_HEIGHT
from needs.briefs.pdf_text import has_rtl

PAYLOADS = [
    '<img src="/etc/passwd"/>',
    '<img src="https://example.org/x.png" width="10" height="10"/>',
    "<font size=900>big</font>",
    '<a href="javascript:alert(1)">x</a>',
    "<para>",
    "</b></i></para>",
    "a<b",
    "AT&T & co &amp; &#0; &bogus;",
    "<![CDATA[x]]>",
    "%(page)s %s %",
    "]]> --> \" ' `",
]
CONTROLS = "".join(map(chr, [0, 1, 7, 8, 11, 12, 27, 127, 0x85]))


def brief_with(text: str, long_field: str | None = None, long_word: str = "") -> dict:
    """A brief whose every free-text field holds ``text``; one field may hold a very long word."""
    session = {k: text for k in ("dates", "place", "language", "deadline")}
    match = {"title": text, "title_language": "en", "agency": text, "partners": [text], "kind": text,
             "why": [text, text], "replication": text, "sessions": [session], "contact": text, "link": text}
    data = {
        "title": text, "country": text, "institution": text, "focal_point": text, "date": text,
        "status": "provisional", "version": text, "summary": [text],
        "needs": [{"title": text, "text": text, "themes": [text], "priority": text, "matches": [match]},
                  {"text": text, "gap": True, "gap_note": text}],
        "gfmd": [{"meeting": text, "year": text, "text": text}], "method": text,
    }
    if long_field:
        where = {"title": data, "summary": data, "need": data["needs"][0], "why": match, "place": session,
                 "partner": match, "gap": data["needs"][1]}[long_field]
        key = {"need": "text", "why": "why", "partner": "partners", "gap": "gap_note"}.get(long_field, long_field)
        where[key] = [long_word] if key in ("why", "partners", "summary") else long_word
    return data


def extracted(pdf: bytes) -> tuple[PdfReader, str]:
    reader = PdfReader(io.BytesIO(pdf))
    return reader, "".join(page.extract_text() for page in reader.pages)


def body_text(pdf: bytes) -> str:
    """The text between the running header and the footer, which would otherwise interleave with it."""
    parts = []

    def keep(text, cm, tm, font, size):
        y = tm[5] * cm[3] + cm[5]
        if MARGIN_BOTTOM - 1 <= y <= PAGE_HEIGHT - MARGIN_TOP + 1:
            parts.append(text)

    for page in PdfReader(io.BytesIO(pdf)).pages:
        page.extract_text(visitor_text=keep)
    return "".join(parts)


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def long_word(length: int) -> str:
    """A word of two letters that no label holds, so it can be found again across page breaks."""
    return ("QJ" * length)[:length]


def shows_long_word(text: str, word: str) -> bool:
    return word in re.sub(r"[^QJ]", "", text)


@pytest.mark.parametrize("payload", PAYLOADS)
@pytest.mark.parametrize("locale", ["en", "ar"])
def test_markup_prints_as_text(payload, locale):
    pdf = build_brief(brief_with(f"{payload} {CONTROLS}end"), locale)
    reader, text = extracted(pdf)
    assert len(reader.pages) >= 1
    if locale == "en":
        assert squeeze(payload) in squeeze(text)
    assert b"/Subtype /Image" not in pdf and b"/XObject" not in pdf  # no file or URL was embedded
    assert not any(c in text for c in CONTROLS)


@pytest.mark.parametrize("field", ["need", "gap"])
@pytest.mark.parametrize("length", [10_000, 20_000])
def test_enormous_words_wrap_and_paginate(length, field):
    word = long_word(length)
    pdf = build_brief(brief_with("x", field, word), "en")
    reader, _ = extracted(pdf)
    assert shows_long_word(body_text(pdf), word)
    assert len(reader.pages) > 3


def test_long_lists_paginate():
    data = brief_with("item")
    need = data["needs"][0]
    data["needs"] = [{**need, "matches": need["matches"] * 3} for _ in range(40)]
    reader, text = extracted(build_brief(data, "en"))
    assert len(reader.pages) > 20
    assert f"Page {len(reader.pages)} of {len(reader.pages)}" in text


pieces = st.one_of(
    st.sampled_from(PAYLOADS),
    st.text(alphabet=st.characters(codec="utf-8"), max_size=30),
    st.text(alphabet=st.sampled_from(CONTROLS + "<>&\"'/= \n\t"), max_size=20),
    st.sampled_from(["الهجرة", "移民治理", "Миграция", "Migración"]),
)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    parts=st.lists(pieces, min_size=1, max_size=6),
    locale=st.sampled_from(["en", "ar", "zh", "ru"]),
    long_field=st.sampled_from([None, "title", "summary", "need", "why", "place", "partner", "gap"]),
    long_length=st.sampled_from([200, 3_000, 20_000]),
)
def test_any_text_in_any_field_gives_a_valid_pdf_showing_it(parts, locale, long_field, long_length):
    marker = "Zq7marker"
    text = " ".join([*parts, marker])
    word = long_word(long_length)
    pdf = build_brief(brief_with(text, long_field, word), locale)
    reader, shown = extracted(pdf)
    assert len(reader.pages) >= 1
    assert marker in shown
    if long_field:
        assert shows_long_word(body_text(pdf), word)
    # With Arabic in the text, the bidi algorithm moves neutral characters such as < and > around it.
    if locale != "ar" and not any(has_rtl(p) for p in parts):
        for payload in parts:
            if payload in PAYLOADS:
                assert squeeze(payload) in squeeze(shown)
