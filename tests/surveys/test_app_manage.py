"""CDTF pages: upload with located problems, preview in each language, publish, rounds; the blank
questionnaire; the import-survey command; the demo."""

from __future__ import annotations

import io

import openpyxl
import sqlalchemy as sa

from needs.extensions import db
from tests.conftest import sign_in
from tests.surveys.survey_app_support import open_round


def _xlsx(rows, choices=()) -> bytes:
    book = openpyxl.Workbook()
    survey = book.active
    survey.title = "survey"
    survey.append(["type", "name", "label::English (en)", "label::Français (fr)", "relevant"])
    for row in rows:
        survey.append(list(row))
    sheet = book.create_sheet("choices")
    sheet.append(["list_name", "name", "label::English (en)", "label::Français (fr)"])
    for row in choices:
        sheet.append(list(row))
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _staff(app, make_user):
    client = app.test_client()
    sign_in(client, make_user("cdtf"))
    return client


def _counts():
    from needs.surveys.models import Survey, SurveyVersion

    return tuple(db.session.scalar(sa.select(sa.func.count()).select_from(m)) for m in (Survey, SurveyVersion))


def test_bad_xlsform_is_refused_with_every_problem_located(app, make_user):
    staff = _staff(app, make_user)
    data = _xlsx([("text", "name", "Name", "Nom", None),
                  ("texte", "q2", "Q2", "Q2", None),
                  ("select_one missing", "q3", "Q3", "Q3", None),
                  ("text", "q4", "Q4", "Q4", "${nowhere} = 1")])
    reply = staff.post("/surveys/manage/upload", data={"definition": (io.BytesIO(data), "bad.xlsx")},
                       content_type="multipart/form-data")
    assert reply.status_code == 422
    html = reply.get_data(as_text=True)
    assert "Unknown question type" in html and "does not exist" in html and "nowhere" in html
    assert "<td>survey</td><td>3</td>" in html and "<td>survey</td><td>5</td>" in html
    with app.app_context():
        assert _counts() == (0, 0)


def test_problems_are_listed_in_the_reviewer_language_and_escaped(app, make_user):
    staff = _staff(app, make_user)
    data = _xlsx([("texte", "q1", "<b>Q1</b>", "Q1", None), ("select_one <script>x", "q2", "Q2", "Q2", None)])
    reply = staff.post("/surveys/manage/upload?lang=fr", data={"definition": (io.BytesIO(data), "bad.xlsx")},
                       content_type="multipart/form-data")
    assert reply.status_code == 422
    html = reply.get_data(as_text=True)
    assert "Type de question inconnu « texte »." in html
    assert "La liste de choix « &lt;script&gt;x » n&#39;existe pas." in html or "&lt;script&gt;x" in html
    assert "<script>x" not in html


def test_legacy_xls_workbook_is_refused_with_what_to_do(app, make_user):
    staff = _staff(app, make_user)
    ole2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(1000)
    reply = staff.post("/surveys/manage/upload?lang=es", data={"definition": (io.BytesIO(ole2), "old.xls")},
                       content_type="multipart/form-data")
    assert reply.status_code == 422
    assert "guarde el archivo como libro .xlsx" in reply.get_data(as_text=True)
    with app.app_context():
        assert _counts() == (0, 0)


def test_upload_preview_in_each_language_then_publish_and_open_a_round(app, make_user):
    staff = _staff(app, make_user)
    data = _xlsx([("text", "name", "Name of the ministry", "Nom du ministère", None),
                  ("select_one yn", "ok", "Agree?", "D'accord ?", None)],
                 [("yn", "yes", "Yes", "Oui"), ("yn", "no", "No", "Non")])
    reply = staff.post("/surveys/manage/upload", data={"definition": (io.BytesIO(data), "small.xlsx")},
                       content_type="multipart/form-data")
    assert reply.status_code == 302
    preview = reply.location
    assert "Nom du ministère" in staff.get(preview + "?show=fr").get_data(as_text=True)
    assert "Name of the ministry" in staff.get(preview + "?show=en").get_data(as_text=True)
    version_id = int(preview.rstrip("/").rsplit("/", 1)[1])
    # an unpublished version cannot take a round, and focal points cannot see it
    focal = app.test_client()
    sign_in(focal, make_user("focal_point", country="KGZ"))
    assert focal.get(f"/surveys/versions/{version_id}/questionnaire").status_code == 404
    assert staff.post(f"/surveys/manage/versions/{version_id}/publish").status_code == 302
    assert focal.get(f"/surveys/versions/{version_id}/questionnaire?show=fr").status_code == 200
    reply = staff.post("/surveys/manage/rounds/new", data={"title": "Pilot", "version_id": version_id,
                                                          "opens": "2026-01-01", "deadline": "2030-12-31"})
    assert reply.status_code == 302
    assert "Pilot" in focal.get("/surveys/").get_data(as_text=True)
    round_id = int(reply.location.rstrip("/").rsplit("/", 1)[1])
    assert staff.post(f"/surveys/manage/rounds/{round_id}/close").status_code == 302
    assert "Pilot" not in focal.get("/surveys/").get_data(as_text=True)
    assert focal.post(f"/surveys/rounds/{round_id}/start").status_code == 302
    from needs.surveys.models import Response

    with app.app_context():
        assert db.session.scalar(sa.select(sa.func.count()).select_from(Response)) == 0


