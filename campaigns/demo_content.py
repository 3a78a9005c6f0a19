# ruff: noqa: E501 (translated prose reads better unbroken)
"""Demo text for the 2026 campaign, in our own words about the fictional Agency."""

INDEX = {
    "en": ("Campaigns", "Awareness campaigns for everyone who works with the Agency."),
    "fr": (
        "Campagnes",
        "Campagnes de sensibilisation pour toutes les personnes qui travaillent avec l'Agence.",
    ),
    "es": (
        "Campañas",
        "Campañas de sensibilización para todas las personas que trabajan con la Agencia.",
    ),
    "ar": ("الحملات", "حملات توعية لكل من يعمل مع الوكالة."),
}

CAMPAIGN = {
    "en": {
        "title": "Know your rights: the updated policy on prevention of harassment, 2026",
        "objective": (
            "Everyone who works with the Agency knows what the updated policy says, what "
            "sexual harassment is, and where to go for help or to raise a concern."
        ),
        "owner_team": "Ethics Office with Communications",
    },
    "fr": {
        "title": "Connaître vos droits : la politique actualisée de prévention du harcèlement, 2026",
        "objective": (
            "Toutes les personnes qui travaillent avec l'Agence savent ce que dit la politique "
            "actualisée, ce qu'est le harcèlement sexuel et où trouver de l'aide ou signaler "
            "un problème."
        ),
        "owner_team": "Bureau de la déontologie, avec la Communication",
    },
    "es": {
        "title": "Conozca sus derechos: la política actualizada de prevención del acoso, 2026",
        "objective": (
            "Todas las personas que trabajan con la Agencia saben qué dice la política "
            "actualizada, qué es el acoso sexual y adónde acudir para pedir ayuda o comunicar "
            "una inquietud."
        ),
        "owner_team": "Oficina de Ética, con Comunicación",
    },
    "ar": {
        "title": "اعرف حقوقك: السياسة المحدَّثة لمنع التحرش، 2026",
        "objective": (
            "أن يعرف كل من يعمل مع الوكالة ما تنص عليه السياسة المحدَّثة، وما هو التحرش "
            "الجنسي، وأين يلجأ طلبًا للمساعدة أو للإبلاغ عن مصدر قلق."
        ),
        "owner_team": "مكتب الأخلاقيات بالتعاون مع قسم الاتصال",
    },
}

