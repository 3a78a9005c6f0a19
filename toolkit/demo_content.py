"""The toolkit's demo content: a fictional agency's resource library, in plain language.

Each resource names its section ("main": everyone signed in; "kit": focal points only), its
files as (part, language, format) and, for some, translations of its title and summary.
"""

SECTIONS = {
    "main": {
        "slug": "toolkit",
        "en": (
            "Toolkit",
            "Templates, trainings, guidance notes and posters on preventing sexual exploitation "
            "and abuse (SEA) and sexual harassment (SH). Filter by type, topic, audience and "
            "language.",
        ),
        "fr": (
            "Boîte à outils",
            "Modèles, formations, notes d'orientation et affiches sur la prévention de "
            "l'exploitation et des abus sexuels et du harcèlement sexuel.",
        ),
        "es": (
            "Caja de herramientas",
            "Plantillas, formaciones, notas de orientación y carteles para prevenir la "
            "explotación y el abuso sexuales y el acoso sexual.",
        ),
        "ar": (
            "مجموعة الأدوات",
            "نماذج وتدريبات ومذكرات توجيهية وملصقات حول منع الاستغلال والانتهاك الجنسيين "
            "والتحرش الجنسي.",
        ),
    },
    "kit": {
        "slug": "focal-point-kit",
        "en": (
            "Focal point kit",
            "Tools for PSEA and SH focal points: action plan templates, intake forms and "
            "facilitator materials. Only focal points and community moderators see this section.",
        ),
        "fr": (
            "Kit des points focaux",
            "Outils pour les points focaux : modèles de plan d'action, formulaires et supports "
            "d'animation.",
        ),
        "es": (
            "Kit para puntos focales",
            "Herramientas para puntos focales: plantillas de plan de acción, formularios y "
            "materiales para facilitar.",
        ),
        "ar": (
            "مجموعة أدوات جهات التنسيق",
            "أدوات لجهات التنسيق: نماذج خطط العمل واستمارات الاستقبال ومواد التيسير.",
        ),
    },
}

REGIONS = [
    ("Headquarters", "headquarters"),
    ("Regional Office East", "regional-office-east"),
    ("Regional Office West", "regional-office-west"),
    ("Country Office A", "country-office-a"),
    ("Country Office B", "country-office-b"),
]

ACTION_PLAN_INDICATORS = [
    ("A focal point is designated", "Every office", "Name and contact on the office page"),
    ("Personnel trained", "100% within 3 months of arrival", "Course completion records"),
    (
        "Reporting channels communicated",
        "Every team, twice a year",
        "Briefing notes and posters in common areas",
    ),
    (
        "Assistance referral path mapped",
        "Updated every year",
        "A referral map with local services and contacts",
    ),
    ("Risk assessment done", "Once a year", "The assessment and the actions it led to"),
]

PACKAGE_EN = [
    ("session_plan", "en", "pdf"),
    ("facilitator_guide", "en", "docx"),
    ("handout", "en", "pdf"),
    ("scenarios", "en", "docx"),
    ("slides", "en", "pptx"),
]
PACKAGE_AR = [
    ("facilitator_guide", "ar", "docx"),
    ("handout", "ar", "docx"),
    ("scenarios", "ar", "docx"),
    ("slides", "ar", "pptx"),
]
PACKAGE_FR = [("handout", "fr", "pdf"), ("slides", "fr", "pptx")]
PACKAGE_ES = [("handout", "es", "pdf"), ("facilitator_guide", "es", "docx")]


def _r(slug, section, kind, topic, title, summary, **extra):
    entry = {
        "slug": slug,
        "section": section,
        "resource_type": kind,
        "topic": topic,
        "title": title,
        "summary": summary,
        "audiences": extra.pop("audiences", ("focal_points",)),
        "regions": extra.pop("regions", ()),
        "tags": extra.pop("tags", ()),
        "files": extra.pop("files", [("document", "en", "pdf")]),
        "year": extra.pop("year", 2025),
        "owning_unit": extra.pop("owning_unit", "PSEA Coordination Unit"),
        "owner": extra.pop("owner", "PSEA coordinator"),
        # Days since publication; "updated" resources were republished recently.
        "age_days": extra.pop("age_days", 200),
        "updated": extra.pop("updated", False),
        # Days until the next review (negative: overdue).
        "review_in": extra.pop("review_in", 180),
        "translations": extra.pop("translations", {}),
        "indicators": extra.pop("indicators", ()),
        "video_url": extra.pop("video_url", ""),
        # A cover drawn at seed time: (words on it, the first large; colour; alt text).
        "cover": extra.pop("cover", None),
    }
    if extra:
        raise TypeError(f"Unknown demo resource fields: {sorted(extra)}")
    return entry


