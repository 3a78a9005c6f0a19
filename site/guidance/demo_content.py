"""Demo content for the guidance app, used by ``manage.py seed_demo``.

Offices, reporting and support channels, a glossary, plain-language policy summaries, the
"Where to go" page, role guides and the onboarding checklist.

Everything here is written in our own words about a fictional "Agency". Names, offices and
contacts are placeholders (example.org addresses, +000 numbers) and are not real hotlines or
people. Real UN-wide documents are named by title only, as references.

Shapes:
- A translated text is a dict keyed by locale: en, fr, es and ar.
- A body is a list of ``(type, value)`` blocks, where type is "heading", "paragraph" (plain text)
  or "list" (a list of plain strings). Every locale has the same block structure. A paragraph
  links to a section of the site (a child of the home page, by slug) as ``[text](slug)``.
- Channels with ``office_key`` set override the agency-wide channel of the same ``kind`` for
  people in that office.
"""

# -------------------------------------------------------------------------------------------------
# Offices. Names, cities and people are fictional.
OFFICES = [
    # -------------------- hq
    {
        "key": "hq",
        "kind": "headquarters",
        "region": "",
        "name": {
            "en": "Headquarters",
            "fr": "Siège",
            "es": "Sede",
            "ar": "المقر الرئيسي",
        },
        "city": "City A",
        "contacts": [
            {
                "role": {
                    "en": "PSEA Coordinator",
                    "fr": "Coordonnateur PEAS",
                    "es": "Coordinador de PEAS",
                    "ar": "منسق الحماية من الاستغلال والانتهاك الجنسيين",
                },
                "name": "Alex Sample",
                "email": "psea.hq@example.org",
                "phone": "+000 000 0000",
                "languages": "en, fr",
            },
            {
                "role": {
                    "en": "Sexual harassment focal point",
                    "fr": "Point focal harcèlement sexuel",
                    "es": "Punto focal de acoso sexual",
                    "ar": "جهة التنسيق المعنية بالتحرش الجنسي",
                },
                "name": "Nadia Example",
                "email": "sh.hq@example.org",
                "phone": "+000 000 0000",
                "languages": "en, ar",
            },
        ],
    },
    # -------------------- ro-a
    {
        "key": "ro-a",
        "kind": "regional",
        "region": "Region A",
        "name": {
            "en": "Regional Office for Region A",
            "fr": "Bureau régional pour la Région A",
            "es": "Oficina Regional para la Región A",
            "ar": "المكتب الإقليمي للمنطقة ألف",
        },
        "city": "City B",
        "contacts": [
            {
                "role": {
                    "en": "Regional focal point for SEA and SH",
                    "fr": "Point focal régional EAS et HS",
                    "es": "Punto focal regional de EAS y AS",
                    "ar": (
                        "جهة التنسيق الإقليمية المعنية بالاستغلال والانتهاك الجنسيين والتحرش الجنسي"
                    ),
                },
                "name": "Jean Exemple",
                "email": "focalpoint.ro-a@example.org",
                "phone": "+000 000 0000",
                "languages": "en, fr",
            },
        ],
    },
    # -------------------- co-a
    {
        "key": "co-a",
        "kind": "country",
        "region": "Region A",
        "name": {
            "en": "Country Office A",
            "fr": "Bureau de pays A",
            "es": "Oficina de País A",
            "ar": "المكتب القطري ألف",
        },
        "city": "City C",
        "contacts": [
            {
                "role": {
                    "en": "PSEA focal point",
                    "fr": "Point focal PEAS",
                    "es": "Punto focal de PEAS",
                    "ar": "جهة التنسيق المعنية بالحماية من الاستغلال والانتهاك الجنسيين",
                },
                "name": "Omar Mithal",
                "email": "psea.co-a@example.org",
                "phone": "+000 000 0000",
                "languages": "ar, en, fr",
            },
            {
                "role": {
                    "en": "Security focal point",
                    "fr": "Point focal sécurité",
                    "es": "Punto focal de seguridad",
                    "ar": "جهة التنسيق الأمني",
                },
                "name": "Sam Placeholder",
                "email": "security.co-a@example.org",
                "phone": "+000 000 0000",
                "languages": "en, fr",
            },
        ],
    },
    # -------------------- co-b
    {
        "key": "co-b",
        "kind": "country",
        "region": "Region B",
        "name": {
            "en": "Country Office B",
            "fr": "Bureau de pays B",
            "es": "Oficina de País B",
            "ar": "المكتب القطري باء",
        },
        "city": "City D",
        "contacts": [
            {
                "role": {
                    "en": "HR Business Partner",
                    "fr": "Partenaire RH",
                    "es": "Asesor o asesora de Recursos Humanos",
                    "ar": "شريك أعمال الموارد البشرية",
                },
                "name": "Lucía Ejemplo",
                "email": "hr.co-b@example.org",
                "phone": "+000 000 0000",
                "languages": "es, en",
            },
            {
                "role": {
                    "en": "PSEA focal point",
                    "fr": "Point focal PEAS",
                    "es": "Punto focal de PEAS",
                    "ar": "جهة التنسيق المعنية بالحماية من الاستغلال والانتهاك الجنسيين",
                },
                "name": "Chris Demo",
                "email": "psea.co-b@example.org",
                "phone": "+000 000 0000",
                "languages": "en, es",
            },
        ],
    },
]

