"""Follow-up speed: the dashboard of a school with 400 families, 2,000 appointments and 5,000
answers to events over three school years. Runs in a throwaway test database (PostgreSQL when
DATABASE_URL is set).

Target: the dashboard answers in under 200 ms (median), with the same number of queries
whatever the number of records. On a shared machine the wall time follows the load: the admin's
home page is measured beside it, and the CPU time the dashboard costs this process is given too."""

import datetime
import statistics
import time

from tests.perf.bench_events import _setup

RUNS = 20
FAMILIES = 400
BOOKINGS = 2000
RSVPS = 5000
EVENTS = 60
TARGET_MS = 200


def _seed(bookings, rsvps):
    from django.utils import timezone

    from wagtail.models import Locale, Page, Site

    from pages.events.models import RSVP, Booking, EventIndexPage, EventPage, Slot
    from pages.home.models import HomePage
    from portal.classes.models import SchoolClass
    from tests.factories import UserFactory

    fr, _created = Locale.objects.get_or_create(language_code="fr")
    site = Site.objects.filter(is_default_site=True).first()
    if site is None or site.root_page.slug != "accueil-bench":
        root = Page.get_first_root_node()
        home = root.add_child(instance=HomePage(title="Accueil", slug="accueil-bench", locale=fr))
        site, _created = Site.objects.update_or_create(
            is_default_site=True,
            defaults={"hostname": "testserver", "port": 80, "root_page": home},
        )
        home.add_child(instance=EventIndexPage(title="Agenda", slug="agenda", locale=fr))
        for n, name in enumerate(("CP A", "CE1 B", "CE2 A", "CM1 B", "CM2 A")):
            SchoolClass.objects.create(site=site, name=name, level=name[:3].strip(), sort_order=n)
    agenda = EventIndexPage.objects.get(slug="agenda")
    zone = timezone.get_default_timezone()
    first = timezone.localdate() - datetime.timedelta(days=3 * 365)
    host = UserFactory(email="hote.bench@example.org", role="Teacher")
    start = datetime.datetime.combine(first, datetime.time(8), zone)
    offset = Slot.objects.count()
    slots = Slot.objects.bulk_create(
        Slot(
            host=host,
            site=site,
            start=start + datetime.timedelta(hours=13 * (offset + n)),
            end=start + datetime.timedelta(hours=13 * (offset + n), minutes=20),
        )
        for n in range(bookings)
    )
    classes = ("CP A", "CE1 B", "CE2 A", "CM1 B", "CM2 A")
    Booking.objects.bulk_create(
        Booking(
            slot=slot,
            name=f"Famille {n % FAMILIES}",
            email=f"famille{n % FAMILIES}@example.org",
            child_class=classes[n % len(classes)],
            companion=("", "person", "interpreter")[n % 3],
            confirmed_at=slot.start,
            attended=n % 5 != 0,
        )
        for n, slot in enumerate(slots)
    )
    events = []
    existing = EventPage.objects.count()
    for n in range(EVENTS if not existing else 0):
        when = start + datetime.timedelta(days=18 * n, hours=10)
        events.append(
            agenda.add_child(
                instance=EventPage(
                    title=f"Café {n}",
                    slug=f"cafe-{n}",
                    locale=fr,
                    start=when,
                    end=when + datetime.timedelta(hours=1),
                    category=("cafe", "open-morning", "training")[n % 3],
                )
            )
        )
    events = list(EventPage.objects.all())
    taken = RSVP.objects.count()
    RSVP.objects.bulk_create(
        RSVP(
            event=events[(taken + n) % len(events)],
            name=f"Famille {(taken + n) // len(events)}",
            email=f"rsvp{taken + n}@example.org",
            attended=n % 4 != 0,
        )
        for n in range(rsvps)
    )


def _analyze():
    """Statistics as the database keeps them (autovacuum does it in production after a bulk
    insert; a fresh test database has none, and its plans would be those of an empty table)."""
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")


def _measure(client, url):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    timings, cpu = [], []
    for _run in range(RUNS):
        began, began_cpu = time.perf_counter(), time.process_time()
        response = client.get(url)
        timings.append((time.perf_counter() - began) * 1000)
        cpu.append((time.process_time() - began_cpu) * 1000)
        assert response.status_code == 200, response.status_code
    with CaptureQueriesContext(connection) as captured:
        client.get(url)
    timings.sort()
    _measure.cpu = statistics.median(cpu)
    return statistics.median(timings), timings[int(len(timings) * 0.95) - 1], len(captured)


def main():
    connection, old_name = _setup()
    try:
        print(
            f"Follow-up benchmark on {connection.vendor}: {FAMILIES} families, {BOOKINGS} "
            f"appointments, {RSVPS} answers over three school years…"
        )
        from django.test import Client

        from pages.followup.periods import quarter_of
        from tests.factories import UserFactory

        _seed(bookings=10, rsvps=10)
        _analyze()
        director = UserFactory(email="direction.bench@example.org", role="Director")
        client = Client()
        client.force_login(director)
        period = quarter_of(datetime.date.today())
        url = f"/admin/followup/?year={period.year}&quarter={period.number}"
        client.get(url)
        _median, _p95, few = _measure(client, url)
        _seed(bookings=BOOKINGS - 10, rsvps=RSVPS - 10)
        _analyze()
        median, p95, many = _measure(client, url)
        cpu = _measure.cpu
        verdict = "ok" if median < TARGET_MS and few == many else "SLOW"
        print(
            f"  dashboard: median {median:6.1f} ms, p95 {p95:6.1f} ms (target < {TARGET_MS} ms),"
            f" {cpu:6.1f} ms of CPU; queries {few} with 10 records, {many} with all {verdict}"
        )
        # What any admin page costs on this machine, and the figures alone, for comparison.
        home, _p95, _queries = _measure(client, "/admin/")
        home_cpu = _measure.cpu
        from wagtail.models import Site

        from pages.followup import indicators

        site = Site.objects.get(is_default_site=True)
        timings = []
        for _run in range(RUNS):
            began = time.perf_counter()
            indicators.compute(site, period)
            timings.append((time.perf_counter() - began) * 1000)
        print(
            f"  for comparison: the admin's home page {home:6.1f} ms ({home_cpu:6.1f} ms of CPU);"
            f" the figures alone {statistics.median(timings):6.1f} ms"
        )
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)


if __name__ == "__main__":
    main()
