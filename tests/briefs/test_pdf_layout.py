"""What a focal point sees on the pages: numbering, running header, contents, status, gaps, and the
builder's purity."""

import ast
import io
import re
from pathlib import Path

import pytest
from pypdf import PdfReader

import needs.briefs.pdf as pdf_module
from needs.briefs.pdf import LABELS, build_brief
from needs.briefs.pdf_sample import sample_brief

# The shape documented in needs/briefs/pdf.py, filled in by hand.
SMALL_BRIEF = {
    "title": "Capacity development brief",
    "country": "Ghana",
    "institution": "Ghana Immigration Service",
    "focal_point": "Kofi Mensah",
    "date": "3 March 2025",
    "status": "reviewed",
    "version": "1",
    "summary": "One need was expressed.",
    "needs": [{
        "text": "Train border officials on identifying victims of trafficking.",
        "themes": ["Human trafficking and smuggling of migrants"],
        "priority": "High",
        "matches": [{
            "title": "Formation sur la traite des personnes", "title_language": "fr",
            "agency": "UNODC", "partners": ["IOM"], "kind": "Workshop",
            "why": ["It covers human trafficking."],
            "replication": "A national edition can be hosted.",
            "sessions": [{"dates": "5-9 May 2025", "place": "Accra", "language": "English",
                          "deadline": "1 April 2025"}],
            "contact": "training@unodc.example.org", "link": "https://unodc.example.org/t",
        }],
    }],
    "gfmd": [{"meeting": "GFMD Quito", "year": "2019", "text": "Protect migrants in vulnerable situations."}],
    "method": "Ranked by the matching engine, then reviewed by the CDTF.",
}


def pages_text(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


def test_short_brief_has_no_contents_and_shows_every_part():
    [page] = pages_text(build_brief(SMALL_BRIEF, "en"))
    assert "Contents" not in page
    for expected in ("Ghana — Capacity development brief", "Kofi Mensah", "Version 1", "Reviewed by the CDTF",
                     "Themes: Human trafficking", "Priority: High", "Formation sur la traite des personnes [fr]",
                     "Workshop · UNODC · with IOM", "Why it fits", "A national edition can be hosted.",
                     "5-9 May 2025 · Accra · English", "Application deadline: 1 April 2025",
                     "Contact: training@unodc.example.org", "GFMD Quito 2019", "How this brief was made",
                     "Page 1 of 1"):
        assert expected in page, expected
    assert "Provisional" not in page


def test_every_page_has_the_running_header_and_its_number():
    pages = pages_text(build_brief(sample_brief("en"), "en"))
    assert len(pages) > 3
    for number, page in enumerate(pages, 1):
        assert "Morocco — Capacity development brief" in page
        assert f"Page {number} of {len(pages)}" in page
        assert LABELS["provisional"] in page  # provisional is printed on every page, in words


def page_of(heading: str, pages: list[str]) -> int:
    """The page a heading is printed on; page 1 also lists it in the contents."""
    flat = [" ".join(page.split()) for page in pages]
    if flat[0].count(heading) > 1:
        return 1
    return next(number for number, page in enumerate(flat[1:], 2) if heading in page)


def test_contents_and_outline_give_the_page_of_each_heading():
    data = sample_brief("en", needs=5)
    pdf = build_brief(data, "en")
    pages = pages_text(pdf)
    headings = ["Summary", "Needs expressed",
                *[f"{n}. {need['text']}" for n, need in enumerate(data["needs"], 1)],
                "GFMD recommendations linked", "How this brief was made"]
    actual = [page_of(heading, pages) for heading in headings]
    assert actual == sorted(actual) and actual[-1] > 3
    printed = [int(n) for n in re.findall(r"^\s*(\d+)\s*$", pages[0], re.M)]
    assert printed == actual

    reader = PdfReader(io.BytesIO(pdf))
    outline = [item for item in reader.outline if not isinstance(item, list)]
    needs_children = next(item for item in reader.outline if isinstance(item, list))
    assert [o.title for o in outline] == ["Summary", "Needs expressed", "GFMD recommendations linked",
                                          "How this brief was made"]
    assert [reader.get_destination_page_number(o) + 1 for o in needs_children] == actual[2:7]


def test_contents_when_pages_run_long_even_with_few_needs():
    data = sample_brief("en", needs=2, matches=8, gaps=0)
    pages = pages_text(build_brief(data, "en"))
    assert len(pages) > 2
    assert "Contents" in pages[0]


def test_gap_need_carries_the_honest_sentence():
    data = sample_brief("fr", needs=2, gaps=1)
    text = "\n".join(pages_text(build_brief(data, "fr")))
    assert "Aucune offre actuelle ; le CDTF a enregistré cette demande." in text


def test_missing_labels_fall_back_to_english():
    data = {**SMALL_BRIEF, "labels": {"why_it_fits": "Pourquoi"}}
    [page] = pages_text(build_brief(data, "fr"))
    assert "Pourquoi" in page and "Why it fits" not in page and "Recommended replication" in page


def test_labels_keep_placeholders_filled():
    [page] = pages_text(build_brief({**SMALL_BRIEF, "labels": {"page": "p. %(page)s/%(pages)s %(x)s 100%"}},
                                    "en"))
    assert "p. 1/1 %(x)s 100%" in page


@pytest.mark.parametrize("module", ["pdf", "pdf_fonts", "pdf_text", "pdf_layout", "pdf_sample"])
def test_builder_imports_no_web_framework_database_or_other_feature(module):
    path = Path(pdf_module.__file__).parent / f"{module}.py"
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = [alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names]
    names += [node.module or "" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)]
    for name in names:
        assert name.split(".")[0] not in {"flask", "sqlalchemy", "flask_sqlalchemy", "werkzeug", "jinja2"}
        assert not name.startswith("needs") or name.startswith("needs.briefs.pdf"), name


@pytest.mark.parametrize("locale, family", [("ar_EG", "NotoSansArabic"), ("zh-Hans", "WenQuanYiZenHei"),
                                            ("pt", "NotoSans-Regular")])
def test_regional_locales_take_their_language_layout(locale, family):
    pdf = build_brief(SMALL_BRIEF, locale)
    assert family.encode() in pdf
