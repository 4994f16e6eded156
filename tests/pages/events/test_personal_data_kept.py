"""Answers and appointments keep names only as long as the school says; what serves no more is
deleted after the event."""

import datetime

from django.utils import timezone

import pytest

from pages.events import tasks
from pages.events.models import RSVP, Booking
from portal.models import SchoolSettings
from tests.factories import UserFactory
from tests.pages.events.factories import BookingFactory, EventPageFactory, RSVPFactory, SlotFactory

pytestmark = pytest.mark.django_db


def _days_ago(days):
    return timezone.now() - datetime.timedelta(days=days)


def test_unconfirmed_bookings_and_cancelled_anonymous_answers_go_after_the_event(agenda, site):
    past = EventPageFactory(parent=agenda, start=_days_ago(2), end=_days_ago(2))
    account = UserFactory(email="compte@example.org")
    kept = RSVPFactory(event=past, name="Vient")
    RSVPFactory(event=past, cancelled_at=_days_ago(3))
    kept_account = RSVPFactory(event=past, user=account, cancelled_at=_days_ago(3))
    host = UserFactory(email="prof@example.org", role="Teacher")
    BookingFactory(slot=SlotFactory(host=host, start=_days_ago(1)), confirmed_at=None)
    met = BookingFactory(slot=SlotFactory(host=host, start=_days_ago(1)))
    coming = BookingFactory(slot=SlotFactory(host=host), confirmed_at=None)
    tasks.tidy()
    assert set(RSVP.objects.all()) == {kept, kept_account}
    assert set(Booking.objects.all()) == {met, coming}


def test_names_are_erased_after_the_schools_delay_and_counts_stay(agenda, site):
    settings = SchoolSettings.for_site(site)
    settings.answers_kept_days = 30
    settings.save()
    old = EventPageFactory(parent=agenda, start=_days_ago(40), end=_days_ago(40))
    recent = EventPageFactory(parent=agenda, start=_days_ago(10), end=_days_ago(10))
    RSVPFactory(event=old, people=3, attended=True)
    RSVPFactory(event=recent, name="Famille Récente")
    host = UserFactory(email="prof@example.org", role="Teacher")
    BookingFactory(slot=SlotFactory(host=host, start=_days_ago(40)), phone="0600000000")
    deleted, anonymised = tasks.tidy()
    assert anonymised == 2
    erased = RSVP.objects.get(event=old)
    assert (erased.name, erased.email, erased.people, erased.attended) == ("", "", 3, True)
    assert RSVP.objects.get(event=recent).name == "Famille Récente"
    booking = Booking.objects.get()
    assert (booking.name, booking.email, booking.phone) == ("", "", "")
    assert tasks.tidy() == (0, 0)


def test_the_tidy_task_runs_daily_through_the_task_queue(settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    from django_tasks import default_task_backend

    from portal import periodic

    tasks.tidy_answers.call()
    (again,) = [r for r in default_task_backend.results if r.task.name == "tidy_answers"]
    assert again.task.run_after == periodic.next_run()
    assert tasks.tidy_answers in periodic._daily
