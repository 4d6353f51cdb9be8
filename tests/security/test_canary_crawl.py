"""SECURITY 3: canaries in each country's answers and each focal point's personal data; every page and
download crawled as every other account. A focal point never sees another country's canaries; agencies
see needs but never personal canaries; only CDTF and administrators see personal data."""

import pytest

from tests.conftest import sign_in
from tests.security.crawl import crawl

PERSONAL = {"PHL": ("Canary Ligaya PHLNAME", "canary.phl.email@test.example.org", "+63 999 CANARYPHONE"),
            "SEN": ("Canary Awa SENNAME", "canary.sen.email@test.example.org", "+221 777 CANARYPHONESN")}


@pytest.fixture
def population(app, make_user):
    people = {}
    for country, (name, email, phone) in PERSONAL.items():
        people[country] = make_user("focal_point", country=country, name=name, email=email, phone=phone)
    answers = _seed_answers(app)
    return people, answers


def _seed_answers(app) -> dict[str, list[str]]:
    """Country answers with canaries, through the surveys feature when it is present."""
    try:
        from tests.security import canary_answers
    except ImportError:
        return {}
    return canary_answers.seed(app)


def _all_personal(country):
    return PERSONAL[country]


@pytest.mark.parametrize("viewer_role", ["focal_point", "agency"])
def test_no_foreign_canaries(app, make_user, population, viewer_role):
    _, answers = population
    viewer = make_user(viewer_role, country="MEX") if viewer_role == "focal_point" else make_user("agency")
    client = app.test_client()
    sign_in(client, viewer)
    pages = crawl(client)
    assert len(pages) > 3
    for path, text in pages.items():
        for country in PERSONAL:
            for canary in _all_personal(country):
                assert canary not in text, f"{viewer_role} saw {canary!r} on {path}"
            if viewer_role == "focal_point":
                for canary in answers.get(country, []):
                    assert canary not in text, f"focal point of MEX saw {canary!r} on {path}"


def test_focal_point_sees_own_but_not_other_country(app, population):
    people, answers = population
    client = app.test_client()
    sign_in(client, people["PHL"])
    pages = crawl(client)
    for path, text in pages.items():
        for canary in _all_personal("SEN") + tuple(answers.get("SEN", [])):
            assert canary not in text, f"PHL focal point saw {canary!r} on {path}"
    if answers:
        assert any(answers["PHL"][0] in text for text in pages.values())


def test_anonymous_sees_no_canary(app, population):
    _, answers = population
    pages = crawl(app.test_client())
    everything = [c for country in PERSONAL for c in _all_personal(country)]
    everything += [c for values in answers.values() for c in values]
    for path, text in pages.items():
        for canary in everything:
            assert canary not in text, f"anonymous saw {canary!r} on {path}"


def test_admin_sees_personal_data(app, make_user, population):
    client = app.test_client()
    sign_in(client, make_user("admin"))
    pages = crawl(client)
    assert any(PERSONAL["SEN"][1] in text for text in pages.values())
