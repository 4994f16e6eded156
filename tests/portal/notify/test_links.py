"""One signed-link scheme: a link names one object for one purpose and expires; links sent by
the older schemes keep working until they expire."""

import datetime
import time

from django.core import signing

import pytest

from pages.events.models import RSVP, Booking
from portal.accounts import invitations
from portal.accounts.models import Invitation
from portal.notify import links
from tests.pages.events.factories import BookingFactory, EventPageFactory, RSVPFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def answer(agenda):
    return RSVPFactory(event=EventPageFactory(parent=agenda))


def test_a_link_reads_back_its_object_for_its_purpose_only(answer):
    token = links.make("rsvp", answer)
    assert links.read("rsvp", token, RSVP.objects.all()) == answer
    with pytest.raises(links.Invalid):
        links.read("booking", token, Booking.objects.all())


@pytest.mark.parametrize("damage", [lambda t: t[:-3] + "abc", lambda t: "x" + t, lambda t: ""])
def test_a_damaged_link_is_refused(answer, damage):
    with pytest.raises(links.Invalid) as refused:
        links.read("rsvp", damage(links.make("rsvp", answer)), RSVP.objects.all())
    assert refused.value.reason == "invalid"


def test_a_link_expires(answer, monkeypatch):
    token = links.make("rsvp", answer, max_age=datetime.timedelta(minutes=1))
    later = time.time() + 120
    monkeypatch.setattr(links.time, "time", lambda: later)
    with pytest.raises(links.Invalid) as refused:
        links.read("rsvp", token, RSVP.objects.all())
    assert refused.value.reason == "expired"


def test_a_link_to_a_deleted_object_is_refused(answer):
    token = links.make("rsvp", answer)
    answer.delete()
    with pytest.raises(links.Invalid):
        links.read("rsvp", token, RSVP.objects.all())


def _old_event_token(kind, pk, at=None):
    signer = signing.TimestampSigner(salt=f"passerelle.events.{kind}")
    if at is None:
        return signer.sign(str(pk))
    value = f"{pk}{signer.sep}{signing.b62_encode(int(at))}"
    return f"{value}{signer.sep}{signer.signature(value)}"


def test_old_cancel_and_booking_links_still_work(client, answer, site):
    """Emails sent before the change carry the old links: they keep working."""
    response = client.post(f"/fr/events/answer/{_old_event_token('rsvp', answer.pk)}/cancel/")
    assert response.status_code == 200
    answer.refresh_from_db()
    assert answer.cancelled_at is not None
    booking = BookingFactory()
    page = client.get(f"/fr/appointments/booking/{_old_event_token('booking', booking.pk)}/")
    assert page.status_code == 200 and 'value="cancel"' in page.content.decode()


def test_old_links_stop_working_when_they_expire(client, answer):
    expired = _old_event_token("rsvp", answer.pk, at=time.time() - 401 * 24 * 3600)
    assert client.post(f"/fr/events/answer/{expired}/cancel/").status_code == 400
    answer.refresh_from_db()
    assert answer.cancelled_at is None


def test_old_invitation_links_still_work_and_expire(director, monkeypatch):
    invitation = Invitation.objects.create(email="new@example.org", role="Teacher")
    old = signing.dumps({"invitation": invitation.pk}, salt=invitations.LEGACY_SALT, compress=True)
    assert invitations.read_token(old) == invitation
    later = time.time() + 15 * 24 * 3600
    monkeypatch.setattr(signing.time, "time", lambda: later)
    with pytest.raises(invitations.InvalidInvitation) as refused:
        invitations.read_token(old)
    assert refused.value.reason == "expired"
