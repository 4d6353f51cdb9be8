"""Briefs built through the services from real submitted responses, matched by the real engine: their
words in each language's script, hostile text shown as text, versions kept, the demo's briefs."""

from __future__ import annotations

import datetime as dt
import io

import pytest
import sqlalchemy as sa
from pypdf import PdfReader

from needs.db import write_intent
from needs.extensions import db
from tests.briefs.test_pdf_languages import contains_words, text_of

FUTURE = dt.date.today() + dt.timedelta(days=200)
# (country, language, need text, words the brief must show in that script)
RESPONSES = {
    "en": ("PHL", "Train consular staff to inform migrants about the cost of sending remittances home.",
           ["Philippines", "consular staff"]),
    "fr": ("SEN", "Former le personnel consulaire à informer les migrants sur le coût des transferts de fonds.",
           ["Sénégal", "personnel consulaire"]),
    "es": ("MEX", "Capacitar al personal consular para informar a los migrantes sobre el costo de las remesas.",
           ["México", "personal consular"]),
    "ru": ("KGZ", "Обучить сотрудников консульств информировать мигрантов о стоимости денежных переводов.",
           ["Киргизия", "сотрудников консульств"]),
    "zh": ("CHN", "培训领事服务人员，向移民介绍汇款费用和汇款渠道，使移民能够选择成本较低、安全可靠的汇款方式。",
           ["中国", "培训领事服务人员"]),
    "ar": ("EGY", "تدريب موظفي الخدمات القنصلية على إعلام المهاجرين بتكاليف التحويلات المالية.",
           ["مصر", "تدريب موظفي الخدمات القنصلية"]),
}


def activity(activity_id: str, title: str, *, agency: str = "IOM", themes=("remittances",), **extra) -> dict:
    rec = {"id": activity_id, "agency": agency, "kind": "course", "title": title, "text_language": "en",
           "description": "A course for government officials on remittances: remittance costs, remittance "
                          "channels, consular information for migrants sending remittances home.",
           "themes": list(themes), "capacity_type": ["technical"], "level": ["individual"],
           "audience": ["government"], "delivery": "face-to-face",
           "languages": ["en", "fr", "es", "ru", "zh", "ar"], "regions": ["global"], "status": "existing",
           "certification": False, "replication": ["enrol", "national-edition"], "partners": ["UNDP"],
           "contact": "training@iom.example.org", "link": "https://iom.example.org/course",
           "sessions": [{"start": FUTURE.isoformat(), "end": (FUTURE + dt.timedelta(days=4)).isoformat(),
                         "place": "Turin, Italy", "online": False, "language": "en", "seats": 20,
                         "deadline": (FUTURE - dt.timedelta(days=30)).isoformat()}]}
    rec.update(extra)
    return rec


def add_activities(app, records: list[dict]) -> None:
    from needs.inventory import services as inventory

    with app.app_context(), write_intent():
        inventory.save_records(inventory.check_records(records, agency=None), source="test")
        db.session.commit()


def open_round(app) -> int:
    from tests.surveys.survey_app_support import open_round as open_survey_round

    return open_survey_round(app, title="Briefs round")[1]


def answers(need_texts: list[str], *, institution: str = "Ministry of Testing") -> dict:
    from needs.vocabulary import services as vocabulary

    with_code = [code for code, _ in vocabulary.recommendation_choices("en")][:1]
    return {
        "institution_name": institution, "institution_kind": "labour", "focal_point_role": "Director",
        "gfmd_planned": with_code,
        "needs": [{"need_themes": ["remittances"], "need_audience": ["government"], "need_delivery": ["face-to-face"],
                   "need_languages": ["en"], "need_priority": "3", "need_description": text} for text in need_texts],
        "has_training_unit": "no", "past_training": "no", "host_interest": "no",
    }


