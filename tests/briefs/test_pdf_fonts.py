"""A missing font stops the build with a message naming the package to install, never empty boxes."""

import io
import shutil

import pytest
from pypdf import PdfReader

from needs.briefs.pdf import FontMissingError, build_brief
from needs.briefs.pdf_fonts import FONT_DIR_ENV, SOURCES
from needs.briefs.pdf_sample import sample_brief


@pytest.mark.parametrize("locale, package", [
    ("en", "pip install fontpkg-noto-sans"),
    ("ru", "pip install fontpkg-noto-sans"),
    ("ar", "pip install fontpkg-noto-sans-arabic"),
    ("zh", "apt-get install fonts-wqy-zenhei"),
])
def test_empty_font_folder_names_the_package(tmp_path, locale, package):
    with pytest.raises(FontMissingError, match=package):
        build_brief(sample_brief(locale), locale, font_dir=tmp_path)


def test_environment_variable_points_the_lookup_elsewhere(tmp_path, monkeypatch):
    monkeypatch.setenv(FONT_DIR_ENV, str(tmp_path))
    with pytest.raises(FontMissingError, match="fontpkg-noto-sans"):
        build_brief(sample_brief("fr"), "fr")


def folder_with(tmp_path, *keys):
    for key in keys:
        source = SOURCES[key]
        shutil.copy(source.locate(None), tmp_path / source.filename)
    return tmp_path


def test_a_brief_needs_only_the_fonts_of_its_text(tmp_path):
    pdf = build_brief(sample_brief("es"), "es", font_dir=folder_with(tmp_path, "latin"))
    assert "Necesidades expresadas" in PdfReader(io.BytesIO(pdf)).pages[0].extract_text()


def test_chinese_words_in_a_latin_brief_need_the_chinese_font(tmp_path):
    data = sample_brief("en")
    data["needs"][0]["matches"][0]["title"] = "移民治理基础"
    with pytest.raises(FontMissingError, match="apt-get install fonts-wqy-zenhei"):
        build_brief(data, "en", font_dir=folder_with(tmp_path, "latin"))


def test_fonts_are_truetype_outlines():
    from reportlab.pdfbase.ttfonts import TTFontFile

    for source in SOURCES.values():
        path = source.locate(None)
        assert path is not None, source.install
        face = TTFontFile(str(path), subfontIndex=source.subfont)  # refuses CFF (PostScript) outlines
        assert face.name


def strings_in(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from strings_in(item)
    elif isinstance(value, list):
        for item in value:
            yield from strings_in(item)


@pytest.mark.parametrize("locale", ["ar", "zh", "en", "fr", "ru", "es"])
def test_every_character_is_drawn_in_a_face_that_has_it(locale):
    from needs.briefs.pdf import LABELS
    from needs.briefs.pdf_fonts import FontSet

    fonts = FontSet(locale)
    texts = [*strings_in(sample_brief(locale)), *LABELS.values(), "\u2022 \u00b7 \u2014 \u2026"]
    for text in texts:
        for font, run in fonts.runs(text):
            missing = [c for c in run if not c.isspace() and not fonts.has_glyph(font, c)]
            assert not missing, (font, run)
