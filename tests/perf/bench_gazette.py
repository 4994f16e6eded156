"""Gazette delivery: one issue to 5,000 subscribers in three languages, through a real SMTP
server on this machine (aiosmtpd on a free loopback port). Prints the duration, messages per
second, the CPU time it took (the machine may be shared: the load average is printed beside it)
and peak memory at 1,000 and at 5,000 subscribers. Each size runs twice: once timed, once with
tracemalloc for the peak memory (tracemalloc slows every allocation several times over, so the
timed run goes without it).

Targets on a 2-core machine: under 60 s for 5,000, and peak memory that does not grow with the
number of subscribers. GAZETTE_BENCH_SIZES="200,1000" runs smaller sizes."""

import os
import socket
import time
import tracemalloc

SIZES = [int(n) for n in os.environ.get("GAZETTE_BENCH_SIZES", "1000,5000").split(",")]
LANGUAGES = ("fr", "ar", "tr")


def _setup():
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.test")
    import django

    django.setup()
    from django.db import connection

    old_name = connection.settings_dict["NAME"]
    connection.creation.create_test_db(verbosity=0, autoclobber=True)
    return connection, old_name


def _free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Counter:
    count = 0

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 -- aiosmtpd's hook name
        self.count += 1
        return "250 OK"


def _seed():
    from wagtail.models import Locale, Page, Site

    from pages.gazette.models import GazetteIndexPage
    from pages.home.models import HomePage
    from portal.classes.models import SchoolClass

    fr, _created = Locale.objects.get_or_create(language_code="fr")
    for code in LANGUAGES:
        Locale.objects.get_or_create(language_code=code)
    root = Page.get_first_root_node()
    home = root.add_child(instance=HomePage(title="Accueil", slug="accueil-bench", locale=fr))
    site, _created = Site.objects.update_or_create(
        is_default_site=True, defaults={"hostname": "testserver", "port": 80, "root_page": home}
    )
    archive = home.add_child(instance=GazetteIndexPage(title="Gazette", slug="gazette", locale=fr))
    classes = [
        SchoolClass.objects.create(site=site, name=name, level="CM1")
        for name in ("CP A", "CE2 B", "CM1 B", "CM2 A")
    ]
    return site, archive, classes


def _run(size, site, archive, classes, number, counter, trace=False):
    from django.utils import timezone

    from pages.gazette.models import Delivery, GazettePage, GazetteSubscription
    from portal.notify.outbox import deliver_due
    from tests.pages.gazette.factories import sections

    GazetteSubscription.objects.all().delete()
    now = timezone.now()
    GazetteSubscription.objects.bulk_create(
        GazetteSubscription(
            site=site, email=f"f{n}@example.org", language=LANGUAGES[n % 3], confirmed_at=now
        )
        for n in range(size)
    )
    through = GazetteSubscription.classes.through
    through.objects.bulk_create(
        through(gazettesubscription_id=pk, schoolclass_id=classes[i % 4].pk)
        for i, pk in enumerate(GazetteSubscription.objects.values_list("pk", flat=True))
    )
    issue = GazettePage(
        title=f"Gazette {number}",
        slug=f"gazette-{number}",
        number=number,
        locale=archive.locale,
        live=False,
        sections=sections(classes),
    )
    archive.add_child(instance=issue)
    if trace:
        tracemalloc.start()
    began, cpu_began = time.perf_counter(), time.process_time()
    before = counter.count
    # The test settings run tasks at once: publishing writes and sends every message.
    issue.save_revision().publish()
    deliver_due(now=now + timezone.timedelta(days=3))  # anything quiet hours held back
    written = Delivery.objects.filter(issue=issue).count()
    sent = counter.count - before
    elapsed, cpu = time.perf_counter() - began, time.process_time() - cpu_began
    peak = 0
    if trace:
        _current, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    return written, sent, elapsed, cpu, peak


def main():
    connection, old_name = _setup()
    from django.conf import settings

    from aiosmtpd.controller import Controller

    port = _free_port()
    counter = Counter()
    controller = Controller(counter, hostname="127.0.0.1", port=port)
    controller.start()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_USE_TLS = "127.0.0.1", port, False
    try:
        print(f"Gazette delivery on {connection.vendor} through a local SMTP server…")
        site, archive, classes = _seed()
        for number, size in enumerate(SIZES, start=1):
            written, sent, elapsed, cpu, _peak = _run(
                size, site, archive, classes, 2 * number, counter
            )
            *_counts, peak = _run(size, site, archive, classes, 2 * number + 1, counter, True)
            verdict = "ok" if elapsed < 60 * size / 5000 else "SLOW"
            print(
                f"  {size:>5} subscribers: {written} written, {sent} sent in {elapsed:5.1f} s"
                f" ({sent / elapsed:6.1f} messages/s; {cpu:5.1f} s of CPU, load average"
                f" {os.getloadavg()[0]:.1f}), peak memory {peak / 2**20:5.1f} MiB {verdict}"
            )
        print(f"  the SMTP server received {counter.count} messages")
    finally:
        controller.stop()
        connection.creation.destroy_test_db(old_name, verbosity=0)


if __name__ == "__main__":
    main()
