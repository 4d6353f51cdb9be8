"""More ways of saying each concept, in the six languages, merged into the lexicon's concepts.

Synonyms, regional variants and the names of institutions and procedures that ministries use in official
texts and training requests (about 5,900 terms): a need worded in ways the lexicon's phrases and key terms
do not foresee still meets its concept. Merged by `concepts.widened_concepts`.
"""

from __future__ import annotations

SYNONYMS: dict[str, dict[str, tuple[str, ...]]] = {
    "administrative-data": {
        "en": (
            "entry-exit data", "arrival and departure records", "arrival cards", "departure cards",
            "passenger manifests", "visa records", "administrative sources", "registry data", "unique identifier",
            "data linkage", "data protection", "personal data", "data governance", "population registers",
            "work permit records",
        ),
        "fr": (
            "sources administratives", "fichiers administratifs", "données d'entrées et de sorties",
            "fiches de débarquement", "cartes de débarquement", "protection des données", "données personnelles",
            "données à caractère personnel", "appariement", "partage de données", "partage des données",
            "registres de population",
        ),
        "es": (
            "fuentes administrativas", "registros de entradas y salidas", "tarjeta andina de migración",
            "tarjeta de embarque y desembarque", "protección de datos", "datos personales",
            "vinculación de registros", "padrón municipal", "registro de extranjeros", "compartir datos",
            "datos de entradas y salidas",
        ),
        "ru": (
            "административные источники", "административных регистров", "ведомственных баз данных",
            "интероперабельность", "совместимость систем", "связывание записей", "учет въезда и выезда",
            "единая база данных", "единой базы данных", "единая информационная система",
            "взаимодействие информационных систем", "единую базу данных",
        ),
        "ar": (
            "المعطيات الإدارية", "سجلات الدخول والخروج", "قابلية التشغيل البيني", "تكامل البيانات", "دمج البيانات",
            "مشاركة البيانات", "تقاسم البيانات", "تبادل المعلومات", "ربط السجلات", "سجلات الإقامة",
        ),
        "zh": (
            "行政登记", "信息共享", "数据交换", "数据整合", "数据对接", "数据比对", "数据融合", "政务数据",
            "出入境数据", "登记数据",
        ),
    },
    "anti-discrimination": {
        "en": (
            "prejudice", "stereotypes", "stigma", "stigmatization", "hate crimes", "intolerance", "anti-migrant",
            "anti-immigrant", "racial profiling", "equal treatment",
        ),
        "fr": (
            "préjugés", "crimes de haine", "propos haineux", "rejet de l'autre", "afrophobie", "profilage racial",
            "égalité de traitement", "représentations sociales", "actes racistes",
        ),
        "es": (
            "prejuicios", "estereotipos", "estigmatización", "crímenes de odio", "delitos de odio",
            "sentimiento antimigrante", "antiinmigrante", "aporofobia", "perfilamiento racial", "racialización",
            "igualdad de trato", "convivencia pacífica",
        ),
        "ru": (
            "нетерпимость", "расовой", "предрассудки", "стереотипы", "стигматизация", "мигрантофобия",
            "на почве ненависти", "язык ненависти", "толерантность", "равное обращение", "недискриминация",
            "межэтнические конфликты", "враждебное отношение",
        ),
        "ar": (
            "رهاب الأجانب", "معاداة الأجانب", "العداء للأجانب", "الصور النمطية", "القوالب النمطية", "الوصم",
            "التسامح", "قبول الآخر", "التحريض على الكراهية", "مواقف الجمهور", "الأحكام المسبقة",
        ),
        "zh": (
            "仇外", "偏见", "刻板印象", "污名", "平等对待", "一视同仁", "公众态度", "不容忍", "仇恨犯罪", "谣言",
            "种族", "社会排斥",
        ),
    },
    "balance-of-payments": {
        "en": (
            "current account", "secondary income", "primary income", "current transfers", "workers' remittances",
            "bpm5", "international transactions reporting system", "itrs", "capital transfers", "remittance inflows",
            "remittance outflows", "household transfers",
        ),
        "fr": (
            "compte courant", "revenu secondaire", "revenu primaire", "transferts courants", "mbp6",
            "canaux informels", "envois de fonds des travailleurs", "transferts des travailleurs",
            "transferts des migrants",
        ),
        "es": (
            "cuenta corriente", "ingreso secundario", "ingreso primario", "transferencias corrientes",
            "remesas de trabajadores", "remuneración de asalariados", "ingreso de divisas", "circuitos informales",
            "remesas familiares",
        ),
        "ru": (
            "РПБ6", "компенсация работникам", "текущие трансферты", "счет текущих операций", "текущего счета",
            "неформальные переводы", "частные трансферты", "трансграничные операции", "МВФ", "внешнего сектора",
        ),
        "ar": (
            "الطبعة السادسة", "الحساب الجاري", "تحويلات العاملين", "تعويضات الموظفين", "التحويلات الجارية",
            "التحويلات الخاصة", "الحوالة غير الرسمية", "نظام الحوالة", "المقيمين وغير المقيمين", "صندوق النقد الدولي",
        ),
        "zh": (
            "国际收支平衡表", "国际投资头寸", "经常账户", "二次收入", "初次收入", "雇员报酬", "非正式渠道",
            "地下汇款", "非正规汇款", "哈瓦拉", "外汇管理局",
        ),
    },
    "bilateral-agreements": {
        "en": (
            "labour mobility agreements", "labour migration agreements", "labor agreements",
            "government-to-government", "g2g", "mobility partnerships", "bilateral arrangements", "mou",
            "totalization agreements", "inter-state agreements",
        ),
        "fr": (
            "accords de main-d'oeuvre", "conventions bilatérales", "accords de migration de travail",
            "accords de mobilité", "partenariats pour la mobilité", "mémorandum d'entente",
            "gestion concertée des flux migratoires", "conventions de sécurité sociale",
            "accords de sécurité sociale", "de gouvernement à gouvernement", "d'état à état",
            "arrangements bilatéraux",
        ),
        "es": (
            "acuerdos de movilidad laboral", "acuerdos de migración laboral", "acuerdos laborales",
            "convenios laborales", "acuerdos migratorios", "convenios de seguridad social",
            "acuerdos de seguridad social", "de gobierno a gobierno", "instrumentos bilaterales",
            "asociaciones de movilidad", "alianzas de movilidad", "acuerdos sobre flujos migratorios",
            "arreglos bilaterales",
        ),
        "ru": (
            "двусторонние договоры", "межгосударственные соглашения", "двустороннего сотрудничества",
            "двусторонние договорённости", "меморандум о сотрудничестве", "соглашение о трудовой миграции",
            "соглашения о социальном обеспечении", "соглашения о пенсионном обеспечении",
            "соглашение об организованном наборе", "двусторонних переговоров",
        ),
        "ar": (
            "اتفاقية العمل الثنائية", "اتفاقيات اليد العاملة", "اتفاقيات العمالة", "اتفاقيات الضمان الاجتماعي",
            "اتفاقية الضمان الاجتماعي", "الشراكة من أجل التنقل", "شراكة التنقل", "ترتيبات ثنائية",
        ),
        "zh": (
            "双边协定", "双边劳务合作", "劳务合作协议", "劳务合作协定", "社会保障协定", "社保协定", "合作备忘录",
            "双边合作机制", "双边磋商", "双边条约", "政府间协定", "双边劳工协议",
        ),
    },
    "border": {
        "en": (
            "checkpoints", "ports of entry", "entry-exit", "exit controls", "watchlists", "watch lists", "pisces",
            "frontex", "immigration posts", "land crossings", "land ports", "airport immigration", "patrols",
            "migration information and data analysis system",
        ),
        "fr": (
            "points de passage", "postes de contrôle", "postes juxtaposés", "contrôles juxtaposés",
            "entrées et sorties", "points d'entrée et de sortie", "patrouilles", "gendarmerie", "police de l'air",
            "contrôle des entrées", "aéroports",
        ),
        "es": (
            "puestos de control", "puntos de control", "puntos de cruce", "ingreso y salida", "entradas y salidas",
            "aeropuertos", "puertos de entrada", "patrullaje", "cebaf", "limítrofes", "garitas", "cruces irregulares",
            "ingreso irregular",
        ),
        "ru": (
            "кпп", "погранслужба", "погранвойска", "паспортный контроль", "таможенной службы",
            "незаконное пересечение", "контрольно-пропускных пунктов", "пункты пересечения",
        ),
        "ar": (
            "المعبر", "نقاط العبور", "الجمارك", "الدخول والخروج", "فحص المسافرين", "المتسللين", "العبور غير النظامي",
        ),
        "zh": (
            "非法越境", "越境", "出入境边防检查", "边防检查站", "检查站", "移民管理警察", "一体化边境管理",
            "综合边境管理", "边境安全", "国门安全",
        ),
    },
    "border-health": {
        "en": (
            "port health", "health border and mobility management", "hbmm", "population mobility mapping",
            "entry screening", "exit screening", "temperature screening", "isolation facilities",
            "infection prevention and control", "outbreak", "ebola", "yellow fever", "health declarations",
            "cross-border surveillance",
        ),
        "fr": (
            "contrôle sanitaire", "santé aux frontières", "gestion sanitaire des frontières",
            "cartographie de la mobilité des populations", "épidémies", "flambées", "fièvre jaune", "rsi",
        ),
        "es": (
            "salud en fronteras", "gestión sanitaria de fronteras", "mapeo de movilidad poblacional", "brotes",
            "fiebre amarilla", "tamizaje en frontera", "cordón sanitario", "control de temperatura",
            "certificado de vacunación",
        ),
        "ru": (
            "санитарно-эпидемиологический", "ММСП", "санитарный контроль", "эпидемиологический надзор", "коронавирус",
            "ковид", "тестирование на границе", "скрининг", "инфекционный контроль", "завоз инфекций", "обсервация",
            "эпидемии",
        ),
        "ar": (
            "الأوبئة", "الوباء", "كوفيد", "كورونا", "الترصد الوبائي", "المراقبة الوبائية", "الرصد الوبائي",
            "العزل الصحي", "الطوارئ الصحية", "الصحة في المنافذ",
        ),
        "zh": (
            "国境卫生检疫", "入境检疫", "入境点", "入境口岸", "健康申报", "体温检测", "传染病监测", "流行病", "新冠",
            "隔离", "核酸", "公共卫生事件", "海关",
        ),
    },
    "case-management": {
        "en": (
            "case workers", "caseworkers", "vulnerability screening", "reintegration counselling", "follow-up visits",
            "case files", "intake interview", "reintegration support", "reintegration packages",
            "monitoring of reintegration", "reintegration sustainability",
        ),
        "fr": (
            "travailleurs sociaux", "plan de réintégration", "plan de réinsertion",
            "plan individuel de réintégration", "assistance à la réintégration", "assistance à la réinsertion",
            "conseillers en réintégration", "suivi individualisé", "accompagnement personnalisé", "visites de suivi",
            "dossiers individuels", "prise en charge individuelle",
        ),
        "es": (
            "gestores de casos", "manejo de casos", "acompañamiento individual", "trabajadores sociales",
            "asistencia a la reintegración", "apoyo a la reintegración", "visitas de seguimiento",
            "seguimiento de casos", "atención individualizada", "expediente del caso",
        ),
        "ru": (
            "индивидуальный план", "социальное сопровождение", "индивидуальное сопровождение", "сопровождение случая",
            "кейс-менеджмент", "кейс-менеджер", "план реинтеграции", "реинтеграционная помощь", "социальный работник",
            "работа со случаем", "сопровождение вернувшихся", "сопровождение мигрантов", "индивидуальная помощь",
        ),
        "ar": (
            "مدراء الحالات", "مديري الحالات", "متابعة الحالات", "تدبير الحالات", "خطة إعادة الإدماج",
            "خطط إعادة الإدماج", "مساعدات إعادة الإدماج", "حزمة إعادة الإدماج", "المرافقة الفردية",
            "المتابعة الفردية", "الأخصائيين الاجتماعيين", "ملف الحالة",
        ),
        "zh": (
            "个案工作", "个案评估", "个案跟踪", "个案社工", "一人一档", "一人一策", "一案一策", "跟踪回访",
            "一对一帮扶", "再融入计划", "重新融入援助", "个性化帮扶",
        ),
    },
    "census": {
        "en": (
            "place of birth", "country of birth", "foreign-born", "year of arrival", "previous residence",
        ),
        "fr": (
            "rgph", "lieu de naissance", "pays de naissance", "dénombrement", "nés à l'étranger", "année d'arrivée",
            "lieu de résidence antérieure", "censitaire",
        ),
        "es": (
            "censal", "empadronamiento", "lugar de nacimiento", "país de nacimiento", "nacidos en el extranjero",
            "año de llegada", "residencia anterior", "censistas",
        ),
        "ru": (
            "переписной", "переписчики",
        ),
        "ar": (
            "الإحصاء العام للسكان", "الإحصاء السكاني", "حصر السكان",
        ),
        "zh": (
            "入户登记", "人口抽样调查", "七普", "六普", "人口调查", "普查员", "普查登记",
        ),
    },
    "citizenship": {
        "en": (
            "acquisition of nationality", "loss of nationality", "jus soli", "jus sanguinis", "golden visas",
            "oath of allegiance", "right to a nationality",
        ),
        "fr": (
            "acquisition de la nationalité", "perte de la nationalité", "déchéance de nationalité",
            "code de la nationalité", "certificat de nationalité", "droit du sol", "droit du sang", "binationaux",
            "nationalité par filiation",
        ),
        "es": (
            "adquisición de la nacionalidad", "pérdida de la nacionalidad", "nacionalidad por opción", "ius soli",
            "ius sanguinis", "nacionalidad por nacimiento",
        ),
        "ru": (
            "подданство", "паспортизация", "ПМЖ", "постоянного места жительства", "присяга", "бипатриды",
        ),
        "ar": (
            "التجنيس", "المتجنسين", "الإقامة الطويلة", "الإقامة المميزة", "الإقامة الذهبية",
        ),
        "zh": (
            "归化", "公民身份", "绿卡", "国籍法", "加入国籍", "退出国籍", "丧失国籍", "恢复国籍", "取得国籍",
        ),
    },
    "civil-registration": {
        "en": (
            "crvs", "vital statistics", "vital events", "death registration", "late registration", "national id",
            "identity cards", "legal identity", "proof of identity", "foundational identity", "civil status",
            "marriage registration", "nationality documentation",
        ),
        "fr": (
            "déclaration des naissances", "déclarations de naissance", "cartes nationales d'identité",
            "carte d'identité", "cni", "identité juridique", "jugement supplétif", "actes de décès",
            "documents d'identité", "enrôlement biométrique",
        ),
        "es": (
            "inscripción de nacimientos", "inscripción tardía", "partidas de nacimiento",
            "certificados de nacimiento", "cédulas", "documento nacional de identidad", "dni", "dui",
            "identidad jurídica", "identidad legal", "estadísticas vitales", "hechos vitales", "renap", "reniec",
            "registro nacional de las personas", "actas de defunción", "registraduría nacional del estado civil",
        ),
        "ru": (
            "ЗАГС", "записи актов", "регистрация рождения", "свидетельство о браке", "документирование населения",
            "удостоверение личности", "удостоверяющих личность", "ID-карта", "лиц без гражданства",
            "установление личности",
        ),
        "ar": (
            "الحالة المدنية", "الأحوال المدنية", "عقود الازدياد", "رسم الولادة", "شهادات الولادة", "قيد المواليد",
            "تسجيل الولادات", "البطاقة الوطنية", "بطاقة الهوية", "الرقم الوطني", "الإحصاءات الحيوية",
            "الهوية القانونية",
        ),
        "zh": (
            "出生证明", "出生医学证明", "出生证", "死亡登记", "婚姻登记", "民事登记", "生命登记", "户口簿",
            "户口登记", "身份证", "身份证明", "法定身份", "黑户", "无户口", "人口登记", "公民身份证",
        ),
    },
    "civil-society": {
        "en": (
            "csos", "community-based organisations", "cbos", "faith-based organisations", "grassroots", "non-profit",
            "nonprofits", "charities", "advocacy groups", "human rights defenders", "ingos",
        ),
        "fr": (
            "osc", "organisations communautaires de base", "ocb", "organisations confessionnelles",
            "organisations à base communautaire", "acteurs non étatiques", "organisations non gouvernementales",
            "bénévoles", "défenseurs des droits",
        ),
        "es": (
            "pastoral de movilidad humana", "pastoral migratoria", "casas del migrante",
            "defensores de derechos humanos", "actores no estatales", "entidades sin fines de lucro",
            "colectivos de migrantes", "iglesias",
        ),
        "ru": (
            "НПО", "ОГО", "некоммерческие", "объединения мигрантов", "ассоциации мигрантов", "волонтеры",
            "благотворительные", "низовые организации", "инициативные группы", "общинные организации",
            "третий сектор",
        ),
        "ar": (
            "المنظمات الأهلية", "الجمعوية", "الجمعويين", "المنظمات غير الربحية", "المنظمات المجتمعية",
            "الهيئات غير الحكومية", "المنظمات التطوعية", "المتطوعين",
        ),
        "zh": (
            "社团", "社会团体", "公益组织", "慈善", "基金会", "非营利", "社区组织", "移民协会", "草根组织",
            "社会力量", "志愿者", "社会工作者", "社工机构", "民办非企业", "海外社团",
        ),
    },
    "climate-mobility": {
        "en": (
            "climate migration", "climate mobility", "climate-induced migration", "environmental migrants",
            "environmental migration", "climate refugees", "slow-onset", "sudden-onset", "loss and damage",
            "sea-level rise", "land degradation", "desertification", "nansen initiative", "sendai framework",
            "migration as adaptation", "national adaptation plans", "early warning systems",
            "civil protection", "disaster risk management", "emergency management", "relocation of communities",
            "community relocation", "relocated communities", "high-risk areas",
        ),
        "fr": (
            "migrations climatiques", "mobilité climatique", "migrants environnementaux", "migrants climatiques",
            "réfugiés climatiques", "phénomènes à évolution lente", "pertes et préjudices", "dégradation des terres",
            "élévation du niveau de la mer", "cadre de sendai", "plans nationaux d'adaptation",
            "systèmes d'alerte précoce", "inondations", "migration environnementale",
            "protection civile", "gestion des risques de catastrophe", "relocalisation des communautés",
            "déplacement des villages", "zones à risque", "zones inondables",
        ),
        "es": (
            "migración climática", "movilidad climática", "migrantes ambientales", "refugiados climáticos",
            "fenómenos de evolución lenta", "eventos de evolución lenta", "pérdidas y daños",
            "degradación de tierras", "aumento del nivel del mar", "marco de sendai",
            "planes nacionales de adaptación", "sistemas de alerta temprana", "inundaciones", "corredor seco",
            "migración ambiental",
            "protección civil", "gestión del riesgo de desastres", "gestión integral del riesgo",
            "reubicación de comunidades", "comunidades reubicadas", "trasladar comunidades", "traslado de comunidades",
            "zonas de riesgo", "zonas inundables",
        ),
        "ru": (
            "климатическая миграция", "экологическая миграция", "климатические мигранты", "экологические мигранты",
            "вынужденное переселение", "плановое переселение", "переселение из зон", "экомигранты", "наводнения",
            "селевые", "оползни", "опустынивание", "сендайская",
            "гражданская защита", "гражданской защиты", "мчс", "управление рисками бедствий", "зоны риска",
            "зон риска", "зоны затопления", "переселение сел", "переселение сёл",
        ),
        "ar": (
            "الهجرة المناخية", "الهجرة البيئية", "المهاجرين البيئيين", "النازحين", "التنقل البشري",
            "التنقل المرتبط بالمناخ", "إطار سنداي", "مبادرة نانسن", "الصدمات المناخية",
            "الحماية المدنية", "إدارة مخاطر الكوارث", "المناطق المعرضة للخطر", "نقل التجمعات السكانية",
        ),
        "zh": (
            "防灾减灾", "灾害风险", "气候移民", "气候难民", "环境移民", "生态移民", "易地搬迁", "易地扶贫搬迁",
            "计划搬迁", "灾民", "受灾群众", "仙台框架", "海平面上升",
            "应急管理", "搬迁安置", "整体搬迁", "避险搬迁",
        ),
    },
    "coherence": {
        "en": (
            "interagency", "inter-institutional", "whole-of-society", "national migration council",
            "migration governance indicators", "gcm", "gfmd", "regional consultative processes",
            "national development strategy", "migration-development nexus", "un network on migration",
            "united nations network on migration",
        ),
        "fr": (
            "intégration des questions migratoires", "prise en compte de la migration", "approche pangouvernementale",
            "approche pansociétale", "cadre national de concertation", "processus consultatifs régionaux",
            "forum mondial sur la migration et le développement", "fmmd",
            "réseau des nations unies sur les migrations", "stratégie nationale de développement",
            "processus de rabat", "processus de khartoum", "midwa", "approche gouvernementale globale",
        ),
        "es": (
            "enfoque pangubernamental", "enfoque de gobierno integral", "enfoque pansocial",
            "enfoque de toda la sociedad", "consejo nacional de migración", "gabinete migratorio",
            "mesa técnica de migración", "conferencia regional sobre migración", "proceso de puebla",
            "conferencia suramericana sobre migraciones", "proceso de quito",
            "red de las naciones unidas sobre la migración", "estrategia nacional de desarrollo",
        ),
        "ru": (
            "общегосударственный подход", "межминистерский", "координационный совет", "координационный механизм",
            "интеграция вопросов миграции", "учет вопросов миграции", "вклад миграции в развитие", "гдм",
            "взаимодействие министерств", "взаимодействие ведомств", "мейнстриминг",
            "безопасной, упорядоченной и легальной",
        ),
        "ar": (
            "إدراج الهجرة", "تضمين الهجرة", "إدماج بعد الهجرة", "الميثاق العالمي", "الهجرة الآمنة والمنظمة والنظامية",
            "الحكومة بأكملها", "المجتمع بأسره", "اللجنة الوطنية للهجرة", "الهجرة من أجل التنمية",
            "العمليات التشاورية الإقليمية", "الانسجام بين السياسات", "تناسق السياسات", "التنمية الترابية",
            "مخطط التنمية", "الخطط التنموية",
        ),
        "zh": (
            "联席会议", "部际联席会议", "部门间协调", "跨部门协调", "政府整体", "协同治理", "全球移民契约",
            "移民全球契约", "纳入主流", "政策协调", "移民治理", "国家移民政策",
        ),
    },
    "complaints-justice": {
        "en": (
            "ombudsman", "ombudsperson", "labour courts", "labour tribunals", "dispute resolution",
            "legal assistance", "legal counselling", "pro bono", "paralegals", "redress", "compensation claims",
            "labor disputes", "legal clinics",
        ),
        "fr": (
            "médiateur de la république", "tribunaux du travail", "règlement des différends", "conseil juridique",
            "cliniques juridiques", "parajuristes", "voies de recours",
        ),
        "es": (
            "defensoría del pueblo", "procuraduría de los derechos humanos", "juzgados laborales",
            "tribunales laborales", "conciliación laboral", "resolución de conflictos", "reclamos", "reclamaciones",
            "orientación jurídica", "clínicas jurídicas", "defensa pública", "defensores públicos",
            "recursos legales",
        ),
        "ru": (
            "юридические консультации", "обращения мигрантов", "жалобный", "адвокаты", "юристы", "обращение в суд",
            "судебная защита", "разрешение споров", "медиация", "взыскание заработной платы",
            "правовое консультирование", "юридических клиник", "общественные приемные",
        ),
        "ar": (
            "الشكايات", "التظلمات", "الشكوى", "نزاعات العمل", "منازعات الشغل", "المحاكم العمالية", "القضاء العمالي",
            "تسوية النزاعات", "الوصول إلى القضاء", "الولوج إلى العدالة", "المساعدة القضائية", "العون القضائي",
            "مطالبات الأجور", "المظالم",
        ),
        "zh": (
            "劳动仲裁", "仲裁", "调解", "举报", "信访", "法律咨询", "法律服务", "讨薪", "诉讼", "司法救济",
            "救济途径", "追讨工资", "投诉渠道", "法律救助", "公共法律服务",
        ),
    },
    "consular": {
        "en": (
            "consuls", "missions abroad", "overseas missions", "diplomatic missions", "migrant workers office",
            "philippine overseas labor office", "welfare desk", "emergency travel documents", "emergency passports",
            "laissez-passer", "assistance to nationals", "nationals in distress", "distressed workers",
            "distressed migrants",
        ),
        "fr": (
            "représentations diplomatiques", "postes diplomatiques", "missions diplomatiques",
            "documents de voyage d'urgence", "assistance aux ressortissants", "protection des ressortissants",
            "ressortissants en détresse", "conseillers sociaux",
        ),
        "es": (
            "cónsules", "misiones diplomáticas", "sedes diplomáticas", "salvoconducto",
            "documento de viaje de emergencia", "asistencia a nacionales", "protección a nacionales", "cancillería",
            "nacionales en situación de vulnerabilidad",
        ),
        "ru": (
            "консул", "загранучреждения", "находящихся за рубежом", "пребывающих за рубежом", "граждан за границей",
            "свидетельство на возвращение", "представительства за рубежом", "диппредставительства",
        ),
        "ar": (
            "التمثيل العمالي", "المكاتب العمالية", "الملحق الاجتماعي", "الملحقين الاجتماعيين", "القناصل", "الرعايا",
            "المواطنين بالخارج", "وزارة الخارجية",
        ),
        "zh": (
            "海外公民", "海外中国公民", "海外利益保护", "驻外使团", "外交使团", "经商参处", "经商处", "劳务专员",
            "劳工专员", "福利官员", "侨民保护", "驻外机构", "领事服务",
        ),
    },
    "crisis-evacuation": {
        "en": (
            "micic", "crisis situations", "conflict-affected", "armed conflict", "humanitarian emergencies",
            "emergency preparedness", "preparedness plans", "crisis management", "humanitarian assistance",
            "emergency repatriation", "emergency consular assistance", "crisis response",
            "migration crisis operational framework", "mcof",
        ),
        "fr": (
            "situations de crise", "gestion des crises", "gestion de crise", "plans d'urgence",
            "préparation aux situations d'urgence", "alerte précoce", "conflits armés", "assistance humanitaire",
            "aide humanitaire", "rapatriement d'urgence", "urgences humanitaires", "cellule de crise",
        ),
        "es": (
            "situaciones de crisis", "gestión de crisis", "planes de emergencia", "preparación ante emergencias",
            "alerta temprana", "conflictos armados", "asistencia humanitaria", "ayuda humanitaria",
            "repatriación de emergencia", "corredores humanitarios", "emergencias humanitarias",
            "comité de operaciones de emergencia", "sala de crisis",
        ),
        "ru": (
            "ЧС", "МЧС", "кризисных ситуаций", "вооруженный конфликт", "экстренное реагирование",
            "готовность к кризисам", "планирование на случай", "гуманитарная помощь", "гуманитарный кризис",
            "экстренная помощь", "застрявших мигрантов", "кризисное реагирование",
        ),
        "ar": (
            "إدارة الأزمات", "خلية الأزمة", "التأهب", "التخطيط للطوارئ", "البلدان التي تمر بأزمات",
            "النزاعات المسلحة", "الإغاثة", "العمل الإنساني", "المساعدات الإنسانية",
        ),
        "zh": (
            "危机中国家", "紧急撤离", "人道援助", "紧急救援", "应急处置", "危机准备", "危机预防", "滞留海外",
            "滞留人员", "海外安全", "安全预警",
        ),
    },
    "demography": {
        "en": (
            "population growth", "youth bulge", "life expectancy", "mortality", "birth rates", "old-age dependency",
            "population pyramid", "age structure", "net migration", "working-age population", "population decline",
            "depopulation",
        ),
        "fr": (
            "croissance de la population", "pyramide des âges", "espérance de vie", "natalité", "structure par âge",
            "population en âge de travailler", "solde migratoire", "migration nette",
        ),
        "es": (
            "crecimiento poblacional", "crecimiento de la población", "pirámide poblacional", "pirámide de población",
            "esperanza de vida", "natalidad", "estructura por edad", "población en edad de trabajar",
            "saldo migratorio", "migración neta", "despoblamiento",
        ),
        "ru": (
            "естественный прирост", "смертность", "возрастная структура", "половозрастной", "депопуляция",
            "прирост населения", "продолжительность жизни", "миграционный прирост", "сальдо миграции",
        ),
        "ar": (
            "الديمغرافيا", "التركيبة العمرية", "الهيكل العمري", "معدل المواليد", "معدلات الوفيات", "الإنجاب",
            "المسنين", "كبار السن",
        ),
        "zh": (
            "人口红利", "少子化", "出生率", "死亡率", "人口增长", "人口负增长", "劳动年龄人口", "抚养比", "人口规模",
            "人口形势", "老年人口", "预期寿命", "年龄结构", "净迁移", "人口统计", "人口情景", "总和生育率",
        ),
    },
    "detention-alternatives": {
        "en": (
            "atd", "administrative detention", "detention facilities", "detention of migrants",
            "detention of children", "child detention", "community-based alternatives", "non-custodial",
            "holding facilities", "pre-removal detention", "detention monitoring", "places of detention",
            "deprivation of liberty", "national preventive mechanism", "immigration removal centres",
            "closed centres",
        ),
        "fr": (
            "zones d'attente", "privation de liberté", "détention administrative", "détention des migrants",
            "rétention des enfants", "assignation à résidence", "mécanisme national de prévention", "centres fermés",
            "centres ouverts", "lieux de détention",
        ),
        "es": (
            "estancias provisionales", "privación de libertad", "centros de internamiento de extranjeros",
            "detención administrativa", "detención de niños", "mecanismo nacional de prevención de la tortura",
            "centros de acogida", "presentación periódica", "lugares de detención", "detención de migrantes",
        ),
        "ru": (
            "задержание мигрантов", "административное задержание", "ЦВСИГ", "СУВСИГ", "лишение свободы",
            "иммиграционное задержание", "условия содержания", "центры приема", "центры размещения",
            "приемник-распределитель", "содержание иностранных граждан",
        ),
        "ar": (
            "الحجز الإداري", "مراكز الحجز", "مراكز الإيداع", "مراكز التوقيف", "الاعتقال", "الحرمان من الحرية",
            "مراكز الترحيل", "المحتجزين",
        ),
        "zh": (
            "羁押", "拘押", "拘禁", "拘留审查", "限制活动范围", "拘留替代", "非拘禁", "收容所", "移民拘留",
        ),
    },
    "diaspora": {
        "en": (
            "overseas filipinos", "non-resident indians", "nris", "overseas pakistanis", "overseas chinese",
            "emigrants", "nationals residing abroad", "citizens living abroad", "compatriots",
            "home town associations", "htas", "descendants of migrants", "balikbayan", "overseas communities",
            "communities abroad", "sixth region", "second-generation migrants",
        ),
        "fr": (
            "émigrés", "établis à l'extérieur", "descendants de migrants", "sixième région", "codéveloppement",
            "co-développement", "fédérations de migrants", "migrants de deuxième génération",
        ),
        "es": (
            "emigrados", "paisanos", "clubes de migrantes", "federaciones de migrantes", "comunidades migrantes",
            "colectividades de migrantes", "migrantes de segunda generación",
        ),
        "ru": (
            "эмигранты", "эмигрантские", "зарубежная община", "национально-культурные объединения",
            "национально-культурные центры", "выходцы из", "транснациональные", "экспатрианты", "кандасы", "оралманы",
            "мигрантские сообщества",
        ),
        "ar": (
            "مغاربة العالم", "المغاربة المقيمين بالخارج", "التونسيين بالخارج", "المصريين بالخارج",
            "السودانيين العاملين بالخارج", "الانتشار اللبناني", "ذوي الأصول", "جمعيات مسقط الرأس", "الدياسبورا",
            "جاليتنا", "مغتربينا", "الاغتراب",
        ),
        "zh": (
            "华裔", "海外同胞", "同乡会", "海外社团", "海外联谊会", "移民社群", "海外社区", "散居者", "离散族群",
            "祖籍国", "统战部", "海外专业人士", "海外人才库", "海外华人", "华人华侨",
        ),
    },
    "diaspora-investment": {
        "en": (
            "diaspora investors", "diaspora direct investment", "diaspora philanthropy", "collective remittances",
            "matching grants", "3x1", "hometown investment", "diaspora funds", "foreign currency deposits",
            "non-resident deposits", "investment promotion agency", "crowdfunding", "co-investment",
            "diaspora chambers of commerce",
        ),
        "fr": (
            "investissement productif", "transferts collectifs", "comptes en devises", "fonds de garantie",
            "financement participatif", "projets de codéveloppement", "agence de promotion des investissements",
            "investissement des migrants", "émissions obligataires", "placements de la diaspora",
        ),
        "es": (
            "inversión productiva", "inversores de la diáspora", "remesas colectivas", "tres por uno",
            "cofinanciamiento", "financiamiento colectivo", "agencia de promoción de inversiones",
            "inversión de migrantes", "inversión de los migrantes", "cuentas en divisas", "fondos de contrapartida",
        ),
        "ru": (
            "инвестиции мигрантов", "инвестиции соотечественников", "вложения мигрантов", "средства мигрантов",
            "депозиты", "диаспоральные облигации", "инвестиционные фонды", "инвестирование", "сберегательные",
        ),
        "ar": (
            "استثمارات الجالية", "استثمارات مغاربة العالم", "استثمارات المهاجرين", "سندات الشتات", "ودائع المغتربين",
            "شهادات بلادي", "صندوق الاستثمار", "الاستثمار المنتج", "تعبئة المدخرات", "المستثمرين المغتربين",
            "مستثمري الجالية",
        ),
        "zh": (
            "海外华商", "华商投资", "侨民债券", "侨胞投资", "回国投资", "回乡投资", "侨资企业", "侨汇储蓄",
            "华侨投资", "侨商投资", "引进侨资",
        ),
    },
    "diaspora-mapping": {
        "en": (
            "diaspora database", "diaspora registry", "profiling the diaspora", "diaspora census", "skills database",
            "diaspora directory", "registration of nationals abroad", "consular registration",
        ),
        "fr": (
            "cartographie des diasporas", "base de données de la diaspora", "recensement de la diaspora",
            "répertoire de la diaspora", "profilage de la diaspora", "fichier de la diaspora",
            "inventaire des compétences", "base de données des compétences", "enquête auprès de la diaspora",
            "immatriculation consulaire",
        ),
        "es": (
            "mapeo de diásporas", "mapeo de las diásporas", "base de datos de la diáspora", "registro de la diáspora",
            "caracterización de la diáspora", "caracterización de migrantes", "censo de la diáspora",
            "directorio de la diáspora", "inventario de competencias", "inventario de habilidades",
            "registro consular",
        ),
        "ru": (
            "профиль диаспоры", "опрос диаспоры", "обследование диаспоры", "учет соотечественников",
            "данных о диаспоре", "потенциала диаспоры", "картографирование диаспоры", "реестр соотечественников",
            "реестр специалистов", "численность диаспоры",
        ),
        "ar": (
            "رسم خرائط المغتربين", "رسم خرائط الشتات", "خريطة الجالية", "إحصاء الجالية", "إحصاء المغتربين",
            "قاعدة بيانات الجالية", "قاعدة بيانات الكفاءات", "حصر الكفاءات", "سجل المغتربين", "مسح الشتات",
        ),
        "zh": (
            "人才库", "人才地图", "摸清底数", "技能清单", "人才信息库", "侨胞分布", "华人分布", "海外人才库",
            "侨情数据",
        ),
    },
    "diplomacy": {
        "en": (
            "foreign affairs officials", "foreign service", "negotiation skills", "multilateral fora",
            "multilateral processes", "intergovernmental processes", "permanent representatives", "envoys",
            "foreign ministry", "ministry of foreign affairs", "un general assembly", "negotiation of agreements",
        ),
        "fr": (
            "affaires étrangères", "représentants permanents", "processus intergouvernementaux", "fora multilatéraux",
            "enceintes multilatérales", "forum d'examen des migrations internationales", "techniques de négociation",
        ),
        "es": (
            "relaciones exteriores", "foros multilaterales", "procesos intergubernamentales", "servicio exterior",
            "foro de examen de la migración internacional", "técnicas de negociación",
        ),
        "ru": (
            "дипломатической", "МИД", "министерство иностранных дел", "переговорщики", "ведение переговоров",
            "межгосударственных переговоров", "международные переговоры", "постпредство", "генеральная ассамблея",
            "консультативные процессы", "алматинский процесс", "будапештский процесс", "пражский процесс",
            "глобальный форум", "ГФМР",
        ),
        "ar": (
            "الدبلوماسية", "الديبلوماسية", "الديبلوماسيين", "المفاوضين", "مهارات التفاوض",
            "المنتدى العالمي للهجرة والتنمية", "منتدى استعراض الهجرة الدولية", "السفراء", "المفاوضات الثنائية",
            "عملية الرباط", "عملية الخرطوم",
        ),
        "zh": (
            "外交部", "使节", "常驻代表", "驻联合国", "多边外交", "外交谈判", "谈判代表", "政府间进程",
            "国际移民审查论坛", "全球移民与发展论坛", "区域协商进程", "区域磋商进程", "移民外交", "联合国大会",
        ),
    },
    "document-security": {
        "en": (
            "travel document security", "counterfeit documents", "forgery", "forgeries", "impostors",
            "machine readable", "mrtd", "icao", "public key directory", "identity fraud", "document verification",
            "document examiners", "pnr", "passenger name record", "security features", "facial recognition",
            "fingerprints", "identity verification", "breeder documents",
        ),
        "fr": (
            "contrefaçon", "falsification", "usurpation d'identité", "fraude à l'identité", "empreintes digitales",
            "reconnaissance faciale", "éléments de sécurité", "documents de voyage sécurisés",
            "vérification des documents", "oaci", "faussaires", "analyse documentaire", "lecture automatique",
        ),
        "es": (
            "alteración de documentos", "suplantación de identidad", "usurpación de identidad", "huellas dactilares",
            "reconocimiento facial", "elementos de seguridad", "verificación documental",
            "verificación de documentos", "documentos apócrifos", "peritos en documentos", "documentos adulterados",
        ),
        "ru": (
            "фальсификация", "подделка", "технико-криминалистическая", "защитные элементы", "биометрические",
            "загранпаспорт", "дактилоскопия", "отпечатки пальцев", "информация о пассажирах", "сведения о пассажирах",
            "ИКАО", "машиносчитываемые", "проверка документов", "безопасность документов",
        ),
        "ar": (
            "الوثائق المزيفة", "المستندات المزورة", "التزوير", "انتحال الشخصية", "بصمات الأصابع", "أمن الوثائق",
            "فحص المستندات", "المعلومات المسبقة عن المسافرين", "سجلات أسماء الركاب", "التعرف على الوجه",
        ),
        "zh": (
            "伪造", "变造", "冒用", "骗取签证", "骗取出境证件", "生物特征", "指纹", "人脸识别", "面部识别", "防伪",
            "证件真伪", "旅客信息预报", "预报旅客信息", "旅客订座记录", "出入境证件",
        ),
    },
    "domestic-work": {
        "en": (
            "domestic helpers", "housemaids", "maids", "household service workers", "nannies", "au pairs",
            "housekeepers", "domestic service", "convention 189", "c189",
        ),
        "fr": (
            "aides ménagères", "personnel de maison", "gens de maison", "emplois de maison", "femmes de ménage",
            "aides à domicile", "auxiliaires de vie", "garde d'enfants", "nounous", "services à la personne",
        ),
        "es": (
            "trabajo del hogar", "empleadas del hogar", "servicio doméstico", "personal doméstico",
            "trabajo de cuidados", "trabajadoras de cuidados", "cuidado de personas", "niñeras", "convenio 189",
        ),
        "ru": (
            "работники домашнего хозяйства", "домашних работниц", "домашняя прислуга", "прислуга", "сиделки",
            "работники по уходу", "уход за пожилыми", "няни", "помощники по хозяйству",
        ),
        "ar": (
            "الخدمة المنزلية", "خدم المنازل", "المستخدمين في المنازل", "العاملات المنزليات", "عاملات البيوت",
            "العاملين في المنازل", "مقدمي الرعاية", "الاتفاقية رقم 189",
        ),
        "zh": (
            "家政", "家佣", "外籍家佣", "家庭帮工", "家务工", "菲佣", "育儿嫂", "月嫂", "养老护理员", "看护",
            "家务助理", "护理员",
        ),
    },
    "education": {
        "en": (
            "educators", "early childhood", "kindergarten", "preschool", "dropout", "accelerated learning",
            "catch-up classes", "bridging classes", "learning centres", "learning centers",
        ),
        "fr": (
            "établissements scolaires", "décrochage scolaire", "abandon scolaire", "déscolarisation",
            "classes passerelles", "cours de rattrapage", "petite enfance", "préscolaire", "alphabétisation",
        ),
        "es": (
            "planteles", "alfabetización", "profesores", "primera infancia", "nivelación académica", "niñez migrante",
        ),
        "ru": (
            "общеобразовательные", "дошкольного", "детские сады", "школьного", "школьники", "педагоги",
            "педагогические", "министерство просвещения", "родном языке", "детских садов", "детский сад",
        ),
        "ar": (
            "الأساتذة", "الفصول الدراسية", "الصفوف الدراسية", "وزارة التربية", "التربية الوطنية", "المنظومة التربوية",
            "أبناء المهاجرين", "التحصيل الدراسي", "المناهج الدراسية",
        ),
        "zh": (
            "中小学", "幼儿园", "学前", "学龄", "就学", "学籍", "借读", "异地高考", "异地中考", "受教育", "师生",
            "校园", "辍学", "留守儿童", "学龄儿童",
        ),
    },
    "elections": {
        "en": (
            "ballot", "polling stations", "suffrage", "overseas constituencies", "diaspora constituencies",
        ),
        "fr": (
            "circonscriptions de l'étranger", "députés de la diaspora", "ceni",
        ),
        "es": (
            "sufragio", "urnas", "circunscripción exterior", "circunscripción internacional", "diputados migrantes",
            "comicios",
        ),
        "ru": (
            "ЦИК", "электоральный", "референдум", "политическое участие", "право голоса", "бюллетени",
            "проголосовать",
        ),
        "ar": (
            "الاقتراع", "التمثيل السياسي", "الحقوق السياسية", "الاستفتاء", "المشاركة المدنية",
            "المشاركة في الحياة العامة",
        ),
        "zh": (
            "海外投票", "境外投票", "侨民投票", "缺席投票", "邮寄投票", "政治参与", "参政议政", "选票", "选区",
            "选举权",
        ),
    },
    "employment-services": {
        "en": (
            "jobseekers", "job fairs", "labour exchanges", "job search", "job vacancies",
            "active labour market policies", "almp", "job counselling", "career counselling", "vocational guidance",
            "public employment agency", "national employment agency", "employment centres", "employment centers",
            "job portals",
        ),
        "fr": (
            "anpe", "anapec", "aneti", "anem", "agepe", "agence nationale pour l'emploi", "pôle emploi",
            "bourses de l'emploi", "salons de l'emploi", "forums de l'emploi", "recherche d'emploi",
            "insertion professionnelle", "offres d'emploi", "politiques actives du marché du travail",
            "maisons de l'emploi", "intermédiation sur le marché du travail",
        ),
        "es": (
            "bolsas de empleo", "ferias de empleo", "ferias laborales", "servicio nacional de empleo",
            "agencia pública de empleo", "búsqueda de empleo", "buscadores de trabajo", "inserción laboral",
            "vacantes", "ofertas de empleo", "colocación laboral", "políticas activas de empleo", "portal de empleo",
            "agencias de empleo públicas",
        ),
        "ru": (
            "агентство занятости", "содействие занятости", "безработные граждане", "безработных", "вакансии",
            "профессиональная ориентация", "карьерное консультирование", "активной политики занятости",
            "переобучение", "соискателей работы", "трудовое посредничество",
        ),
        "ar": (
            "إنعاش التشغيل", "الوكالة الوطنية للتشغيل", "الباحثين عن الشغل", "طالبي العمل", "طالبي الشغل",
            "الباحثين عن وظائف", "مطابقة الوظائف", "الوساطة في سوق العمل", "الوساطة في التشغيل", "التوجيه الوظيفي",
            "الإرشاد المهني", "الإرشاد الوظيفي", "الإدماج المهني", "سياسات سوق العمل النشطة",
        ),
        "zh": (
            "招聘会", "人才市场", "岗位信息", "岗位匹配", "人岗匹配", "岗位推荐", "就业援助", "就业见习", "失业登记",
            "就业困难人员", "职业规划", "零工市场", "就业驿站", "职业咨询", "职业生涯", "职业介绍机构",
        ),
    },
    "entrepreneurship": {
        "en": (
            "business grants", "in-kind grants", "micro-business", "microbusiness", "income generating",
            "self-employed", "business skills", "business training", "siyb", "start and improve your business",
            "value chains", "incubators", "seed capital", "seed funding", "startup", "agribusiness",
            "small-scale enterprises",
        ),
        "fr": (
            "agr", "microprojets", "micro-projets", "projets productifs", "subventions en nature",
            "kits de démarrage", "kits d'installation", "fonds d'amorçage", "capital d'amorçage", "tpe", "tpme",
            "petit commerce", "chaînes de valeur", "filières porteuses", "gie", "groupements d'intérêt économique",
            "insertion économique",
        ),
        "es": (
            "capital semilla", "fondo semilla", "incubadoras de empresas", "incubación", "cadenas de valor",
            "cadenas productivas", "proyectos productivos", "actividades generadoras de ingresos",
            "generación de ingresos", "subsidios en especie", "unidades productivas", "trabajo por cuenta propia",
            "cuentapropistas", "capital de trabajo",
        ),
        "ru": (
            "ИП", "МСП", "МСБ", "микропредприятия", "инкубатор", "стартовый капитал", "собственного дела",
            "собственное дело", "своего дела", "предпринимательская", "фермерских хозяйств",
            "средства к существованию", "источников дохода", "приносящей доход",
        ),
        "ar": (
            "العمل الحر", "العمل للحساب الخاص", "المنشآت الصغيرة والمتوسطة", "المؤسسات الصغرى والمتوسطة",
            "المشروعات الصغيرة", "المشروعات متناهية الصغر", "جهاز تنمية المشروعات", "حاضنات الأعمال",
            "مسرعات الأعمال", "الشركات الناشئة", "المقاولاتية", "روح المبادرة", "الأنشطة المدرة للدخل",
            "دراسة الجدوى", "خطة الأعمال",
        ),
        "zh": (
            "个体工商户", "个体户", "个体经营", "自雇", "自谋职业", "微型企业", "初创企业", "创办企业", "开办企业",
            "营业执照", "孵化器", "众创空间", "营商环境", "返乡创业", "谋生", "创业担保贷款", "回乡创业",
        ),
    },
    "environment": {
        "en": (
            "slow-onset", "sudden-onset", "cyclones", "hurricanes", "typhoons", "earthquakes", "landslides",
            "land degradation", "natural hazards", "loss and damage", "sendai framework", "unfccc",
            "nansen initiative", "water scarcity", "coastal erosion", "heatwaves", "salinization", "salinity",
        ),
        "fr": (
            "dégradation des terres", "aléas naturels", "ouragans", "séismes", "tremblements de terre",
            "glissements de terrain", "montée des eaux", "élévation du niveau de la mer", "érosion côtière",
            "phénomènes extrêmes", "pertes et préjudices", "cadre de sendai", "ccnucc", "insécurité alimentaire",
            "salinisation", "vagues de chaleur",
        ),
        "es": (
            "huracanes", "terremotos", "sismos", "deslizamientos", "derrumbes", "degradación de tierras",
            "aumento del nivel del mar", "elevación del nivel del mar", "erosión costera", "fenómeno de el niño",
            "fenómeno del niño", "amenazas naturales", "pérdidas y daños", "marco de sendai", "cmnucc",
            "inseguridad alimentaria", "corredor seco", "olas de calor",
        ),
        "ru": (
            "природные катастрофы", "селевые", "оползни", "землетрясения", "паводки", "деградация земель",
            "вынужденное переселение", "таяние ледников", "ледники", "нехватка воды", "водные ресурсы", "маловодье",
            "перемещенных лиц", "дефицит воды",
        ),
        "ar": (
            "الكارثة", "السيول", "ارتفاع منسوب مياه البحر", "ارتفاع مستوى سطح البحر", "ندرة المياه", "شح المياه",
            "تدهور الأراضي", "الصمود", "الاحتباس الحراري", "الأعاصير", "الزلازل", "الأخطار الطبيعية",
        ),
        "zh": (
            "生态移民", "易地扶贫搬迁", "防灾减灾", "灾后重建", "地震", "极端天气", "气象", "水资源", "土地退化",
            "沙漠化", "气候移民", "环境移民",
        ),
    },
    "evaluation": {
        "en": (
            "follow-up survey", "tracer study", "tracer studies", "post-training assessment", "pre-test", "post-test",
            "kirkpatrick", "learning outcomes", "results-based management", "rbm", "m&e", "mid-term review",
            "midterm review", "logical framework", "lessons learned", "after-action review", "satisfaction survey",
            "endline", "end-line", "outcome harvesting",
        ),
        "fr": (
            "enquête de suivi", "étude de suivi", "suivi des bénéficiaires", "suivi post-formation",
            "gestion axée sur les résultats", "cadre logique", "mi-parcours", "chaîne de résultats",
            "théorie du changement", "ligne de base", "leçons apprises", "enseignements tirés",
            "capitalisation des expériences", "capitalisation des acquis", "redevabilité", "enquête de satisfaction",
        ),
        "es": (
            "línea base", "encuesta de seguimiento", "estudio de seguimiento", "seguimiento a egresados",
            "seguimiento de egresados", "gestión por resultados", "gestión basada en resultados", "marco lógico",
            "medio término", "revisión intermedia", "teoría del cambio", "lecciones aprendidas",
            "sistematización de experiencias", "encuesta de satisfacción", "cadena de resultados",
            "rendición de cuentas",
        ),
        "ru": (
            "логическая рамка", "логфрейм", "теория изменений", "результативность", "ориентированное на результаты",
            "оценочный", "анализ эффективности", "мониторинговый", "кпэ", "целевые значения", "измерение результатов",
            "отслеживание прогресса",
        ),
        "ar": (
            "قياس الأثر", "الإطار المنطقي", "نظرية التغيير", "الإدارة القائمة على النتائج", "التقويم",
            "الدروس المستفادة", "الوضع المرجعي", "سلسلة النتائج", "الاختبار القبلي والبعدي", "كيركباتريك",
        ),
        "zh": (
            "绩效评价", "效果评价", "评价体系", "评价指标", "第三方评价", "逻辑框架", "变革理论", "改变理论",
            "结果导向", "基线调查", "绩效考核", "中期评估", "终期评估", "成效评估", "监测框架",
        ),
    },
    "fair-recruitment": {
        "en": (
            "zero-fee", "employer-pays", "manpower agencies", "manpower agency", "overseas employment promoters",
            "licensed agencies", "unlicensed agencies", "placement fees", "labour brokers", "labor brokers",
            "job brokers", "visa trading", "debt bondage", "migration costs", "worker-paid fees", "exorbitant fees",
            "contract verification", "standard employment contract",
        ),
        "fr": (
            "frais de placement", "bureaux de placement", "agences privées de placement", "agences privées d'emploi",
            "employeur payeur", "servitude pour dettes", "coûts de la migration", "coxeurs", "rabatteurs",
            "courtiers de main-d'oeuvre", "agences agréées", "agrément des agences",
        ),
        "es": (
            "cobro de comisiones", "cobros indebidos", "servidumbre por deudas", "agencias privadas de empleo",
            "agencias privadas de colocación", "enganchadores", "costos de la migración", "costos migratorios",
            "el empleador paga", "agencias autorizadas", "agencias no autorizadas",
        ),
        "ru": (
            "частные агентства", "агентства по трудоустройству", "лицензирование", "лицензированные агентства",
            "незаконные сборы", "сборы за трудоустройство", "подмена контрактов", "подмена договоров", "вербовщики",
            "рекрутинг", "рекрутинговых компаний", "посреднической", "недобросовестные агентства",
            "мошенничество при трудоустройстве", "нелицензированные", "реестр агентств", "завышенные сборы",
            "подмену контракта", "подмену договора",
        ),
        "ar": (
            "وكالات التشغيل الخصوصية", "مكاتب التشغيل الخاصة", "وكالات الاستخدام", "مكاتب الاستخدام",
            "الاستخدام الخارجي", "السماسرة", "تجارة التأشيرات", "عقد العمل الموحد", "تبديل العقود",
            "استبدال عقد العمل", "إلحاق العمالة",
        ),
        "zh": (
            "违规收费", "乱收费", "非法中介", "黑中介", "招工", "虚假招工", "对外劳务合作企业", "境外就业中介",
            "人力资源服务机构", "职业介绍机构", "猎头", "雇主付费", "零收费", "扣押护照", "劳务中介",
        ),
    },
    "financial-literacy": {
        "en": (
            "financial capability", "financial planning", "money management", "managing money", "saving habits",
            "financial counselling", "financial awareness", "debt management", "financial skills", "personal finance",
            "family budget", "household finances",
        ),
        "fr": (
            "littératie financière", "alphabétisation financière", "planification financière", "gestion de l'argent",
            "gestion financière personnelle", "épargne familiale", "compétences financières",
            "sensibilisation financière", "gestion de l'épargne", "gestion du budget", "budget du ménage",
        ),
        "es": (
            "cultura financiera", "capacidades financieras", "finanzas personales", "manejo del dinero",
            "administración del dinero", "hábitos de ahorro", "finanzas familiares", "gestión del presupuesto",
            "presupuesto del hogar", "ahorro familiar",
        ),
        "ru": (
            "финансовое просвещение", "финансовое образование", "финансовая культура", "управление личными финансами",
            "личные финансы", "планирование бюджета", "бюджет семьи", "финансовые навыки",
            "потребителей финансовых услуг", "долговая нагрузка",
        ),
        "ar": (
            "التربية المالية", "المعرفة المالية", "الوعي المالي", "الأمية المالية", "التخطيط المالي",
            "إدارة الميزانية", "ثقافة الادخار", "المالية الشخصية",
        ),
        "zh": (
            "金融教育", "财商", "家庭预算", "储蓄", "存钱", "记账", "金融常识", "金融能力", "金融扫盲",
            "防范金融诈骗", "家庭收支",
        ),
    },
    "gender": {
        "en": (
            "female migration", "feminization of migration", "lgbti", "lgbtiq", "sexual orientation", "sogiesc",
            "sexual minorities", "transgender", "female-headed households", "cedaw", "feminist",
        ),
        "fr": (
            "orientation sexuelle", "cedef", "sexospécifique", "masculinités", "parité",
        ),
        "es": (
            "feminización de la migración", "feminización de las migraciones", "enfoque diferencial",
            "orientación sexual", "diversidad sexual", "empoderamiento", "jefas de hogar",
        ),
        "ru": (
            "девочки", "равенство полов", "феминизация", "мигрантки", "равноправие", "по признаку пола",
        ),
        "ar": (
            "الجنسانية", "المراعي للنوع", "الجندر", "الإناث", "تأنيث الهجرة", "مقاربة النوع", "المستجيبة للنوع",
        ),
        "zh": (
            "妇联", "男女平等", "女工", "女职工", "性别敏感", "性别视角", "性别主流化", "巾帼", "孕产妇", "母婴",
            "性别分列",
        ),
    },
    "gender-based-violence": {
        "en": (
            "gbv", "sgbv", "intimate partner violence", "femicide", "female genital mutilation", "fgm",
            "child marriage", "early marriage", "rape", "sexual abuse", "sexual exploitation and abuse", "psea",
            "survivors of violence",
        ),
        "fr": (
            "vbg", "vsbg", "mutilations génitales féminines", "mgf", "excision", "mariage précoce",
            "mariage d'enfants", "viol", "harcèlement sexuel", "abus sexuels", "féminicide", "violence sexiste",
        ),
        "es": (
            "violencia basada en género", "violencia basada en el género", "violación sexual", "acoso sexual",
            "abuso sexual", "mutilación genital femenina", "matrimonio infantil", "uniones tempranas",
            "violencia machista", "violencia de pareja",
        ),
        "ru": (
            "бытовое насилие", "домогательства", "изнасилование", "ранние браки", "ранних браков", "похищение невест",
            "гендерно обусловленное насилие", "насилие по признаку пола", "охранный ордер", "защитное предписание",
            "семейное насилие", "ранний брак",
        ),
        "ar": (
            "العنف المبني على النوع", "العنف ضد النساء", "التحرش", "الاغتصاب", "الزواج المبكر", "زواج الأطفال",
            "زواج القاصرات", "ختان الإناث", "تشويه الأعضاء التناسلية", "العنف الزوجي", "الاعتداء الجنسي",
        ),
        "zh": (
            "性骚扰", "性侵", "强奸", "逼婚", "包办婚姻", "童婚", "早婚", "保护令", "人身安全保护令", "对妇女的暴力",
            "暴力侵害妇女", "反家暴", "基于性别的暴力",
        ),
    },
    "health": {
        "en": (
            "tb", "malaria", "immunization", "immunisation", "vaccines", "sexual and reproductive",
            "communicable diseases", "infectious diseases", "epidemic", "primary care", "healthcare", "medicine",
        ),
        "fr": (
            "paludisme", "vaccins", "maladies transmissibles", "maladies infectieuses", "sanitaire", "hôpitaux",
            "sida", "infections sexuellement transmissibles",
        ),
        "es": (
            "sanitario", "vacunación", "vacunas", "enfermedades transmisibles", "enfermedades infecciosas",
            "atención primaria",
        ),
        "ru": (
            "медосмотр", "освидетельствование", "поликлиники", "больницы", "спид", "инфекционных", "вакцинация",
            "прививки", "эпидемиологический", "медико-санитарной", "заболевания", "минздрав", "пациентов",
        ),
        "ar": (
            "الطبية", "الإيدز", "الدرن", "التطعيم", "اللقاحات", "الأمراض المعدية", "الأمراض السارية", "المستشفى",
            "العيادات", "الاستشفاء",
        ),
        "zh": (
            "疫苗", "接种", "传染病", "防疫", "医院", "诊所", "就医", "看病", "医保", "卫健委", "疾控", "妇幼保健",
            "药品",
        ),
    },
    "health-services": {
        "en": (
            "primary health care", "primary healthcare", "health facilities", "health centres", "health centers",
            "universal health coverage", "access to health care", "access to healthcare", "medical care",
            "emergency care", "maternal health", "antenatal care", "mobile clinics", "health personnel",
            "sexual and reproductive health",
        ),
        "fr": (
            "centres de santé", "formations sanitaires", "structures sanitaires", "soins de santé primaires",
            "couverture sanitaire universelle", "cmu", "couverture maladie universelle", "accès aux soins",
            "soins d'urgence", "santé maternelle", "soins prénatals", "agents de santé communautaire",
            "mutuelles de santé",
        ),
        "es": (
            "centros de salud", "establecimientos de salud", "atención primaria de salud",
            "cobertura universal de salud", "acceso a la salud", "atención de urgencias", "salud materna",
            "control prenatal", "seguro integral de salud", "régimen subsidiado", "personal sanitario",
            "afiliación al sistema de salud",
        ),
        "ru": (
            "медицинское обслуживание", "медицинской помощи", "медицинская страховка", "ОМС", "ДМС", "медсестры",
            "медицинский персонал", "медработники", "поликлиники", "первичной медико-санитарной",
            "доступ к медицинским", "больницы", "фельдшеры",
        ),
        "ar": (
            "التمريض", "الكوادر الطبية", "الكوادر الصحية", "مهنيي الصحة", "القطاع الصحي", "الرعاية الصحية الأولية",
            "المراكز الصحية", "التغطية الصحية", "التأمين الطبي", "المستوصفات",
        ),
        "zh": (
            "医保", "医疗服务", "医疗机构", "医院", "诊所", "卫生院", "基层医疗", "就医", "卫生工作者", "卫生人员",
            "医护人员", "全民健康覆盖", "医疗费用", "异地就医",
        ),
    },
    "household-survey": {
        "en": (
            "lsms", "living standards measurement", "demographic and health survey",
            "multiple indicator cluster survey", "sampling", "sample size", "migration module", "household panel",
            "panel survey", "longitudinal survey", "hies", "income and expenditure survey",
        ),
        "fr": (
            "enquêtes ménages", "enquête démographique et de santé", "ehcvm", "enquête sur les conditions de vie",
            "ecvm", "échantillonnage", "module migration", "plan de sondage", "enquête par sondage",
            "enquête nationale auprès des ménages",
        ),
        "es": (
            "encuesta nacional de hogares", "enaho", "enigh", "encuesta permanente de hogares",
            "gran encuesta integrada de hogares", "geih", "encuesta de propósitos múltiples",
            "encuesta de condiciones de vida", "encovi", "tamaño de muestra", "diseño muestral",
            "módulo de migración", "encuesta demográfica y de salud",
        ),
        "ru": (
            "домашних хозяйств", "выборочный опрос", "выборка", "вопросник", "интервьюеры", "полевые работы",
            "дизайн обследования", "опросный лист",
        ),
        "ar": (
            "مسح العينة", "الاستمارة", "الاستبانة", "مسح دخل ونفقات الأسرة", "عينة الأسر", "الأسر المعيشية",
            "مسح الهجرة الدولية", "المسح الميداني", "الدراسة الاستقصائية للأسر",
        ),
        "zh": (
            "入户调查", "家庭调查", "住户抽样", "抽样框", "样本户", "抽样设计", "调查设计", "调查问卷", "住户收支",
            "多指标类集调查", "人口与健康调查", "人口抽样调查", "劳动力抽样调查",
        ),
    },
    "housing": {
        "en": (
            "tenancy", "landlords", "overcrowding", "dormitories", "labour camps", "evictions", "dwellings",
            "rent subsidies",
        ),
        "fr": (
            "sans-abri", "sans domicile fixe", "sdf", "expulsions locatives", "loyers", "locataires", "surpeuplement",
            "foyers de travailleurs migrants", "habitat indigne", "marchands de sommeil",
        ),
        "es": (
            "arriendo", "alquiler", "inquilinos", "hacinamiento", "desalojos", "cuarterías", "situación de calle",
        ),
        "ru": (
            "жилье", "общежития", "квартиры", "ночлежки", "проживания мигрантов", "условия проживания", "жилище",
            "арендодатели", "переполненные",
        ),
        "ar": (
            "المسكن", "المساكن", "المأوى", "الكراء", "المشردين", "بلا مأوى", "الاكتظاظ",
        ),
        "zh": (
            "租赁住房", "公租房", "廉租房", "保障性住房", "保障房", "宿舍", "住所", "居所", "房租", "无家可归",
            "露宿", "出租屋", "居住条件",
        ),
    },
    "information-campaigns": {
        "en": (
            "awareness-raising", "outreach", "sensitization campaigns", "community sensitization",
            "behaviour change communication", "radio spots", "public service announcements", "door-to-door",
            "risks of irregular migration", "dangers of irregular migration", "migrants as messengers",
            "information kiosks", "social media campaigns",
        ),
        "fr": (
            "sensibilisation communautaire", "causeries", "caravanes de sensibilisation", "émissions radiophoniques",
            "spots radio", "théâtre forum", "risques de la migration irrégulière",
            "dangers de la migration irrégulière", "ligne verte", "messages de sensibilisation", "porte-à-porte",
            "migrants comme messagers", "pairs éducateurs",
        ),
        "es": (
            "sensibilización comunitaria", "ferias informativas", "cuñas radiales", "spots radiales",
            "mensajes clave", "riesgos de la migración irregular", "peligros de la migración irregular",
            "línea gratuita", "teatro comunitario", "educadores pares", "casa a casa", "puntos de información",
            "campañas informativas",
        ),
        "ru": (
            "информационно-разъяснительная", "разъяснительная работа", "осведомленность", "информирование населения",
            "телефон доверия", "колл-центр", "кол-центр", "буклеты", "листовки", "памятки", "видеоролики",
            "социальная реклама", "просветительская",
        ),
        "ar": (
            "التحسيس", "الحملات الإعلامية", "مخاطر الهجرة غير النظامية", "رفع الوعي", "نشر الوعي", "زيادة الوعي",
            "خط المساعدة", "الرقم الأخضر", "الخط الهاتفي المجاني", "نقاط المعلومات", "التوعوية",
        ),
        "zh": (
            "宣讲", "普法", "宣传册", "宣传材料", "宣传月", "宣传周", "公益广告", "安全提示", "移民资源中心",
            "求助热线", "海报",
        ),
    },
    "integration": {
        "en": (
            "host society", "receiving communities", "receiving society", "host societies", "settlement services",
            "newly arrived", "new arrivals", "acculturation", "welcoming communities", "welcoming cities",
            "sense of belonging", "mipex", "multicultural", "coexistence", "cultural diversity",
            "diversity management",
        ),
        "fr": (
            "primo-arrivants", "nouveaux arrivés", "cohabitation", "diversité culturelle", "sentiment d'appartenance",
            "société hôte", "communautés hôtes", "population hôte",
        ),
        "es": (
            "sociedad receptora", "sociedad de destino", "país receptor", "convivencia", "cohesión comunitaria",
            "diversidad cultural", "recién llegados", "comunidades de destino", "comunidades anfitrionas",
            "sentido de pertenencia",
        ),
        "ru": (
            "социокультурная", "социальная инклюзия", "принимающее общество", "вновь прибывших", "межэтнические",
            "межнациональные", "толерантность", "мигрантофобия", "интеграционные программы", "интеграционные курсы",
            "мигрантов в общество",
        ),
        "ar": (
            "الدمج الاجتماعي", "التعايش", "العيش المشترك", "الوافدين الجدد", "القادمين الجدد", "الإقصاء الاجتماعي",
            "المجتمعات المستضيفة", "التنوع الثقافي", "الحوار بين الثقافات", "الولوج إلى الخدمات",
            "النفاذ إلى الخدمات", "الوصول إلى الخدمات",
        ),
        "zh": (
            "东道社区", "收容社区", "东道国", "新移民", "新来者", "跨文化", "多元文化", "社会融入", "均等化",
            "市民化", "居住证", "外籍居民", "在华外国人", "国际社区", "社区融入",
        ),
    },
    "internal-urban": {
        "en": (
            "urban migrants", "urban migration", "rural exodus", "migration to cities", "hukou",
            "floating population", "in-migration", "out-migration", "peri-urban", "secondary cities", "urban growth",
            "megacities", "urban poor", "seasonal migration",
        ),
        "fr": (
            "mobilité interne", "migrants ruraux", "périurbain", "péri-urbain", "villes secondaires",
            "villes intermédiaires", "croissance urbaine", "habitat spontané", "habitat précaire", "bidonvilles",
            "migration rurale-urbaine", "exode saisonnier", "migration saisonnière", "quartiers spontanés",
        ),
        "es": (
            "migración rural-urbana", "éxodo rural", "movilidad interna", "ciudades intermedias",
            "crecimiento urbano", "asentamientos precarios", "asentamientos irregulares", "villas miseria",
            "tugurios", "favelas", "migración del campo a la ciudad", "migración estacional", "migrantes rurales",
        ),
        "ru": (
            "сельско-городская", "из села в город", "переселение в города", "межрегиональная миграция",
            "внутристрановая", "трущобы", "приток населения в города", "прописка", "маятниковая миграция",
        ),
        "ar": (
            "النزوح من الريف", "الهجرة القروية", "النزوح القروي", "الهجرة الريفية", "الهجرة نحو المدن",
            "الهجرة إلى المدن", "التمدن", "التوسع الحضري", "السكن العشوائي", "أحزمة الفقر", "الصفيح",
            "المناطق الحضرية",
        ),
        "zh": (
            "农业转移人口", "市民化", "新市民", "居住证", "户口", "人户分离", "城乡流动", "城乡迁移", "人口迁移",
            "劳动力转移", "跨省流动", "外来务工人员", "留守", "留守儿童", "城中村", "新型城镇化", "户口登记",
            "落户限制", "放宽落户", "积分落户",
        ),
    },
    "labour-inspection": {
        "en": (
            "labour law enforcement", "labor law enforcement", "labour standards enforcement", "workplace compliance",
            "labour compliance", "labour officers", "labour administration", "labor administration",
            "worksite visits", "undeclared work",
        ),
        "fr": (
            "contrôleurs du travail", "administration du travail", "directions régionales du travail",
            "application de la législation du travail", "conformité au droit du travail", "travail dissimulé",
            "travail non déclaré",
        ),
        "es": (
            "inspección de trabajo", "dirección del trabajo", "administración del trabajo", "fiscalización laboral",
            "sunafil", "trabajo no declarado", "cumplimiento de la legislación laboral", "visitas de inspección",
        ),
        "ru": (
            "роструд", "гострудинспекция", "инспектирование", "инспекционные", "трудового надзора",
            "соблюдения трудового законодательства", "проверки работодателей", "нелегальной занятости",
            "незаконного привлечения иностранных",
        ),
        "ar": (
            "مفتشية الشغل", "تفقدية الشغل", "متفقدي الشغل", "تطبيق قانون العمل", "إنفاذ تشريعات العمل", "مدونة الشغل",
            "مجلة الشغل", "مخالفات قانون العمل",
        ),
        "zh": (
            "劳动执法", "劳动保障执法", "用工检查", "劳动用工检查", "劳动检查", "监察执法", "劳动监察机构",
            "工作场所检查", "监察大队",
        ),
    },
    "labour-market-information": {
        "en": (
            "lmis", "labour market analysis", "labour market assessment", "labour market needs", "labour market data",
            "skills gaps", "skill shortages", "shortage occupations", "shortage lists", "skills demand",
            "labor shortages", "labor demand", "employer surveys", "establishment surveys",
            "labour market observatory", "labour market intelligence", "skills mismatch",
        ),
        "fr": (
            "simt", "pénuries de main-d'oeuvre", "demande de main-d'oeuvre", "besoins de main-d'oeuvre",
            "besoins du marché du travail", "analyse du marché du travail", "observatoire du marché du travail",
            "inadéquation des compétences", "déficit de compétences", "métiers porteurs", "secteurs porteurs",
            "enquêtes auprès des employeurs", "prospective des métiers", "emplois vacants", "postes vacants",
        ),
        "es": (
            "simel", "sistemas de información laboral", "observatorio del mercado laboral",
            "brechas de capital humano", "brechas de competencias", "desajuste de competencias",
            "demanda de mano de obra", "ocupaciones de difícil cobertura", "ocupaciones en demanda",
            "vacantes de difícil cobertura", "encuestas a empleadores", "prospectiva laboral",
            "análisis del mercado laboral", "necesidades del mercado laboral",
        ),
        "ru": (
            "потребность в рабочей силе", "нехватка рабочей силы", "дефицит рабочей силы", "кадровый дефицит",
            "дефицитные профессии", "востребованные профессии", "востребованных", "прогноз потребности",
            "баланс трудовых ресурсов", "квотирование", "спрос и предложение", "атлас профессий",
            "перечень профессий", "трудовые ресурсы",
        ),
        "ar": (
            "مرصد التشغيل", "المرصد الوطني للتشغيل", "معلومات سوق الشغل", "نقص اليد العاملة", "المهن المطلوبة",
            "الطلب على اليد العاملة", "الاحتياجات من اليد العاملة", "التنبؤ بالمهارات", "استشراف الاحتياجات",
            "فجوة المهارات", "عدم تطابق المهارات", "قائمة المهن",
        ),
        "zh": (
            "用工缺口", "技能缺口", "人才缺口", "招工难", "用工荒", "缺工", "紧缺职业", "短缺职业", "岗位空缺",
            "用工需求", "供求信息", "供需匹配", "技能预测", "人力资源需求",
        ),
    },
    "labour-migration": {
        "en": (
            "ofws", "overseas filipino workers", "overseas workers", "migrant labour", "migrant labor",
            "labour emigration", "labor emigration", "contract workers", "foreign workers", "foreign labour",
            "working abroad", "workers abroad", "jobs abroad", "seafarers", "kafala", "bureau of emigration",
            "protector of emigrants", "emigration clearance", "poea", "bmet", "slbfe", "colombo process",
            "abu dhabi dialogue", "labour-sending countries", "work visa",
        ),
        "fr": (
            "main-d'oeuvre", "travailleurs étrangers", "travailleurs expatriés", "migrants économiques",
            "migration économique", "migration pour le travail", "migration professionnelle", "emploi des étrangers",
            "travail à l'étranger", "placement à l'international", "placement à l'étranger",
            "autorisation de travail", "visa de travail", "gens de mer", "marins",
        ),
        "es": (
            "trabajadores migratorios", "mano de obra migrante", "mano de obra extranjera",
            "trabajadores extranjeros", "migración por trabajo", "migración por motivos laborales",
            "trabajar en el extranjero", "trabajo en el extranjero", "empleo en el exterior",
            "trabajo en el exterior", "trabajadores en el exterior", "autorización de trabajo", "permiso laboral",
            "visa de trabajo", "trabajadores fronterizos", "trabajadores transfronterizos", "gente de mar",
        ),
        "ru": (
            "трудящихся-мигрантов", "мигрантов-работников", "гастарбайтеры", "иностранная рабочая сила",
            "иностранные работники", "трудовая мобильность", "мобильность рабочей силы", "на заработки",
            "работа за рубежом", "экспорт рабочей силы", "трудовой деятельности", "рабочая виза", "рабочие визы",
            "иностранной рабочей силы", "иностранную рабочую силу", "рабочих виз", "рабочую визу",
            "трудовой эмиграции", "трудовые эмигранты",
        ),
        "ar": (
            "اليد العاملة الأجنبية", "اليد العاملة المهاجرة", "هجرة اليد العاملة", "الأيدي العاملة الوافدة",
            "القوى العاملة الوافدة", "العاملين في الخارج", "الوافدين", "التوظيف في الخارج", "الاستخدام في الخارج",
            "الهجرة للعمل", "تنقل اليد العاملة", "تأشيرات العمل", "رخصة العمل", "نظام الكفالة", "الكفيل",
            "نقل الكفالة", "وزارة القوى العاملة", "وزارة العمل",
        ),
        "zh": (
            "移徙工人", "劳务输出", "劳务输入", "劳务人员", "外派人员", "出国务工", "境外务工", "出国劳务",
            "出国就业", "跨国就业", "劳动力跨境流动", "外籍员工", "外国人来华工作", "外国人在华就业", "劳动力输出",
            "劳务合作", "对外承包工程", "工作签证", "对外劳务合作企业", "劳务合作协议", "外国人工作许可",
            "劳动力流动计划", "劳务中介", "境外就业中介",
        ),
    },
    "labour-statistics": {
        "en": (
            "labor force survey", "labor statistics", "ilms", "icls", "ilostat", "isco",
            "occupational classification", "wage statistics", "labour migration database", "deployment statistics",
            "labour market indicators", "employment rate", "unemployment rate",
        ),
        "fr": (
            "enquête emploi", "enquête nationale sur l'emploi", "taux de chômage",
            "statistiques du marché du travail", "citp", "observatoire de l'emploi",
            "observatoire national de l'emploi", "enquête sur l'emploi et le secteur informel",
            "statistiques des migrations de travail", "taux d'emploi",
        ),
        "es": (
            "encuesta continua de empleo", "encuesta nacional de empleo", "encuesta de empleo", "enoe",
            "tasa de desocupación", "tasa de desempleo", "estadísticas de migración laboral", "observatorio laboral",
            "ciuo", "estadísticas de empleo", "encuesta nacional de ocupación y empleo",
        ),
        "ru": (
            "уровень безработицы", "уровень занятости", "экономически активное население", "численность рабочей силы",
            "статистика трудовой миграции", "баланс трудовых ресурсов", "трудовые ресурсы", "неформальная занятость",
        ),
        "ar": (
            "البحث الوطني حول التشغيل", "مسح العمالة والبطالة", "مسح سوق العمل", "معدل البطالة", "معدلات التشغيل",
            "إحصاءات التشغيل", "إحصاءات الشغل", "إحصاءات هجرة العمالة", "إحصاءات سوق العمل", "التصنيف الدولي للمهن",
        ),
        "zh": (
            "劳动力抽样调查", "失业率", "调查失业率", "就业率", "就业人数", "就业数据", "劳动参与率", "工资统计",
            "劳工移民统计", "劳务统计", "职业分类", "就业登记",
        ),
    },
    "language-courses": {
        "en": (
            "language learning", "language instruction", "language skills", "language proficiency",
            "language tuition", "host-country language", "language acquisition", "literacy classes", "language exams",
            "language certificates", "esl", "english as a second language", "topik", "ielts", "oet",
        ),
        "fr": (
            "cours de français", "apprentissage du français", "compétences linguistiques", "maîtrise de la langue",
            "niveau de langue", "cours d'alphabétisation", "fle", "français langue étrangère",
            "français langue seconde", "ateliers sociolinguistiques", "delf", "parcours linguistique",
        ),
        "es": (
            "cursos de español", "clases de español", "aprendizaje del idioma", "dominio del idioma",
            "enseñanza del español", "español como lengua extranjera", "cursos de lengua", "clases de lengua",
            "alfabetización de adultos", "cursos de inglés", "clases de inglés",
        ),
        "ru": (
            "обучение языку", "курсы русского языка", "языковая подготовка", "тестирование по русскому языку",
            "комплексный экзамен", "экзамен по русскому языку", "гражданская ориентация", "владение языком",
            "уровень владения", "государственного языка", "языковые центры", "обучение русскому",
        ),
        "ar": (
            "دروس اللغة", "حصص اللغة", "لغير الناطقين بها", "لغة البلد المضيف", "التكوين اللغوي", "التدريب اللغوي",
            "الكفاءة اللغوية", "المهارات اللغوية", "محو الأمية", "التربية المدنية", "التوجيه الثقافي",
            "دورات التوجيه",
        ),
        "zh": (
            "汉语课程", "中文培训", "中文课程", "中文学习", "汉语学习", "汉语水平", "语言班", "语言课", "外语培训",
            "文化适应", "社会适应", "适应性培训", "语言能力", "双语",
        ),
    },
    "law-enforcement": {
        "en": (
            "europol", "ameripol", "afripol", "mutual legal assistance", "extradition", "criminal networks",
            "organized crime", "organised crime", "money laundering", "judiciary",
        ),
        "fr": (
            "gendarmerie", "opj", "parquet", "ministère public", "criminalité organisée",
            "criminalité transnationale organisée", "blanchiment d'argent", "blanchiment de capitaux",
            "forces de défense et de sécurité", "services de sécurité", "tribunaux",
        ),
        "es": (
            "ministerio público", "crimen organizado", "delincuencia organizada", "lavado de activos",
            "lavado de dinero", "blanqueo de capitales", "asistencia jurídica mutua", "agentes del orden",
            "operadores de justicia", "fuerzas de seguridad", "carabineros", "guardia nacional", "juzgados",
        ),
        "ru": (
            "правоохранители", "следователи", "дознаватели", "расследование", "уголовных дел", "уголовное дело",
            "судебных", "судей", "органы внутренних дел", "полицейские", "милиция", "уголовный кодекс",
            "уголовная ответственность", "взаимная правовая помощь", "экстрадиция", "преступлений", "уголовного дела",
        ),
        "ar": (
            "الدرك", "الضابطة القضائية", "وكلاء النيابة", "المدعين العامين", "المتابعات القضائية", "الجهاز القضائي",
            "السلطة القضائية", "المحاكم", "التحقيقات المالية", "الأجهزة الأمنية", "قوات الأمن", "الإنتربول",
            "تسليم المجرمين", "التحريات",
        ),
        "zh": (
            "法院", "审判", "检察官", "刑事诉讼", "司法机关", "司法协助", "警务合作", "国际刑警", "刑侦", "打击犯罪",
            "立案", "侦办", "引渡", "移民管理警察",
        ),
    },
    "local-authorities": {
        "en": (
            "subnational", "sub-national", "regional governments", "prefectures", "local councils", "city councils",
            "town halls", "decentralization", "local administrations", "urban authorities", "territorial authorities",
            "metropolitan", "barangay", "lgus", "uclg", "county governments",
        ),
        "fr": (
            "conseils régionaux", "élus locaux", "wilayas", "conseils départementaux", "acteurs territoriaux",
            "gouvernance locale", "développement territorial", "autorités territoriales", "administrations locales",
        ),
        "es": (
            "gobiernos regionales", "gobiernos departamentales", "gobiernos estatales", "ayuntamientos", "cabildos",
            "ediles", "entidades federativas", "comunas", "gobiernos autónomos", "entidades territoriales",
        ),
        "ru": (
            "местных исполнительных органов", "областные администрации", "местные администрации",
            "городская администрация", "махалля", "джамоат", "айыл окмоту", "горисполком", "райисполком",
            "исполнительные комитеты", "местной власти", "примар", "мэрия", "мэрии", "аким",
        ),
        "ar": (
            "الإدارة المحلية", "الهيئات المحلية", "اللامركزية", "الحكامة المحلية", "الحوكمة المحلية", "المدن المضيفة",
            "الحكومات المحلية", "المجالس الجهوية", "الإدارة الترابية", "المستوى المحلي",
        ),
        "zh": (
            "市级", "地级市", "区县", "乡镇", "县政府", "区政府", "省政府", "居委会", "村委会", "网格员", "属地管理",
            "直辖市", "地方各级",
        ),
    },
    "media": {
        "en": (
            "news coverage", "newsrooms", "broadcasters", "fact-checking", "fake news", "disinformation",
            "storytelling", "public discourse",
        ),
        "fr": (
            "salles de rédaction", "radios communautaires", "fausses nouvelles", "infox", "vérification des faits",
            "médiatique", "discours public", "rumeurs", "animateurs radio", "récits sur la migration",
            "réseaux sociaux",
        ),
        "es": (
            "noticias falsas", "verificación de datos", "salas de redacción", "radios comunitarias",
            "discurso público", "bulos", "redes sociales", "medios comunitarios",
        ),
        "ru": (
            "медиа", "медийные", "пресс-релиз", "пресс-служба", "телевидение", "освещение миграции",
            "освещение вопросов миграции", "стереотипы", "фейки", "социальные сети", "язык ненависти",
            "образ мигранта", "медиаграмотность", "связи с общественностью", "социальных сетях", "социальных сетей",
        ),
        "ar": (
            "الصحف", "الصحافيين", "وسائل التواصل الاجتماعي", "مواقع التواصل", "الأخبار الزائفة", "الأخبار الكاذبة",
            "السرديات", "المتحدثين الرسميين", "الإذاعة والتلفزيون",
        ),
        "zh": (
            "舆情", "谣言", "辟谣", "叙事", "网民", "采访", "广播", "电视台", "新媒体", "自媒体", "社交媒体",
            "公众态度", "新闻发布",
        ),
    },
    "microfinance-credit": {
        "en": (
            "vsla", "village savings and loan associations", "savings and credit cooperatives", "saccos",
            "loan guarantees", "credit guarantee", "revolving funds", "group lending", "microloans", "micro-loans",
            "mfis", "soft loans", "concessional loans", "rotating savings", "roscas",
        ),
        "fr": (
            "tontines", "associations villageoises d'épargne et de crédit", "fonds de garantie",
            "fonds renouvelables", "systèmes financiers décentralisés", "sfd", "mutuelles d'épargne et de crédit",
            "caisses populaires", "crédit solidaire", "coopératives d'épargne et de crédit",
        ),
        "es": (
            "cajas de ahorro", "cooperativas de ahorro y crédito", "fondos rotatorios", "fondos de garantía",
            "bancos comunales", "cajas rurales", "créditos productivos", "crédito grupal", "tandas", "banca comunal",
        ),
        "ru": (
            "кредиты", "микрозаймы", "МФО", "кредитные союзы", "группы сбережений", "сберегательные группы", "ссуды",
            "кредитная история", "беззалоговые", "микрофинансовые",
        ),
        "ar": (
            "التمويل الصغير", "التمويل متناهي الصغر", "القرض", "الائتمان", "الادخار", "التمويل الإسلامي",
            "الصندوق الاجتماعي للتنمية", "المنح الصغيرة",
        ),
        "zh": (
            "创业担保贷款", "担保贷款", "贴息", "微型金融", "小微金融", "储蓄小组", "互助储金", "借贷", "信用社",
            "小额金融", "信用贷款",
        ),
    },
    "migration-law": {
        "en": (
            "immigration law", "immigration act", "aliens act", "aliens law", "foreigners act", "law on foreigners",
            "treaty", "human rights law", "labour standards", "labor standards", "due process", "legal instruments",
            "international instruments", "ratification", "draft law", "law reform", "legal reform", "asylum law",
            "normative framework",
        ),
        "fr": (
            "droit des étrangers", "loi sur l'immigration", "loi relative à l'immigration", "loi sur les étrangers",
            "code de l'entrée et du séjour des étrangers", "instruments juridiques", "instruments internationaux",
            "textes juridiques", "réforme juridique", "projet de loi", "droit d'asile", "droit des réfugiés",
            "normes internationales du travail", "cadre légal", "cadre normatif", "cadre réglementaire",
            "textes réglementaires",
        ),
        "es": (
            "ley de migración", "ley migratoria", "ley general de migración", "ley de extranjería",
            "normativa migratoria", "marco normativo", "tratados internacionales", "instrumentos jurídicos",
            "debido proceso", "normas internacionales del trabajo", "derecho de asilo", "derecho de los refugiados",
            "reforma legal", "reforma normativa", "proyecto de ley", "anteproyecto de ley", "armonización normativa",
            "adecuación normativa",
        ),
        "ru": (
            "нормативных правовых актов", "правовое регулирование", "правовые основы", "имплементация", "ратификация",
            "конвенций МОТ", "конвенции ООН", "международные договоры", "невысылка", "право беженцев",
            "лиц без гражданства", "апатриды", "законопроект", "закон о миграции", "нормативные правовые акты",
        ),
        "ar": (
            "قانون الهجرة", "قوانين الهجرة", "قانون الأجانب", "الاتفاقية الدولية", "الصكوك الدولية", "قانون اللاجئين",
            "قانون اللجوء", "عديمي الجنسية", "المنظومة القانونية", "الترسانة القانونية",
        ),
        "zh": (
            "出境入境管理法", "出入境管理法", "外国人入境出境管理条例", "国籍法", "难民法", "难民公约", "不驱回",
            "不推回", "条约", "议定书", "国内法", "国际人权法", "国际人道法", "缔约国",
        ),
    },
    "migration-management": {
        "en": (
            "migration authorities", "migration agency", "migration service", "migration officials",
            "migration officers", "emigration", "irregular migration", "irregular migrants", "regular migration",
            "regular pathways", "migration pathways", "orderly migration", "entry and stay", "admission policies",
            "migof", "alien registration", "foreigners registration",
        ),
        "fr": (
            "gestion de la migration", "gouvernance migratoire", "autorités migratoires",
            "direction générale de la migration", "migration irrégulière", "migration régulière", "voies légales",
            "entrée et séjour", "séjour des étrangers", "admission au séjour", "police des étrangers",
        ),
        "es": (
            "instituto nacional de migración", "dirección general de migración", "migración colombia",
            "superintendencia nacional de migraciones", "dirección nacional de migraciones",
            "servicio nacional de migraciones", "control migratorio", "migración irregular", "migración regular",
            "vías regulares", "migración ordenada", "agentes migratorios", "oficiales de migración",
            "funcionarios de migración", "ordenamiento migratorio",
        ),
        "ru": (
            "управление миграционными процессами", "регулирование миграционных процессов", "миграционный контроль",
            "иммиграционный", "иммиграция", "гувм", "фмс", "служба по миграции", "агентство по миграции",
            "миграционные органы", "по вопросам миграции", "регистрация иностранных граждан", "режим пребывания",
            "въезда и выезда", "визовый", "миграционная карта", "выдача виз",
        ),
        "ar": (
            "تدبير الهجرة", "تسيير الهجرة", "تنظيم الهجرة", "شؤون الأجانب", "ضباط الهجرة", "الهجرة النظامية",
            "الهجرة غير النظامية", "الهجرة غير الشرعية", "الهجرة السرية", "دخول الأجانب", "وزارة الداخلية",
            "ضبط الهجرة",
        ),
        "zh": (
            "国家移民管理局", "移民管理机构", "移民事务", "移民治理", "移民官", "外国人管理", "外国人服务管理",
            "入境", "出境", "免签", "落地签", "签证政策", "居留证件", "三非外国人", "非法入境", "出入境管理法",
            "出入境边防检查", "工作签证", "人才签证", "出境入境管理法", "外国人入境出境管理条例", "移民管理警察",
        ),
    },
    "migration-policy-making": {
        "en": (
            "migration policy", "migration policies", "policymaking", "policy-making", "policy makers",
            "policy drafting", "policy review", "policy options", "policy briefs", "evidence-based policy",
            "policy dialogue", "validation workshop", "stakeholder consultations", "national consultations",
            "migration governance framework",
        ),
        "fr": (
            "politique migratoire", "politique nationale de migration", "pnm", "élaboration de la politique",
            "élaboration d'une politique", "document de politique", "atelier de validation",
            "processus de validation", "concertations nationales", "dialogue politique", "note d'orientation",
            "notes de politique", "stratégie nationale de migration", "politiques publiques migratoires",
        ),
        "es": (
            "política migratoria", "política nacional migratoria", "política integral migratoria",
            "política pública migratoria", "diseño de políticas", "política de migración", "diálogo político",
            "consulta nacional", "taller de validación", "documento de política", "notas de política",
            "lineamientos de política", "estrategia nacional de migración", "plan nacional de migración",
        ),
        "ru": (
            "выработка политики", "формирование политики", "политические рекомендации", "дорожная карта",
            "программа по миграции", "аналитическая записка", "стратегические документы", "обзор политики",
            "программные документы", "политики в сфере миграции",
        ),
        "ar": (
            "الاستراتيجية الوطنية للهجرة", "رسم السياسات", "وضع السياسات", "إعداد السياسات", "تطوير السياسات",
            "صنع السياسات", "بلورة السياسات", "مخطط العمل الوطني", "خطة وطنية للهجرة", "الإطار الوطني للهجرة",
            "إطار حوكمة الهجرة", "مؤشرات حوكمة الهجرة", "تحليل السياسات",
        ),
        "zh": (
            "政策框架", "移民战略", "国家移民政策", "政策起草", "政策制订", "政策设计", "决策咨询", "战略规划",
            "政府整体", "部门间协调", "部际联席会议", "跨部门协调", "管理良好的移民政策",
        ),
    },
    "occupational-safety": {
        "en": (
            "osh", "occupational injuries", "workplace injuries", "work-related injuries", "hazardous work",
            "heat stress", "employment injury", "workers' compensation", "safety at work", "forced labor",
            "child labor", "personal protective equipment", "labor conditions",
        ),
        "fr": (
            "sst", "maladies professionnelles", "lésions professionnelles", "travaux dangereux", "stress thermique",
            "risques professionnels", "équipements de protection individuelle", "accidents de travail",
            "sécurité au travail",
        ),
        "es": (
            "salud ocupacional", "seguridad ocupacional", "riesgos laborales", "riesgos del trabajo",
            "enfermedades profesionales", "enfermedades laborales", "accidentes laborales", "trabajos peligrosos",
            "estrés térmico", "equipo de protección personal", "seguridad en el trabajo",
        ),
        "ru": (
            "техника безопасности", "безопасность труда", "безопасные условия", "травматизм",
            "профессиональные заболевания", "средства индивидуальной защиты", "СИЗ", "вредные условия",
            "тяжелые условия", "рабочего времени", "сверхурочные",
        ),
        "ar": (
            "الصحة المهنية", "إصابات العمل", "الأمراض المهنية", "حوادث الشغل", "السلامة في مكان العمل",
            "السلامة والصحة في العمل", "الإجهاد الحراري", "ساعات العمل", "العمل وقت الظهيرة", "تشغيل الأطفال",
            "عمالة الأطفال", "معدات الوقاية",
        ),
        "zh": (
            "职业病", "职业危害", "职业卫生", "劳动保护", "劳动安全", "劳动防护", "防护用品", "安全事故", "生产安全",
            "超时加班", "加班", "危险作业", "高温作业", "工伤保险",
        ),
    },
    "population-projections": {
        "en": (
            "population forecasts", "projection scenarios", "migration scenarios", "future population",
            "world population prospects", "stochastic projections", "probabilistic projections", "replacement level",
            "population decline", "labour force projections", "demographic projections", "life expectancy",
        ),
        "fr": (
            "projections de population", "perspectives démographiques", "perspectives de la population mondiale",
            "scénarios migratoires", "méthode des composantes", "taux de dépendance", "déclin démographique",
            "population future", "projections de la population active", "espérance de vie", "seuil de remplacement",
        ),
        "es": (
            "proyecciones demográficas", "proyecciones poblacionales", "escenarios migratorios",
            "método de componentes", "tasa de dependencia", "relación de dependencia",
            "perspectivas de la población mundial", "declive demográfico", "población futura",
            "transición demográfica", "bono demográfico", "esperanza de vida",
        ),
        "ru": (
            "демографическое прогнозирование", "прогнозирование населения", "когортно-компонентный",
            "старение населения", "коэффициент зависимости", "перспективная численность", "прогнозные оценки",
            "демографический переход", "демографический дивиденд", "ожидаемая продолжительность жизни",
        ),
        "ar": (
            "الإسقاطات الديموغرافية", "التقديرات السكانية", "التنبؤات السكانية", "معدل الإعالة", "الأفواج العمرية",
            "التحول الديموغرافي", "التحول الديمغرافي", "التغير الديموغرافي", "النافذة الديموغرافية",
            "العائد الديموغرافي", "السيناريوهات السكانية",
        ),
        "zh": (
            "人口展望", "人口趋势", "人口情景", "人口转变", "人口惯性", "总和生育率", "出生率", "死亡率",
            "人口负增长", "劳动年龄人口", "少子化", "预期寿命", "人口推算", "人口模型",
        ),
    },
    "pre-departure": {
        "en": (
            "pdos", "pre-migration", "pre-decision", "potential migrants", "aspiring migrants", "intending migrants",
            "would-be migrants", "prior to departure", "departure briefing", "informed migration decisions",
            "informed choices about migration",
        ),
        "fr": (
            "préparation au départ", "préalable au départ", "migrants potentiels", "candidats à la migration",
            "migration informée", "décision éclairée", "avant l'émigration", "migration sans risque",
            "décision de migrer", "décision d'émigrer",
        ),
        "es": (
            "previo a la partida", "antes de emigrar", "migrantes potenciales", "potenciales migrantes",
            "intención de migrar", "migración informada", "preparación para la partida", "previa a la salida",
            "antes de la salida", "decisión de migrar", "decisión de emigrar",
        ),
        "ru": (
            "до выезда", "перед отъездом", "потенциальных мигрантов", "будущих мигрантов", "выезжающих за рубеж",
            "выезжающих на работу", "подготовка к выезду", "памятка мигранту", "памятки для мигрантов",
            "путеводитель мигранта", "безопасный выезд",
        ),
        "ar": (
            "قبل الهجرة", "قبل الرحيل", "قبل التوظيف", "المرشحين للهجرة", "الراغبين في الهجرة", "الراغبين في السفر",
            "التحضير للهجرة", "المهاجرين المرتقبين", "العمال المغادرين",
        ),
        "zh": (
            "行前培训", "行前教育", "出国前培训", "适应性培训", "出国须知", "出国指南", "移民资源中心", "潜在移民",
            "拟出国", "安全出行", "出境须知", "出发前",
        ),
    },
    "psychosocial-support": {
        "en": (
            "mhpss", "ptsd", "psychologists", "psychiatric", "stress management", "emotional support", "burnout",
            "support groups", "peer support",
        ),
        "fr": (
            "smsps", "cellule d'écoute", "groupes de parole", "santé psychique", "souffrance psychique",
            "écoute active", "soutien émotionnel", "épuisement professionnel",
        ),
        "es": (
            "smaps", "psicólogos", "contención emocional", "estrés postraumático", "grupos de apoyo",
            "apoyo emocional", "salud emocional", "bienestar emocional", "duelo migratorio", "desgaste profesional",
        ),
        "ru": (
            "психологи", "посттравматический", "ПТСР", "стресс", "эмоциональная поддержка", "выгорание",
            "психотерапия", "душевного здоровья", "кризисное консультирование", "психиатрическая", "группы поддержки",
        ),
        "ar": (
            "الإسعافات الأولية النفسية", "الرعاية النفسية", "العلاج النفسي", "الإرشاد النفسي", "المساعدة النفسية",
            "المواكبة النفسية", "المرافقة النفسية", "التكفل النفسي", "الأخصائيين النفسيين", "الرفاه النفسي",
            "الضغوط النفسية",
        ),
        "zh": (
            "精神健康", "情绪", "抑郁", "焦虑", "精神疾病", "精神障碍", "自杀", "危机干预", "身心健康", "身心康复",
            "倦怠",
        ),
    },
    "readmission-return": {
        "en": (
            "return operations", "charter flights", "escorted returns", "return decisions", "involuntary return",
            "return procedures", "voluntary departure", "dignified return", "nationality identification",
            "identification missions", "laissez-passer", "title 42",
        ),
        "fr": (
            "reconduite à la frontière", "obligation de quitter le territoire", "oqtf", "vols groupés",
            "vols charters", "retours non volontaires", "départ volontaire", "missions d'identification",
            "identification de la nationalité",
        ),
        "es": (
            "devoluciones en caliente", "vuelos de retorno", "retorno asistido", "salida voluntaria",
            "retorno no voluntario", "identificación de nacionalidad", "título 42",
        ),
        "ru": (
            "высылка", "депортированные", "запрет на въезд", "закрытие въезда", "возвращение на родину",
            "содействие возвращению", "ДВР", "реадмиссионных", "нежелательности пребывания",
        ),
        "ar": (
            "المبعدين", "قرارات الطرد", "الإعادة القسرية", "الإرجاع", "وثيقة سفر مؤقتة", "جواز المرور",
            "رحلات العودة", "الإعادة إلى بلد المنشأ",
        ),
        "zh": (
            "遣送", "遣送出境", "驱逐出境", "驱逐", "限期出境", "强制离境", "强制返回", "协助自愿返回",
            "援助自愿返回", "接收遣返", "重新接纳协议", "遣返协议",
        ),
    },
    "referral": {
        "en": (
            "sops", "one-stop centres", "one-stop centers", "single window", "directory of services",
            "multi-sectoral response", "protection networks", "service directory",
        ),
        "fr": (
            "circuit de prise en charge", "voies d'orientation", "parcours de prise en charge",
            "cartographie des services", "annuaire des services", "réseau de protection",
        ),
        "es": (
            "rutas de protección", "protocolos de atención", "mapeo de servicios", "directorio de servicios",
            "redes de protección", "centros de atención integral", "puntos de atención", "espacios de apoyo",
        ),
        "ru": (
            "СОП", "переадресация", "механизм направления", "направление к специалистам", "картирование услуг",
            "карта услуг", "справочник услуг", "маршрутизация", "одного окна", "центр обслуживания мигрантов",
            "многофункциональный центр", "МФЦ", "передача случаев", "единого окна",
        ),
        "ar": (
            "الشباك الوحيد", "الشباك الواحد", "النافذة الواحدة", "مركز الخدمات الشاملة", "إجراءات العمل الموحدة",
            "إجراءات العمل القياسية", "خرائط الخدمات", "دليل الخدمات",
        ),
        "zh": (
            "转诊", "标准操作程序", "标准操作规程", "服务地图", "联动机制", "部门联动", "一窗受理", "一门式",
            "首问负责",
        ),
    },
    "refugee-protection": {
        "en": (
            "rsd", "complementary protection", "subsidiary protection", "temporary protection", "unhcr",
            "1951 convention", "durable solutions", "resettlement", "forcibly displaced", "forced displacement",
            "cartagena declaration", "humanitarian visas", "humanitarian corridors", "complementary pathways",
            "non-refoulement", "crrf", "persons of concern",
        ),
        "fr": (
            "hcr", "protection subsidiaire", "protection temporaire", "protection complémentaire",
            "solutions durables", "réinstallation", "commission nationale d'éligibilité", "déplacés de force",
            "déplacement forcé", "convention de 1951", "convention de l'oua", "déboutés",
            "personnes relevant de la compétence",
        ),
        "es": (
            "acnur", "conare", "comar", "protección complementaria", "protección temporal", "soluciones duraderas",
            "reasentamiento", "declaración de cartagena", "desplazamiento forzado", "no devolución",
            "visas humanitarias", "refugio", "necesidades de protección",
        ),
        "ru": (
            "определения статуса", "УВКБ", "дополнительная защита", "вынужденные переселенцы", "смешанная миграция",
            "смешанные миграционные потоки", "профилирование", "невысылка", "гуманитарная защита", "временная защита",
        ),
        "ar": (
            "طالبي الحماية", "الهجرة المختلطة", "الحركات المختلطة", "التحركات المختلطة", "المحتاجين إلى الحماية",
            "التنميط", "الحلول الدائمة", "الحماية المؤقتة", "المخيمات", "اتفاقية 1951",
        ),
        "zh": (
            "避难", "寻求庇护者", "庇护申请", "难民地位", "身份甄别", "难民甄别", "不驱回", "混合流动", "混合移徙",
            "第三国安置", "重新安置", "流亡", "难民署", "难民法", "难民公约",
        ),
    },
    "remittance-data": {
        "en": (
            "remittance inflows", "remittance outflows", "inward remittances", "outward remittances",
            "personal remittances", "workers' remittances", "migrant transfers", "personal transfers",
            "compensation of employees", "remittance surveys", "remittance estimates", "remittance corridors",
            "informal remittances", "international transactions reporting system", "itrs",
        ),
        "fr": (
            "envois de fonds des migrants", "transferts de fonds des migrants", "transferts personnels",
            "rémunération des salariés", "statistiques des envois de fonds", "statistiques sur les envois de fonds",
            "données sur les envois de fonds", "données sur les transferts de fonds", "flux d'envois de fonds",
            "enquête sur les transferts de fonds", "corridors de transfert", "envois de fonds des travailleurs",
        ),
        "es": (
            "remesas familiares", "ingreso de remesas", "ingresos por remesas", "remesas personales",
            "transferencias personales", "remuneración de empleados", "remuneración de asalariados",
            "datos de remesas", "datos sobre remesas", "encuesta de remesas", "corredores de remesas",
            "remesas de trabajadores", "ingreso de divisas por remesas",
        ),
        "ru": (
            "объем переводов", "объем денежных переводов", "поток денежных переводов", "приток переводов",
            "статистика денежных переводов", "данные о переводах", "доля переводов", "трансграничные переводы",
            "трансграничных операций", "поступления от переводов", "данных о переводах", "доли переводов",
        ),
        "ar": (
            "بيانات التحويلات", "حجم التحويلات", "قياس التحويلات", "تقدير التحويلات", "التحويلات الواردة",
            "التحويلات الصادرة", "إحصاءات الحوالات", "مسح التحويلات", "تسجيل التحويلات", "تدفقات الحوالات",
            "رصد التحويلات",
        ),
        "zh": (
            "侨汇数据", "汇款数据", "汇款规模", "侨汇收入", "汇款收入", "汇款流入", "国际收支平衡表", "个人转移",
            "职工报酬",
        ),
    },
    "remittance-market": {
        "en": (
            "money transfer companies", "remittance prices", "remittance pricing", "correspondent banking",
            "de-risking", "exchange rate margin", "fx margin", "exclusivity agreements", "payment service providers",
            "e-money", "electronic money", "fintech", "agent networks", "kyc", "aml/cft", "transfer fees",
        ),
        "fr": (
            "frais de transfert", "sociétés de transfert d'argent", "marges de change", "accords d'exclusivité",
            "monnaie électronique", "établissements de paiement", "banques correspondantes", "connaissance du client",
            "coût d'envoi", "tarification des transferts", "sous-agents", "prestataires de services de paiement",
        ),
        "es": (
            "comisiones por envío", "diferencial cambiario", "remesadoras", "pagadores de remesas",
            "agentes pagadores", "corresponsales bancarios", "banca corresponsal", "dinero electrónico",
            "pasarelas de pago", "precio de las remesas", "mercado de remesas", "conozca a su cliente",
            "acuerdos de exclusividad",
        ),
        "ru": (
            "системы переводов", "платежная инфраструктура", "операторы переводов", "небанковские",
            "кредитные организации", "комиссия за перевод", "тарифы на переводы", "валютный контроль",
            "обменный курс", "рынок переводов", "финтех", "удешевление переводов",
        ),
        "ar": (
            "مكاتب الصرافة", "محلات الصرافة", "مشغلي تحويل الأموال", "مزودي خدمات التحويل", "مقدمي خدمات الدفع",
            "كلفة التحويلات", "رسوم الحوالات", "سوق التحويلات", "نظم الدفع", "الحوالات البريدية", "ويسترن يونيون",
            "موني غرام", "هامش سعر الصرف",
        ),
        "zh": (
            "汇款服务提供商", "汇款公司", "汇款费率", "汇款价格", "汇款市场", "支付机构", "第三方支付", "清算系统",
            "货币汇兑", "汇款运营商", "跨境结算",
        ),
    },
    "remittances": {
        "en": (
            "remitters", "hawala", "hundi", "mtos", "send money home", "sending money home", "money sent home",
            "migrant savings", "savings of migrants", "mobile wallets", "e-wallet", "m-pesa", "gcash", "bkash",
            "western union", "moneygram",
        ),
        "fr": (
            "envoi d'argent", "rapatriement des fonds", "rapatriement de fonds", "épargne des migrants",
            "monnaie électronique", "portefeuille électronique", "orange money", "envoyer de l'argent",
            "argent envoyé", "mandats postaux", "ménages bénéficiaires",
        ),
        "es": (
            "remesadoras", "remitentes", "giros internacionales", "billetera móvil", "billeteras móviles",
            "billetera electrónica", "billeteras digitales", "dinero electrónico", "ahorro de los migrantes",
            "ahorro de migrantes", "hogares receptores", "familias receptoras", "casas de envío",
        ),
        "ru": (
            "финансовая инклюзия", "доступ к финансовым услугам", "безналичные", "мобильный банкинг",
            "электронные кошельки", "отправка денег", "трансферты", "золотая корона", "юнистрим", "нацбанк", "нбкр",
            "продуктивное использование", "производительное использование",
        ),
        "ar": (
            "القنوات الرسمية", "إرسال الأموال", "الأموال المحولة", "البنوك المركزية", "المصرف المركزي", "بنك المغرب",
            "مؤسسة النقد", "النقد الأجنبي", "الإدماج المالي", "التضمين المالي", "الشمول المصرفي",
            "الخدمات المالية الرقمية", "الدفع عبر الهاتف المحمول", "المحفظة الإلكترونية", "التكنولوجيا المالية",
        ),
        "zh": (
            "汇兑", "汇回", "寄钱", "汇钱", "汇款渠道", "境外汇入", "个人外汇", "外汇管理局", "移动钱包", "电子钱包",
            "手机银行", "数字支付", "西联汇款", "侨批", "家庭汇款", "侨汇储蓄", "汇款数据", "汇款服务提供商",
            "汇款市场", "地下汇款", "非正规汇款", "汇款规模", "汇款流入",
        ),
    },
    "rescue-at-sea": {
        "en": (
            "shipwrecks", "sea crossings", "sea arrivals", "rescue coordination", "mrcc", "distress at sea",
            "place of safety", "interceptions", "coastguard", "boat people", "central mediterranean",
            "atlantic route", "drownings", "boat arrivals", "solas convention",
        ),
        "fr": (
            "sauvetage", "naufrages", "pirogues", "embarcations de fortune", "arrivées par la mer", "détresse en mer",
            "lieu sûr", "marine nationale", "route atlantique", "méditerranée centrale", "noyades",
        ),
        "es": (
            "salvamento", "cayucos", "pateras", "embarcaciones precarias", "llegadas por mar", "lugar seguro",
            "ruta atlántica", "balseros", "ahogados",
        ),
        "ru": (
            "поисково-спасательные", "спасательные", "пропавшие без вести", "погибших мигрантов", "гибель мигрантов",
            "судно", "лодки", "средиземное море",
        ),
        "ar": (
            "الإنقاذ", "عمليات الإنقاذ", "حرس السواحل", "القوارب", "الغرق", "المفقودين", "جثث المهاجرين",
            "التعرف على الجثث", "ميناء آمن",
        ),
        "zh": (
            "海事", "船只", "船舶", "渔船", "下船", "溺亡", "遇难", "海难", "沉船", "地中海", "海岸警卫队",
            "失踪人员", "救生",
        ),
    },
    "residence-status": {
        "en": (
            "status adjustment", "temporary protected status", "residence cards", "legal stay", "lawful residence",
            "irregular stay", "amnesty programmes", "migration amnesty", "irregular residence",
        ),
        "fr": (
            "carte de séjour", "carte de résident", "séjour irrégulier", "autorisation de séjour", "droit au séjour",
            "droit de séjour", "séjour régulier", "titre de résident", "statut migratoire", "carte de travail",
        ),
        "es": (
            "estatus migratorio", "condición migratoria", "situación migratoria", "calidad migratoria",
            "residencia temporal", "carné de extranjería", "cédula de extranjería", "permiso especial de permanencia",
            "permiso temporal de permanencia", "tarjeta de residencia", "arraigo", "amnistía migratoria",
            "estancia irregular", "sin papeles", "permiso por protección temporal",
        ),
        "ru": (
            "ВНЖ", "РВП", "разрешение на временное проживание", "временного пребывания", "регуляризация", "амнистия",
            "нелегальные мигранты", "незаконной миграции", "нелегальной миграции", "нерегулярные",
            "недокументированные", "сроки пребывания", "миграционный статус",
            "нарушение миграционного законодательства", "урегулирование статуса", "нелегалов",
        ),
        "ar": (
            "بطاقة الإقامة", "رخصة الإقامة", "سند الإقامة", "تجديد الإقامة", "تسوية الوضعية", "تصحيح الأوضاع",
            "تصحيح الوضع", "الوضع غير النظامي", "مخالفي نظام الإقامة", "غير الموثقين", "بدون أوراق",
            "المهاجرين غير الشرعيين", "الفيزا", "الإقامة غير القانونية", "تجاوز مدة الإقامة",
        ),
        "zh": (
            "工作签证", "居留证", "居留证件", "外国人工作许可", "正规化", "无证移民", "无证件", "非正规移民",
            "非正常移民", "非常规移民", "非法移民", "非法入境", "非法滞留", "逾期居留", "三非外国人", "人才签证",
        ),
    },
    "return-reintegration": {
        "en": (
            "avrr", "returning nationals", "returning citizens", "post-arrival", "post-return", "return counselling",
            "humanitarian return", "involuntary returns",
        ),
        "fr": (
            "arvr", "migrants refoulés", "expulsion", "reconduite à la frontière",
        ),
        "es": (
            "migrantes devueltos", "personas devueltas", "expulsados", "camr", "somos mexicanos",
        ),
        "ru": (
            "возвратная миграция", "репатриация", "реинтеграционная", "возвращенцы", "запрет на въезд", "невъездные",
            "возвращение на родину",
        ),
        "ar": (
            "إعادة الاندماج", "المبعدين", "الإعادة إلى الوطن", "الإعادة الطوعية", "المهاجرين المعادين",
            "الهجرة العكسية", "إعادة المهاجرين",
        ),
        "zh": (
            "回乡", "回返", "重返社会", "回归社会", "返乡创业", "返乡就业", "回乡创业", "回国安置", "安置帮扶",
            "援助自愿返回", "协助自愿返回", "回流移民", "再融入计划", "重新融入援助", "归国人员",
        ),
    },
    "rights-protection": {
        "en": (
            "icrmw", "migrant workers convention", "ill-treatment", "maltreatment", "withholding of documents",
            "retention of passports", "abusive employers", "absconding", "runaway workers", "migrant welfare",
            "welfare fund", "owwa", "equal treatment", "equality of treatment", "nhri", "dignity",
        ),
        "fr": (
            "maltraitance", "mauvais traitements", "confiscation des passeports", "confiscation du passeport",
            "rétention des documents", "arriérés de salaire", "salaires non payés", "égalité de traitement", "cndh",
            "convention sur les travailleurs migrants", "dignité", "sévices", "conditions de vie et de travail",
        ),
        "es": (
            "maltrato", "malos tratos", "retención de pasaportes", "retención de documentos", "salarios no pagados",
            "impago de salarios", "sueldos impagos", "igualdad de trato",
            "convención sobre los trabajadores migratorios", "dignidad", "extorsión", "vejaciones",
        ),
        "ru": (
            "изъятие паспортов", "изъятие документов", "удержание документов", "невыплата зарплаты",
            "задолженность по заработной плате", "злоупотребления", "жестокое обращение", "омбудсмен", "ущемление",
        ),
        "ar": (
            "سوء المعاملة", "الإساءة", "مصادرة جوازات السفر", "حجز الوثائق", "احتجاز جوازات السفر",
            "المستحقات العمالية", "المساواة في المعاملة", "كرامة المهاجرين", "العمل الكريم", "الشغل اللائق",
            "عدم دفع الرواتب", "تأخير الرواتب",
        ),
        "zh": (
            "扣押护照", "扣押证件", "扣留证件", "限制人身自由", "虐待", "克扣工资", "工资拖欠", "讨薪", "同工同酬",
            "平等待遇", "维权", "救济途径", "移民权利", "劳工权利",
        ),
    },
    "schooling": {
        "en": (
            "dropout rates", "bilingual education", "inclusive education", "kindergarten", "preschool",
            "learning centres",
        ),
        "fr": (
            "établissements scolaires", "inscription scolaire", "décrochage scolaire", "abandon scolaire",
            "déscolarisation", "classes passerelles", "cours de rattrapage", "éducation inclusive", "préscolaire",
        ),
        "es": (
            "centros educativos", "educación inclusiva", "nivelación académica", "educación bilingüe",
            "planteles educativos", "validación de estudios",
        ),
        "ru": (
            "школьники", "общеобразовательные", "учителя", "педагоги", "подготовительные классы", "язык как второй",
            "посещаемость", "школьного образования", "дети-мигранты", "адаптация детей", "ученики", "детей-мигрантов",
        ),
        "ar": (
            "التسجيل المدرسي", "الإدماج المدرسي", "الاندماج المدرسي", "الهدر المدرسي", "التسرب المدرسي",
            "التعليم الأساسي", "التعليم الابتدائي", "دروس التقوية", "التعليم الاستدراكي",
        ),
        "zh": (
            "中小学", "幼儿园", "学籍", "借读", "插班", "转学", "就读", "辍学", "双语教学", "课堂", "校园",
            "学龄儿童",
        ),
    },
    "sdg-indicators": {
        "en": (
            "indicator 10.7.1", "target 10.c", "indicator 10.c.1", "indicator 17.3.2", "target 8.8", "global goals",
            "agenda 2030", "2030 agenda", "voluntary national reviews", "vnr", "high-level political forum",
            "custodian agency", "gcm indicators", "international migration review forum", "imrf",
        ),
        "fr": (
            "cible 10.c", "programme 2030", "examens nationaux volontaires", "forum politique de haut niveau",
            "indicateurs de gouvernance des migrations", "objectif 10", "programme de développement durable",
        ),
        "es": (
            "indicador 10.7.2", "indicador 10.7.1", "meta 10.c", "informes nacionales voluntarios",
            "exámenes nacionales voluntarios", "foro político de alto nivel",
            "indicadores de gobernanza de la migración", "objetivo 10", "agenda de desarrollo sostenible",
        ),
        "ru": (
            "повестка дня в области устойчивого развития", "повестка 2030", "задача 10.7", "показатель 10.7.2",
            "10.7.2", "добровольный национальный обзор", "упорядоченной, безопасной",
        ),
        "ar": (
            "خطة 2030", "أجندة 2030", "جدول أعمال 2030", "المقصد 10.7", "الهدف 10.7", "10.7.2",
            "الأهداف الإنمائية المستدامة", "سياسات الهجرة المخطط لها", "حسن إدارة الهجرة", "الاستعراض الوطني الطوعي",
            "المراجعة الوطنية الطوعية",
        ),
        "zh": (
            "可持续发展议程", "管理良好的移民政策", "负责任的移民", "移民治理指标", "全球指标框架", "自愿国别评估",
            "国别自愿陈述", "千年发展目标", "可持续发展目标指标",
        ),
    },
    "skills": {
        "en": (
            "skilled workers", "skilled migrants", "high-skilled", "semi-skilled", "skilled labour", "skilled labor",
            "brain circulation", "brain waste", "global code of practice", "tvet", "technical and vocational",
            "upskilling", "reskilling", "skills upgrading", "skills testing", "trade testing", "nursing", "midwives",
            "caregiver training",
        ),
        "fr": (
            "circulation des cerveaux", "gain de cerveaux", "exode des cerveaux", "infirmières", "eftp",
            "enseignement technique", "étudiants à l'étranger", "sages-femmes", "main-d'oeuvre spécialisée",
        ),
        "es": (
            "trabajadores calificados", "migrantes calificados", "mano de obra calificada", "circulación de cerebros",
            "ganancia de cerebros", "etfp", "formación técnica", "educación técnica", "estudiantes en el extranjero",
            "capital humano calificado", "parteras",
        ),
        "ru": (
            "вкс", "утечка умов", "утечка кадров", "приток мозгов", "привлечение талантов", "таланты", "медсестры",
            "инженеров", "квалифицированных работников", "квалифицированных кадров",
        ),
        "ar": (
            "هجرة العقول", "نزيف العقول", "هجرة الأطر", "اليد العاملة الماهرة", "الأيدي العاملة الماهرة",
            "كسب العقول", "الهجرة الانتقائية", "العقول المهاجرة",
        ),
        "zh": (
            "技术工人", "熟练工人", "专业技术人员", "外国专家", "外籍人才", "国际人才", "高端人才", "紧缺人才",
            "人才签证", "智力外流", "人才外流", "医护人员", "护士", "工程师", "技能伙伴关系", "职业资格",
        ),
    },
    "skills-recognition": {
        "en": (
            "rpl", "validation of prior learning", "qualifications framework", "nqf", "skills testing",
            "trade testing", "competency-based", "competency assessment", "skills passport",
            "certification of skills", "diploma equivalence", "equivalence of diplomas", "credential evaluation",
            "foreign credentials", "foreign qualifications", "licensure", "licensing exams", "bridging courses",
            "deskilling", "brain waste", "addis convention",
        ),
        "fr": (
            "vae", "équivalence des diplômes", "équivalences de diplômes", "cadre national des qualifications",
            "cadre national de certification", "certification des compétences",
            "certificat de qualification professionnelle", "homologation des diplômes", "reconnaissance des acquis",
            "reconnaissance des titres", "déqualification", "passeport de compétences", "tests de compétences",
            "évaluation des compétences",
        ),
        "es": (
            "homologación de títulos", "homologación de estudios", "convalidación", "revalidación de estudios",
            "marco nacional de cualificaciones", "marco nacional de calificaciones", "certificación de habilidades",
            "certificación laboral", "normalización de competencias", "evaluación de competencias", "apostilla",
            "reconocimiento de estudios", "reconocimiento de saberes", "descualificación",
        ),
        "ru": (
            "нострификация", "признание документов об образовании", "эквивалентность", "подтверждение навыков",
            "сертификация квалификаций", "оценка квалификаций", "профессиональные стандарты", "рамка квалификаций",
            "НРК", "апостиль", "признание предшествующего обучения", "квалификационный экзамен", "признание навыков",
            "признание профессиональных",
        ),
        "ar": (
            "معادلة الشهادات", "معادلة الدبلومات", "معادلة المؤهلات", "تصديق المهارات", "اعتماد المهارات",
            "تقييم المهارات", "الفحص المهني", "الاختبارات المهنية", "المصادقة على المكتسبات", "الاعتراف بالكفاءات",
            "الاعتراف بالخبرات", "التعلم السابق", "الإطار الوطني للمؤهلات", "إطار المؤهلات",
        ),
        "zh": (
            "技能鉴定", "技能等级认定", "等级认定", "学位认证", "学历学位认证", "先前学习认可", "先前学习",
            "资历框架", "资格框架", "职称评审", "职称评定", "执业资格", "职业资格",
        ),
    },
    "skills-transfer": {
        "en": (
            "trqn", "tokten", "diaspora experts", "diaspora professionals", "diaspora volunteers", "virtual return",
            "brain circulation", "transfer of knowledge", "transfer of skills", "skills exchange", "return of talent",
            "diaspora missions", "circular return", "migration for development in africa",
        ),
        "fr": (
            "transfert des compétences", "transfert des connaissances", "experts de la diaspora",
            "missions d'expertise", "retour virtuel", "circulation des compétences", "circulation des cerveaux",
            "mobilisation des compétences", "gain de cerveaux", "exode des cerveaux", "volontaires de la diaspora",
            "retour des compétences", "compétences de la diaspora",
        ),
        "es": (
            "transferencia de saberes", "circulación de cerebros", "ganancia de cerebros", "retorno de talentos",
            "expertos de la diáspora", "profesionales de la diáspora", "retorno virtual",
            "voluntarios de la diáspora", "redes de talentos", "fuga de talentos", "red de talentos",
        ),
        "ru": (
            "обмен знаниями", "трансфер знаний", "трансфер технологий", "передача технологий", "передача навыков",
            "возвращение специалистов", "краткосрочное возвращение", "циркуляция мозгов", "приток мозгов",
            "утечка умов", "специалистов из диаспоры", "научная диаспора",
        ),
        "ar": (
            "نقل المعرفة", "نقل المهارات", "نقل التكنولوجيا", "الكفاءات المهاجرة", "الكفاءات في المهجر",
            "تعبئة الكفاءات", "هجرة العقول", "العودة الافتراضية", "العودة قصيرة الأجل", "توكتن", "الخبراء المغتربين",
        ),
        "zh": (
            "知识转移", "技术转移", "技能转移", "知识转让", "人才引进", "引进人才", "智力引进", "柔性引才",
            "为国服务", "人才环流", "智力回流", "短期回国", "春晖计划", "海智计划", "海归",
        ),
    },
    "smuggling": {
        "en": (
            "clandestine", "irregular crossings", "dangerous journeys", "perilous journeys", "stowaways", "untoc",
            "facilitation of irregular entry",
        ),
        "fr": (
            "trafic illicite", "coxeurs", "rabatteurs", "convoyeurs", "aide à l'entrée irrégulière",
        ),
        "es": (
            "polleros", "tráfico de migrantes", "tráfico ilícito", "coyotaje", "tráfico de personas",
            "traficantes de personas", "redes de tráfico", "cruce irregular", "lancheros",
        ),
        "ru": (
            "незаконная переправка", "переправка мигрантов", "переправщики", "контрабандисты",
            "организованные преступные группы", "незаконного пересечения границы", "пособничество",
            "каналы незаконной миграции",
        ),
        "ar": (
            "تهريب الأشخاص", "شبكات التهريب", "قوارب الموت", "عصابات التهريب", "الدخول غير المشروع",
        ),
        "zh": (
            "偷越", "偷越国境", "人口走私", "移民走私", "走私移民", "非法越境", "非法出入境", "骗取出境证件",
            "偷渡者",
        ),
    },
    "social-protection": {
        "en": (
            "safety nets", "cash transfers", "unemployment benefits", "unemployment insurance", "maternity benefits",
            "family benefits", "social benefits", "welfare benefits", "contributory schemes", "non-contributory",
            "welfare funds",
        ),
        "fr": (
            "filets sociaux", "transferts monétaires", "prestations sociales", "allocations familiales",
            "allocations chômage", "assurance chômage", "régimes contributifs", "mutuelles de santé",
            "couverture sociale", "aide sociale", "cnps", "ipres",
        ),
        "es": (
            "transferencias monetarias", "transferencias condicionadas", "programas sociales",
            "prestaciones sociales", "seguro de desempleo", "asignaciones familiares", "régimen contributivo",
            "no contributivo", "cobertura social",
        ),
        "ru": (
            "социальные пособия", "социальная помощь", "социальные услуги", "социальные гарантии",
            "социальные выплаты", "пособие по безработице", "пенсионное обеспечение", "социальные отчисления",
            "страховые взносы", "социальная поддержка", "малообеспеченные", "социальные трансферты",
        ),
        "ar": (
            "التغطية الاجتماعية", "شبكات الأمان الاجتماعي", "المساعدة الاجتماعية", "التأمين ضد البطالة",
            "تعويض البطالة", "الاستحقاقات الاجتماعية", "المنافع الاجتماعية", "الرعاية الاجتماعية",
        ),
        "zh": (
            "社会保护", "最低生活保障", "低保", "失业保险", "医疗保险", "工伤保险", "生育保险", "社会福利",
            "社会救济", "社会援助", "现金转移", "五险一金", "退休金", "参保", "兜底保障", "社会保障协定",
        ),
    },
    "social-security-portability": {
        "en": (
            "portable benefits", "totalization", "export of benefits", "exportability of benefits", "acquired rights",
            "old-age benefits", "contributory schemes", "provident fund", "end-of-service benefits",
            "aggregation of periods", "periods of insurance", "contribution periods",
            "social insurance contributions",
        ),
        "fr": (
            "totalisation des périodes", "périodes d'assurance", "périodes de cotisation",
            "exportabilité des prestations", "transférabilité des droits", "droits acquis", "cipres",
            "cotisations sociales", "prestations de vieillesse",
        ),
        "es": (
            "exportación de prestaciones", "períodos de cotización", "periodos cotizados", "cotizaciones sociales",
            "derechos adquiridos", "transferibilidad de derechos", "jubilación", "convenio iberoamericano",
            "convenio multilateral iberoamericano", "prestaciones de vejez", "aportes previsionales",
        ),
        "ru": (
            "пенсионное обеспечение", "трудовой стаж", "страховой стаж", "суммирование стажа", "зачет стажа",
            "пенсионные накопления", "пенсионные взносы", "пенсионных выплат", "пенсионных соглашений",
        ),
        "ar": (
            "الحقوق المكتسبة", "تصدير المنافع", "نقل المنافع", "نقل الاستحقاقات", "فترات الاشتراك", "فترات التأمين",
            "مكافأة نهاية الخدمة",
        ),
        "zh": (
            "转移接续", "社会保障协定", "社保协定", "互免缴费", "缴费年限", "养老保险", "退休金", "待遇领取",
            "跨境领取",
        ),
    },
    "statistics": {
        "en": (
            "migration observatory", "disaggregated", "sampling frame", "flow monitoring",
            "displacement tracking matrix", "dtm", "nsos", "metadata", "migration indicators",
        ),
        "fr": (
            "observatoire des migrations", "observatoire national des migrations", "observatoire de la migration",
            "ventilées par sexe", "désagrégées par sexe", "base de sondage", "suivi des flux",
            "matrice de suivi des déplacements", "métadonnées", "indicateurs migratoires",
            "système d'information migratoire",
        ),
        "es": (
            "observatorio de migraciones", "observatorio de las migraciones", "observatorio migratorio",
            "observatorio nacional de migraciones", "marco muestral", "monitoreo de flujos",
            "matriz de seguimiento de desplazamientos", "indicadores migratorios", "levantamiento de información",
            "sistema de información migratoria",
        ),
        "ru": (
            "росстат", "белстат", "нацстатком", "госкомстат", "статкомитет", "микроданные", "профиль миграции",
            "регистр населения", "дезагрегированные", "дезагрегирование", "выборочное наблюдение",
        ),
        "ar": (
            "المعطيات", "الإحصائيات", "مرصد الهجرة", "المرصد الوطني للهجرة", "المندوبية السامية للتخطيط",
            "الجهاز المركزي للتعبئة العامة", "السجل السكاني", "مؤشرات الهجرة", "تصميم العينة", "نظام معلومات الهجرة",
            "قياس الهجرة", "الدراسات الاستقصائية", "البحث الوطني حول الهجرة",
        ),
        "zh": (
            "微观数据", "数据库", "问卷", "抽样", "样本", "信息采集", "人口信息", "分列数据", "统计口径", "统计制度",
            "统计年鉴", "统计能力", "移民统计", "调查问卷", "调查设计",
        ),
    },
    "stocks-flows": {
        "en": (
            "foreign-born population", "net migration", "emigration rates", "immigrant population",
            "foreign population", "migratory flows", "migration estimates", "bilateral migration matrix",
            "stock of migrants", "migration trends", "migration patterns", "migration corridors", "un desa",
            "immigration flows", "emigration flows", "migrant inflows", "migration inflows",
        ),
        "fr": (
            "population immigrée", "population étrangère", "nés à l'étranger", "solde migratoire",
            "entrées de migrants", "flux d'émigration", "flux d'immigration", "tendances migratoires",
            "dynamiques migratoires", "couloirs migratoires", "corridors migratoires", "mouvements migratoires",
            "nombre de migrants",
        ),
        "es": (
            "población inmigrante", "población extranjera", "tendencias migratorias", "dinámicas migratorias",
            "corredores migratorios", "movimientos migratorios", "saldo migratorio", "número de migrantes",
            "estimaciones de migración", "flujos de emigración", "flujos de inmigración",
            "población nacida en el extranjero",
        ),
        "ru": (
            "потоки мигрантов", "эмиграционные потоки", "иммиграционные потоки", "число мигрантов",
            "количество мигрантов", "контингент мигрантов", "международных мигрантов", "прибывших и выбывших",
            "сальдо миграции", "масштабы миграции", "интенсивность миграции",
        ),
        "ar": (
            "عدد المهاجرين", "مخزون المهاجرين", "حركة الهجرة", "اتجاهات الهجرة", "حجم الهجرة", "المهاجرين الدوليين",
            "صافي الهجرة", "معدلات الهجرة", "المقيمين الأجانب", "الهجرة الوافدة", "الهجرة الخارجية", "أنماط الهجرة",
        ),
        "zh": (
            "移民流量", "移民规模", "移民人数", "国际移民人数", "移民流动", "外籍人口", "外国出生人口", "净迁移",
            "净流入", "人口流入", "人口流出",
        ),
    },
    "student-mobility": {
        "en": (
            "foreign students", "overseas students", "student visas", "study visas", "exchange students",
            "study permits", "erasmus", "international education", "academic mobility", "credit mobility",
            "degree mobility", "alumni", "higher education",
        ),
        "fr": (
            "étudiants étrangers", "visa étudiant", "visas d'études", "mobilité académique", "mobilité universitaire",
            "campus france", "enseignement supérieur", "bourses d'excellence", "étudiants en mobilité",
            "diplômés étrangers",
        ),
        "es": (
            "estudiantes extranjeros", "visa de estudiante", "visas de estudio", "movilidad académica",
            "intercambio estudiantil", "educación superior", "becarios", "estudiar en el extranjero",
            "programas de intercambio", "movilidad universitaria",
        ),
        "ru": (
            "студенты за рубежом", "обучающихся за рубежом", "иностранных учащихся", "программы обмена",
            "учеба за границей", "обучение за границей", "абитуриенты", "квоты на обучение", "иностранные выпускники",
            "работа после учебы", "болашак", "учебная виза", "учебной визы", "иностранные учащиеся",
        ),
        "ar": (
            "الطلاب الأجانب", "الطلبة الدوليين", "الطلبة الوافدين", "الطلاب الوافدين", "الدارسين في الخارج",
            "الدراسة بالخارج", "المبتعثين", "الابتعاث", "التبادل الأكاديمي", "التبادل الطلابي", "الحراك الأكاديمي",
            "العمل بعد الدراسة", "إيراسموس",
        ),
        "zh": (
            "外国学生", "交换生", "访问学者", "学生签证", "毕业后工作", "海归", "教育交流", "游学", "学成回国",
            "国际教育", "公派", "学成归国",
        ),
    },
    "temporary-schemes": {
        "en": (
            "swp", "palm scheme", "pacific australia labour mobility", "recognised seasonal employer", "h-2a", "h-2b",
            "employment permit system", "technical intern training", "specified skilled worker",
            "temporary foreign worker program", "sawp", "seasonal agricultural worker program",
            "circular labour mobility", "temporary labor migration", "pacific labour scheme", "guestworkers",
            "seasonal migration",
        ),
        "fr": (
            "contrats saisonniers", "saisonniers agricoles", "migration saisonnière", "mobilité circulaire",
            "travailleurs temporaires", "ptet", "travailleurs agricoles saisonniers",
            "travailleurs étrangers temporaires", "contrats en origine",
        ),
        "es": (
            "trabajadores agrícolas temporales", "ptat", "trabajadores de temporada", "migración estacional",
            "trabajadores estacionales", "jornaleros", "contratación en origen", "movilidad circular",
            "programas de movilidad laboral", "trabajadores extranjeros temporales",
        ),
        "ru": (
            "временные работники", "временная занятость", "краткосрочная трудовая", "маятниковая миграция",
            "гостевые работники", "сельскохозяйственные работники", "сбор урожая", "временные трудовые мигранты",
            "схемы трудовой мобильности", "контрактная миграция",
        ),
        "ar": (
            "العمالة الموسمية", "العاملات الموسميات", "الهجرة الموسمية", "الهجرة الدورية", "الهجرة التعاقدية",
            "العمالة المؤقتة", "العمالة التعاقدية", "العمل المؤقت", "العمال الضيوف", "التنقل المؤقت",
        ),
        "zh": (
            "循环流动", "循环迁移", "短期务工", "雇佣许可制", "技能实习", "研修生", "特定技能", "劳动力流动计划",
            "季节性就业",
        ),
    },
    "trade-services": {
        "en": (
            "intra-corporate transferees", "independent professionals", "business visitors", "services trade",
            "economic partnership agreements", "wto", "world trade organization", "schedule of commitments",
            "specific commitments", "business mobility", "apec business travel card",
            "cross-border supply of services",
        ),
        "fr": (
            "agcs", "commerce de services", "fournisseurs de services contractuels",
            "personnel transféré à l'intérieur d'une société", "visiteurs d'affaires", "mobilité des gens d'affaires",
            "omc", "organisation mondiale du commerce", "accords de libre-échange", "zlecaf",
            "zone de libre-échange continentale africaine", "accords de partenariat économique",
            "engagements spécifiques", "présence temporaire de personnes physiques",
        ),
        "es": (
            "proveedores de servicios contractuales", "personal trasladado dentro de la empresa",
            "visitantes de negocios", "personas de negocios", "organización mundial del comercio",
            "tratados de libre comercio", "acuerdos de libre comercio", "compromisos específicos",
            "presencia temporal de personas físicas", "comercio transfronterizo de servicios",
            "listas de compromisos",
        ),
        "ru": (
            "гатс", "вто", "всемирной торговой организации", "соглашения о свободной торговле", "торговая политика",
            "внутрикорпоративные", "поставщиков услуг", "экспорт услуг",
        ),
        "ar": (
            "الاتفاق العام للتجارة في الخدمات", "التجارة في الخدمات", "الأسلوب الرابع", "موردي الخدمات",
            "توريد الخدمات", "حركة الأشخاص الطبيعيين", "انتقال الأشخاص الطبيعيين", "منظمة التجارة العالمية",
            "اتفاقية التجارة الحرة",
        ),
        "zh": (
            "自然人临时移动", "自然人移动", "自然人存在", "商务人员临时入境", "临时入境", "商务访客", "具体承诺表",
            "具体承诺减让表", "经济需求测试", "合同服务提供者", "公司内部调动", "独立专业人员", "自贸协定",
            "自由贸易协定", "服务贸易总协定", "商业存在",
        ),
    },
    "trafficking": {
        "en": (
            "slavery", "servitude", "sexual exploitation", "labour exploitation", "labor exploitation",
            "organ removal", "bonded labour", "bonded labor", "forced begging", "untoc", "debt bondage",
        ),
        "fr": (
            "esclavage", "exploitation sexuelle", "exploitation par le travail", "exploitation économique",
            "mendicité forcée", "prélèvement d'organes", "proxénétisme", "exploitation de la prostitution",
        ),
        "es": (
            "explotación sexual", "explotación laboral", "esclavitud", "servidumbre", "mendicidad forzada",
            "matrimonio servil", "extracción de órganos", "trabajo esclavo",
        ),
        "ru": (
            "ТЛ", "сексуальная эксплуатация", "трудовая эксплуатация", "долговая кабала", "кабальные", "рабство",
            "подневольный", "палермский протокол", "пострадавших от торговли", "купля-продажа",
        ),
        "ar": (
            "المتجرين بالأشخاص", "بروتوكول باليرمو", "العبودية الحديثة", "الاسترقاق", "العمل الجبري",
            "الاستغلال الجنسي", "عبودية الدين", "الجريمة المنظمة", "نزع الأعضاء", "التسول القسري",
        ),
        "zh": (
            "反拐", "打拐", "被拐", "买卖人口", "拐骗", "诱骗", "债务奴役", "奴役", "性剥削", "巴勒莫议定书",
            "跨国有组织犯罪", "人口走私", "强迫卖淫",
        ),
    },
    "trainers": {
        "en": (
            "resource persons", "peer educators", "adult learning", "andragogy", "training institutes",
            "training academy", "institutionalization of training", "multiplier effect",
        ),
        "fr": (
            "personnes ressources", "essaimage", "pédagogie des adultes", "ingénierie de formation",
            "ingénierie pédagogique", "instituts de formation", "institutionnalisation de la formation",
            "effet multiplicateur",
        ),
        "es": (
            "efecto multiplicador", "efecto cascada", "educación de adultos", "aprendizaje de adultos",
            "escuelas de formación", "formación de instructores",
        ),
        "ru": (
            "инструкторы", "наставники", "наставничество", "фасилитаторы", "методисты", "мультипликаторы",
            "обучение обучающих", "преподавательского состава",
        ),
        "ar": (
            "تكوين المكونين", "إعداد المكونين", "المؤطرين", "التدريب التتابعي",
        ),
        "zh": (
            "培训者培训", "内训师", "教员", "逐级培训", "层层培训", "级联培训", "培训骨干", "辅导员",
            "带教", "种子教师",
        ),
    },
    "unions-employers": {
        "en": (
            "labour unions", "labor unions", "workers' unions", "union leaders", "ituc", "chambers of commerce",
            "business associations", "collective bargaining", "freedom of association", "ioe",
            "workers' representatives",
        ),
        "fr": (
            "patronat", "organisations professionnelles", "chambres de commerce", "négociation collective",
            "conventions collectives", "représentants des travailleurs",
        ),
        "es": (
            "gremios", "cámaras de comercio", "cámaras empresariales", "sector empresarial", "negociación colectiva",
            "convenios colectivos", "representantes de los trabajadores", "organizaciones empresariales",
        ),
        "ru": (
            "профессиональные союзы", "атамекен", "торгово-промышленная палата", "коллективный договор",
            "коллективные переговоры", "трипартизм", "социальное партнерство", "бизнес-ассоциации",
            "деловые ассоциации", "наниматели",
        ),
        "ar": (
            "الاتحاد العام التونسي للشغل", "غرفة التجارة", "المشغلين والأجراء", "النقابيين", "الحوار الثلاثي",
            "الفرقاء الاجتماعيين", "الاتحادات العمالية", "المفاوضة الجماعية", "الاتفاقيات الجماعية",
        ),
        "zh": (
            "总工会", "企业联合会", "企业家协会", "工商联", "行业协会", "三方机制", "集体协商", "集体合同",
            "用人单位", "用工单位", "职工代表", "劳动关系", "企业主", "总商会", "行业商会",
        ),
    },
    "urban-planning": {
        "en": (
            "urban development", "urban governance", "urban resilience", "land use planning", "spatial planning",
            "zoning", "urban infrastructure", "new urban agenda", "un-habitat", "urban sprawl", "urban renewal",
            "peri-urban",
        ),
        "fr": (
            "aménagement urbain", "aménagement du territoire", "schéma directeur", "restructuration des quartiers",
            "lotissement", "gouvernance urbaine", "développement urbain", "résilience urbaine",
            "nouvel agenda urbain", "onu-habitat", "étalement urbain", "assainissement", "quartiers spontanés",
        ),
        "es": (
            "ordenamiento territorial", "desarrollo urbano", "gobernanza urbana", "resiliencia urbana",
            "planes de ordenamiento", "mejoramiento de barrios", "nueva agenda urbana", "uso del suelo",
            "expansión urbana", "asentamientos precarios", "tugurios", "villas miseria",
        ),
        "ru": (
            "генеральный план", "генплан", "трущобы", "самовольное строительство", "городская инфраструктура",
            "городское развитие", "застройка", "территориальное планирование", "развитие городов", "пригороды",
            "урбанистика",
        ),
        "ar": (
            "التهيئة العمرانية", "إعداد التراب", "التهيئة الحضرية", "تخطيط المدن", "السكن غير اللائق",
            "الأحياء الفقيرة", "الأحياء غير الرسمية", "الأحياء العشوائية", "المخطط التوجيهي", "المخطط العمراني",
            "التنمية الحضرية", "البنية التحتية الحضرية",
        ),
        "zh": (
            "非正规住区", "贫民窟", "旧城改造", "城市更新", "国土空间规划", "城乡规划", "城市治理", "城市管理",
            "城市基础设施", "新型城镇化", "人口承载力", "宜居城市",
        ),
    },
    "victim-assistance": {
        "en": (
            "assistance to victims", "identification of victims", "protection of victims", "victim protection",
            "presumed victims", "potential victims", "safe houses", "reflection period", "recovery and reflection",
            "victim-centred", "victim-centered", "survivor-centred", "victim compensation",
            "compensation for victims", "direct assistance", "survivors of trafficking",
        ),
        "fr": (
            "prise en charge des victimes", "protection des victimes", "victimes présumées", "victimes potentielles",
            "foyers d'hébergement", "centres de transit", "délai de réflexion",
            "période de rétablissement et de réflexion", "approche centrée sur la victime",
            "indemnisation des victimes", "accompagnement des victimes", "assistance directe", "refuges",
        ),
        "es": (
            "atención integral a víctimas", "protección a víctimas", "protección de víctimas", "víctimas potenciales",
            "posibles víctimas", "casas de acogida", "casas refugio", "periodo de reflexión", "reparación integral",
            "reparación a víctimas", "enfoque centrado en la víctima", "asistencia inmediata",
            "restitución de derechos",
        ),
        "ru": (
            "реабилитация", "кризисные центры", "шелтер", "помощь пострадавшим", "защита пострадавших",
            "реабилитационные центры", "идентификация жертв", "компенсация жертвам", "защита жертв",
            "реинтеграция жертв", "статус жертвы",
        ),
        "ar": (
            "التعرف على الضحايا", "الكشف عن الضحايا", "دعم الضحايا", "رعاية الضحايا", "تأهيل الضحايا", "الملاجئ",
            "مراكز الاستماع", "خلايا التكفل", "التكفل بالضحايا", "الناجين", "الناجيات", "جبر الضرر",
        ),
        "zh": (
            "被害人", "解救", "临时庇护", "临时安置", "身心康复", "受害者援助", "被害人救助", "救助管理站",
            "援助受害者", "被拐", "安全屋",
        ),
    },
    "vulnerable-migrants": {
        "en": (
            "uasc", "unaccompanied", "children on the move", "migrant children", "best interests of the child",
            "best interests determination", "age assessment", "stranded migrants", "migrants in transit",
            "persons with specific needs", "elderly migrants", "pregnant women", "family tracing",
            "legal guardianship", "foster care", "at-risk migrants",
        ),
        "fr": (
            "mna", "enfants séparés", "enfants en mobilité", "enfants en situation de rue", "enfants des rues",
            "talibés", "intérêt supérieur de l'enfant", "évaluation de l'âge", "migrants bloqués",
            "migrants en détresse", "migrants en transit", "recherche familiale", "recherche des familles",
            "mineurs isolés", "mineurs étrangers isolés", "familles d'accueil",
        ),
        "es": (
            "nna", "niñez migrante", "menores no acompañados", "adolescentes no acompañados", "migrantes varados",
            "interés superior del niño", "interés superior de la niñez", "determinación de la edad", "sistema dif",
            "mujeres embarazadas", "situación de calle", "migrantes caminantes", "población caminante",
            "búsqueda de familiares",
        ),
        "ru": (
            "несовершеннолетних", "без сопровождения", "разлученные дети", "дети без попечения", "защита прав детей",
            "инвалидностью", "пожилых мигрантов", "группы риска", "разлученных детей", "детей без попечения",
        ),
        "ar": (
            "الهشاشة", "المستضعفين", "القاصرين غير المصحوبين", "الأطفال غير المرافقين", "القاصرين غير المرافقين",
            "الأطفال المنفصلين", "ذوي الإعاقة", "مصالح الطفل الفضلى", "المصلحة الفضلى للطفل", "الأكثر ضعفا",
            "أوضاع هشة", "حماية الأطفال",
        ),
        "zh": (
            "孤身儿童", "失散儿童", "困境儿童", "流浪儿童", "事实无人抚养儿童", "孤儿", "特殊群体", "困难群体",
            "易受伤害", "残疾人", "特殊需要", "临时监护", "未成年",
        ),
    },
}  # fmt: skip
