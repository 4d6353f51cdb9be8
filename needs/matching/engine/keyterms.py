"""Single key terms and common inflected forms that widen the lexicon's concepts.

`lexicon.CONCEPTS` lists the usual phrases of each concept; focal points often write a
concept as one word, an inflected form or a regional usage instead ("réfugiés", "لحقوق",
"переселенцам", "sur le terrain de l'emploi"). These terms are merged into the concepts by
`concepts.ConceptReader`. Folding (see `text.fold`) already makes Latin words meet on their
first seven letters and Russian ones on their stems; Arabic terms are also matched
with a leading conjunction or preposition (و ب ل ف ك).
"""

from __future__ import annotations

KEY_TERMS: dict[str, dict[str, tuple[str, ...]]] = {
    "statistics": {
        "en": ("surveys", "data", "indicators of migration", "registers", "database"),
        "fr": ("données", "enquête", "enquêtes", "recensements", "registres", "base de données"),
        "es": ("datos", "encuesta", "encuestas", "censos", "registros", "base de datos"),
        "ru": ("данных", "данные", "статистики", "статистическ", "переписи", "обследование", "учёт", "учета"),
        "ar": ("البيانات", "بيانات", "الإحصاء", "إحصائية", "الإحصائية", "المسح", "مسوح", "قاعدة بيانات"),
        "zh": ("数据", "统计数据", "调查", "登记"),
    },
    "labour-migration": {
        "en": ("labour migrants", "temporary workers", "seasonal workers", "employment services"),
        "fr": ("main-d'œuvre", "travailleurs saisonniers", "marché de l'emploi"),
        "es": ("trabajadores temporales", "trabajadores agrícolas temporales"),
        "ru": ("трудовой миграции", "трудоустройств", "рабочих мест"),
        "ar": ("العمالة", "التشغيل", "سوق الشغل", "العاملين بالخارج", "فرص العمل"),
        "zh": ("务工", "外出务工", "劳动者"),
    },
    "fair-recruitment": {
        "fr": ("recrutement", "agences de recrutement", "intermédiaires", "frais de recrutement"),
        "es": ("reclutamiento", "contratación", "agencias de empleo", "intermediarios"),
        "ru": ("набор", "вербовк", "частные агентства занятости", "посредник"),
        "ar": ("التوظيف", "الوسطاء", "وكالات الاستقدام"),
        "zh": ("招聘", "中介", "招募"),
    },
    "skills": {
        "en": ("vocational training", "diplomas", "occupations", "talent partnerships", "professional"),
        "fr": ("qualifications", "formation professionnelle", "métiers", "partenariats pour les talents"),
        "es": ("títulos", "formación profesional", "ocupaciones", "alianzas de talentos", "profesionales"),
        "ru": ("квалификац", "дипломы", "дипломов", "профессиональн", "профессий", "специалисты"),
        "ar": ("المهارات", "المؤهلات", "الشهادات", "التكوين المهني", "التدريب المهني", "المهن", "المواهب"),
        "zh": ("职业培训", "技能", "学历", "资格", "职业"),
    },
    "rights-protection": {
        "fr": ("droits", "protection", "violations", "plaintes", "suivi des lieux"),
        "es": ("derechos", "protección", "violaciones", "vulneraciones"),
        "ru": ("права", "прав", "защиты", "нарушени", "правозащитн"),
        "ar": ("حقوق", "الحقوق", "الحماية", "حماية", "الانتهاكات", "انتهاكات", "الشكايات", "شكاوى", "الرصد"),
        "zh": ("侵权", "监测"),
    },
    "consular": {
        "fr": ("consulats", "ambassades", "consulaire", "attachés"),
        "es": ("consulados", "embajadas", "consular", "agregados laborales"),
        "ru": ("посольств",),
        "ar": ("القنصليات", "السفارات", "البعثات", "القنصلية"),
        "zh": ("领事", "使馆", "领馆"),
    },
    "migration-management": {
        "fr": ("gestion des migrations", "gouvernance des migrations", "visas", "titres de séjour"),
        "es": ("gestión migratoria", "gobernanza migratoria", "visados", "permisos de residencia"),
        "ru": ("управление миграцией", "миграционной службы", "регулирование миграции"),
        "ar": ("إدارة الهجرة", "الإقامة", "التأشيرات", "الجوازات"),
        "zh": ("移民管理", "出入境管理", "签证", "居留"),
    },
    "border": {
        "fr": ("frontières", "frontalier", "transfrontalière", "postes frontières"),
        "es": ("fronteras", "fronterizo", "fronteriza", "pasos fronterizos"),
        "ru": ("границ", "пограничн", "пунктах пропуска"),
        "ar": ("الحدود", "الحدودية", "المعابر", "المنافذ"),
        "zh": ("边境", "口岸", "边检"),
    },
    "coherence": {
        "fr": ("planification", "coordination", "cohérence", "politique nationale"),
        "es": ("planificación", "coordinación", "coherencia", "política nacional"),
        "ru": (
            "планирован", "планирование", "планирования", "координац", "согласованност", "государственная политика",
            "местного развития", "местное развитие",
        ),
        "ar": ("التخطيط", "التنسيق", "الخطط القطاعية", "دمج الهجرة", "الخطة الوطنية"),
        "zh": ("规划", "协调", "纳入"),
    },
    "evaluation": {
        "fr": ("suivi et évaluation", "évaluation", "indicateurs"),
        # Not "monitoreo" alone: folded, it meets English "monitoring" (of borders, of rights, of agencies).
        "es": ("seguimiento y evaluación", "evaluación", "indicadores"),
        "ru": ("мониторинг", "оценк", "индикатор", "показател"),
        "ar": ("التقييم", "المتابعة", "مؤشرات", "رصد وتقييم"),
        "zh": ("评估", "监测评估", "指标"),
    },
    "remittances": {
        "fr": ("envois de fonds", "transferts de fonds", "transferts", "éducation financière"),
        "es": ("remesas", "envíos de dinero", "educación financiera", "inclusión financiera"),
        "ru": ("денежных переводов", "денежные переводы", "переводов", "финансовой грамотности"),
        "ar": ("تحويلات", "التحويلات", "الحوالات"),
        "zh": ("汇款", "侨汇", "金融知识", "普惠金融"),
    },
    "diaspora": {
        "fr": ("diaspora", "de l'extérieur", "à l'étranger", "expatriés", "ressortissants"),
        "es": ("diáspora", "en el exterior", "connacionales", "oriundos"),
        "ru": ("соотечественник", "диаспор", "ассоциации земляков", "землячеств"),
        "ar": ("المغتربين", "الجالية", "بالخارج", "في الخارج", "الكفاءات في الخارج", "المهجر"),
        "zh": ("侨", "归侨"),
    },
    "entrepreneurship": {
        "fr": ("entrepreneuriat", "petites entreprises", "création d'entreprise", "activités génératrices"),
        "es": ("emprendimiento", "emprendedores", "pequeñas empresas", "negocio", "negocios"),
        "ru": ("предприниматель", "малого бизнеса", "своё дело", "свой бизнес", "бизнес"),
        "ar": ("المشاريع", "مشاريع", "المقاولة", "المقاولات"),
        "zh": ("创业", "小微企业", "中小企业"),
    },
    "return-reintegration": {
        "fr": ("retour", "retours", "personnes de retour", "réinsertion"),
        "es": ("retornados", "retornadas", "retorno", "reinserción"),
        "ru": ("вернувш", "возвращ", "возвращающихся", "возвратившихся", "возвращения", "реинтеграц"),
        "ar": ("العائدين", "العائدون", "العودة", "إعادة الإدماج", "المرحلين"),
        "zh": ("返回", "回国人员", "返乡"),
    },
    "pre-departure": {
        "fr": ("avant le départ", "sensibilisation", "candidats au départ"),
        "es": ("antes de la partida", "orientación", "sensibilización"),
        "ru": ("перед выездом", "предвыездн"),
        "ar": ("قبل السفر", "التوجيه", "التوعية", "الإرشاد"),
        "zh": ("出国前", "行前", "培训咨询"),
    },
    "integration": {
        "fr": ("intégration", "accueil", "insertion", "vivre ensemble"),
        "es": ("integración", "acogida", "inserción"),
        "ru": ("интеграц", "адаптац", "приёма"),
        "ar": ("الاندماج", "إدماج", "الإدماج", "الاستقبال"),
        "zh": ("融入", "融合", "接纳"),
    },
    "local-authorities": {
        "fr": ("collectivités locales", "communes", "municipalités", "mairies", "régions"),
        "es": ("gobiernos locales", "municipios", "alcaldías", "municipalidades"),
        "ru": (
            "местные органы", "акимат", "муниципальн", "районн", "районных", "районов",
            "местного публичного управления",
            "примэри",
        ),
        "ar": ("البلديات", "الجماعات المحلية", "الجماعات الترابية", "المحافظات", "المحليات"),
        "zh": ("地方政府", "市政府", "省级", "县级"),
    },
    "education": {  # not "children" alone: unaccompanied or trafficked children are not a schooling need
        "fr": ("écoles", "enseignants", "élèves", "scolarisation"),
        "es": ("escuelas", "docentes", "maestros", "alumnos", "estudiantes"),
        "ru": ("школ", "учител", "образован"),
        "ar": ("المدارس", "المعلمين", "التعليم", "التلاميذ"),
        "zh": ("学校", "教师", "教育"),
    },
    "trafficking": {
        "fr": ("traite", "trafic illicite", "passeurs", "victimes", "travail forcé"),
        "es": ("trata", "tráfico ilícito", "víctimas", "trabajo forzoso", "coyotes"),
        "ru": ("торговл людьми", "торговли людьми", "жертв", "незаконного ввоза", "принудительн"),
        "ar": ("الاتجار", "تهريب", "الضحايا", "ضحايا"),
        "zh": ("拐卖", "贩运", "偷渡", "受害者"),
    },
    "gender": {
        "fr": ("femmes", "genre", "filles"),
        "es": ("mujeres", "género", "niñas"),
        "ru": ("женщин", "гендерн"),
        "ar": ("المرأة", "النساء", "الجنسين"),
        "zh": ("妇女", "女性", "性别"),
    },
    "health": {
        "fr": ("santé", "médecins", "soins", "tuberculose", "vih"),
        "es": ("salud", "médicos", "atención médica", "tuberculosis", "vih"),
        "ru": ("здравоохранен", "медицинск", "врач", "туберкулёз", "вич", "лечени"),
        "ar": ("الصحة", "الصحية", "الأطباء", "المستشفيات", "الرعاية الصحية"),
        "zh": ("卫生", "医疗", "医生", "结核", "艾滋"),
    },
    "environment": {
        "fr": ("climatique", "climatiques", "environnementaux", "désastres"),
        "es": ("climáticos", "climática", "ambientales"),
        "ru": ("климатическ", "климата", "стихийн", "опустынивани"),
        "ar": ("المناخية", "التغيرات المناخية", "البيئية", "الكوارث الطبيعية"),
        "zh": ("气候变化", "自然灾害", "生态"),
    },
    "demography": {
        "fr": ("démographique", "démographie", "projections de population", "vieillissement", "fécondité"),
        "es": ("demográfico", "demográfica", "proyecciones de población", "envejecimiento", "fecundidad"),
        "ru": ("демограф", "прогноз численности", "старение", "рождаемост", "численности населения"),
        "ar": ("الديمغرافية", "الإسقاطات", "التوقعات السكانية", "شيخوخة"),
        "zh": ("人口预测", "老龄化", "生育率", "人口结构"),
    },
    "internal-urban": {
        "fr": ("migration interne", "migrations internes", "exode rural", "urbanisation", "quartiers précaires"),
        "es": ("migración interna", "migrantes internos", "urbanización", "asentamientos informales"),
        "ru": ("внутренняя миграция", "внутренней миграции", "урбанизац", "внутренних мигрантов"),
        "ar": ("الهجرة الداخلية", "النزوح الريفي", "التحضر"),
        "zh": ("城镇化", "城市化", "流动人口", "农民工", "进城"),
    },
    "media": {
        "fr": ("journalistes", "médias", "communication", "discours de haine", "opinion publique"),
        "es": ("periodistas", "medios de comunicación", "comunicación", "discurso de odio"),
        "ru": ("журналист", "сми", "средств массовой информации", "коммуникац"),
        "ar": ("الصحفيين", "الإعلام", "الإعلامية", "الصحافة"),
        "zh": ("记者", "媒体", "舆论", "宣传"),
    },
    "trainers": {
        "fr": ("formateurs", "formation de formateurs"),
        "es": ("formación de formadores", "capacitación de capacitadores"),
        "ru": ("тренеров", "тренеры", "подготовка тренеров", "преподавател"),
        "ar": ("المدربين", "تدريب المدربين"),
        "zh": ("培训师", "师资"),
    },
    "unions-employers": {
        "fr": ("syndicats", "employeurs", "tripartite", "partenaires sociaux"),
        "es": ("sindicatos", "empleadores", "tripartito", "tripartita"),
        "ru": ("профсоюз", "работодател", "трехсторонн"),
        "ar": ("النقابات", "أرباب العمل", "الشركاء الاجتماعيين"),
        "zh": ("工会", "雇主", "三方"),
    },
    "civil-society": {
        "fr": ("société civile", "associations", "ong"),
        "es": ("sociedad civil", "ong"),  # not "organizaciones": folded, it meets any "organization"
        "ru": ("нко", "общественн"),
        "ar": ("المجتمع المدني", "الجمعيات"),
        "zh": ("社会组织", "非政府组织"),
    },
}