# Each phase: slug, number, audiences, days from now to its start and to its end.
PHASES = [
    {
        "slug": "what-changed",
        "number": 1,
        "audiences": ["all_personnel"],
        "days": (-60, -30),
        "en": {
            "title": "What changed in the policy",
            "objective": "Everyone hears that the policy was updated and what is new in it.",
            "key_messages": (
                "The Agency updated its policy on harassment, sexual harassment, "
                "discrimination and abuse of authority.\n"
                "One incident can be enough to be sexual harassment.\n"
                "The policy covers work events, missions and online contact."
            ),
            "body": "The updated policy is shorter and clearer. Read the summary on this site.",
            "email_subject": "The harassment policy has been updated",
            "email_body": "The Agency has updated its policy. Here is what is new for you.",
            "yammer_post": "Our harassment policy has been updated. Three things to know.",
            "newsletter_blurb": "The updated policy in three points, in plain language.",
            "banner_text": "The harassment policy has been updated: see what is new",
        },
        "fr": {
            "title": "Ce qui change dans la politique",
            "objective": "Chacun sait que la politique a été actualisée et ce qu'elle apporte.",
            "key_messages": (
                "L'Agence a actualisé sa politique sur le harcèlement, le harcèlement sexuel, "
                "la discrimination et l'abus d'autorité.\n"
                "Un seul incident peut suffire à constituer du harcèlement sexuel.\n"
                "La politique couvre les événements de travail, les missions et les échanges en ligne."
            ),
            "body": "La politique actualisée est plus courte et plus claire. Lisez le résumé sur ce site.",
            "email_subject": "La politique sur le harcèlement a été actualisée",
            "email_body": "L'Agence a actualisé sa politique. Voici ce qui change pour vous.",
            "yammer_post": "Notre politique sur le harcèlement a été actualisée. Trois points à retenir.",
            "newsletter_blurb": "La politique actualisée en trois points, en langage clair.",
            "banner_text": "La politique sur le harcèlement a été actualisée : voyez ce qui change",
        },
        "es": {
            "title": "Qué cambia en la política",
            "objective": "Todas las personas saben que la política se actualizó y qué trae de nuevo.",
            "key_messages": (
                "La Agencia actualizó su política sobre acoso, acoso sexual, discriminación "
                "y abuso de autoridad.\n"
                "Un solo incidente puede bastar para que haya acoso sexual.\n"
                "La política abarca eventos de trabajo, misiones y el contacto en línea."
            ),
            "body": "La política actualizada es más corta y más clara. Lea el resumen en este sitio.",
            "email_subject": "Se ha actualizado la política sobre acoso",
            "email_body": "La Agencia ha actualizado su política. Esto es lo nuevo para usted.",
            "yammer_post": "Nuestra política sobre acoso se ha actualizado. Tres cosas que saber.",
            "newsletter_blurb": "La política actualizada en tres puntos, en lenguaje claro.",
            "banner_text": "Se ha actualizado la política sobre acoso: vea qué hay de nuevo",
        },
        "ar": {
            "title": "ما الذي تغيّر في السياسة",
            "objective": "أن يعرف الجميع أن السياسة قد حُدِّثت وما الجديد فيها.",
            "key_messages": (
                "حدّثت الوكالة سياستها بشأن التحرش والتحرش الجنسي والتمييز وإساءة استخدام السلطة.\n"
                "قد تكفي واقعة واحدة لتُعدّ تحرشًا جنسيًا.\n"
                "تشمل السياسة فعاليات العمل والبعثات والتواصل عبر الإنترنت."
            ),
            "body": "السياسة المحدَّثة أقصر وأوضح. اقرأ الملخص على هذا الموقع.",
            "email_subject": "تم تحديث سياسة منع التحرش",
            "email_body": "حدّثت الوكالة سياستها. إليك ما الجديد بالنسبة إليك.",
            "yammer_post": "تم تحديث سياستنا بشأن التحرش. ثلاثة أمور ينبغي معرفتها.",
            "newsletter_blurb": "السياسة المحدَّثة في ثلاث نقاط وبلغة واضحة.",
            "banner_text": "تم تحديث سياسة منع التحرش: اطّلع على الجديد",
        },
    },
    {
        "slug": "where-to-go",
        "number": 2,
        "audiences": ["all_personnel", "new_hires"],
        "days": (-10, 20),
        "en": {
            "title": "Where to go for what",
            "objective": "Everyone knows the formal and informal ways to raise a concern.",
            "key_messages": (
                "You can raise a concern formally or informally.\n"
                "You can get support whether or not you report.\n"
                "Retaliation against anyone who speaks up is prohibited."
            ),
            "body": "Each channel says who learns what and what happens next.",
            "email_subject": "Where to go for what: your options if something happens",
            "email_body": "You have several ways to get help or raise a concern. You choose.",
            "yammer_post": "Formal, informal, anonymous: which channel fits your situation?",
            "newsletter_blurb": "A one-page guide to the channels for help and for reporting.",
            "banner_text": "Something happened? See where to go for what",
        },
        "fr": {
            "title": "Où s'adresser, et pour quoi",
            "objective": "Chacun connaît les voies formelles et informelles pour signaler un problème.",
            "key_messages": (
                "Vous pouvez faire part d'un problème de manière formelle ou informelle.\n"
                "Vous pouvez recevoir un soutien, que vous fassiez un signalement ou non.\n"
                "Les représailles contre toute personne qui s'exprime sont interdites."
            ),
            "body": "Chaque canal indique qui est informé de quoi et ce qui se passe ensuite.",
            "email_subject": "Où s'adresser : vos options si quelque chose se produit",
            "email_body": "Vous avez plusieurs moyens d'obtenir de l'aide ou de signaler un problème. Vous choisissez.",
            "yammer_post": "Formel, informel, anonyme : quel canal convient à votre situation ?",
            "newsletter_blurb": "Un guide d'une page sur les canaux d'aide et de signalement.",
            "banner_text": "Quelque chose s'est produit ? Voyez où vous adresser",
        },
        "es": {
            "title": "Adónde acudir y para qué",
            "objective": "Todas las personas conocen las vías formales e informales para comunicar una inquietud.",
            "key_messages": (
                "Puede comunicar una inquietud de forma formal o informal.\n"
                "Puede recibir apoyo tanto si denuncia como si no.\n"
                "Están prohibidas las represalias contra quien alza la voz."
            ),
            "body": "Cada canal explica quién se entera de qué y qué ocurre después.",
            "email_subject": "Adónde acudir: sus opciones si ocurre algo",
            "email_body": "Tiene varias formas de pedir ayuda o comunicar una inquietud. Usted elige.",
            "yammer_post": "Formal, informal, anónimo: ¿qué canal se ajusta a su situación?",
            "newsletter_blurb": "Una guía de una página sobre los canales de ayuda y de denuncia.",
            "banner_text": "¿Ha ocurrido algo? Vea adónde acudir",
        },
        "ar": {
            "title": "إلى أين تتوجّه ولماذا",
            "objective": "أن يعرف الجميع الطرق الرسمية وغير الرسمية للإبلاغ عن مصدر قلق.",
            "key_messages": (
                "يمكنك الإبلاغ عن مصدر قلق بطريقة رسمية أو غير رسمية.\n"
                "يمكنك الحصول على الدعم سواء أبلغت أم لم تبلغ.\n"
                "الانتقام من أي شخص يتحدث محظور."
            ),
            "body": "توضّح كل قناة من يعرف ماذا وما الذي يحدث بعد ذلك.",
            "email_subject": "إلى أين تتوجّه: خياراتك إذا حدث شيء ما",
            "email_body": "لديك عدة طرق للحصول على المساعدة أو الإبلاغ عن مصدر قلق. القرار لك.",
            "yammer_post": "رسمي أم غير رسمي أم مجهول الهوية: أي قناة تناسب وضعك؟",
            "newsletter_blurb": "دليل من صفحة واحدة عن قنوات المساعدة والإبلاغ.",
            "banner_text": "هل حدث شيء ما؟ اعرف إلى أين تتوجّه",
        },
    },
    {
        "slug": "bystanders",
        "number": 3,
        "audiences": ["all_personnel"],
        "days": (21, 50),
        "en": {
            "title": "What you can do as a bystander",
            "objective": "Colleagues who see harassment know safe ways to help.",
            "key_messages": (
                "If you see something, you can help safely.\n"
                "Check in with the person affected; let them decide what happens next.\n"
                "Keep a dated note of what you saw."
            ),
            "body": "Small actions help. You do not have to confront anyone.",
            "email_subject": "You saw something. Here is how you can help",
            "email_body": "Bystanders can make a difference. Here are safe ways to act.",
            "yammer_post": "Seen something that did not feel right? Five safe ways to help.",
            "newsletter_blurb": "How bystanders can help, safely and at their own pace.",
            "banner_text": "Saw something? Here is how you can help safely",
        },
        "fr": {
            "title": "Ce que vous pouvez faire en tant que témoin",
            "objective": "Les collègues témoins de harcèlement connaissent des moyens sûrs d'aider.",
            "key_messages": (
                "Si vous êtes témoin, vous pouvez aider en toute sécurité.\n"
                "Prenez des nouvelles de la personne concernée ; laissez-la décider de la suite.\n"
                "Notez par écrit et datez ce que vous avez vu."
            ),
            "body": "De petits gestes aident. Vous n'avez à confronter personne.",
            "email_subject": "Vous avez été témoin ? Voici comment aider",
            "email_body": "Les témoins peuvent faire la différence. Voici des moyens sûrs d'agir.",
            "yammer_post": "Vous avez vu quelque chose de gênant ? Cinq façons sûres d'aider.",
            "newsletter_blurb": "Comment les témoins peuvent aider, en sécurité et à leur rythme.",
            "banner_text": "Témoin de quelque chose ? Voici comment aider en sécurité",
        },
        "es": {
            "title": "Qué puede hacer si es testigo",
            "objective": "Los colegas que presencian acoso conocen formas seguras de ayudar.",
            "key_messages": (
                "Si ve algo, puede ayudar de forma segura.\n"
                "Pregunte a la persona afectada cómo está; deje que ella decida qué hacer.\n"
                "Anote con fecha lo que vio."
            ),
            "body": "Los pequeños gestos ayudan. No tiene que enfrentarse a nadie.",
            "email_subject": "¿Vio algo? Así puede ayudar",
            "email_body": "Los testigos pueden marcar la diferencia. Estas son formas seguras de actuar.",
            "yammer_post": "¿Vio algo que no le pareció bien? Cinco formas seguras de ayudar.",
            "newsletter_blurb": "Cómo pueden ayudar los testigos, de forma segura y a su ritmo.",
            "banner_text": "¿Vio algo? Así puede ayudar de forma segura",
        },
        "ar": {
            "title": "ما يمكنك فعله إذا كنت شاهدًا",
            "objective": "أن يعرف الزملاء الذين يشهدون تحرشًا طرقًا آمنة للمساعدة.",
            "key_messages": (
                "إذا رأيت شيئًا، يمكنك المساعدة بأمان.\n"
                "اطمئن على الشخص المتضرر، واترك له قرار ما يحدث بعد ذلك.\n"
                "دوّن ما رأيته مع التاريخ."
            ),
            "body": "الخطوات الصغيرة تساعد. لست مضطرًا إلى مواجهة أحد.",
            "email_subject": "رأيت شيئًا؟ إليك كيف تساعد",
            "email_body": "يمكن للشهود أن يُحدثوا فرقًا. إليك طرقًا آمنة للتصرف.",
            "yammer_post": "هل رأيت شيئًا لم يبدُ لك صائبًا؟ خمس طرق آمنة للمساعدة.",
            "newsletter_blurb": "كيف يمكن للشهود المساعدة بأمان وفي الوقت الذي يناسبهم.",
            "banner_text": "رأيت شيئًا؟ إليك كيف تساعد بأمان",
        },
    },
    {
        "slug": "managers-duty",
        "number": 4,
        "audiences": ["managers", "focal_points"],
        "days": (51, 80),
        "en": {
            "title": "Managers: when someone tells you about a concern",
            "objective": "Managers know how to respond when a concern is raised with them.",
            "key_messages": (
                "Listen, and do not investigate yourself.\n"
                "Keep it confidential and explain the options.\n"
                "Protect the person against retaliation."
            ),
            "body": "Your first response matters. Here is what to do and what not to do.",
            "email_subject": "Managers: how to respond when a concern is raised",
            "email_body": "When someone tells you about a concern, your response matters.",
            "yammer_post": "Managers: five steps when someone raises a concern with you.",
            "newsletter_blurb": "What managers should do, and not do, when told of a concern.",
            "banner_text": "Managers: how to respond when someone raises a concern",
        },
        "fr": {
            "title": "Responsables : quand on vous fait part d'un problème",
            "objective": "Les responsables savent comment réagir quand on leur signale un problème.",
            "key_messages": (
                "Écoutez, et n'enquêtez pas vous-même.\n"
                "Gardez la confidentialité et expliquez les options.\n"
                "Protégez la personne contre les représailles."
            ),
            "body": "Votre première réaction compte. Voici ce qu'il faut faire et ne pas faire.",
            "email_subject": "Responsables : comment réagir à un signalement",
            "email_body": "Quand quelqu'un vous fait part d'un problème, votre réaction compte.",
            "yammer_post": "Responsables : cinq étapes quand on vous fait part d'un problème.",
            "newsletter_blurb": "Ce que les responsables doivent faire, et éviter, face à un signalement.",
            "banner_text": "Responsables : comment réagir quand on vous signale un problème",
        },
        "es": {
            "title": "Responsables: cuando alguien le cuenta una inquietud",
            "objective": "Los responsables saben cómo responder cuando se les comunica una inquietud.",
            "key_messages": (
                "Escuche y no investigue por su cuenta.\n"
                "Mantenga la confidencialidad y explique las opciones.\n"
                "Proteja a la persona contra represalias."
            ),
            "body": "Su primera respuesta importa. Esto es lo que debe hacer y lo que no.",
            "email_subject": "Responsables: cómo responder ante una inquietud",
            "email_body": "Cuando alguien le cuenta una inquietud, su respuesta importa.",
            "yammer_post": "Responsables: cinco pasos cuando alguien le comunica una inquietud.",
            "newsletter_blurb": "Qué deben hacer, y no hacer, los responsables ante una inquietud.",
            "banner_text": "Responsables: cómo responder cuando alguien comunica una inquietud",
        },
        "ar": {
            "title": "المديرون: عندما يخبرك أحد بمصدر قلق",
            "objective": "أن يعرف المديرون كيف يتصرفون عندما يُبلَّغون بمصدر قلق.",
            "key_messages": (
                "استمع، ولا تحقق بنفسك.\n"
                "حافظ على السرية واشرح الخيارات المتاحة.\n"
                "احمِ الشخص من الانتقام."
            ),
            "body": "ردّك الأول مهم. إليك ما يجب فعله وما يجب تجنبه.",
            "email_subject": "المديرون: كيف تتصرف عند الإبلاغ عن مصدر قلق",
            "email_body": "عندما يخبرك أحد بمصدر قلق، فإن ردّك مهم.",
            "yammer_post": "المديرون: خمس خطوات عندما يبلغك أحد بمصدر قلق.",
            "newsletter_blurb": "ما ينبغي للمديرين فعله وتجنبه عند الإبلاغ عن مصدر قلق.",
            "banner_text": "المديرون: كيف تتصرف عندما يبلغك أحد بمصدر قلق",
        },
    },
]

