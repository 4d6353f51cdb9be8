"""A sample brief in each of the six UN languages: the data shape of ``build_brief`` filled in.

Used by the tests and the benchmark, and as a worked example for the code that gathers real data.
"""

from __future__ import annotations

_TEXT = {
    "en": {
        "labels": {},
        "title": "Capacity development brief", "country": "Morocco",
        "institution": "Ministry in charge of Moroccans Living Abroad and Migration Affairs",
        "focal_point": "Amina El Idrissi", "date": "12 May 2025",
        "summary": "Your institution expressed five needs. Four are served by existing activities; for one "
                   "there is no current offer and the demand has been recorded.",
        "needs": ["Train consular staff to inform migrants about the costs of sending remittances.",
                  "Build a team able to produce regular statistics on labour migration flows.",
                  "Strengthen the coordination of ministries on the reintegration of returning migrants."],
        "themes": ["Remittances", "Diaspora engagement and resources"], "priority": "High",
        "kind": "Course", "titles": ["Migration Governance Essentials", "Remittances and development"],
        "why": ["It covers remittances, the theme of your need.",
                "It is offered in English and French, which your staff can follow.",
                "It targets national government officials."],
        "replication": "Your staff can join the next session as it is.",
        "session": ("2–6 June 2025", "Turin, Italy", "English", "1 May 2025"),
        "gfmd": "Reduce the transfer costs of remittances and promote financial literacy.",
        "method": "Activities were ranked by a matching engine against each need, then reviewed.",
    },
    "fr": {
        "labels": {
            "contents": "Sommaire", "summary": "Résumé", "needs_expressed": "Besoins exprimés",
            "themes": "Thèmes : %(themes)s", "priority": "Priorité : %(priority)s",
            "best_matches": "Activités les mieux adaptées", "partners": "avec %(partners)s",
            "why_it_fits": "Pourquoi elle convient", "replication": "Réplication recommandée",
            "next_sessions": "Prochaines sessions", "deadline": "Date limite de candidature : %(date)s",
            "contact": "Contact : %(contact)s",
            "gap": "Aucune offre actuelle ; le CDTF a enregistré cette demande.",
            "gfmd": "Recommandations du FMMD associées", "method": "Comment cette note a été établie",
            "page": "Page %(page)s sur %(pages)s", "institution": "Institution", "focal_point": "Point focal",
            "version": "Version %(version)s", "provisional": "Provisoire : pas encore examiné par le CDTF",
            "reviewed": "Examiné par le CDTF"},
        "title": "Note de développement des capacités", "country": "Sénégal",
        "institution": "Direction générale d'appui aux Sénégalais de l'extérieur",
        "focal_point": "Aïssatou Diallo", "date": "12 mai 2025",
        "summary": "Votre institution a exprimé cinq besoins ; quatre sont couverts par des activités "
                   "existantes, la demande restante a été enregistrée.",
        "needs": ["Former le personnel consulaire à informer les migrants sur le coût des transferts.",
                  "Constituer une équipe capable de produire des statistiques régulières sur la migration.",
                  "Renforcer la coordination des ministères pour la réintégration des migrants de retour."],
        "themes": ["Transferts de fonds", "Mobilisation de la diaspora"], "priority": "Élevée",
        "kind": "Cours",
        "titles": ["Les fondamentaux de la gestion des migrations", "Migration et développement"],
        "why": ["Elle traite des transferts de fonds, le thème de votre besoin.",
                "Elle est proposée en français, langue que votre personnel peut suivre.",
                "Elle s'adresse aux fonctionnaires des administrations nationales."],
        "replication": "Votre personnel peut participer à la prochaine session telle quelle.",
        "session": ("2–6 juin 2025", "Dakar, Sénégal", "français", "1er mai 2025"),
        "gfmd": "Réduire le coût des transferts de fonds et promouvoir l'éducation financière.",
        "method": "Un moteur de correspondance a classé les activités pour chaque besoin.",
    },
    "es": {
        "labels": {
            "contents": "Índice", "summary": "Resumen", "needs_expressed": "Necesidades expresadas",
            "themes": "Temas: %(themes)s", "priority": "Prioridad: %(priority)s",
            "best_matches": "Actividades más adecuadas", "partners": "con %(partners)s",
            "why_it_fits": "Por qué es adecuada", "replication": "Replicación recomendada",
            "next_sessions": "Próximas sesiones", "deadline": "Plazo de solicitud: %(date)s",
            "contact": "Contacto: %(contact)s",
            "gap": "No hay oferta actual; el CDTF ha registrado esta demanda.",
            "gfmd": "Recomendaciones del FMMD vinculadas", "method": "Cómo se elaboró esta nota",
            "page": "Página %(page)s de %(pages)s", "institution": "Institución",
            "focal_point": "Punto focal",
            "version": "Versión %(version)s", "provisional": "Provisional: aún no revisado por el CDTF",
            "reviewed": "Revisado por el CDTF"},
        "title": "Nota sobre desarrollo de capacidades", "country": "Ecuador",
        "institution": "Viceministerio de Movilidad Humana", "focal_point": "José Peña Íñiguez",
        "date": "12 de mayo de 2025",
        "summary": "Su institución expresó cinco necesidades; cuatro tienen actividades existentes.",
        "needs": ["Capacitar al personal consular para informar a los migrantes sobre el costo de remesas.",
                  "Formar un equipo capaz de producir estadísticas periódicas sobre migración laboral.",
                  "Fortalecer la coordinación de los ministerios para la reintegración de los retornados."],
        "themes": ["Remesas", "Participación de la diáspora"], "priority": "Alta",
        "kind": "Curso", "titles": ["Fundamentos de gestión de la migración", "Migración y desarrollo"],
        "why": ["Trata de las remesas, el tema de su necesidad.",
                "Se ofrece en español, que su personal puede seguir.",
                "Está dirigida a funcionarios del gobierno nacional."],
        "replication": "Su personal puede inscribirse en la próxima sesión tal como está.",
        "session": ("2–6 de junio de 2025", "Quito, Ecuador", "español", "1 de mayo de 2025"),
        "gfmd": "Reducir el costo de las remesas y promover la educación financiera.",
        "method": "Un motor de correspondencia clasificó las actividades para cada necesidad.",
    },
    "ru": {
        "labels": {
            "contents": "Содержание", "summary": "Резюме", "needs_expressed": "Выраженные потребности",
            "themes": "Темы: %(themes)s", "priority": "Приоритет: %(priority)s",
            "best_matches": "Наиболее подходящие мероприятия", "partners": "совместно с %(partners)s",
            "why_it_fits": "Почему подходит", "replication": "Рекомендуемый способ тиражирования",
            "next_sessions": "Ближайшие сессии", "deadline": "Срок подачи заявок: %(date)s",
            "contact": "Контакт: %(contact)s",
            "gap": "Текущего предложения нет; Целевая группа зарегистрировала этот запрос.",
            "gfmd": "Связанные рекомендации ГФМР", "method": "Как подготовлена эта справка",
            "page": "Страница %(page)s из %(pages)s", "institution": "Учреждение",
            "focal_point": "Координатор",
            "version": "Версия %(version)s",
            "provisional": "Предварительно: ещё не рассмотрено Целевой группой",
            "reviewed": "Рассмотрено Целевой группой"},
        "title": "Справка о развитии потенциала", "country": "Кыргызстан",
        "institution": "Министерство труда, социального обеспечения и миграции",
        "focal_point": "Айгуль Токтогулова", "date": "12 мая 2025 г.",
        "summary": "Ваше учреждение выразило пять потребностей; четыре из них покрываются существующими "
                   "мероприятиями.",
        "needs": ["Обучить сотрудников консульств информировать мигрантов о стоимости денежных переводов.",
                  "Создать группу, способную регулярно готовить статистику трудовой миграции.",
                  "Укрепить координацию министерств по реинтеграции вернувшихся мигрантов."],
        "themes": ["Денежные переводы", "Взаимодействие с диаспорой"], "priority": "Высокий",
        "kind": "Курс", "titles": ["Основы управления миграцией", "Миграция и развитие"],
        "why": ["Курс посвящён денежным переводам — теме вашей потребности.",
                "Он проводится на русском языке, понятном вашим сотрудникам.",
                "Он предназначен для государственных служащих."],
        "replication": "Ваши сотрудники могут записаться на ближайшую сессию.",
        "session": ("2–6 июня 2025 г.", "Бишкек, Кыргызстан", "русский", "1 мая 2025 г."),
        "gfmd": "Снизить стоимость денежных переводов и повышать финансовую грамотность.",
        "method": "Мероприятия ранжированы системой сопоставления для каждой потребности.",
    },
    "zh": {
        "labels": {
            "contents": "目录", "summary": "摘要", "needs_expressed": "所表达的需求",
            "themes": "主题：%(themes)s", "priority": "优先级：%(priority)s",
            "best_matches": "最匹配的活动", "partners": "合作方：%(partners)s",
            "why_it_fits": "匹配理由", "replication": "建议的复制方式", "next_sessions": "近期课程",
            "deadline": "申请截止日期：%(date)s", "contact": "联系方式：%(contact)s",
            "gap": "目前没有相应的培训；能力发展工作队已记录这一需求。",
            "gfmd": "相关的全球移民与发展论坛建议", "method": "本简报的编制方法",
            "page": "第 %(page)s 页，共 %(pages)s 页", "institution": "机构", "focal_point": "联络人",
            "version": "第 %(version)s 版", "provisional": "暂定：尚未经能力发展工作队审核",
            "reviewed": "已经能力发展工作队审核"},
        "title": "能力发展简报", "country": "中国", "institution": "国家移民管理局",
        "focal_point": "王丽华", "date": "2025年5月12日",
        "summary": "贵机构提出了五项需求，其中四项已有现成活动可以满足，其余需求已被记录。",
        "needs": ["培训领事服务人员，向移民介绍汇款费用。",
                  "组建一支能够定期编制劳务移民统计数据的团队。",
                  "加强各部委在回返移民重新融入方面的协调。"],
        "themes": ["汇款", "侨民参与"], "priority": "高",
        "kind": "课程", "titles": ["移民治理基础", "移民与发展"],
        "why": ["该课程涉及汇款，正是您需求的主题。", "课程以中文和英文提供，您的工作人员可以参加。",
                "课程面向国家政府官员。"],
        "replication": "您的工作人员可以直接参加下一期课程。",
        "session": ("2025年6月2日至6日", "中国北京", "中文", "2025年5月1日"),
        "gfmd": "降低汇款成本并提高金融素养。",
        "method": "匹配引擎针对每项需求对活动进行了排序，随后经过审核。",
    },
    "ar": {
        "labels": {
            "contents": "المحتويات", "summary": "ملخص", "needs_expressed": "الاحتياجات المعبر عنها",
            "themes": "المواضيع: %(themes)s", "priority": "الأولوية: %(priority)s",
            "best_matches": "أنسب الأنشطة", "partners": "بالشراكة مع %(partners)s",
            "why_it_fits": "أسباب الملاءمة", "replication": "خيار التنفيذ الموصى به",
            "next_sessions": "الدورات القادمة", "deadline": "آخر موعد لتقديم الطلبات: %(date)s",
            "contact": "جهة الاتصال: %(contact)s",
            "gap": "لا يوجد عرض حالي؛ وقد سجلت فرقة العمل هذا الطلب.",
            "gfmd": "توصيات المنتدى العالمي للهجرة والتنمية ذات الصلة", "method": "كيف أعد هذا الموجز",
            "page": "الصفحة %(page)s من %(pages)s", "institution": "المؤسسة", "focal_point": "جهة التنسيق",
            "version": "الإصدار %(version)s",
            "provisional": "مؤقت: لم تراجعه فرقة العمل المعنية بتنمية القدرات بعد",
            "reviewed": "راجعته فرقة العمل المعنية بتنمية القدرات"},
        "title": "موجز تنمية القدرات", "country": "المغرب",
        "institution": "الوزارة المكلفة بالمغاربة المقيمين بالخارج وشؤون الهجرة",
        "focal_point": "أمينة الإدريسي", "date": "12 مايو 2025",
        "summary": "عبرت مؤسستكم عن خمسة احتياجات، أربعة منها تغطيها أنشطة قائمة، وقد سجل الطلب المتبقي.",
        "needs": ["تدريب موظفي الخدمات القنصلية على إعلام المهاجرين بتكاليف التحويلات المالية.",
                  "تكوين فريق قادر على إعداد إحصاءات منتظمة عن هجرة اليد العاملة.",
                  "تعزيز التنسيق بين الوزارات في مجال إعادة إدماج المهاجرين العائدين."],
        "themes": ["التحويلات المالية", "إشراك المغتربين"], "priority": "عالية",
        "kind": "دورة", "titles": ["أساسيات إدارة الهجرة", "الهجرة والتنمية"],
        "why": ["تتناول الدورة Migration Governance Essentials موضوع التحويلات المالية، وهو موضوع حاجتكم.",
                "تقدم باللغتين العربية والإنكليزية اللتين يتقنهما موظفوكم.",
                "تستهدف موظفي الحكومة الوطنية."],
        "replication": "يمكن لموظفيكم الالتحاق بالدورة القادمة كما هي.",
        "session": ("2–6 يونيو 2025", "الرباط، المغرب", "العربية", "1 مايو 2025"),
        "gfmd": "خفض تكاليف التحويلات المالية وتعزيز الثقافة المالية.",
        "method": "رتب محرك المطابقة الأنشطة لكل حاجة، ثم روجعت النتائج.",
    },
}

