"""Words of the demo school's home page and parents' space, in French and two translations."""

HOME = {
    "fr": {
        "title": "Bienvenue à l’école Jean-Jaurès",
        "intro": (
            "Une école élémentaire de quartier, du CP au CM2, où chaque famille a sa place. "
            "Ici, vous trouvez ce qui se passe ce mois-ci, comment nous joindre, et des fiches "
            "pratiques pour accompagner votre enfant."
        ),
        "plain_words": (
            "Vous êtes les bienvenus à l’école. Vous pouvez poser toutes vos questions. "
            "Nous pouvons parler avec un interprète."
        ),
        "body": [
            ("heading", "Une école ouverte aux parents"),
            (
                "paragraph",
                "<p>Les portes ouvrent à 8 h 20 et l’école commence à 8 h 30. Le midi, les élèves "
                "peuvent manger à la cantine. Le soir, l’accueil périscolaire garde les enfants "
                "jusqu’à 18 h 30.</p><p>Vous pouvez demander un rendez-vous avec l’enseignant "
                "de votre enfant à tout moment, en personne, par téléphone ou en visio.</p>",
            ),
        ],
    },
    "en": {
        "title": "Welcome to Jean-Jaurès school",
        "intro": (
            "A neighbourhood primary school, from year 1 to year 5, where every family belongs. "
            "Here you will find what happens this month, how to reach us, and practical sheets "
            "to support your child."
        ),
        "plain_words": (
            "You are welcome at school. You can ask any question. We can talk with an interpreter."
        ),
        "body": [
            ("heading", "A school open to parents"),
            (
                "paragraph",
                "<p>Doors open at 8:20 and school starts at 8:30. At lunchtime, pupils can eat at "
                "the canteen. In the evening, after-school care looks after children until 6:30 pm."
                "</p><p>You can ask for a meeting with your child’s teacher at any time, in person, "
                "by phone or by video call.</p>",
            ),
        ],
    },
    "ar": {
        "title": "مرحبًا بكم في مدرسة جان جوريس",
        "intro": (
            "مدرسة ابتدائية في الحي، من السنة الأولى إلى السنة الخامسة، لكل عائلة فيها مكان. "
            "ستجدون هنا ما يحدث هذا الشهر، وكيفية التواصل معنا، وبطاقات عملية لمرافقة طفلكم."
        ),
        "plain_words": (
            "أنتم مرحَّب بكم في المدرسة. يمكنكم طرح كل أسئلتكم. يمكننا التحدث بمساعدة مترجم."
        ),
        "body": [
            ("heading", "مدرسة مفتوحة للأولياء"),
            (
                "paragraph",
                "<p>تُفتح الأبواب على الساعة 8:20 وتبدأ الدراسة على الساعة 8:30. في منتصف النهار "
                "يمكن للتلاميذ تناول الغداء في المطعم المدرسي. وفي المساء يعتني الاستقبال بعد "
                "المدرسة بالأطفال حتى الساعة 18:30.</p><p>يمكنكم طلب موعد مع معلم طفلكم في أي "
                "وقت، حضوريًا أو بالهاتف أو عبر مكالمة فيديو.</p>",
            ),
        ],
    },
}

