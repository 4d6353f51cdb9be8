"""Section pages filled into compiled markup: the same page as the form rendered question by question,
escaped, in the reader's language, and new markup for a new version or edited GFMD recommendations."""

from __future__ import annotations

import datetime as dt
import re
from types import SimpleNamespace

import pytest

from tests.conftest import sign_in
from tests.surveys.survey_app_support import hidden, open_round, start, store_answers, valid_answers

SCRIPT = '<script>alert("answer")</script>'
QUOTE = '"><img src=x onerror=alert(1)>'

# Stored answers as drafts hold them, and some they should not hold but a page must still show as the
# form would: numbers where text goes, text where a list goes, true where a number goes.
ANSWERS = [
    {},
    valid_answers(),
    {**valid_answers(), "institution_kind": "other", "institution_kind_other": SCRIPT, "institution_name": QUOTE},
    {
        "institution_name": 42,
        "institution_kind": ["labour"],
        "institution_mandate": "a\nb & c",
        "needs": [
            {"need_themes": "data", "need_people": "many", "need_priority": 3, "present": "1"},
            {"need_description": SCRIPT, "need_themes": [], "need_people": 2.5},
        ],
        "gfmd_implemented": ["does-not-exist"],
        "constraints": ["budget", "time"],
        "budget_detail": True,
        "training_days": None,
        "host_interest": "yes",
        "host_contribution": ["venue"],
    },
    {"needs": [], "past_training": "yes", "past_partners": ["IOM", "<b>"], "host_interest": "no"},
]


def _document(app):
    from needs.extensions import db
    from needs.surveys import catalog
    from needs.surveys.models import SurveyVersion

    version_id, _round_id = open_round(app)
    with app.app_context():
        version = db.session.get(SurveyVersion, version_id)
        return SimpleNamespace(id=version.id, checksum=version.checksum), catalog.document(version)


def _page(app, version, doc, section: str, answers: dict, locale: str, *, with_form: bool, n: int = 0) -> str:
    """render_section of stored answers: the compiled way (no form), or the macros' way (a bound form)."""
    from needs.surveys import pages
    from needs.surveys.forms import build_form

    part = next(s for s in doc["sections"] if s["name"] == section)
    deadline = dt.datetime(2030, 1, 31, 12) + dt.timedelta(days=n)  # per response: never kept in markup
    response = SimpleNamespace(
        id=7 + n, answers=answers, revision=3 + n, round=SimpleNamespace(title=f"Round <{n}>", deadline=deadline)
    )
    with app.test_request_context(f"/surveys/responses/{7 + n}/sections/{section}?lang={locale}"):
        form = build_form(version.checksum, doc, part, locale, answers=answers) if with_form else None
        html, status = pages.render_section(response, version, doc, part, form, locale)
    assert status == 200
    return re.sub(r'name="csrf_token" value="[^"]+"', "", html)


@pytest.mark.parametrize("locale", ["ar", "zh", "en", "fr", "ru", "es"])
def test_compiled_page_equals_the_page_rendered_question_by_question(app, locale):
    from needs.surveys import section_markup

    version, doc = _document(app)
    for n, answers in enumerate([*ANSWERS, ANSWERS[1]]):
        for section in doc["sections"]:
            compiled = _page(app, version, doc, section["name"], answers, locale, with_form=False, n=n)
            assert compiled == _page(app, version, doc, section["name"], answers, locale, with_form=True, n=n)
    assert any(key[0] == version.checksum and key[2] == locale for key in section_markup._COMPILED)


