"""PostgreSQL answers a search through indexes, not by reading the whole search index."""

from django.db import connection

from wagtail.models import Page

import pytest

from resources.models import ResourcePage

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.postgres,
]


def _plan(queryset):
    sql, params = queryset.query.sql_with_params()
    with connection.cursor() as cursor:
        # Tables are tiny in a test: forbid full scans and plain index walks, so that the plan
        # shows which indexes *can* serve the search expressions, as they do on a large table.
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute("SET LOCAL enable_indexscan = off")
        cursor.execute("EXPLAIN " + sql, params)
        return "\n".join(row[0] for row in cursor.fetchall())


def _fill_index(model, rows=5000):
    """Entries for other resources, so that the statistics look like a real library's."""
    from django.contrib.contenttypes.models import ContentType

    content_type = ContentType.objects.get_for_model(model)
    with connection.cursor() as cursor:
        cursor.execute(
            "INSERT INTO wagtailsearch_indexentry (content_type_id, object_id, title,"
            " autocomplete, body, title_norm, title_text, body_text)"
            " SELECT %s, 'x' || n, to_tsvector('french', 'fiche ' || n), ''::tsvector,"
            " to_tsvector('french', 'conseil pratique ' || n), 1.0, '', ''"
            " FROM generate_series(1, %s) AS n",
            [content_type.pk, rows],
        )
        cursor.execute("ANALYZE wagtailsearch_indexentry")


def _drop_content_type_indexes():
    """With every page type in the filter, a small test table makes the planner pick an index on
    content_type_id; dropping those (inside the test's transaction) shows whether the text index
    can serve the search expression, as it must on a large library."""
    with connection.cursor() as cursor:
        # Deferred foreign-key checks would forbid altering the table within the transaction.
        cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
        cursor.execute(
            "SELECT conname FROM pg_constraint"
            " WHERE conrelid = 'wagtailsearch_indexentry'::regclass AND contype = 'u'"
        )
        for (name,) in cursor.fetchall():
            cursor.execute(f'ALTER TABLE wagtailsearch_indexentry DROP CONSTRAINT "{name}"')
        cursor.execute(
            "SELECT indexname FROM pg_indexes WHERE tablename = 'wagtailsearch_indexentry'"
            " AND indexdef LIKE %s",
            ["%(content_type_id%"],
        )
        for (name,) in cursor.fetchall():
            cursor.execute(f'DROP INDEX "{name}"')


def test_site_search_uses_the_title_body_and_id_text_indexes(make_resource):
    for n in range(5):
        make_resource(title=f"Les écrans avant de dormir {n}")
    _fill_index(ResourcePage)
    _drop_content_type_indexes()
    # The public search code path: no fields= and relevance ordering, as the views call it.
    plan = _plan(Page.objects.live().search("écrans").get_queryset())
    assert "resources_search_title_body_gin" in plan, plan
    assert "resources_page_id_text" in plan, plan


def test_library_search_joins_on_the_resource_id_text_index(make_resource):
    for n in range(5):
        make_resource(title=f"Les écrans avant de dormir {n}")
    _fill_index(ResourcePage)
    plan = _plan(ResourcePage.objects.live().search("écrans").get_queryset())
    assert "resources_resourcepage_id_text" in plan, plan


def test_each_language_is_stemmed_with_its_own_configuration(make_resource, translate_page):
    """French stemming: a search for "écran" finds a page that says "écrans"."""
    from portal.search_backend import search_language

    make_resource(title="Les écrans avant de dormir")
    with search_language("fr"):
        assert [p.title for p in ResourcePage.objects.live().search("écran")] == [
            "Les écrans avant de dormir"
        ]
