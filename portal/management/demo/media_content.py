"""The demo's recordings and illustrations: what each says or shows, and where it comes from.

The recordings were made on this machine with espeak-ng from the transcripts below, by
`python -m portal.management.demo.make_audio`; the illustrations were drawn for the demo as SVG
(kept beside the PNG files) and rasterised once. Both are free to reuse (CC0).
"""

from pathlib import Path

MEDIA = Path(__file__).resolve().parent / "media"
LICENCE = "CC0 1.0 (domaine public)"
AUDIO_SOURCE = "Synthèse vocale espeak-ng, texte de l’école (démo Passerelle)"
IMAGE_SOURCE = "Illustration dessinée pour la démo Passerelle (SVG joint)"

# slug of the resource: {language: (file name, transcript)}
AUDIO = {
    "lire-avec-son-enfant": {
        "fr": (
            "lire-avec-son-enfant-fr.mp3",
            "Lire avec son enfant, dans sa langue. Chaque soir, prenez un livre, même court, "
            "même un livre d’images. Lisez ou racontez l’histoire dans la langue de la maison : "
            "c’est une richesse, pas un retard. Votre enfant apprend que les livres sont un "
            "plaisir. La bibliothèque municipale est gratuite pour les enfants.",
        ),
        "ar": (
            "lire-avec-son-enfant-ar.mp3",
            "القراءة مع طفلكم بلغته. كل مساء، خذوا كتابًا، ولو كان قصيرًا أو كتاب صور. اقرؤوا "
            "القصة أو احكوها بلغة البيت: هذا غنى وليس تأخرًا. يتعلّم طفلكم أن الكتب متعة. "
            "المكتبة البلدية مجانية للأطفال.",
        ),
    },
    "emotions-enfant": {
        "fr": (
            "emotions-enfant-fr.mp3",
            "Accompagner les émotions de son enfant. La colère, la peur, la tristesse sont "
            "normales. Mettez des mots sur ce que vit votre enfant : tu es en colère parce que "
            "ton jeu est cassé. Proposez un coin calme plutôt qu’une punition. Parlez aussi de "
            "vos propres émotions, avec des mots simples.",
        ),
        "ar": (
            "emotions-enfant-ar.mp3",
            "مرافقة مشاعر طفلكم. الغضب والخوف والحزن مشاعر طبيعية. ضعوا كلمات على ما يعيشه "
            "طفلكم: أنت غاضب لأن لعبتك انكسرت. اقترحوا ركنًا هادئًا بدل العقاب. وتحدثوا أيضًا "
            "عن مشاعركم بكلمات بسيطة.",
        ),
    },
    "apprendre-francais-parents": {
        "fr": (
            "apprendre-francais-parents-fr.mp3",
            "Apprendre le français quand on est parent. Des cours de français gratuits existent "
            "pour les parents, parfois à l’école même. Demandez au directeur si l’école propose "
            "ces ateliers. Les centres sociaux proposent aussi des cours. Et vous pouvez toujours "
            "venir aux réunions avec un interprète.",
        ),
        "ar": (
            "apprendre-francais-parents-ar.mp3",
            "تعلّم الفرنسية عندما نكون أولياء. توجد دروس مجانية في اللغة الفرنسية للأولياء، "
            "وأحيانًا في المدرسة نفسها. اسألوا المدير إن كانت المدرسة تقترح هذه الورشات. "
            "المراكز الاجتماعية تقترح أيضًا دروسًا. ويمكنكم دائمًا حضور الاجتماعات مع مترجم.",
        ),
    },
}

# The Arabic pages of the recorded resources.
AUDIO_TRANSLATIONS = {
    "lire-avec-son-enfant": {
        "title": "القراءة مع طفلكم بلغته",
        "summary": "قراءة القصص بلغة البيت أو بالفرنسية تحبّب الكتب إلى الطفل. كل اللغات تساعد على تعلّم القراءة.",
        "tips": [
            "كتاب كل مساء، ولو كان قصيرًا أو كتاب صور فقط.",
            "احكوا بلغتكم: هذا غنى وليس تأخرًا.",
            "المكتبة البلدية مجانية للأطفال.",
        ],
    },
    "emotions-enfant": {
        "title": "مرافقة مشاعر طفلكم",
        "summary": "الغضب والخوف والحزن مشاعر طبيعية. وضع الكلمات عليها يساعد الطفل على الهدوء وعلى عيش أفضل في المدرسة.",
        "tips": [
            "سمّوا الشعور: «أنت غاضب لأن...».",
            "اقترحوا ركنًا هادئًا بدل العقاب.",
            "تحدثوا عن مشاعركم بكلمات بسيطة.",
        ],
    },
    "apprendre-francais-parents": {
        "title": "تعلّم الفرنسية عندما نكون أولياء",
        "summary": "توجد دروس مجانية في اللغة الفرنسية للأولياء، وأحيانًا في المدرسة نفسها.",
        "tips": [
            "اسألوا المدير إن كانت المدرسة تقترح هذه الورشات.",
            "المراكز الاجتماعية تقترح أيضًا دروسًا.",
            "يمكنكم حضور الاجتماعات مع مترجم.",
        ],
    },
}

# file name: (title, {language: alt text})
IMAGES = {
    "school.png": (
        "L’école Jean-Jaurès le matin",
        {
            "fr": "Devant l’école, deux parents arrivent avec leurs enfants, main dans la main.",
            "en": "In front of the school, two parents arrive with their children, hand in hand.",
            "ar": "أمام المدرسة، يصل وليّان مع طفليهما، يدًا بيد.",
        },
    ),
    "reading.png": (
        "Lire une histoire le soir",
        {
            "fr": "Un parent et son enfant lisent un livre d’images sur le canapé, le soir.",
            "en": "A parent and child read a picture book on the sofa in the evening.",
            "ar": "وليّ وطفله يقرآن كتاب صور على الأريكة في المساء.",
        },
    ),
    "meeting.png": (
        "Un rendez-vous avec un interprète",
        {
            "fr": "Une enseignante, une interprète et une mère parlent autour d’une table. Au tableau : « Bienvenue », en français, en arabe et en turc.",
            "en": "A teacher, an interpreter and a mother talk around a table. On the board: “Welcome” in French, Arabic and Turkish.",
            "ar": "معلمة ومترجمة وأمّ يتحدثن حول طاولة. على السبورة: «مرحبا» بالفرنسية والعربية والتركية.",
        },
    ),
    "bedtime.png": (
        "L’heure du coucher, sans écran",
        {
            "fr": "Un enfant dort dans son lit ; la tablette est éteinte, posée sur l’étagère.",
            "en": "A child sleeps in bed; the tablet is switched off on the shelf.",
            "ar": "طفل نائم في سريره، واللوح الإلكتروني مطفأ على الرف.",
        },
    ),
}

# Where the illustrations appear: (page kind or resource slug, file name).
RESOURCE_IMAGES = {
    "lire-avec-son-enfant": "reading.png",
    "rencontrer-enseignant": "meeting.png",
    "ecrans-avant-dormir": "bedtime.png",
}
