"""The demo agenda: about two months of school events from today, some repeating, one nearly
full, and free appointment times with two teachers. Every event falls on the weekday and at the
time its words give, in term time of the current school year, read from the school calendar."""

import datetime

from django.contrib.auth import get_user_model
from django.utils import timezone

from pages.events import appointments
from pages.events.models import RSVP, EventIndexPage, EventPage

from . import calendar as demo_calendar
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

MONDAY, TUESDAY, THURSDAY, FRIDAY, SATURDAY = 0, 1, 3, 4, 5

# (slug, when, start, minutes, category, audience, French title, plain words, extras).
# `when` places the event on the weekday its words give, in term time, from the calendar:
#   ("nth", weekday, n): the n-th school day that is this weekday, from the demo's first school day
#   ("weekly", weekday, count): that weekday every school week, `count` times (holidays skipped)
#   ("monthly", weekday, count): the first such weekday of `count` months
#   ("before-holidays", weekday): the last such weekday before the next holidays
EVENTS = [
    (
        "reunion-de-rentree-cp",
        ("nth", THURSDAY, 1),
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
        ("weekly", TUESDAY, 8),
        (8, 30),
        60,
        "cafe",
        "school",
        "Café des parents",
        "Un café le mardi matin après avoir déposé les enfants. On parle de l’école, sans rendez-vous.",
        {"accessible_room": True},
    ),
    (
        "matinee-portes-ouvertes",
        ("nth", FRIDAY, 2),
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
        ("nth", TUESDAY, 3),
        (18, 0),
        120,
        "council",
        "school",
        "Conseil d’école",
        "Les parents élus, les enseignants et la mairie parlent de la vie de l’école.",
        {"offers_interpreter": True, "interpreter_languages": "arabe"},
    ),
    (
        "reunion-bilan-cm2",
        ("nth", MONDAY, 4),
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
        ("monthly", MONDAY, 2),
        (18, 30),
        90,
        "training",
        "school",
        "Atelier : les écrans à la maison",
        "Le premier lundi du mois, une infirmière scolaire donne des idées simples pour limiter les écrans le soir.",
        {"offers_childcare": True, "rsvp_enabled": True, "capacity": 25},
    ),
    (
        "reglement-interieur",
        ("nth", MONDAY, 1),
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
        ("nth", THURSDAY, 5),
        (9, 0),
        360,
        "outing",
        "ce1",
        "Sortie à la ferme pédagogique",
        "Les CE1 vont à la ferme. Des parents peuvent accompagner la classe.",
        {"rsvp_enabled": True, "capacity": 6},
    ),
    (
        "fete-de-lecole",
        ("before-holidays", SATURDAY),
        (10, 0),
        180,
        "outing",
        "school",
        "Fête de l’école avant les vacances",
        "Le samedi matin avant les vacances : chants des enfants et goûter partagé. Toute la famille est bienvenue.",
        {"accessible_room": True},
    ),
    (
        "cafe-langues",
        ("weekly", THURSDAY, 6),
        (16, 45),
        60,
        "cafe",
        "school",
        "Café des langues",
        "Le jeudi après la classe, des parents qui parlent arabe, turc ou ukrainien aident les nouvelles familles.",
        {"offers_interpreter": True, "interpreter_languages": "arabe, turc, ukrainien"},
    ),
    (
        "reunion-suivi-ce2",
        ("nth", TUESDAY, 4),
        (18, 0),
        60,
        "follow-up",
        "ce2",
        "Point d’étape avec les familles de CE2",
        "Comment votre enfant progresse en lecture et en calcul.",
        {},
    ),
    (
        "preparation-conseil-representants",
        ("nth", THURSDAY, 3),
        (18, 30),
        90,
        "follow-up",
        "representatives",
        "Préparation du conseil d’école avec les représentants",
        "Les représentants et la directrice préparent le prochain conseil.",
        {},
    ),
]

