"""The demo school's follow-up: a year of appointments with attendance, three parents' cafés
with their answers, the representatives' elections with their turnout, the action plan with six
actions, and last quarter's review, finished. Only what is missing is added."""

import datetime
import random

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone

from wagtail.models import PageViewRestriction

from pages.events.models import RSVP, Booking, EventIndexPage, EventPage, Slot
from pages.followup.models import (
    Action,
    ActionPlanPage,
    DecisionKind,
    ElectionPage,
    QuarterlyReviewPage,
    ReviewComment,
    Status,
)
from pages.followup.periods import quarter_of
from pages.followup.reviews import open_review, record_decision
from portal import roles
from portal.schools import school_of

from .classes import CLASSES

#: Where the past year's appointments took place: also how the loader knows they exist.
PLACE = "Salle des rendez-vous (année passée)"
FAMILIES = [
    "Benali", "Costa", "Diallo", "Nguyen", "Rossi", "Traoré", "Yılmaz", "Kowalska", "Haddad",
    "Martins", "Petrenko", "Ozturk", "Sanchez", "Camara", "Lefebvre", "Moreau", "Said", "Lopes",
]  # fmt: skip
CAFES = [
    # slug, title, days before today, hour, minute, families who answered, of whom came
    ("cafe-des-parents-automne", "Café des parents : la rentrée", 300, 18, 30, 12, 9),
    ("cafe-des-parents-hiver", "Café des parents du samedi", 200, 10, 0, 14, 11),
    ("cafe-des-parents-printemps", "Café des parents : les écrans", 60, 8, 45, 9, 7),
]
ACTIONS = [
    ("Cafés des parents le soir et le samedi", "La directrice", "working", Status.RUNNING,
     ["visits_cafe", "visits_after_work"]),
    ("Interprète aux rendez-vous individuels", "L’équipe enseignante", "no-french", Status.RUNNING,
     ["meetings_interpreter", "meetings_attended"]),
    ("Rendez-vous après 18 h une semaine par mois", "L’équipe enseignante", "working",
     Status.DONE, ["meetings_after_work"]),
    ("Matinée portes ouvertes pour les nouvelles familles", "La directrice", "new",
     Status.PLANNED, ["visits_open_morning"]),
    ("Atelier écrans avec l’espace numérique", "Les représentants des parents", "furthest",
     Status.PLANNED, ["joint_actions"]),
    ("Vote par correspondance expliqué en plusieurs langues", "Les représentants des parents",
     "no-french", Status.DONE, ["election_turnout"]),
]  # fmt: skip


def _publish(page):
    page.save_revision().publish()
    return page


def _bookings(site, zone, today, rng):
    """About four appointments a school week over the past year, most of them attended."""
    if Slot.objects.filter(site=site, place=PLACE).exists():
        return
    User = get_user_model()
    hosts = list(User.objects.filter(groups__name__in=[roles.TEACHER, roles.DIRECTOR]).distinct())
    if not hosts:
        return
    day = today - datetime.timedelta(days=365)
    slots, details = [], []
    while day < today:
        if day.weekday() < 5 and day.month not in (7, 8):
            for _n in range(rng.choice((0, 1, 1, 2))):
                host = rng.choice(hosts)
                hour, minute = rng.choice(((8, 30), (16, 30), (17, 0), (18, 0), (18, 30)))
                start = datetime.datetime.combine(day, datetime.time(hour, minute), zone)
                start += datetime.timedelta(minutes=rng.randrange(0, 4) * 5)
                slots.append(
                    Slot(
                        host=host,
                        site=site,
                        start=start,
                        end=start + datetime.timedelta(minutes=20),
                        place=PLACE,
                    )
                )
        day += datetime.timedelta(days=1)
    seen = set()
    slots = [
        s for s in slots if (s.host_id, s.start) not in seen and not seen.add((s.host_id, s.start))
    ]
    Slot.objects.bulk_create(slots)
    created = Slot.objects.filter(site=site, place=PLACE)
    for n, slot in enumerate(created):
        family = rng.choice(FAMILIES)
        companion = rng.choices(("", "person", "interpreter"), weights=(7, 2, 2))[0]
        details.append(
            Booking(
                slot=slot,
                name=f"Famille {family}",
                email=f"famille.{n}@demo.passerelle.test",
                child_class=rng.choice(CLASSES)[0],
                companion=companion,
                interpreter_language="arabe" if companion == "interpreter" else "",
                confirmed_at=slot.start - datetime.timedelta(days=3),
                attended=rng.random() < 0.85,
            )
        )
    Booking.objects.bulk_create(details)


