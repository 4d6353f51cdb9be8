"""Facets: narrower concepts tell offers of one theme apart across scripts, and show topics nothing serves."""

from needs.matching.engine import Matcher
from tests.matching.test_engine_ranking import activity, need

INVESTIGATION = activity(
    "A-1",
    "Investigating and prosecuting trafficking in persons",
    "Police investigators, prosecutors and judges learn to investigate trafficking cases, gather evidence "
    "and prosecute offenders through judicial cooperation across borders.",
    themes=["trafficking"],
)
VICTIM_ASSISTANCE = activity(
    "A-2",
    "Assisting victims of trafficking",
    "Social workers and NGOs learn victim identification, run shelters and set up a referral mechanism "
    "so that victims of trafficking receive assistance.",
    themes=["trafficking"],
)
CONSULAR = activity(
    "A-3",
    "Consular protection and assistance to nationals abroad",
    "Consular officers learn to assist nationals abroad in distress and to work with diaspora associations.",
    themes=["diaspora", "rights"],
)
DIASPORA = activity(
    "A-4",
    "Engaging diasporas in development",
    "Diaspora institutions design engagement strategies with citizens abroad, diaspora bonds and skills transfer.",
    themes=["diaspora"],
)


def chinese(text, **fields):
    return need(text_language="zh", country="CHN", languages=["zh", "en"], text=text, **fields)


def test_chinese_need_about_investigation_prefers_the_investigation_course():
    police = chinese("公安部希望为基层民警和检察官举办培训，提高侦查和起诉拐卖人口案件的能力，加强跨境司法协作。")
    ranking = Matcher().fit([VICTIM_ASSISTANCE, INVESTIGATION]).rank(police)["ranking"]
    assert ranking[0] == "A-1"
    victims = chinese("全国妇联希望培训社工识别被拐卖的受害人，完善救助和转介流程，建设庇护所。")
    assert Matcher().fit([INVESTIGATION, VICTIM_ASSISTANCE]).rank(victims)["ranking"][0] == "A-2"


def test_need_about_a_topic_the_theme_offers_do_not_address_is_a_gap():
    """Citizens abroad are the diaspora theme, but no offer teaches how to organize their vote."""
    voting = need(
        text="Our election commission wants training on external voting: voter registration abroad, postal and "
        "embassy voting, and the count of ballots cast outside the country.",
        themes=["diaspora"],
    )
    matcher = Matcher().fit([CONSULAR, DIASPORA])
    assert matcher.rank(voting)["gap"] is True
    engagement = need(
        text="Our ministry wants staff trained to design a diaspora engagement strategy and diaspora bonds."
    )
    assert matcher.rank(engagement)["gap"] is False


def test_chinese_need_for_diplomats_prefers_the_seminar_for_permanent_missions():
    seminar = activity(
        "A-5",
        "Migration policy seminars for diplomats",
        "Half-day seminars for delegates of permanent missions ahead of intergovernmental meetings on migration.",
        themes=["coherence"],
    )
    mainstreaming = activity(
        "A-6",
        "Mainstreaming migration into development planning",
        "Planning ministries learn to integrate migration into national development plans and sector policies.",
        themes=["coherence"],
    )
    diplomats = chinese("外交部希望常驻代表团的年轻外交官了解移民与发展议程，为多边谈判做好准备。")
    assert Matcher().fit([mainstreaming, seminar]).rank(diplomats)["ranking"][0] == "A-5"


def test_the_chinese_name_of_iom_is_not_read_as_migration_statistics():
    reader = Matcher().fit([DIASPORA]).index_.reader
    tokens = Matcher().fit([DIASPORA]).index_.tokenizer
    counts = reader.counts(tokens.encode(["国际移民组织为我们提供了培训。"]))
    assert counts[0, reader.names.index("stocks-flows")] == 0


REINTEGRATION_CASES = activity(
    "A-7",
    "Reintegration case management",
    "Case managers learn to assess returnees' needs, draw up reintegration plans and follow each case.",
    themes=["return-reintegration"],
)
JOB_CENTRES = activity(
    "A-8",
    "Public employment services for returning migrants",
    "Staff of public employment services and job centres learn job placement, career guidance and "
    "counselling of returning migrants who look for work at home.",
    themes=["return-reintegration"],
)
HOUSEHOLD_SURVEY = activity(
    "A-9",
    "Measuring remittances in household surveys",
    "Statisticians learn to design household survey modules and questionnaires on remittances received.",
    themes=["remittances", "data"],
)
BALANCE_OF_PAYMENTS = activity(
    "A-10",
    "Compiling remittances in the balance of payments",
    "Central bank compilers learn to estimate personal transfers and compensation of employees, including "
    "informal channels, following the balance of payments manual.",
    themes=["remittances", "data"],
)