RESOURCES = [
    # --- Templates
    _r(
        "sh-local-action-plan-template",
        "kit",
        "template",
        "both",
        "SH and PSEA local action plan template",
        "Plan a year of prevention work in your office, with the indicators you report on.",
        files=[("document", "en", "docx"), ("document", "fr", "docx"), ("document", "ar", "docx")],
        tags=("action plan", "indicators"),
        audiences=("focal_points", "managers"),
        indicators=ACTION_PLAN_INDICATORS,
        age_days=10,
        translations={
            "fr": (
                "Modèle de plan d'action local HS et PEAS",
                "Planifiez une année de prévention dans votre bureau, avec ses indicateurs.",
            ),
            "ar": (
                "نموذج خطة العمل المحلية بشأن التحرش الجنسي والحماية من الاستغلال",
                "خطط لعام من العمل الوقائي في مكتبك مع المؤشرات التي تبلغ عنها.",
            ),
        },
    ),
    _r(
        "concern-intake-form",
        "kit",
        "template",
        "sea",
        "Concern intake form for focal points",
        "Write down what you were told, in the person's words, and what you did next.",
        files=[("document", "en", "docx"), ("document", "es", "docx")],
        tags=("intake", "confidentiality"),
        review_in=-20,
    ),
    _r(
        "referral-map-template",
        "kit",
        "template",
        "sea",
        "Assistance referral map template",
        "Map the medical, psychosocial, legal and material help near your office.",
        files=[("document", "en", "docx"), ("document", "fr", "docx")],
        tags=("referral", "victim assistance"),
        regions=("country-office-a", "country-office-b"),
    ),
    _r(
        "team-briefing-template",
        "main",
        "template",
        "both",
        "Team briefing template: our standards of conduct",
        "A 15-minute briefing a manager can give at a team meeting.",
        files=[("document", "en", "pptx"), ("document", "es", "pptx")],
        tags=("briefing",),
        audiences=("managers",),
        owning_unit="Ethics Office",
        owner="Ethics adviser",
    ),
    # --- Training packages
    _r(
        "sh-scenario-training",
        "kit",
        "training_package",
        "sh",
        "Sexual harassment at work: scenario-based training for teams",
        "A 90-minute session with scenarios, a facilitator guide and handouts.",
        files=PACKAGE_EN + PACKAGE_AR + PACKAGE_FR,
        tags=("training", "bystanders"),
        audiences=("focal_points", "all_personnel"),
        regions=("regional-office-east",),
        age_days=5,
        cover=(
            ["Scenario training", "Sexual harassment at work: 90 minutes for teams"],
            "#3d3d7a",
            "Cover of the facilitator pack on indigo: 'Scenario training', sexual harassment "
            "at work, 90 minutes for teams.",
        ),
        translations={
            "ar": (
                "التحرش الجنسي في العمل: تدريب قائم على السيناريوهات للفرق",
                "جلسة مدتها 90 دقيقة مع سيناريوهات ودليل للميسّر وأوراق للمشاركين.",
            ),
            "fr": (
                "Le harcèlement sexuel au travail : formation par scénarios",
                "Une session de 90 minutes avec scénarios, guide et fiches.",
            ),
        },
    ),
    _r(
        "psea-community-training",
        "kit",
        "training_package",
        "sea",
        "PSEA training for personnel working with communities",
        "Explains the core standards and how to report a concern, with field scenarios.",
        files=PACKAGE_EN + PACKAGE_FR + PACKAGE_ES,
        tags=("training", "field"),
        audiences=("focal_points", "partners"),
        regions=("country-office-a",),
        translations={
            "es": (
                "Formación PEAS para personal que trabaja con comunidades",
                "Explica las normas básicas y cómo denunciar, con casos de terreno.",
            ),
        },
    ),
    _r(
        "manager-training-sh",
        "main",
        "training_package",
        "sh",
        "Responding well when someone tells you: a session for managers",
        "How to listen, what not to do, and where to refer, practised in pairs.",
        files=PACKAGE_EN + PACKAGE_AR,
        tags=("training", "managers"),
        audiences=("managers",),
        updated=True,
    ),
    _r(
        "partner-orientation",
        "main",
        "training_package",
        "sea",
        "Orientation for implementing partners",
        "A short package to agree on standards and reporting with a new partner.",
        files=PACKAGE_EN[:3],
        audiences=("partners",),
        tags=("partners",),
        review_in=-3,
    ),
    # --- Guidance notes
    _r(
        "what-is-sea",
        "main",
        "guidance_note",
        "sea",
        "What counts as sexual exploitation and abuse",
        "The core standards of ST/SGB/2003/13 in plain words, with examples.",
        files=[("document", "en", "pdf"), ("document", "fr", "pdf"), ("document", "es", "pdf")],
        audiences=("all_personnel",),
        tags=("standards",),
        cover=(
            ["What counts as SEA", "The core standards in plain words"],
            "#0b4f8a",
            "Cover of the guidance note on dark blue: 'What counts as SEA', the core "
            "standards in plain words.",
        ),
        translations={
            "fr": (
                "Ce qui constitue l'exploitation et les abus sexuels",
                "Les normes de la circulaire ST/SGB/2003/13 en mots simples, avec des exemples.",
            ),
            "es": (
                "Qué se considera explotación y abuso sexuales",
                "Las normas de ST/SGB/2003/13 en palabras sencillas, con ejemplos.",
            ),
            "ar": (
                "ما الذي يُعد استغلالاً وانتهاكاً جنسيين",
                "المعايير الأساسية للنشرة ST/SGB/2003/13 بكلمات بسيطة مع أمثلة.",
            ),
        },
    ),
    _r(
        "what-is-sh",
        "main",
        "guidance_note",
        "sh",
        "What counts as sexual harassment",
        "Unwelcome conduct of a sexual nature: one incident can be enough, anywhere work happens.",
        files=[("document", "en", "pdf"), ("document", "ar", "docx")],
        audiences=("all_personnel",),
        tags=("standards",),
        translations={
            "ar": (
                "ما الذي يُعد تحرشاً جنسياً",
                "سلوك غير مرغوب فيه ذو طابع جنسي: قد تكفي حادثة واحدة، أينما كان العمل.",
            ),
        },
    ),
    _r(
        "victim-centred-approach",
        "main",
        "guidance_note",
        "both",
        "A victim-centred approach in practice",
        "Respect, safety, confidentiality and informed consent at every step.",
        files=[("document", "en", "pdf"), ("document", "fr", "pdf")],
        audiences=("focal_points", "managers"),
        tags=("victim assistance",),
    ),
    _r(
        "retaliation-protection",
        "main",
        "guidance_note",
        "both",
        "Protection against retaliation: what it covers",
        "Who is protected, how to ask the Ethics Office for protection, and what happens next.",
        files=[("document", "en", "pdf")],
        audiences=("all_personnel",),
        owning_unit="Ethics Office",
        owner="Ethics adviser",
        review_in=-45,
    ),
    _r(
        "focal-point-role",
        "kit",
        "guidance_note",
        "both",
        "Your role as a focal point",
        "What you do and do not do: receive, refer and record, never investigate.",
        files=[("document", "en", "pdf"), ("document", "es", "pdf")],
        tags=("role",),
    ),
    # --- Case scenarios
    _r(
        "scenario-field-distribution",
        "kit",
        "case_scenario",
        "sea",
        "Scenario: favours at a distribution site",
        "A driver offers extra rations in exchange for a date. What should a colleague do?",
        files=[("document", "en", "docx"), ("document", "fr", "docx")],
        tags=("field", "bystanders"),
    ),
    _r(
        "scenario-after-hours-messages",
        "main",
        "case_scenario",
        "sh",
        "Scenario: messages after hours",
        "A supervisor keeps sending personal messages at night. What are the options?",
        files=[("document", "en", "docx"), ("document", "ar", "docx")],
        tags=("bystanders",),
        audiences=("all_personnel",),
        age_days=12,
    ),
    _r(
        "scenario-work-event",
        "main",
        "case_scenario",
        "sh",
        "Scenario: comments at a team retreat",
        "Jokes at an off-site event make a new colleague uncomfortable.",
        files=[("document", "en", "docx")],
        audiences=("all_personnel", "managers"),
    ),
    _r(
        "scenario-partner-staff",
        "kit",
        "case_scenario",
        "sea",
        "Scenario: a partner's staff member and a beneficiary",
        "A concern is raised about a partner's staff. Who do you tell, and how fast?",
        files=[("document", "en", "docx")],
        audiences=("focal_points", "partners"),
    ),
    # --- Posters and infographics
    _r(
        "poster-where-to-go",
        "main",
        "poster",
        "both",
        "Poster: where to go for what",
        "One page with every channel, formal and informal, for common areas.",
        files=[
            ("document", "en", "pdf"),
            ("document", "fr", "pdf"),
            ("document", "es", "pdf"),
            ("document", "ar", "pptx"),
        ],
        audiences=("all_personnel",),
        tags=("reporting", "posters"),
        cover=(
            ["Where to go for what", "Every channel, formal and informal, on one page"],
            "#1d6b4f",
            "Poster on green: 'Where to go for what', every channel, formal and informal, on "
            "one page.",
        ),
        translations={
            "fr": (
                "Affiche : où aller pour quoi",
                "Une page avec chaque canal, formel et informel.",
            ),
            "es": ("Cartel: a dónde acudir", "Una página con cada canal, formal e informal."),
        },
    ),
    _r(
        "infographic-six-principles",
        "main",
        "poster",
        "sea",
        "Infographic: the IASC Six Core Principles",
        "The six principles on one page, to print or share.",
        files=[("document", "en", "pdf"), ("document", "fr", "pdf")],
        audiences=("all_personnel", "partners"),
        tags=("standards", "posters"),
    ),
    _r(
        "poster-support-without-reporting",
        "main",
        "poster",
        "sh",
        "Poster: support without reporting",
        "You can get confidential support whether or not you report.",
        files=[("document", "en", "pdf"), ("document", "es", "pdf")],
        audiences=("all_personnel",),
        tags=("posters", "victim assistance"),
        cover=(
            ["Support without reporting", "Confidential support, whether or not you report"],
            "#7a1f3d",
            "Poster on dark red: 'Support without reporting', confidential support whether or "
            "not you report.",
        ),
    ),
    # --- Video links
    _r(
        "video-what-is-sh",
        "main",
        "video_link",
        "sh",
        "Video: what sexual harassment looks like",
        "A four-minute video with short everyday scenes.",
        files=[],
        video_url="https://video.example.org/agency/what-is-sh",
        audiences=("all_personnel",),
    ),
    _r(
        "video-psea-basics",
        "main",
        "video_link",
        "sea",
        "Video: PSEA basics for new personnel",
        "Six minutes on the core standards and how to report.",
        files=[],
        video_url="https://video.example.org/agency/psea-basics",
        audiences=("all_personnel",),
        updated=True,
    ),
    _r(
        "video-facilitator-tips",
        "kit",
        "video_link",
        "both",
        "Video: tips for facilitating sensitive sessions",
        "Experienced facilitators explain how they keep sessions safe.",
        files=[],
        video_url="https://video.example.org/agency/facilitator-tips",
    ),
    # --- Checklists
    _r(
        "checklist-first-conversation",
        "kit",
        "checklist",
        "both",
        "Checklist: the first conversation with someone raising a concern",
        "Listen, do not investigate, explain options, offer support, keep a dated note.",
        files=[("document", "en", "pdf"), ("document", "ar", "docx")],
        tags=("intake", "confidentiality"),
    ),
    _r(
        "checklist-event-safety",
        "main",
        "checklist",
        "sh",
        "Checklist: a safe work event or retreat",
        "What to set up before, during and after an off-site event.",
        files=[("document", "en", "docx")],
        audiences=("managers",),
    ),
    _r(
        "checklist-partner-assessment",
        "main",
        "checklist",
        "sea",
        "Checklist: PSEA capacity of a partner",
        "Questions to agree on before signing an agreement with a partner.",
        files=[("document", "en", "docx"), ("document", "fr", "docx")],
        audiences=("partners", "managers"),
        regions=("regional-office-west",),
        tags=("partners",),
    ),
    _r(
        "checklist-onboarding",
        "main",
        "checklist",
        "both",
        "Checklist: your first weeks",
        "The mandatory courses, the channels to know, and who your focal point is.",
        files=[("document", "en", "pdf"), ("document", "es", "pdf")],
        audiences=("all_personnel",),
        age_days=3,
    ),
]
