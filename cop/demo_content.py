"""The community's demo content: categories, members and de-identified threads in several
languages. All people, offices and contacts are fictional (see shared CONTENT.md)."""

from cop.models.forum import Category

PAGE = {
    "en": {
        "title": "Community of practice",
        "intro": "<p>A private space for PSEA and sexual harassment focal points to ask peers, "
        "share what works and find each other. Only focal points and moderators can see it.</p>",
        "guidelines": "<ul><li>Talk about practice, never about cases.</li><li>No names, "
        "contacts, dates or places that could identify anyone.</li><li>Be kind: everyone "
        "here is learning.</li></ul>",
    },
    "fr": {
        "title": "Communauté de pratique",
        "intro": "<p>Un espace privé où les points focaux PSEA et harcèlement sexuel "
        "s'entraident, partagent ce qui marche et se trouvent. Seuls les points focaux et les "
        "modérateurs peuvent le voir.</p>",
        "guidelines": "<ul><li>Parlez de pratique, jamais de cas.</li><li>Aucun nom, contact, "
        "date ou lieu qui permettrait d'identifier quelqu'un.</li><li>Soyez bienveillants : "
        "chacun ici apprend.</li></ul>",
    },
    "es": {
        "title": "Comunidad de práctica",
        "intro": "<p>Un espacio privado para que los puntos focales de PEAS y de acoso sexual "
        "pregunten a sus pares, compartan lo que funciona y se encuentren. Solo los puntos "
        "focales y los moderadores pueden verlo.</p>",
        "guidelines": "<ul><li>Hablen de prácticas, nunca de casos.</li><li>Ningún nombre, "
        "contacto, fecha o lugar que permita identificar a alguien.</li><li>Sean amables: "
        "aquí todos aprendemos.</li></ul>",
    },
    "ar": {
        "title": "مجتمع الممارسة",
        "intro": "<p>مساحة خاصة لجهات التنسيق المعنية بالحماية من الاستغلال والانتهاك الجنسيين "
        "والتحرش الجنسي، لطرح الأسئلة وتبادل ما ينجح. لا يراها إلا جهات التنسيق والمشرفون.</p>",
        "guidelines": "<ul><li>تحدثوا عن الممارسات، لا عن الحالات.</li><li>لا أسماء ولا "
        "بيانات اتصال ولا تواريخ أو أماكن قد تكشف هوية أحد.</li><li>كونوا لطفاء: كلنا نتعلم."
        "</li></ul>",
    },
}

CATEGORIES = [
    {
        "slug": "reporting-and-referral",
        "name": "Reporting and referral",
        "kind": Category.THEME,
        "description": "Channels, referral pathways and what happens after a report.",
        "translations": {
            "fr": {
                "name": "Signalement et orientation",
                "description": "Canaux, circuits d'orientation et suites d'un signalement.",
            },
            "es": {
                "name": "Denuncia y derivación",
                "description": "Canales, rutas de derivación y qué pasa después de una denuncia.",
            },
            "ar": {
                "name": "الإبلاغ والإحالة",
                "description": "قنوات الإبلاغ ومسارات الإحالة وما يحدث بعد البلاغ.",
            },
        },
    },
    {
        "slug": "prevention-and-training",
        "name": "Prevention and training",
        "kind": Category.THEME,
        "description": "Awareness sessions, induction, codes of conduct, materials that work.",
        "translations": {
            "fr": {
                "name": "Prévention et formation",
                "description": "Sensibilisation, "
                "accueil des nouveaux, codes de conduite, supports qui marchent.",
            },
            "es": {
                "name": "Prevención y formación",
                "description": "Sensibilización, "
                "inducción, códigos de conducta, materiales que funcionan.",
            },
            "ar": {
                "name": "الوقاية والتدريب",
                "description": "التوعية والتعريف بمدونات السلوك والمواد المفيدة.",
            },
        },
    },
    {
        "slug": "victim-assistance",
        "name": "Victim assistance",
        "kind": Category.THEME,
        "description": "Support that puts the person first, whether or not they report.",
        "translations": {
            "fr": {"name": "Assistance aux victimes"},
            "es": {"name": "Asistencia a las víctimas"},
            "ar": {"name": "مساعدة الضحايا"},
        },
    },
    {
        "slug": "workplace-harassment",
        "name": "Sexual harassment at work",
        "kind": Category.THEME,
        "description": "Prevention, informal resolution, supervisors' role, retaliation.",
        "translations": {
            "fr": {"name": "Harcèlement sexuel au travail"},
            "es": {"name": "Acoso sexual en el trabajo"},
            "ar": {"name": "التحرش الجنسي في العمل"},
        },
    },
    {
        "slug": "americas",
        "name": "Americas",
        "kind": Category.REGION,
        "translations": {
            "fr": {"name": "Amériques"},
            "es": {"name": "Américas"},
            "ar": {"name": "الأمريكتان"},
        },
    },
    {
        "slug": "africa",
        "name": "Africa",
        "kind": Category.REGION,
        "translations": {
            "fr": {"name": "Afrique"},
            "es": {"name": "África"},
            "ar": {"name": "أفريقيا"},
        },
    },
    {
        "slug": "arab-states",
        "name": "Arab States",
        "kind": Category.REGION,
        "translations": {
            "fr": {"name": "États arabes"},
            "es": {"name": "Estados Árabes"},
            "ar": {"name": "الدول العربية"},
        },
    },
]

