"""Demo content used by ``manage.py seed_demo``.

Everything here is written in our own words about a fictional "Agency". Contacts are
placeholders (example.org addresses, +000 numbers) and are not real hotlines. Real UN-wide
documents are named by title only, as references.
"""

from __future__ import annotations

LOCALES = ("en", "fr", "es", "ar")

HOME = {
    "en": {
        "title": "Speak up, get support",
        "intro": (
            "This site explains how the Agency prevents and responds to sexual exploitation "
            "and abuse and sexual harassment. It tells you where to get help, how to raise a "
            "concern and what happens next. You decide what to do, at your own pace."
        ),
        "help_heading": "Need help now?",
        "help_text": (
            "If you are in danger, call the security focal point on +000 000 0000, day or "
            "night. You can get confidential support whether or not you report."
        ),
    },
    "fr": {
        "title": "Parlez-en, nous vous soutenons",
        "intro": (
            "Ce site explique comment l'Agence prévient l'exploitation et les abus sexuels "
            "ainsi que le harcèlement sexuel, et comment elle y répond. Vous y trouverez où "
            "obtenir de l'aide, comment faire un signalement et ce qui se passe ensuite. "
            "C'est vous qui décidez de la suite, à votre rythme."
        ),
        "help_heading": "Besoin d'aide maintenant ?",
        "help_text": (
            "Si vous êtes en danger, appelez le point focal sécurité au +000 000 0000, jour "
            "et nuit. Vous pouvez recevoir un soutien confidentiel, que vous fassiez un "
            "signalement ou non."
        ),
    },
    "es": {
        "title": "Hable con nosotros, le apoyamos",
        "intro": (
            "Este sitio explica cómo la Agencia previene la explotación y el abuso sexuales "
            "y el acoso sexual, y cómo responde cuando ocurren. Aquí encontrará dónde pedir "
            "ayuda, cómo comunicar una inquietud y qué ocurre después. Usted decide qué "
            "hacer, a su ritmo."
        ),
        "help_heading": "¿Necesita ayuda ahora?",
        "help_text": (
            "Si está en peligro, llame al punto focal de seguridad al +000 000 0000, de día "
            "o de noche. Puede recibir apoyo confidencial tanto si denuncia como si no."
        ),
    },
    "ar": {
        "title": "تحدّث إلينا، نحن هنا لدعمك",
        "intro": (
            "يشرح هذا الموقع كيف تعمل الوكالة على منع الاستغلال والانتهاك الجنسيين "
            "والتحرش الجنسي، وكيف تتصدى لهما. ستجد هنا أين تحصل على المساعدة، وكيف تبلّغ "
            "عن مصدر قلق، وماذا يحدث بعد ذلك. أنت من يقرر ما تفعله، وفي الوقت الذي يناسبك."
        ),
        "help_heading": "هل تحتاج إلى مساعدة الآن؟",
        "help_text": (
            "إذا كنت في خطر، فاتصل بجهة التنسيق الأمني على الرقم +000 000 0000 في أي وقت "
            "من الليل أو النهار. يمكنك الحصول على دعم سري سواء قدّمت بلاغًا أم لا."
        ),
    },
}

