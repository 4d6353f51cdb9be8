"""Checks on the demo data files in needs/demo/data/.

Plain file checks (json and yaml only): the inventory follows the matching
exchange format with valid codes, and the demo survey responses are complete.
"""

import json
import re
from collections import Counter
from datetime import date
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
DEMO = ROOT / "needs" / "demo" / "data"
VOCABULARY = ROOT / "needs" / "vocabulary" / "data"

UN_LANGUAGES = {"ar", "zh", "en", "fr", "ru", "es"}
THEMES = {
    "data", "skilled-labour", "low-skilled-labour", "integration", "coherence",
    "security", "rights", "demography", "environment", "remittances",
    "diaspora", "internal-urban", "gender", "evaluation", "perceptions",
    "migration-law", "migration-management", "pre-departure", "education",
    "entrepreneurship", "trade-mobility", "return-reintegration",
    "trafficking", "health",
}
CAPACITY_TYPE = {"policy", "technical"}
LEVEL = {"individual", "organizational"}
AUDIENCE = {
    "government", "local-authorities", "civil-society", "academia",
    "trade-unions", "employers", "journalists", "diaspora-organizations",
    "consular",
}
DELIVERY = {"online", "face-to-face", "blended"}
KIND = {"course", "workshop", "tool", "technical-assistance", "knowledge-product", "network"}
STATUS = {"existing", "planned"}
REPLICATION = {"enrol", "national-edition", "adapt-materials", "train-the-trainer", "technical-assistance"}
LANGUAGES = {"ar", "zh", "en", "fr", "ru", "es", "pt"}
REGIONS = {"global", "africa", "americas", "asia", "europe", "oceania"}
TIMING = {"within-6-months", "6-12-months", "later"}

REQUIRED = {
    "id": str, "agency": str, "kind": str, "title": str, "description": str,
    "text_language": str, "themes": list, "capacity_type": list, "level": list,
    "audience": list, "delivery": str, "languages": list, "regions": list,
    "status": str,
}
OPTIONAL = {
    "partners", "certification", "replication", "translations", "sessions",
    "contact", "link", "duration", "cost", "recommendations",
}
SESSION_FIELDS = {"start", "end", "place", "online", "language", "seats", "deadline"}


def load_yaml(path):
    with open(path, encoding="utf-8") as fh:
        return yaml.safe_load(fh)


@pytest.fixture(scope="module")
def activities():
    records = []
    with open(DEMO / "activities.jsonl", encoding="utf-8") as fh:
        for number, line in enumerate(fh, 1):
            assert line.strip(), f"activities.jsonl:{number} is blank"
            records.append(json.loads(line))
    return records


@pytest.fixture(scope="module")
def agency_codes():
    return {a["code"] for a in load_yaml(VOCABULARY / "agencies.yaml")}


@pytest.fixture(scope="module")
def recommendation_codes():
    return {r["code"] for r in load_yaml(VOCABULARY / "gfmd_recommendations.yaml")}


@pytest.fixture(scope="module")
def responses():
    return load_yaml(DEMO / "demo_responses.yaml")


def codes_ok(values, allowed):
    return isinstance(values, list) and values and len(values) == len(set(values)) and set(values) <= allowed


def test_inventory_size_and_ids(activities, agency_codes):
    assert len(activities) >= 64
    ids = [a["id"] for a in activities]
    assert len(ids) == len(set(ids)), "duplicate activity id"
    for a in activities:
        assert a["agency"] in agency_codes, a["id"]
        assert re.fullmatch(re.escape(a["agency"]) + r"-\d{4}", a["id"]), a["id"]


