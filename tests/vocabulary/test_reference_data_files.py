"""Checks on the reference data files in needs/vocabulary/data/.

Plain file checks (yaml only): the files parse, every code list matches the
controlled vocabulary, and every label exists in the six UN languages.
"""

import re
from pathlib import Path

import pytest
import yaml

DATA = Path(__file__).resolve().parents[2] / "needs" / "vocabulary" / "data"

UN_LANGUAGES = ("ar", "zh", "en", "fr", "ru", "es")

# The controlled vocabulary, in its canonical order.
EXPECTED_CODES = {
    "themes": [
        "data", "skilled-labour", "low-skilled-labour", "integration",
        "coherence", "security", "rights", "demography", "environment",
        "remittances", "diaspora", "internal-urban", "gender", "evaluation",
        "perceptions", "migration-law", "migration-management",
        "pre-departure", "education", "entrepreneurship", "trade-mobility",
        "return-reintegration", "trafficking", "health",
    ],
    "capacity_type": ["policy", "technical"],
    "level": ["individual", "organizational"],
    "audience": [
        "government", "local-authorities", "civil-society", "academia",
        "trade-unions", "employers", "journalists", "diaspora-organizations",
        "consular",
    ],
    "delivery": ["online", "face-to-face", "blended"],
    "activity_kind": [
        "course", "workshop", "tool", "technical-assistance",
        "knowledge-product", "network",
    ],
    "activity_status": ["existing", "planned"],
    "replication": [
        "enrol", "national-edition", "adapt-materials", "train-the-trainer",
        "technical-assistance",
    ],
    "languages": ["ar", "zh", "en", "fr", "ru", "es", "pt"],
    "regions": ["global", "africa", "americas", "asia", "europe", "oceania"],
}
WITH_DESCRIPTION = {"themes", "replication"}

# Scripts expected in each language's text, to catch a label pasted into the
# wrong language.
SCRIPT = {
    "ar": re.compile(r"[\u0600-\u06FF]"),
    "zh": re.compile(r"[\u4E00-\u9FFF]"),
    "ru": re.compile(r"[\u0400-\u04FF]"),
    "en": re.compile(r"[A-Za-z]"),
    "fr": re.compile(r"[A-Za-z]"),
    "es": re.compile(r"[A-Za-z]"),
}


def load(name):
    with open(DATA / name, encoding="utf-8") as fh:
        return yaml.safe_load(fh)


def assert_six_languages(value, where):
    assert isinstance(value, dict), f"{where}: expected a mapping of languages"
    assert set(value) == set(UN_LANGUAGES), f"{where}: languages {sorted(value)}"
    for lang in UN_LANGUAGES:
        text = value[lang]
        assert isinstance(text, str) and text.strip(), f"{where}.{lang} is empty"
        assert text == text.strip(), f"{where}.{lang} has stray whitespace"
        assert SCRIPT[lang].search(text), f"{where}.{lang} is not in {lang} script"


@pytest.fixture(scope="module")
def vocabulary():
    return load("vocabulary.yaml")


@pytest.fixture(scope="module")
def agencies():
    return load("agencies.yaml")


@pytest.fixture(scope="module")
def recommendations():
    return load("gfmd_recommendations.yaml")


def test_vocabulary_lists_and_order(vocabulary):
    assert list(vocabulary) == list(EXPECTED_CODES)
    for key, codes in EXPECTED_CODES.items():
        assert list(vocabulary[key]) == codes, key


@pytest.mark.parametrize("key", list(EXPECTED_CODES))
def test_vocabulary_labels(vocabulary, key):
    for code, entry in vocabulary[key].items():
        expected = {"label", "description"} if key in WITH_DESCRIPTION else {"label"}
        assert set(entry) == expected, f"{key}.{code}: {sorted(entry)}"
        assert_six_languages(entry["label"], f"{key}.{code}.label")
        if key in WITH_DESCRIPTION:
            assert_six_languages(entry["description"], f"{key}.{code}.description")


def test_language_names_are_autonyms_in_their_own_language(vocabulary):
    names = vocabulary["languages"]
    assert names["fr"]["label"]["fr"] == "français"
    assert names["ru"]["label"]["ru"] == "русский"
    assert names["zh"]["label"]["zh"] == "中文"
    assert names["ar"]["label"]["ar"] == "العربية"


def test_agencies(agencies):
    assert isinstance(agencies, list) and len(agencies) >= 29
    codes = [a["code"] for a in agencies]
    assert len(codes) == len(set(codes)), "duplicate agency code"
    for required in ("ILO", "IOM", "ITCILO", "OHCHR", "UNCTAD", "UNDESA", "UNDP",
                     "UNESCO", "UNFPA", "UNHCR", "UNICEF", "UNITAR", "UNODC",
                     "UNECE", "ESCAP", "ECA", "ECLAC", "ESCWA", "UNWOMEN", "WB",
                     "KNOMAD", "WHO", "FAO", "IFAD", "WTI", "JMDI", "GFMD-SU",
                     "ICMPD", "MPI"):
        assert required in codes, required
    for agency in agencies:
        where = f"agency {agency['code']}"
        assert set(agency) == {"code", "name", "kind", "gmg_member", "url"}, where
        assert re.fullmatch(r"[A-Z][A-Z0-9-]+", agency["code"]), where
        assert_six_languages(agency["name"], where)
        assert agency["kind"] in {"agency", "initiative", "partner"}, where
        assert isinstance(agency["gmg_member"], bool), where
        assert agency["url"].startswith("https://"), where


def test_recommendations(recommendations):
    assert isinstance(recommendations, list) and len(recommendations) >= 12
    codes = [r["code"] for r in recommendations]
    assert len(codes) == len(set(codes)), "duplicate recommendation code"
    themes = set(EXPECTED_CODES["themes"])
    years = set()
    for rec in recommendations:
        where = f"recommendation {rec['code']}"
        assert set(rec) == {"code", "meeting", "year", "round_table", "title",
                            "text", "themes"}, where
        assert rec["code"].startswith(f"GFMD-{rec['year']}-"), where
        assert 2007 <= rec["year"] <= 2014, where
        years.add(rec["year"])
        assert isinstance(rec["round_table"], str) and rec["round_table"].strip(), where
        for field in ("meeting", "title", "text"):
            assert_six_languages(rec[field], f"{where}.{field}")
        assert rec["themes"] and set(rec["themes"]) <= themes, where
    # Every meeting from Brussels 2007 to the Swedish chair is represented.
    assert {2007, 2008, 2009, 2010, 2011, 2012} <= years
    assert years & {2013, 2014}