# -------------------------------------------------------------------------------------------------
# Reporting and support channels. office_key None means agency-wide; an office-specific entry
# replaces the agency-wide entry of the same kind for people in that office. covers: sea | sh |
# both. formality: formal | informal | both | support (support = not a reporting channel).
CHANNELS = [
    # -------------------- investigations
    {
        "key": "investigations",
        "kind": "investigations",
        "office_key": None,
        "covers": "both",
        "formality": "formal",
        "anonymous": True,
        "third_party": True,
        "name": {
            "en": "Independent investigations office",
            "fr": "Bureau indépendant des enquêtes",
            "es": "Oficina independiente de investigaciones",
            "ar": "مكتب التحقيقات المستقل",
        },
        "summary": {
            "en": (
                "Receives formal reports of sexual exploitation, abuse and harassment, including "
                "anonymous ones, and decides whether to investigate."
            ),
            "fr": (
                "Reçoit les signalements officiels d'exploitation, d'abus et de harcèlement "
                "sexuels, y compris anonymes, et décide s'il y a lieu d'ouvrir une enquête."
            ),
            "es": (
                "Recibe denuncias formales de explotación, abuso y acoso sexuales, también "
                "anónimas, y decide si abre una investigación."
            ),
            "ar": (
                "يتلقى البلاغات الرسمية عن الاستغلال والانتهاك الجنسيين والتحرش الجنسي، بما فيها "
                "البلاغات المجهولة المصدر، ويقرر ما إذا كان سيفتح تحقيقًا."
            ),
        },
        "confidentiality": {
            "en": (
                "Only the investigators who handle your report see it. If an investigation opens, "
                "the person concerned is told what the allegations are, so they can respond. Your "
                "manager is not told unless you agree or your safety requires it."
            ),
            "fr": (
                "Seuls les enquêteurs chargés de votre signalement y ont accès. Si une enquête est "
                "ouverte, la personne mise en cause est informée des allégations pour pouvoir y "
                "répondre. Votre responsable n'est informé que si vous l'acceptez ou si votre "
                "sécurité l'exige."
            ),
            "es": (
                "Solo las personas que investigan su denuncia tienen acceso a ella. Si se abre una "
                "investigación, se informa a la persona denunciada de las acusaciones para que "
                "pueda responder. Su supervisor solo se entera si usted lo acepta o si su "
                "seguridad lo exige."
            ),
            "ar": (
                "لا يطّلع على بلاغك إلا المحققون الذين يتولونه. وإذا فُتح تحقيق، يُبلَّغ الشخص "
                "المعني بالادعاءات كي يتمكن من الرد عليها. ولا يُبلَّغ مديرك إلا إذا وافقت أو "
                "اقتضت سلامتك ذلك."
            ),
        },
        "hours": {
            "en": "Hotline answered 24 hours a day, every day. Web form and e-mail at any time.",
            "fr": (
                "Ligne d'assistance joignable 24 heures sur 24, 7 jours sur 7. Formulaire en ligne "
                "et courriel à tout moment."
            ),
            "es": (
                "Línea de atención disponible las 24 horas, todos los días. Formulario web y "
                "correo electrónico en cualquier momento."
            ),
            "ar": (
                "يُرَدّ على الخط الساخن على مدار الساعة طوال أيام الأسبوع. ويمكنك استخدام النموذج "
                "الإلكتروني والبريد الإلكتروني في أي وقت."
            ),
        },
        "languages": "en, fr, es, ar",
        "next_steps": {
            "en": (
                "You receive an acknowledgement within 5 working days and the name of a contact "
                "person. The office assesses your report and tells you whether it will "
                "investigate. During an investigation, your contact updates you at least once a "
                "month."
            ),
            "fr": (
                "Vous recevez un accusé de réception sous 5 jours ouvrables, avec le nom d'une "
                "personne de contact. Le Bureau examine votre signalement et vous indique s'il "
                "ouvre une enquête. Pendant l'enquête, votre contact vous tient informé au moins "
                "une fois par mois."
            ),
            "es": (
                "Recibirá un acuse de recibo en un plazo de 5 días hábiles, con el nombre de una "
                "persona de contacto. La Oficina evalúa su denuncia y le informa de si abrirá una "
                "investigación. Durante la investigación, su contacto le pondrá al día al menos "
                "una vez al mes."
            ),
            "ar": (
                "ستتلقى إشعارًا بالاستلام خلال 5 أيام عمل، مع اسم شخص للتواصل. يقيّم المكتب بلاغك "
                "ويخبرك بما إذا كان سيفتح تحقيقًا. وأثناء التحقيق، يطلعك الشخص المكلف بالتواصل معك "
                "على المستجدات مرة واحدة في الشهر على الأقل."
            ),
        },
        "timeline": {
            "en": "Assessment in about 30 days; an investigation usually takes 3 to 6 months.",
            "fr": (
                "Examen initial en 30 jours environ ; une enquête dure généralement de 3 à 6 mois."
            ),
            "es": "Evaluación en unos 30 días; una investigación suele durar de 3 a 6 meses.",
            "ar": "يستغرق التقييم نحو 30 يومًا، ويستغرق التحقيق عادةً ما بين 3 و6 أشهر.",
        },
        "contacts": [
            {
                "method": "phone",
                "value": "+000 000 0000",
                "label": {
                    "en": "24-hour hotline",
                    "fr": "Ligne d'assistance 24 h/24",
                    "es": "Línea de atención 24 horas",
                    "ar": "الخط الساخن على مدار الساعة",
                },
            },
            {
                "method": "email",
                "value": "investigations@example.org",
                "label": {
                    "en": "E-mail",
                    "fr": "Courriel",
                    "es": "Correo electrónico",
                    "ar": "البريد الإلكتروني",
                },
            },
            {
                "method": "web",
                "value": "https://report.example.org",
                "label": {
                    "en": "Secure web form (you can stay anonymous)",
                    "fr": "Formulaire en ligne sécurisé (anonymat possible)",
                    "es": "Formulario web seguro (puede ser anónimo)",
                    "ar": "نموذج إلكتروني آمن (يمكنك عدم ذكر اسمك)",
                },
            },
        ],
    },
    # -------------------- ethics
    {
        "key": "ethics",
        "kind": "ethics",
        "office_key": None,
        "covers": "both",
        "formality": "support",
        "anonymous": False,
        "third_party": False,
        "name": {
            "en": "Ethics Office",
            "fr": "Bureau de la déontologie",
            "es": "Oficina de Ética",
            "ar": "مكتب الأخلاقيات",
        },
        "summary": {
            "en": (
                "Gives confidential advice on the standards of conduct and protects people who "
                "face retaliation for speaking up."
            ),
            "fr": (
                "Donne des conseils confidentiels sur les normes de conduite et protège les "
                "personnes qui subissent des représailles pour avoir parlé."
            ),
            "es": (
                "Ofrece asesoramiento confidencial sobre las normas de conducta y protege a "
                "quienes sufren represalias por haber hablado."
            ),
            "ar": "يقدّم مشورة سرية بشأن معايير السلوك، ويحمي من يتعرضون للانتقام لأنهم تكلموا.",
        },
        "confidentiality": {
            "en": (
                "What you tell the Ethics Office stays with its staff. If you ask for protection "
                "from retaliation, it shares only what is needed with the people who must act, and "
                "tells you first."
            ),
            "fr": (
                "Ce que vous confiez au Bureau de la déontologie reste au sein de son équipe. Si "
                "vous demandez une protection contre les représailles, il ne transmet que le "
                "strict nécessaire aux personnes qui doivent agir, et vous prévient avant."
            ),
            "es": (
                "Lo que cuente a la Oficina de Ética queda dentro de su equipo. Si pide protección "
                "frente a represalias, solo comparte lo imprescindible con quienes deben actuar, y "
                "se lo dice antes."
            ),
            "ar": (
                "يبقى ما تخبر به مكتب الأخلاقيات لدى موظفيه. وإذا طلبت الحماية من الانتقام، فلا "
                "يشارك إلا ما يلزم مع الأشخاص الذين يتعين عليهم التصرف، ويخبرك بذلك مسبقًا."
            ),
        },
        "hours": {
            "en": "Monday to Friday, 9:00 to 17:00 headquarters time. E-mail at any time.",
            "fr": "Du lundi au vendredi, de 9 h à 17 h (heure du siège). Courriel à tout moment.",
            "es": (
                "De lunes a viernes, de 9:00 a 17:00 (hora de la sede). Correo electrónico en "
                "cualquier momento."
            ),
            "ar": (
                "من الاثنين إلى الجمعة، من الساعة 9:00 إلى الساعة 17:00 بتوقيت المقر الرئيسي. "
                "ويمكنك المراسلة بالبريد الإلكتروني في أي وقت."
            ),
        },
        "languages": "en, fr, es, ar",
        "next_steps": {
            "en": (
                "An adviser replies within 2 working days. If you ask for protection from "
                "retaliation, the office reviews your request and can recommend measures to "
                "protect you straight away. If retaliation seems likely, it refers the matter for "
                "investigation."
            ),
            "fr": (
                "Un conseiller vous répond sous 2 jours ouvrables. Si vous demandez une protection "
                "contre les représailles, le Bureau examine votre demande et peut recommander des "
                "mesures de protection immédiates. S'il estime que des représailles sont "
                "probables, il transmet le dossier pour enquête."
            ),
            "es": (
                "Una persona asesora le responde en 2 días hábiles. Si pide protección frente a "
                "represalias, la Oficina estudia su solicitud y puede recomendar medidas de "
                "protección inmediatas. Si las represalias parecen probables, remite el caso para "
                "que se investigue."
            ),
            "ar": (
                "يرد عليك أحد المستشارين خلال يومي عمل. وإذا طلبت الحماية من الانتقام، يدرس المكتب "
                "طلبك ويمكنه أن يوصي فورًا بتدابير لحمايتك. وإذا بدا أن الانتقام مرجَّح، يحيل "
                "المسألة للتحقيق."
            ),
        },
        "timeline": {
            "en": "A first review of a request for protection within 30 days.",
            "fr": "Examen préliminaire d'une demande de protection sous 30 jours.",
            "es": "Examen preliminar de una solicitud de protección en un plazo de 30 días.",
            "ar": "يُجرى استعراض أولي لطلب الحماية من الانتقام خلال 30 يومًا.",
        },
        "contacts": [
            {
                "method": "email",
                "value": "ethics@example.org",
                "label": {
                    "en": "E-mail",
                    "fr": "Courriel",
                    "es": "Correo electrónico",
                    "ar": "البريد الإلكتروني",
                },
            },
            {
                "method": "phone",
                "value": "+000 000 0000",
                "label": {
                    "en": "Phone (office hours)",
                    "fr": "Téléphone (heures de bureau)",
                    "es": "Teléfono (horario de oficina)",
                    "ar": "الهاتف (خلال ساعات العمل)",
                },
            },
        ],
    },
    # -------------------- ombudsman
    {
        "key": "ombudsman",
        "kind": "ombudsman",
        "office_key": None,
        "covers": "sh",
        "formality": "informal",
        "anonymous": False,
        "third_party": False,
        "name": {
            "en": "Ombudsman",
            "fr": "Ombudsman",
            "es": "Ombudsman",
            "ar": "أمين المظالم",
        },
        "summary": {
            "en": (
                "Helps you find an informal solution to a workplace problem, in confidence and "
                "independently of management."
            ),
            "fr": (
                "Vous aide à trouver une solution informelle à un problème au travail, en toute "
                "confidentialité et en toute indépendance vis-à-vis de la direction."
            ),
            "es": (
                "Le ayuda a encontrar una solución informal a un problema en el trabajo, de forma "
                "confidencial e independiente de la dirección."
            ),
            "ar": "يساعدك على إيجاد حل غير رسمي لمشكلة في العمل، بسرية وباستقلال عن الإدارة.",
        },
        "confidentiality": {
            "en": (
                "The Ombudsman keeps what you say confidential and takes no step without your "
                "agreement, unless there is a risk of serious harm. Talking to the Ombudsman is "
                "not a report, so no investigation starts."
            ),
            "fr": (
                "L'Ombudsman garde pour lui ce que vous dites et n'entreprend rien sans votre "
                "accord, sauf en cas de risque de préjudice grave. Lui parler n'est pas un "
                "signalement : aucune enquête n'est ouverte."
            ),
            "es": (
                "El Ombudsman guarda la confidencialidad de lo que usted le cuente y no da ningún "
                "paso sin su acuerdo, salvo que haya riesgo de daño grave. Hablar con el Ombudsman "
                "no es una denuncia, así que no se abre ninguna investigación."
            ),
            "ar": (
                "يحافظ أمين المظالم على سرية ما تقوله، ولا يتخذ أي خطوة دون موافقتك، إلا إذا كان "
                "هناك خطر بوقوع ضرر جسيم. والتحدث إلى أمين المظالم ليس بلاغًا، فلا يُفتح بسببه أي "
                "تحقيق."
            ),
        },
        "hours": {
            "en": "Monday to Friday, by appointment, in person or by video call.",
            "fr": "Du lundi au vendredi, sur rendez-vous, en personne ou par visioconférence.",
            "es": "De lunes a viernes, con cita previa, en persona o por videollamada.",
            "ar": "من الاثنين إلى الجمعة، بموعد مسبق، حضوريًا أو عبر مكالمة فيديو.",
        },
        "languages": "en, fr, es",
        "next_steps": {
            "en": (
                "You meet in confidence to talk through what happened and your options. If you "
                "agree, the Ombudsman can speak to the other person or arrange a facilitated "
                "conversation. You can switch to a formal complaint at any time."
            ),
            "fr": (
                "Vous vous rencontrez en toute confidentialité pour parler de ce qui s'est passé "
                "et de vos options. Avec votre accord, l'Ombudsman peut parler à l'autre personne "
                "ou organiser une discussion facilitée. Vous pouvez passer à une plainte formelle "
                "à tout moment."
            ),
            "es": (
                "Se reúnen de forma confidencial para hablar de lo ocurrido y de sus opciones. Si "
                "usted está de acuerdo, el Ombudsman puede hablar con la otra persona u organizar "
                "una conversación facilitada. Puede pasar a una denuncia formal en cualquier "
                "momento."
            ),
            "ar": (
                "تلتقيان بسرية لمناقشة ما حدث والخيارات المتاحة لك. وإذا وافقت، يمكن لأمين المظالم "
                "التحدث إلى الشخص الآخر أو ترتيب حوار بمساعدة وسيط. ويمكنك الانتقال إلى شكوى رسمية "
                "في أي وقت."
            ),
        },
        "timeline": {
            "en": "A first meeting within a week; most informal solutions take a few weeks.",
            "fr": (
                "Premier rendez-vous sous une semaine ; la plupart des solutions informelles "
                "prennent quelques semaines."
            ),
            "es": (
                "Primera reunión en una semana; la mayoría de las soluciones informales llevan "
                "unas pocas semanas."
            ),
            "ar": "يُعقد أول لقاء خلال أسبوع، وتستغرق معظم الحلول غير الرسمية بضعة أسابيع.",
        },
        "contacts": [
            {
                "method": "email",
                "value": "ombudsman@example.org",
                "label": {
                    "en": "E-mail to book an appointment",
                    "fr": "Courriel pour prendre rendez-vous",
                    "es": "Correo electrónico para pedir cita",
                    "ar": "البريد الإلكتروني لحجز موعد",
                },
            },
            {
                "method": "phone",
                "value": "+000 000 0000",
                "label": {
                    "en": "Phone",
                    "fr": "Téléphone",
                    "es": "Teléfono",
                    "ar": "الهاتف",
                },
            },
        ],
    },
    # -------------------- staff-counsellor
    {
        "key": "staff-counsellor",
        "kind": "counsellor",
        "office_key": None,
        "covers": "both",
        "formality": "support",
        "anonymous": False,
        "third_party": False,
        "name": {
            "en": "Staff Counsellor",
            "fr": "Conseiller du personnel",
            "es": "Consejero del Personal",
            "ar": "مستشار الموظفين",
        },
        "summary": {
            "en": (
                "Offers confidential emotional support to anyone affected; this is not a reporting "
                "channel."
            ),
            "fr": (
                "Offre un soutien psychologique confidentiel à toute personne touchée ; ce n'est "
                "pas un canal de signalement."
            ),
            "es": (
                "Ofrece apoyo emocional confidencial a cualquier persona afectada; no es un canal "
                "de denuncia."
            ),
            "ar": "يقدّم دعمًا نفسيًا سريًا لكل من تأثر بما حدث، وهو ليس قناة للإبلاغ.",
        },
        "confidentiality": {
            "en": (
                "What you say stays between you and the counsellor. It is not shared with your "
                "manager, HR or investigators, unless there is a risk of serious harm to you or "
                "others."
            ),
            "fr": (
                "Ce que vous dites reste entre vous et le conseiller. Rien n'est transmis à votre "
                "responsable, aux RH ni aux enquêteurs, sauf en cas de risque de préjudice grave "
                "pour vous ou pour d'autres personnes."
            ),
            "es": (
                "Lo que diga queda entre usted y el consejero. No se comparte con su supervisor, "
                "con Recursos Humanos ni con quienes investigan, salvo que exista riesgo de daño "
                "grave para usted u otras personas."
            ),
            "ar": (
                "يبقى ما تقوله بينك وبين المستشار. ولا يُطلَع عليه مديرك أو الموارد البشرية أو "
                "المحققون، إلا إذا كان هناك خطر بوقوع ضرر جسيم عليك أو على غيرك."
            ),
        },
        "hours": {
            "en": (
                "Monday to Friday, 8:00 to 18:00. Out of hours, leave a message and you will get a "
                "call back the next working day."
            ),
            "fr": (
                "Du lundi au vendredi, de 8 h à 18 h. En dehors de ces heures, laissez un message "
                ": on vous rappelle le jour ouvrable suivant."
            ),
            "es": (
                "De lunes a viernes, de 8:00 a 18:00. Fuera de ese horario, deje un mensaje y le "
                "llamarán el siguiente día hábil."
            ),
            "ar": (
                "من الاثنين إلى الجمعة، من الساعة 8:00 إلى الساعة 18:00. وخارج هذه الساعات، اترك "
                "رسالة وسيُعاد الاتصال بك في يوم العمل التالي."
            ),
        },
        "languages": "en, fr, es, ar",
        "next_steps": {
            "en": (
                "A counsellor contacts you to arrange a first session by phone, video or in "
                "person. You can talk about what happened, how you feel and what you might do. If "
                "you wish, the counsellor can help you contact other channels."
            ),
            "fr": (
                "Un conseiller vous contacte pour fixer une première séance, par téléphone, en "
                "visioconférence ou en personne. Vous pouvez parler de ce qui s'est passé, de ce "
                "que vous ressentez et de ce que vous pourriez faire. Si vous le souhaitez, il "
                "peut vous aider à contacter d'autres canaux."
            ),
            "es": (
                "Un consejero se pondrá en contacto con usted para concertar una primera sesión "
                "por teléfono, por videollamada o en persona. Podrá hablar de lo ocurrido, de cómo "
                "se siente y de lo que podría hacer. Si lo desea, el consejero puede ayudarle a "
                "contactar con otros canales."
            ),
            "ar": (
                "يتواصل معك أحد المستشارين لترتيب جلسة أولى عبر الهاتف أو الفيديو أو حضوريًا. "
                "ويمكنك أن تتحدث عمّا حدث وعمّا تشعر به وعمّا قد تفعله. وإذا رغبت، يمكن للمستشار "
                "أن يساعدك على التواصل مع قنوات أخرى."
            ),
        },
        "timeline": {
            "en": "A first session usually within 3 working days, sooner if it is urgent.",
            "fr": "Première séance généralement sous 3 jours ouvrables, plus tôt en cas d'urgence.",
            "es": "Primera sesión normalmente en 3 días hábiles, antes si es urgente.",
            "ar": "تُعقد الجلسة الأولى عادةً خلال 3 أيام عمل، وقبل ذلك إذا كان الأمر عاجلًا.",
        },
        "contacts": [
            {
                "method": "email",
                "value": "counsellor@example.org",
                "label": {
                    "en": "E-mail",
                    "fr": "Courriel",
                    "es": "Correo electrónico",
                    "ar": "البريد الإلكتروني",
                },
            },
            {
                "method": "phone",
                "value": "+000 000 0000",
                "label": {
                    "en": "Confidential line",
                    "fr": "Ligne confidentielle",
                    "es": "Línea confidencial",
                    "ar": "خط سري",
                },
            },
        ],
    },
    # -------------------- hr-business-partner
    {
        "key": "hr-business-partner",
        "kind": "hr",
        "office_key": None,
        "covers": "sh",
        "formality": "both",
        "anonymous": False,
        "third_party": True,
        "name": {
            "en": "HR Business Partner",
            "fr": "Partenaire RH",
            "es": "Asesor o asesora de Recursos Humanos",
            "ar": "شريك أعمال الموارد البشرية",
        },
        "summary": {
            "en": (
                "Helps with workplace concerns such as sexual harassment, informally or through a "
                "formal complaint, and can change work arrangements to protect you."
            ),
            "fr": (
                "Vous aide en cas de problème au travail, comme le harcèlement sexuel, de manière "
                "informelle ou par une plainte formelle, et peut adapter vos conditions de travail "
                "pour vous protéger."
            ),
            "es": (
                "Le ayuda con problemas en el trabajo, como el acoso sexual, por vía informal o "
                "mediante una denuncia formal, y puede cambiar sus condiciones de trabajo para "
                "protegerle."
            ),
            "ar": (
                "يساعدك في مشكلات مكان العمل مثل التحرش الجنسي، بطريقة غير رسمية أو عبر شكوى "
                "رسمية، ويمكنه تغيير ترتيبات عملك لحمايتك."
            ),
        },
        "confidentiality": {
            "en": (
                "Your HR Business Partner shares what you say only with the people who need to "
                "know to act, and tells you first. Concerns about sexual exploitation or abuse "
                "always go to the independent investigations office."
            ),
            "fr": (
                "Votre partenaire RH ne transmet ce que vous dites qu'aux personnes qui doivent le "
                "savoir pour agir, et vous prévient avant. Les préoccupations relatives à "
                "l'exploitation ou aux abus sexuels sont toujours transmises au Bureau indépendant "
                "des enquêtes."
            ),
            "es": (
                "Su asesor o asesora de Recursos Humanos solo comparte lo que usted cuente con "
                "quienes necesitan saberlo para actuar, y se lo dice antes. Las inquietudes sobre "
                "explotación o abuso sexuales se remiten siempre a la Oficina independiente de "
                "investigaciones."
            ),
            "ar": (
                "لا يشارك شريك أعمال الموارد البشرية ما تقوله إلا مع من يحتاجون إلى معرفته لاتخاذ "
                "إجراء، ويخبرك بذلك مسبقًا. أما المخاوف المتعلقة بالاستغلال أو الانتهاك الجنسي "
                "فتُحال دائمًا إلى مكتب التحقيقات المستقل."
            ),
        },
        "hours": {
            "en": "Monday to Friday, office hours in your duty station.",
            "fr": "Du lundi au vendredi, aux heures de bureau de votre lieu d'affectation.",
            "es": "De lunes a viernes, en horario de oficina de su lugar de destino.",
            "ar": "من الاثنين إلى الجمعة، خلال ساعات العمل في مركز عملك.",
        },
        "languages": "en, fr, es, ar",
        "next_steps": {
            "en": (
                "You meet to talk through your options and agree on next steps together. Your HR "
                "Business Partner can arrange interim measures, such as a change of supervisor or "
                "workplace. If you choose a formal complaint, they send it to the independent "
                "investigations office within one working day."
            ),
            "fr": (
                "Vous faites ensemble le point sur vos options et décidez de la suite. Votre "
                "partenaire RH peut mettre en place des mesures provisoires, comme un changement "
                "de superviseur ou de lieu de travail. Si vous choisissez la plainte formelle, il "
                "la transmet au Bureau indépendant des enquêtes sous un jour ouvrable."
            ),
            "es": (
                "Se reúnen para repasar sus opciones y acordar juntos los siguientes pasos. Su "
                "asesor o asesora puede adoptar medidas provisionales, como un cambio de "
                "supervisor o de lugar de trabajo. Si elige la denuncia formal, la remite a la "
                "Oficina independiente de investigaciones en un día hábil."
            ),
            "ar": (
                "تلتقيان لمناقشة خياراتك والاتفاق معًا على الخطوات التالية. ويمكن لشريك أعمال "
                "الموارد البشرية ترتيب تدابير مؤقتة، مثل تغيير المشرف أو مكان العمل. وإذا اخترت "
                "تقديم شكوى رسمية، يحيلها إلى مكتب التحقيقات المستقل خلال يوم عمل واحد."
            ),
        },
        "timeline": {
            "en": "A first meeting within 3 working days.",
            "fr": "Premier entretien sous 3 jours ouvrables.",
            "es": "Primera reunión en un plazo de 3 días hábiles.",
            "ar": "يُعقد أول لقاء خلال 3 أيام عمل.",
        },
        "contacts": [
            {
                "method": "email",
                "value": "hr@example.org",
                "label": {
                    "en": "E-mail",
                    "fr": "Courriel",
                    "es": "Correo electrónico",
                    "ar": "البريد الإلكتروني",
                },
            },
            {
                "method": "phone",
                "value": "+000 000 0000",
                "label": {
                    "en": "Phone (office hours)",
                    "fr": "Téléphone (heures de bureau)",
                    "es": "Teléfono (horario de oficina)",
                    "ar": "الهاتف (خلال ساعات العمل)",
                },
            },
        ],
    },
    # -------------------- psea-focal-point
    {
        "key": "psea-focal-point",
        "kind": "psea_focal_point",
        "office_key": None,
        "covers": "sea",
        "formality": "formal",
        "anonymous": True,
        "third_party": True,
        "name": {
            "en": "PSEA focal point",
            "fr": "Point focal PEAS",
            "es": "Punto focal de PEAS",
            "ar": "جهة التنسيق المعنية بالحماية من الاستغلال والانتهاك الجنسيين",
        },
        "summary": {
            "en": (
                "Receives concerns about sexual exploitation and abuse from personnel and "
                "communities in every office, and refers them."
            ),
            "fr": (
                "Présent dans chaque bureau, il reçoit les préoccupations du personnel et des "
                "communautés relatives à l'exploitation et aux abus sexuels, et les oriente."
            ),
            "es": (
                "Presente en cada oficina, recibe las inquietudes del personal y de las "
                "comunidades sobre explotación y abuso sexuales, y las remite a quien corresponda."
            ),
            "ar": (
                "موجودة في كل مكتب، وتتلقى من الأفراد ومن المجتمعات المحلية المخاوف المتعلقة "
                "بالاستغلال والانتهاك الجنسيين، وتحيلها إلى الجهة المختصة."
            ),
        },
        "confidentiality": {
            "en": (
                "The focal point passes your report only to the independent investigations office "
                "and, with the consent of the person affected, to the services that can help them. "
                "No one else learns names."
            ),
            "fr": (
                "Le point focal ne transmet votre signalement qu'au Bureau indépendant des "
                "enquêtes et, avec l'accord de la personne touchée, aux services qui peuvent "
                "l'aider. Personne d'autre n'apprend les noms."
            ),
            "es": (
                "El punto focal solo remite su denuncia a la Oficina independiente de "
                "investigaciones y, con el consentimiento de la persona afectada, a los servicios "
                "que pueden ayudarla. Nadie más conoce los nombres."
            ),
            "ar": (
                "لا تحيل جهة التنسيق بلاغك إلا إلى مكتب التحقيقات المستقل، وإلى الخدمات القادرة "
                "على مساعدة الشخص المتضرر بعد موافقته. ولا يطّلع أي شخص آخر على الأسماء."
            ),
        },
        "hours": {
            "en": "Office hours in your duty station. E-mail at any time.",
            "fr": "Aux heures de bureau de votre lieu d'affectation. Courriel à tout moment.",
            "es": (
                "En horario de oficina de su lugar de destino. Correo electrónico en cualquier "
                "momento."
            ),
            "ar": "خلال ساعات العمل في مركز عملك. ويمكنك المراسلة بالبريد الإلكتروني في أي وقت.",
        },
        "languages": "en, fr, es, ar",
        "next_steps": {
            "en": (
                "The focal point refers your report to the independent investigations office "
                "within 24 hours. If the person affected agrees, they are referred straight away "
                "to medical, psychosocial, legal or material help. You receive an acknowledgement "
                "within 5 working days."
            ),
            "fr": (
                "Le point focal transmet votre signalement au Bureau indépendant des enquêtes dans "
                "les 24 heures. Si la personne touchée l'accepte, elle est orientée sans attendre "
                "vers une aide médicale, psychosociale, juridique ou matérielle. Vous recevez un "
                "accusé de réception sous 5 jours ouvrables."
            ),
            "es": (
                "El punto focal remite su denuncia a la Oficina independiente de investigaciones "
                "en un plazo de 24 horas. Si la persona afectada está de acuerdo, se la deriva de "
                "inmediato a ayuda médica, psicosocial, jurídica o material. Usted recibe un acuse "
                "de recibo en un plazo de 5 días hábiles."
            ),
            "ar": (
                "تحيل جهة التنسيق بلاغك إلى مكتب التحقيقات المستقل خلال 24 ساعة. وإذا وافق الشخص "
                "المتضرر، يُحال فورًا إلى من يقدّم له المساعدة الطبية أو النفسية الاجتماعية أو "
                "القانونية أو المادية. وتتلقى أنت إشعارًا بالاستلام خلال 5 أيام عمل."
            ),
        },
        "timeline": {
            "en": "Referral within 24 hours; acknowledgement within 5 working days.",
            "fr": "Transmission sous 24 heures ; accusé de réception sous 5 jours ouvrables.",
            "es": "Remisión en 24 horas; acuse de recibo en 5 días hábiles.",
            "ar": "الإحالة خلال 24 ساعة، والإشعار بالاستلام خلال 5 أيام عمل.",
        },
        "contacts": [
            {
                "method": "email",
                "value": "psea@example.org",
                "label": {
                    "en": "E-mail",
                    "fr": "Courriel",
                    "es": "Correo electrónico",
                    "ar": "البريد الإلكتروني",
                },
            },
            {
                "method": "phone",
                "value": "+000 000 0000",
                "label": {
                    "en": "Phone (office hours)",
                    "fr": "Téléphone (heures de bureau)",
                    "es": "Teléfono (horario de oficina)",
                    "ar": "الهاتف (خلال ساعات العمل)",
                },
            },
        ],
    },
    # -------------------- security-focal-point
    {
        "key": "security-focal-point",
        "kind": "security",
        "office_key": None,
        "covers": "both",
        "formality": "support",
        "anonymous": False,
        "third_party": True,
        "name": {
            "en": "Security focal point",
            "fr": "Point focal sécurité",
            "es": "Punto focal de seguridad",
            "ar": "جهة التنسيق الأمني",
        },
        "summary": {
            "en": (
                "Helps you get safe right now, day or night; not a reporting channel, but can "
                "connect you to one."
            ),
            "fr": (
                "Vous aide à vous mettre en sécurité immédiatement, jour et nuit ; ce n'est pas un "
                "canal de signalement, mais il peut vous orienter vers l'un d'eux."
            ),
            "es": (
                "Le ayuda a ponerse a salvo de inmediato, de día o de noche; no es un canal de "
                "denuncia, pero puede ponerle en contacto con uno."
            ),
            "ar": (
                "تساعدك على بلوغ الأمان فورًا ليلًا أو نهارًا، وهي ليست قناة للإبلاغ لكنها تستطيع "
                "أن توصلك بقناة مناسبة."
            ),
        },
        "confidentiality": {
            "en": (
                "Security staff share only what is needed to keep you safe. They do not pass on "
                "what happened without your agreement, except where the rules require it, for "
                "example a concern about sexual exploitation or abuse."
            ),
            "fr": (
                "L'équipe de sécurité ne partage que ce qui est nécessaire à votre sécurité. Elle "
                "ne transmet pas ce qui s'est passé sans votre accord, sauf lorsque les règles "
                "l'exigent, par exemple pour une préoccupation relative à l'exploitation ou aux "
                "abus sexuels."
            ),
            "es": (
                "El personal de seguridad solo comparte lo necesario para protegerle. No transmite "
                "lo ocurrido sin su acuerdo, salvo cuando las normas lo exigen, por ejemplo ante "
                "una inquietud sobre explotación o abuso sexuales."
            ),
            "ar": (
                "لا يشارك موظفو الأمن إلا ما يلزم للحفاظ على سلامتك. ولا ينقلون ما حدث دون "
                "موافقتك، إلا حيث تفرض القواعد ذلك، كما في حالة القلق بشأن استغلال أو انتهاك جنسي."
            ),
        },
        "hours": {
            "en": "24 hours a day, every day.",
            "fr": "24 heures sur 24, 7 jours sur 7.",
            "es": "Las 24 horas, todos los días.",
            "ar": "على مدار الساعة طوال أيام الأسبوع.",
        },
        "languages": "en, fr, es, ar",
        "next_steps": {
            "en": (
                "Someone answers and helps you get to a safe place. They can arrange transport and "
                "help you reach medical care. Once you are safe, they tell you where to get "
                "support and how to report, if you choose to."
            ),
            "fr": (
                "Quelqu'un vous répond et vous aide à rejoindre un lieu sûr. Il peut organiser un "
                "transport et vous aider à obtenir des soins médicaux. Une fois en sécurité, vous "
                "apprenez où trouver du soutien et comment faire un signalement, si vous le "
                "souhaitez."
            ),
            "es": (
                "Alguien le atiende y le ayuda a llegar a un lugar seguro. Puede organizar el "
                "transporte y ayudarle a recibir atención médica. Cuando esté a salvo, le explica "
                "dónde encontrar apoyo y cómo denunciar, si así lo decide."
            ),
            "ar": (
                "يجيبك أحد الموظفين ويساعدك على الوصول إلى مكان آمن. ويمكنه ترتيب وسيلة نقل "
                "ومساعدتك على الحصول على الرعاية الطبية. وبعد أن تصبح في أمان، يخبرك أين تجد الدعم "
                "وكيف تبلّغ إن اخترت ذلك."
            ),
        },
        "timeline": {
            "en": "Immediate response, day or night.",
            "fr": "Réponse immédiate, de jour comme de nuit.",
            "es": "Respuesta inmediata, de día o de noche.",
            "ar": "استجابة فورية ليلًا ونهارًا.",
        },
        "contacts": [
            {
                "method": "phone",
                "value": "+000 000 0000",
                "label": {
                    "en": "24-hour security line",
                    "fr": "Ligne de sécurité 24 h/24",
                    "es": "Línea de seguridad 24 horas",
                    "ar": "خط الأمن على مدار الساعة",
                },
            },
            {
                "method": "email",
                "value": "security@example.org",
                "label": {
                    "en": "E-mail (not for emergencies)",
                    "fr": "Courriel (hors urgence)",
                    "es": "Correo electrónico (no para emergencias)",
                    "ar": "البريد الإلكتروني (لغير حالات الطوارئ)",
                },
            },
        ],
    },
    # -------------------- victims-rights-advocate
    {
        "key": "victims-rights-advocate",
        "kind": "victims_advocate",
        "office_key": None,
        "covers": "sea",
        "formality": "support",
        "anonymous": False,
        "third_party": False,
        "name": {
            "en": "Victims' Rights Advocate",
            "fr": "Défenseur des droits des victimes",
            "es": "Defensor de los derechos de las víctimas",
            "ar": "المدافع عن حقوق الضحايا",
        },
        "summary": {
            "en": (
                "Makes sure people harmed by sexual exploitation or abuse get the help and "
                "information they are entitled to, whoever the perpetrator works for."
            ),
            "fr": (
                "Veille à ce que les victimes d'exploitation ou d'abus sexuels reçoivent l'aide et "
                "les informations auxquelles elles ont droit, quel que soit l'employeur de "
                "l'auteur."
            ),
            "es": (
                "Se asegura de que las víctimas de explotación o abuso sexuales reciban la ayuda y "
                "la información a las que tienen derecho, sea cual sea el empleador del autor."
            ),
            "ar": (
                "يحرص على أن يحصل ضحايا الاستغلال أو الانتهاك الجنسي على المساعدة والمعلومات التي "
                "يحق لهم الحصول عليها، أيًّا كانت الجهة التي يعمل لديها مرتكب الفعل."
            ),
        },
        "confidentiality": {
            "en": (
                "The advocate shares information only with your informed consent, and only with "
                "the services that help you."
            ),
            "fr": (
                "Le défenseur ne partage des informations qu'avec votre consentement éclairé, et "
                "uniquement avec les services qui vous aident."
            ),
            "es": (
                "El defensor solo comparte información con su consentimiento informado, y solo con "
                "los servicios que le ayudan."
            ),
            "ar": (
                "لا يشارك المدافع أي معلومات إلا بموافقتك المستنيرة، ولا يشاركها إلا مع الخدمات "
                "التي تساعدك."
            ),
        },
        "hours": {
            "en": "Monday to Friday, office hours. Messages are answered within one working day.",
            "fr": (
                "Du lundi au vendredi, aux heures de bureau. Réponse aux messages sous un jour "
                "ouvrable."
            ),
            "es": (
                "De lunes a viernes, en horario de oficina. Los mensajes se responden en un día "
                "hábil."
            ),
            "ar": "من الاثنين إلى الجمعة، خلال ساعات العمل. ويُرد على الرسائل خلال يوم عمل واحد.",
        },
        "languages": "en, fr, es, ar",
        "next_steps": {
            "en": (
                "The advocate listens, explains your rights and connects you with medical, "
                "psychosocial, legal and material help. They check that you are getting it and "
                "keep you informed about any investigation. You can get this help whether or not "
                "you report or take part in an investigation."
            ),
            "fr": (
                "Le défenseur vous écoute, vous explique vos droits et vous met en relation avec "
                "une aide médicale, psychosociale, juridique et matérielle. Il vérifie que vous la "
                "recevez bien et vous tient informé de toute enquête. Cette aide vous est due, que "
                "vous fassiez un signalement ou non, et que vous participiez ou non à une enquête."
            ),
            "es": (
                "El defensor le escucha, le explica sus derechos y le pone en contacto con ayuda "
                "médica, psicosocial, jurídica y material. Comprueba que la recibe y le mantiene "
                "informado de cualquier investigación. Puede recibir esta ayuda tanto si denuncia "
                "o participa en una investigación como si no."
            ),
            "ar": (
                "يستمع إليك المدافع، ويشرح لك حقوقك، ويوصلك بمن يقدّم المساعدة الطبية والنفسية "
                "الاجتماعية والقانونية والمادية. ويتحقق من حصولك عليها، ويطلعك على مستجدات أي "
                "تحقيق. ويمكنك الحصول على هذه المساعدة سواء أبلغت أو شاركت في تحقيق أم لا."
            ),
        },
        "timeline": {
            "en": "First contact within one working day; support lasts as long as you need it.",
            "fr": (
                "Premier contact sous un jour ouvrable ; le soutien dure aussi longtemps que "
                "nécessaire."
            ),
            "es": "Primer contacto en un día hábil; el apoyo dura todo el tiempo que lo necesite.",
            "ar": "يكون أول تواصل خلال يوم عمل واحد، ويستمر الدعم طوال المدة التي تحتاج إليها.",
        },
        "contacts": [
            {
                "method": "email",
                "value": "victims-rights@example.org",
                "label": {
                    "en": "E-mail",
                    "fr": "Courriel",
                    "es": "Correo electrónico",
                    "ar": "البريد الإلكتروني",
                },
            },
            {
                "method": "phone",
                "value": "+000 000 0000",
                "label": {
                    "en": "Phone (office hours)",
                    "fr": "Téléphone (heures de bureau)",
                    "es": "Teléfono (horario de oficina)",
                    "ar": "الهاتف (خلال ساعات العمل)",
                },
            },
        ],
    },
    # -------------------- psea-focal-point-co-a
    {
        "key": "psea-focal-point-co-a",
        "kind": "psea_focal_point",
        "office_key": "co-a",
        "covers": "sea",
        "formality": "formal",
        "anonymous": True,
        "third_party": True,
        "name": {
            "en": "PSEA focal point, Country Office A",
            "fr": "Point focal PEAS, Bureau de pays A",
            "es": "Punto focal de PEAS, Oficina de País A",
            "ar": "جهة التنسيق المعنية بالحماية من الاستغلال والانتهاك الجنسيين، المكتب القطري ألف",
        },
        "summary": {
            "en": (
                "Receives concerns about sexual exploitation and abuse in Country Office A, "
                "including from the communities we serve, and refers them."
            ),
            "fr": (
                "Reçoit les préoccupations relatives à l'exploitation et aux abus sexuels au "
                "Bureau de pays A, y compris celles des communautés que nous servons, et les "
                "oriente."
            ),
            "es": (
                "Recibe las inquietudes sobre explotación y abuso sexuales en la Oficina de País "
                "A, también las de las comunidades a las que servimos, y las remite a quien "
                "corresponda."
            ),
            "ar": (
                "تتلقى المخاوف المتعلقة بالاستغلال والانتهاك الجنسيين في المكتب القطري ألف، بما "
                "فيها مخاوف المجتمعات المحلية التي نخدمها، وتحيلها إلى الجهة المختصة."
            ),
        },
        "confidentiality": {
            "en": (
                "The focal point passes your report only to the independent investigations office "
                "and, with the consent of the person affected, to local services that can help. No "
                "one else in the office learns names."
            ),
            "fr": (
                "Le point focal ne transmet votre signalement qu'au Bureau indépendant des "
                "enquêtes et, avec l'accord de la personne touchée, aux services locaux qui "
                "peuvent l'aider. Personne d'autre au bureau n'apprend les noms."
            ),
            "es": (
                "El punto focal solo remite su denuncia a la Oficina independiente de "
                "investigaciones y, con el consentimiento de la persona afectada, a los servicios "
                "locales que pueden ayudarla. Nadie más en la oficina conoce los nombres."
            ),
            "ar": (
                "لا تحيل جهة التنسيق بلاغك إلا إلى مكتب التحقيقات المستقل، وإلى الخدمات المحلية "
                "القادرة على مساعدة الشخص المتضرر بعد موافقته. ولا يطّلع أي شخص آخر في المكتب على "
                "الأسماء."
            ),
        },
        "hours": {
            "en": (
                "Monday to Friday, 8:00 to 16:00 local time. Drop-in hours on Tuesdays and "
                "Thursdays."
            ),
            "fr": (
                "Du lundi au vendredi, de 8 h à 16 h (heure locale). Permanence sans rendez-vous "
                "le mardi et le jeudi."
            ),
            "es": (
                "De lunes a viernes, de 8:00 a 16:00 (hora local). Atención sin cita los martes y "
                "jueves."
            ),
            "ar": (
                "من الاثنين إلى الجمعة، من الساعة 8:00 إلى الساعة 16:00 بالتوقيت المحلي. ويمكن "
                "الحضور دون موعد يومي الثلاثاء والخميس."
            ),
        },
        "languages": "ar, en, fr",
        "next_steps": {
            "en": (
                "The focal point refers your report to the independent investigations office "
                "within 24 hours. If the person affected agrees, they are referred straight away "
                "to local partners for medical, psychosocial, legal or material help. You receive "
                "an acknowledgement within 5 working days."
            ),
            "fr": (
                "Le point focal transmet votre signalement au Bureau indépendant des enquêtes dans "
                "les 24 heures. Si la personne touchée l'accepte, elle est orientée sans attendre "
                "vers des partenaires locaux pour une aide médicale, psychosociale, juridique ou "
                "matérielle. Vous recevez un accusé de réception sous 5 jours ouvrables."
            ),
            "es": (
                "El punto focal remite su denuncia a la Oficina independiente de investigaciones "
                "en un plazo de 24 horas. Si la persona afectada está de acuerdo, se la deriva de "
                "inmediato a socios locales que prestan ayuda médica, psicosocial, jurídica o "
                "material. Usted recibe un acuse de recibo en un plazo de 5 días hábiles."
            ),
            "ar": (
                "تحيل جهة التنسيق بلاغك إلى مكتب التحقيقات المستقل خلال 24 ساعة. وإذا وافق الشخص "
                "المتضرر، يُحال فورًا إلى شركاء محليين يقدّمون المساعدة الطبية أو النفسية "
                "الاجتماعية أو القانونية أو المادية. وتتلقى أنت إشعارًا بالاستلام خلال 5 أيام عمل."
            ),
        },
        "timeline": {
            "en": "Referral within 24 hours; acknowledgement within 5 working days.",
            "fr": "Transmission sous 24 heures ; accusé de réception sous 5 jours ouvrables.",
            "es": "Remisión en 24 horas; acuse de recibo en 5 días hábiles.",
            "ar": "الإحالة خلال 24 ساعة، والإشعار بالاستلام خلال 5 أيام عمل.",
        },
        "contacts": [
            {
                "method": "email",
                "value": "psea.co-a@example.org",
                "label": {
                    "en": "E-mail",
                    "fr": "Courriel",
                    "es": "Correo electrónico",
                    "ar": "البريد الإلكتروني",
                },
            },
            {
                "method": "phone",
                "value": "+000 000 0000",
                "label": {
                    "en": "Phone (office hours)",
                    "fr": "Téléphone (heures de bureau)",
                    "es": "Teléfono (horario de oficina)",
                    "ar": "الهاتف (خلال ساعات العمل)",
                },
            },
            {
                "method": "in_person",
                "value": "Country Office A, ground floor, room 12",
                "label": {
                    "en": "Drop-in, Tuesdays and Thursdays",
                    "fr": "Sans rendez-vous, le mardi et le jeudi",
                    "es": "Sin cita, los martes y jueves",
                    "ar": "دون موعد، يومي الثلاثاء والخميس",
                },
            },
        ],
    },
    # -------------------- hr-business-partner-co-b
    {
        "key": "hr-business-partner-co-b",
        "kind": "hr",
        "office_key": "co-b",
        "covers": "sh",
        "formality": "both",
        "anonymous": False,
        "third_party": True,
        "name": {
            "en": "HR Business Partner, Country Office B",
            "fr": "Partenaire RH, Bureau de pays B",
            "es": "Asesor o asesora de Recursos Humanos, Oficina de País B",
            "ar": "شريك أعمال الموارد البشرية، المكتب القطري باء",
        },
        "summary": {
            "en": (
                "Helps personnel in Country Office B with workplace concerns such as sexual "
                "harassment, informally or through a formal complaint."
            ),
            "fr": (
                "Aide le personnel du Bureau de pays B en cas de problème au travail, comme le "
                "harcèlement sexuel, de manière informelle ou par une plainte formelle."
            ),
            "es": (
                "Ayuda al personal de la Oficina de País B con problemas en el trabajo, como el "
                "acoso sexual, por vía informal o mediante una denuncia formal."
            ),
            "ar": (
                "يساعد الأفراد في المكتب القطري باء في مشكلات مكان العمل مثل التحرش الجنسي، بطريقة "
                "غير رسمية أو عبر شكوى رسمية."
            ),
        },
        "confidentiality": {
            "en": (
                "Your HR Business Partner shares what you say only with the people who need to "
                "know to act, and tells you first. Concerns about sexual exploitation or abuse "
                "always go to the independent investigations office."
            ),
            "fr": (
                "Votre partenaire RH ne transmet ce que vous dites qu'aux personnes qui doivent le "
                "savoir pour agir, et vous prévient avant. Les préoccupations relatives à "
                "l'exploitation ou aux abus sexuels sont toujours transmises au Bureau indépendant "
                "des enquêtes."
            ),
            "es": (
                "Su asesor o asesora de Recursos Humanos solo comparte lo que usted cuente con "
                "quienes necesitan saberlo para actuar, y se lo dice antes. Las inquietudes sobre "
                "explotación o abuso sexuales se remiten siempre a la Oficina independiente de "
                "investigaciones."
            ),
            "ar": (
                "لا يشارك شريك أعمال الموارد البشرية ما تقوله إلا مع من يحتاجون إلى معرفته لاتخاذ "
                "إجراء، ويخبرك بذلك مسبقًا. أما المخاوف المتعلقة بالاستغلال أو الانتهاك الجنسي "
                "فتُحال دائمًا إلى مكتب التحقيقات المستقل."
            ),
        },
        "hours": {
            "en": "Monday to Friday, 9:00 to 17:00 local time. Video calls on request.",
            "fr": (
                "Du lundi au vendredi, de 9 h à 17 h (heure locale). Visioconférence sur demande."
            ),
            "es": "De lunes a viernes, de 9:00 a 17:00 (hora local). Videollamadas a petición.",
            "ar": (
                "من الاثنين إلى الجمعة، من الساعة 9:00 إلى الساعة 17:00 بالتوقيت المحلي. ومكالمات "
                "الفيديو متاحة عند الطلب."
            ),
        },
        "languages": "en, es",
        "next_steps": {
            "en": (
                "You meet to talk through your options and agree on next steps together. Your HR "
                "Business Partner can arrange interim measures, such as a change of supervisor or "
                "workplace. If you choose a formal complaint, they send it to the independent "
                "investigations office within one working day."
            ),
            "fr": (
                "Vous faites ensemble le point sur vos options et décidez de la suite. Votre "
                "partenaire RH peut mettre en place des mesures provisoires, comme un changement "
                "de superviseur ou de lieu de travail. Si vous choisissez la plainte formelle, il "
                "la transmet au Bureau indépendant des enquêtes sous un jour ouvrable."
            ),
            "es": (
                "Se reúnen para repasar sus opciones y acordar juntos los siguientes pasos. Su "
                "asesor o asesora puede adoptar medidas provisionales, como un cambio de "
                "supervisor o de lugar de trabajo. Si elige la denuncia formal, la remite a la "
                "Oficina independiente de investigaciones en un día hábil."
            ),
            "ar": (
                "تلتقيان لمناقشة خياراتك والاتفاق معًا على الخطوات التالية. ويمكن لشريك أعمال "
                "الموارد البشرية ترتيب تدابير مؤقتة، مثل تغيير المشرف أو مكان العمل. وإذا اخترت "
                "تقديم شكوى رسمية، يحيلها إلى مكتب التحقيقات المستقل خلال يوم عمل واحد."
            ),
        },
        "timeline": {
            "en": "A first meeting within 3 working days.",
            "fr": "Premier entretien sous 3 jours ouvrables.",
            "es": "Primera reunión en un plazo de 3 días hábiles.",
            "ar": "يُعقد أول لقاء خلال 3 أيام عمل.",
        },
        "contacts": [
            {
                "method": "email",
                "value": "hr.co-b@example.org",
                "label": {
                    "en": "E-mail",
                    "fr": "Courriel",
                    "es": "Correo electrónico",
                    "ar": "البريد الإلكتروني",
                },
            },
            {
                "method": "phone",
                "value": "+000 000 0000",
                "label": {
                    "en": "Phone (office hours)",
                    "fr": "Téléphone (heures de bureau)",
                    "es": "Teléfono (horario de oficina)",
                    "ar": "الهاتف (خلال ساعات العمل)",
                },
            },
        ],
    },
]