LOCALES = tuple(_TEXT)
_AGENCIES = [("IOM", ["UNDP", "JMDI"]), ("ILO", []), ("UNITAR", ["UNFPA"]), ("UNDP", []), ("UNHCR", [])]


def sample_brief(locale: str, needs: int = 5, matches: int = 5, gaps: int = 1) -> dict:
    """A brief in ``locale`` with ``needs`` needs, the last ``gaps`` of them without any match."""
    t = _TEXT[locale]
    return {
        "title": t["title"], "country": t["country"], "institution": t["institution"],
        "focal_point": t["focal_point"], "date": t["date"], "status": "provisional", "version": "2",
        "summary": t["summary"], "labels": t["labels"],
        "needs": [_need(t, locale, i, 0 if i >= needs - gaps else matches) for i in range(needs)],
        "gfmd": [{"meeting": "GFMD", "year": "2017", "text": t["gfmd"]}],
        "method": [t["method"]],
    }


def _need(t: dict, locale: str, i: int, matches: int) -> dict:
    return {"text": t["needs"][i % len(t["needs"])], "themes": t["themes"], "priority": t["priority"],
            "gap": matches == 0, "matches": [_match(t, locale, j) for j in range(matches)]}


def _match(t: dict, locale: str, j: int) -> dict:
    agency, partners = _AGENCIES[j % len(_AGENCIES)]
    english = j == 1 and locale != "en"  # one activity offered only with its English title
    dates, place, language, deadline = t["session"]
    return {
        "title": "Migration Governance Essentials" if english else t["titles"][j % len(t["titles"])],
        "title_language": "en" if english else locale,
        "agency": agency, "partners": partners, "kind": t["kind"], "why": t["why"],
        "replication": t["replication"],
        "sessions": [{"dates": dates, "place": place, "language": language, "deadline": deadline}],
        "contact": f"training@{agency.lower()}.example.org",
        "link": f"https://{agency.lower()}.example.org/activities/{j + 1}",
    }
