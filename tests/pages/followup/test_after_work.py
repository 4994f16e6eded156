"""Parents who work find the evening and weekend meetings: a badge, and a filter that works
without JavaScript."""

import datetime

from django.utils import timezone

import pytest

from tests.pages.events.factories import EventPageFactory

pytestmark = pytest.mark.django_db


def _next(weekday, hour):
    zone = timezone.get_default_timezone()
    day = timezone.localdate() + datetime.timedelta(days=7)
    day += datetime.timedelta(days=(weekday - day.weekday()) % 7)
    return datetime.datetime.combine(day, datetime.time(hour), zone)


def test_the_agenda_filters_meetings_after_work(client, agenda):
    evening = _next(1, 19)
    EventPageFactory(
        parent=agenda,
        title="Café du soir",
        start=evening,
        end=evening + datetime.timedelta(hours=1),
    )
    saturday = _next(5, 10)
    EventPageFactory(
        parent=agenda,
        title="Matinée du samedi",
        start=saturday,
        end=saturday + datetime.timedelta(hours=2),
    )
    morning = _next(2, 9)
    EventPageFactory(
        parent=agenda,
        title="Réunion du matin",
        start=morning,
        end=morning + datetime.timedelta(hours=1),
    )
    everything = client.get(agenda.url, {"view": "list"}).content.decode()
    assert "Réunion du matin" in everything and "badge--evening" in everything
    filtered = client.get(agenda.url, {"view": "list", "after_work": "1"}).content.decode()
    assert "Café du soir" in filtered and "Matinée du samedi" in filtered
    assert "Réunion du matin" not in filtered
    assert 'name="after_work" value="1" checked' in filtered
    week = client.get(
        agenda.url, {"view": "week", "date": evening.date().isoformat(), "after_work": "1"}
    )
    assert "Café du soir" in week.content.decode()
    month = client.get(
        agenda.url, {"view": "month", "month": evening.strftime("%Y-%m"), "after_work": "1"}
    )
    assert "Réunion du matin" not in month.content.decode()