def test_activity_fields_and_codes(activities, agency_codes, recommendation_codes):
    for a in activities:
        where = a.get("id", "?")
        for field, kind in REQUIRED.items():
            assert isinstance(a.get(field), kind), f"{where}: {field}"
        assert set(a) <= set(REQUIRED) | OPTIONAL, f"{where}: unknown fields {set(a) - set(REQUIRED) - OPTIONAL}"
        assert a["title"].strip() and a["description"].strip(), where
        assert a["kind"] in KIND, where
        assert a["text_language"] in UN_LANGUAGES, where
        assert codes_ok(a["themes"], THEMES), where
        assert codes_ok(a["capacity_type"], CAPACITY_TYPE), where
        assert codes_ok(a["level"], LEVEL), where
        assert codes_ok(a["audience"], AUDIENCE), where
        assert a["delivery"] in DELIVERY, where
        assert codes_ok(a["languages"], LANGUAGES), where
        assert a["text_language"] in a["languages"], where
        assert codes_ok(a["regions"], REGIONS), where
        assert a["status"] in STATUS, where
        if "certification" in a:
            assert isinstance(a["certification"], bool), where
        if "replication" in a:
            assert codes_ok(a["replication"], REPLICATION), where
        if "partners" in a:
            assert codes_ok(a["partners"], agency_codes), where
            assert a["agency"] not in a["partners"], where
        if "recommendations" in a:
            assert codes_ok(a["recommendations"], recommendation_codes), where
        if "contact" in a:
            assert re.fullmatch(r"[^<>]+ <[\w.+-]+@([\w-]+\.)*example\.org>", a["contact"]), where
        if "link" in a:
            assert a["link"].startswith("https://example.org/"), where
        if "duration" in a:
            assert isinstance(a["duration"], str) and a["duration"].strip(), where
        if "cost" in a:
            assert set(a["cost"]) == {"amount", "currency"}, where
            assert isinstance(a["cost"]["amount"], (int, float)) and a["cost"]["amount"] >= 0, where
            assert re.fullmatch(r"[A-Z]{3}", a["cost"]["currency"]), where


def test_translations(activities):
    translated = [a for a in activities if a.get("translations")]
    assert len(translated) >= len(activities) // 4
    for a in translated:
        tr = a["translations"]
        assert 1 <= len(tr) <= 5, a["id"]
        for lang, text in tr.items():
            assert lang in UN_LANGUAGES and lang != a["text_language"], (a["id"], lang)
            assert set(text) == {"title", "description"}, (a["id"], lang)
            assert text["title"].strip() and text["description"].strip(), (a["id"], lang)


def test_sessions(activities):
    with_sessions = [a for a in activities if a.get("sessions")]
    assert len(with_sessions) >= 10
    for a in with_sessions:
        for s in a["sessions"]:
            where = (a["id"], s.get("start"))
            assert set(s) == SESSION_FIELDS, where
            deadline, start, end = (date.fromisoformat(s[k]) for k in ("deadline", "start", "end"))
            assert deadline <= start <= end, where
            assert start.year == 2027, where
            assert isinstance(s["online"], bool), where
            if s["online"]:
                assert s["place"] is None, where
            else:
                assert isinstance(s["place"], str) and s["place"].strip(), where
            assert s["language"] in a["languages"], where
            assert isinstance(s["seats"], int) and s["seats"] > 0, where


def test_coverage_and_mix(activities):
    covered = {t for a in activities for t in a["themes"]}
    assert covered == THEMES - {"demography"}, "every theme but demography has an offer"
    langs = Counter(a["text_language"] for a in activities)
    assert set(langs) == UN_LANGUAGES
    assert 0.5 <= langs["en"] / len(activities) <= 0.7
    assert Counter(a["status"] for a in activities)["planned"] >= 3
    assert len({a["delivery"] for a in activities}) == 3
    assert {r for a in activities for r in a.get("replication", [])} == REPLICATION
    assert {k for a in activities for k in [a["kind"]]} == KIND


def test_demo_responses(responses, recommendation_codes):
    expected = {"zh": "CHN", "ar": "EGY", "fr": "SEN", "es": "MEX", "ru": "KGZ", "en": "PHL"}
    assert isinstance(responses, list) and len(responses) == 6
    assert {r["language"]: r["country"] for r in responses} == expected
    need_ids = []
    for r in responses:
        where = r["id"]
        assert set(r) == {"id", "country", "language", "institution", "recommendations", "needs"}, where
        assert r["institution"]["name"].strip() and r["institution"]["mandate"].strip(), where
        assert 1 <= len(r["recommendations"]) <= 2, where
        assert set(r["recommendations"]) <= recommendation_codes, where
        assert 2 <= len(r["needs"]) <= 4, where
        demography = 0
        for n in r["needs"]:
            need_ids.append(n["id"])
            w = n["id"]
            assert n["text"].strip(), w
            assert codes_ok(n["themes"], THEMES), w
            assert n["capacity_type"] in CAPACITY_TYPE, w
            assert n["level"] in LEVEL, w
            assert codes_ok(n["audience"], AUDIENCE), w
            assert codes_ok(n["delivery"], DELIVERY), w
            assert codes_ok(n["languages"], LANGUAGES), w
            assert n["priority"] in (1, 2, 3), w
            assert isinstance(n["people"], int) and n["people"] > 0, w
            assert n["timing"] in TIMING, w
            demography += "demography" in n["themes"]
        assert demography == 1, f"{where}: one need about demographic change"
    assert len(need_ids) == len(set(need_ids)), "duplicate need id"