def submit(app, make_user, round_id: int, country: str, language: str, need_texts: list[str], *,
           institution: str = "Ministry of Testing", focal=None) -> int:
    """A focal point of ``country`` submits in ``language`` through the surveys services; jobs not run."""
    from needs.auth.models import User
    from needs.surveys import drafts, submission

    focal = focal or make_user("focal_point", country=country, language=language)
    with app.app_context(), write_intent():
        user = db.session.get(User, focal.id)
        response = drafts.start_response(user, round_id)
        response.save_answers(answers(need_texts, institution=institution), user.id)
        db.session.flush()
        submission.submit(user, response.id, key=f"brief-test-{country}", base_revision=response.revision,
                          language=language)
        db.session.commit()
        return response.id


def run_jobs(app) -> int:
    from needs.jobs.services import run_pending

    with app.app_context():
        return run_pending()


def review_all(app, response_id: int, actor_id: int) -> None:
    """The CDTF accepts every proposed match and completes the review (status reviewed)."""
    from needs.auth.models import User
    from needs.matching import services as matching
    from needs.surveys import services as surveys

    with app.app_context(), write_intent():
        actor = db.session.get(User, actor_id)
        for entry in matching.matches_for_response(response_id).values():
            for match in entry["matches"]:
                matching.decide(match["id"], "accepted", actor)
        surveys.set_status(response_id, "in_review", actor)
        surveys.set_status(response_id, "reviewed", actor)
        db.session.commit()


def pdf_text(pdf: bytes) -> str:
    return text_of(pdf)


def ensure(app, response_id: int, language: str | None = None) -> tuple[dict, bytes]:
    from needs.briefs import services as briefs

    with app.test_request_context(), write_intent():
        brief = briefs.ensure_brief(response_id, language)
        db.session.commit()
        return briefs.brief_pdf(brief["id"])


@pytest.fixture
def world(app, make_user):
    add_activities(app, [activity("BRF-0001", "Remittances for consular staff"),
                         activity("BRF-0002", "Remittance channels and costs", agency="ILO", partners=[])])
    return open_round(app)


def test_brief_in_each_language_shows_its_words_in_its_script(app, make_user, world):
    ids = {lang: submit(app, make_user, world, country, lang, [text])
           for lang, (country, text, _) in RESPONSES.items()}
    run_jobs(app)
    for lang, (_country, _text, words) in RESPONSES.items():
        brief, pdf = ensure(app, ids[lang])
        assert brief["language"] == lang and brief["status"] == "provisional" and brief["version"] == 1
        text = pdf_text(pdf)
        for word in words:
            assert contains_words(text, word), (lang, word, text[:600])
        assert "Remittance" in text  # the activity's English title, shown in every brief
        with app.app_context():
            from needs.briefs import services as briefs

            data = briefs.brief_data(ids[lang])
        need = data["needs"][0]
        assert need["matches"], (lang, need)
        assert need["matches"][0]["sessions"][0]["deadline"]
        assert data["gfmd"] and data["labels"].keys() == briefs.LABEL_TEXTS.keys()


def test_reason_sentences_and_dates_are_translated(app, make_user, world):
    response_id = submit(app, make_user, world, "KGZ", "ru", [RESPONSES["ru"][1]])
    run_jobs(app)
    from needs.briefs import services as briefs

    with app.test_request_context():
        data = briefs.brief_data(response_id)
        english = briefs.brief_data(response_id, "en")
    match = data["needs"][0]["matches"][0]
    assert any("Мероприятие охватывает тему" in why for why in match["why"]), match["why"]
    months = ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
              "ноября", "декабря")
    assert any(m in match["sessions"][0]["deadline"] for m in months), match["sessions"]
    assert data["country"] == "Киргизия" and english["country"] == "Kyrgyzstan"
    assert any("covers the theme" in why for why in english["needs"][0]["matches"][0]["why"])
    assert english["needs"][0]["text"] == RESPONSES["ru"][1]  # the need stays in the focal point's words