# -------------------------------------------------------------------------------------------------
# Plain-language glossary.
GLOSSARY = [
    {
        "key": "sexual-exploitation",
        "term": {
            "en": "Sexual exploitation",
            "fr": "Exploitation sexuelle",
            "es": "Explotación sexual",
            "ar": "الاستغلال الجنسي",
        },
        "definition": {
            "en": (
                "Taking advantage of someone's vulnerability, need or trust, or of your own power, "
                "for sexual purposes. This includes offering money, work, goods or help in "
                "exchange for sex."
            ),
            "fr": (
                "Profiter de la vulnérabilité, du besoin ou de la confiance d'une personne, ou de "
                "son propre pouvoir, à des fins sexuelles. Cela comprend le fait d'offrir de "
                "l'argent, un travail, des biens ou une aide en échange de relations sexuelles."
            ),
            "es": (
                "Aprovecharse de la vulnerabilidad, la necesidad o la confianza de una persona, o "
                "del propio poder, con fines sexuales. Incluye ofrecer dinero, trabajo, bienes o "
                "ayuda a cambio de sexo."
            ),
            "ar": (
                "استغلال ضعف شخص ما أو حاجته أو ثقته، أو استغلال سلطتك عليه، لأغراض جنسية. ويشمل "
                "ذلك عرض المال أو العمل أو السلع أو المساعدة مقابل الجنس."
            ),
        },
    },
    {
        "key": "sexual-abuse",
        "term": {
            "en": "Sexual abuse",
            "fr": "Abus sexuel",
            "es": "Abuso sexual",
            "ar": "الانتهاك الجنسي",
        },
        "definition": {
            "en": (
                "Sexual contact, or the threat of it, that is forced on someone or happens under "
                "unequal or coercive conditions. Any sexual activity with a person under 18 is "
                "sexual abuse."
            ),
            "fr": (
                "Contact sexuel, ou menace de contact sexuel, imposé par la force ou dans des "
                "conditions inégales ou coercitives. Toute activité sexuelle avec une personne de "
                "moins de 18 ans est un abus sexuel."
            ),
            "es": (
                "Contacto sexual, o amenaza de contacto sexual, impuesto por la fuerza o en "
                "condiciones de desigualdad o coacción. Toda actividad sexual con una persona "
                "menor de 18 años es abuso sexual."
            ),
            "ar": (
                "أي اتصال جسدي ذي طابع جنسي، أو التهديد به، يُفرض بالقوة أو في ظروف غير متكافئة أو "
                "قسرية. وكل نشاط جنسي مع شخص دون سن 18 عامًا يُعدّ انتهاكًا جنسيًا."
            ),
        },
    },
    {
        "key": "sea",
        "term": {
            "en": "Sexual exploitation and abuse (SEA)",
            "fr": "Exploitation et abus sexuels (EAS)",
            "es": "Explotación y abuso sexuales (EAS)",
            "ar": "الاستغلال والانتهاك الجنسيان",
        },
        "definition": {
            "en": (
                "Sexual exploitation or abuse of the people the Agency serves or meets in its "
                "work, by Agency personnel or partners. The rules are set out in ST/SGB/2003/13."
            ),
            "fr": (
                "Exploitation ou abus sexuels commis par le personnel ou les partenaires de "
                "l'Agence envers les personnes qu'elle sert ou rencontre dans son travail. Les "
                "règles figurent dans la circulaire ST/SGB/2003/13."
            ),
            "es": (
                "Explotación o abuso sexuales que el personal o los socios de la Agencia cometen "
                "contra las personas a las que sirve o con las que trata en su trabajo. Las normas "
                "figuran en el boletín ST/SGB/2003/13."
            ),
            "ar": (
                "استغلال أو انتهاك جنسي يرتكبه أفراد الوكالة أو شركاؤها بحق الأشخاص الذين تخدمهم "
                "أو تلتقيهم في عملها. وترد القواعد في نشرة الأمين العام ST/SGB/2003/13."
            ),
        },
    },
    {
        "key": "sexual-harassment",
        "term": {
            "en": "Sexual harassment (SH)",
            "fr": "Harcèlement sexuel (HS)",
            "es": "Acoso sexual (AS)",
            "ar": "التحرش الجنسي",
        },
        "definition": {
            "en": (
                "Unwelcome conduct of a sexual nature, in a work relationship, that might "
                "reasonably be expected or perceived to cause offence or humiliation. One incident "
                "can be enough."
            ),
            "fr": (
                "Comportement non désiré à connotation sexuelle, dans une relation de travail, "
                "dont on peut raisonnablement penser qu'il pourrait choquer ou humilier. Un seul "
                "incident peut suffire."
            ),
            "es": (
                "Conducta no deseada de carácter sexual, en una relación de trabajo, que "
                "razonablemente pueda esperarse o percibirse que ofenda o humille. Un solo "
                "incidente puede bastar."
            ),
            "ar": (
                "سلوك غير مرغوب فيه ذو طابع جنسي، في إطار علاقة عمل، يُتوقع بشكل معقول أو يُفهم "
                "أنه قد يسبب الإساءة أو الإهانة. وقد تكفي حادثة واحدة."
            ),
        },
    },
    {
        "key": "prohibited-conduct",
        "term": {
            "en": "Prohibited conduct",
            "fr": "Conduite prohibée",
            "es": "Conducta prohibida",
            "ar": "السلوك المحظور",
        },
        "definition": {
            "en": (
                "The umbrella term for discrimination, harassment, sexual harassment and abuse of "
                "authority. All of it is misconduct and is not tolerated."
            ),
            "fr": (
                "Terme qui regroupe la discrimination, le harcèlement, le harcèlement sexuel et "
                "l'abus d'autorité. Ces comportements constituent tous une faute et ne sont pas "
                "tolérés."
            ),
            "es": (
                "Término que agrupa la discriminación, el acoso, el acoso sexual y el abuso de "
                "autoridad. Todas estas conductas son faltas y no se toleran."
            ),
            "ar": (
                "مصطلح جامع يشمل التمييز والتحرش والتحرش الجنسي وإساءة استعمال السلطة. وكلها سوء "
                "سلوك لا يُتسامح معه."
            ),
        },
    },
    {
        "key": "abuse-of-authority",
        "term": {
            "en": "Abuse of authority",
            "fr": "Abus d'autorité",
            "es": "Abuso de autoridad",
            "ar": "إساءة استعمال السلطة",
        },
        "definition": {
            "en": (
                "Using a position of influence, power or authority improperly against another "
                "person. For example, threatening someone's job or career to get what you want."
            ),
            "fr": (
                "Utilisation abusive d'une position d'influence, de pouvoir ou d'autorité contre "
                "une autre personne. Par exemple, menacer l'emploi ou la carrière de quelqu'un "
                "pour obtenir ce que l'on veut."
            ),
            "es": (
                "Uso indebido de una posición de influencia, poder o autoridad contra otra "
                "persona. Por ejemplo, amenazar el empleo o la carrera de alguien para conseguir "
                "lo que uno quiere."
            ),
            "ar": (
                "استعمال موقع النفوذ أو القوة أو السلطة استعمالًا غير سليم ضد شخص آخر. ومن أمثلة "
                "ذلك تهديد شخص في وظيفته أو مساره المهني للحصول على ما تريد."
            ),
        },
    },
    {
        "key": "retaliation",
        "term": {
            "en": "Retaliation",
            "fr": "Représailles",
            "es": "Represalias",
            "ar": "الانتقام",
        },
        "definition": {
            "en": (
                "Any harmful action taken against someone because they reported a concern or "
                "helped with an investigation. Retaliation is prohibited and is itself misconduct."
            ),
            "fr": (
                "Toute mesure préjudiciable prise contre une personne parce qu'elle a signalé un "
                "problème ou coopéré à une enquête. Les représailles sont interdites et "
                "constituent en elles-mêmes une faute."
            ),
            "es": (
                "Cualquier acción perjudicial contra una persona por haber comunicado una "
                "inquietud o colaborado en una investigación. Las represalias están prohibidas y "
                "son en sí mismas una falta."
            ),
            "ar": (
                "أي إجراء ضار يُتخذ ضد شخص لأنه أبلغ عن مصدر قلق أو ساعد في تحقيق. والانتقام "
                "محظور، وهو في حد ذاته سوء سلوك."
            ),
        },
    },
    {
        "key": "focal-point",
        "term": {
            "en": "Focal point",
            "fr": "Point focal",
            "es": "Punto focal",
            "ar": "جهة التنسيق",
        },
        "definition": {
            "en": (
                "A trained colleague in each office who receives concerns, explains the options "
                "and refers people to help. Focal points do not investigate."
            ),
            "fr": (
                "Collègue formé, présent dans chaque bureau, qui reçoit les préoccupations, "
                "explique les options et oriente vers une aide. Les points focaux ne mènent pas "
                "d'enquête."
            ),
            "es": (
                "Colega con formación específica, presente en cada oficina, que recibe "
                "inquietudes, explica las opciones y deriva a las personas hacia la ayuda que "
                "necesitan. Los puntos focales no investigan."
            ),
            "ar": (
                "زميل مدرَّب في كل مكتب يتلقى المخاوف ويشرح الخيارات ويوجّه الأشخاص إلى من "
                "يساعدهم. ولا تتولى جهات التنسيق التحقيق."
            ),
        },
    },
    {
        "key": "informal-resolution",
        "term": {
            "en": "Informal resolution",
            "fr": "Règlement informel",
            "es": "Resolución informal",
            "ar": "التسوية غير الرسمية",
        },
        "definition": {
            "en": (
                "A way to solve a workplace problem without an investigation, such as a "
                "facilitated conversation. It is voluntary, you can stop at any time, and it is "
                "never used for sexual exploitation or abuse."
            ),
            "fr": (
                "Moyen de régler un problème au travail sans enquête, par exemple par une "
                "discussion facilitée. C'est volontaire, vous pouvez y mettre fin à tout moment, "
                "et ce n'est jamais utilisé pour l'exploitation ou les abus sexuels."
            ),
            "es": (
                "Forma de resolver un problema en el trabajo sin investigación, por ejemplo "
                "mediante una conversación facilitada. Es voluntaria, puede dejarla en cualquier "
                "momento y nunca se usa para la explotación o el abuso sexuales."
            ),
            "ar": (
                "طريقة لحل مشكلة في العمل دون تحقيق، مثل حوار بمساعدة وسيط. وهي طوعية، ويمكنك "
                "التوقف عنها في أي وقت، ولا تُستخدم أبدًا في حالات الاستغلال أو الانتهاك الجنسي."
            ),
        },
    },
    {
        "key": "formal-complaint",
        "term": {
            "en": "Formal complaint",
            "fr": "Plainte formelle",
            "es": "Denuncia formal",
            "ar": "الشكوى الرسمية",
        },
        "definition": {
            "en": (
                "A report asking the independent investigations office to look into possible "
                "misconduct. It can lead to an investigation and, if misconduct is found, to "
                "disciplinary measures."
            ),
            "fr": (
                "Signalement par lequel vous demandez au Bureau indépendant des enquêtes "
                "d'examiner une faute possible. Il peut donner lieu à une enquête et, si une faute "
                "est établie, à des mesures disciplinaires."
            ),
            "es": (
                "Denuncia por la que se pide a la Oficina independiente de investigaciones que "
                "examine una posible falta de conducta. Puede dar lugar a una investigación y, si "
                "se demuestra la falta, a medidas disciplinarias."
            ),
            "ar": (
                "بلاغ تطلب فيه من مكتب التحقيقات المستقل النظر في سوء سلوك محتمل. وقد يؤدي إلى "
                "تحقيق، وإلى تدابير تأديبية إذا ثبت سوء السلوك."
            ),
        },
    },
    {
        "key": "victim-centred-approach",
        "term": {
            "en": "Victim-centred approach",
            "fr": "Approche centrée sur la victime",
            "es": "Enfoque centrado en la víctima",
            "ar": "النهج المتمحور حول الضحية",
        },
        "definition": {
            "en": (
                "Putting the rights, safety, wishes and well-being of the person affected first at "
                "every step. They are kept informed and make their own choices, with full "
                "information."
            ),
            "fr": (
                "Placer les droits, la sécurité, les souhaits et le bien-être de la personne "
                "touchée au premier plan à chaque étape. Elle est tenue informée et fait ses "
                "propres choix, en connaissance de cause."
            ),
            "es": (
                "Anteponer en cada paso los derechos, la seguridad, los deseos y el bienestar de "
                "la persona afectada. Se la mantiene informada y toma sus propias decisiones con "
                "toda la información."
            ),
            "ar": (
                "وضع حقوق الشخص المتضرر وسلامته ورغباته ورفاهه في المقام الأول في كل خطوة. ويُطلَع "
                "على المستجدات، ويتخذ قراراته بنفسه عن علم كامل."
            ),
        },
    },
    {
        "key": "third-party-report",
        "term": {
            "en": "Third-party report",
            "fr": "Signalement par un tiers",
            "es": "Denuncia de terceros",
            "ar": "البلاغ المقدَّم من طرف ثالث",
        },
        "definition": {
            "en": (
                "A report made by someone who saw or heard about misconduct but was not directly "
                "affected. For sexual harassment you can make one; for sexual exploitation or "
                "abuse you must."
            ),
            "fr": (
                "Signalement fait par une personne qui a vu une faute ou en a entendu parler sans "
                "être elle-même directement touchée. En cas de harcèlement sexuel, vous pouvez en "
                "faire un ; en cas d'exploitation ou d'abus sexuels, vous devez le faire."
            ),
            "es": (
                "Denuncia presentada por alguien que vio una falta de conducta o tuvo noticia de "
                "ella sin ser la persona directamente afectada. En el acoso sexual puede hacerlo; "
                "en la explotación o el abuso sexuales, debe hacerlo."
            ),
            "ar": (
                "بلاغ يقدّمه شخص رأى سوء سلوك أو سمع عنه دون أن يكون متضررًا منه مباشرة. ففي حالات "
                "التحرش الجنسي يمكنك تقديمه، أما في حالات الاستغلال أو الانتهاك الجنسي فعليك "
                "تقديمه."
            ),
        },
    },
]

