"""Resource library benchmark: 10,000 resources on PostgreSQL, search and filtered browse times.

Needs DATABASE_URL pointing at a PostgreSQL server; builds and drops its own database
(`passerelle_bench_res`), never the one in DATABASE_URL. Targets on a 2-core machine: search
p95 < 50 ms; the library page with a search, and with three filters, p95 < 60 ms: as visitors get
it (a page is kept until something changes, portal/freshness.py), and for choices and searches no
visitor asked before since the last change (the library's index, resources/facets.py, is built;
the page is not). The first page after a change also builds the index of the visitor's language:
that line starts a new content generation before each request, which rebuilds everything kept.

BENCH_KEEP=1 keeps that database afterwards and reuses it on the next run, so seeding (several
minutes) is paid once while tuning queries.
"""

import datetime
import json
import os
import random
import statistics
import time
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

BENCH_DB = "passerelle_bench_res"
COUNT = int(os.environ.get("BENCH_RESOURCES", "10000"))
KEEP = os.environ.get("BENCH_KEEP") == "1"
QUERIES = [
    "écrans",
    "sommeil",
    "devoirs",
    "harcèlement",
    "orientation troisième",
    "bulletin scolaire",
    "cantine",
    "réseaux sociaux",
    "lire des histoires",
    "bourses",
]
RUNS = 5
#: The p95 figures of the last run, printed beside the new ones.
RESULTS = Path(__file__).resolve().parents[2] / "var" / "bench_resources.json"


def _bench_url():
    url = urlsplit(os.environ.get("DATABASE_URL", ""))
    if url.scheme not in ("postgres", "postgresql"):
        return None, None
    admin = urlunsplit(url._replace(path="/postgres"))
    return admin, urlunsplit(url._replace(path=f"/{BENCH_DB}"))


def _recreate(admin_url):
    """Whether the database was kept from an earlier BENCH_KEEP=1 run."""
    import psycopg

    with psycopg.connect(admin_url, autocommit=True) as connection:
        exists = connection.execute(
            "SELECT 1 FROM pg_database WHERE datname = %s", [BENCH_DB]
        ).fetchone()
        if exists and KEEP:
            return True
        connection.execute(f"DROP DATABASE IF EXISTS {BENCH_DB}")
        connection.execute(f"CREATE DATABASE {BENCH_DB}")
    return False


def _drop(admin_url):
    import psycopg

    with psycopg.connect(admin_url, autocommit=True) as connection:
        connection.execute(f"DROP DATABASE IF EXISTS {BENCH_DB} WITH (FORCE)")


def _seed(count):
    """The demo vocabulary and library, then `count` resources inserted in bulk."""
    from django.utils.html import escape

    from wagtail.search.backends import get_search_backend

    from portal.management.demo import home, resources, school
    from portal.management.demo.resources_content import RESOURCES
    from resources.models import Format, ResourcePage, SchoolLevel, Theme
    from tests.resources.bulk import insert_resources

    locales = school.ensure_locales()
    home_page = home.build(locales)
    school.ensure_site(home_page, port=80)
    library = resources.build(locales, home_page)
    library.refresh_from_db()
    fr = locales["fr"]
    themes = {t.slug: t for t in Theme.objects.filter(locale=fr)}
    levels = {lv.slug: lv for lv in SchoolLevel.objects.filter(locale=fr)}
    formats = {f.slug: f for f in Format.objects.filter(locale=fr)}
    rng = random.Random(42)
    rows = []
    for n in range(count):
        source = RESOURCES[n % len(RESOURCES)]
        tips = rng.sample([tip for item in RESOURCES for tip in item["tips"]], 3) + source["tips"]
        rows.append(
            {
                "title": f"{source['title']} ({n})",
                "slug": f"{source['slug']}-{n}",
                "summary": source["summary"],
                "body": [
                    {
                        "type": "paragraph",
                        "value": "<ul>" + "".join(f"<li>{escape(t)}</li>" for t in tips) + "</ul>",
                    }
                ],
                "format": formats[rng.choice(list(formats))],
                "themes": rng.sample(list(themes.values()), 2),
                "levels": rng.sample(list(levels.values()), 2),
                "easy_to_read": n % 4 == 0,
                "first_published": datetime.date(2020, 9, 1) + datetime.timedelta(days=n % 2000),
            }
        )
    ids = insert_resources(library, rows)
    index = get_search_backend().get_index_for_model(ResourcePage)
    for offset in range(0, len(ids), 500):
        batch = list(ResourcePage.objects.filter(pk__in=ids[offset : offset + 500]))
        index.add_items(ResourcePage, batch)
    with __import__("django.db", fromlist=["connection"]).connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    return library


