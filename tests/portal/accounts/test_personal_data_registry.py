"""Every model that holds a person is in the data export and the deletion, answers and
appointments included."""

import json

from django.apps import apps
from django.contrib.auth import get_user_model
from django.db import models

import pytest

from pages.events.models import RSVP, Booking
from portal.accounts import personal_data
from portal.notify.models import Message
from tests.pages.events.factories import BookingFactory, EventPageFactory, RSVPFactory, SlotFactory

OUR_APPS = ("portal", "pages", "resources", "partners")
#: Models with an email field that is not a person's, and why.
NOT_A_PERSON = {"SchoolSettings": "the school's own contact address"}


def _holds_a_person(model):
    for field in model._meta.local_fields:
        if isinstance(field, models.EmailField):
            return True
        if field.many_to_one and field.related_model is get_user_model():
            return True
    return False


def test_every_model_holding_a_person_is_in_the_export_and_the_deletion():
    """A new model with a user link or an email address must say how it is exported and erased."""
    ours = [
        model
        for model in apps.get_models()
        if model.__module__.split(".")[0] in OUR_APPS
        and _holds_a_person(model)
        and model.__name__ not in NOT_A_PERSON
    ]
    missing = [model.__name__ for model in ours if model not in personal_data.covered_models()]
    assert ours and missing == []


@pytest.fixture
def family_data(parent, agenda, teacher, site):
    answer = RSVPFactory(event=EventPageFactory(parent=agenda, title="Kermesse"), user=parent)
    by_email = RSVPFactory(event=answer.event, email=parent.email.upper())
    booking = BookingFactory(slot=SlotFactory(host=teacher), email=parent.email, phone="0611")
    other = RSVPFactory(event=answer.event, email="voisin@example.org")
    return answer, by_email, booking, other


@pytest.mark.django_db
def test_export_holds_answers_and_appointments(login_as, parent, family_data):
    data = json.loads(login_as(parent).get("/fr/accounts/profile/export/").content)
    assert [a["event"] for a in data["event_answers"]] == ["Kermesse", "Kermesse"]
    assert data["appointments"]["booked"][0]["phone"] == "0611"
    assert "voisin@example.org" not in json.dumps(data)


@pytest.mark.django_db
def test_deleting_the_account_deletes_answers_appointments_and_emails(
    login_as, parent, family_data
):
    answer, by_email, booking, other = family_data
    Message.objects.create(
        recipient=parent.email,
        language="fr",
        subject="s",
        text="t",
        due_at=answer.created_at,
        purpose="x",
    )
    login_as(parent).post(
        "/fr/accounts/profile/delete/", {"password": "correct horse battery staple"}
    )
    assert not get_user_model().objects.filter(pk=parent.pk).exists()
    assert list(RSVP.objects.all()) == [other]
    assert not Booking.objects.exists()
    assert not Message.objects.filter(recipient__iexact=parent.email).exists()