def _cafes(agenda, zone, today, rng):
    for slug, title, days, hour, minute, answered, came in CAFES:
        if EventPage.objects.filter(slug=slug, locale=agenda.locale).exists():
            continue
        start = datetime.datetime.combine(
            today - datetime.timedelta(days=days), datetime.time(hour, minute), zone
        )
        cafe = EventPage(
            title=title,
            slug=slug,
            locale=agenda.locale,
            start=start,
            end=start + datetime.timedelta(hours=1, minutes=30),
            category="cafe",
            audience="school",
            place="Salle polyvalente",
            plain_words="Un moment pour parler de l’école autour d’un café.",
            offers_childcare=True,
            rsvp_enabled=True,
        )
        agenda.add_child(instance=cafe)
        _publish(cafe)
        RSVP.objects.bulk_create(
            RSVP(
                event=cafe,
                name=f"Famille {FAMILIES[n % len(FAMILIES)]}",
                email=f"cafe.{slug}.{n}@demo.passerelle.test",
                people=rng.choice((1, 1, 2)),
                attended=n < came,
            )
            for n in range(answered)
        )


def _elections(home, today, locales):
    """This year's election when it is over, and last year's, with their turnout."""
    latest = today.year if today >= datetime.date(today.year, 10, 20) else today.year - 1
    for year, voters, votes in ((latest - 1, 412, 97), (latest, 405, 131)):
        if ElectionPage.objects.filter(school_year=year, locale=home.locale).exists():
            continue
        day = datetime.date(year, 10, 10)
        day += datetime.timedelta(days=(4 - day.weekday()) % 7)  # a Friday
        election = ElectionPage(
            title=f"Élections des représentants de parents {year}–{year + 1}",
            slug=f"elections-{year}",
            locale=home.locale,
            school_year=year,
            date=day,
            opens=datetime.time(8, 0),
            closes=datetime.time(12, 0),
            how_to_vote=(
                "Au bureau de vote, dans le hall de l’école, avec une pièce d’identité.\n"
                "Par courrier : mettez le bulletin dans les deux enveloppes reçues et donnez-les "
                "à votre enfant ou postez-les avant le jeudi."
            ),
            plain_words="Chaque parent vote, même sans parler français. Le vote est secret.",
            candidate_lists=[
                ("list", {"name": "Parents ensemble", "candidates": "Fatou Diallo\nMarco Rossi"}),
                ("list", {"name": "Liste FCPE", "candidates": "Ana Costa\nMinh Nguyen"}),
            ],
            registered_voters=voters,
            votes_cast=votes,
        )
        home.add_child(instance=election)
        _publish(election)
    _translate_election(ElectionPage.objects.get(school_year=latest, locale=home.locale), locales)


#: The election page in the parents' languages: title, how to vote, in plain words. The
#: candidates' names stay as the lists give them.
ELECTION_WORDS = {
    "en": (
        "Election of the parents’ representatives {years}",
        "At the polling station, in the school hall, with an identity document.\n"
        "By post: put the ballot in the two envelopes you received and give them to your child "
        "or post them before Thursday.",
        "Every parent votes, even without speaking French. The vote is secret.",
    ),
    "ar": (
        "انتخاب ممثلي أولياء الأمور {years}",
        "في مكتب التصويت، في بهو المدرسة، مع وثيقة هوية.\n"
        "بالبريد: ضع ورقة التصويت في الظرفين اللذين استلمتهما وأعطهما لطفلك "
        "أو أرسلهما بالبريد قبل يوم الخميس.",
        "كل وليّ أمر يصوّت، حتى من لا يتكلم الفرنسية. التصويت سرّي.",
    ),
    "es": (
        "Elección de los representantes de las familias {years}",
        "En la mesa electoral, en el vestíbulo de la escuela, con un documento de identidad.\n"
        "Por correo: ponga la papeleta en los dos sobres recibidos y déselos a su hijo o hija "
        "o envíelos antes del jueves.",
        "Cada madre y cada padre vota, aunque no hable francés. El voto es secreto.",
    ),
    "pt": (
        "Eleição dos representantes dos pais {years}",
        "Na assembleia de voto, no átrio da escola, com um documento de identificação.\n"
        "Por correio: coloque o boletim nos dois envelopes recebidos e entregue-os ao seu filho "
        "ou envie-os pelo correio antes de quinta-feira.",
        "Todos os pais votam, mesmo sem falar francês. O voto é secreto.",
    ),
    "tr": (
        "Veli temsilcileri seçimi {years}",
        "Oy sandığında, okulun holünde, kimlik belgesiyle.\n"
        "Posta ile: oy pusulasını aldığınız iki zarfa koyun ve çocuğunuza verin "
        "ya da perşembeden önce postalayın.",
        "Fransızca konuşmasa da her veli oy kullanır. Oy gizlidir.",
    ),
    "uk": (
        "Вибори представників батьків {years}",
        "На виборчій дільниці, у холі школи, з документом, що посвідчує особу.\n"
        "Поштою: покладіть бюлетень у два отримані конверти й передайте їх дитині "
        "або надішліть поштою до четверга.",
        "Голосує кожен із батьків, навіть якщо не говорить французькою. Голосування таємне.",
    ),
}