def _timed(fn, runs=RUNS):
    fn()  # warm the caches once, as a running site has
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return times


def _once(fn):
    start = time.perf_counter()
    fn()
    return [(time.perf_counter() - start) * 1000]


def _choices(rng, count):
    """`count` different choices of a theme, a level and a format, as parents make them."""
    from resources.models import Format, SchoolLevel, Theme

    themes = list(Theme.objects.values_list("slug", flat=True).distinct())
    levels = list(SchoolLevel.objects.values_list("slug", flat=True).distinct())
    formats = list(Format.objects.values_list("slug", flat=True).distinct())
    seen = set()
    while len(seen) < count:
        seen.add((rng.choice(themes), rng.choice(levels), rng.choice(formats)))
    return [{"theme": t, "level": lv, "format": f} for t, lv, f in sorted(seen)]


def _report(name, times, target, previous, figures):
    times = sorted(times)
    p50 = statistics.median(times)
    p95 = times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]
    figures[name.strip()] = p95
    before = previous.get(name.strip())
    before = f"{before:7.1f}" if isinstance(before, int | float) else "      –"
    if target is None:
        goal = "(no target: once per language and process after each change)"
    else:
        verdict = "ok" if p95 < target else "SLOWER THAN TARGET"
        goal = f"(target p95 < {target} ms: {verdict})"
    print(f"  {name:<38} p50 {p50:7.1f} ms   p95 {p95:7.1f} ms (before {before})   {goal}")


def main():
    admin_url, bench_url = _bench_url()
    if bench_url is None:
        print("bench_resources: set DATABASE_URL to a PostgreSQL server to run this benchmark.")
        return
    kept = _recreate(admin_url)
    os.environ["DATABASE_URL"] = bench_url
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.test")
    import django

    django.setup()
    from django.core.management import call_command
    from django.test import Client
    from django.utils import translation

    from resources.models import ResourcePage

    try:
        call_command("migrate", verbosity=0)
        started = time.perf_counter()
        if kept and ResourcePage.objects.count() >= COUNT:
            from resources.models import ResourceIndexPage

            library = ResourceIndexPage.objects.get(locale__language_code="fr")
            print(f"bench_resources: reusing {ResourcePage.objects.count()} resources")
        else:
            library = _seed(COUNT)
            print(
                f"bench_resources: {ResourcePage.objects.count()} resources seeded and indexed"
                f" in {time.perf_counter() - started:.0f} s"
            )
        from portal import freshness

        client = Client()
        url = library.url
        rng = random.Random(7)
        search_times, page_times = [], []
        with translation.override("fr"):
            for query in QUERIES:
                search_times += _timed(
                    lambda q=query: list(ResourcePage.objects.live().search(q)[:12])
                )
        for query in QUERIES:
            page_times += _timed(lambda q=query: client.get(url, {"q": q}))
        # Each of these requests is one no visitor asked before since the last change: the
        # library's index is built, the page is not.
        # The first page of a search runs the search; the next pages, or the same words in the
        # other order, are new pages too but find the search kept (resources/browse.py).
        new_search_times, first_page_times = [], []
        for query in QUERIES:
            for sort in ("relevance", "newest"):
                for number in (1, 2, 3):
                    times = _once(
                        lambda q=query, s=sort, n=number: client.get(
                            url, {"q": q, "sort": s, "page": n}
                        )
                    )
                    new_search_times += times
                    if number == 1:
                        first_page_times += times
        facets = {"theme": "ecrans", "level": "elementaire", "format": "fiche"}
        browse_times = _timed(lambda: client.get(url, facets), runs=20)
        choices = _choices(rng, 60)
        new_browse_times = []
        for choice in choices:
            new_browse_times += _once(lambda c=choice: client.get(url, c))

        def built_each_time():
            freshness.bump()
            client.get(url, facets)

        built_times = _timed(built_each_time, runs=20)
        previous = json.loads(RESULTS.read_text()) if RESULTS.exists() else {}
        figures = {}
        for name, times, target in (
            ("search query (first 12 results)", search_times, 50),
            ("library page with a search", page_times, 60),
            ("  a search not asked before", new_search_times, 60),
            ("    its first page", first_page_times, 60),
            ("library page with three facets", browse_times, 60),
            ("  facets not asked before", new_browse_times, 60),
            ("the first page after a change", built_times, None),
        ):
            _report(name, times, target, previous, figures)
        RESULTS.parent.mkdir(exist_ok=True)
        RESULTS.write_text(json.dumps(figures, indent=1))
    finally:
        from django.db import connections

        connections.close_all()
        if not KEEP:
            _drop(admin_url)


if __name__ == "__main__":
    main()
