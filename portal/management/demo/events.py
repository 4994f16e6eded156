"""The demo agenda: two months of school events from today, some repeating, one nearly full,
and free appointment times with two teachers."""

import datetime

from django.contrib.auth import get_user_model
from django.utils import timezone

from pages.events import appointments
from pages.events.models import RSVP, EventIndexPage, EventPage, school_zone

from .events_content import description

AGENDA = {
    "fr": {
        "title": "Agenda",
        "intro": "Les réunions, cafés et fêtes de l’école. Beaucoup ont lieu en fin de journée pour les parents qui travaillent.",
    },
    "en": {
        "title": "Calendar",
        "intro": "School meetings, cafés and celebrations. Many are in the evening for working parents.",
    },
    "ar": {
        "title": "المفكرة",
        "intro": "اجتماعات المدرسة ولقاءات الأولياء والاحتفالات. كثير منها في المساء للأولياء العاملين.",
    },
}

# (slug, days from today, start, minutes, category, audience, French title, plain words, extras)
EVENTS = [
    (
        "reunion-de-rentree-cp",
        3,
        (18, 0),
        90,
        "presentation",
        "cp",
        "Réunion de rentrée des CP",
        "La maîtresse explique comment se passe l’année en CP : lecture, devoirs, cahier de liaison.",
        {
            "offers_interpreter": True,
            "interpreter_languages": "arabe, turc",
            "offers_childcare": True,
            "accessible_room": True,
            "rsvp_enabled": True,
            "capacity": 30,
        },
    ),
    (
        "cafe-des-parents",
        2,
        (8, 30),
        60,
        "cafe",
        "school",
        "Café des parents",
        "Un café le mardi matin après avoir déposé les enfants. On parle de l’école, sans rendez-vous.",
        {"recurrence": "FREQ=WEEKLY;COUNT=8", "accessible_room": True},
    ),
    (
        "matinee-portes-ouvertes",
        12,
        (9, 0),
        150,
        "open-morning",
        "nursery",
        "Matinée portes ouvertes en maternelle",
        "Venez voir la classe de votre enfant et ce qu’il fait dans la journée.",
        {"accessible_room": True},
    ),
    (
        "conseil-decole",
        20,
        (18, 0),
        120,
        "council",
        "school",
        "Conseil d’école",
        "Les parents élus, les enseignants et la mairie parlent de la vie de l’école.",
        {"offers_interpreter": True, "interpreter_languages": "arabe"},
    ),
    (
        "elections-representants",
        9,
        (8, 0),
        240,
        "elections",
        "school",
        "Élection des représentants de parents",
        "Chaque parent peut voter pour choisir les parents qui parlent au nom des familles.",
        {},
    ),
    (
        "reunion-bilan-cm2",
        27,
        (17, 45),
        60,
        "follow-up",
        "cm2",
        "Réunion bilan du trimestre en CM2",
        "L’enseignant explique le bulletin et comment aider votre enfant pour le collège.",
        {"offers_interpreter": True, "interpreter_languages": "arabe, ukrainien"},
    ),
    (
        "atelier-ecrans",
        15,
        (18, 30),
        90,
        "training",
        "school",
        "Atelier : les écrans à la maison",
        "Une infirmière scolaire donne des idées simples pour limiter les écrans le soir.",
        {
            "recurrence": "FREQ=MONTHLY;COUNT=2",
            "offers_childcare": True,
            "rsvp_enabled": True,
            "capacity": 25,
        },
    ),
    (
        "reglement-interieur",
        6,
        (17, 30),
        60,
        "training",
        "school",
        "Le règlement de l’école expliqué",
        "Les horaires, les absences, la cantine : ce qu’il faut savoir, expliqué simplement.",
        {"online_link": "https://visio.example.org/ecole-reglement"},
    ),
    (
        "sortie-ferme",
        33,
        (9, 0),
        360,
        "outing",
        "ce1",
        "Sortie à la ferme pédagogique",
        "Les CE1 vont à la ferme. Des parents peuvent accompagner la classe.",
        {"rsvp_enabled": True, "capacity": 6},
    ),
    (
        "fete-de-lhiver",
        45,
        (10, 0),
        180,
        "outing",
        "school",
        "Fête de l’hiver",
        "Chants des enfants, goûter partagé et marché de Noël. Toute la famille est bienvenue.",
        {"accessible_room": True},
    ),
    (
        "cafe-langues",
        8,
        (16, 45),
        60,
        "cafe",
        "school",
        "Café des langues",
        "Des parents qui parlent arabe, turc ou ukrainien aident les nouvelles familles.",
        {
            "recurrence": "FREQ=WEEKLY;COUNT=6",
            "offers_interpreter": True,
            "interpreter_languages": "arabe, turc, ukrainien",
        },
    ),
    (
        "reunion-suivi-ce2",
        24,
        (18, 0),
        60,
        "follow-up",
        "ce2",
        "Point d’étape avec les familles de CE2",
        "Comment votre enfant progresse en lecture et en calcul.",
        {},
    ),
]