def test_russian_need_about_job_centres_prefers_the_employment_services_course():
    russian = need(
        text_language="ru", country="UZB", languages=["ru"],
        text="Агентство внешней трудовой миграции хочет обучить сотрудников районных центров занятости "
        "трудоустройству и профориентации вернувшихся трудовых мигрантов.",
    )  # fmt: skip
    assert Matcher().fit([REINTEGRATION_CASES, JOB_CENTRES]).rank(russian)["ranking"][0] == "A-8"


def test_arabic_need_about_the_balance_of_payments_prefers_the_compilers_course():
    arabic = need(
        text_language="ar", country="JOR", languages=["ar", "en"],
        text="يرغب البنك المركزي في تدريب موظفي إحصاءات ميزان المدفوعات على تقدير التحويلات الشخصية "
        "وتعويضات العاملين عبر القنوات غير الرسمية.",
    )  # fmt: skip
    assert Matcher().fit([HOUSEHOLD_SURVEY, BALANCE_OF_PAYMENTS]).rank(arabic)["ranking"][0] == "A-10"


def test_chinese_need_about_job_centres_is_not_served_by_a_survey_course():
    """Shared words are not enough: a need about job placement has no offer among the data courses."""
    chinese_need = chinese(
        "人力资源和社会保障部希望培训基层就业服务中心的工作人员，为返乡农民工提供职业介绍和就业指导。"
    )
    matcher = Matcher().fit([HOUSEHOLD_SURVEY, BALANCE_OF_PAYMENTS])
    assert matcher.rank(chinese_need)["gap"] is True
    assert Matcher().fit([HOUSEHOLD_SURVEY, JOB_CENTRES]).rank(chinese_need)["gap"] is False


def test_russian_need_about_rescue_at_sea_prefers_the_rescue_course_over_border_checks():
    rescue = activity(
        "A-11",
        "Search and rescue at sea and safe disembarkation",
        "Coast guard officers learn search and rescue of migrants in distress at sea, disembarkation and "
        "the first reception of survivors.",
        themes=["security", "rights"],
    )
    checks = activity(
        "A-12",
        "Border checks at airports",
        "Border guards learn passenger checks at airports, risk analysis and the examination of travel documents.",
        themes=["security"],
    )
    russian = need(
        text_language="ru", country="AZE", languages=["ru"],
        text="Государственная пограничная служба хочет обучить экипажи береговой охраны поиску и спасению "
        "мигрантов на море и их высадке на берег.",
    )  # fmt: skip
    assert Matcher().fit([checks, rescue]).rank(russian)["ranking"][0] == "A-11"


BORDER_MANAGEMENT = activity(
    "A-13",
    "Integrated border management in West Africa",
    "Border officials learn risk analysis, document checks and cooperation between border agencies at land "
    "crossings, with the free movement protocols of the region.",
    themes=["security", "migration-management"],
)
TRANSHUMANCE = activity(
    "A-14",
    "Managing cross-border transhumance",
    "Livestock, immigration and local officials learn to issue transhumance certificates, agree grazing "
    "corridors and settle disputes between herders and farmers.",
    themes=["environment", "migration-management"],
    languages=["en", "fr"],
)


def test_french_need_about_transhumance_is_a_gap_against_border_management_alone():
    herders = need(
        text_language="fr", country="NER", languages=["fr"],
        text="Le ministère de l'élevage veut former ses agents et les maires des communes frontalières à "
        "l'accueil des éleveurs transhumants venus du Nigeria : certificats internationaux de transhumance, "
        "couloirs de passage du bétail et règlement des conflits entre agriculteurs et éleveurs.",
    )  # fmt: skip
    assert Matcher().fit([BORDER_MANAGEMENT]).rank(herders)["gap"] is True
    ranked_herders = Matcher().fit([BORDER_MANAGEMENT, TRANSHUMANCE]).rank(herders)
    assert ranked_herders["ranking"][0] == "A-14" and ranked_herders["gap"] is False


