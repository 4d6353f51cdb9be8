"""Each structured factor of the ranking, on a small inventory written here."""

import pytest

from needs.matching.engine import Matcher


def activity(id, title, description, **fields):
    record = {
        "id": id,
        "agency": "IOM",
        "kind": "course",
        "title": title,
        "description": description,
        "text_language": "en",
        "themes": ["remittances"],
        "capacity_type": ["technical"],
        "level": ["individual"],
        "audience": ["government"],
        "delivery": "online",
        "languages": ["en"],
        "regions": ["global"],
        "status": "existing",
        "replication": ["enrol"],
    }
    record.update(fields)
    return record


REMITTANCES = (
    "Lowering the cost of remittances",
    "Central bank staff learn to supervise remittance service providers, compare transfer costs "
    "and build financial education for migrant families.",
)
TRAFFICKING = (
    "Identifying victims of trafficking",
    "Border and police officers learn to identify victims of human trafficking and refer them "
    "to protection services, and to investigate smuggling networks.",
)
DIASPORA = (
    "Engaging the diaspora",
    "Diaspora institutions design engagement strategies, diaspora bonds and skills transfer schemes.",
)


def need(**fields):
    record = {
        "id": "N-1",
        "country": "FRA",
        "text_language": "en",
        "text": "Our central bank wants staff trained to reduce remittance costs and supervise transfer "
        "companies, with financial education for families of migrants.",
    }
    record.update(fields)
    return record


def ranked(activities, need_record):
    return Matcher().fit(activities).rank(need_record, top=len(activities))


def test_same_topic_ranks_first():
    result = ranked(
        [activity("A-1", *TRAFFICKING, themes=["trafficking"]), activity("A-2", *REMITTANCES)], need()
    )
    assert result["ranking"][0] == "A-2"
    assert "theme:remittances" in result["reasons"][0]


def test_language_the_trainees_cannot_follow_ranks_low():
    french_only = activity("A-1", *REMITTANCES, languages=["fr"])
    english = activity("A-2", *REMITTANCES)
    result = ranked([french_only, english], need(languages=["en"]))
    assert result["ranking"] == ["A-2", "A-1"]
    assert "language:unavailable:en" in result["reasons"][1]


def test_translation_route_fixes_language():
    closed = activity("A-1", *REMITTANCES, languages=["fr"])
    adaptable = activity("A-2", *REMITTANCES, languages=["fr"], replication=["enrol", "adapt-materials"])
    result = ranked([closed, adaptable], need(languages=["ru"], text_language="en"))
    assert result["ranking"][0] == "A-2"
    assert result["replication"][0] == "adapt-materials"
    assert "language:needs-adaptation:ru" in result["reasons"][0]


def test_national_edition_fixes_language_only_for_multilingual_offers():
    two_languages = activity("A-1", *REMITTANCES, languages=["fr", "es"], replication=["national-edition"])
    three_languages = activity(
        "A-2", *REMITTANCES, languages=["fr", "es", "ar"], replication=["national-edition"]
    )
    result = ranked([two_languages, three_languages], need(languages=["ru"]))
    assert result["ranking"][0] == "A-2"
    assert result["replication"][0] == "national-edition"


def test_planned_activity_ranks_below_existing_twin():
    result = ranked([activity("A-1", *REMITTANCES, status="planned"), activity("A-2", *REMITTANCES)], need())
    assert result["ranking"] == ["A-2", "A-1"]
    assert "status:planned" in result["reasons"][1]


def test_region_outside_the_need():
    africa_only = activity("A-1", *REMITTANCES, regions=["africa"])
    result = ranked([africa_only, activity("A-2", *REMITTANCES)], need(country="FRA"))
    assert result["ranking"] == ["A-2", "A-1"]
    assert "region:closed:europe" in result["reasons"][1]


def test_wrong_ticked_theme_does_not_beat_the_text():
    result = ranked(
        [activity("A-1", *TRAFFICKING, themes=["trafficking"]), activity("A-2", *REMITTANCES)],
        need(themes=["trafficking"]),
    )
    assert result["ranking"][0] == "A-2"


@pytest.mark.parametrize(
    "language, text",
    [
        ("zh", "我们的中央银行希望培训工作人员，降低侨汇和跨境汇款成本，并为移民家庭开展金融教育。"),
        (
            "ar",
            "يرغب البنك المركزي في تدريب موظفيه على خفض تكاليف التحويلات المالية للمهاجرين "
            "والتثقيف المالي للأسر.",
        ),
        (
            "ru",
            "Национальный банк хочет обучить сотрудников снижению стоимости денежных переводов мигрантов.",
        ),
        ("es", "El banco central quiere capacitar a su personal para reducir el costo de las remesas."),
        (
            "fr",
            "La banque centrale souhaite former ses cadres à la baisse des coûts des transferts de fonds.",
        ),
    ],
)
def test_need_in_another_language_with_no_theme_finds_its_activity(language, text):
    activities = [
        activity("A-1", *TRAFFICKING, themes=["trafficking"]),
        activity("A-2", *REMITTANCES),
        activity("A-3", *DIASPORA, themes=["diaspora"]),
    ]
    result = ranked(activities, need(text_language=language, text=text, languages=[language, "en"]))
    assert result["ranking"][0] == "A-2"