# The glossary page: every term above from A to Z, one page per language.
GLOSSARY_PAGE = {
    "slug": "glossary",
    "title": {
        "en": "Glossary",
        "fr": "Glossaire",
        "es": "Glosario",
        "ar": "مسرد المصطلحات",
    },
    "intro": {
        "en": "The words this site uses about sexual exploitation, abuse and harassment, "
        "explained in plain language.",
        "fr": "Les mots que ce site emploie au sujet de l'exploitation, des abus et du "
        "harcèlement sexuels, expliqués simplement.",
        "es": "Las palabras que este sitio usa sobre la explotación, el abuso y el acoso "
        "sexuales, explicadas con sencillez.",
        "ar": "المصطلحات التي يستخدمها هذا الموقع عن الاستغلال والانتهاك والتحرش الجنسي، "
        "مشروحة بلغة واضحة.",
    },
}

# -------------------------------------------------------------------------------------------------
# Plain-language summaries of the two core policies. These summarise; the documents named in
# document_title are the authoritative texts.
POLICIES = [
    # -------------------- harassment-policy
    {
        "slug": "harassment-policy",
        "document_title": {
            "en": (
                "Policy on prevention of harassment, sexual harassment, discrimination and abuse "
                "of authority"
            ),
            "fr": (
                "Politique de prévention du harcèlement, du harcèlement sexuel, de la "
                "discrimination et de l'abus d'autorité"
            ),
            "es": (
                "Política de prevención del acoso, el acoso sexual, la discriminación y el abuso "
                "de autoridad"
            ),
            "ar": "سياسة منع التحرش والتحرش الجنسي والتمييز وإساءة استعمال السلطة",
        },
        "owner": "Human Resources, Policy Unit",
        "applies_to": ["staff", "consultants", "interns", "volunteers", "contractors"],
        "glossary_keys": [
            "sexual-harassment",
            "prohibited-conduct",
            "abuse-of-authority",
            "retaliation",
            "informal-resolution",
            "formal-complaint",
            "third-party-report",
            "victim-centred-approach",
        ],
        "title": {
            "en": "Harassment and sexual harassment: our policy in plain language",
            "fr": "Harcèlement et harcèlement sexuel : notre politique en clair",
            "es": "Acoso y acoso sexual: nuestra política en palabras sencillas",
            "ar": "التحرش والتحرش الجنسي: سياستنا بلغة واضحة",
        },
        "summary": {
            "en": (
                "What the Agency's policy on harassment, sexual harassment, discrimination and "
                "abuse of authority means for you."
            ),
            "fr": (
                "Ce que la politique de l'Agence sur le harcèlement, le harcèlement sexuel, la "
                "discrimination et l'abus d'autorité signifie pour vous."
            ),
            "es": (
                "Qué significa para usted la política de la Agencia sobre el acoso, el acoso "
                "sexual, la discriminación y el abuso de autoridad."
            ),
            "ar": (
                "ما تعنيه لك سياسة الوكالة بشأن التحرش والتحرش الجنسي والتمييز وإساءة استعمال "
                "السلطة."
            ),
        },
        "in_short": {
            "en": [
                "Harassment, sexual harassment, discrimination and abuse of authority are "
                "prohibited.",
                "One incident can be enough, at the office, online, on mission or at work events.",
                "You can raise a concern formally or informally, and get support either way.",
                "Retaliation against anyone who speaks up is itself misconduct.",
                "Managers must act as soon as they learn of a concern.",
            ],
            "fr": [
                "Le harcèlement, le harcèlement sexuel, la discrimination et l'abus d'autorité "
                "sont interdits.",
                "Un seul incident peut suffire, au bureau, en ligne, en mission ou lors "
                "d'événements professionnels.",
                "Vous pouvez faire part d'une préoccupation de manière formelle ou informelle, et "
                "recevoir un soutien dans les deux cas.",
                "Les représailles contre une personne qui a parlé sont en elles-mêmes une faute.",
                "Les responsables doivent agir dès qu'ils ont connaissance d'un problème.",
            ],
            "es": [
                "El acoso, el acoso sexual, la discriminación y el abuso de autoridad están "
                "prohibidos.",
                "Un solo incidente puede bastar, en la oficina, en línea, en misión o en eventos "
                "de trabajo.",
                "Puede plantear una inquietud por vía formal o informal, y recibir apoyo en ambos "
                "casos.",
                "Las represalias contra quien alza la voz son en sí mismas una falta.",
                "Quienes dirigen equipos deben actuar en cuanto tienen noticia de una inquietud.",
            ],
            "ar": [
                "التحرش والتحرش الجنسي والتمييز وإساءة استعمال السلطة أمور محظورة.",
                "قد تكفي حادثة واحدة، سواء وقعت في المكتب أو عبر الإنترنت أو أثناء بعثة أو في "
                "فعالية عمل.",
                "يمكنك إثارة ما يقلقك بطريقة رسمية أو غير رسمية، وتحصل على الدعم في الحالتين.",
                "الانتقام من أي شخص تكلم هو في حد ذاته سوء سلوك.",
                "على المديرين التصرف فور علمهم بأي مصدر قلق.",
            ],
        },
        "rights": {
            "en": [
                (
                    "paragraph",
                    "This policy protects everyone who works with the Agency, whatever their "
                    "contract. It follows ST/SGB/2019/8 and the UN System Model Policy on Sexual "
                    "Harassment.",
                ),
                ("heading", "You have the right to"),
                (
                    "list",
                    [
                        "Work in a place free from harassment, sexual harassment, discrimination "
                        "and abuse of authority.",
                        "Raise a concern formally or informally, and choose the route that suits "
                        "you.",
                        "Get support, whether or not you report.",
                        "Be protected from retaliation when you speak up or help with an "
                        "investigation.",
                        "Be kept informed of progress if you make a formal complaint.",
                    ],
                ),
                ("heading", "What counts as sexual harassment"),
                (
                    "paragraph",
                    "Sexual harassment is unwelcome conduct of a sexual nature that might "
                    "reasonably be expected or perceived to cause offence or humiliation. It can "
                    "be words, jokes, messages, images, gestures or touching.",
                ),
                (
                    "paragraph",
                    "One incident can be enough. It can happen outside the office, after hours, "
                    "online, on mission or at work events, and between people of any gender.",
                ),
                ("heading", "Fairness for everyone"),
                (
                    "paragraph",
                    "Every concern is handled fairly and confidentially. A person an allegation "
                    "is made about is told what it is and can respond before any decision is "
                    "taken.",
                ),
            ],
            "fr": [
                (
                    "paragraph",
                    "Cette politique protège toutes les personnes qui travaillent avec l'Agence, "
                    "quel que soit leur contrat. Elle s'appuie sur la circulaire ST/SGB/2019/8 et "
                    "sur la politique type du système des Nations Unies sur le harcèlement sexuel.",
                ),
                ("heading", "Vous avez le droit de"),
                (
                    "list",
                    [
                        "Travailler dans un environnement sans harcèlement, harcèlement sexuel, "
                        "discrimination ni abus d'autorité.",
                        "Faire part d'une préoccupation de manière formelle ou informelle, en "
                        "choisissant la voie qui vous convient.",
                        "Recevoir un soutien, que vous fassiez un signalement ou non.",
                        "Être protégé contre les représailles lorsque vous parlez ou coopérez à "
                        "une enquête.",
                        "Être tenu informé de l'avancement si vous déposez une plainte formelle.",
                    ],
                ),
                ("heading", "Ce qu'est le harcèlement sexuel"),
                (
                    "paragraph",
                    "Le harcèlement sexuel est un comportement non désiré à connotation sexuelle, "
                    "dont on peut raisonnablement penser qu'il pourrait choquer ou humilier. Il "
                    "peut s'agir de paroles, de plaisanteries, de messages, d'images, de gestes "
                    "ou de contacts physiques.",
                ),
                (
                    "paragraph",
                    "Un seul incident peut suffire. Il peut se produire hors du bureau, après les "
                    "heures de travail, en ligne, en mission ou lors d'événements professionnels, "
                    "et entre personnes de tout genre.",
                ),
                ("heading", "L'équité pour tous"),
                (
                    "paragraph",
                    "Chaque préoccupation est traitée de manière équitable et confidentielle. La "
                    "personne visée par une allégation en est informée et peut y répondre avant "
                    "toute décision.",
                ),
            ],
            "es": [
                (
                    "paragraph",
                    "Esta política protege a todas las personas que trabajan con la Agencia, sea "
                    "cual sea su contrato. Se basa en el boletín ST/SGB/2019/8 y en la política "
                    "modelo del sistema de las Naciones Unidas sobre el acoso sexual.",
                ),
                ("heading", "Usted tiene derecho a"),
                (
                    "list",
                    [
                        "Trabajar en un entorno libre de acoso, acoso sexual, discriminación y "
                        "abuso de autoridad.",
                        "Plantear una inquietud por vía formal o informal, y elegir la vía que "
                        "mejor le convenga.",
                        "Recibir apoyo tanto si denuncia como si no.",
                        "Contar con protección frente a represalias cuando alza la voz o colabora "
                        "en una investigación.",
                        "Recibir información sobre el avance del caso si presenta una denuncia "
                        "formal.",
                    ],
                ),
                ("heading", "Qué se considera acoso sexual"),
                (
                    "paragraph",
                    "El acoso sexual es cualquier conducta no deseada de carácter sexual que "
                    "razonablemente pueda esperarse o percibirse que ofenda o humille. Puede "
                    "tratarse de palabras, bromas, mensajes, imágenes, gestos o contacto físico.",
                ),
                (
                    "paragraph",
                    "Un solo incidente puede bastar. Puede ocurrir fuera de la oficina, fuera del "
                    "horario laboral, en línea, en misión o en eventos de trabajo, y entre "
                    "personas de cualquier género.",
                ),
                ("heading", "Un trato justo para todos"),
                (
                    "paragraph",
                    "Cada inquietud se trata de forma justa y confidencial. La persona a la que "
                    "se refiere una acusación es informada de ella y puede responder antes de que "
                    "se tome ninguna decisión.",
                ),
            ],
            "ar": [
                (
                    "paragraph",
                    "تحمي هذه السياسة كل من يعمل مع الوكالة، أيًّا كان نوع عقده. وهي تستند إلى "
                    "نشرة الأمين العام ST/SGB/2019/8 وإلى السياسة النموذجية لمنظومة الأمم المتحدة "
                    "بشأن التحرش الجنسي.",
                ),
                ("heading", "من حقك"),
                (
                    "list",
                    [
                        "أن تعمل في بيئة خالية من التحرش والتحرش الجنسي والتمييز وإساءة استعمال "
                        "السلطة.",
                        "أن تثير ما يقلقك بطريقة رسمية أو غير رسمية، وأن تختار المسار الذي يناسبك.",
                        "أن تحصل على الدعم سواء قدّمت بلاغًا أم لا.",
                        "أن تحظى بالحماية من الانتقام عندما تتكلم أو تساعد في تحقيق.",
                        "أن تُطلَع على سير الأمور إذا قدّمت شكوى رسمية.",
                    ],
                ),
                ("heading", "ما الذي يُعدّ تحرشًا جنسيًا"),
                (
                    "paragraph",
                    "التحرش الجنسي هو أي سلوك غير مرغوب فيه ذي طابع جنسي، يُتوقع بشكل معقول أو "
                    "يُفهم أنه قد يسبب الإساءة أو الإهانة. وقد يكون كلامًا أو نكاتًا أو رسائل أو "
                    "صورًا أو إيماءات أو لمسًا.",
                ),
                (
                    "paragraph",
                    "قد تكفي حادثة واحدة. ويمكن أن يقع التحرش الجنسي خارج المكتب، أو بعد ساعات "
                    "العمل، أو عبر الإنترنت، أو أثناء البعثات، أو في فعاليات العمل، وبين أشخاص من "
                    "أي نوع اجتماعي.",
                ),
                ("heading", "الإنصاف للجميع"),
                (
                    "paragraph",
                    "يُتعامل مع كل مصدر قلق بإنصاف وسرية. ويُبلَّغ الشخص الذي يتعلق به الادعاء "
                    "بمضمونه، ويُتاح له الرد عليه قبل اتخاذ أي قرار.",
                ),
            ],
        },
        "obligations": {
            "en": [
                (
                    "paragraph",
                    "Everyone covered by this policy shares the responsibility for a respectful "
                    "workplace.",
                ),
                ("heading", "Everyone must"),
                (
                    "list",
                    [
                        "Treat colleagues and everyone you meet through work with respect.",
                        "Never harass, sexually harass, discriminate against or abuse authority "
                        "over anyone.",
                        "Never retaliate against someone who raised a concern or helped with an "
                        "investigation.",
                        "Cooperate with an investigation if you are asked to.",
                        "Complete the mandatory course on prevention of harassment, sexual "
                        "harassment and abuse of authority.",
                    ],
                ),
                ("heading", "Managers must also"),
                (
                    "list",
                    [
                        "Set the example and act early when something seems wrong.",
                        "Listen to concerns, keep them confidential and explain the options.",
                        "Refer concerns to the right channel, and never investigate themselves.",
                        "Protect people who speak up, and witnesses, from retaliation.",
                        "Take part in their office's local action plan to prevent and respond to "
                        "prohibited conduct.",
                    ],
                ),
                ("heading", "If the policy is not respected"),
                (
                    "paragraph",
                    "Prohibited conduct is misconduct. It can lead to disciplinary measures, "
                    "including dismissal, or to the end of a contract.",
                ),
            ],
            "fr": [
                (
                    "paragraph",
                    "Toutes les personnes couvertes par cette politique partagent la "
                    "responsabilité d'un lieu de travail respectueux.",
                ),
                ("heading", "Chacun doit"),
                (
                    "list",
                    [
                        "Traiter avec respect ses collègues et toutes les personnes rencontrées "
                        "dans le cadre du travail.",
                        "Ne jamais harceler, harceler sexuellement ou discriminer quiconque, ni "
                        "abuser de son autorité.",
                        "Ne jamais exercer de représailles contre une personne qui a signalé un "
                        "problème ou coopéré à une enquête.",
                        "Coopérer à une enquête si on le lui demande.",
                        "Suivre la formation obligatoire sur la prévention du harcèlement, du "
                        "harcèlement sexuel et de l'abus d'autorité.",
                    ],
                ),
                ("heading", "Les responsables doivent en outre"),
                (
                    "list",
                    [
                        "Montrer l'exemple et agir tôt lorsque quelque chose ne va pas.",
                        "Écouter les préoccupations, les garder confidentielles et expliquer les "
                        "options.",
                        "Orienter vers le bon canal, sans jamais mener l'enquête eux-mêmes.",
                        "Protéger contre les représailles les personnes qui parlent, ainsi que "
                        "les témoins.",
                        "Contribuer au plan d'action local de leur bureau pour prévenir les "
                        "conduites prohibées et y répondre.",
                    ],
                ),
                ("heading", "Si la politique n'est pas respectée"),
                (
                    "paragraph",
                    "Une conduite prohibée est une faute. Elle peut entraîner des mesures "
                    "disciplinaires, jusqu'au renvoi, ou la fin d'un contrat.",
                ),
            ],
            "es": [
                (
                    "paragraph",
                    "Todas las personas a las que se aplica esta política comparten la "
                    "responsabilidad de mantener un lugar de trabajo respetuoso.",
                ),
                ("heading", "Todas las personas deben"),
                (
                    "list",
                    [
                        "Tratar con respeto a sus colegas y a todas las personas con las que "
                        "tratan por su trabajo.",
                        "No acosar, acosar sexualmente ni discriminar nunca a nadie, ni abusar de "
                        "su autoridad.",
                        "No tomar nunca represalias contra quien haya comunicado una inquietud o "
                        "colaborado en una investigación.",
                        "Colaborar en una investigación si se les pide.",
                        "Completar el curso obligatorio sobre prevención del acoso, el acoso "
                        "sexual y el abuso de autoridad.",
                    ],
                ),
                ("heading", "Quienes dirigen equipos deben, además"),
                (
                    "list",
                    [
                        "Dar ejemplo y actuar pronto cuando algo no va bien.",
                        "Escuchar las inquietudes, mantenerlas en confidencialidad y explicar las "
                        "opciones.",
                        "Remitir cada inquietud al canal adecuado, sin investigar por su cuenta.",
                        "Proteger frente a represalias a quienes alzan la voz y a los testigos.",
                        "Participar en el plan de acción local de su oficina para prevenir las "
                        "conductas prohibidas y responder a ellas.",
                    ],
                ),
                ("heading", "Si no se respeta la política"),
                (
                    "paragraph",
                    "Una conducta prohibida es una falta. Puede dar lugar a medidas "
                    "disciplinarias, incluido el despido, o a la rescisión de un contrato.",
                ),
            ],
            "ar": [
                (
                    "paragraph",
                    "يتشارك كل من تشملهم هذه السياسة مسؤولية الحفاظ على مكان عمل يسوده الاحترام.",
                ),
                ("heading", "على الجميع"),
                (
                    "list",
                    [
                        "أن يعاملوا باحترام زملاءهم وكل من يلتقونه بحكم العمل.",
                        "ألا يتحرشوا بأحد، أو يتحرشوا به جنسيًا، أو يميّزوا ضده، أو يسيئوا "
                        "استعمال سلطتهم عليه.",
                        "ألا ينتقموا أبدًا من شخص أبلغ عن مصدر قلق أو ساعد في تحقيق.",
                        "أن يتعاونوا مع أي تحقيق إذا طُلب منهم ذلك.",
                        "أن يكملوا الدورة الإلزامية بشأن منع التحرش والتحرش الجنسي وإساءة استعمال "
                        "السلطة.",
                    ],
                ),
                ("heading", "وعلى المديرين أيضًا"),
                (
                    "list",
                    [
                        "أن يكونوا قدوة، وأن يتصرفوا مبكرًا عندما يبدو أن هناك خطبًا ما.",
                        "أن يستمعوا إلى المخاوف، ويحافظوا على سريتها، ويشرحوا الخيارات المتاحة.",
                        "أن يحيلوا المخاوف إلى القناة المناسبة، دون أن يحققوا فيها بأنفسهم أبدًا.",
                        "أن يحموا من الانتقام كل من يتكلم، وكذلك الشهود.",
                        "أن يشاركوا في خطة العمل المحلية لمكتبهم لمنع السلوك المحظور والتصدي له.",
                    ],
                ),
                ("heading", "إذا لم تُحترم السياسة"),
                (
                    "paragraph",
                    "السلوك المحظور سوء سلوك. وقد يؤدي إلى تدابير تأديبية تصل إلى الفصل من "
                    "الخدمة، أو إلى إنهاء العقد.",
                ),
            ],
        },
        "what_to_do": {
            "en": [
                (
                    "paragraph",
                    "You choose what to do, and when. You do not need proof to ask for help.",
                ),
                ("heading", "If you are not safe"),
                ("paragraph", "Call the security focal point on +000 000 0000, day or night."),
                ("heading", "Your options"),
                (
                    "list",
                    [
                        "Talk in confidence to the Staff Counsellor, without making a report.",
                        "Look for an informal solution with the Ombudsman or your HR Business "
                        "Partner.",
                        "Make a formal complaint to the independent investigations office, by "
                        "name or anonymously.",
                        "Ask the Ethics Office for advice, or for protection if you face "
                        "retaliation.",
                    ],
                ),
                ("heading", "What happens next"),
                (
                    "paragraph",
                    "If you make a formal complaint, you receive an acknowledgement within 5 "
                    "working days and a named contact. Your complaint is assessed in about 30 "
                    "days, and you are told whether there will be an investigation.",
                ),
                (
                    "paragraph",
                    "Support is available whether or not you report. You can also change route at "
                    "any time, for example from informal to formal.",
                ),
            ],
            "fr": [
                (
                    "paragraph",
                    "C'est vous qui choisissez quoi faire, et quand. Vous n'avez pas besoin de "
                    "preuves pour demander de l'aide.",
                ),
                ("heading", "Si vous n'êtes pas en sécurité"),
                ("paragraph", "Appelez le point focal sécurité au +000 000 0000, jour et nuit."),
                ("heading", "Vos options"),
                (
                    "list",
                    [
                        "Parler en toute confidentialité au conseiller du personnel, sans faire "
                        "de signalement.",
                        "Chercher une solution informelle avec l'Ombudsman ou votre partenaire RH.",
                        "Déposer une plainte formelle auprès du Bureau indépendant des enquêtes, "
                        "en votre nom ou de façon anonyme.",
                        "Demander conseil au Bureau de la déontologie, ou sa protection si vous "
                        "subissez des représailles.",
                    ],
                ),
                ("heading", "Et ensuite ?"),
                (
                    "paragraph",
                    "Si vous déposez une plainte formelle, vous recevez un accusé de réception "
                    "sous 5 jours ouvrables et le nom d'une personne de contact. Votre plainte "
                    "est examinée en 30 jours environ, et on vous indique si une enquête sera "
                    "ouverte.",
                ),
                (
                    "paragraph",
                    "Un soutien vous est proposé, que vous fassiez un signalement ou non. Vous "
                    "pouvez aussi changer de voie à tout moment, par exemple passer de l'informel "
                    "au formel.",
                ),
            ],
            "es": [
                (
                    "paragraph",
                    "Usted decide qué hacer y cuándo. No necesita pruebas para pedir ayuda.",
                ),
                ("heading", "Si no está a salvo"),
                (
                    "paragraph",
                    "Llame al punto focal de seguridad al +000 000 0000, de día o de noche.",
                ),
                ("heading", "Sus opciones"),
                (
                    "list",
                    [
                        "Hablar de forma confidencial con el Consejero del Personal, sin "
                        "presentar una denuncia.",
                        "Buscar una solución informal con el Ombudsman o con su asesor o asesora "
                        "de Recursos Humanos.",
                        "Presentar una denuncia formal ante la Oficina independiente de "
                        "investigaciones, con su nombre o de forma anónima.",
                        "Pedir asesoramiento a la Oficina de Ética, o su protección si sufre "
                        "represalias.",
                    ],
                ),
                ("heading", "Qué ocurre después"),
                (
                    "paragraph",
                    "Si presenta una denuncia formal, recibirá un acuse de recibo en un plazo de "
                    "5 días hábiles y el nombre de una persona de contacto. Su denuncia se evalúa "
                    "en unos 30 días y se le informa de si se abrirá una investigación.",
                ),
                (
                    "paragraph",
                    "Puede recibir apoyo tanto si denuncia como si no. También puede cambiar de "
                    "vía en cualquier momento, por ejemplo pasar de la informal a la formal.",
                ),
            ],
            "ar": [
                (
                    "paragraph",
                    "أنت من يختار ما تفعله ومتى تفعله. ولا تحتاج إلى دليل كي تطلب المساعدة.",
                ),
                ("heading", "إذا لم تكن في أمان"),
                ("paragraph", "اتصل بجهة التنسيق الأمني على الرقم +000 000 0000 ليلًا أو نهارًا."),
                ("heading", "خياراتك"),
                (
                    "list",
                    [
                        "أن تتحدث بسرية إلى مستشار الموظفين، دون تقديم بلاغ.",
                        "أن تبحث عن حل غير رسمي مع أمين المظالم أو شريك أعمال الموارد البشرية.",
                        "أن تقدّم شكوى رسمية إلى مكتب التحقيقات المستقل، باسمك أو دون ذكر اسمك.",
                        "أن تطلب المشورة من مكتب الأخلاقيات، أو الحماية إذا تعرضت للانتقام.",
                    ],
                ),
                ("heading", "ماذا يحدث بعد ذلك"),
                (
                    "paragraph",
                    "إذا قدّمت شكوى رسمية، تتلقى إشعارًا بالاستلام خلال 5 أيام عمل مع اسم شخص "
                    "للتواصل. وتُقيَّم شكواك في نحو 30 يومًا، ونخبرك بما إذا كان سيُفتح تحقيق.",
                ),
                (
                    "paragraph",
                    "الدعم متاح لك سواء قدّمت بلاغًا أم لا. ويمكنك أيضًا تغيير المسار في أي وقت، "
                    "كالانتقال من المسار غير الرسمي إلى المسار الرسمي.",
                ),
            ],
        },
    },
    # -------------------- sea-bulletin
    {
        "slug": "sea-bulletin",
        "document_title": {
            "en": (
                "ST/SGB/2003/13: Special measures for protection from sexual exploitation and "
                "sexual abuse"
            ),
            "fr": (
                "ST/SGB/2003/13 : Dispositions spéciales visant à prévenir l'exploitation et les "
                "abus sexuels"
            ),
            "es": (
                "ST/SGB/2003/13: Medidas especiales de protección contra la explotación y el "
                "abuso sexuales"
            ),
            "ar": "ST/SGB/2003/13: تدابير خاصة للحماية من الاستغلال الجنسي والانتهاك الجنسي",
        },
        "owner": "Executive Office, PSEA Coordination",
        "applies_to": ["staff", "consultants", "interns", "volunteers", "contractors"],
        "glossary_keys": [
            "sexual-exploitation",
            "sexual-abuse",
            "sea",
            "focal-point",
            "third-party-report",
            "formal-complaint",
            "retaliation",
            "victim-centred-approach",
        ],
        "title": {
            "en": "Protection from sexual exploitation and abuse: the rules in plain language",
            "fr": "Protection contre l'exploitation et les abus sexuels : les règles en clair",
            "es": (
                "Protección contra la explotación y el abuso sexuales: las normas en palabras "
                "sencillas"
            ),
            "ar": "الحماية من الاستغلال والانتهاك الجنسيين: القواعد بلغة واضحة",
        },
        "summary": {
            "en": (
                "What the Secretary-General's bulletin on sexual exploitation and abuse asks of "
                "you, and what it promises the people we serve."
            ),
            "fr": (
                "Ce que la circulaire du Secrétaire général sur l'exploitation et les abus sexuels "
                "attend de vous, et ce qu'elle garantit aux personnes que nous servons."
            ),
            "es": (
                "Qué le exige el boletín del Secretario General sobre la explotación y el abuso "
                "sexuales, y qué garantiza a las personas a las que servimos."
            ),
            "ar": (
                "ما تطلبه منك نشرة الأمين العام بشأن الاستغلال والانتهاك الجنسيين، وما تكفله "
                "للأشخاص الذين نخدمهم."
            ),
        },
        "in_short": {
            "en": [
                "Sexual exploitation and abuse is serious misconduct and can lead to dismissal.",
                "Sexual activity with anyone under 18 is prohibited, whatever the local age of "
                "consent.",
                "Exchanging money, a job, goods, services or assistance for sex is prohibited.",
                "If you have a concern about sexual exploitation or abuse, you must report it.",
                "People who are harmed get help, whoever the perpetrator works for.",
            ],
            "fr": [
                "L'exploitation et les abus sexuels sont une faute grave qui peut entraîner le "
                "renvoi.",
                "Toute activité sexuelle avec une personne de moins de 18 ans est interdite, quel "
                "que soit l'âge de la majorité sexuelle dans le pays.",
                "Il est interdit d'échanger de l'argent, un emploi, des biens, des services ou "
                "une aide contre des relations sexuelles.",
                "Si vous avez une préoccupation relative à l'exploitation ou aux abus sexuels, "
                "vous devez la signaler.",
                "Les victimes reçoivent une aide, quel que soit l'employeur de l'auteur.",
            ],
            "es": [
                "La explotación y el abuso sexuales son una falta grave y pueden dar lugar al "
                "despido.",
                "Está prohibida toda actividad sexual con menores de 18 años, sea cual sea la "
                "edad de consentimiento en el país.",
                "Está prohibido dar dinero, empleo, bienes, servicios o asistencia a cambio de "
                "sexo.",
                "Si tiene una inquietud sobre explotación o abuso sexuales, debe comunicarla.",
                "Las víctimas reciben ayuda, sea cual sea el empleador del autor.",
            ],
            "ar": [
                "الاستغلال والانتهاك الجنسيان سوء سلوك جسيم قد يؤدي إلى الفصل من الخدمة.",
                "يُحظر أي نشاط جنسي مع أي شخص دون سن 18 عامًا، أيًّا كان سن الرضا المعمول به محليًا.",
                "يُحظر تبادل المال أو العمل أو السلع أو الخدمات أو المساعدة مقابل الجنس.",
                "إذا كان لديك قلق بشأن استغلال أو انتهاك جنسي، فعليك الإبلاغ عنه.",
                "يحصل الضحايا على المساعدة، أيًّا كانت الجهة التي يعمل لديها مرتكب الفعل.",
            ],
        },
        "rights": {
            "en": [
                (
                    "paragraph",
                    "The bulletin protects the people the Agency serves and meets in its work. It "
                    "also protects you when you report a concern.",
                ),
                ("heading", "People who are harmed have the right to"),
                (
                    "list",
                    [
                        "Be treated with respect and taken seriously.",
                        "Get medical, psychosocial, legal and immediate material help, whoever "
                        "the perpetrator works for.",
                        "Decide, with full information, what help they accept and whether to take "
                        "part in an investigation.",
                        "Have their identity and information kept confidential.",
                        "Be kept informed of progress.",
                    ],
                ),
                ("heading", "You have the right to"),
                (
                    "list",
                    [
                        "Report a concern without proof, by name or anonymously.",
                        "Be protected from retaliation for reporting.",
                        "Get confidential support from the Staff Counsellor, whether or not you "
                        "report.",
                    ],
                ),
                (
                    "paragraph",
                    "Help for victims follows the UN Protocol on the Provision of Assistance to "
                    "Victims of Sexual Exploitation and Abuse (2019). The Victims' Rights "
                    "Advocate makes sure people receive it.",
                ),
            ],
            "fr": [
                (
                    "paragraph",
                    "La circulaire protège les personnes que l'Agence sert ou rencontre dans son "
                    "travail. Elle vous protège aussi lorsque vous signalez un problème.",
                ),
                ("heading", "Les victimes ont le droit de"),
                (
                    "list",
                    [
                        "Être traitées avec respect et prises au sérieux.",
                        "Recevoir une aide médicale, psychosociale, juridique et matérielle "
                        "immédiate, quel que soit l'employeur de l'auteur.",
                        "Décider, en connaissance de cause, de l'aide qu'elles acceptent et de "
                        "leur participation ou non à une enquête.",
                        "Voir leur identité et leurs informations protégées.",
                        "Être tenues informées de l'avancement.",
                    ],
                ),
                ("heading", "Vous avez le droit de"),
                (
                    "list",
                    [
                        "Signaler un problème sans preuve, en votre nom ou de façon anonyme.",
                        "Être protégé contre les représailles pour avoir fait un signalement.",
                        "Recevoir un soutien confidentiel du conseiller du personnel, que vous "
                        "fassiez un signalement ou non.",
                    ],
                ),
                (
                    "paragraph",
                    "L'aide aux victimes suit le Protocole des Nations Unies sur l'assistance aux "
                    "victimes d'exploitation et d'abus sexuels (2019). Le défenseur des droits "
                    "des victimes veille à ce qu'elles la reçoivent.",
                ),
            ],
            "es": [
                (
                    "paragraph",
                    "El boletín protege a las personas a las que la Agencia sirve o con las que "
                    "trata en su trabajo. También le protege a usted cuando comunica una "
                    "inquietud.",
                ),
                ("heading", "Las víctimas tienen derecho a"),
                (
                    "list",
                    [
                        "Recibir un trato respetuoso y que se las tome en serio.",
                        "Recibir ayuda médica, psicosocial, jurídica y material inmediata, sea "
                        "cual sea el empleador del autor.",
                        "Decidir, con toda la información, qué ayuda aceptan y si participan en "
                        "una investigación.",
                        "Que se proteja la confidencialidad de su identidad y de su información.",
                        "Estar informadas de cómo avanza el caso.",
                    ],
                ),
                ("heading", "Usted tiene derecho a"),
                (
                    "list",
                    [
                        "Comunicar una inquietud sin pruebas, con su nombre o de forma anónima.",
                        "Contar con protección frente a represalias por haber denunciado.",
                        "Recibir apoyo confidencial del Consejero del Personal, tanto si denuncia "
                        "como si no.",
                    ],
                ),
                (
                    "paragraph",
                    "La ayuda a las víctimas sigue el Protocolo de las Naciones Unidas sobre la "
                    "prestación de asistencia a las víctimas de explotación y abuso sexuales "
                    "(2019). El defensor de los derechos de las víctimas se asegura de que la "
                    "reciban.",
                ),
            ],
            "ar": [
                (
                    "paragraph",
                    "تحمي النشرة الأشخاص الذين تخدمهم الوكالة أو تلتقيهم في عملها. وتحميك أنت "
                    "أيضًا عندما تبلّغ عن مصدر قلق.",
                ),
                ("heading", "من حق الضحايا"),
                (
                    "list",
                    [
                        "أن يُعامَلوا باحترام وأن يؤخذ كلامهم على محمل الجد.",
                        "أن يحصلوا على مساعدة طبية ونفسية اجتماعية وقانونية ومادية فورية، أيًّا "
                        "كانت الجهة التي يعمل لديها مرتكب الفعل.",
                        "أن يقرروا، عن علم كامل، ما يقبلونه من مساعدة وما إذا كانوا سيشاركون في "
                        "التحقيق.",
                        "أن تبقى هويتهم ومعلوماتهم سرية.",
                        "أن يُطلَعوا على سير الأمور.",
                    ],
                ),
                ("heading", "ومن حقك"),
                (
                    "list",
                    [
                        "أن تبلّغ عن مصدر قلق دون دليل، باسمك أو دون ذكر اسمك.",
                        "أن تحظى بالحماية من الانتقام لأنك أبلغت.",
                        "أن تحصل على دعم سري من مستشار الموظفين، سواء قدّمت بلاغًا أم لا.",
                    ],
                ),
                (
                    "paragraph",
                    "تُقدَّم المساعدة إلى الضحايا وفقًا لبروتوكول الأمم المتحدة بشأن تقديم "
                    "المساعدة إلى ضحايا الاستغلال والانتهاك الجنسيين (2019). ويحرص المدافع عن "
                    "حقوق الضحايا على حصولهم عليها.",
                ),
            ],
        },
        "obligations": {
            "en": [
                (
                    "paragraph",
                    "These standards apply to everyone who works for the Agency, everywhere, on "
                    "and off duty.",
                ),
                ("heading", "The core standards"),
                (
                    "list",
                    [
                        "Never commit sexual exploitation or abuse. It is serious misconduct and "
                        "can lead to dismissal.",
                        "Never engage in sexual activity with anyone under 18, whatever the local "
                        "age of consent. A mistaken belief about their age is no defence.",
                        "Never exchange money, a job, goods, services or assistance for sex, or "
                        "for any other humiliating, degrading or exploitative behaviour.",
                        "Sexual relationships with people receiving assistance are strongly "
                        "discouraged. The power imbalance undermines trust in our work.",
                        "Report any concern about sexual exploitation or abuse by a colleague, in "
                        "the Agency or elsewhere, through the Agency's channels.",
                    ],
                ),
                ("heading", "Managers must also"),
                (
                    "list",
                    [
                        "Keep a work environment that prevents sexual exploitation and abuse.",
                        "Make sure their teams know the standards and complete the mandatory "
                        "course.",
                        "Act on every concern and refer it without delay. Failing to do so can "
                        "itself lead to disciplinary action.",
                    ],
                ),
                ("heading", "Partners and contractors"),
                (
                    "paragraph",
                    "Organizations that work with the Agency under an agreement must meet the "
                    "same standards and report concerns. If they do not, the agreement can be "
                    "ended.",
                ),
            ],
            "fr": [
                (
                    "paragraph",
                    "Ces normes s'appliquent à toute personne qui travaille pour l'Agence, "
                    "partout, pendant et en dehors du service.",
                ),
                ("heading", "Les normes essentielles"),
                (
                    "list",
                    [
                        "Ne jamais commettre d'exploitation ou d'abus sexuels. C'est une faute "
                        "grave qui peut entraîner le renvoi.",
                        "Ne jamais avoir d'activité sexuelle avec une personne de moins de 18 "
                        "ans, quel que soit l'âge de la majorité sexuelle dans le pays. Se "
                        "tromper sur son âge n'est pas une excuse.",
                        "Ne jamais échanger de l'argent, un emploi, des biens, des services ou "
                        "une aide contre des relations sexuelles ou tout autre comportement "
                        "humiliant, dégradant ou relevant de l'exploitation.",
                        "Les relations sexuelles avec les personnes qui reçoivent une aide sont "
                        "fortement déconseillées. Le déséquilibre de pouvoir nuit à la confiance "
                        "dans notre travail.",
                        "Signaler, par les canaux de l'Agence, toute préoccupation relative à "
                        "l'exploitation ou aux abus sexuels commis par un collègue, de l'Agence "
                        "ou d'ailleurs.",
                    ],
                ),
                ("heading", "Les responsables doivent en outre"),
                (
                    "list",
                    [
                        "Maintenir un environnement de travail qui prévient l'exploitation et les "
                        "abus sexuels.",
                        "Veiller à ce que leurs équipes connaissent les normes et suivent la "
                        "formation obligatoire.",
                        "Donner suite à chaque préoccupation et la transmettre sans délai. Ne pas "
                        "le faire peut en soi entraîner des mesures disciplinaires.",
                    ],
                ),
                ("heading", "Partenaires et prestataires"),
                (
                    "paragraph",
                    "Les organisations qui travaillent avec l'Agence dans le cadre d'un accord "
                    "doivent respecter les mêmes normes et signaler les préoccupations. Sinon, "
                    "l'accord peut être résilié.",
                ),
            ],
            "es": [
                (
                    "paragraph",
                    "Estas normas se aplican a todas las personas que trabajan para la Agencia, "
                    "en cualquier lugar, dentro y fuera del horario de trabajo.",
                ),
                ("heading", "Las normas básicas"),
                (
                    "list",
                    [
                        "No incurrir nunca en explotación ni abuso sexuales. Es una falta grave y "
                        "puede dar lugar al despido.",
                        "No mantener nunca actividad sexual con menores de 18 años, sea cual sea "
                        "la edad de consentimiento en el país. Creer que la persona era mayor no "
                        "sirve de excusa.",
                        "No dar nunca dinero, empleo, bienes, servicios ni asistencia a cambio de "
                        "sexo o de cualquier otra conducta humillante, degradante o de "
                        "explotación.",
                        "Se desaconsejan firmemente las relaciones sexuales con personas que "
                        "reciben asistencia. El desequilibrio de poder socava la confianza en "
                        "nuestro trabajo.",
                        "Comunicar, por los canales de la Agencia, cualquier inquietud sobre "
                        "explotación o abuso sexuales por parte de un colega, sea de la Agencia o "
                        "de otra organización.",
                    ],
                ),
                ("heading", "Quienes dirigen equipos deben, además"),
                (
                    "list",
                    [
                        "Mantener un entorno de trabajo que prevenga la explotación y el abuso "
                        "sexuales.",
                        "Asegurarse de que sus equipos conocen las normas y completan el curso "
                        "obligatorio.",
                        "Actuar ante cada inquietud y remitirla sin demora. No hacerlo puede dar "
                        "lugar, en sí mismo, a medidas disciplinarias.",
                    ],
                ),
                ("heading", "Socios y contratistas"),
                (
                    "paragraph",
                    "Las organizaciones que trabajan con la Agencia en virtud de un acuerdo deben "
                    "cumplir las mismas normas y comunicar las inquietudes. Si no lo hacen, el "
                    "acuerdo puede rescindirse.",
                ),
            ],
            "ar": [
                (
                    "paragraph",
                    "تنطبق هذه المعايير على كل من يعمل لدى الوكالة، في كل مكان، أثناء العمل "
                    "وخارجه.",
                ),
                ("heading", "المعايير الأساسية"),
                (
                    "list",
                    [
                        "لا ترتكب أبدًا أي استغلال أو انتهاك جنسي. فهو سوء سلوك جسيم قد يؤدي إلى "
                        "الفصل من الخدمة.",
                        "لا تمارس أبدًا أي نشاط جنسي مع شخص دون سن 18 عامًا، أيًّا كان سن الرضا "
                        "المعمول به محليًا. ولا يُعدّ الاعتقاد الخاطئ بعمره مبررًا.",
                        "لا تقدّم أبدًا المال أو العمل أو السلع أو الخدمات أو المساعدة مقابل "
                        "الجنس، أو مقابل أي سلوك آخر مهين أو حاطّ بالكرامة أو استغلالي.",
                        "يُنصح بشدة بعدم إقامة علاقات جنسية مع متلقي المساعدة، لأن اختلال ميزان "
                        "القوة يقوّض الثقة في عملنا.",
                        "أبلغ عبر قنوات الوكالة عن أي قلق بشأن استغلال أو انتهاك جنسي يرتكبه "
                        "زميل، سواء كان من الوكالة أو من جهة أخرى.",
                    ],
                ),
                ("heading", "وعلى المديرين أيضًا"),
                (
                    "list",
                    [
                        "الحفاظ على بيئة عمل تمنع الاستغلال والانتهاك الجنسيين.",
                        "التأكد من أن أفراد فرقهم يعرفون المعايير ويكملون الدورة الإلزامية.",
                        "التعامل مع كل مصدر قلق وإحالته دون تأخير. وقد يؤدي التقصير في ذلك في حد "
                        "ذاته إلى إجراءات تأديبية.",
                    ],
                ),
                ("heading", "الشركاء والمتعاقدون"),
                (
                    "paragraph",
                    "يجب على المنظمات التي تعمل مع الوكالة بموجب اتفاق أن تلتزم بالمعايير نفسها "
                    "وأن تبلّغ عن المخاوف. وإذا لم تفعل، يجوز إنهاء الاتفاق.",
                ),
            ],
        },
        "what_to_do": {
            "en": [
                (
                    "paragraph",
                    "If you see, hear about or suspect sexual exploitation or abuse, report it. "
                    "You do not need proof, and you do not need to be sure.",
                ),
                ("heading", "Where to report"),
                (
                    "list",
                    [
                        "The PSEA focal point in your office, psea@example.org.",
                        "The independent investigations office: web form, "
                        "investigations@example.org or +000 000 0000. Anonymous reports are "
                        "accepted.",
                        "If someone is in danger now, call the security focal point on +000 000 "
                        "0000 first.",
                    ],
                ),
                ("heading", "What not to do"),
                (
                    "list",
                    [
                        "Do not investigate yourself, and do not question the person affected in "
                        "detail.",
                        "Do not confront the person the concern is about.",
                        "Do not share what you know with anyone who does not need to know.",
                    ],
                ),
                ("heading", "What happens next"),
                (
                    "paragraph",
                    "You receive an acknowledgement within 5 working days. The investigations "
                    "office assesses the report and decides whether to investigate. The person "
                    "affected is offered help straight away, whether or not they take part in an "
                    "investigation.",
                ),
                (
                    "paragraph",
                    "Support is available to you and to the person affected, whether or not a "
                    "report is made. Contact the Staff Counsellor at counsellor@example.org.",
                ),
            ],
            "fr": [
                (
                    "paragraph",
                    "Si vous voyez, entendez parler ou soupçonnez des faits d'exploitation ou "
                    "d'abus sexuels, signalez-les. Vous n'avez pas besoin de preuves, ni d'en "
                    "être certain.",
                ),
                ("heading", "Où faire un signalement"),
                (
                    "list",
                    [
                        "Le point focal PEAS de votre bureau, psea@example.org.",
                        "Le Bureau indépendant des enquêtes : formulaire en ligne, "
                        "investigations@example.org ou +000 000 0000. Les signalements anonymes "
                        "sont acceptés.",
                        "Si quelqu'un est en danger en ce moment, appelez d'abord le point focal "
                        "sécurité au +000 000 0000.",
                    ],
                ),
                ("heading", "Ce qu'il ne faut pas faire"),
                (
                    "list",
                    [
                        "Ne menez pas l'enquête vous-même et n'interrogez pas la personne touchée "
                        "en détail.",
                        "Ne confrontez pas la personne visée par la préoccupation.",
                        "Ne partagez pas ce que vous savez avec des personnes qui n'ont pas "
                        "besoin de le savoir.",
                    ],
                ),
                ("heading", "Et ensuite ?"),
                (
                    "paragraph",
                    "Vous recevez un accusé de réception sous 5 jours ouvrables. Le Bureau des "
                    "enquêtes examine le signalement et décide s'il ouvre une enquête. La "
                    "personne touchée se voit proposer une aide sans attendre, qu'elle participe "
                    "ou non à une enquête.",
                ),
                (
                    "paragraph",
                    "Un soutien est proposé à vous comme à la personne touchée, qu'un signalement "
                    "soit fait ou non. Contactez le conseiller du personnel à "
                    "counsellor@example.org.",
                ),
            ],
            "es": [
                (
                    "paragraph",
                    "Si ve, oye hablar o sospecha de explotación o abuso sexuales, comuníquelo. "
                    "No necesita pruebas ni tener la certeza.",
                ),
                ("heading", "Dónde comunicarlo"),
                (
                    "list",
                    [
                        "El punto focal de PEAS de su oficina, psea@example.org.",
                        "La Oficina independiente de investigaciones: formulario web, "
                        "investigations@example.org o +000 000 0000. Se aceptan denuncias "
                        "anónimas.",
                        "Si alguien está en peligro ahora, llame primero al punto focal de "
                        "seguridad al +000 000 0000.",
                    ],
                ),
                ("heading", "Lo que no debe hacer"),
                (
                    "list",
                    [
                        "No investigue por su cuenta ni haga preguntas detalladas a la persona "
                        "afectada.",
                        "No se enfrente a la persona a la que se refiere la inquietud.",
                        "No comparta lo que sabe con nadie que no necesite saberlo.",
                    ],
                ),
                ("heading", "Qué ocurre después"),
                (
                    "paragraph",
                    "Recibirá un acuse de recibo en un plazo de 5 días hábiles. La Oficina de "
                    "investigaciones evalúa la denuncia y decide si abre una investigación. A la "
                    "persona afectada se le ofrece ayuda de inmediato, participe o no en una "
                    "investigación.",
                ),
                (
                    "paragraph",
                    "Usted y la persona afectada pueden recibir apoyo, se presente o no una "
                    "denuncia. Contacte con el Consejero del Personal en counsellor@example.org.",
                ),
            ],
            "ar": [
                (
                    "paragraph",
                    "إذا رأيت استغلالًا أو انتهاكًا جنسيًا، أو سمعت عنه، أو اشتبهت فيه، فأبلغ "
                    "عنه. لا تحتاج إلى دليل، ولا يلزمك أن تكون متأكدًا.",
                ),
                ("heading", "أين تبلّغ"),
                (
                    "list",
                    [
                        "جهة التنسيق المعنية بالحماية من الاستغلال والانتهاك الجنسيين في مكتبك، "
                        "psea@example.org.",
                        "مكتب التحقيقات المستقل: النموذج الإلكتروني أو investigations@example.org "
                        "أو الرقم +000 000 0000. وتُقبل البلاغات المجهولة المصدر.",
                        "إذا كان أحد في خطر الآن، فاتصل أولًا بجهة التنسيق الأمني على الرقم +000 "
                        "000 0000.",
                    ],
                ),
                ("heading", "ما يجب ألا تفعله"),
                (
                    "list",
                    [
                        "لا تحقق بنفسك، ولا تطرح على الشخص المتضرر أسئلة تفصيلية.",
                        "لا تواجه الشخص الذي يتعلق به القلق.",
                        "لا تشارك ما تعرفه مع أي شخص لا يحتاج إلى معرفته.",
                    ],
                ),
                ("heading", "ماذا يحدث بعد ذلك"),
                (
                    "paragraph",
                    "تتلقى إشعارًا بالاستلام خلال 5 أيام عمل. ويقيّم مكتب التحقيقات البلاغ ويقرر "
                    "ما إذا كان سيفتح تحقيقًا. ويُعرض على الشخص المتضرر الحصول على المساعدة "
                    "فورًا، سواء شارك في التحقيق أم لا.",
                ),
                (
                    "paragraph",
                    "الدعم متاح لك وللشخص المتضرر، سواء قُدّم بلاغ أم لا. تواصل مع مستشار "
                    "الموظفين على counsellor@example.org.",
                ),
            ],
        },
    },
]