# Fictional members besides the demo sign-in users; they cannot sign in.
EXTRA_MEMBERS = {
    "demo-camille": {
        "display_name": "Camille (demo)",
        "office": "Country Office B",
        "region": "africa",
        "role": "psea",
        "languages": ["fr", "en"],
        "expertise": "community-based complaint mechanisms, training of trainers",
    },
    "demo-omar": {
        "display_name": "Omar (demo)",
        "office": "Regional Office C",
        "region": "arab-states",
        "role": "sh",
        "languages": ["ar", "en", "fr"],
        "expertise": "informal resolution, supervisor coaching",
    },
}

PROFILES = {
    "focalpoint": {
        "display_name": "Ana (demo focal point)",
        "office": "Country Office A",
        "region": "americas",
        "role": "both",
        "languages": ["es", "en"],
        "expertise": "referral pathways, awareness campaigns",
    },
    "moderator": {
        "display_name": "Sam (demo moderator)",
        "office": "Headquarters",
        "region": "headquarters",
        "role": "both",
        "languages": ["en", "fr", "ar"],
        "expertise": "investigations liaison, victim assistance",
    },
}

# Threads: (category slug, author, language, is_question, title, [(author, text)...]).
# The first entry is the opening post; `accept` names the index of the accepted reply.
THREADS = [
    {
        "category": "workplace-harassment",
        "author": "moderator",
        "language": "en",
        "pinned": True,
        "locked": True,
        "title": "Welcome: how this community works",
        "posts": [
            (
                "moderator",
                "Welcome! This is a space for focal points to learn from each "
                "other.\n\n- Ask about **practice**, never about a case.\n- Leave out names, "
                "contacts, dates and places.\n- If a post needs a moderator, use **Report**.\n\n"
                "Posts with an e-mail address, a phone number or a case reference wait for a "
                "moderator before anyone else sees them.",
            ),
        ],
    },
    {
        "category": "americas",
        "author": "focalpoint",
        "language": "es",
        "question": True,
        "title": "¿Cómo difundir los canales de denuncia donde no hay cobertura móvil?",
        "posts": [
            (
                "focalpoint",
                "En varias comunidades donde trabajamos no hay señal ni internet. "
                "Los carteles con números de teléfono no sirven.\n\n¿Qué les ha funcionado para "
                "que la gente conozca **cómo y dónde** puede denunciar?",
            ),
            (
                "demo-camille",
                "Nosotros trabajamos con comités comunitarios mixtos: dos "
                "personas de confianza por comunidad, formadas para recibir inquietudes y "
                "orientar hacia el punto focal.\n\n- Sesiones cortas en los días de "
                "distribución.\n- Mensajes grabados en las lenguas locales.\n- Un buzón cerrado "
                "que se abre siempre entre dos personas.",
            ),
            (
                "moderator",
                "Añado: consulten antes a mujeres y niñas de la comunidad sobre "
                "qué canal les parece seguro. Lo que es cómodo para el personal no siempre lo es "
                "para ellas.",
            ),
        ],
        "accept": 1,
    },
    {
        "category": "prevention-and-training",
        "author": "demo-camille",
        "language": "fr",
        "title": "Former les chauffeurs et les gardiens : vos supports ?",
        "posts": [
            (
                "demo-camille",
                "Nous devons sensibiliser le personnel contractuel (chauffeurs, "
                "gardiens) qui n'a pas accès au module en ligne.\n\nAvez-vous des supports "
                "courts, visuels, pour une séance de 45 minutes ?",
            ),
            (
                "moderator",
                "Les **six principes fondamentaux du CPI** existent en version "
                "simplifiée illustrée. Nous les utilisons avec des mises en situation : que "
                "faites-vous si un membre de la communauté vous propose un service en échange "
                "d'une aide ?",
            ),
        ],
        "held": (
            "demo-camille",
            "Merci ! Si quelqu'un veut nos fiches, écrivez-moi à "
            "camille.b@example.org ou appelez le +000 000 0000.",
            ["email", "phone"],
        ),
    },
    {
        "category": "arab-states",
        "author": "demo-omar",
        "language": "ar",
        "title": "تحديث مسار الإحالة: كيف تتحققون من الخدمات المتاحة؟",
        "posts": [
            (
                "demo-omar",
                "نحدّث مسار الإحالة كل ستة أشهر. كيف تتأكدون من أن الخدمات "
                "الطبية والنفسية المدرجة ما زالت تعمل وتقبل الإحالات؟",
            ),
            (
                "moderator",
                "نتصل بكل مقدم خدمة قبل التحديث ونسأل ثلاثة أسئلة: هل ما زلتم "
                "تقدمون الخدمة؟ ما ساعات العمل؟ هل توجد تكلفة؟ ثم نؤرخ كل سطر في المسار.",
            ),
        ],
    },
    {
        "category": "workplace-harassment",
        "author": "demo-omar",
        "language": "en",
        "question": True,
        "title": "What do you tell a supervisor who has just been told of a concern?",
        "posts": [
            (
                "demo-omar",
                "Supervisors often call me right after someone confides in them. "
                "What are the first three things you tell them?",
            ),
            (
                "focalpoint",
                "1. Listen and thank the person; do not investigate yourself.\n"
                "2. Keep it confidential and explain the formal and informal options.\n"
                "3. Point to support (the Staff Counsellor) and remind them that retaliation "
                "is prohibited.",
            ),
        ],
    },
]
