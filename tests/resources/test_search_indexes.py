"""PostgreSQL answers a search through indexes, not by reading the whole search index.

The plans are taken on a library of 10,000 resources, with the planner left to its own choices:
on a handful of rows it would rightly read everything, and forcing it would prove nothing.
"""

from django.contrib.contenttypes.models import ContentType
from django.db import connection

from wagtail.models import Locale, Page

import pytest

from portal.search import searches
from resources.models import ResourcePage
from tests.resources.bulk import insert_resources

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]

SIZE = 10_000
TOPICS = [
    "écrans", "sommeil", "devoirs", "cantine", "orientation", "harcèlement", "lecture",
    "vacances", "santé", "transport", "assurance", "inscription", "sorties", "récréation",
    "bulletin", "conseil", "délégués", "calendrier", "absences",
]  # fmt: skip
RARE = "bourses"  # in one resource out of 500, as a specific word is in a real library


def _topic(n):
    return RARE if n % 500 == 0 else TOPICS[n % len(TOPICS)]


ADVICE = (
    "Parlez avec votre enfant de sa journée, fixez des horaires réguliers, prévenez "
    "l’enseignant en cas de difficulté, gardez un œil sur le cahier de liaison, demandez "
    "un rendez-vous si quelque chose vous inquiète, et n’hésitez pas à venir aux réunions "
    "de l’école même si vous ne parlez pas bien français : un interprète peut vous aider."
)


def _summary(n):
    """A few lines of advice, as long as a real resource's, on three topics."""
    topics = ", ".join(TOPICS[(n * k) % len(TOPICS)] for k in (3, 7, 11))
    return f"Conseils pratiques sur {topics} (fiche {n}). {ADVICE} {ADVICE}"


@pytest.fixture
def large_library(library, vocabulary):
    rows = [
        {
            "title": f"{_topic(n).capitalize()} : fiche pratique {n}",
            "slug": f"fiche-{n}",
            "summary": _summary(n),
            "body": [],
            "format": vocabulary["article"],
        }
        for n in range(SIZE)
    ]
    insert_resources(library, rows)
    content_type = ContentType.objects.get_for_model(ResourcePage)
    with connection.cursor() as cursor:
        # What the search backend stores for each page, written in one statement.
        cursor.execute(
            "INSERT INTO wagtailsearch_indexentry (content_type_id, object_id, title,"
            " autocomplete, body, title_norm, title_text, body_text)"
            " SELECT %s, p.id::text, to_tsvector('french', p.title), ''::tsvector,"
            " to_tsvector('french', r.summary), 1.0, p.title, r.summary"
            " FROM wagtailcore_page p JOIN resources_resourcepage r ON r.page_ptr_id = p.id",
            [content_type.pk],
        )
        cursor.execute("ANALYZE")
    return library


def _plan(queryset):
    sql, params = queryset.query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute("EXPLAIN " + sql, params)
        return "\n".join(row[0] for row in cursor.fetchall())


def test_site_search_uses_the_title_body_and_id_text_indexes(large_library):
    """The query the site search page runs, as it runs it: no fields=, relevance ordering."""
    (_language, found), *_ = searches(RARE, Locale.objects.get(language_code="fr"))
    plan = _plan(found.get_queryset())
    assert "resources_search_title_body_gin" in plan, plan
    assert "resources_page_id_text" in plan, plan


def test_a_search_of_every_page_uses_both_indexes(large_library):
    plan = _plan(Page.objects.live().search(RARE).get_queryset())
    assert "resources_search_title_body_gin" in plan, plan
    assert "resources_page_id_text" in plan, plan


def test_a_search_of_resources_uses_the_resource_id_text_index(large_library):
    plan = _plan(ResourcePage.objects.live().search(RARE).get_queryset())
    assert "resources_search_title_body_gin" in plan, plan
    assert "resources_resourcepage_id_text" in plan, plan


def test_without_the_migration_indexes_the_search_reads_the_whole_index(large_library):
    """The test above can fail: without the indexes, the same query checks the words of every
    entry one by one (read in sequence, or all the entries of the page types searched)."""
    with connection.cursor() as cursor:
        for name in ("resources_search_title_body_gin", "resources_page_id_text"):
            cursor.execute(f"DROP INDEX {name}")
    plan = _plan(Page.objects.live().search(RARE).get_queryset())
    assert "resources_search_title_body_gin" not in plan, plan
    assert [line for line in plan.splitlines() if "Filter:" in line and "@@" in line], plan


def test_each_language_is_stemmed_with_its_own_configuration(make_resource):
    """French stemming: a search for "écran" finds a page that says "écrans"."""
    from portal.search_backend import search_language

    make_resource(title="Les écrans avant de dormir")
    with search_language("fr"):
        assert [p.title for p in ResourcePage.objects.live().search("écran")] == [
            "Les écrans avant de dormir"
        ]