# -------------------------------------------------------------------------------------------------
# The Where to go page (the channel finder).
WHERE_TO_GO = {
    "slug": "where-to-go",
    "title": {
        "en": "Where to go for help",
        "fr": "À qui vous adresser",
        "es": "A quién acudir",
        "ar": "إلى من تلجأ",
    },
    "summary": {
        "en": (
            "Find the right person or office for your situation, in your office or across the "
            "Agency."
        ),
        "fr": (
            "Trouvez la bonne personne ou le bon service selon votre situation, dans votre bureau "
            "ou ailleurs à l'Agence."
        ),
        "es": (
            "Encuentre a la persona o el servicio adecuados para su situación, en su oficina o en "
            "el resto de la Agencia."
        ),
        "ar": "اعثر على الشخص أو المكتب المناسب لحالتك، في مكتبك أو في أي مكان آخر في الوكالة.",
    },
    "intro": {
        "en": (
            "You choose who to contact, and when. Go at your own pace: there is no wrong door, and "
            "any channel will help your concern reach the right place. You can get support whether "
            "or not you report."
        ),
        "fr": (
            "C'est vous qui choisissez qui contacter, et quand. Avancez à votre rythme : il n'y a "
            "pas de mauvaise porte, et chaque canal veillera à ce que votre préoccupation arrive "
            "au bon endroit. Vous pouvez recevoir un soutien, que vous fassiez un signalement ou "
            "non."
        ),
        "es": (
            "Usted elige a quién acudir y cuándo. Vaya a su ritmo: no hay puerta equivocada y "
            "cualquier canal se asegurará de que su inquietud llegue al lugar adecuado. Puede "
            "recibir apoyo tanto si denuncia como si no."
        ),
        "ar": (
            "أنت من يختار بمن يتصل ومتى. تقدّم بالوتيرة التي تناسبك، فلا يوجد باب خاطئ، وأي قناة "
            "ستحرص على وصول ما يقلقك إلى الجهة المناسبة. ويمكنك الحصول على الدعم سواء قدّمت بلاغًا "
            "أم لا."
        ),
    },
}