def _translate_election(election, locales):
    """The latest election in every language of the demo, so that families read how to vote in
    theirs."""
    for code, (title, how, plain) in ELECTION_WORDS.items():
        locale = locales.get(code)
        if locale is None or election.get_translation_or_none(locale) is not None:
            continue
        if election.get_parent().get_translation_or_none(locale) is None:
            continue
        translated = election.copy_for_translation(locale, copy_parents=False, alias=False)
        translated = translated.specific
        translated.title = title.format(years=election.year_label)
        translated.how_to_vote, translated.plain_words = how, plain
        translated.save()
        _publish(translated)


def _plan(home, site):
    plan = ActionPlanPage.objects.child_of(home).first()
    if plan is not None:
        return plan
    from partners.models import Partner

    plan = ActionPlanPage(
        title="Plan d’action avec les familles",
        slug="plan-d-action",
        locale=home.locale,
        intro="Faire venir à l’école les familles qui en sont le plus éloignées.",
        objectives=[
            ("objective", {"title": "Rencontrer chaque famille au moins une fois", "detail": ""}),
            ("objective", {"title": "Des horaires pour les parents qui travaillent", "detail": ""}),
            ("objective", {"title": "Se comprendre sans parler français", "detail": ""}),
        ],
        public_summary=(
            "Cette année, l’école ouvre des cafés des parents le soir et le samedi, propose un "
            "interprète aux rendez-vous et explique le vote des représentants dans plusieurs "
            "langues."
        ),
    )
    home.add_child(instance=plan)
    restriction = PageViewRestriction.objects.create(
        page=plan, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.set(
        Group.objects.filter(name__in=(roles.DIRECTOR, roles.TEACHER, roles.REPRESENTATIVE))
    )
    partners = list(Partner.objects.source().filter(site=site)[:2])
    for n, (title, owner, group, status, keys) in enumerate(ACTIONS):
        action = Action(
            title=title,
            owner=owner,
            target_group=group,
            status=status,
            indicators=keys,
            sort_order=n,
        )
        plan.actions.add(action)
        if n == 4 and partners:
            action.partners = partners
    return _publish(plan)


def _review(plan, site, today):
    """Last quarter's review, with an analysis, two comments and one decision."""
    period = quarter_of(today).previous()
    if QuarterlyReviewPage.already_reviewed(plan, period):
        return
    User = get_user_model()
    director = User.objects.filter(groups__name=roles.DIRECTOR).first()
    representative = User.objects.filter(groups__name=roles.REPRESENTATIVE).first()
    review = open_review(site, period, director)
    review.analysis = (
        "Les rendez-vous du soir sont pleins : les parents qui travaillent viennent quand "
        "l’horaire le permet. Les cafés du samedi attirent de nouvelles familles."
    )
    _publish(review)
    if representative is not None:
        for body in (
            "Des parents demandent un café en arabe et en turc.",
            "Le vote par courrier a bien marché : il faut le refaire.",
        ):
            ReviewComment.objects.create(review=review, author=representative, body=body)
    action = Action.objects.filter(page=plan, title__startswith="Rendez-vous après 18 h").first()
    record_decision(
        review,
        director,
        DecisionKind.STATUS,
        action=action,
        status=Status.RUNNING,
        note="On continue : une semaine par mois ne suffit pas.",
    )


def build(locales, home, site, today=None):
    school = school_of(site)
    zone = school.zone
    today = today or timezone.now().astimezone(zone).date()
    rng = random.Random(15)  # noqa: S311 (the same demo every time)
    _bookings(site, zone, today, rng)
    agenda = EventIndexPage.objects.child_of(home).first()
    if agenda is not None:
        _cafes(agenda, zone, today, rng)
    _elections(home, today, locales)
    plan = _plan(home, site)
    _review(plan, site, today)