def test_labels_translate_every_key_of_the_pdf_module():
    from needs.briefs.pdf import LABELS
    from needs.briefs.services import LABEL_TEXTS

    assert LABEL_TEXTS.keys() == LABELS.keys()
    for key, text in LABELS.items():
        assert LABEL_TEXTS[key]._args[0] == text, key


def test_unserved_need_is_said_honestly(app, make_user, world):
    response_id = submit(app, make_user, world, "PHL", "en", [
        "Train consular staff to inform migrants about the cost of sending remittances home.",
        "Forensic identification of migrants who died at sea, with DNA laboratories for families."])
    from needs.matching import services as matching

    run_jobs(app)
    with app.app_context():
        needs = sorted(matching.reviewed_matches(response_id).items())
        # The second need is stored as a gap by the engine; make sure even if the engine proposed some.
        assert len(needs) == 2
    brief, pdf = ensure(app, response_id)
    text = " ".join(pdf_text(pdf).split())
    with app.app_context():
        from needs.briefs import services as briefs

        data = briefs.brief_data(response_id)
    gaps = [n for n in data["needs"] if n["gap"]]
    if gaps:
        assert "No current offer; the CDTF has recorded this demand." in text
    assert "Provisional: not yet reviewed by the CDTF" in text


def test_hostile_text_in_user_fields_gives_a_valid_pdf_showing_it_as_text(app, make_user):
    long_word = "W" * 10_000
    markup = '<b>bold</b> <img src="/etc/passwd"/> <a href="javascript:alert(1)">x</a> a<b & c'
    # NUL never reaches the database through a request (it is dropped at the door), and PostgreSQL could not
    # store it; the other control characters can arrive and must not break the brief.
    controls = "bell\x07 nul esc\x1b[31m line\u2028sep"
    add_activities(app, [activity("BRF-0009", f"<script>alert(1)</script> {markup[:40]} remittances {'T' * 200}")])
    round_id = open_round(app)
    # Within the survey's limits (institution 200 characters, a need 3,000) through the real submission...
    response_id = submit(app, make_user, round_id, "PHL", "en", [
        f"remittances {markup} {controls} {'V' * 2500}", "remittances costs for migrants sending money home"],
        institution=f"<para>Ministry</para> &amp; {controls} {'I' * 100}")
    run_jobs(app)
    brief, pdf = ensure(app, response_id)
    text = " ".join(pdf_text(pdf).split())
    assert "<b>bold</b>" in text and '<img src="/etc/passwd"/>' in text and "a<b & c" in text
    assert "<para>Ministry</para> &amp;" in text
    assert "bell" in text and "\x07" not in text and "\x00" not in text
    assert text.count("V") >= 2500
    with app.app_context():
        from needs.briefs import services as briefs

        data = briefs.brief_data(response_id)
    titles = [m["title"] for n in data["needs"] for m in n["matches"]]
    assert any("<script>" in t for t in titles), titles
    assert "<script>alert(1)</script>" in text
    # ...and beyond them, as an older survey version or an import could have stored: 10,000-character words.
    from needs.surveys.models import Need, Response

    with app.app_context(), write_intent():
        response = db.session.get(Response, response_id)
        response.answers = dict(response.answers, institution_name=f"{markup} {long_word}")
        need = db.session.scalar(sa.select(Need).where(Need.response_id == response_id).order_by(Need.position))
        need.text = f"{markup} {controls} {long_word}"
        db.session.commit()
    brief, pdf = ensure(app, response_id)
    assert brief["version"] == 2
    assert len(PdfReader(io.BytesIO(pdf)).pages) >= 2
    text = " ".join(pdf_text(pdf).split())
    assert text.count("W") >= 20_000  # both long words wrapped, not cut
    assert "<script>alert(1)</script>" in text and '<img src="/etc/passwd"/>' in text


