import datetime

from django.utils import timezone

from wagtail.models import PageViewRestriction

import pytest

from tests.pages.events.factories import EventPageFactory

pytestmark = pytest.mark.django_db


def _at(days, hour=18, minute=0):
    day = timezone.localdate() + datetime.timedelta(days=days)
    return datetime.datetime.combine(
        day, datetime.time(hour, minute), timezone.get_default_timezone()
    )


def test_month_view_lists_the_events_of_the_month_in_a_table(client, agenda):
    """Parents see the month as a real table, with the event on its day."""
    EventPageFactory(parent=agenda, title="Café des parents", start=_at(2), end=_at(2, 19))
    month = _at(2).strftime("%Y-%m")
    response = client.get(f"/fr/agenda/?view=month&month={month}")
    assert response.status_code == 200
    html = response.content.decode()
    assert "<table" in html and 'scope="col"' in html
    assert "Café des parents" in html


def test_week_and_list_views(client, agenda):
    """The week and the list show the same event, without JavaScript."""
    EventPageFactory(
        parent=agenda, title="Matinée portes ouvertes", start=_at(1, 9), end=_at(1, 11)
    )
    week = client.get(f"/fr/agenda/?view=week&date={_at(1).date().isoformat()}")
    listing = client.get("/fr/agenda/?view=list")
    assert "Matinée portes ouvertes" in week.content.decode()
    assert "Matinée portes ouvertes" in listing.content.decode()


def test_past_events_are_in_the_archive_not_in_the_list(client, agenda):
    """Old events move to the archive."""
    EventPageFactory(parent=agenda, title="Élections passées", start=_at(-10), end=_at(-10, 19))
    assert "Élections passées" not in client.get("/fr/agenda/?view=list").content.decode()
    assert "Élections passées" in client.get("/fr/agenda/?view=list&archive=1").content.decode()


def test_filters_by_category_and_audience(client, agenda):
    """A parent of a CM1 pupil sees CM1 and whole-school events, not CP ones."""
    EventPageFactory(
        parent=agenda, title="Pour les CM1", audience="cm1", start=_at(3), end=_at(3, 19)
    )
    EventPageFactory(
        parent=agenda, title="Pour les CP", audience="cp", start=_at(3), end=_at(3, 19)
    )
    EventPageFactory(
        parent=agenda, title="Conseil d’école", category="council", start=_at(3), end=_at(3, 19)
    )
    html = client.get("/fr/agenda/?view=list&audience=cm1").content.decode()
    assert "Pour les CM1" in html and "Conseil d’école" in html and "Pour les CP" not in html
    html = client.get("/fr/agenda/?view=list&category=council").content.decode()
    assert "Conseil d’école" in html and "Pour les CM1" not in html


@pytest.mark.parametrize(
    "query",
    [
        "view=<script>alert(1)</script>",
        "month=9999-99",
        "month=" + "1" * 10_000,
        "date=2026-02-30",
        "category=' OR 1=1 --",
        "audience=%00%01",
        "view=week&date=" + "x" * 10_000,
    ],
)
def test_hostile_parameters_show_the_agenda(client, agenda, query):
    """Wrong parameters fall back to the default view: never a 500, never reflected."""
    response = client.get(f"/fr/agenda/?{query}")
    assert response.status_code == 200
    assert b"<script>alert" not in response.content


def test_recurring_event_appears_on_each_date(client, agenda):
    """A weekly café shows on every week of the month."""
    EventPageFactory(
        parent=agenda,
        title="Café hebdo",
        category="cafe",
        start=_at(1, 8, 30),
        end=_at(1, 9, 30),
        recurrence="FREQ=WEEKLY;COUNT=3",
    )
    html = client.get("/fr/agenda/?view=list").content.decode()
    assert html.count("Café hebdo") == 3


def test_private_and_draft_events_are_hidden(client, agenda):
    """Private or unpublished events never show in the public agenda."""
    private = EventPageFactory(parent=agenda, title="Réunion privée", start=_at(2), end=_at(2, 19))
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    EventPageFactory(parent=agenda, title="Brouillon", live=False, start=_at(2), end=_at(2, 19))
    html = client.get("/fr/agenda/?view=list").content.decode()
    assert "Réunion privée" not in html and "Brouillon" not in html


def test_untranslated_event_shows_in_french_on_the_arabic_agenda(client, agenda, translate_page):
    """An Arabic-speaking parent still sees events not yet translated."""
    translate_page(agenda, "ar", title="المفكرة")
    translated = EventPageFactory(
        parent=agenda, title="Réunion traduite", start=_at(2), end=_at(2, 19)
    )
    translate_page(translated, "ar", title="اجتماع مترجم")
    EventPageFactory(parent=agenda, title="Réunion en français", start=_at(3), end=_at(3, 19))
    html = client.get("/ar/agenda/?view=list").content.decode()
    assert "اجتماع مترجم" in html
    assert "Réunion en français" in html
    assert "Réunion traduite" not in html


def _seed(agenda, count):
    for n in range(count):
        EventPageFactory(
            parent=agenda,
            start=_at(n % 20, 18),
            end=_at(n % 20, 19),
            recurrence="FREQ=WEEKLY;COUNT=4" if n % 5 == 0 else "",
        )


@pytest.mark.parametrize("count", [10, 200])
def test_month_view_queries_do_not_grow_with_events(
    client, agenda, count, django_assert_max_num_queries
):
    """The month view costs the same number of queries with 10 or 200 events."""
    _seed(agenda, count)
    client.get("/fr/agenda/")
    # One of them reads the school calendar's settings (its days are cached).
    with django_assert_max_num_queries(23):
        response = client.get("/fr/agenda/?view=month")
    assert response.status_code == 200


@pytest.mark.parametrize("count", [10, 200])
def test_list_view_queries_do_not_grow_with_events(
    client, agenda, count, django_assert_max_num_queries
):
    _seed(agenda, count)
    client.get("/fr/agenda/")
    with django_assert_max_num_queries(23):
        assert client.get("/fr/agenda/?view=list").status_code == 200
