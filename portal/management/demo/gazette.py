"""The demo gazette: three past issues at the school's slot, one scheduled at the next slot,
English and Arabic translations, subscribers in three languages and paper counts per class."""

import datetime

from django.utils import timezone

from pages.gazette import slots
from pages.gazette.models import (
    GazetteIndexPage,
    GazettePage,
    GazetteSettings,
    GazetteSubscription,
    PaperCount,
)
from portal.classes.models import SchoolClass
from portal.schools import school_of
from resources.models import ResourcePage

from .events import _publish, _translate

ARCHIVE = {
    "fr": {
        "title": "La gazette",
        "intro": "Le mot de la directrice et les nouvelles des classes, un vendredi sur deux à 16 h 30.",
    },
    "en": {
        "title": "The gazette",
        "intro": "The head teacher’s word and class news, every other Friday at 16:30.",
    },
    "ar": {
        "title": "الجريدة",
        "intro": "كلمة المديرة وأخبار الأقسام، يوم جمعة من كل أسبوعين الساعة 16:30.",
    },
}

WORDS = {
    "fr": {
        # Each issue's headline; lists show "Gazette no. N" before it themselves.
        "titles": (
            "Bienvenue aux nouvelles familles",
            "Les réunions de rentrée",
            "Sortie au musée des sciences",
            "Préparer l’hiver",
        ),
        "plain": "Les nouvelles de l’école en quelques mots. Lisez la rubrique de la classe de votre enfant.",
        "word": "Chères familles,\nMerci pour votre présence aux réunions. Voici les nouvelles de ces deux semaines.",
        "trip": (
            "Sortie au musée",
            "<p>Toute l’école visite le musée des sciences jeudi. Prévoir un pique-nique.</p>",
        ),
        "class": (
            "Nouvelles de la {c}",
            "<p>La {c} commence un projet sur les saisons. Merci d’apporter une photo de votre quartier.</p>",
        ),
        "events": "À venir à l’école",
    },
    "en": {
        "titles": (
            "Welcome to our new families",
            "Back-to-school meetings",
            "Trip to the science museum",
            "Getting ready for winter",
        ),
        "plain": "School news in a few words. Read the section of your child’s class.",
        "word": "Dear families,\nThank you for coming to the meetings. Here is the news of the past two weeks.",
        "trip": (
            "Museum trip",
            "<p>The whole school visits the science museum on Thursday. Please pack a picnic.</p>",
        ),
        "class": (
            "News from {c}",
            "<p>{c} starts a project on the seasons. Please bring a photo of your neighbourhood.</p>",
        ),
        "events": "Coming up at school",
    },
    "ar": {
        "titles": (
            "مرحبًا بالعائلات الجديدة",
            "اجتماعات الدخول المدرسي",
            "رحلة إلى متحف العلوم",
            "الاستعداد لفصل الشتاء",
        ),
        "plain": "أخبار المدرسة في كلمات قليلة. اقرأ قسم فصل طفلك.",
        "word": "عائلاتنا الكريمة،\nشكرًا لحضوركم الاجتماعات. إليكم أخبار الأسبوعين الماضيين.",
        "trip": (
            "رحلة إلى المتحف",
            "<p>تزور المدرسة كلها متحف العلوم يوم الخميس. يرجى تحضير وجبة غداء.</p>",
        ),
        "class": ("أخبار قسم {c}", "<p>يبدأ قسم {c} مشروعًا عن الفصول. يرجى إحضار صورة لحيّكم.</p>"),
        "events": "قريبًا في المدرسة",
    },
}

SUBSCRIBERS = [
    # email, language, classes
    ("famille.martin@demo.passerelle.test", "fr", ["CP A"]),
    ("famille.benali@demo.passerelle.test", "ar", ["CM1 B", "CP A"]),
    # The demo parent (portal/management/demo/school.py) sees theirs on their profile.
    ("parent@demo.passerelle.test", "tr", ["CE2 B"]),
    ("family.smith@demo.passerelle.test", "en", ["CM2 A"]),
]