PARENT_SPACE = {
    "fr": {
        "title": "Espace parents",
        "slug": "espace-parents",
        "intro": (
            "Vous êtes nouveau à l’école, ou vous avez une question ? Cette page explique comment "
            "l’école fonctionne, qui contacter et ce que veulent dire les mots de l’école."
        ),
        "plain_words": (
            "Cette page explique l’école. Elle dit qui appeler. Elle explique les mots difficiles."
        ),
        "how_school_works": [
            ("heading", "Une journée d’école"),
            (
                "paragraph",
                "<ul><li>8 h 20 : ouverture des portes. Accompagnez votre enfant jusqu’au "
                "portail.</li><li>8 h 30 – 11 h 45 : classe.</li><li>11 h 45 – 13 h 30 : "
                "cantine ou repas à la maison.</li><li>13 h 30 – 16 h 30 : classe.</li>"
                "<li>16 h 30 – 18 h 30 : accueil périscolaire (sur inscription à la mairie)."
                "</li></ul><p>Il n’y a pas classe le mercredi.</p>",
            ),
            ("heading", "Si votre enfant est absent"),
            (
                "paragraph",
                "<p>Prévenez l’école le matin même, par téléphone ou par un mot dans le cahier de "
                "liaison. Au retour, écrivez le motif de l’absence. Vous n’avez pas besoin de "
                "certificat médical, sauf pour certaines maladies contagieuses.</p>",
            ),
            (
                "plain_words",
                {"text": "Votre enfant est malade ? Appelez l’école le matin. C’est tout."},
            ),
            ("heading", "Le cahier de liaison"),
            (
                "paragraph",
                "<p>C’est le petit cahier qui fait le lien entre l’école et la maison. Regardez-le "
                "chaque soir et signez les mots de l’enseignant. Vous pouvez aussi y écrire vos "
                "questions.</p>",
            ),
        ],
        "contacts": [
            {
                "name": "Claire Martin",
                "role": "Directrice",
                "phone": "04 78 00 00 00",
                "email": "ce.0690000x@ac-lyon.fr",
                "hours": "Le mardi toute la journée, et sur rendez-vous",
                "languages": "français, anglais",
            },
            {
                "name": "Secrétariat",
                "role": "Inscriptions, absences, certificats",
                "phone": "04 78 00 00 01",
                "email": "",
                "hours": "Lundi, jeudi et vendredi, 8 h 15 – 11 h 45",
                "languages": "français, arabe",
            },
        ],
        "faq": [
            (
                "Puis-je venir avec un interprète ou une personne de confiance ?",
                "<p>Oui. Pour tout rendez-vous, vous pouvez venir avec la personne de votre choix. "
                "L’école peut aussi demander un interprète : dites-le au moment de prendre "
                "rendez-vous.</p>",
            ),
            (
                "Je travaille tard. Comment rencontrer l’enseignant ?",
                "<p>Les enseignants proposent des créneaux jusqu’à 19 h et des rendez-vous par "
                "téléphone. Vous pouvez aussi demander un autre moment.</p>",
            ),
            (
                "Je ne lis pas bien le français. Comment suivre ce que dit l’école ?",
                "<p>Ce site existe en plusieurs langues : choisissez la vôtre en haut de la page. "
                "Beaucoup de pages ont un résumé « en mots simples » et une version audio.</p>",
            ),
        ],
        "glossary": [
            (
                "Conseil d’école",
                "Une réunion trois fois par an entre l’équipe, les parents élus et la mairie. On y décide de la vie de l’école.",
            ),
            (
                "APC",
                "Activités pédagogiques complémentaires : un petit moment d’aide en petit groupe, après la classe, avec l’accord des parents.",
            ),
            (
                "AESH",
                "Accompagnant d’élèves en situation de handicap : un adulte qui aide un enfant en classe.",
            ),
            (
                "RASED",
                "Réseau d’aides spécialisées : des enseignants et un psychologue qui aident les élèves en difficulté.",
            ),
            ("Livret scolaire", "Le bilan des progrès de votre enfant, remis deux fois par an."),
            (
                "Périscolaire",
                "L’accueil avant et après la classe, et le mercredi, organisé par la mairie.",
            ),
        ],
        "partners": [
            {
                "name": "Association des parents d’élèves",
                "role": "Parents élus au conseil d’école",
                "phone": "",
                "email": "parents.jeanjaures@example.org",
                "hours": "Café des parents le premier vendredi du mois, 8 h 30",
                "languages": "français, arabe, turc",
            },
            {
                "name": "Centre social des Lilas",
                "role": "Aide aux devoirs, cours de français pour adultes, démarches",
                "phone": "04 78 00 10 10",
                "email": "",
                "hours": "Du lundi au vendredi, 9 h – 18 h",
                "languages": "français, arabe, tamoul",
            },
        ],
    },
    "en": {
        "title": "Parents’ space",
        "slug": "parents-space",
        "intro": (
            "New to the school, or have a question? This page explains how the school works, "
            "who to contact and what school words mean."
        ),
        "plain_words": "This page explains school. It says who to call. It explains hard words.",
        "how_school_works": [
            ("heading", "A school day"),
            (
                "paragraph",
                "<ul><li>8:20: doors open. Walk your child to the gate.</li><li>8:30 – 11:45: "
                "lessons.</li><li>11:45 – 13:30: canteen or lunch at home.</li><li>13:30 – "
                "16:30: lessons.</li><li>16:30 – 18:30: after-school care (register at the town "
                "hall).</li></ul><p>There are no lessons on Wednesdays.</p>",
            ),
            ("heading", "If your child is absent"),
            (
                "paragraph",
                "<p>Tell the school the same morning, by phone or with a note in the link book. "
                "When your child comes back, write down the reason. You do not need a medical "
                "certificate, except for some contagious illnesses.</p>",
            ),
            (
                "plain_words",
                {"text": "Is your child ill? Call the school in the morning. That is all."},
            ),
            ("heading", "The link book"),
            (
                "paragraph",
                "<p>This small notebook links school and home. Look at it every evening and sign "
                "the teacher’s notes. You can write your questions in it too.</p>",
            ),
        ],
        "contacts": [
            {
                "name": "Claire Martin",
                "role": "Head teacher",
                "phone": "04 78 00 00 00",
                "email": "ce.0690000x@ac-lyon.fr",
                "hours": "Tuesdays all day, and by appointment",
                "languages": "French, English",
            },
            {
                "name": "School office",
                "role": "Enrolment, absences, certificates",
                "phone": "04 78 00 00 01",
                "email": "",
                "hours": "Monday, Thursday and Friday, 8:15 – 11:45",
                "languages": "French, Arabic",
            },
        ],
        "faq": [
            (
                "Can I come with an interpreter or a person I trust?",
                "<p>Yes. For any meeting, you can come with the person of your choice. The school "
                "can also ask for an interpreter: say so when you book.</p>",
            ),
            (
                "I work late. How can I meet the teacher?",
                "<p>Teachers offer slots until 7 pm and meetings by phone. You can also ask for "
                "another time.</p>",
            ),
            (
                "I do not read French well. How can I follow what the school says?",
                "<p>This site exists in several languages: choose yours at the top of the page. "
                "Many pages have an “in plain words” summary and an audio version.</p>",
            ),
        ],
        "glossary": [
            (
                "School council",
                "A meeting three times a year between the team, elected parents and the town hall. It decides on school life.",
            ),
            (
                "APC",
                "Extra teaching time: a short moment of help in a small group, after lessons, with the parents’ consent.",
            ),
            (
                "AESH",
                "Support worker for pupils with disabilities: an adult who helps a child in class.",
            ),
            (
                "RASED",
                "Specialised support network: teachers and a psychologist who help pupils in difficulty.",
            ),
            ("School report", "The record of your child’s progress, given twice a year."),
            (
                "Périscolaire",
                "Care before and after lessons, and on Wednesdays, run by the town hall.",
            ),
        ],
        "partners": [
            {
                "name": "Parents’ association",
                "role": "Parents elected to the school council",
                "phone": "",
                "email": "parents.jeanjaures@example.org",
                "hours": "Parents’ café on the first Friday of the month, 8:30",
                "languages": "French, Arabic, Turkish",
            },
            {
                "name": "Les Lilas community centre",
                "role": "Homework help, French classes for adults, paperwork",
                "phone": "04 78 00 10 10",
                "email": "",
                "hours": "Monday to Friday, 9:00 – 18:00",
                "languages": "French, Arabic, Tamil",
            },
        ],
    },
    "ar": {
        "title": "فضاء الأولياء",
        "slug": "fada-al-awliya",
        "intro": (
            "هل أنتم جدد في المدرسة، أو لديكم سؤال؟ تشرح هذه الصفحة كيف تعمل المدرسة، ومن "
            "تتصلون به، وماذا تعني كلمات المدرسة."
        ),
        "plain_words": "هذه الصفحة تشرح المدرسة. تقول بمن تتصلون. وتشرح الكلمات الصعبة.",
        "how_school_works": [
            ("heading", "يوم في المدرسة"),
            (
                "paragraph",
                "<ul><li>8:20: فتح الأبواب. رافقوا طفلكم حتى البوابة.</li><li>8:30 – 11:45: "
                "الدروس.</li><li>11:45 – 13:30: المطعم المدرسي أو الغداء في البيت.</li>"
                "<li>13:30 – 16:30: الدروس.</li><li>16:30 – 18:30: الاستقبال بعد المدرسة "
                "(بالتسجيل في البلدية).</li></ul><p>لا توجد دروس يوم الأربعاء.</p>",
            ),
            ("heading", "إذا تغيّب طفلكم"),
            (
                "paragraph",
                "<p>أخبروا المدرسة في نفس الصباح، بالهاتف أو بكلمة في دفتر المراسلة. عند عودته، "
                "اكتبوا سبب الغياب. لا تحتاجون إلى شهادة طبية، إلا لبعض الأمراض المعدية.</p>",
            ),
            ("plain_words", {"text": "طفلكم مريض؟ اتصلوا بالمدرسة في الصباح. هذا كل شيء."}),
            ("heading", "دفتر المراسلة"),
            (
                "paragraph",
                "<p>هو الدفتر الصغير الذي يربط المدرسة بالبيت. انظروا فيه كل مساء ووقّعوا على "
                "كلمات المعلم. يمكنكم أيضًا كتابة أسئلتكم فيه.</p>",
            ),
        ],
        "contacts": [
            {
                "name": "كلير مارتان",
                "role": "المديرة",
                "phone": "04 78 00 00 00",
                "email": "ce.0690000x@ac-lyon.fr",
                "hours": "يوم الثلاثاء طوال اليوم، وبموعد",
                "languages": "الفرنسية، الإنجليزية",
            },
            {
                "name": "الكتابة",
                "role": "التسجيل، الغيابات، الشهادات",
                "phone": "04 78 00 00 01",
                "email": "",
                "hours": "الاثنين والخميس والجمعة، 8:15 – 11:45",
                "languages": "الفرنسية، العربية",
            },
        ],
        "faq": [
            (
                "هل يمكنني الحضور مع مترجم أو شخص أثق به؟",
                "<p>نعم. في كل موعد يمكنكم الحضور مع الشخص الذي تختارونه. ويمكن للمدرسة أيضًا "
                "طلب مترجم: قولوا ذلك عند حجز الموعد.</p>",
            ),
            (
                "أعمل حتى وقت متأخر. كيف ألتقي بالمعلم؟",
                "<p>يقترح المعلمون مواعيد حتى الساعة 19:00 ومواعيد بالهاتف. ويمكنكم أيضًا طلب "
                "وقت آخر.</p>",
            ),
            (
                "لا أقرأ الفرنسية جيدًا. كيف أتابع ما تقوله المدرسة؟",
                "<p>هذا الموقع متوفر بعدة لغات: اختاروا لغتكم في أعلى الصفحة. لكثير من الصفحات "
                "ملخص «بكلمات بسيطة» ونسخة صوتية.</p>",
            ),
        ],
        "glossary": [
            (
                "مجلس المدرسة",
                "اجتماع ثلاث مرات في السنة بين الفريق والأولياء المنتخبين والبلدية. تُتخذ فيه قرارات حياة المدرسة.",
            ),
            (
                "APC",
                "أنشطة تربوية تكميلية: وقت قصير من المساعدة في مجموعة صغيرة بعد الدروس، بموافقة الأولياء.",
            ),
            ("AESH", "مرافق التلاميذ في وضعية إعاقة: شخص بالغ يساعد الطفل في القسم."),
            ("RASED", "شبكة المساعدات المتخصصة: معلمون وأخصائي نفسي يساعدون التلاميذ المتعثرين."),
            ("الدفتر المدرسي", "حصيلة تقدم طفلكم، تُسلَّم مرتين في السنة."),
            ("الاستقبال بعد المدرسة", "الاستقبال قبل الدروس وبعدها ويوم الأربعاء، تنظمه البلدية."),
        ],
        "partners": [
            {
                "name": "جمعية أولياء التلاميذ",
                "role": "أولياء منتخبون في مجلس المدرسة",
                "phone": "",
                "email": "parents.jeanjaures@example.org",
                "hours": "مقهى الأولياء في أول جمعة من كل شهر، 8:30",
                "languages": "الفرنسية، العربية، التركية",
            },
            {
                "name": "المركز الاجتماعي ليلا",
                "role": "مساعدة في الواجبات، دروس الفرنسية للكبار، الإجراءات الإدارية",
                "phone": "04 78 00 10 10",
                "email": "",
                "hours": "من الاثنين إلى الجمعة، 9:00 – 18:00",
                "languages": "الفرنسية، العربية، التاميلية",
            },
        ],
    },
}
