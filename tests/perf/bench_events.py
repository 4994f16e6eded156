"""Agenda speed: the month view and the full iCalendar feed with 1,000 events, 200 of them
repeating. Runs in a throwaway test database (PostgreSQL when DATABASE_URL is set).

Targets: month view < 100 ms, feed < 300 ms (median). Both are cached until an event changes;
the "cold" lines clear the cache before each request."""

import datetime
import os
import statistics
import time

RUNS = 20
EVENTS = 1000
REPEATING = 200


def _setup():
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.test")
    import django

    django.setup()
    from django.db import connection

    old_name = connection.settings_dict["NAME"]
    connection.creation.create_test_db(verbosity=0, autoclobber=True)
    return connection, old_name


def _seed():
    from django.utils import timezone

    from wagtail.models import Locale, Page, Site

    from pages.events.models import EventIndexPage, EventPage
    from pages.home.models import HomePage

    fr, _created = Locale.objects.get_or_create(language_code="fr")
    root = Page.get_first_root_node()
    home = root.add_child(instance=HomePage(title="Accueil", slug="accueil-bench", locale=fr))
    Site.objects.update_or_create(
        is_default_site=True, defaults={"hostname": "testserver", "port": 80, "root_page": home}
    )
    agenda = home.add_child(instance=EventIndexPage(title="Agenda", slug="agenda", locale=fr))
    zone = timezone.get_default_timezone()
    today = timezone.localdate()
    categories = ["presentation", "follow-up", "training", "cafe", "council", "outing"]
    for n in range(EVENTS):
        day = today + datetime.timedelta(days=(n % 90) - 30)
        start = datetime.datetime.combine(day, datetime.time(8 + n % 11, 0), zone)
        agenda.add_child(
            instance=EventPage(
                title=f"Événement {n}",
                slug=f"evenement-{n}",
                locale=fr,
                start=start,
                end=start + datetime.timedelta(hours=1),
                category=categories[n % len(categories)],
                recurrence="FREQ=WEEKLY;COUNT=10" if n < REPEATING else "",
            )
        )


def _time(client, url, cold=False):
    from django.core.cache import cache

    timings = []
    # A cold request is slow: five of them are enough to see the figure.
    for _run in range(5 if cold else RUNS):
        if cold:
            cache.clear()
        began = time.perf_counter()
        response = client.get(url)
        timings.append((time.perf_counter() - began) * 1000)
        assert response.status_code == 200, response.status_code
    timings.sort()
    return statistics.median(timings), timings[int(len(timings) * 0.95) - 1]


def main():
    connection, old_name = _setup()
    try:
        print(
            f"Agenda benchmark on {connection.vendor}: seeding {EVENTS} events ({REPEATING} repeating)…"
        )
        _seed()
        from django.test import Client

        client = Client()
        client.get("/fr/agenda/")
        for label, url, target in (
            ("month view", "/fr/agenda/?view=month", 100),
            ("full feed ", "/feeds/events.ics", 300),
        ):
            for state, cold in (("cached", False), ("cold  ", True)):
                median, p95 = _time(client, url, cold=cold)
                verdict = "ok" if median < target else "SLOW"
                print(
                    f"  {label} {state}: median {median:6.1f} ms, p95 {p95:6.1f} ms"
                    f" (target < {target} ms) {verdict}"
                )
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)


if __name__ == "__main__":
    main()