# -------------------------------------------------------------------------------------------------
# Role guides. The allegation-about-me guide is neutral and factual and is not linked
# from victim-support pages.
ROLE_GUIDES = [
    # -------------------- im-new
    {
        "slug": "im-new",
        "audience": "new",
        "title": {
            "en": "I'm new at the Agency",
            "fr": "Je viens d'arriver à l'Agence",
            "es": "Acabo de llegar a la Agencia",
            "ar": "انضممتُ حديثًا إلى الوكالة",
        },
        "summary": {
            "en": "Your rights, your obligations, the mandatory courses and where to go for what.",
            "fr": (
                "Vos droits, vos obligations, les formations obligatoires et à qui vous adresser."
            ),
            "es": (
                "Sus derechos, sus obligaciones, los cursos obligatorios y a quién acudir en cada "
                "caso."
            ),
            "ar": "حقوقك وواجباتك، والدورات التدريبية الإلزامية، وإلى من تلجأ في كل حالة.",
        },
        "body": {
            "en": [
                (
                    "paragraph",
                    "Welcome. In your first weeks, take a few minutes to learn how the Agency "
                    "prevents sexual exploitation, abuse and harassment, and where to go if "
                    "something worries you.",
                ),
                ("heading", "Your rights"),
                (
                    "list",
                    [
                        "A workplace free from harassment, sexual harassment, discrimination and "
                        "abuse of authority.",
                        "Ways to raise a concern, formally or informally, and support whether or "
                        "not you report.",
                        "Protection from retaliation when you speak up or help with an "
                        "investigation.",
                    ],
                ),
                ("heading", "Your obligations"),
                (
                    "list",
                    [
                        "Never commit sexual exploitation or abuse, on or off duty.",
                        "Treat colleagues, partners and the people we serve with respect.",
                        "Report any concern about sexual exploitation or abuse.",
                        "Complete the two mandatory courses.",
                    ],
                ),
                ("heading", "Two mandatory courses"),
                (
                    "paragraph",
                    "Prevention of Sexual Exploitation and Abuse takes about 90 minutes. "
                    "Prevention of Harassment, Sexual Harassment and Abuse of Authority takes "
                    "about 2 hours. Both are online at learning.example.org, in several "
                    "languages. Complete them in your first weeks.",
                ),
                ("heading", "Where to go for what"),
                (
                    "list",
                    [
                        "Not safe right now: security focal point, +000 000 0000.",
                        "To talk in confidence: Staff Counsellor, counsellor@example.org.",
                        "To solve a problem informally: Ombudsman, ombudsman@example.org.",
                        "To make a formal report: independent investigations office, "
                        "investigations@example.org.",
                        "A concern about sexual exploitation or abuse: PSEA focal point, "
                        "psea@example.org.",
                        "Advice, or fear of retaliation: Ethics Office, ethics@example.org.",
                    ],
                ),
            ],
            "fr": [
                (
                    "paragraph",
                    "Bienvenue. Au cours de vos premières semaines, prenez quelques minutes pour "
                    "découvrir comment l'Agence prévient l'exploitation, les abus et le "
                    "harcèlement sexuels, et à qui vous adresser si quelque chose vous inquiète.",
                ),
                ("heading", "Vos droits"),
                (
                    "list",
                    [
                        "Un lieu de travail sans harcèlement, harcèlement sexuel, discrimination "
                        "ni abus d'autorité.",
                        "Des moyens de faire part d'une préoccupation, de manière formelle ou "
                        "informelle, et un soutien, que vous fassiez un signalement ou non.",
                        "Une protection contre les représailles lorsque vous parlez ou coopérez à "
                        "une enquête.",
                    ],
                ),
                ("heading", "Vos obligations"),
                (
                    "list",
                    [
                        "Ne jamais commettre d'exploitation ou d'abus sexuels, pendant ou en "
                        "dehors du service.",
                        "Traiter avec respect vos collègues, nos partenaires et les personnes que "
                        "nous servons.",
                        "Signaler toute préoccupation relative à l'exploitation ou aux abus "
                        "sexuels.",
                        "Suivre les deux formations obligatoires.",
                    ],
                ),
                ("heading", "Deux formations obligatoires"),
                (
                    "paragraph",
                    "La formation Prévention de l'exploitation et des abus sexuels dure environ "
                    "90 minutes. La formation Prévention du harcèlement, du harcèlement sexuel et "
                    "de l'abus d'autorité dure environ 2 heures. Toutes deux sont en ligne sur "
                    "learning.example.org, en plusieurs langues. Suivez-les au cours de vos "
                    "premières semaines.",
                ),
                ("heading", "À qui vous adresser"),
                (
                    "list",
                    [
                        "Vous n'êtes pas en sécurité : point focal sécurité, +000 000 0000.",
                        "Pour parler en toute confidentialité : conseiller du personnel, "
                        "counsellor@example.org.",
                        "Pour régler un problème de manière informelle : Ombudsman, "
                        "ombudsman@example.org.",
                        "Pour faire un signalement officiel : Bureau indépendant des enquêtes, "
                        "investigations@example.org.",
                        "Une préoccupation relative à l'exploitation ou aux abus sexuels : point "
                        "focal PEAS, psea@example.org.",
                        "Besoin de conseils, ou crainte de représailles : Bureau de la "
                        "déontologie, ethics@example.org.",
                    ],
                ),
            ],
            "es": [
                (
                    "paragraph",
                    "Le damos la bienvenida. En sus primeras semanas, dedique unos minutos a "
                    "conocer cómo previene la Agencia la explotación, el abuso y el acoso "
                    "sexuales, y a quién acudir si algo le preocupa.",
                ),
                ("heading", "Sus derechos"),
                (
                    "list",
                    [
                        "Un lugar de trabajo libre de acoso, acoso sexual, discriminación y abuso "
                        "de autoridad.",
                        "Vías para plantear una inquietud, formales o informales, y apoyo tanto "
                        "si denuncia como si no.",
                        "Protección frente a represalias cuando alza la voz o colabora en una "
                        "investigación.",
                    ],
                ),
                ("heading", "Sus obligaciones"),
                (
                    "list",
                    [
                        "No incurrir nunca en explotación ni abuso sexuales, dentro ni fuera del "
                        "horario de trabajo.",
                        "Tratar con respeto a sus colegas, a los socios y a las personas a las "
                        "que servimos.",
                        "Comunicar cualquier inquietud sobre explotación o abuso sexuales.",
                        "Completar los dos cursos obligatorios.",
                    ],
                ),
                ("heading", "Dos cursos obligatorios"),
                (
                    "paragraph",
                    "El curso Prevención de la explotación y el abuso sexuales dura unos 90 "
                    "minutos. El curso Prevención del acoso, el acoso sexual y el abuso de "
                    "autoridad dura unas 2 horas. Ambos están en línea en learning.example.org, "
                    "en varios idiomas. Complételos en sus primeras semanas.",
                ),
                ("heading", "A quién acudir en cada caso"),
                (
                    "list",
                    [
                        "Si no está a salvo: punto focal de seguridad, +000 000 0000.",
                        "Para hablar de forma confidencial: Consejero del Personal, "
                        "counsellor@example.org.",
                        "Para resolver un problema de manera informal: Ombudsman, "
                        "ombudsman@example.org.",
                        "Para presentar una denuncia formal: Oficina independiente de "
                        "investigaciones, investigations@example.org.",
                        "Si tiene una inquietud sobre explotación o abuso sexuales: punto focal "
                        "de PEAS, psea@example.org.",
                        "Si necesita asesoramiento o teme represalias: Oficina de Ética, "
                        "ethics@example.org.",
                    ],
                ),
            ],
            "ar": [
                (
                    "paragraph",
                    "مرحبًا بك. خصّص في أسابيعك الأولى بضع دقائق لتتعرّف على الطريقة "
                    "التي تمنع بها الوكالة الاستغلال والانتهاك الجنسيين والتحرش الجنسي، "
                    "وإلى من تلجأ إذا أقلقك أمر ما.",
                ),
                ("heading", "حقوقك"),
                (
                    "list",
                    [
                        "بيئة عمل خالية من التحرش والتحرش الجنسي والتمييز وإساءة استعمال السلطة.",
                        "سُبل لإثارة ما يقلقك بطريقة رسمية أو غير رسمية، ودعم سواء قدّمت "
                        "بلاغًا أم لا.",
                        "الحماية من الانتقام عندما تتكلم أو تساعد في تحقيق.",
                    ],
                ),
                ("heading", "واجباتك"),
                (
                    "list",
                    [
                        "ألا ترتكب أبدًا أي استغلال أو انتهاك جنسي، أثناء العمل أو خارجه.",
                        "أن تعامل الزملاء والشركاء والأشخاص الذين نخدمهم باحترام.",
                        "أن تبلّغ عن أي قلق بشأن استغلال أو انتهاك جنسي.",
                        "أن تُكمل الدورتين التدريبيتين الإلزاميتين.",
                    ],
                ),
                ("heading", "دورتان تدريبيتان إلزاميتان"),
                (
                    "paragraph",
                    "تستغرق دورة منع الاستغلال والانتهاك الجنسيين نحو 90 دقيقة. وتستغرق "
                    "دورة منع التحرش والتحرش الجنسي وإساءة استعمال السلطة نحو ساعتين. "
                    "والدورتان متاحتان عبر الإنترنت على learning.example.org بعدة لغات. "
                    "أكملهما خلال أسابيعك الأولى.",
                ),
                ("heading", "إلى من تلجأ في كل حالة"),
                (
                    "list",
                    [
                        "إذا لم تكن في أمان الآن: جهة التنسيق الأمني، +000 000 0000.",
                        "للتحدث بسرية: مستشار الموظفين، counsellor@example.org.",
                        "لحل مشكلة بطريقة غير رسمية: أمين المظالم، ombudsman@example.org.",
                        "لتقديم بلاغ رسمي: مكتب التحقيقات المستقل، investigations@example.org.",
                        "إذا كان لديك قلق بشأن استغلال أو انتهاك جنسي: جهة التنسيق المعنية "
                        "بالحماية من الاستغلال والانتهاك الجنسيين، psea@example.org.",
                        "للحصول على المشورة، أو إذا كنت تخشى الانتقام: مكتب الأخلاقيات، "
                        "ethics@example.org.",
                    ],
                ),
            ],
        },
    },
    # -------------------- im-a-supervisor
    {
        "slug": "im-a-supervisor",
        "audience": "supervisor",
        "title": {
            "en": "I'm a supervisor",
            "fr": "J'encadre une équipe",
            "es": "Dirijo un equipo",
            "ar": "أُشرف على فريق",
        },
        "summary": {
            "en": (
                "What to do when someone raises a concern with you, and how to keep your team safe."
            ),
            "fr": (
                "Que faire quand une personne vous fait part d'une préoccupation, et comment "
                "assurer la sécurité de votre équipe."
            ),
            "es": (
                "Qué hacer cuando alguien le plantea una inquietud y cómo mantener un entorno "
                "seguro en su equipo."
            ),
            "ar": "ما تفعله عندما يُطلعك أحد على ما يقلقه، وكيف تحافظ على سلامة فريقك.",
        },
        "body": {
            "en": [
                (
                    "paragraph",
                    "People may come to you first. How you respond matters. You do not need to "
                    "have all the answers.",
                ),
                ("heading", "When someone raises a concern"),
                (
                    "list",
                    [
                        "Listen calmly, without judging, and thank them for telling you.",
                        "Do not investigate yourself, and do not ask for proof.",
                        "Keep it confidential. Share it only with people who need to know to act.",
                        "Explain the options, formal and informal. For a workplace concern, let "
                        "them choose the route.",
                        "Offer support, such as the Staff Counsellor, whether or not they report.",
                        "Keep a short dated note of what you were told and what you did.",
                    ],
                ),
                ("heading", "If it is about sexual exploitation or abuse"),
                (
                    "paragraph",
                    "You must report it without delay to the PSEA focal point or the independent "
                    "investigations office. Tell the person that you are doing so, and why. The "
                    "report is acknowledged within 5 working days. The person's safety and wishes "
                    "still guide the help they are offered.",
                ),
                ("heading", "Protect against retaliation"),
                (
                    "paragraph",
                    "Watch for any unfair treatment of the person who spoke up, or of witnesses. "
                    "Act at once if you see it, and contact the Ethics Office at "
                    "ethics@example.org.",
                ),
                ("heading", "Prevent it in your team"),
                (
                    "list",
                    [
                        "Make sure everyone completes the two mandatory courses, and take the "
                        "managers' module yourself.",
                        "Talk about the standards of conduct in team meetings.",
                        "Work with your focal point on your office's action plan.",
                    ],
                ),
            ],
            "fr": [
                (
                    "paragraph",
                    "Les gens viendront peut-être vous voir en premier. Votre réaction compte. "
                    "Vous n'avez pas besoin d'avoir toutes les réponses.",
                ),
                ("heading", "Quand une personne vous fait part d'une préoccupation"),
                (
                    "list",
                    [
                        "Écoutez calmement, sans juger, et remerciez-la de vous en avoir parlé.",
                        "Ne menez pas l'enquête vous-même et ne demandez pas de preuves.",
                        "Restez discret. N'en parlez qu'aux personnes qui doivent le savoir pour "
                        "agir.",
                        "Expliquez les options, formelles et informelles. Pour un problème au "
                        "travail, laissez-la choisir la voie à suivre.",
                        "Proposez un soutien, par exemple le conseiller du personnel, qu'elle "
                        "fasse un signalement ou non.",
                        "Notez brièvement, avec la date, ce qu'on vous a dit et ce que vous avez "
                        "fait.",
                    ],
                ),
                ("heading", "S'il s'agit d'exploitation ou d'abus sexuels"),
                (
                    "paragraph",
                    "Vous devez le signaler sans délai au point focal PEAS ou au Bureau "
                    "indépendant des enquêtes. Dites à la personne que vous le faites, et "
                    "pourquoi. Le signalement fait l'objet d'un accusé de réception sous 5 jours "
                    "ouvrables. La sécurité et les souhaits de la personne continuent de guider "
                    "l'aide proposée.",
                ),
                ("heading", "Protéger contre les représailles"),
                (
                    "paragraph",
                    "Soyez attentif à tout traitement injuste de la personne qui a parlé ou des "
                    "témoins. Agissez immédiatement si vous en constatez un, et contactez le "
                    "Bureau de la déontologie à ethics@example.org.",
                ),
                ("heading", "Prévenir dans votre équipe"),
                (
                    "list",
                    [
                        "Veillez à ce que chacun suive les deux formations obligatoires, et "
                        "suivez vous-même le module pour les responsables.",
                        "Parlez des normes de conduite en réunion d'équipe.",
                        "Travaillez avec votre point focal au plan d'action de votre bureau.",
                    ],
                ),
            ],
            "es": [
                (
                    "paragraph",
                    "Es posible que las personas acudan primero a usted. Su forma de responder "
                    "importa. No necesita tener todas las respuestas.",
                ),
                ("heading", "Cuando alguien le plantea una inquietud"),
                (
                    "list",
                    [
                        "Escuche con calma, sin juzgar, y agradézcale que se lo haya contado.",
                        "No investigue por su cuenta ni pida pruebas.",
                        "Mantenga la confidencialidad. Compártalo solo con quienes necesitan "
                        "saberlo para actuar.",
                        "Explique las opciones, formales e informales. Si se trata de un problema "
                        "en el trabajo, deje que la persona elija la vía.",
                        "Ofrezca apoyo, como el del Consejero del Personal, tanto si denuncia "
                        "como si no.",
                        "Anote brevemente, con fecha, lo que le contaron y lo que usted hizo.",
                    ],
                ),
                ("heading", "Si se trata de explotación o abuso sexuales"),
                (
                    "paragraph",
                    "Debe comunicarlo sin demora al punto focal de PEAS o a la Oficina "
                    "independiente de investigaciones. Dígale a la persona que lo va a hacer y "
                    "por qué. Recibirá un acuse de recibo en un plazo de 5 días hábiles. La "
                    "seguridad y los deseos de la persona siguen guiando la ayuda que se le "
                    "ofrece.",
                ),
                ("heading", "Proteja frente a represalias"),
                (
                    "paragraph",
                    "Esté atento a cualquier trato injusto hacia quien alzó la voz o hacia los "
                    "testigos. Actúe de inmediato si lo detecta y contacte con la Oficina de "
                    "Ética en ethics@example.org.",
                ),
                ("heading", "Prevenir en su equipo"),
                (
                    "list",
                    [
                        "Asegúrese de que todo el equipo completa los dos cursos obligatorios, y "
                        "haga usted el módulo para quienes dirigen equipos.",
                        "Hable de las normas de conducta en las reuniones de equipo.",
                        "Colabore con su punto focal en el plan de acción de su oficina.",
                    ],
                ),
            ],
            "ar": [
                (
                    "paragraph",
                    "قد يلجأ إليك الناس أولًا. وطريقة استجابتك مهمة. ولا يلزمك أن تعرف كل الإجابات.",
                ),
                ("heading", "عندما يُطلعك أحد على ما يقلقه"),
                (
                    "list",
                    [
                        "استمع بهدوء ودون إصدار أحكام، واشكره على إخبارك.",
                        "لا تحقق بنفسك، ولا تطلب دليلًا.",
                        "حافظ على السرية. ولا تشارك الأمر إلا مع من يحتاجون إلى معرفته "
                        "لاتخاذ إجراء.",
                        "اشرح الخيارات المتاحة، الرسمية وغير الرسمية. وإذا كان القلق يتعلق "
                        "بمكان العمل، فاترك له اختيار الطريق.",
                        "اعرض عليه الدعم، مثل مستشار الموظفين، سواء قدّم بلاغًا أم لا.",
                        "دوّن ملاحظة قصيرة مؤرخة بما قيل لك وما فعلته.",
                    ],
                ),
                ("heading", "إذا كان الأمر يتعلق باستغلال أو انتهاك جنسي"),
                (
                    "paragraph",
                    "يجب أن تبلّغ عنه دون تأخير إلى جهة التنسيق المعنية بالحماية من "
                    "الاستغلال والانتهاك الجنسيين أو إلى مكتب التحقيقات المستقل. أخبر "
                    "الشخص بأنك تفعل ذلك، وبالسبب. ويُؤكَّد استلام البلاغ في غضون 5 "
                    "أيام عمل. وتظل سلامة الشخص ورغباته هي ما يوجّه المساعدة التي تُعرض "
                    "عليه.",
                ),
                ("heading", "الحماية من الانتقام"),
                (
                    "paragraph",
                    "انتبه لأي معاملة غير منصفة للشخص الذي تكلّم أو للشهود. وتصرّف "
                    "فورًا إذا لاحظت ذلك، واتصل بمكتب الأخلاقيات على "
                    "ethics@example.org.",
                ),
                ("heading", "الوقاية داخل فريقك"),
                (
                    "list",
                    [
                        "تأكد من أن الجميع أكملوا الدورتين الإلزاميتين، وأكمل بنفسك الوحدة "
                        "المخصصة للمديرين.",
                        "تحدّث عن معايير السلوك في اجتماعات الفريق.",
                        "اعمل مع جهة التنسيق على خطة عمل مكتبك.",
                    ],
                ),
            ],
        },
    },
    # -------------------- someone-told-me
    {
        "slug": "someone-told-me",
        "audience": "told",
        "title": {
            "en": "Someone told me about something that happened",
            "fr": "Quelqu'un m'a confié quelque chose",
            "es": "Alguien me ha contado algo que le pasó",
            "ar": "أخبرني أحدهم بشيء حدث",
        },
        "summary": {
            "en": "How to support a colleague, or someone in the community, who confides in you.",
            "fr": (
                "Comment soutenir un collègue, ou une personne de la communauté, qui se confie à "
                "vous."
            ),
            "es": (
                "Cómo apoyar a un colega, o a alguien de la comunidad, que le hace una confidencia."
            ),
            "ar": "كيف تدعم زميلًا، أو شخصًا من المجتمع المحلي، يبوح لك بما حدث.",
        },
        "body": {
            "en": [
                (
                    "paragraph",
                    "Someone trusted you with something difficult. You do not have to fix it. "
                    "Listening and pointing them to help is what matters most.",
                ),
                ("heading", "Listen without judging"),
                (
                    "list",
                    [
                        "Stay calm and let them speak at their own pace.",
                        "Tell them it is not their fault.",
                        "Do not ask for details or proof, and do not investigate.",
                        "Do not promise to keep it secret if it is about sexual exploitation or "
                        "abuse. Explain what you must do.",
                    ],
                ),
                ("heading", "Share the options"),
                (
                    "paragraph",
                    "Tell them about the support and reporting channels on the Where to go for "
                    "help page. They can get support whether or not they report. Let them choose, "
                    "and offer to go with them if they want.",
                ),
                ("heading", "If it is about sexual exploitation or abuse"),
                (
                    "paragraph",
                    "You must report it, even if the person affected does not want to. Contact "
                    "the PSEA focal point or the independent investigations office. Share only "
                    "what you know. The person affected does not have to take part.",
                ),
                ("heading", "What happens next"),
                (
                    "paragraph",
                    "You receive an acknowledgement within 5 working days. The person affected is "
                    "offered help straight away. You are protected from retaliation, and you can "
                    "talk to the Staff Counsellor for your own support.",
                ),
            ],
            "fr": [
                (
                    "paragraph",
                    "Quelqu'un vous a confié quelque chose de difficile. Vous n'avez pas à tout "
                    "régler. Écouter et orienter vers une aide, c'est ce qui compte le plus.",
                ),
                ("heading", "Écouter sans juger"),
                (
                    "list",
                    [
                        "Restez calme et laissez la personne parler à son rythme.",
                        "Dites-lui que ce n'est pas de sa faute.",
                        "Ne demandez ni détails ni preuves, et ne menez pas l'enquête.",
                        "Ne promettez pas de garder le secret s'il s'agit d'exploitation ou "
                        "d'abus sexuels. Expliquez ce que vous devez faire.",
                    ],
                ),
                ("heading", "Présenter les options"),
                (
                    "paragraph",
                    "Parlez-lui des canaux de soutien et de signalement présentés sur la page À "
                    "qui vous adresser. Elle peut recevoir un soutien, qu'elle fasse un "
                    "signalement ou non. Laissez-la choisir, et proposez-lui de l'accompagner si "
                    "elle le souhaite.",
                ),
                ("heading", "S'il s'agit d'exploitation ou d'abus sexuels"),
                (
                    "paragraph",
                    "Vous devez le signaler, même si la personne touchée ne le souhaite pas. "
                    "Contactez le point focal PEAS ou le Bureau indépendant des enquêtes. Ne "
                    "transmettez que ce que vous savez. La personne touchée n'est pas obligée de "
                    "participer.",
                ),
                ("heading", "Et ensuite ?"),
                (
                    "paragraph",
                    "Vous recevez un accusé de réception sous 5 jours ouvrables. La personne "
                    "touchée se voit proposer une aide sans attendre. Vous êtes protégé contre "
                    "les représailles, et vous pouvez vous-même trouver du soutien auprès du "
                    "conseiller du personnel.",
                ),
            ],
            "es": [
                (
                    "paragraph",
                    "Alguien ha confiado en usted para contarle algo difícil. No tiene que "
                    "resolverlo todo. Escuchar e indicarle dónde encontrar ayuda es lo más "
                    "importante.",
                ),
                ("heading", "Escuche sin juzgar"),
                (
                    "list",
                    [
                        "Mantenga la calma y deje que hable a su ritmo.",
                        "Dígale que no es culpa suya.",
                        "No pida detalles ni pruebas, y no investigue.",
                        "No prometa guardar el secreto si se trata de explotación o abuso "
                        "sexuales. Explique lo que usted debe hacer.",
                    ],
                ),
                ("heading", "Explique las opciones"),
                (
                    "paragraph",
                    "Háblele de los canales de apoyo y de denuncia que figuran en la página A "
                    "quién acudir. Puede recibir apoyo tanto si denuncia como si no. Deje que "
                    "decida y ofrézcase a acompañarle si lo desea.",
                ),
                ("heading", "Si se trata de explotación o abuso sexuales"),
                (
                    "paragraph",
                    "Debe comunicarlo, aunque la persona afectada no quiera. Contacte con el "
                    "punto focal de PEAS o con la Oficina independiente de investigaciones. "
                    "Comparta solo lo que sabe. La persona afectada no está obligada a participar.",
                ),
                ("heading", "Qué ocurre después"),
                (
                    "paragraph",
                    "Recibirá un acuse de recibo en un plazo de 5 días hábiles. A la persona "
                    "afectada se le ofrece ayuda de inmediato. Usted está protegido frente a "
                    "represalias y también puede hablar con el Consejero del Personal si necesita "
                    "apoyo.",
                ),
            ],
            "ar": [
                (
                    "paragraph",
                    "ائتمنك أحدهم على أمر صعب. لست مطالبًا بحل المشكلة. فالإصغاء إليه "
                    "وإرشاده إلى من يساعده هو أهم ما في الأمر.",
                ),
                ("heading", "استمع دون إصدار أحكام"),
                (
                    "list",
                    [
                        "حافظ على هدوئك، ودعه يتكلم بالوتيرة التي تناسبه.",
                        "قل له إن ما حدث ليس خطأه.",
                        "لا تطلب تفاصيل أو دليلًا، ولا تحقق في الأمر.",
                        "لا تَعِده بإبقاء الأمر سرًا إذا كان يتعلق باستغلال أو انتهاك جنسي. "
                        "واشرح له ما يجب عليك فعله.",
                    ],
                ),
                ("heading", "اعرض الخيارات"),
                (
                    "paragraph",
                    "أخبره بقنوات الدعم والإبلاغ الواردة في صفحة «إلى من تلجأ». ويمكنه "
                    "الحصول على الدعم سواء قدّم بلاغًا أم لا. دعه يختار، واعرض عليه أن "
                    "ترافقه إن أراد.",
                ),
                ("heading", "إذا كان الأمر يتعلق باستغلال أو انتهاك جنسي"),
                (
                    "paragraph",
                    "يجب أن تبلّغ عنه، حتى لو لم يرغب الشخص المتضرر في ذلك. اتصل بجهة "
                    "التنسيق المعنية بالحماية من الاستغلال والانتهاك الجنسيين أو بمكتب "
                    "التحقيقات المستقل. ولا تشارك إلا ما تعرفه. ولا يُلزَم الشخص "
                    "المتضرر بالمشاركة.",
                ),
                ("heading", "ماذا يحدث بعد ذلك"),
                (
                    "paragraph",
                    "يصلك إشعار بالاستلام في غضون 5 أيام عمل. وتُعرض المساعدة على الشخص "
                    "المتضرر فورًا. وأنت محميّ من الانتقام، ويمكنك التحدث إلى مستشار "
                    "الموظفين لتحصل أنت أيضًا على الدعم.",
                ),
            ],
        },
    },
    # -------------------- i-experienced-or-saw
    {
        "slug": "i-experienced-or-saw",
        "audience": "experienced",
        "title": {
            "en": "I experienced or saw something",
            "fr": "J'ai vécu ou vu quelque chose",
            "es": "He vivido o presenciado algo",
            "ar": "تعرّضتُ لشيء أو شهدته",
        },
        "summary": {
            "en": "Your options, at your own pace. You can get support without reporting.",
            "fr": (
                "Vos options, à votre rythme. Vous pouvez recevoir un soutien sans faire de "
                "signalement."
            ),
            "es": "Sus opciones, a su ritmo. Puede recibir apoyo sin presentar una denuncia.",
            "ar": "خياراتك، بالوتيرة التي تناسبك. ويمكنك الحصول على الدعم دون تقديم بلاغ.",
        },
        "body": {
            "en": [
                (
                    "paragraph",
                    "What happened is not your fault. You decide what to do, and when. There is "
                    "no deadline to ask for support.",
                ),
                ("heading", "If you are not safe right now"),
                (
                    "paragraph",
                    "Call the security focal point on +000 000 0000, day or night. If you are "
                    "hurt, get medical care first.",
                ),
                ("heading", "Your options, at your own pace"),
                (
                    "list",
                    [
                        "Get support without reporting: the Staff Counsellor and the Ombudsman "
                        "listen in confidence. Talking to them is not a report.",
                        "Look for an informal solution to a workplace concern, such as sexual "
                        "harassment, with the Ombudsman or your HR Business Partner.",
                        "Make a formal report to the independent investigations office, by name "
                        "or anonymously.",
                        "If you were harmed by sexual exploitation or abuse, the Victims' Rights "
                        "Advocate can help you get medical, psychosocial, legal and material "
                        "support.",
                        "If it happened to someone else, you can report it. If it is about sexual "
                        "exploitation or abuse, you must.",
                    ],
                ),
                (
                    "paragraph",
                    "If you can, keep a short dated note of what happened, when, where and who "
                    "was there. Keep any messages or images. This can help later, whatever you "
                    "decide.",
                ),
                ("heading", "What happens next"),
                (
                    "paragraph",
                    "Whoever you contact listens first, explains your options and tells you what "
                    "they can keep confidential. If you report, you receive an acknowledgement "
                    "within 5 working days and a named contact who keeps you informed.",
                ),
                (
                    "paragraph",
                    "Retaliation is prohibited. If anyone treats you badly because you spoke up, "
                    "contact the Ethics Office at ethics@example.org. Support is available "
                    "whether or not you report.",
                ),
            ],
            "fr": [
                (
                    "paragraph",
                    "Ce qui s'est passé n'est pas de votre faute. C'est vous qui décidez quoi "
                    "faire, et quand. Il n'y a pas de délai pour demander du soutien.",
                ),
                ("heading", "Si vous n'êtes pas en sécurité en ce moment"),
                (
                    "paragraph",
                    "Appelez le point focal sécurité au +000 000 0000, jour et nuit. Si vous avez "
                    "besoin de soins, faites-vous soigner d'abord.",
                ),
                ("heading", "Vos options, à votre rythme"),
                (
                    "list",
                    [
                        "Recevoir un soutien sans faire de signalement : le conseiller du "
                        "personnel et l'Ombudsman vous écoutent en toute confidentialité. Leur "
                        "parler n'est pas un signalement.",
                        "Chercher une solution informelle à un problème au travail, comme le "
                        "harcèlement sexuel, avec l'Ombudsman ou votre partenaire RH.",
                        "Faire un signalement officiel auprès du Bureau indépendant des enquêtes, "
                        "en votre nom ou de façon anonyme.",
                        "Si vous avez subi une exploitation ou des abus sexuels, le défenseur des "
                        "droits des victimes peut vous aider à obtenir une aide médicale, "
                        "psychosociale, juridique et matérielle.",
                        "Si c'est arrivé à quelqu'un d'autre, vous pouvez le signaler. S'il "
                        "s'agit d'exploitation ou d'abus sexuels, vous devez le faire.",
                    ],
                ),
                (
                    "paragraph",
                    "Si vous le pouvez, notez brièvement, avec la date, ce qui s'est passé, "
                    "quand, où et qui était présent. Conservez les messages ou les images. Cela "
                    "peut être utile plus tard, quelle que soit votre décision.",
                ),
                ("heading", "Et ensuite ?"),
                (
                    "paragraph",
                    "La personne que vous contactez commence par vous écouter, vous explique vos "
                    "options et vous dit ce qu'elle peut garder confidentiel. Si vous faites un "
                    "signalement, vous recevez un accusé de réception sous 5 jours ouvrables et "
                    "le nom d'une personne de contact qui vous tient informé.",
                ),
                (
                    "paragraph",
                    "Les représailles sont interdites. Si quelqu'un vous traite mal parce que "
                    "vous avez parlé, contactez le Bureau de la déontologie à ethics@example.org. "
                    "Un soutien vous est proposé, que vous fassiez un signalement ou non.",
                ),
            ],
            "es": [
                (
                    "paragraph",
                    "Lo que pasó no es culpa suya. Usted decide qué hacer y cuándo. No hay plazo "
                    "para pedir apoyo.",
                ),
                ("heading", "Si no está a salvo ahora"),
                (
                    "paragraph",
                    "Llame al punto focal de seguridad al +000 000 0000, de día o de noche. Si "
                    "tiene lesiones, reciba atención médica primero.",
                ),
                ("heading", "Sus opciones, a su ritmo"),
                (
                    "list",
                    [
                        "Recibir apoyo sin denunciar: el Consejero del Personal y el Ombudsman le "
                        "escuchan de forma confidencial. Hablar con ellos no es una denuncia.",
                        "Buscar una solución informal a un problema en el trabajo, como el acoso "
                        "sexual, con el Ombudsman o con su asesor o asesora de Recursos Humanos.",
                        "Presentar una denuncia formal ante la Oficina independiente de "
                        "investigaciones, con su nombre o de forma anónima.",
                        "Si ha sufrido explotación o abuso sexuales, el defensor de los derechos "
                        "de las víctimas puede ayudarle a obtener apoyo médico, psicosocial, "
                        "jurídico y material.",
                        "Si le ocurrió a otra persona, puede denunciarlo. Si se trata de "
                        "explotación o abuso sexuales, debe hacerlo.",
                    ],
                ),
                (
                    "paragraph",
                    "Si puede, anote brevemente, con fecha, qué pasó, cuándo, dónde y quién "
                    "estaba presente. Guarde los mensajes o imágenes. Puede serle útil más "
                    "adelante, decida lo que decida.",
                ),
                ("heading", "Qué ocurre después"),
                (
                    "paragraph",
                    "La persona con la que contacte le escuchará primero, le explicará sus "
                    "opciones y le dirá qué puede mantener en confidencialidad. Si denuncia, "
                    "recibirá un acuse de recibo en un plazo de 5 días hábiles y el nombre de una "
                    "persona de contacto que le mantendrá al tanto.",
                ),
                (
                    "paragraph",
                    "Las represalias están prohibidas. Si alguien le trata mal por haber hablado, "
                    "contacte con la Oficina de Ética en ethics@example.org. Puede recibir apoyo "
                    "tanto si denuncia como si no.",
                ),
            ],
            "ar": [
                (
                    "paragraph",
                    "ما حدث ليس خطأك. أنت من يقرر ما تفعله ومتى. ولا توجد مهلة محددة لطلب الدعم.",
                ),
                ("heading", "إذا لم تكن في أمان الآن"),
                (
                    "paragraph",
                    "اتصل بجهة التنسيق الأمني على الرقم +000 000 0000 ليلًا أو نهارًا. "
                    "وإذا كنت مصابًا، فاطلب الرعاية الطبية أولًا.",
                ),
                ("heading", "خياراتك، بالوتيرة التي تناسبك"),
                (
                    "list",
                    [
                        "احصل على الدعم دون تقديم بلاغ: يستمع إليك مستشار الموظفين وأمين "
                        "المظالم بسرية. والتحدث إليهما ليس بلاغًا.",
                        "ابحث عن حل غير رسمي لقلق يتعلق بمكان العمل، مثل التحرش الجنسي، مع "
                        "أمين المظالم أو شريك أعمال الموارد البشرية.",
                        "قدّم بلاغًا رسميًا إلى مكتب التحقيقات المستقل، باسمك أو دون ذكر اسمك.",
                        "إذا لحق بك ضرر من استغلال أو انتهاك جنسي، فبإمكان المدافع عن حقوق "
                        "الضحايا أن يساعدك في الحصول على دعم طبي ونفسي اجتماعي وقانوني "
                        "ومادي.",
                        "إذا حدث ذلك لشخص آخر، فيمكنك الإبلاغ عنه. وإذا كان الأمر يتعلق "
                        "باستغلال أو انتهاك جنسي، فيجب عليك الإبلاغ.",
                    ],
                ),
                (
                    "paragraph",
                    "إن استطعت، فدوّن ملاحظة قصيرة مؤرخة بما حدث ومتى وأين ومن كان "
                    "حاضرًا. واحتفظ بأي رسائل أو صور. فقد يساعدك ذلك لاحقًا، أيًّا كان "
                    "قرارك.",
                ),
                ("heading", "ماذا يحدث بعد ذلك"),
                (
                    "paragraph",
                    "أيًّا كانت الجهة التي تتصل بها، فإنها تستمع إليك أولًا، وتشرح لك "
                    "خياراتك، وتخبرك بما يمكنها أن تبقيه سريًا. وإذا قدّمت بلاغًا، يصلك "
                    "إشعار بالاستلام في غضون 5 أيام عمل، ويُحدَّد لك شخص للتواصل يُطلعك "
                    "على المستجدات.",
                ),
                (
                    "paragraph",
                    "الانتقام محظور. وإذا أساء إليك أحد لأنك تكلمت، فاتصل بمكتب "
                    "الأخلاقيات على ethics@example.org. والدعم متاح سواء قدّمت بلاغًا "
                    "أم لا.",
                ),
            ],
        },
    },
    # -------------------- allegation-about-me
    {
        "slug": "allegation-about-me",
        "audience": "allegation",
        "title": {
            "en": "An allegation has been made about me",
            "fr": "Une allégation me concerne",
            "es": "Se ha presentado una acusación sobre mí",
            "ar": "قُدِّم ادعاء يتعلق بي",
        },
        "summary": {
            "en": (
                "What to expect, your rights and obligations, and where to get advice and support."
            ),
            "fr": (
                "À quoi vous attendre, vos droits et obligations, et où trouver conseil et soutien."
            ),
            "es": (
                "Qué esperar, sus derechos y obligaciones, y dónde obtener asesoramiento y apoyo."
            ),
            "ar": "ما الذي تتوقعه، وحقوقك وواجباتك، وأين تحصل على المشورة والدعم.",
        },
        "body": {
            "en": [
                (
                    "paragraph",
                    "This page explains what usually happens when an allegation of misconduct is "
                    "made about you. An allegation is not a finding. The same process applies to "
                    "everyone.",
                ),
                ("heading", "What to expect"),
                (
                    "list",
                    [
                        "The independent investigations office first assesses the information it "
                        "receives. Not every report leads to an investigation.",
                        "If an investigation opens, you are told in writing what the allegations "
                        "are and invited to an interview. You can give your account, name "
                        "witnesses and share documents.",
                        "The Agency may change work arrangements while the matter is reviewed. "
                        "This is a temporary measure, not a finding or a sanction.",
                        "An investigation usually takes 3 to 6 months. You are told the outcome "
                        "in writing.",
                    ],
                ),
                ("heading", "Your rights"),
                (
                    "list",
                    [
                        "To be informed of the allegations and to respond to them.",
                        "To be treated with respect and fairly at every step.",
                        "To have your information kept confidential.",
                        "To get legal advice before and during the process.",
                    ],
                ),
                ("heading", "Your obligations"),
                (
                    "list",
                    [
                        "Keep the matter confidential.",
                        "Do not contact the person who raised the concern, or witnesses, about "
                        "the matter.",
                        "Do not retaliate against anyone, directly or through others. Retaliation "
                        "is itself misconduct.",
                        "Cooperate with the investigation and answer questions truthfully.",
                    ],
                ),
                ("heading", "Support for you"),
                (
                    "paragraph",
                    "This can be a stressful time. The Staff Counsellor offers confidential "
                    "support at counsellor@example.org. For legal advice, contact the staff legal "
                    "adviser at legal@example.org.",
                ),
            ],
            "fr": [
                (
                    "paragraph",
                    "Cette page explique ce qui se passe généralement lorsqu'une allégation de "
                    "faute vous concerne. Une allégation n'est pas une conclusion. La même "
                    "procédure s'applique à tous.",
                ),
                ("heading", "À quoi vous attendre"),
                (
                    "list",
                    [
                        "Le Bureau indépendant des enquêtes examine d'abord les informations "
                        "reçues. Tous les signalements ne donnent pas lieu à une enquête.",
                        "Si une enquête est ouverte, vous êtes informé par écrit des allégations "
                        "et convoqué à un entretien. Vous pouvez donner votre version des faits, "
                        "citer des témoins et fournir des documents.",
                        "L'Agence peut adapter les conditions de travail pendant l'examen. Il "
                        "s'agit d'une mesure provisoire, et non d'une conclusion ni d'une "
                        "sanction.",
                        "Une enquête dure généralement de 3 à 6 mois. Le résultat vous est "
                        "communiqué par écrit.",
                    ],
                ),
                ("heading", "Vos droits"),
                (
                    "list",
                    [
                        "Être informé des allégations et pouvoir y répondre.",
                        "Être traité avec respect et équité à chaque étape.",
                        "Voir vos informations traitées de manière confidentielle.",
                        "Obtenir un avis juridique avant et pendant la procédure.",
                    ],
                ),
                ("heading", "Vos obligations"),
                (
                    "list",
                    [
                        "Garder l'affaire confidentielle.",
                        "Ne pas contacter la personne à l'origine du signalement, ni les témoins, "
                        "au sujet de l'affaire.",
                        "N'exercer de représailles contre personne, directement ou par "
                        "l'intermédiaire d'autres personnes. Les représailles sont en elles-mêmes "
                        "une faute.",
                        "Coopérer à l'enquête et répondre aux questions avec sincérité.",
                    ],
                ),
                ("heading", "Du soutien pour vous"),
                (
                    "paragraph",
                    "Cette période peut être éprouvante. Le conseiller du personnel offre un "
                    "soutien confidentiel à counsellor@example.org. Pour un avis juridique, "
                    "contactez le conseiller juridique du personnel à legal@example.org.",
                ),
            ],
            "es": [
                (
                    "paragraph",
                    "Esta página explica lo que suele ocurrir cuando se presenta una acusación de "
                    "falta de conducta sobre usted. Una acusación no es una conclusión. El mismo "
                    "procedimiento se aplica a todas las personas.",
                ),
                ("heading", "Qué esperar"),
                (
                    "list",
                    [
                        "La Oficina independiente de investigaciones evalúa primero la "
                        "información recibida. No todas las denuncias dan lugar a una "
                        "investigación.",
                        "Si se abre una investigación, se le informa por escrito de las "
                        "acusaciones y se le cita a una entrevista. Puede dar su versión, "
                        "proponer testigos y aportar documentos.",
                        "La Agencia puede cambiar las condiciones de trabajo mientras se examina "
                        "el caso. Es una medida provisional, no una conclusión ni una sanción.",
                        "Una investigación suele durar de 3 a 6 meses. Se le comunica el "
                        "resultado por escrito.",
                    ],
                ),
                ("heading", "Sus derechos"),
                (
                    "list",
                    [
                        "Conocer las acusaciones y responder a ellas.",
                        "Recibir un trato respetuoso y justo en cada etapa.",
                        "Que su información se trate de forma confidencial.",
                        "Recibir asesoramiento jurídico antes y durante el procedimiento.",
                    ],
                ),
                ("heading", "Sus obligaciones"),
                (
                    "list",
                    [
                        "Mantener la confidencialidad del asunto.",
                        "No contactar con la persona que planteó la inquietud ni con los testigos "
                        "sobre el asunto.",
                        "No tomar represalias contra nadie, ni directamente ni a través de otras "
                        "personas. Las represalias son en sí mismas una falta.",
                        "Colaborar con la investigación y responder a las preguntas con veracidad.",
                    ],
                ),
                ("heading", "Apoyo para usted"),
                (
                    "paragraph",
                    "Puede ser un momento difícil. El Consejero del Personal ofrece apoyo "
                    "confidencial en counsellor@example.org. Para recibir asesoramiento jurídico, "
                    "contacte con la asesoría jurídica del personal en legal@example.org.",
                ),
            ],
            "ar": [
                (
                    "paragraph",
                    "تشرح هذه الصفحة ما يحدث عادةً عندما يُقدَّم ادعاء بسوء سلوك يتعلق "
                    "بك. والادعاء ليس حكمًا بثبوت المخالفة. وتنطبق الإجراءات نفسها على "
                    "الجميع.",
                ),
                ("heading", "ما الذي تتوقعه"),
                (
                    "list",
                    [
                        "يقيّم مكتب التحقيقات المستقل أولًا المعلومات التي تصله. ولا يؤدي "
                        "كل بلاغ إلى تحقيق.",
                        "إذا فُتح تحقيق، تُبلَّغ كتابيًا بالادعاءات وتُدعى إلى مقابلة. "
                        "ويمكنك أن تقدّم روايتك، وأن تسمّي شهودًا، وأن تقدّم مستندات.",
                        "قد تغيّر الوكالة ترتيبات العمل أثناء النظر في المسألة. وهذا إجراء "
                        "مؤقت، وليس حكمًا ولا عقوبة.",
                        "يستغرق التحقيق عادةً من 3 إلى 6 أشهر. وتُبلَّغ بالنتيجة كتابيًا.",
                    ],
                ),
                ("heading", "حقوقك"),
                (
                    "list",
                    [
                        "أن تُبلَّغ بالادعاءات وأن ترد عليها.",
                        "أن تُعامَل باحترام وإنصاف في كل خطوة.",
                        "أن تبقى معلوماتك سرية.",
                        "أن تحصل على مشورة قانونية قبل الإجراءات وفي أثنائها.",
                    ],
                ),
                ("heading", "واجباتك"),
                (
                    "list",
                    [
                        "أن تحافظ على سرية المسألة.",
                        "ألا تتصل بالشخص الذي أثار القلق، أو بالشهود، بشأن المسألة.",
                        "ألا تنتقم من أي شخص، بشكل مباشر أو عن طريق آخرين. فالانتقام في حد "
                        "ذاته سوء سلوك.",
                        "أن تتعاون مع التحقيق وتجيب عن الأسئلة بصدق.",
                    ],
                ),
                ("heading", "الدعم المتاح لك"),
                (
                    "paragraph",
                    "قد تكون هذه فترة عصيبة. ويقدّم مستشار الموظفين دعمًا سريًا على "
                    "counsellor@example.org. وللحصول على مشورة قانونية، اتصل بالمستشار "
                    "القانوني للموظفين على legal@example.org.",
                ),
            ],
        },
    },
    # -------------------- im-a-focal-point
    {
        "slug": "im-a-focal-point",
        "audience": "focal_point",
        "title": {
            "en": "I'm a focal point",
            "fr": "Je suis point focal",
            "es": "Soy punto focal",
            "ar": "أنا جهة تنسيق",
        },
        "summary": {
            "en": (
                "Your role, your toolkit, the community of practice and your office's action plan."
            ),
            "fr": (
                "Votre rôle, votre boîte à outils, la communauté de pratique et le plan d'action "
                "de votre bureau."
            ),
            "es": (
                "Su función, su caja de herramientas, la comunidad de práctica y el plan de acción "
                "de su oficina."
            ),
            "ar": "دورك، ومجموعة أدواتك، ومجتمع الممارسة، وخطة عمل مكتبك.",
        },
        "body": {
            "en": [
                (
                    "paragraph",
                    "As a focal point for sexual exploitation and abuse or sexual harassment, you "
                    "help your office prevent harm and make sure concerns reach the right place. "
                    "You are not an investigator.",
                ),
                ("heading", "Your role"),
                (
                    "list",
                    [
                        "Receive concerns, listen and refer them to the independent "
                        "investigations office within 24 hours.",
                        "Make sure the person affected is offered help straight away, with their "
                        "informed consent.",
                        "Keep information confidential and store it securely.",
                        "Raise awareness in your office and with partners and communities.",
                        "Keep your office's contact list and referral pathway up to date.",
                    ],
                ),
                ("heading", "Your toolkit"),
                (
                    "paragraph",
                    "The toolkit has templates, checklists and awareness materials. It includes a "
                    "referral form, a local action plan template and a plain-language version of "
                    "the IASC Six Core Principles. Find it in the [Toolkit section](toolkit) of "
                    "this site.",
                ),
                ("heading", "The community of practice"),
                (
                    "paragraph",
                    "Focal points across the Agency share questions, anonymised cases and good "
                    "practice. Join the [online community](community) and the quarterly calls. New "
                    "focal points also take a workshop built around case scenarios.",
                ),
                ("heading", "Your office's action plan"),
                (
                    "paragraph",
                    "Each office keeps a local action plan to prevent and respond to sexual "
                    "exploitation, abuse and harassment. Review it with your head of office once "
                    "a year and record what was done. This work can be demanding: the Staff "
                    "Counsellor is there for you too.",
                ),
            ],
            "fr": [
                (
                    "paragraph",
                    "En tant que point focal pour l'exploitation et les abus sexuels ou pour le "
                    "harcèlement sexuel, vous aidez votre bureau à prévenir les préjudices et "
                    "veillez à ce que les préoccupations arrivent au bon endroit. Vous n'êtes pas "
                    "enquêteur.",
                ),
                ("heading", "Votre rôle"),
                (
                    "list",
                    [
                        "Recevoir les préoccupations, écouter et les transmettre au Bureau "
                        "indépendant des enquêtes dans les 24 heures.",
                        "Veiller à ce que la personne touchée se voie proposer une aide sans "
                        "attendre, avec son consentement éclairé.",
                        "Garder les informations confidentielles et les conserver en lieu sûr.",
                        "Sensibiliser votre bureau, nos partenaires et les communautés.",
                        "Tenir à jour la liste des contacts et le circuit d'orientation de votre "
                        "bureau.",
                    ],
                ),
                ("heading", "Votre boîte à outils"),
                (
                    "paragraph",
                    "La boîte à outils contient des modèles, des listes de contrôle et du "
                    "matériel de sensibilisation. Vous y trouverez un formulaire d'orientation, "
                    "un modèle de plan d'action local et une version simplifiée des six principes "
                    "fondamentaux de l'IASC. Elle se trouve dans la rubrique "
                    "[Boîte à outils](toolkit) de ce site.",
                ),
                ("heading", "La communauté de pratique"),
                (
                    "paragraph",
                    "Les points focaux de toute l'Agence échangent questions, cas anonymisés et "
                    "bonnes pratiques. Rejoignez la [communauté en ligne](community) et les "
                    "appels trimestriels. Les nouveaux points focaux suivent aussi un atelier "
                    "fondé sur des études de cas.",
                ),
                ("heading", "Le plan d'action de votre bureau"),
                (
                    "paragraph",
                    "Chaque bureau tient un plan d'action local pour prévenir l'exploitation, les "
                    "abus et le harcèlement sexuels, et y répondre. Revoyez-le chaque année avec "
                    "votre chef de bureau et notez ce qui a été fait. Ce travail peut être "
                    "éprouvant : le conseiller du personnel est aussi là pour vous.",
                ),
            ],
            "es": [
                (
                    "paragraph",
                    "Como punto focal de explotación y abuso sexuales o de acoso sexual, usted "
                    "ayuda a su oficina a prevenir daños y se asegura de que las inquietudes "
                    "lleguen al lugar adecuado. Su papel no es investigar.",
                ),
                ("heading", "Su función"),
                (
                    "list",
                    [
                        "Recibir inquietudes, escuchar y remitirlas a la Oficina independiente de "
                        "investigaciones en un plazo de 24 horas.",
                        "Asegurarse de que a la persona afectada se le ofrece ayuda de inmediato, "
                        "con su consentimiento informado.",
                        "Mantener la información confidencial y guardarla de forma segura.",
                        "Sensibilizar a su oficina, a los socios y a las comunidades.",
                        "Mantener al día la lista de contactos y la ruta de derivación de su "
                        "oficina.",
                    ],
                ),
                ("heading", "Su caja de herramientas"),
                (
                    "paragraph",
                    "La caja de herramientas incluye plantillas, listas de verificación y "
                    "materiales de sensibilización. Encontrará un formulario de derivación, una "
                    "plantilla de plan de acción local y una versión sencilla de los seis "
                    "principios básicos del IASC. Está en la sección "
                    "[Caja de herramientas](toolkit) de este sitio.",
                ),
                ("heading", "La comunidad de práctica"),
                (
                    "paragraph",
                    "Los puntos focales de toda la Agencia comparten preguntas, casos "
                    "anonimizados y buenas prácticas. Únase a la [comunidad en línea](community) y "
                    "a las llamadas trimestrales. Los nuevos puntos focales también hacen un "
                    "taller basado en casos prácticos.",
                ),
                ("heading", "El plan de acción de su oficina"),
                (
                    "paragraph",
                    "Cada oficina tiene un plan de acción local para prevenir la explotación, el "
                    "abuso y el acoso sexuales y responder a ellos. Revíselo una vez al año con "
                    "la jefatura de su oficina y deje constancia de lo realizado. Es un trabajo "
                    "exigente: el Consejero del Personal también está ahí para usted.",
                ),
            ],
            "ar": [
                (
                    "paragraph",
                    "بصفتك جهة تنسيق معنية بالاستغلال والانتهاك الجنسيين أو بالتحرش "
                    "الجنسي، فأنت تساعد مكتبك على منع الأذى وتحرص على وصول المخاوف إلى "
                    "الجهة المناسبة. ولست مكلّفًا بالتحقيق.",
                ),
                ("heading", "دورك"),
                (
                    "list",
                    [
                        "تلقّي المخاوف، والاستماع، وإحالتها إلى مكتب التحقيقات المستقل في "
                        "غضون 24 ساعة.",
                        "الحرص على أن تُعرض المساعدة على الشخص المتضرر فورًا، بموافقته المستنيرة.",
                        "الحفاظ على سرية المعلومات وحفظها بأمان.",
                        "التوعية داخل مكتبك ولدى الشركاء والمجتمعات المحلية.",
                        "تحديث قائمة جهات الاتصال في مكتبك ومسار الإحالة باستمرار.",
                    ],
                ),
                ("heading", "مجموعة أدواتك"),
                (
                    "paragraph",
                    "تضم مجموعة الأدوات نماذج وقوائم مراجعة ومواد توعية. ومن بينها "
                    "استمارة إحالة، ونموذج لخطة عمل محلية، ونسخة بلغة واضحة من المبادئ "
                    "الأساسية الستة للجنة الدائمة المشتركة بين الوكالات. تجدها في قسم "
                    "«[مجموعة الأدوات](toolkit)» في هذا الموقع.",
                ),
                ("heading", "مجتمع الممارسة"),
                (
                    "paragraph",
                    "تتبادل جهات التنسيق في جميع أنحاء الوكالة الأسئلة والحالات بعد "
                    "إخفاء هوية أصحابها والممارسات الجيدة. انضم إلى [المجتمع على "
                    "الإنترنت](community) وإلى المكالمات الجماعية الفصلية. وتشارك جهات التنسيق "
                    "الجديدة أيضًا في حلقة عمل مبنية على سيناريوهات لحالات.",
                ),
                ("heading", "خطة عمل مكتبك"),
                (
                    "paragraph",
                    "يحتفظ كل مكتب بخطة عمل محلية لمنع الاستغلال والانتهاك الجنسيين "
                    "والتحرش الجنسي والتصدي لها. راجعها مع رئيس مكتبك مرة كل عام، وسجّل "
                    "ما أُنجز. وقد يكون هذا العمل مرهقًا: فمستشار الموظفين موجود لدعمك "
                    "أنت أيضًا.",
                ),
            ],
        },
    },
]

