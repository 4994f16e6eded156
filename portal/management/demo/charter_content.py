"""The demo charter's words: the version adopted last year, in French, English and Arabic, and
the changes of this year's draft (French, the language it is being written in)."""

TITLE = {
    "fr": "Charte des échanges numériques",
    "en": "Charter for digital communication",
    "ar": "ميثاق التواصل الرقمي",
}
PREAMBLE = {
    "fr": "Cette charte a été écrite ensemble par les représentants des parents et l’équipe de "
    "l’école. Elle dit comment nous communiquons, pour que chacun soit respecté et que personne "
    "ne soit laissé de côté.",
    "en": "This charter was written together by the parents’ representatives and the school "
    "team. It says how we communicate, so that everyone is respected and nobody is left out.",
    "ar": "كتب هذا الميثاق ممثلو أولياء الأمور وفريق المدرسة معًا. يوضح كيف نتواصل، حتى يُحترم "
    "الجميع ولا يُترك أحد جانبًا.",
}
PLAIN_WORDS = {
    "fr": "Personne ne doit répondre tout de suite. L’école écrit en journée et répond en trois "
    "jours. Le papier et le téléphone restent possibles.",
    "en": "Nobody has to answer straight away. The school writes during the day and answers "
    "within three days. Paper and phone are still possible.",
    "ar": "لا أحد مطالب بالرد فورًا. تكتب المدرسة في النهار وترد خلال ثلاثة أيام. تبقى الورقة "
    "والهاتف ممكنين.",
}