def test_focal_points_cannot_reach_cdtf_pages(app, make_user):
    focal = app.test_client()
    sign_in(focal, make_user("focal_point", country="KGZ"))
    for url in ("/surveys/manage/", "/surveys/manage/upload", "/surveys/manage/rounds/new"):
        assert focal.get(url).status_code == 403


def test_blank_questionnaire_in_arabic_is_right_to_left(app, make_user):
    version_id, _round_id = open_round(app)
    focal = app.test_client()
    sign_in(focal, make_user("focal_point", country="EGY", language="ar"))
    html = focal.get(f"/surveys/versions/{version_id}/questionnaire").get_data(as_text=True)
    assert 'dir="rtl"' in html and "اسم المؤسسة" in html or "المؤسسة" in html
    chinese = focal.get(f"/surveys/versions/{version_id}/questionnaire?show=zh").get_data(as_text=True)
    assert 'lang="zh"' in chinese


def test_import_survey_command(app, runner, tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("name: x\n", encoding="utf-8")
    result = runner.invoke(args=["import-survey", str(bad)])
    assert result.exit_code == 1
    from needs.surveys.definitions import SHIPPED_SURVEY

    result = runner.invoke(args=["import-survey", str(SHIPPED_SURVEY), "--publish"])
    assert result.exit_code == 0 and "version 1 (new, published)" in result.output
    result = runner.invoke(args=["import-survey", str(SHIPPED_SURVEY), "--publish"])
    assert "version 1 (unchanged, published)" in result.output


def test_demo_is_idempotent_and_covers_six_countries(app, runner):
    from needs.db import write_intent
    from needs.demo.loader import load_demo
    from needs.surveys import services
    from needs.surveys.models import Need, Response

    with app.app_context(), write_intent():
        load_demo()
        db.session.commit()
        first = {r["country"]: (r["status"], r["language"], r["needs"]) for r in services.list_responses()}
        need_count = db.session.scalar(sa.select(sa.func.count()).select_from(Need))
        again = load_demo()
        db.session.commit()
        assert again["survey_responses"] == 0 and again["survey_rounds"] == 0
        assert db.session.scalar(sa.select(sa.func.count()).select_from(Need)) == need_count
        assert db.session.scalar(sa.select(sa.func.count()).select_from(Response)) == 6
    assert {c: v[:2] for c, v in first.items()} == {
        "CHN": ("submitted", "zh"), "EGY": ("submitted", "ar"), "SEN": ("submitted", "fr"),
        "MEX": ("submitted", "es"), "KGZ": ("submitted", "ru"), "PHL": ("submitted", "en")}
    assert all(v[2] >= 2 for v in first.values())
    with app.app_context():
        rounds = services.rounds()
        assert [r["title"] for r in rounds] == ["2026 pre-assessment"] and rounds[0]["deadline"].year == 2027
        egypt = next(r for r in services.list_responses() if r["country"] == "EGY")
        review = services.response_for_review(egypt["id"])
        assert review["focal_points"][0]["email"] == "focal.egy@demo.example.org"
        assert review["needs"][0]["text_language"] == "ar" and review["recommendations"]


def test_every_page_renders_for_the_demo(app, make_user):
    from needs.db import write_intent
    from needs.demo.loader import load_demo
    from needs.surveys import services

    with app.app_context(), write_intent():
        load_demo()
        db.session.commit()
        responses = services.list_responses()
        round_id = responses[0]["round_id"]
        version_id = services.response_for_review(responses[0]["id"])["version_id"]
    egypt = next(r["id"] for r in responses if r["country"] == "EGY")
    focal = app.test_client()
    sign_in(focal, "focal.egy@demo.example.org", "needs-demo-2026")
    home = focal.get("/surveys/").get_data(as_text=True)
    assert "2026 pre-assessment" in home and 'dir="rtl"' in home
    for url in (f"/surveys/responses/{egypt}", f"/surveys/responses/{egypt}/print",
                f"/surveys/versions/{version_id}/questionnaire"):
        reply = focal.get(url)
        assert reply.status_code == 200, url
    assert "وزارة الدولة للهجرة" in focal.get(f"/surveys/responses/{egypt}").get_data(as_text=True)
    staff = _staff(app, make_user)
    for url in ("/surveys/manage/", f"/surveys/manage/rounds/{round_id}", f"/surveys/manage/versions/{version_id}",
                "/surveys/manage/rounds/new", "/surveys/manage/upload", f"/surveys/responses/{egypt}"):
        assert staff.get(url).status_code == 200, url