def test_stored_values_are_what_the_form_binds(app):
    from needs.surveys import section_markup
    from needs.surveys.definitions.model import REPEAT
    from needs.surveys.forms import build_form, section_answers

    version, doc = _document(app)
    with app.test_request_context("/"):
        for answers in ANSWERS:
            for part in doc["sections"]:
                form = build_form(version.checksum, doc, part, "en", answers=answers)
                values = section_markup.stored_values(part, answers)
                for item in part["items"]:
                    if item["type"] == REPEAT:
                        entries = form[item["name"]].entries
                        assert len(values[item["name"]]) == len(entries)
                        for entry, stored in zip(entries, values[item["name"]], strict=True):
                            assert stored == {name: field.data for name, field in entry.form._fields.items()}
                    elif item["name"] in form:
                        assert values[item["name"]] == form[item["name"]].data
                assert section_markup.values_answers(part, values) == section_answers(part, form)


def test_answers_escaped_from_the_cache_and_labels_follow_the_language(app, client, make_user, login):
    _version, round_id = open_round(app)
    login(make_user("focal_point", country="SEN", language="en"))
    response_id = start(client, round_id)
    answers = {
        **valid_answers(),
        "institution_name": SCRIPT,
        "institution_kind": "other",
        "institution_kind_other": QUOTE,
    }
    answers["needs"][0]["need_description"] = QUOTE + SCRIPT
    store_answers(app, response_id, answers)
    for section in ("institution", "needs_section"):
        url = f"/surveys/responses/{response_id}/sections/{section}"
        first, second = (client.get(url).get_data(as_text=True) for _ in range(2))
        for page in (first, second):
            assert SCRIPT not in page and QUOTE not in page and "&lt;script&gt;" in page
    page = client.get(f"/surveys/responses/{response_id}/sections/institution").get_data(as_text=True)
    english_label = re.search(r'<label class="field__label" for="a-institution_name">([^<]+)', page).group(1)
    reply = client.post(
        f"/surveys/responses/{response_id}/sections/institution",
        data={
            "revision": hidden(page, "revision"),
            "section": "institution",
            "action": "lang:fr",
            "a-institution_name": SCRIPT,
            "a-institution_kind": "other",
            "a-institution_kind_other": QUOTE,
            "a-focal_point_role": "Director",
        },
    )
    assert reply.status_code == 302
    french = client.get(reply.location).get_data(as_text=True)
    french_label = re.search(r'<label class="field__label" for="a-institution_name">([^<]+)', french).group(1)
    assert 'lang="fr"' in french and french_label != english_label
    assert SCRIPT not in french and QUOTE not in french
    assert 'value="&#34;&gt;&lt;img src=x onerror=alert(1)&gt;"' in french
    assert 'data-path="institution_kind_other">' in french  # "other" chosen: the question shows


def test_a_new_version_gets_its_own_markup(app, client, make_user, login):
    import yaml

    from needs.db import write_intent
    from needs.extensions import db
    from needs.surveys import catalog, rounds
    from needs.surveys.definitions import SHIPPED_SURVEY

    _version_id, round_id = open_round(app)
    login(make_user("focal_point", country="SEN"))
    old = start(client, round_id)
    url = "/surveys/responses/{}/sections/institution"
    assert "(changed)" not in client.get(url.format(old)).get_data(as_text=True)
    changed = yaml.safe_load(SHIPPED_SURVEY.read_text(encoding="utf-8"))
    changed["sections"][0]["items"][0]["label"]["en"] = "Name of the ministry (changed)"
    with app.app_context(), write_intent():
        version, _ = catalog.import_file(
            yaml.safe_dump(changed, allow_unicode=True).encode(), filename="changed.yaml", publish=True
        )
        now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
        new_round = rounds.open_round(
            title="Second round",
            version_id=version.id,
            opens_at=now - dt.timedelta(days=1),
            deadline=now + dt.timedelta(days=9),
        )
        db.session.commit()
        new_round_id = new_round.id
    other = app.test_client()
    assert sign_in(other, make_user("focal_point", country="MEX")).status_code == 302
    new = start(other, new_round_id)
    assert "Name of the ministry (changed)" in other.get(url.format(new)).get_data(as_text=True)
    assert "(changed)" not in client.get(url.format(old)).get_data(as_text=True)