#: (anchor, {language: (title, text, plain words)}) in order.
ARTICLES = [
    (
        "outils-numeriques",
        {
            "fr": (
                "L’usage des outils numériques",
                "L’école utilise le portail Passerelle et la messagerie de l’école pour informer "
                "les familles. Aucune famille n’est obligée d’avoir un ordinateur : chaque "
                "information importante existe aussi sur papier, dans le cahier de liaison.",
                "Le portail et le cahier de liaison disent la même chose.",
            ),
            "en": (
                "Using digital tools",
                "The school uses the Passerelle portal and the school messaging service to inform "
                "families. No family has to own a computer: every important piece of information "
                "also exists on paper, in the home–school notebook.",
                "The portal and the notebook say the same thing.",
            ),
            "ar": (
                "استعمال الأدوات الرقمية",
                "تستعمل المدرسة بوابة باسرال ومراسلة المدرسة لإخبار العائلات. لا تُلزم أي عائلة "
                "بامتلاك حاسوب: كل معلومة مهمة موجودة أيضًا على الورق في دفتر المراسلة.",
                "البوابة ودفتر المراسلة يقولان الشيء نفسه.",
            ),
        },
    ),
    (
        "pas-de-reponse-immediate",
        {
            "fr": (
                "Personne ne doit une réponse immédiate",
                "Un message n’appelle pas de réponse dans l’heure, ni pour les parents ni pour "
                "les enseignants. Chacun répond quand il le peut, dans le délai prévu à "
                "l’article 5.",
                "Vous pouvez prendre le temps de répondre.",
            ),
            "en": (
                "Nobody owes an immediate reply",
                "A message does not call for an answer within the hour, for parents or for "
                "teachers. Everyone answers when they can, within the time set in article 5.",
                "You can take your time to answer.",
            ),
            "ar": (
                "لا أحد ملزم بالرد الفوري",
                "الرسالة لا تستدعي ردًا خلال ساعة، لا من الأولياء ولا من المعلمين. يرد كل واحد "
                "عندما يستطيع، في الأجل المحدد في المادة 5.",
                "يمكنكم أخذ وقتكم للرد.",
            ),
        },
    ),
    (
        "droit-a-la-deconnexion",
        {
            "fr": (
                "Le droit à la déconnexion",
                "Les enseignants et la direction n’envoient pas de message entre 19 h et 7 h, ni "
                "le week-end, ni pendant les vacances, sauf urgence pour la sécurité d’un enfant. "
                "Les parents ne sont pas tenus de lire les messages à ces moments.",
                "Le soir, le week-end et en vacances, on ne s’écrit pas.",
            ),
            "en": (
                "The right to disconnect",
                "Teachers and the head do not send messages between 7 pm and 7 am, at weekends "
                "or during the holidays, except for an emergency about a child’s safety. Parents "
                "do not have to read messages at those times.",
                "In the evening, at weekends and in the holidays, nobody writes.",
            ),
            "ar": (
                "الحق في الانقطاع عن الاتصال",
                "لا يرسل المعلمون والإدارة رسائل بين السابعة مساءً والسابعة صباحًا، ولا في عطلة "
                "نهاية الأسبوع، ولا أثناء العطل، إلا في حالة طارئة تخص سلامة طفل. ولا يُلزم "
                "الأولياء بقراءة الرسائل في هذه الأوقات.",
                "في المساء وعطلة نهاية الأسبوع والعطل، لا نتراسل.",
            ),
        },
    ),
    (
        "creneau-de-publication",
        {
            "fr": (
                "Le créneau de publication",
                "Les informations de l’école sont publiées les jours de classe, entre 8 h et "
                "18 h. Les informations de la semaine suivante sont publiées au plus tard le "
                "vendredi à 16 h.",
                "L’école publie en journée, les jours de classe.",
            ),
            "en": (
                "The publication slot",
                "School news is published on school days between 8 am and 6 pm. News about the "
                "following week is published by Friday 4 pm at the latest.",
                "The school publishes during the day, on school days.",
            ),
            "ar": (
                "وقت النشر",
                "تُنشر معلومات المدرسة في أيام الدراسة بين الثامنة صباحًا والسادسة مساءً. وتُنشر "
                "معلومات الأسبوع الموالي يوم الجمعة على الساعة الرابعة مساءً على أقصى تقدير.",
                "تنشر المدرسة في النهار، في أيام الدراسة.",
            ),
        },
    ),
    (
        "delai-de-reponse",
        {
            "fr": (
                "Le délai de réponse de l’équipe",
                "L’équipe répond aux messages des familles dans les trois jours de classe. "
                "Si la réponse demande plus de temps, elle le dit et donne une date.",
                "L’école vous répond en trois jours de classe.",
            ),
            "en": (
                "How fast the team answers",
                "The team answers families’ messages within three school days. If the answer "
                "needs more time, it says so and gives a date.",
                "The school answers you within three school days.",
            ),
            "ar": (
                "أجل رد الفريق",
                "يرد الفريق على رسائل العائلات خلال ثلاثة أيام دراسة. وإذا تطلب الرد وقتًا أطول، "
                "يخبر بذلك ويحدد تاريخًا.",
                "ترد المدرسة عليكم خلال ثلاثة أيام دراسة.",
            ),
        },
    ),
    (
        "joindre-l-equipe",
        {
            "fr": (
                "Comment joindre l’équipe",
                "Pour une question, écrivez par le portail ou dans le cahier de liaison, ou "
                "téléphonez au secrétariat le matin. Pour une urgence, téléphonez à l’école. "
                "Un rendez-vous est toujours possible, avec un interprète si besoin.",
                "Écrivez, téléphonez ou demandez un rendez-vous.",
            ),
            "en": (
                "How to reach the team",
                "For a question, write through the portal or in the notebook, or phone the "
                "office in the morning. For an emergency, phone the school. An appointment is "
                "always possible, with an interpreter if needed.",
                "Write, phone or ask for an appointment.",
            ),
            "ar": (
                "كيف تتصلون بالفريق",
                "لأي سؤال، اكتبوا عبر البوابة أو في دفتر المراسلة، أو اتصلوا بالكتابة صباحًا. "
                "في حالة طارئة، اتصلوا بالمدرسة. الموعد ممكن دائمًا، مع مترجم عند الحاجة.",
                "اكتبوا أو اتصلوا أو اطلبوا موعدًا.",
            ),
        },
    ),
    (
        "langues-des-familles",
        {
            "fr": (
                "Les langues des familles",
                "Les pages importantes sont traduites dans les langues des familles de l’école. "
                "Une famille peut demander qu’un message lui soit expliqué de vive voix.",
                "Vous pouvez lire dans votre langue ou demander une explication.",
            ),
            "en": (
                "Families’ languages",
                "Important pages are translated into the languages of the school’s families. A "
                "family may ask for a message to be explained in person.",
                "You can read in your language or ask for an explanation.",
            ),
            "ar": (
                "لغات العائلات",
                "تُترجم الصفحات المهمة إلى لغات عائلات المدرسة. ويمكن لأي عائلة أن تطلب شرح "
                "رسالة شفهيًا.",
                "يمكنكم القراءة بلغتكم أو طلب شرح.",
            ),
        },
    ),
    (
        "respect-et-images",
        {
            "fr": (
                "Le respect et les photos",
                "Les échanges restent polis et bienveillants. Aucune photo d’enfant prise à "
                "l’école n’est publiée sur les réseaux sociaux sans l’accord écrit de ses "
                "parents.",
                "On reste poli. Pas de photo d’enfant sans accord.",
            ),
            "en": (
                "Respect and photos",
                "Exchanges stay polite and kind. No photo of a child taken at school is posted "
                "on social networks without the written consent of their parents.",
                "Stay polite. No photo of a child without consent.",
            ),
            "ar": (
                "الاحترام والصور",
                "تبقى المراسلات مهذبة ولطيفة. لا تُنشر أي صورة لطفل التُقطت في المدرسة على "
                "شبكات التواصل الاجتماعي دون موافقة مكتوبة من والديه.",
                "نبقى مهذبين. لا صور للأطفال دون موافقة.",
            ),
        },
    ),
]