MAILING_LISTS = [
    ("all_personnel", "allpersonnel@example.org"),
    ("managers", "managers@example.org"),
    ("focal_points", "focalpoints@example.org"),
    ("new_hires", "newhires@example.org"),
]

# Posters drawn at seed time (core.demo_media), by page slug: the words on the poster (the
# first line large), its colour, and its description (what screen readers read in its place).
POSTERS = {
    "know-your-rights-2026": {
        "title": "Poster: Know your rights, 2026",
        "lines": ["Know your rights", "The updated policy on preventing harassment, 2026"],
        "colour": "#0b4f8a",
        "alt": "Campaign poster on dark blue: 'Know your rights', the updated policy on "
        "preventing harassment, 2026.",
    },
    "what-changed": {
        "title": "Poster: What changed in the policy",
        "lines": [
            "What changed",
            "One incident can be enough. Work events and online contact count.",
        ],
        "colour": "#5b2a86",
        "alt": "Poster on purple: 'What changed'. One incident can be enough; work events and "
        "online contact count.",
    },
    "where-to-go": {
        "title": "Poster: Where to go for what",
        "lines": [
            "Where to go for what",
            "Formal, informal or anonymous: support whether or not you report.",
        ],
        "colour": "#1d6b4f",
        "alt": "Poster on green: 'Where to go for what'. Formal, informal or anonymous "
        "channels; support whether or not you report.",
    },
    "bystanders": {
        "title": "Poster: What you can do as a bystander",
        "lines": ["Saw something?", "Five safe ways a bystander can help."],
        "colour": "#8a4b0b",
        "alt": "Poster on brown: 'Saw something?' Five safe ways a bystander can help.",
    },
    "managers-duty": {
        "title": "Poster: Managers, when someone tells you",
        "lines": ["Someone told you?", "Listen, do not investigate, and call the focal point."],
        "colour": "#7a1f3d",
        "alt": "Poster on dark red: 'Someone told you?' Listen, do not investigate, and call "
        "the focal point.",
    },
}

# Files to share with a phase, by phase slug: (key, title, paragraphs of a one-page PDF).
PHASE_FILES = {
    "where-to-go": [
        (
            "where-to-go-print-poster",
            "Where to go for what: poster to print (A4)",
            [
                "Where to go for what.",
                "Formal: your manager, HR or the Ethics Office. Informal: the ombudsman or a "
                "focal point. Anonymous: the integrity line. Support is there whether or not "
                "you report.",
                "Demo file: a stand-in for the printable poster.",
            ],
        )
    ],
}