PAPER = {
    ("CP A", "fr"): 4,
    ("CP A", "ar"): 3,
    ("CE2 B", "tr"): 2,
    ("CM1 B", "ar"): 5,
    ("CM2 A", "fr"): 6,
}


def _sections(language, number, classes, resource):
    words = WORDS[language]
    found = [
        {
            "type": "news",
            "id": f"trip-{number}",
            "value": {"title": words["trip"][0], "text": words["trip"][1], "ask_to_confirm": True},
        }
    ]
    for school_class in classes:
        title, text = words["class"]
        found.append(
            {
                "type": "class_news",
                "id": f"class-{number}-{school_class.pk}",
                "value": {
                    "title": title.format(c=school_class.name),
                    "text": text.format(c=school_class.name),
                    "ask_to_confirm": False,
                    "classes": [str(school_class.pk)],
                },
            }
        )
    found.append(
        {
            "type": "events",
            "id": f"events-{number}",
            "value": {"title": words["events"], "how_many": 3},
        }
    )
    if resource is not None:
        found.append(
            {
                "type": "resource",
                "id": f"resource-{number}",
                "value": {"resource": resource.pk, "note": ""},
            }
        )
    return found


def _fields(language, number, day, classes, resource):
    words = WORDS[language]
    return {
        "title": words["titles"][(number - 1) % len(words["titles"])],
        "number": number,
        "date": day,
        "plain_words": words["plain"],
        "directors_word": words["word"],
        "sections": _sections(language, number, classes, resource),
    }


def build(locales, home, site):
    school = school_of(site)
    settings = GazetteSettings.for_site(site)
    if not settings.pk:
        settings.save()
    archive = GazetteIndexPage.objects.child_of(home).first()
    if archive is None:
        archive = GazetteIndexPage(
            slug="gazette", locale=locales["fr"], show_in_menus=True, **ARCHIVE["fr"]
        )
        home.add_child(instance=archive)
        _publish(archive)
    for code in ("en", "ar"):
        if code in locales and home.get_translation_or_none(locales[code]) is not None:
            _translate(archive, locales[code], **ARCHIVE[code])
    if GazettePage.objects.child_of(archive).exists():
        return archive
    classes = list(SchoolClass.objects.of_school(site))
    resource = ResourcePage.objects.live().filter(locale=locales["fr"]).first()
    rule = slots.parse(settings.rhythm, school.zone)
    now = timezone.now()
    # Past slots, old enough that publishing them now mails nobody.
    moment, past = now - datetime.timedelta(days=15), []
    while len(past) < 3:
        moment = rule.before(moment)
        past.append(moment)
    for number, slot in enumerate(reversed(past), start=1):
        issue = GazettePage(
            slug=f"gazette-{number}",
            locale=locales["fr"],
            **_fields("fr", number, slot.date(), classes, resource),
        )
        archive.add_child(instance=issue)
        _publish(issue)
        GazettePage.objects.filter(pk=issue.pk).update(
            first_published_at=slot, last_published_at=slot
        )
        for code in ("en", "ar"):
            if code in locales and archive.get_translation_or_none(locales[code]) is not None:
                _translate(
                    issue, locales[code], **_fields(code, number, slot.date(), classes, resource)
                )
    upcoming = slots.next_slot(settings.rhythm, school.zone)
    number = len(past) + 1
    scheduled = GazettePage(
        slug=f"gazette-{number}",
        locale=locales["fr"],
        go_live_at=upcoming,
        live=False,
        **_fields("fr", number, upcoming.date(), classes, resource),
    )
    archive.add_child(instance=scheduled)
    scheduled.save_revision().publish()  # with go_live_at ahead: scheduled, not live
    for email, language, names in SUBSCRIBERS:
        subscription, _created = GazetteSubscription.objects.get_or_create(
            site=site, email=email, defaults={"language": language, "confirmed_at": now}
        )
        subscription.classes.set([c for c in classes if c.name in names])
    for school_class in classes:
        for language in ("fr", "ar", "tr"):
            PaperCount.objects.get_or_create(
                school_class=school_class,
                language=language,
                defaults={"copies": PAPER.get((school_class.name, language), 0)},
            )
    return archive
