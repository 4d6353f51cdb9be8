"""Narrower concepts for labour mobility, migration policy and remittance accounting (see `facets`).

The labour-migration and coherence themes cover very different trainings: labour-market
information, occupational safety, seasonal schemes, a national migration strategy, balance-of-payments
compilation. Each is a standard sub-topic of the field, written in the six UN languages.
"""

from __future__ import annotations

from .lexicon import Concept


def _f(themes, en, fr, es, ru, ar, zh, audiences=()) -> Concept:
    return Concept(tuple(themes), tuple(audiences), {"en": en, "fr": fr, "es": es, "ru": ru, "ar": ar, "zh": zh})


LABOUR_FACETS: dict[str, Concept] = {
    "labour-market-information": _f(
        ["skilled-labour", "low-skilled-labour", "data"],
        ("labour market information", "labor market information", "labour shortages", "skills needs",
         "skills anticipation", "skills forecasting", "labour demand", "occupational shortage"),
        ("information sur le marché du travail", "pénuries de main-d'œuvre", "besoins en compétences",
         "anticipation des compétences", "demande de main-d'œuvre", "métiers en tension"),
        ("información del mercado laboral", "información sobre el mercado de trabajo", "escasez de mano de obra",
         "necesidades de competencias", "anticipación de competencias", "demanda laboral"),
        ("рынка труда", "рынок труда", "дефицит кадров", "потребности в кадрах", "прогнозирование потребност",
         "спрос на рабочую силу", "квот"),
        ("معلومات سوق العمل", "سوق العمل", "نقص العمالة", "الاحتياجات من المهارات", "استشراف المهارات",
         "الطلب على العمالة"),
        ("劳动力市场信息", "劳动力市场", "用工短缺", "技能需求", "人才需求预测", "劳动力需求"),
    ),
    "occupational-safety": _f(
        ["low-skilled-labour", "rights"],
        ("occupational safety", "occupational health", "workplace safety", "work accidents", "decent work",
         "working conditions", "forced labour", "child labour"),
        ("sécurité et santé au travail", "accidents du travail", "travail décent", "conditions de travail",
         "travail forcé", "travail des enfants"),
        ("seguridad y salud en el trabajo", "accidentes de trabajo", "trabajo decente", "condiciones de trabajo",
         "condiciones laborales", "trabajo forzoso", "trabajo infantil"),
        ("охрана труда", "охраны труда", "несчастных случаев на производстве", "достойный труд",
         "достойного труда", "условия труда", "условий труда", "принудительный труд", "детский труд"),
        ("السلامة والصحة المهنية", "السلامة المهنية", "حوادث العمل", "العمل اللائق", "ظروف العمل",
         "العمل الجبري", "عمل الأطفال"),
        ("职业安全", "职业健康", "安全生产", "工伤", "体面劳动", "工作条件", "劳动条件", "强迫劳动", "童工"),
    ),
    "temporary-schemes": _f(
        ["low-skilled-labour", "skilled-labour"],
        ("seasonal workers", "seasonal work", "circular migration", "temporary labour migration",
         "temporary worker programmes", "guest workers", "labour mobility schemes"),
        ("travailleurs saisonniers", "travail saisonnier", "migration circulaire", "migration temporaire",
         "programmes de travailleurs temporaires"),
        ("trabajadores temporales", "trabajo de temporada", "temporeros", "migración circular",
         "migración temporal", "programas de trabajadores temporales"),
        ("сезонн", "циркулярн", "временной трудовой миграции", "временная трудовая миграция",
         "оргнабор", "организованного набора"),
        ("العمال الموسميين", "العمل الموسمي", "الهجرة الدائرية", "الهجرة المؤقتة", "برامج العمالة المؤقتة"),
        ("季节工", "季节性", "循环移民", "短期劳务", "临时劳务"),
    ),
    "migration-policy-making": _f(
        ["coherence", "migration-management"],
        ("national migration policy", "migration strategy", "policy development", "policy formulation",
         "policy framework", "whole-of-government", "inter-ministerial", "national action plan"),
        ("politique migratoire nationale", "stratégie migratoire", "élaboration des politiques",
         "formulation des politiques", "cadre politique", "interministériel", "plan d'action national"),
        ("política migratoria nacional", "estrategia migratoria", "formulación de políticas",
         "elaboración de políticas", "marco de políticas", "interinstitucional", "plan de acción nacional"),
        ("миграционной политики", "миграционная политика", "концепция миграционной", "стратеги",
         "разработка политики", "межведомственн", "национальный план действий"),
        ("سياسة الهجرة", "السياسة الوطنية للهجرة", "استراتيجية الهجرة", "صياغة السياسات", "إطار السياسات",
         "مشتركة بين الوزارات", "خطة العمل الوطنية"),
        ("移民政策", "出入境管理政策", "政策制定", "国家战略", "部际", "跨部门", "国家行动计划", "顶层设计"),
    ),
    "balance-of-payments": _f(
        ["remittances", "data"],
        ("balance of payments", "personal transfers", "compensation of employees", "bpm6",
         "remittance statistics", "remittance data", "informal channels"),
        ("balance des paiements", "transferts personnels", "rémunération des salariés",
         "statistiques des envois de fonds", "circuits informels"),
        ("balanza de pagos", "transferencias personales", "remuneración de empleados",
         "estadísticas de remesas", "canales informales"),
        ("платёжного баланса", "платежного баланса", "платёжный баланс", "личных переводов",
         "личные переводы", "оплаты труда работников", "неформальных каналов", "неформальные каналы"),
        ("ميزان المدفوعات", "التحويلات الشخصية", "تعويضات العاملين", "إحصاءات التحويلات", "القنوات غير الرسمية"),
        ("国际收支", "个人转移", "职工报酬", "侨汇统计", "非正规渠道", "地下钱庄"),
    ),
    "anti-discrimination": _f(
        ["perceptions", "integration", "rights"],
        ("xenophobia", "discrimination", "racism", "hate speech", "social cohesion", "public attitudes",
         "misinformation"),
        ("xénophobie", "discrimination", "racisme", "discours de haine", "cohésion sociale",
         "perceptions du public", "désinformation"),
        ("xenofobia", "discriminación", "racismo", "discurso de odio", "cohesión social", "percepción pública",
         "desinformación"),
        ("ксенофоб", "дискриминац", "расизм", "язык вражды", "социальной сплочённости", "общественного мнения",
         "дезинформац"),
        ("كراهية الأجانب", "التمييز", "العنصرية", "خطاب الكراهية", "التماسك الاجتماعي", "الرأي العام",
         "المعلومات المضللة"),
        ("排外", "歧视", "种族主义", "仇恨言论", "社会凝聚", "舆论", "虚假信息"),
    ),
    "language-courses": _f(
        ["integration", "education"],
        ("language courses", "language training", "language classes", "civic orientation", "orientation courses"),
        ("cours de langue", "formation linguistique", "apprentissage de la langue", "formation civique"),
        ("cursos de idioma", "clases de idioma", "enseñanza del idioma", "orientación cívica"),
        ("языковые курсы", "курсы языка", "изучение языка", "знание языка", "экзамен по языку",
         "адаптационные курсы"),
        ("دورات اللغة", "تعليم اللغة", "تعلم اللغة", "التوجيه المدني"),
        ("语言培训", "语言课程", "汉语培训", "语言学习", "适应培训"),
    ),
    "social-protection": _f(
        ["rights", "health"],
        ("social protection", "social security", "pensions", "social insurance", "portability of benefits",
         "social assistance"),
        ("protection sociale", "sécurité sociale", "retraites", "pensions", "assurance sociale",
         "portabilité des droits"),
        ("protección social", "seguridad social", "pensiones", "seguro social", "portabilidad de beneficios",
         "asistencia social"),
        ("социальной защиты", "социальная защита", "социального обеспечения", "пенси", "социального страхования",
         "социальное страхование"),
        ("الحماية الاجتماعية", "الضمان الاجتماعي", "المعاشات", "التأمينات الاجتماعية", "قابلية نقل"),
        ("社会保障", "社会保险", "社保", "养老金", "养老保险", "社会救助"),
    ),
}  # fmt: skip