#: This year's draft: changed wordings, by anchor (French).
DRAFT_CHANGES = {
    "delai-de-reponse": "L’équipe répond aux messages des familles dans les deux jours de classe. "
    "Si la réponse demande plus de temps, elle le dit et donne une date.",
    "creneau-de-publication": "Les informations de l’école sont publiées les jours de classe, "
    "entre 8 h et 18 h. Les informations de la semaine suivante sont publiées au plus tard le "
    "jeudi à 18 h, pour laisser le week-end libre.",
}

#: (kind, anchor, title, text, reason, state, answer) — proposals of the open consultation.
PROPOSALS = [
    (
        "change",
        "droit-a-la-deconnexion",
        "",
        "Les enseignants et la direction n’envoient pas de message entre 18 h et 8 h, ni le "
        "week-end, ni pendant les vacances, sauf urgence pour la sécurité d’un enfant.",
        "Beaucoup de parents commencent tôt et finissent tard : une heure de plus le soir et le "
        "matin compte.",
        "pending",
        "",
    ),
    (
        "new",
        "",
        "Les familles sans internet",
        "Une famille sans internet reçoit chaque semaine sur papier les informations publiées "
        "sur le portail.",
        "Trois familles de notre classe n’ont pas internet à la maison.",
        "accepted",
        "Oui : le secrétariat imprimera la page de la semaine chaque vendredi.",
    ),
    (
        "remove",
        "respect-et-images",
        "",
        "",
        "Le règlement intérieur dit déjà tout cela.",
        "rejected",
        "Nous gardons cet article : beaucoup de familles ne lisent pas le règlement intérieur.",
    ),
    (
        "change",
        "droit-a-la-deconnexion",
        "",
        "Pas de message après 18 h.",
        "Le soir, c’est le temps de la famille.",
        "merged",
        "Même idée que la proposition sur les horaires du soir : nous les étudions ensemble.",
    ),
]

COMMENTS = [
    ("delai-de-reponse", "Deux jours, c’est bien, mais il faut le dire aussi sur papier."),
    ("langues-des-familles", "Pourrait-on ajouter le turc ? Plusieurs familles le parlent."),
]

MINUTES = [
    {
        "title": "Réunion des représentants du 6 octobre",
        "slug": "reunion-6-octobre",
        "date": (10, 6),
        "attendees": "Mme Martin (directrice), Fatou Diallo, Youssef Amrani, deux parents "
        "suppléants",
        "body": "Présentation de l’année, des projets de classe et du calendrier des conseils "
        "d’école. Les représentants ont demandé une réunion de suivi par trimestre.",
        "decisions": "Une réunion de suivi par trimestre.\nFatou Diallo est la représentante "
        "privilégiée de l’équipe.\nLa charte sera revue avant les vacances d’hiver.",
    },
    {
        "title": "Réunion des représentants du 17 novembre",
        "slug": "reunion-17-novembre",
        "date": (11, 17),
        "attendees": "Mme Martin (directrice), M. Benali (enseignant), Fatou Diallo, Youssef "
        "Amrani",
        "body": "Point sur la consultation de la charte et sur l’accueil des familles qui "
        "n’ont pas internet. Le secrétariat imprimera les informations de la semaine.",
        "decisions": "La consultation sur la charte est ouverte jusqu’à la fin du mois.\nLes "
        "informations de la semaine seront aussi affichées à l’entrée.",
    },
]

AGENDA = """Réunion des représentants – décembre

1. Bilan de la consultation sur la charte
2. Accueil des familles sans internet
3. Préparation du conseil d’école
"""