def test_edited_gfmd_recommendations_show_at_once(app, client, make_user, login):
    import sqlalchemy as sa

    from needs.db import write_intent
    from needs.extensions import db
    from needs.vocabulary.models import GfmdRecommendation

    _version, round_id = open_round(app)
    login(make_user("focal_point", country="SEN"))
    response_id = start(client, round_id)
    url = f"/surveys/responses/{response_id}/sections/gfmd"
    assert client.get(url).status_code == 200
    with app.app_context(), write_intent():
        recommendation = db.session.scalar(sa.select(GfmdRecommendation).order_by(GfmdRecommendation.id).limit(1))
        recommendation.title = {**recommendation.title, "en": "Edited <title>"}
        code = recommendation.code
        db.session.commit()
    store_answers(app, response_id, {"gfmd_implemented": [code]})
    page = client.get(url).get_data(as_text=True)
    assert "Edited &lt;title&gt;" in page and "Edited <title>" not in page
    ticked = re.findall(r'<input type="checkbox" name="a-gfmd_implemented" id="[^"]+" value="([^"]+)" checked>', page)
    assert ticked == [code]


def test_ticked_options_are_exactly_the_chosen_ones():
    from types import SimpleNamespace as Choice

    from needs.surveys.section_markup import choice_items, option_items

    choices = [Choice(value=v, label=v.upper()) for v in ("a", "b", "c", "d")]
    many = SimpleNamespace(choices=choices, name="a-q", id="a-q", data=["d", "b", "zz"])
    html = str(choice_items(many, many=True))
    expected = "".join(
        f'<li><input type="checkbox" name="a-q" id="a-q-{i}" value="{v}"{" checked" if v in ("b", "d") else ""}>'
        f' <label for="a-q-{i}">{v.upper()}</label></li>'
        for i, v in enumerate("abcd")
    )
    assert html == expected
    one = SimpleNamespace(choices=choices, name="a-r", id="a-r", data=None)
    assert " checked" not in str(choice_items(one, many=False))
    select = str(option_items(SimpleNamespace(choices=choices, name="a-s", id="a-s"), "c"))
    assert select.count(" selected") == 1 and '<option value="c" selected>C</option>' in select


def test_section_urls_are_those_of_url_for(app):
    from flask import url_for

    from needs.surveys.pages import section_urls

    for root in ("", "/needs"):
        with app.test_request_context("/", base_url=f"http://localhost{root}/"):
            for names in (["institution", "needs_section", "a.b-c_d"], ["institution", "é t"]):
                urls = section_urls(12, names)
                assert urls == {n: url_for("surveys.section", response_id=12, name=n) for n in names}
                assert urls["institution"] == f"{root}/surveys/responses/12/sections/institution"


def test_each_session_gets_its_own_token_from_the_compiled_page(app, make_user):
    _version, round_id = open_round(app)
    first, second = app.test_client(), app.test_client()
    sign_in(first, make_user("focal_point", country="SEN"))
    sign_in(second, make_user("focal_point", country="SEN"))
    response_id = start(first, round_id)
    assert start(second, round_id) == response_id  # one response: the same compiled page for both
    url = f"/surveys/responses/{response_id}/sections/institution"
    app.config["WTF_CSRF_ENABLED"] = True
    tokens = {}
    for name, client in (("first", first), ("second", second)):
        for _ in range(2):
            page = client.get(url).get_data(as_text=True)
            found = set(re.findall(r'name="csrf_token" value="([^"]+)"', page))
            assert len(found) == 1  # the header's forms and the section's carry the session's token
            tokens.setdefault(name, []).append(found.pop())
    assert not set(tokens["first"]) & set(tokens["second"])
    form = {"revision": "1", "section": "institution", "action": "save", "a-institution_name": "Ministry"}
    assert second.post(url, data={**form, "csrf_token": tokens["first"][0]}).status_code == 400
    assert second.post(url, data={**form, "csrf_token": tokens["second"][1]}).status_code == 302
