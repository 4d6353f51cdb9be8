"""A brief in each of the six UN languages: its words in the right script, its fonts embedded, and a
page that renders to an image."""

import io
import os
import shutil
import subprocess
import unicodedata

import pytest
from pypdf import PdfReader

from needs.briefs.pdf import build_brief
from needs.briefs.pdf_sample import LOCALES, sample_brief

# Words each brief must show, in its own script, and the font family that draws them.
EXPECTED = {
    "en": (["Needs expressed", "Best-matched activities", "Page 1 of"], "NotoSans-Regular"),
    "fr": (["Besoins exprimés", "Pourquoi elle convient", "Page 1 sur"], "NotoSans-Regular"),
    "es": (["Necesidades expresadas", "Próximas sesiones", "Página 1 de"], "NotoSans-Regular"),
    "ru": (["Выраженные потребности", "Кыргызстан", "Страница 1 из"], "NotoSans-Regular"),
    "zh": (["所表达的需求", "最匹配的活动", "国家移民管理局"], "WenQuanYiZenHei-0"),
    "ar": (["الاحتياجات المعبر عنها", "أنسب الأنشطة", "المغرب"], "NotoSansArabic-Regular"),
}


@pytest.fixture(scope="module")
def briefs():
    return {locale: build_brief(sample_brief(locale), locale) for locale in LOCALES}


def text_of(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    # Arabic is drawn in presentation forms; NFKC gives back the letters that were typed.
    return unicodedata.normalize("NFKC", "\n".join(page.extract_text() for page in reader.pages))


def embedded_fonts(pdf: bytes) -> dict[str, bool]:
    """Each font used on a page, and whether its program is embedded in the file."""
    fonts = {}
    for page in PdfReader(io.BytesIO(pdf)).pages:
        for ref in page["/Resources"]["/Font"].values():
            font = ref.get_object()
            descendants = font.get("/DescendantFonts")
            descriptor = (descendants[0].get_object() if descendants else font).get("/FontDescriptor")
            embedded = descriptor is not None and "/FontFile2" in descriptor.get_object()
            fonts[str(font["/BaseFont"]).split("+")[-1]] = embedded
    return fonts


def contains_words(text: str, phrase: str) -> bool:
    """The phrase, or (for right-to-left text taken in display order) its words reversed."""
    flat = " ".join(text.split())
    reversed_words = " ".join(word[::-1] for word in phrase.split()[::-1])
    return phrase in flat or reversed_words in flat


@pytest.mark.parametrize("locale", LOCALES)
def test_brief_shows_its_words_in_its_script(briefs, locale):
    pdf = briefs[locale]
    assert pdf.startswith(b"%PDF-")
    text = text_of(pdf)
    words, _ = EXPECTED[locale]
    for phrase in words:
        assert contains_words(text, phrase), phrase


@pytest.mark.parametrize("locale", LOCALES)
def test_every_font_is_embedded_and_the_script_font_is_used(briefs, locale):
    fonts = embedded_fonts(briefs[locale])
    _, family = EXPECTED[locale]
    assert family in fonts
    assert all(fonts.values()), fonts


def test_arabic_brief_draws_shaped_letters_and_keeps_english_titles_readable(briefs):
    raw = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(briefs["ar"])).pages)
    # Joined letters are drawn as presentation forms (U+FE70-U+FEFF), not as isolated base letters.
    assert sum(0xFE70 <= ord(c) <= 0xFEFF for c in raw) > 500
    assert "Migration Governance Essentials" in raw
    assert "NotoSans-Regular" in embedded_fonts(briefs["ar"])  # Latin words fall back to Noto Sans


def test_chinese_brief_uses_real_glyphs(briefs):
    pdf = briefs["zh"]
    text = text_of(pdf)
    assert "移民治理基础" in text
    assert "\ufffd" not in text


def need_pdftoppm():
    if shutil.which("pdftoppm") is None:
        if os.environ.get("CI") == "true":
            pytest.fail("pdftoppm is missing in CI: apt-get install poppler-utils")
        pytest.skip("pdftoppm is not installed: apt-get install poppler-utils")


@pytest.mark.parametrize("locale", LOCALES)
def test_first_page_renders_to_an_image_with_ink(briefs, locale, tmp_path):
    need_pdftoppm()
    from PIL import Image  # a dependency of ReportLab

    source = tmp_path / "brief.pdf"
    source.write_bytes(briefs[locale])
    result = subprocess.run(["pdftoppm", "-r", "60", "-png", "-f", "1", "-l", "1", str(source),
                             str(tmp_path / "page")], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""  # poppler complains about broken fonts or objects here
    [png] = tmp_path.glob("page*.png")
    image = Image.open(png).convert("L")
    assert abs(image.size[0] - 496) <= 1 and abs(image.size[1] - 702) <= 1  # A4 at 60 dpi
    dark = sum(image.histogram()[:128])
    assert dark > 2000  # text was drawn, not an empty page