# A concept that the phrase lexicon lacks: people who seek protection, in mixed movements.
REFUGEE_PROTECTION: dict[str, tuple[str, ...]] = {
    "en": (
        "refugees", "refugee", "asylum", "asylum seekers", "refugee status", "status determination",
        "mixed migration", "mixed flows", "mixed movements", "profiling", "referral",
        "international protection",
    ),
    "fr": (
        "réfugiés", "réfugié", "asile", "demandeurs d'asile", "statut de réfugié", "détermination du statut",
        "flux mixtes", "migrations mixtes", "profilage", "protection internationale",
    ),
    "es": (
        "refugiados", "refugiado", "asilo", "solicitantes de asilo", "condición de refugiado",
        "flujos mixtos", "migración mixta", "perfilamiento", "protección internacional",
    ),
    "ru": ("беженц", "убежищ", "смешанных потоков", "смешанные потоки", "статус беженца", "международной защиты"),
    "ar": ("اللاجئين", "اللاجئون", "لاجئ", "اللجوء", "طالبي اللجوء", "التدفقات المختلطة", "الحماية الدولية"),
    "zh": ("难民", "庇护", "混合移民", "国际保护"),
}  # fmt: skip

# Names of the languages, as a need's text states what its trainees can follow.
LANGUAGE_NAMES: dict[str, tuple[str, ...]] = {
    "ar": ("arabic", "arabe", "árabe", "арабск", "العربية", "阿拉伯语", "阿拉伯文"),
    "zh": ("chinese", "chinois", "chino", "китайск", "الصينية", "中文", "汉语", "普通话"),
    "en": ("english", "anglais", "inglés", "английск", "الإنجليزية", "الانجليزية", "الإنكليزية", "英文", "英语"),
    "fr": ("french", "français", "francés", "французск", "الفرنسية", "法文", "法语"),
    "ru": ("russian", "russe", "ruso", "русск", "по-русски", "الروسية", "俄文", "俄语"),
    "es": ("spanish", "espagnol", "español", "испанск", "الإسبانية", "西班牙语", "西班牙文"),
    "pt": ("portuguese", "portugais", "portugués", "португальск", "البرتغالية", "葡萄牙语"),
}  # fmt: skip