TRANSLATIONS = {
    "preparation-conseil-representants": {
        "en": (
            "Preparing the school council with the representatives",
            "The representatives and the head teacher prepare the next council.",
        ),
        "ar": (
            "التحضير لمجلس المدرسة مع الممثلين",
            "يحضّر الممثلون والمديرة المجلس القادم.",
        ),
    },
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


def event_dates(school, anchor, when):
    """The dates of one demo event: see EVENTS."""
    kind, weekday, *rest = when
    if kind == "nth":
        found = [demo_calendar.nth_school_weekday(school, anchor, weekday, rest[0])]
    elif kind == "weekly":
        found = demo_calendar.school_weekdays(school, anchor, weekday, rest[0])
    elif kind == "monthly":
        found = demo_calendar.first_weekday_of_months(school, anchor, weekday, rest[0])
    else:
        found = [demo_calendar.last_weekday_before_holidays(school, anchor, weekday)]
    return sorted(day for day in found if day is not None)


def _repeat(kind, dates):
    """An RRULE through `dates` and the dates it must skip (holidays, days off)."""
    until = f"UNTIL={dates[-1]:%Y%m%d}T235959Z"
    if kind == "weekly":
        rule = f"FREQ=WEEKLY;{until}"
        every = [
            dates[0] + datetime.timedelta(weeks=n)
            for n in range((dates[-1] - dates[0]).days // 7 + 1)
        ]
    else:
        code = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"][dates[0].weekday()]
        rule = f"FREQ=MONTHLY;BYDAY=1{code};{until}"
        every = []
        month = dates[0].replace(day=1)
        while month <= dates[-1]:
            every.append(
                month + datetime.timedelta(days=(dates[0].weekday() - month.weekday()) % 7)
            )
            month = (month + datetime.timedelta(days=32)).replace(day=1)
    skipped = sorted(set(every) - set(dates))
    return rule, "\n".join(day.isoformat() for day in skipped)


def _events(locales, agenda, school, today):
    zone = school.zone
    anchor = demo_calendar.first_school_day(school, today)
    built = {}
    for slug, when, (hour, minute), minutes, category, audience, title, plain, extras in EVENTS:
        event = EventPage.objects.child_of(agenda).filter(slug=slug).first()
        dates = event_dates(school, anchor, when) if event is None else []
        if event is None and dates:
            start = datetime.datetime.combine(dates[0], datetime.time(hour, minute), zone)
            repeat = {}
            if when[0] in ("weekly", "monthly") and len(dates) > 1:
                rule, skipped = _repeat(when[0], dates)
                repeat = {"recurrence": rule, "exceptions": skipped}
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
                **repeat,
                **extras,
            )
            agenda.add_child(instance=event)
            _publish(event)
        if event is None:
            continue
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
    full = built.get("reunion-de-rentree-cp")
    if full is not None and not RSVP.objects.filter(event=full).exists():
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


def _slots(school, today, site):
    User = get_user_model()
    first = User.objects.filter(email="enseignant@demo.passerelle.test").first()
    second = _second_teacher()
    tomorrow = today + datetime.timedelta(days=1)
    director = User.objects.filter(email="directrice@demo.passerelle.test").first()
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
        planned = appointments.plan_slots(
            tomorrow, weekday, start, end, 15, 4, school.zone, calendar=school
        )
        appointments.open_slots(host, planned, place, site)
    return second


#: Events earlier demos made by hand that the site now builds itself: the election's event comes
#: from the election page (`pages.followup.agenda`), and a second one showed the vote twice.
RETIRED = ["elections-representants"]


def _retire(agenda):
    for slug in RETIRED:
        for event in EventPage.objects.child_of(agenda).filter(slug=slug):
            for page in EventPage.objects.filter(translation_key=event.translation_key):
                page.delete()


def build(locales, home, today=None):
    """Create what is missing of the demo agenda; return the French agenda."""
    school = demo_calendar.ensure_calendar(home.get_site(), today)
    today = today or timezone.now().astimezone(school.zone).date()
    agenda = _agenda(locales, home)
    _retire(agenda)
    _events(locales, agenda, school, today)
    second = _slots(school, today, home.get_site())
    return agenda, second


#: Events the school runs with its partners (after the partners exist: see bootstrap_demo).
EVENT_PARTNERS = {
    "atelier-ecrans": ["Espace numérique Mermoz"],
    "cafe-langues": ["Maison de quartier des Lilas"],
    "cafe-des-parents": ["Association des parents d’élèves Jean-Jaurès"],
}


def link_partners(site):
    from partners.models import Partner

    for slug, names in EVENT_PARTNERS.items():
        event = EventPage.objects.filter(slug=slug, locale__language_code="fr").first()
        if event is None or event.partners.exists():
            continue
        event.partners.set(Partner.objects.source().filter(site=site, name__in=names))
        _publish(event)