# Ordered list of content pages under the home page. Each has a stable slug (English, used
# in URLs in every locale), a 'sensitive' flag (True for pages about reporting and support),
# and per-locale title/summary/body.
PAGES = [
    # ------------------------------------------------------------------ get-help
    {
        "slug": "get-help",
        "sensitive": True,
        "en": {
            "title": "Get help now",
            "summary": (
                "What to do if you are not safe, and who can support you, whether or not "
                "you report."
            ),
            "body": [
                (
                    "paragraph",
                    "Whatever happened, it is not your fault. Take the time you need to "
                    "decide what to do next.",
                ),
                ("heading", "If you are not safe right now"),
                (
                    "paragraph",
                    "Call the security focal point on +000 000 0000. Someone answers day and "
                    "night and will help you get to a safe place.",
                ),
                (
                    "paragraph",
                    "If you are hurt, get medical care first. The security focal point can "
                    "help you reach a clinic.",
                ),
                ("heading", "You can get support without reporting"),
                (
                    "paragraph",
                    "You do not have to make a report to get help. The Staff Counsellor and "
                    "the Ombudsman can listen, explain your options and support you, in "
                    "confidence.",
                ),
                ("heading", "Who you can contact"),
                (
                    "list",
                    [
                        "Independent investigations office: takes formal reports and also "
                        "accepts anonymous ones. investigations@example.org, +000 000 0000.",
                        "Ethics Office: confidential advice, and protection if you face "
                        "retaliation for speaking up. ethics@example.org.",
                        "Ombudsman: informal, confidential and independent help to find a "
                        "way forward. ombudsman@example.org.",
                        "Staff Counsellor: confidential emotional support. This is not a "
                        "reporting channel. counsellor@example.org.",
                        "PSEA focal point: there is one in every office; receives concerns "
                        "about sexual exploitation and abuse and refers them. "
                        "psea@example.org.",
                    ],
                ),
                ("heading", "What happens next"),
                (
                    "paragraph",
                    "Whoever you contact will listen first, explain your options and tell "
                    "you what they can keep confidential. If you choose to report, you "
                    "receive an acknowledgement within 5 working days and a named contact "
                    "who keeps you informed.",
                ),
                ("heading", "Our promise to you"),
                (
                    "list",
                    [
                        "Respect: we listen without judging you and take what you say seriously.",
                        "Safety: your safety comes first in every decision we make.",
                        "Confidentiality: we share information only with people who need "
                        "it to help you or to act.",
                        "Non-discrimination: you get the same care, whoever you are.",
                        "Informed consent: we explain your options and ask you before we "
                        "act on your behalf.",
                        "Support: medical, psychosocial, legal and practical help, whether "
                        "or not you report.",
                        "Keeping you informed: we tell you how things are progressing and "
                        "what comes next.",
                    ],
                ),
            ],
        },
        "fr": {
            "title": "Obtenir de l'aide maintenant",
            "summary": (
                "Que faire si vous n'êtes pas en sécurité, et qui peut vous soutenir, que "
                "vous fassiez un signalement ou non."
            ),
            "body": [
                (
                    "paragraph",
                    "Quoi qu'il se soit passé, ce n'est pas votre faute. Prenez le temps "
                    "qu'il vous faut pour décider de la suite.",
                ),
                ("heading", "Si vous n'êtes pas en sécurité en ce moment"),
                (
                    "paragraph",
                    "Appelez le point focal sécurité au +000 000 0000. Quelqu'un répond jour "
                    "et nuit et vous aidera à vous mettre à l'abri.",
                ),
                (
                    "paragraph",
                    "Si vous avez besoin de soins, faites-vous soigner d'abord. Le point "
                    "focal sécurité peut vous aider à rejoindre un centre de santé.",
                ),
                ("heading", "Du soutien, même sans signalement"),
                (
                    "paragraph",
                    "Vous n'avez pas besoin de faire un signalement pour recevoir de l'aide. "
                    "Le conseiller du personnel et l'Ombudsman peuvent vous écouter, vous "
                    "expliquer vos options et vous accompagner, en toute confidentialité.",
                ),
                ("heading", "Qui contacter"),
                (
                    "list",
                    [
                        "Bureau indépendant des enquêtes : reçoit les signalements "
                        "officiels, y compris anonymes. investigations@example.org, "
                        "+000 000 0000.",
                        "Bureau de la déontologie : conseils confidentiels, et protection "
                        "si vous subissez des représailles pour avoir parlé. "
                        "ethics@example.org.",
                        "Ombudsman : aide informelle, confidentielle et indépendante pour "
                        "trouver une solution. ombudsman@example.org.",
                        "Conseiller du personnel : soutien psychologique confidentiel. Ce "
                        "n'est pas un canal de signalement. counsellor@example.org.",
                        "Point focal PEAS : présent dans chaque bureau, il reçoit les "
                        "préoccupations relatives à l'exploitation et aux abus sexuels et "
                        "les oriente. psea@example.org.",
                    ],
                ),
                ("heading", "Et ensuite ?"),
                (
                    "paragraph",
                    "La personne que vous contactez commence par vous écouter, vous présente "
                    "vos options et vous dit ce qu'elle peut garder confidentiel. Si vous "
                    "choisissez de faire un signalement, vous recevez un accusé de réception "
                    "sous 5 jours ouvrables et le nom d'une personne de contact qui vous "
                    "tiendra au courant.",
                ),
                ("heading", "Notre engagement envers vous"),
                (
                    "list",
                    [
                        "Respect : nous vous écoutons sans jugement et prenons vos propos "
                        "au sérieux.",
                        "Sécurité : votre sécurité passe avant tout, dans chacune de nos "
                        "décisions.",
                        "Confidentialité : nous ne partageons les informations qu'avec les "
                        "personnes qui en ont besoin pour vous aider ou pour agir.",
                        "Non-discrimination : vous recevez la même attention, qui que vous soyez.",
                        "Consentement éclairé : nous vous expliquons vos options et vous "
                        "demandons votre accord avant d'agir en votre nom.",
                        "Soutien : aide médicale, psychosociale, juridique et pratique, que "
                        "vous fassiez un signalement ou non.",
                        "Suivi : nous vous tenons au courant de l'avancement et des "
                        "prochaines étapes.",
                    ],
                ),
            ],
        },
        "es": {
            "title": "Pedir ayuda ahora",
            "summary": (
                "Qué hacer si no está a salvo y quién puede apoyarle, tanto si denuncia como si no."
            ),
            "body": [
                (
                    "paragraph",
                    "Haya pasado lo que haya pasado, no es culpa suya. Tómese el tiempo que "
                    "necesite para decidir qué hacer.",
                ),
                ("heading", "Si ahora mismo no está a salvo"),
                (
                    "paragraph",
                    "Llame al punto focal de seguridad al +000 000 0000. Alguien responde de "
                    "día y de noche y le ayudará a llegar a un lugar seguro.",
                ),
                (
                    "paragraph",
                    "Si tiene lesiones, reciba atención médica primero. El punto focal de "
                    "seguridad puede ayudarle a llegar a un centro de salud.",
                ),
                ("heading", "Puede recibir apoyo sin denunciar"),
                (
                    "paragraph",
                    "No tiene que presentar una denuncia para recibir ayuda. El Consejero "
                    "del Personal y el Ombudsman pueden escucharle, explicarle sus opciones "
                    "y acompañarle, de forma confidencial.",
                ),
                ("heading", "A quién puede acudir"),
                (
                    "list",
                    [
                        "Oficina independiente de investigaciones: recibe denuncias "
                        "formales y también anónimas. investigations@example.org, "
                        "+000 000 0000.",
                        "Oficina de Ética: asesoramiento confidencial y protección si sufre "
                        "represalias por haber hablado. ethics@example.org.",
                        "Ombudsman: ayuda informal, confidencial e independiente para "
                        "encontrar una salida. ombudsman@example.org.",
                        "Consejero del Personal: apoyo emocional confidencial. No es un "
                        "canal de denuncia. counsellor@example.org.",
                        "Punto focal de PEAS: hay uno en cada oficina; recibe las "
                        "inquietudes sobre explotación y abuso sexuales y las remite a "
                        "quien corresponda. psea@example.org.",
                    ],
                ),
                ("heading", "Qué ocurre después"),
                (
                    "paragraph",
                    "La persona a la que acuda le escuchará primero, le explicará sus "
                    "opciones y le dirá qué puede mantener en confidencialidad. Si decide "
                    "denunciar, recibirá un acuse de recibo en un plazo de 5 días hábiles y "
                    "una persona de contacto que le mantendrá al tanto.",
                ),
                ("heading", "Nuestro compromiso con usted"),
                (
                    "list",
                    [
                        "Respeto: le escuchamos sin juzgarle y tomamos en serio lo que nos cuenta.",
                        "Seguridad: su seguridad es lo primero en cada decisión.",
                        "Confidencialidad: solo compartimos información con quienes la "
                        "necesitan para ayudarle o para actuar.",
                        "No discriminación: recibe la misma atención, sea quien sea.",
                        "Consentimiento informado: le explicamos sus opciones y le pedimos "
                        "permiso antes de actuar en su nombre.",
                        "Apoyo: ayuda médica, psicosocial, jurídica y práctica, tanto si "
                        "denuncia como si no.",
                        "Información: le mantenemos al tanto de cómo avanza su caso y de "
                        "los próximos pasos.",
                    ],
                ),
            ],
        },
        "ar": {
            "title": "احصل على المساعدة الآن",
            "summary": "ماذا تفعل إذا لم تكن في أمان، ومن يمكنه دعمك، سواء قدّمت بلاغًا أم لا.",
            "body": [
                (
                    "paragraph",
                    "مهما حدث، فهذا ليس ذنبك. خذ الوقت الذي تحتاجه لتقرر خطوتك التالية.",
                ),
                ("heading", "إذا لم تكن في أمان الآن"),
                (
                    "paragraph",
                    "اتصل بجهة التنسيق الأمني على الرقم +000 000 0000. هناك من يجيب ليلًا "
                    "ونهارًا، وسيساعدك على الوصول إلى مكان آمن.",
                ),
                (
                    "paragraph",
                    "إذا تعرّضت لأذى جسدي، فاطلب الرعاية الطبية أولًا. ويمكن لجهة التنسيق "
                    "الأمني أن تساعدك على الوصول إلى مرفق صحي.",
                ),
                ("heading", "يمكنك الحصول على الدعم دون تقديم بلاغ"),
                (
                    "paragraph",
                    "لا يلزمك تقديم بلاغ كي تحصل على المساعدة. يستطيع مستشار الموظفين "
                    "وأمين المظالم الاستماع إليك وشرح الخيارات المتاحة لك ومساندتك، بسرية "
                    "تامة.",
                ),
                ("heading", "بمن يمكنك الاتصال"),
                (
                    "list",
                    [
                        "مكتب التحقيقات المستقل: يتلقى البلاغات الرسمية، ويقبل البلاغات "
                        "المجهولة المصدر أيضًا. investigations@example.org، +000 000 0000.",
                        "مكتب الأخلاقيات: مشورة سرية، وحماية إذا تعرّضت للانتقام لأنك "
                        "تكلمت. ethics@example.org.",
                        "أمين المظالم: مساعدة غير رسمية وسرية ومستقلة لإيجاد حل. "
                        "ombudsman@example.org.",
                        "مستشار الموظفين: دعم نفسي سري. وهو ليس قناة للإبلاغ. "
                        "counsellor@example.org.",
                        "جهة التنسيق المعنية بالحماية من الاستغلال والانتهاك الجنسيين: "
                        "موجودة في كل مكتب، وتتلقى المخاوف المتعلقة بالاستغلال والانتهاك "
                        "الجنسيين وتحيلها إلى الجهة المختصة. psea@example.org.",
                    ],
                ),
                ("heading", "ماذا يحدث بعد ذلك"),
                (
                    "paragraph",
                    "سيستمع إليك أولًا الشخص الذي تتصل به، ويشرح لك خياراتك، ويوضح لك ما "
                    "يمكنه إبقاؤه سرًا. وإذا قررت تقديم بلاغ، فستتلقى إشعارًا بالاستلام "
                    "خلال 5 أيام عمل، وسيُعيَّن لك شخص للتواصل يُطلعك على المستجدات.",
                ),
                ("heading", "التزامنا تجاهك"),
                (
                    "list",
                    [
                        "الاحترام: نستمع إليك دون إصدار أحكام، ونأخذ ما تقوله على محمل الجد.",
                        "السلامة: سلامتك تأتي أولًا في كل قرار نتخذه.",
                        "السرية: لا نشارك المعلومات إلا مع من يحتاجون إليها لمساعدتك أو "
                        "لاتخاذ إجراء.",
                        "عدم التمييز: تحظى بالاهتمام نفسه أيًّا كنت.",
                        "الموافقة المستنيرة: نشرح لك خياراتك ونستأذنك قبل أن نتصرف نيابة عنك.",
                        "الدعم: مساعدة طبية ونفسية اجتماعية وقانونية وعملية، سواء قدّمت "
                        "بلاغًا أم لا.",
                        "إطلاعك على المستجدات: نخبرك بسير الأمور وبالخطوات التالية.",
                    ],
                ),
            ],
        },
    },
    # ------------------------------------------------------------------ sea-and-sh
    {
        "slug": "sea-and-sh",
        "sensitive": False,
        "en": {
            "title": "SEA and SH: what is the difference",
            "summary": (
                "Both are serious misconduct, but they involve different people and "
                "different rules."
            ),
            "body": [
                (
                    "paragraph",
                    "Sexual exploitation and abuse (SEA) and sexual harassment (SH) are both "
                    "forms of sexual misconduct, and both are prohibited at the Agency. The "
                    "difference is who is harmed and which rules apply.",
                ),
                ("heading", "Sexual exploitation and abuse (SEA)"),
                (
                    "paragraph",
                    "SEA is harm done by Agency personnel to the people we serve or meet in "
                    "our work, such as people receiving assistance and members of the "
                    "community. It often involves abuse of power, trust or need.",
                ),
                (
                    "paragraph",
                    "The main reference is ST/SGB/2003/13, Special measures for protection "
                    "from sexual exploitation and sexual abuse.",
                ),
                ("heading", "Sexual harassment (SH)"),
                (
                    "paragraph",
                    "SH is unwelcome conduct of a sexual nature that might reasonably be "
                    "expected or perceived to cause offence or humiliation. It happens in a "
                    "work relationship, for example between colleagues, with a supervisor or "
                    "with a contractor.",
                ),
                (
                    "paragraph",
                    "One incident can be enough. SH can happen outside the office, after "
                    "hours, online, on mission or at work events, and between people of any "
                    "gender.",
                ),
                (
                    "paragraph",
                    "The main references are ST/SGB/2019/8, Addressing discrimination, "
                    "harassment, including sexual harassment, and abuse of authority, and the "
                    "Agency's own policy on prevention of harassment, sexual harassment, "
                    "discrimination and abuse of authority.",
                ),
                ("heading", "Core standards, in short"),
                (
                    "list",
                    [
                        "SEA is serious misconduct and can lead to dismissal.",
                        "Sexual activity with anyone under 18 is prohibited, whatever the "
                        "local age of consent. Believing the person was older is no "
                        "defence.",
                        "Exchanging money, a job, goods, services or assistance for sex is "
                        "prohibited.",
                        "Sexual relationships with people receiving assistance are strongly "
                        "discouraged, because of the power imbalance.",
                        "If you have a concern about SEA, you must report it.",
                        "Managers must keep a work environment that prevents SEA.",
                    ],
                ),
                ("heading", "Not sure which one it is?"),
                (
                    "paragraph",
                    "You do not need to know. Contact any channel on the Get help now page "
                    "and they will make sure your concern reaches the right place. Support "
                    "is available whether or not you report.",
                ),
            ],
        },
        "fr": {
            "title": "EAS et HS : quelle différence ?",
            "summary": (
                "Ce sont deux fautes graves, mais elles ne concernent ni les mêmes "
                "personnes ni les mêmes règles."
            ),
            "body": [
                (
                    "paragraph",
                    "L'exploitation et les abus sexuels (EAS) et le harcèlement sexuel (HS) "
                    "sont deux formes d'inconduite sexuelle, toutes deux interdites à "
                    "l'Agence. Ce qui les distingue, c'est qui subit le tort et quelles "
                    "règles s'appliquent.",
                ),
                ("heading", "Exploitation et abus sexuels (EAS)"),
                (
                    "paragraph",
                    "Les EAS sont des torts causés par le personnel de l'Agence aux personnes "
                    "que nous servons ou rencontrons dans notre travail, comme les personnes "
                    "qui reçoivent une aide ou les membres des communautés. Ils reposent "
                    "souvent sur l'abus d'un rapport de force, de la confiance ou d'une "
                    "situation de besoin.",
                ),
                (
                    "paragraph",
                    "Le texte de référence est la circulaire ST/SGB/2003/13, Dispositions "
                    "spéciales visant à prévenir l'exploitation et les abus sexuels.",
                ),
                ("heading", "Harcèlement sexuel (HS)"),
                (
                    "paragraph",
                    "Le HS est un comportement non désiré à connotation sexuelle, dont on "
                    "peut raisonnablement penser qu'il pourrait choquer ou humilier. Il "
                    "survient dans une relation de travail, par exemple entre collègues, "
                    "avec un supérieur ou avec un prestataire.",
                ),
                (
                    "paragraph",
                    "Un seul incident peut suffire. Le HS peut se produire hors du bureau, "
                    "après les heures de travail, en ligne, en mission ou lors d'événements "
                    "professionnels, et entre personnes de tout genre.",
                ),
                (
                    "paragraph",
                    "Les textes de référence sont la circulaire ST/SGB/2019/8, Lutte contre "
                    "la discrimination, le harcèlement, y compris le harcèlement sexuel, et "
                    "l'abus d'autorité, ainsi que la politique de l'Agence sur la prévention "
                    "du harcèlement, du harcèlement sexuel, de la discrimination et de l'abus "
                    "d'autorité.",
                ),
                ("heading", "Les règles essentielles, en bref"),
                (
                    "list",
                    [
                        "Les EAS sont une faute grave qui peut entraîner le renvoi.",
                        "Toute activité sexuelle avec une personne de moins de 18 ans est "
                        "interdite, quel que soit l'âge de la majorité sexuelle dans le "
                        "pays. Se tromper sur l'âge de la personne n'est pas une excuse.",
                        "Il est interdit d'échanger de l'argent, un emploi, des biens, des "
                        "services ou une aide contre des relations sexuelles.",
                        "Les relations sexuelles avec les personnes qui reçoivent une aide "
                        "sont fortement déconseillées, en raison du déséquilibre de "
                        "pouvoir.",
                        "Si vous avez une préoccupation concernant des EAS, vous devez la "
                        "signaler.",
                        "Les responsables doivent maintenir un environnement de travail qui "
                        "prévient les EAS.",
                    ],
                ),
                ("heading", "Vous ne savez pas de quoi il s'agit ?"),
                (
                    "paragraph",
                    "Vous n'avez pas besoin de le savoir. Contactez l'un des canaux de la "
                    "page Obtenir de l'aide maintenant : votre préoccupation sera transmise "
                    "au bon service. Un soutien vous est proposé, que vous fassiez un "
                    "signalement ou non.",
                ),
            ],
        },
        "es": {
            "title": "EAS y AS: ¿cuál es la diferencia?",
            "summary": (
                "Las dos son faltas graves, pero afectan a personas distintas y se rigen "
                "por normas distintas."
            ),
            "body": [
                (
                    "paragraph",
                    "La explotación y el abuso sexuales (EAS) y el acoso sexual (AS) son dos "
                    "formas de conducta sexual indebida, y ambas están prohibidas en la "
                    "Agencia. La diferencia está en quién sufre el daño y qué normas se "
                    "aplican.",
                ),
                ("heading", "Explotación y abuso sexuales (EAS)"),
                (
                    "paragraph",
                    "La EAS es el daño que el personal de la Agencia causa a las personas a "
                    "las que servimos o con las que tratamos en nuestro trabajo, como "
                    "quienes reciben asistencia o los miembros de la comunidad. Suele "
                    "aprovecharse de una situación de poder, de confianza o de necesidad.",
                ),
                (
                    "paragraph",
                    "La norma de referencia es el boletín ST/SGB/2003/13, Medidas especiales "
                    "de protección contra la explotación y el abuso sexuales.",
                ),
                ("heading", "Acoso sexual (AS)"),
                (
                    "paragraph",
                    "El AS es cualquier conducta no deseada de carácter sexual que "
                    "razonablemente pueda esperarse o percibirse que ofenda o humille. "
                    "Ocurre en una relación de trabajo, por ejemplo entre colegas, con un "
                    "supervisor o con un contratista.",
                ),
                (
                    "paragraph",
                    "Un solo incidente puede bastar. El AS puede darse fuera de la oficina, "
                    "fuera del horario laboral, en línea, en misión o en eventos de trabajo, "
                    "y entre personas de cualquier género.",
                ),
                (
                    "paragraph",
                    "Las normas de referencia son el boletín ST/SGB/2019/8, Lucha contra la "
                    "discriminación, el acoso, incluido el acoso sexual, y el abuso de "
                    "autoridad, y la política de la Agencia sobre prevención del acoso, el "
                    "acoso sexual, la discriminación y el abuso de autoridad.",
                ),
                ("heading", "Las normas básicas, en resumen"),
                (
                    "list",
                    [
                        "La EAS es una falta de conducta grave y puede dar lugar al despido.",
                        "Está prohibida toda actividad sexual con menores de 18 años, sea "
                        "cual sea la edad de consentimiento en el país. Creer que la "
                        "persona era mayor no sirve de excusa.",
                        "Está prohibido dar dinero, empleo, bienes, servicios o asistencia "
                        "a cambio de sexo.",
                        "Se desaconsejan firmemente las relaciones sexuales con personas "
                        "que reciben asistencia, por el desequilibrio de poder.",
                        "Si tiene una inquietud sobre EAS, debe comunicarla.",
                        "Los responsables deben mantener un entorno de trabajo que prevenga "
                        "la EAS.",
                    ],
                ),
                ("heading", "¿No sabe de cuál se trata?"),
                (
                    "paragraph",
                    "No hace falta que lo sepa. Acuda a cualquiera de los canales de la "
                    "página Pedir ayuda ahora y se encargarán de que su inquietud llegue al "
                    "lugar adecuado. Puede recibir apoyo tanto si denuncia como si no.",
                ),
            ],
        },
        "ar": {
            "title": "الاستغلال والانتهاك الجنسيان والتحرش الجنسي: ما الفرق؟",
            "summary": (
                "كلاهما سوء سلوك جسيم، لكنهما يتعلقان بأشخاص مختلفين وتحكمهما قواعد مختلفة."
            ),
            "body": [
                (
                    "paragraph",
                    "الاستغلال والانتهاك الجنسيان والتحرش الجنسي شكلان من أشكال سوء السلوك "
                    "الجنسي، وكلاهما محظور في الوكالة. ويكمن الفرق في الشخص الذي يلحق به "
                    "الضرر وفي القواعد التي تنطبق.",
                ),
                ("heading", "الاستغلال والانتهاك الجنسيان"),
                (
                    "paragraph",
                    "الاستغلال والانتهاك الجنسيان ضرر يُلحقه أفراد من الوكالة بالأشخاص الذين "
                    "نخدمهم أو نلتقيهم في عملنا، مثل متلقي المساعدة وأفراد المجتمعات "
                    "المحلية. وكثيرًا ما يقوم على استغلال السلطة أو الثقة أو الحاجة.",
                ),
                (
                    "paragraph",
                    "المرجع الرئيسي هو نشرة الأمين العام ST/SGB/2003/13 بعنوان: تدابير خاصة "
                    "للحماية من الاستغلال الجنسي والانتهاك الجنسي.",
                ),
                ("heading", "التحرش الجنسي"),
                (
                    "paragraph",
                    "التحرش الجنسي هو أي سلوك غير مرغوب فيه ذي طابع جنسي، يُتوقع بشكل معقول "
                    "أو يُفهم أنه قد يسبب الإساءة أو الإهانة. ويقع في إطار علاقة عمل، مثل "
                    "العلاقة بين الزملاء أو مع مشرف أو مع متعاقد.",
                ),
                (
                    "paragraph",
                    "قد تكفي حادثة واحدة. ويمكن أن يقع التحرش الجنسي خارج المكتب، أو بعد "
                    "ساعات العمل، أو عبر الإنترنت، أو أثناء البعثات، أو في فعاليات العمل، "
                    "وبين أشخاص من أي نوع اجتماعي.",
                ),
                (
                    "paragraph",
                    "المرجعان الرئيسيان هما نشرة الأمين العام ST/SGB/2019/8 بعنوان: التصدي "
                    "للتمييز والتحرش، بما في ذلك التحرش الجنسي، وإساءة استعمال السلطة؛ "
                    "وسياسة الوكالة بشأن منع التحرش والتحرش الجنسي والتمييز وإساءة استعمال "
                    "السلطة.",
                ),
                ("heading", "المعايير الأساسية باختصار"),
                (
                    "list",
                    [
                        "الاستغلال والانتهاك الجنسيان سوء سلوك جسيم قد يؤدي إلى الفصل من الخدمة.",
                        "يُحظر أي نشاط جنسي مع أي شخص دون سن 18 عامًا، أيًّا كان سن الرضا "
                        "المعمول به محليًا. ولا يُعدّ الاعتقاد الخاطئ بعمر الشخص مبررًا.",
                        "يُحظر تبادل المال أو العمل أو السلع أو الخدمات أو المساعدة مقابل الجنس.",
                        "يُنصح بشدة بعدم إقامة علاقات جنسية مع متلقي المساعدة، بسبب اختلال "
                        "ميزان القوة.",
                        "إذا كان لديك قلق بشأن استغلال أو انتهاك جنسي، فعليك الإبلاغ عنه.",
                        "على المديرين الحفاظ على بيئة عمل تمنع الاستغلال والانتهاك الجنسيين.",
                    ],
                ),
                ("heading", "لست متأكدًا من نوع المشكلة؟"),
                (
                    "paragraph",
                    "لا يلزمك أن تعرف. تواصل مع أي قناة مذكورة في صفحة احصل على المساعدة "
                    "الآن، وستتأكد من وصول ما يقلقك إلى الجهة المناسبة. الدعم متاح لك سواء "
                    "قدّمت بلاغًا أم لا.",
                ),
            ],
        },
    },
    # ------------------------------------------------------------------ new-here
    {
        "slug": "new-here",
        "sensitive": False,
        "en": {
            "title": "New here? Start with this",
            "summary": (
                "Your rights, your obligations, two mandatory courses and where to go for what."
            ),
            "body": [
                (
                    "paragraph",
                    "Welcome to the Agency. This page covers what you need to know about "
                    "sexual exploitation, abuse and harassment in your first weeks.",
                ),
                ("heading", "Your rights"),
                (
                    "list",
                    [
                        "To work in a place free from harassment, sexual harassment, "
                        "discrimination and abuse of authority.",
                        "To raise a concern, formally or informally, and to get support "
                        "whether or not you report.",
                        "To be protected from retaliation when you report a concern or "
                        "help with an investigation.",
                        "To get confidential support from the Staff Counsellor and the Ombudsman.",
                    ],
                ),
                ("heading", "Your obligations"),
                (
                    "list",
                    [
                        "Never commit sexual exploitation or abuse. This applies "
                        "everywhere, on and off duty.",
                        "Treat everyone with respect: colleagues, partners and the people "
                        "we serve.",
                        "Report any concern about sexual exploitation or abuse that you see "
                        "or hear about.",
                        "Complete the two mandatory courses below.",
                    ],
                ),
                ("heading", "Two mandatory courses"),
                (
                    "list",
                    [
                        "Prevention of Sexual Exploitation and Abuse: e-learning, about 90 "
                        "minutes. Required for all personnel, including consultants, "
                        "interns and volunteers.",
                        "Prevention of Harassment, Sexual Harassment and Abuse of "
                        "Authority: e-learning, about 2 hours, with an extra module for "
                        "managers.",
                    ],
                ),
                (
                    "paragraph",
                    "Take both within your first weeks. They are available in several "
                    "languages, and you will refresh them every few years.",
                ),
                ("heading", "Where to go for what"),
                (
                    "list",
                    [
                        "You are not safe right now: security focal point, +000 000 0000.",
                        "You want to talk in confidence: Staff Counsellor, counsellor@example.org.",
                        "You want to solve a problem informally: Ombudsman, "
                        "ombudsman@example.org, or your HR Business Partner, "
                        "hr@example.org.",
                        "You want to make a formal report: independent investigations "
                        "office, investigations@example.org.",
                        "You have a concern about sexual exploitation or abuse: the PSEA "
                        "focal point in your office, psea@example.org.",
                        "You need advice or fear retaliation: Ethics Office, ethics@example.org.",
                    ],
                ),
            ],
        },
        "fr": {
            "title": "Vous venez d'arriver ? Commencez ici",
            "summary": (
                "Vos droits, vos obligations, deux formations obligatoires et à qui vous adresser."
            ),
            "body": [
                (
                    "paragraph",
                    "Bienvenue à l'Agence. Cette page réunit ce qu'il faut savoir, dès vos "
                    "premières semaines, sur l'exploitation, les abus et le harcèlement "
                    "sexuels.",
                ),
                ("heading", "Vos droits"),
                (
                    "list",
                    [
                        "Travailler dans un environnement sans harcèlement, harcèlement "
                        "sexuel, discrimination ni abus d'autorité.",
                        "Faire part d'une préoccupation, de manière formelle ou informelle, "
                        "et recevoir un soutien, que vous fassiez un signalement ou non.",
                        "Bénéficier d'une protection contre les représailles lorsque vous "
                        "signalez un problème ou coopérez à une enquête.",
                        "Recevoir un soutien confidentiel du conseiller du personnel et de "
                        "l'Ombudsman.",
                    ],
                ),
                ("heading", "Vos obligations"),
                (
                    "list",
                    [
                        "Ne jamais commettre d'exploitation ou d'abus sexuels. Cette règle "
                        "s'applique partout, pendant et en dehors du service.",
                        "Traiter chacun avec respect : collègues, partenaires et personnes "
                        "que nous servons.",
                        "Signaler toute préoccupation relative à l'exploitation ou aux abus "
                        "sexuels dont vous êtes témoin ou dont vous entendez parler.",
                        "Suivre les deux formations obligatoires ci-dessous.",
                    ],
                ),
                ("heading", "Deux formations obligatoires"),
                (
                    "list",
                    [
                        "Prévention de l'exploitation et des abus sexuels : formation en "
                        "ligne d'environ 90 minutes, obligatoire pour tout le personnel, y "
                        "compris les consultants, les stagiaires et les volontaires.",
                        "Prévention du harcèlement, du harcèlement sexuel et de l'abus "
                        "d'autorité : formation en ligne d'environ 2 heures, avec un module "
                        "supplémentaire pour les responsables.",
                    ],
                ),
                (
                    "paragraph",
                    "Suivez les deux au cours de vos premières semaines. Elles existent en "
                    "plusieurs langues et sont à renouveler à quelques années d'intervalle.",
                ),
                ("heading", "À qui s'adresser"),
                (
                    "list",
                    [
                        "Vous n'êtes pas en sécurité : point focal sécurité, +000 000 0000.",
                        "Vous voulez parler en toute confidentialité : conseiller du "
                        "personnel, counsellor@example.org.",
                        "Vous souhaitez régler un problème de manière informelle : "
                        "Ombudsman, ombudsman@example.org, ou votre partenaire RH, "
                        "hr@example.org.",
                        "Vous voulez faire un signalement officiel : Bureau indépendant des "
                        "enquêtes, investigations@example.org.",
                        "Vous avez une préoccupation concernant l'exploitation ou les abus "
                        "sexuels : le point focal PEAS de votre bureau, psea@example.org.",
                        "Vous avez besoin de conseils ou craignez des représailles : Bureau "
                        "de la déontologie, ethics@example.org.",
                    ],
                ),
            ],
        },
        "es": {
            "title": "¿Acaba de llegar? Empiece aquí",
            "summary": (
                "Sus derechos, sus obligaciones, dos cursos obligatorios y a quién acudir "
                "en cada caso."
            ),
            "body": [
                (
                    "paragraph",
                    "Le damos la bienvenida a la Agencia. Esta página reúne lo que necesita "
                    "saber en sus primeras semanas sobre la explotación, el abuso y el "
                    "acoso sexuales.",
                ),
                ("heading", "Sus derechos"),
                (
                    "list",
                    [
                        "Trabajar en un entorno libre de acoso, acoso sexual, "
                        "discriminación y abuso de autoridad.",
                        "Plantear una inquietud, por vía formal o informal, y recibir "
                        "apoyo tanto si denuncia como si no.",
                        "Contar con protección frente a represalias cuando comunica un "
                        "problema o colabora en una investigación.",
                        "Recibir apoyo confidencial del Consejero del Personal y del Ombudsman.",
                    ],
                ),
                ("heading", "Sus obligaciones"),
                (
                    "list",
                    [
                        "No incurrir nunca en explotación ni abuso sexuales. Esta norma se "
                        "aplica en todo lugar, dentro y fuera del horario de trabajo.",
                        "Tratar a todas las personas con respeto: colegas, socios y las "
                        "personas a las que servimos.",
                        "Comunicar cualquier inquietud sobre explotación o abuso sexuales "
                        "que vea o de la que tenga noticia.",
                        "Completar los dos cursos obligatorios que figuran a continuación.",
                    ],
                ),
                ("heading", "Dos cursos obligatorios"),
                (
                    "list",
                    [
                        "Prevención de la explotación y el abuso sexuales: curso en línea "
                        "de unos 90 minutos, obligatorio para todo el personal, incluidos "
                        "consultores, pasantes y voluntarios.",
                        "Prevención del acoso, el acoso sexual y el abuso de autoridad: "
                        "curso en línea de unas 2 horas, con un módulo adicional para "
                        "quienes dirigen equipos.",
                    ],
                ),
                (
                    "paragraph",
                    "Complete ambos en sus primeras semanas. Están disponibles en varios "
                    "idiomas y tendrá que repetirlos cada pocos años.",
                ),
                ("heading", "A quién acudir en cada caso"),
                (
                    "list",
                    [
                        "Si no está a salvo: punto focal de seguridad, +000 000 0000.",
                        "Si quiere hablar de forma confidencial: Consejero del Personal, "
                        "counsellor@example.org.",
                        "Si quiere resolver un problema de manera informal: Ombudsman, "
                        "ombudsman@example.org, o su asesor o asesora de Recursos "
                        "Humanos, hr@example.org.",
                        "Si quiere presentar una denuncia formal: Oficina independiente de "
                        "investigaciones, investigations@example.org.",
                        "Si tiene una inquietud sobre explotación o abuso sexuales: el "
                        "punto focal de PEAS de su oficina, psea@example.org.",
                        "Si necesita asesoramiento o teme represalias: Oficina de Ética, "
                        "ethics@example.org.",
                    ],
                ),
            ],
        },
        "ar": {
            "title": "هل انضممت إلينا حديثًا؟ ابدأ من هنا",
            "summary": "حقوقك وواجباتك، ودورتان تدريبيتان إلزاميتان، وإلى من تلجأ في كل حالة.",
            "body": [
                (
                    "paragraph",
                    "مرحبًا بك في الوكالة. تجمع هذه الصفحة ما تحتاج إلى معرفته في أسابيعك "
                    "الأولى عن الاستغلال والانتهاك الجنسيين والتحرش الجنسي.",
                ),
                ("heading", "حقوقك"),
                (
                    "list",
                    [
                        "أن تعمل في بيئة خالية من التحرش والتحرش الجنسي والتمييز وإساءة "
                        "استعمال السلطة.",
                        "أن تثير ما يقلقك بطريقة رسمية أو غير رسمية، وأن تحصل على الدعم "
                        "سواء قدّمت بلاغًا أم لا.",
                        "أن تحظى بالحماية من الانتقام عندما تبلّغ عن مشكلة أو تتعاون في تحقيق.",
                        "أن تحصل على دعم سري من مستشار الموظفين ومن أمين المظالم.",
                    ],
                ),
                ("heading", "واجباتك"),
                (
                    "list",
                    [
                        "ألا ترتكب أبدًا أي استغلال أو انتهاك جنسي. وتنطبق هذه القاعدة في "
                        "كل مكان، أثناء العمل وخارجه.",
                        "أن تعامل الجميع باحترام: الزملاء والشركاء والأشخاص الذين نخدمهم.",
                        "أن تبلّغ عن أي قلق بشأن استغلال أو انتهاك جنسي تشهده أو تسمع عنه.",
                        "أن تُكمل الدورتين الإلزاميتين المذكورتين أدناه.",
                    ],
                ),
                ("heading", "دورتان تدريبيتان إلزاميتان"),
                (
                    "list",
                    [
                        "منع الاستغلال والانتهاك الجنسيين: دورة إلكترونية مدتها نحو 90 "
                        "دقيقة، إلزامية لجميع الأفراد، بمن فيهم الخبراء الاستشاريون "
                        "والمتدربون والمتطوعون.",
                        "منع التحرش والتحرش الجنسي وإساءة استعمال السلطة: دورة إلكترونية "
                        "مدتها نحو ساعتين، مع وحدة إضافية للمديرين.",
                    ],
                ),
                (
                    "paragraph",
                    "أكمل الدورتين خلال أسابيعك الأولى. وهما متاحتان بعدة لغات، وستعيدهما "
                    "كل بضع سنوات.",
                ),
                ("heading", "إلى من تلجأ في كل حالة"),
                (
                    "list",
                    [
                        "إذا لم تكن في أمان: جهة التنسيق الأمني، +000 000 0000.",
                        "إذا أردت التحدث بسرية: مستشار الموظفين، counsellor@example.org.",
                        "إذا أردت حل مشكلة بطريقة غير رسمية: أمين المظالم، "
                        "ombudsman@example.org، أو شريك أعمال الموارد البشرية لمكتبك، "
                        "hr@example.org.",
                        "إذا أردت تقديم بلاغ رسمي: مكتب التحقيقات المستقل، "
                        "investigations@example.org.",
                        "إذا كان لديك قلق بشأن استغلال أو انتهاك جنسي: جهة التنسيق المعنية "
                        "بالحماية من الاستغلال والانتهاك الجنسيين في مكتبك، "
                        "psea@example.org.",
                        "إذا احتجت إلى مشورة أو كنت تخشى الانتقام: مكتب الأخلاقيات، "
                        "ethics@example.org.",
                    ],
                ),
            ],
        },
    },
    # ------------------------------------------------------------------ report-a-concern
    {
        "slug": "report-a-concern",
        "sensitive": True,
        "en": {
            "title": "How to report a concern",
            "summary": (
                "Your options for raising a concern, who learns what, what happens next, "
                "and the support you can get either way."
            ),
            "body": [
                (
                    "paragraph",
                    "You decide whether, when and how to raise a concern. You do not need "
                    "proof. If you wish, keep a short dated note of what happened, when and "
                    "who was there.",
                ),
                ("heading", "Your options"),
                (
                    "list",
                    [
                        "Formal report: you ask the independent investigations office to "
                        "look into what happened. Use the web form, "
                        "investigations@example.org or +000 000 0000.",
                        "Informal route: the Ombudsman or your HR Business Partner helps "
                        "you find a solution without an investigation, such as a "
                        "facilitated conversation or a change in work arrangements. You can "
                        "switch to a formal report at any time. The informal route is for "
                        "workplace concerns such as sexual harassment; concerns about "
                        "sexual exploitation or abuse are always handled formally.",
                        "Anonymous report: the independent investigations office accepts "
                        "reports without your name. We can only update you if you leave a "
                        "way to reach you, such as an anonymous email address.",
                        "Reporting for someone else: if you saw or heard about something, "
                        "you can report it. If it is about sexual exploitation or abuse, "
                        "you must.",
                    ],
                ),
                ("heading", "Who learns what"),
                (
                    "list",
                    [
                        "Only the people who handle your concern see the details.",
                        "Your manager is not told unless you agree, or unless it is needed "
                        "to keep you safe.",
                        "If an investigation starts, the person concerned is told about the "
                        "allegation so they can respond. They are told not to contact you "
                        "and not to retaliate.",
                        "The Ombudsman and the Staff Counsellor keep what you tell them "
                        "confidential, unless there is a risk of serious harm.",
                    ],
                ),
                ("heading", "What happens next"),
                (
                    "list",
                    [
                        "Within 5 working days: you receive an acknowledgement and the name "
                        "of a contact person.",
                        "Within about 30 days: your concern is assessed and you are told "
                        "whether an investigation will start.",
                        "During an investigation: it often takes 3 to 6 months. Your "
                        "contact person updates you at least once a month.",
                        "At the end: you are told the outcome, as far as confidentiality "
                        "rules allow.",
                    ],
                ),
                (
                    "paragraph",
                    "Every case is different, so times can vary. If you need protection in "
                    "the meantime, ask your contact person about measures such as a change "
                    "of supervisor, office or working arrangements.",
                ),
                ("heading", "Retaliation is prohibited"),
                (
                    "paragraph",
                    "No one may punish, threaten or disadvantage you for reporting or for "
                    "helping with an investigation. Retaliation is itself misconduct. If "
                    "you fear or face retaliation, contact the Ethics Office at "
                    "ethics@example.org.",
                ),
                ("heading", "Support whether or not you report"),
                (
                    "paragraph",
                    "You can get confidential support at any time, whatever you decide. "
                    "Contact the Staff Counsellor at counsellor@example.org, or see the Get "
                    "help now page for all your options.",
                ),
            ],
        },
        "fr": {
            "title": "Comment faire un signalement",
            "summary": (
                "Vos options pour faire part d'une préoccupation, qui est informé de quoi, "
                "ce qui se passe ensuite et le soutien proposé dans tous les cas."
            ),
            "body": [
                (
                    "paragraph",
                    "C'est vous qui décidez si, quand et comment faire part d'une "
                    "préoccupation. Vous n'avez pas besoin de preuves. Si vous le souhaitez, "
                    "notez brièvement ce qui s'est passé, à quelle date et qui était présent.",
                ),
                ("heading", "Vos options"),
                (
                    "list",
                    [
                        "Signalement officiel : vous demandez au Bureau indépendant des "
                        "enquêtes d'examiner ce qui s'est passé. Utilisez le formulaire en "
                        "ligne, investigations@example.org ou le +000 000 0000.",
                        "Voie informelle : l'Ombudsman ou votre partenaire RH vous aide à "
                        "trouver une solution sans enquête, par exemple une discussion "
                        "facilitée ou un changement dans l'organisation du travail. Vous "
                        "pouvez passer à un signalement officiel à tout moment. La voie "
                        "informelle concerne les problèmes au travail comme le harcèlement "
                        "sexuel ; les préoccupations relatives aux EAS sont toujours "
                        "traitées par la voie officielle.",
                        "Signalement anonyme : le Bureau indépendant des enquêtes accepte "
                        "les signalements sans nom. Nous ne pourrons vous tenir au courant "
                        "que si vous laissez un moyen de vous joindre, comme une adresse "
                        "électronique anonyme.",
                        "Signalement par un tiers : si vous avez vu quelque chose ou en avez "
                        "entendu parler, vous pouvez le signaler. S'il s'agit "
                        "d'exploitation ou d'abus sexuels, vous devez le faire.",
                    ],
                ),
                ("heading", "Qui est informé de quoi"),
                (
                    "list",
                    [
                        "Seules les personnes qui traitent votre préoccupation ont accès aux "
                        "détails.",
                        "Votre responsable n'est pas informé, sauf si vous êtes d'accord ou "
                        "si c'est nécessaire pour votre sécurité.",
                        "Si une enquête est ouverte, la personne mise en cause est informée "
                        "de l'allégation pour pouvoir y répondre. Il lui est demandé de ne "
                        "pas vous contacter et de ne pas exercer de représailles.",
                        "L'Ombudsman et le conseiller du personnel gardent confidentiel ce "
                        "que vous leur dites, sauf en cas de risque de préjudice grave.",
                    ],
                ),
                ("heading", "Et ensuite ?"),
                (
                    "list",
                    [
                        "Sous 5 jours ouvrables : vous recevez un accusé de réception et le "
                        "nom d'une personne de contact.",
                        "Sous 30 jours environ : votre préoccupation est évaluée et l'on "
                        "vous dit si une enquête sera ouverte.",
                        "Pendant l'enquête : elle dure souvent de 3 à 6 mois. Votre personne "
                        "de contact vous donne des nouvelles au moins une fois par mois.",
                        "À la fin : on vous communique le résultat, dans la mesure où les "
                        "règles de confidentialité le permettent.",
                    ],
                ),
                (
                    "paragraph",
                    "Chaque situation est différente, et ces délais peuvent varier. Si vous "
                    "avez besoin d'une protection en attendant, demandez à votre "
                    "personne de contact des mesures comme un changement de supérieur, de "
                    "bureau ou d'organisation du travail.",
                ),
                ("heading", "Les représailles sont interdites"),
                (
                    "paragraph",
                    "Personne n'a le droit de vous sanctionner, de vous menacer ou de vous "
                    "désavantager parce que vous avez fait un signalement ou aidé une "
                    "enquête. Les représailles sont en elles-mêmes une faute. Si vous les "
                    "craignez ou les subissez, contactez le Bureau de la déontologie à "
                    "ethics@example.org.",
                ),
                ("heading", "Un soutien, que vous signaliez ou non"),
                (
                    "paragraph",
                    "Vous pouvez recevoir un soutien confidentiel à tout moment, quelle que "
                    "soit votre décision. Contactez le conseiller du personnel à "
                    "counsellor@example.org, ou consultez la page Obtenir de l'aide "
                    "maintenant pour voir toutes vos options.",
                ),
            ],
        },
        "es": {
            "title": "Cómo denunciar una situación",
            "summary": (
                "Sus opciones para comunicar una inquietud, quién sabe qué, qué ocurre "
                "después y el apoyo que puede recibir en cualquier caso."
            ),
            "body": [
                (
                    "paragraph",
                    "Usted decide si plantea una inquietud, cuándo y cómo. No necesita "
                    "pruebas. Si lo desea, anote brevemente qué ocurrió, cuándo y quién "
                    "estaba presente.",
                ),
                ("heading", "Sus opciones"),
                (
                    "list",
                    [
                        "Denuncia formal: pide a la Oficina independiente de "
                        "investigaciones que examine lo ocurrido. Puede usar el formulario "
                        "web, investigations@example.org o el +000 000 0000.",
                        "Vía informal: el Ombudsman o su asesor o asesora de Recursos "
                        "Humanos le ayudan a buscar una solución sin investigación, por "
                        "ejemplo una conversación facilitada o un cambio en la organización "
                        "del trabajo. Puede pasar a una denuncia formal en cualquier "
                        "momento. La vía informal es para problemas en el lugar de trabajo, "
                        "como el acoso sexual; las inquietudes sobre EAS siempre se "
                        "tramitan por la vía formal.",
                        "Denuncia anónima: la Oficina independiente de investigaciones "
                        "acepta denuncias sin nombre. Solo podremos informarle si nos deja "
                        "una forma de contactarle, como una dirección de correo anónima.",
                        "Denuncia en nombre de otra persona: si vio algo o se enteró de "
                        "algo, puede denunciarlo. Si se trata de explotación o abuso "
                        "sexuales, debe hacerlo.",
                    ],
                ),
                ("heading", "Quién sabe qué"),
                (
                    "list",
                    [
                        "Solo las personas que tramitan su inquietud conocen los detalles.",
                        "No se informa a su supervisor, salvo que usted esté de acuerdo o "
                        "que sea necesario para su seguridad.",
                        "Si se abre una investigación, se informa a la persona implicada "
                        "de la denuncia para que pueda responder. Se le indica que no debe "
                        "contactarle ni tomar represalias.",
                        "El Ombudsman y el Consejero del Personal mantienen la "
                        "confidencialidad de lo que les cuente, salvo que exista riesgo de "
                        "daño grave.",
                    ],
                ),
                ("heading", "Qué ocurre después"),
                (
                    "list",
                    [
                        "En un plazo de 5 días hábiles: recibe un acuse de recibo y el "
                        "nombre de una persona de contacto.",
                        "En unos 30 días: se evalúa su inquietud y se le informa de si se "
                        "abrirá una investigación.",
                        "Durante la investigación: suele durar entre 3 y 6 meses. Su "
                        "persona de contacto le informa al menos una vez al mes.",
                        "Al final: se le comunica el resultado, en la medida en que lo "
                        "permitan las normas de confidencialidad.",
                    ],
                ),
                (
                    "paragraph",
                    "Cada caso es distinto y los plazos pueden variar. Si necesita "
                    "protección mientras tanto, pida a su persona de contacto medidas como "
                    "un cambio de supervisor, de oficina o de organización del trabajo.",
                ),
                ("heading", "Las represalias están prohibidas"),
                (
                    "paragraph",
                    "Nadie puede castigarle, amenazarle ni perjudicarle por denunciar o por "
                    "colaborar en una investigación. Las represalias son en sí mismas una "
                    "falta de conducta. Si las teme o las sufre, contacte con la Oficina de "
                    "Ética en ethics@example.org.",
                ),
                ("heading", "Apoyo tanto si denuncia como si no"),
                (
                    "paragraph",
                    "Puede recibir apoyo confidencial en cualquier momento, decida lo que "
                    "decida. Contacte con el Consejero del Personal en "
                    "counsellor@example.org o consulte la página Pedir ayuda ahora para ver "
                    "todas sus opciones.",
                ),
            ],
        },
        "ar": {
            "title": "كيف تبلّغ عن مصدر قلق",
            "summary": (
                "خياراتك لإثارة ما يقلقك، ومن يعرف ماذا، وماذا يحدث بعد ذلك، والدعم "
                "المتاح لك في جميع الأحوال."
            ),
            "body": [
                (
                    "paragraph",
                    "أنت من يقرر هل تبلّغ عمّا يقلقك، ومتى، وكيف. لا تحتاج إلى دليل. وإذا "
                    "أردت، دوّن باختصار ما حدث ومتى ومن كان حاضرًا.",
                ),
                ("heading", "خياراتك"),
                (
                    "list",
                    [
                        "البلاغ الرسمي: تطلب من مكتب التحقيقات المستقل النظر فيما حدث. "
                        "ويمكنك استخدام النموذج الإلكتروني أو البريد "
                        "investigations@example.org أو الرقم +000 000 0000.",
                        "المسار غير الرسمي: يساعدك أمين المظالم أو شريك أعمال الموارد "
                        "البشرية على إيجاد حل دون تحقيق، مثل حوار بمساعدة وسيط أو تغيير في "
                        "ترتيبات العمل. ويمكنك الانتقال إلى بلاغ رسمي في أي وقت. والمسار "
                        "غير الرسمي مخصص لمشكلات مكان العمل مثل التحرش الجنسي، أما المخاوف "
                        "المتعلقة بالاستغلال والانتهاك الجنسيين فتُعالج دائمًا بصورة رسمية.",
                        "البلاغ المجهول المصدر: يقبل مكتب التحقيقات المستقل البلاغات دون "
                        "ذكر الاسم. ولن نتمكن من إطلاعك على المستجدات إلا إذا تركت لنا "
                        "وسيلة للتواصل معك، مثل عنوان بريد إلكتروني لا يكشف هويتك.",
                        "البلاغ نيابة عن شخص آخر: إذا شهدت شيئًا أو سمعت عنه، يمكنك "
                        "الإبلاغ عنه. وإذا تعلّق الأمر باستغلال أو انتهاك جنسي، فعليك "
                        "الإبلاغ.",
                    ],
                ),
                ("heading", "من يعرف ماذا"),
                (
                    "list",
                    [
                        "لا يطّلع على التفاصيل إلا الأشخاص الذين يتولون معالجة بلاغك.",
                        "لا يُبلَّغ مديرك إلا إذا وافقت، أو إذا كان ذلك ضروريًا لسلامتك.",
                        "إذا فُتح تحقيق، يُبلَّغ الشخص المعني بالادعاء كي يتمكن من الرد "
                        "عليه. ويُطلب منه عدم التواصل معك وعدم الانتقام منك.",
                        "يحافظ أمين المظالم ومستشار الموظفين على سرية ما تقوله لهما، إلا "
                        "إذا كان هناك خطر بوقوع ضرر جسيم.",
                    ],
                ),
                ("heading", "ماذا يحدث بعد ذلك"),
                (
                    "list",
                    [
                        "خلال 5 أيام عمل: تتلقى إشعارًا بالاستلام واسم شخص للتواصل.",
                        "خلال 30 يومًا تقريبًا: يُقيَّم بلاغك، ونخبرك بما إذا كان سيُفتح تحقيق.",
                        "أثناء التحقيق: يستغرق عادةً ما بين 3 و6 أشهر. ويطلعك الشخص المكلف "
                        "بالتواصل معك على المستجدات مرة واحدة في الشهر على الأقل.",
                        "في النهاية: نُبلغك بالنتيجة، في حدود ما تسمح به قواعد السرية.",
                    ],
                ),
                (
                    "paragraph",
                    "كل حالة تختلف عن غيرها، وقد تتفاوت هذه المدد. وإذا احتجت إلى حماية "
                    "في الأثناء، فاطلب من الشخص المكلف بالتواصل معك اتخاذ تدابير مثل تغيير "
                    "المشرف أو المكتب أو ترتيبات العمل.",
                ),
                ("heading", "الانتقام محظور"),
                (
                    "paragraph",
                    "لا يحق لأحد أن يعاقبك أو يهددك أو يلحق بك ضررًا لأنك أبلغت أو ساعدت "
                    "في تحقيق. والانتقام في حد ذاته سوء سلوك. وإذا كنت تخشى الانتقام أو "
                    "تتعرض له، فاتصل بمكتب الأخلاقيات على ethics@example.org.",
                ),
                ("heading", "الدعم متاح سواء أبلغت أم لا"),
                (
                    "paragraph",
                    "يمكنك الحصول على دعم سري في أي وقت، أيًّا كان قرارك. تواصل مع مستشار "
                    "الموظفين على counsellor@example.org، أو راجع صفحة احصل على المساعدة "
                    "الآن للاطلاع على جميع خياراتك.",
                ),
            ],
        },
    },
]