TRANSLATIONS = {
    "reunion-de-rentree-cp": {
        "en": (
            "Back-to-school meeting for CP",
            "The teacher explains the CP year: reading, homework, the home–school notebook.",
        ),
        "ar": (
            "اجتماع الدخول المدرسي لقسم السنة الأولى",
            "تشرح المعلمة كيف تسير السنة: القراءة والواجبات ودفتر التواصل.",
        ),
    },
    "cafe-des-parents": {
        "en": (
            "Parents’ café",
            "Coffee on Tuesday mornings after drop-off. We talk about school, no appointment needed.",
        ),
        "ar": (
            "مقهى الأولياء",
            "قهوة صباح كل ثلاثاء بعد إيصال الأطفال. نتحدث عن المدرسة دون موعد.",
        ),
    },
    "conseil-decole": {
        "en": (
            "School council",
            "Elected parents, teachers and the town hall talk about school life.",
        ),
        "ar": ("مجلس المدرسة", "الأولياء المنتخبون والمعلمون والبلدية يتحدثون عن حياة المدرسة."),
    },
}

SECOND_TEACHER = "enseignante.cm1@demo.passerelle.test"  # created with the other demo people
NEARLY_FULL = [
    ("Famille Martin", 2),
    ("Famille Nguyen", 3),
    ("Famille Haddad", 2),
    ("Famille Diallo", 4),
    ("Famille Kaya", 2),
    ("Famille Petrenko", 3),
    ("Famille Moreau", 2),
    ("Famille Benali", 3),
    ("Famille Costa", 2),
    ("Famille Rossi", 3),
    ("Famille Traoré", 2),
]


def _publish(page):
    page.save_revision().publish()
    return page


def _translate(source, locale, **fields):
    existing = source.get_translation_or_none(locale)
    if existing is not None:
        return existing.specific
    translated = source.copy_for_translation(locale, copy_parents=False, alias=False).specific
    for name, value in fields.items():
        setattr(translated, name, value)
    translated.save()
    return _publish(translated)


def _agenda(locales, home):
    agenda = EventIndexPage.objects.child_of(home).first()
    if agenda is None:
        agenda = EventIndexPage(
            slug="agenda", locale=locales["fr"], show_in_menus=True, **AGENDA["fr"]
        )
        home.add_child(instance=agenda)
        _publish(agenda)
    for code in ("en", "ar"):
        translatable = code in locales and home.get_translation_or_none(locales[code]) is not None
        if translatable and agenda.get_translation_or_none(locales[code]) is None:
            _translate(agenda, locales[code], **AGENDA[code])
    return agenda


def _events(locales, agenda, zone):
    today = timezone.now().astimezone(zone).date()
    built = {}
    for slug, days, (hour, minute), minutes, category, audience, title, plain, extras in EVENTS:
        event = EventPage.objects.child_of(agenda).filter(slug=slug).first()
        if event is None:
            start = datetime.datetime.combine(
                today + datetime.timedelta(days=days), datetime.time(hour, minute), zone
            )
            event = EventPage(
                slug=slug,
                title=title,
                plain_words=plain,
                locale=locales["fr"],
                start=start,
                end=start + datetime.timedelta(minutes=minutes),
                category=category,
                audience=audience,
                place="École Jean-Jaurès, salle polyvalente",
                access_info="Entrée par le portail rue des Lilas. Salle de plain-pied, sans marche.",
                description=description(slug, "fr"),
                **extras,
            )
            agenda.add_child(instance=event)
            _publish(event)
        built[slug] = event
        for code, (tr_title, tr_plain) in TRANSLATIONS.get(slug, {}).items():
            if code in locales and agenda.get_translation_or_none(locales[code]) is not None:
                _translate(
                    event,
                    locales[code],
                    title=tr_title,
                    plain_words=tr_plain,
                    description=description(slug, code),
                )
        _describe(event, slug)
    full = built["reunion-de-rentree-cp"]
    if not RSVP.objects.filter(event=full).exists():
        RSVP.objects.bulk_create(
            RSVP(
                event=full,
                name=name,
                email=f"{name.split()[-1].lower()}@example.org",
                people=people,
            )
            for name, people in NEARLY_FULL
        )


def _describe(event, slug):
    """Earlier demos repeated the plain words as the description: say more, once."""
    for page in EventPage.objects.filter(translation_key=event.translation_key):
        repeated = [{"type": "paragraph", "value": f"<p>{page.plain_words}</p>"}]
        if [
            {"type": b["type"], "value": b["value"]} for b in page.description.raw_data
        ] == repeated:
            page.description = description(slug, page.locale.language_code)
            _publish(page)


def _second_teacher():
    return get_user_model().objects.get(email=SECOND_TEACHER)


def _slots(zone):
    User = get_user_model()
    first = User.objects.filter(email="enseignant@demo.passerelle.test").first()
    second = _second_teacher()
    director = User.objects.filter(email="directrice@demo.passerelle.test").first()
    today = timezone.now().astimezone(zone).date() + datetime.timedelta(days=1)
    plans = [
        (first, 1, datetime.time(16, 30), datetime.time(19, 0), "Classe de CP, bâtiment A"),
        (
            second,
            3,
            datetime.time(17, 0),
            datetime.time(19, 0),
            "Classe de CM1, 1er étage (ascenseur)",
        ),
        # The parents' space says the director meets families on Tuesdays.
        (director, 1, datetime.time(9, 0), datetime.time(11, 30), "Bureau de la direction"),
    ]
    for host, weekday, start, end, place in plans:
        if host is None or host.appointment_slots.filter(start__gte=timezone.now()).exists():
            continue
        planned = appointments.plan_slots(today, weekday, start, end, 15, 4, zone)
        appointments.open_slots(host, planned, place)
    return second


def build(locales, home):
    """Create what is missing of the demo agenda; return the French agenda."""
    zone = school_zone()
    agenda = _agenda(locales, home)
    _events(locales, agenda, zone)
    second = _slots(zone)
    return agenda, second