def test_versions_are_kept_when_the_matches_change(app, make_user, world):
    from needs.auth.models import User
    from needs.briefs import services as briefs
    from needs.matching import services as matching

    response_id = submit(app, make_user, world, "SEN", "fr", [RESPONSES["fr"][1]])
    run_jobs(app)
    first, first_pdf = ensure(app, response_id)
    again, _ = ensure(app, response_id)
    assert again["id"] == first["id"] and again["version"] == 1  # same content, same version
    cdtf = make_user("cdtf")
    with app.app_context(), write_intent():
        actor = db.session.get(User, cdtf.id)
        entry = next(iter(matching.matches_for_response(response_id).values()))
        matching.decide(entry["matches"][0]["id"], "rejected", actor, reason="not-relevant")
        db.session.commit()
    second, second_pdf = ensure(app, response_id)
    assert second["version"] == 2 and second["id"] != first["id"]
    review_all(app, response_id, cdtf.id)
    third, third_pdf = ensure(app, response_id)
    assert third["version"] == 3 and third["status"] == "reviewed"
    assert "Version 3" in pdf_text(third_pdf) or "Version 3" in " ".join(pdf_text(third_pdf).split())
    with app.test_request_context():
        stored = briefs.versions(response_id)
        assert [v["version"] for v in stored] == [3, 2, 1]
        assert briefs.brief_pdf(first["id"])[1] == first_pdf  # the earlier bytes, unchanged
        assert [v["status"] for v in stored] == ["reviewed", "provisional", "provisional"]
        import hashlib

        assert all(hashlib.sha256(briefs.brief_pdf(v["id"])[1]).hexdigest() == v["sha256"] for v in stored)
    assert second_pdf != first_pdf


def test_other_language_on_request_is_its_own_version_line(app, make_user, world):
    response_id = submit(app, make_user, world, "MEX", "es", [RESPONSES["es"][1]])
    run_jobs(app)
    spanish, _ = ensure(app, response_id)
    arabic, pdf = ensure(app, response_id, "ar")
    assert (spanish["language"], arabic["language"]) == ("es", "ar")
    assert arabic["version"] == 1
    assert contains_words(pdf_text(pdf), "المكسيك")


def test_briefs_for_response_lists_the_current_brief_then_versions(app, make_user, world):
    from needs.briefs import services as briefs

    response_id = submit(app, make_user, world, "PHL", "en", [RESPONSES["en"][1]])
    with app.test_request_context():
        listed = briefs.briefs_for_response(response_id)
    assert len(listed) == 1 and listed[0]["current"] and listed[0]["status"] == "provisional"
    assert listed[0]["url"].endswith(f"/briefs/response/{response_id}/brief.pdf?lang=en")
    # Before the engine ran, the brief says the matching is not finished rather than "no offer".
    _, pdf = ensure(app, response_id)
    assert "matching of this need is not finished" in " ".join(pdf_text(pdf).split())
    with app.test_request_context():
        listed = briefs.briefs_for_response(response_id)
    assert [b["current"] for b in listed] == [True, False]


def test_load_demo_makes_one_brief_per_submitted_response_once(app):
    from needs.briefs.models import Brief
    from needs.demo.loader import load_demo

    with app.app_context(), write_intent():
        summary = load_demo()
        db.session.commit()
        assert summary["demo briefs"] == 6
        languages = sorted(db.session.scalars(sa.select(Brief.language)))
        assert languages == sorted(["ar", "zh", "en", "fr", "ru", "es"])
        again = load_demo()
        db.session.commit()
        assert again["demo briefs"] == 0


def test_download_names_are_safe_in_every_language(app):
    from needs.briefs import services as briefs

    with app.app_context():
        for lang in ("ar", "zh", "en", "fr", "ru", "es"):
            for country in ("CIV", "EGY", "CHN", "PHL"):
                name = briefs.download_name({"language": lang, "country": country, "version": 12})
                assert name.endswith(" - v12.pdf") and len(name) < 200
                assert not set(name) & set('"\\/\r\n;:*?<>|\x00'), name
