"""The "Translation status" report: per page and language, with totals, filters and CSV."""

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from wagtail.models import Page

import pytest

from tests.pages.home.factories import StandardPageFactory

URL = reverse("translation_status")


@pytest.fixture
def arabic(
    parent_space, locales, start, director, fill_strings, django_capture_on_commit_callbacks
):
    translation = fill_strings(start(parent_space, locales["ar"], director), "ع")
    # wagtail-localize publishes once the transaction is committed.
    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target(user=director, publish=True)
    return translation


def _rows(response):
    return [(row.title, row.language, row.status) for row in response.context["rows"]]


def test_each_page_and_language_has_its_state(as_user, director, arabic, parent_space):
    response = as_user(director).get(URL)
    assert response.status_code == 200
    rows = _rows(response)
    assert ("Espace parents", "ar", "up_to_date") in rows
    assert ("Espace parents", "es", "missing") in rows
    ar = next(line for line in response.context["totals"] if line["language"] == "ar")
    # The home page and the parents' space: one of two is translated.
    assert (ar["up_to_date"], ar["missing"], ar["percent"]) == (1, 1, 50)


def test_an_out_of_date_translation_says_since_when(as_user, director, arabic, parent_space):
    page = Page.objects.get(pk=parent_space.pk).specific
    page.save_revision().publish()
    response = as_user(director).get(URL, {"language": "ar", "status": "out_of_date"})
    assert _rows(response) == [("Espace parents", "ar", "out_of_date")]
    html = response.content.decode()
    # The admin speaks the director's language.
    assert "Out of date since" in html or "Pas à jour depuis le" in html


def test_filters_by_page_type_and_section(as_user, director, home, parent_space):
    from django.contrib.contenttypes.models import ContentType

    below = StandardPageFactory(parent=parent_space, title="Cantine")
    client = as_user(director)
    kind = ContentType.objects.get_for_model(below).pk
    by_type = client.get(URL, {"page_type": kind, "language": "tr"})
    assert _rows(by_type) == [("Cantine", "tr", "missing")]
    by_section = client.get(URL, {"section": parent_space.pk, "language": "tr"})
    assert {title for title, *_ in _rows(by_section)} == {"Espace parents", "Cantine"}


def test_hostile_filters_are_ignored(as_user, director, parent_space):
    response = as_user(director).get(URL, {"page_type": "x" * 100_000, "section": "'; drop"})
    assert response.status_code == 200


def test_csv_export(as_user, director, arabic):
    response = as_user(director).get(URL, {"language": "ar", "export": "csv"})
    assert response["Content-Type"].startswith("text/csv")
    lines = response.content.decode().splitlines()
    assert lines[0].count(",") == 5
    # Page, type, section, language, status, and no date for a translation up to date.
    assert any(line.startswith("Espace parents,") and line.endswith(",") for line in lines)


def test_a_translator_sees_their_queue_first(as_user, translator_es, arabic):
    rows = _rows(as_user(translator_es).get(URL))
    own = [language in ("es", "pt") for _title, language, _status in rows]
    assert own == sorted(own, reverse=True) and own[0]


@pytest.mark.parametrize("role", ["Teacher", "Parent", "Representative"])
def test_other_roles_are_refused(client, users_by_role, parent_space, role):
    client.force_login(users_by_role[role])
    response = client.get(URL)
    assert response.status_code in (302, 403)
    assert b"Espace parents" not in response.content


def test_anonymous_visitors_are_sent_to_log_in(client, parent_space):
    response = client.get(URL)
    assert response.status_code == 302 and "login" in response["Location"]


def _queries(client, count, parent):
    for n in range(count - Page.objects.filter(depth__gt=3).count()):
        StandardPageFactory(parent=parent, title=f"Page {count}-{n}")
    client.get(URL)  # caches of the first request (content types, sites) warmed
    with CaptureQueriesContext(connection) as queries:
        assert client.get(URL).status_code == 200
    return len(queries)


def test_the_same_number_of_queries_for_10_and_200_pages(as_user, director, arabic, parent_space):
    client = as_user(director)
    # More pages never cost more queries (PostgreSQL may plan one or two fewer with more rows).
    few = _queries(client, 10, parent_space)
    many = _queries(client, 200, parent_space)
    assert many <= few


def test_a_draft_never_published_is_not_up_to_date(as_user, director, parent_space, locales, start):
    """Families do not see a draft: the report says it is not yet published."""
    start(parent_space, locales["ar"], director)
    response = as_user(director).get(URL, {"language": "ar"})
    assert ("Espace parents", "ar", "not_published") in _rows(response)
    ar = next(line for line in response.context["totals"] if line["language"] == "ar")
    assert (ar["up_to_date"], ar["not_published"], ar["percent"]) == (0, 1, 0)
    filtered = as_user(director).get(URL, {"language": "ar", "status": "up_to_date"})
    assert _rows(filtered) == []


def test_each_table_is_titled_once_by_its_caption(as_user, director, parent_space):
    html = as_user(director).get(URL).content.decode()
    assert html.count("Per language") + html.count("Par langue") == 1
    assert '<caption class="translation-caption">' in html
    assert "visually-hidden" not in html


def test_the_review_page_isolates_the_languages_name(
    as_user, director, parent_space, locales, start
):
    translation = start(parent_space, locales["ar"], director)
    html = as_user(director).get(reverse("translation_request_review", args=[translation.pk]))
    assert "<bdi>العربية</bdi>" in html.content.decode()