def test_trainers_requested_prefers_training_of_trainers():
    tot = activity("A-1", *REMITTANCES, replication=["enrol", "train-the-trainer"])
    result = ranked([tot], need(text="We need a pool of national trainers on remittance costs."))
    assert result["replication"] == ["train-the-trainer"]


def test_technical_assistance_proposed_for_advisory_services():
    advisory = activity(
        "A-1", *REMITTANCES, kind="technical-assistance", replication=["technical-assistance"]
    )
    assert ranked([advisory], need())["replication"] == ["technical-assistance"]


def test_scores_are_in_unit_interval_and_non_increasing():
    activities = [
        activity(f"A-{i}", *pair) for i, pair in enumerate([REMITTANCES, TRAFFICKING, DIASPORA] * 4)
    ]
    result = Matcher().fit(activities).rank(need(), top=5)
    assert len(result["ranking"]) == len(result["scores"]) == len(result["replication"]) == 5
    assert all(0 <= s <= 1 for s in result["scores"])
    assert result["scores"] == sorted(result["scores"], reverse=True)


def test_gap_when_no_activity_serves_the_need():
    matcher = Matcher().fit(
        [
            activity("A-1", *TRAFFICKING, themes=["trafficking"]),
            activity("A-2", *DIASPORA, themes=["diaspora"]),
        ]
    )
    demography = need(
        text="Our statistics office wants to model migration in population projections for an ageing society."
    )
    assert matcher.rank(demography)["gap"] is True
    assert Matcher().fit([activity("A-2", *REMITTANCES)]).rank(need())["gap"] is False


def test_gap_when_the_only_offer_on_topic_cannot_be_used():
    russian_need = need(text_language="ru", languages=["ru"], country="KGZ",
                        text="Центральный банк хочет обучить сотрудников снижению стоимости денежных переводов.")
    closed = activity("A-1", *REMITTANCES, languages=["en"])
    assert Matcher().fit([closed]).rank(russian_need)["gap"] is True
    translatable = activity("A-1", *REMITTANCES, languages=["en"], replication=["adapt-materials"])
    assert Matcher().fit([translatable]).rank(russian_need)["gap"] is False


def test_background_reading_alone_does_not_close_a_gap():
    paper = activity("A-1", *REMITTANCES, kind="knowledge-product")
    assert Matcher().fit([paper]).rank(need())["gap"] is True
    assert Matcher().fit([activity("A-1", *REMITTANCES)]).rank(need())["gap"] is False


def test_languages_stated_in_the_text_count_when_none_is_ticked():
    english = activity("A-1", *REMITTANCES, languages=["en"])
    stated = need(text_language="fr", text="La banque centrale souhaite former ses cadres à la baisse des coûts "
                  "des transferts de fonds. Les cadres lisent l'anglais.")
    assert "language:ok:en" in ranked([english], stated)["reasons"][0]
    silent = need(text_language="fr", text="La banque centrale souhaite former ses cadres à la baisse des coûts "
                  "des transferts de fonds.")
    assert "language:unavailable:fr" in ranked([english], silent)["reasons"][0]


def test_chinese_need_with_no_theme_ticked_reads_its_topic_from_the_text():
    activities = [
        activity("A-1", *TRAFFICKING, themes=["trafficking"]),
        activity("A-2", *REMITTANCES),
        activity("A-3", *DIASPORA, themes=["diaspora"]),
    ]
    chinese = need(text_language="zh", country="CHN", languages=["zh", "en"],
                   text="我们希望培训边境和公安官员，识别人口贩运受害者并打击偷渡网络。")
    result = ranked(activities, chinese)
    assert result["ranking"][0] == "A-1"
    assert "theme:trafficking" in result["reasons"][0]


def test_words_of_another_script_are_estimated_from_concepts_not_counted_as_zero():
    from needs.matching.engine import FEATURES
    from needs.matching.engine.features import CROSS_SCRIPT_TEXT

    activities = [activity("A-1", *REMITTANCES), activity("A-2", *TRAFFICKING, themes=["trafficking"])]
    russian = need(
        text_language="ru",
        text="Обучение сотрудников центрального банка снижению стоимости денежных переводов мигрантов.",
    )
    values = Matcher().fit(activities).features(russian)
    text, concept = FEATURES.index("text"), FEATURES.index("concept")
    assert values[0, concept] > 0
    assert values[:, text] == pytest.approx(CROSS_SCRIPT_TEXT * values[:, concept], rel=1e-5)