def test_arabic_need_about_dead_migrants_prefers_forensic_identification_over_consular_help():
    forensic = activity(
        "A-15",
        "Identifying dead and missing migrants",
        "Forensic experts and prosecutors learn to collect ante mortem data and DNA samples from families, "
        "identify human remains and exchange forensic data across borders.",
        themes=["rights"],
    )
    arabic = need(
        text_language="ar", country="TUN", languages=["ar", "fr"],
        text="تطلب وزارة العدل تدريب أطباء الطب الشرعي على التعرف على الجثث المجهولة التي يلفظها البحر "
        "وأخذ عينات الحمض النووي من أسر المفقودين ومقارنتها.",
    )  # fmt: skip
    assert Matcher().fit([CONSULAR, forensic]).rank(arabic)["ranking"][0] == "A-15"
    assert "missing-dead-migrants" in concepts_read(arabic["text"])


def test_russian_need_about_internally_displaced_people_prefers_the_camp_course_over_asylum():
    camps = activity(
        "A-16",
        "Camp coordination and durable solutions for internally displaced persons",
        "Local officials learn camp coordination and camp management, and plan durable solutions with "
        "host families and the displaced.",
        themes=["rights", "environment"],
    )
    asylum = activity(
        "A-17",
        "Refugee status determination",
        "Asylum officers learn to interview asylum seekers and decide on refugee status.",
        themes=["rights", "migration-law"],
    )
    russian = need(
        text_language="ru", country="UKR", languages=["ru"],
        text="Министерство социальной политики хочет обучить сотрудников областных администраций работе "
        "с внутренне перемещенными лицами: управление местами компактного проживания и поиск долгосрочного жилья.",
    )  # fmt: skip
    assert Matcher().fit([asylum, camps]).rank(russian)["ranking"][0] == "A-16"
    assert "internal-displacement" in concepts_read(russian["text"])


def concepts_read(text):
    """The names of the concepts the engine reads in a text."""
    index = Matcher().fit([DIASPORA]).index_
    counts = index.reader.counts(index.tokenizer.encode([text]))[0]
    return {name for name, count in zip(index.reader.names, counts, strict=True) if count > 0}


def test_the_facets_of_mobility_regimes_and_groups_are_read_in_every_script():
    assert "pastoral-mobility" in concepts_read("牧民每年旱季赶着牲畜跨境转场放牧。")
    assert "regional-free-movement" in concepts_read("Граждане государств ЕАЭС работают без разрешений.")
    assert "disability-inclusion" in concepts_read("تدريب موظفي الاستقبال على خدمة المهاجرين ذوي الإعاقة.")
    assert "migrant-families" in concepts_read("Los hijos de migrantes que se quedan con sus abuelos.")


def test_synonyms_let_a_regional_name_of_a_procedure_meet_its_concept():
    """The Andean migration card names entry and exit records in Spanish-speaking South America."""
    assert "administrative-data" in concepts_read("Queremos explotar la tarjeta andina de migración.")


def test_an_ordinary_training_request_is_not_read_as_asking_for_trainers():
    """Spanish "capacitar" and "formado" fold like "capacitadores" and "formadores" would."""
    assert "trainers" not in concepts_read("Queremos capacitar a 40 funcionarios del personal ya formado.")
    assert "trainers" in concepts_read("Pedimos una formación de formadores para el equipo de formadores.")
    ranked = Matcher().fit([DIASPORA]).rank(
        need(text_language="es", country="PER", text="Queremos capacitar a los funcionarios de la cancillería.")
    )
    assert "trainers:requested" not in ranked["reasons"][0]


def test_words_for_any_migrant_or_child_are_not_read_as_gender_or_schooling():
    assert "gender" not in concepts_read("تسجيل المهاجرات والمهاجرين في المراكز الحدودية.")
    assert "gender" in concepts_read("تمكين النساء المهاجرات العاملات في المنازل.")
    assert "education" not in concepts_read("Дети без сопровождения задерживаются на границе.")
    assert "education" in concepts_read("Учителя школ не знают, как принимать детей мигрантов.")


def test_spanish_words_do_not_read_english_generic_words_as_concepts():
    """Folded to seven letters, "organizaciones" met any "organization" and "monitoreo" any "monitoring"."""
    english = concepts_read("International organizations run border monitoring with employers' organizations.")
    assert "civil-society" not in english and "evaluation" not in english
    assert "civil-society" in concepts_read("Trabajamos con organizaciones de la sociedad civil.")