# -------------------------------------------------------------------------------------------------
# Onboarding checklist and mandatory courses.
ONBOARDING = {
    "slug": "onboarding",
    "title": {
        "en": "Onboarding checklist",
        "fr": "Liste de contrôle pour votre arrivée",
        "es": "Lista de comprobación para su incorporación",
        "ar": "قائمة مهام الانضمام",
    },
    "summary": {
        "en": "What to do on your first day, in your first week and in your first six months.",
        "fr": (
            "Ce qu'il faut faire le premier jour, la première semaine et au cours des six premiers "
            "mois."
        ),
        "es": "Qué hacer el primer día, la primera semana y los primeros seis meses.",
        "ar": "ما تفعله في يومك الأول، وفي أسبوعك الأول، وفي أشهرك الستة الأولى.",
    },
    "stages": [
        {
            "key": "day",
            "title": {
                "en": "Your first day",
                "fr": "Votre premier jour",
                "es": "Su primer día",
                "ar": "يومك الأول",
            },
            "steps": {
                "en": [
                    "Save the security focal point number: +000 000 0000.",
                    "Bookmark the Where to go for help page.",
                    "Ask your supervisor who the PSEA focal point in your office is.",
                    "Read the In short points of the two policy summaries.",
                ],
                "fr": [
                    "Enregistrez le numéro du point focal sécurité : +000 000 0000.",
                    "Ajoutez la page À qui vous adresser à vos favoris.",
                    "Demandez à votre superviseur qui est le point focal PEAS de votre bureau.",
                    "Lisez les points En bref des deux résumés de politique.",
                ],
                "es": [
                    "Guarde el número del punto focal de seguridad: +000 000 0000.",
                    "Añada la página A quién acudir a sus favoritos.",
                    "Pregunte a su supervisor quién es el punto focal de PEAS de su oficina.",
                    "Lea los puntos En resumen de los dos resúmenes de políticas.",
                ],
                "ar": [
                    "احفظ رقم جهة التنسيق الأمني: +000 000 0000.",
                    "أضف صفحة «إلى من تلجأ» إلى المفضلة.",
                    "اسأل المشرف عليك عن جهة التنسيق المعنية بالحماية من الاستغلال "
                    "والانتهاك الجنسيين في مكتبك.",
                    "اقرأ نقاط «باختصار» في ملخصَي السياستين.",
                ],
            },
        },
        {
            "key": "week",
            "title": {
                "en": "Your first week",
                "fr": "Votre première semaine",
                "es": "Su primera semana",
                "ar": "أسبوعك الأول",
            },
            "steps": {
                "en": [
                    "Take the course Prevention of Sexual Exploitation and Abuse (about 90 "
                    "minutes).",
                    "Read the guide for people who are new at the Agency.",
                    "Meet your HR Business Partner and ask how the Ombudsman and the Staff "
                    "Counsellor can help.",
                    "Sign to confirm that you have read the standards of conduct.",
                ],
                "fr": [
                    "Suivez la formation Prévention de l'exploitation et des abus sexuels "
                    "(environ 90 minutes).",
                    "Lisez le guide destiné aux nouveaux arrivants.",
                    "Rencontrez votre partenaire RH et demandez comment l'Ombudsman et le "
                    "conseiller du personnel peuvent vous aider.",
                    "Signez pour confirmer que vous avez lu les normes de conduite.",
                ],
                "es": [
                    "Haga el curso Prevención de la explotación y el abuso sexuales (unos 90 "
                    "minutos).",
                    "Lea la guía para el personal recién llegado.",
                    "Reúnase con su asesor o asesora de Recursos Humanos y pregunte cómo pueden "
                    "ayudarle el Ombudsman y el Consejero del Personal.",
                    "Firme para confirmar que ha leído las normas de conducta.",
                ],
                "ar": [
                    "أكمل دورة منع الاستغلال والانتهاك الجنسيين (نحو 90 دقيقة).",
                    "اقرأ الدليل الموجّه إلى المنضمين حديثًا إلى الوكالة.",
                    "قابل شريك أعمال الموارد البشرية واسأله كيف يمكن أن يساعدك أمين "
                    "المظالم ومستشار الموظفين.",
                    "وقّع لتؤكد أنك قرأت معايير السلوك.",
                ],
            },
        },
        {
            "key": "six-months",
            "title": {
                "en": "Your first six months",
                "fr": "Vos six premiers mois",
                "es": "Sus primeros seis meses",
                "ar": "أشهرك الستة الأولى",
            },
            "steps": {
                "en": [
                    "Complete the course Prevention of Harassment, Sexual Harassment and Abuse of "
                    "Authority in your first month.",
                    "If you supervise others, take the managers' module.",
                    "Join a team discussion on the standards of conduct.",
                    "Find out what your office's action plan includes.",
                    "Check that your course certificates appear in your learning record.",
                ],
                "fr": [
                    "Suivez la formation Prévention du harcèlement, du harcèlement sexuel et de "
                    "l'abus d'autorité au cours de votre premier mois.",
                    "Si vous encadrez une équipe, suivez le module pour les responsables.",
                    "Participez à une discussion d'équipe sur les normes de conduite.",
                    "Renseignez-vous sur le contenu du plan d'action de votre bureau.",
                    "Vérifiez que vos certificats figurent dans votre dossier de formation.",
                ],
                "es": [
                    "Complete el curso Prevención del acoso, el acoso sexual y el abuso de "
                    "autoridad en su primer mes.",
                    "Si dirige un equipo, haga el módulo para quienes dirigen equipos.",
                    "Participe en una conversación de equipo sobre las normas de conducta.",
                    "Infórmese sobre el contenido del plan de acción de su oficina.",
                    "Compruebe que sus certificados aparecen en su historial de formación.",
                ],
                "ar": [
                    "أكمل دورة منع التحرش والتحرش الجنسي وإساءة استعمال السلطة في شهرك الأول.",
                    "إذا كنت تشرف على آخرين، فأكمل الوحدة المخصصة للمديرين.",
                    "شارك في نقاش داخل فريقك حول معايير السلوك.",
                    "تعرّف على ما تتضمنه خطة عمل مكتبك.",
                    "تحقق من ظهور شهادات الدورات في سجل التعلم الخاص بك.",
                ],
            },
        },
    ],
    "courses": [
        {
            "key": "psea",
            "title": {
                "en": "Prevention of Sexual Exploitation and Abuse",
                "fr": "Prévention de l'exploitation et des abus sexuels",
                "es": "Prevención de la explotación y el abuso sexuales",
                "ar": "منع الاستغلال والانتهاك الجنسيين",
            },
            "duration_minutes": 90,
            "languages": "en, fr, es, ar",
            "where": "https://learning.example.org/psea",
            "who": {
                "en": "Everyone, including consultants, interns and volunteers.",
                "fr": (
                    "Tout le personnel, y compris les consultants, les stagiaires et les "
                    "volontaires."
                ),
                "es": "Todo el personal, incluidos consultores, pasantes y voluntarios.",
                "ar": "الجميع، بمن فيهم الخبراء الاستشاريون والمتدربون والمتطوعون.",
            },
            "when": {
                "en": "In your first week or two. Refresh it every three years.",
                "fr": "Dès votre première ou deuxième semaine. À renouveler tous les trois ans.",
                "es": "En su primera o segunda semana. Repítalo cada tres años.",
                "ar": "في أسبوعك الأول أو الثاني. وتُعاد كل ثلاث سنوات.",
            },
        },
        {
            "key": "harassment",
            "title": {
                "en": "Prevention of Harassment, Sexual Harassment and Abuse of Authority",
                "fr": "Prévention du harcèlement, du harcèlement sexuel et de l'abus d'autorité",
                "es": "Prevención del acoso, el acoso sexual y el abuso de autoridad",
                "ar": "منع التحرش والتحرش الجنسي وإساءة استعمال السلطة",
            },
            "duration_minutes": 120,
            "languages": "en, fr, es, ar",
            "where": "https://learning.example.org/harassment",
            "who": {
                "en": "Everyone, whatever their contract.",
                "fr": "Tout le personnel, quel que soit le contrat.",
                "es": "Todo el personal, sea cual sea su contrato.",
                "ar": "الجميع، أيًّا كان نوع العقد.",
            },
            "when": {
                "en": "In your first month. Refresh it every three years.",
                "fr": "Au cours de votre premier mois. À renouveler tous les trois ans.",
                "es": "En su primer mes. Repítalo cada tres años.",
                "ar": "في شهرك الأول. وتُعاد كل ثلاث سنوات.",
            },
        },
        {
            "key": "managers",
            "title": {
                "en": "Harassment prevention: module for managers",
                "fr": "Prévention du harcèlement : module pour les responsables",
                "es": "Prevención del acoso: módulo para quienes dirigen equipos",
                "ar": "منع التحرش: وحدة للمديرين",
            },
            "duration_minutes": 45,
            "languages": "en, fr, es",
            "where": "https://learning.example.org/harassment-managers",
            "who": {
                "en": "Everyone who supervises other people.",
                "fr": "Toute personne qui encadre d'autres personnes.",
                "es": "Todas las personas que supervisan a otras.",
                "ar": "كل من يشرف على أشخاص آخرين.",
            },
            "when": {
                "en": "After the main course, within three months of taking on a supervisory role.",
                "fr": (
                    "Après la formation principale, dans les trois mois suivant votre prise de "
                    "fonctions d'encadrement."
                ),
                "es": (
                    "Después del curso principal, en los tres meses siguientes a asumir funciones "
                    "de supervisión."
                ),
                "ar": "بعد الدورة الرئيسية، في غضون ثلاثة أشهر من تولّي مهام إشرافية.",
            },
        },
    ],
}
