"""PostgreSQL answers a search through indexes, not by reading the whole search index."""

from django.db import connection

from wagtail.models import Page

import pytest

from resources.models import ResourcePage

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.postgres,
    pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL search backend only"),
]


def _plan(queryset):
    sql, params = queryset.query.sql_with_params()
    with connection.cursor() as cursor:
        # Tables are tiny in a test: forbid sequential scans so the plan shows which indexes
        # *can* serve the query, as they do on a large table.
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute("EXPLAIN " + sql, params)
        return "\n".join(row[0] for row in cursor.fetchall())


@pytest.mark.parametrize("model", [Page, ResourcePage])
def test_search_uses_the_title_body_and_id_text_indexes(make_resource, model):
    for n in range(5):
        make_resource(title=f"Les écrans avant de dormir {n}")
    results = model.objects.live().search("écrans")
    # The public search code path: no fields= and relevance ordering, as the views call it.
    plan = _plan(results.get_queryset())
    assert "resources_search_title_body_gin" in plan, plan
    id_index = "resources_page_id_text" if model is Page else "resources_resourcepage_id_text"
    assert id_index in plan, plan


def test_each_language_is_stemmed_with_its_own_configuration(make_resource, translate_page):
    """French stemming: a search for "écran" finds a page that says "écrans"."""
    from portal.search_backend import search_language

    make_resource(title="Les écrans avant de dormir")
    with search_language("fr"):
        assert [p.title for p in ResourcePage.objects.live().search("écran")] == [
            "Les écrans avant de dormir"
        ]
