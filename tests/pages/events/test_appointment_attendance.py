"""A host records who came to their past appointments: the follow-up counts it."""

import datetime

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

import pytest

from pages.events.models import Booking
from tests.factories import UserFactory
from tests.pages.events.factories import BookingFactory, SlotFactory

pytestmark = pytest.mark.django_db

URL = "/fr/appointments/who-came/"


def _past(host, days=1, **fields):
    start = timezone.now() - datetime.timedelta(days=days)
    return BookingFactory(
        slot=SlotFactory(host=host, start=start, end=start + datetime.timedelta(minutes=15)),
        **fields,
    )


def _rows(n, host):
    return [_past(host, days=n + 1, name=f"Famille {n}") for n in range(n)]


def test_refused_to_anonymous_parents_and_representatives(client, parent, representative, site):
    """Only staff record attendance; anyone else is sent to log in or refused."""
    booking = _past(UserFactory(email="hote@example.org", role="Teacher"))
    data = {"booking": booking.pk, f"came-{booking.pk}": "yes"}
    response = client.get(URL)
    assert response.status_code == 302 and "login" in response["Location"]
    assert client.post(URL, data).status_code == 302
    for person in (parent, representative):
        client.force_login(person)
        assert client.get(URL).status_code == 403
        assert client.post(URL, data).status_code == 403
    booking.refresh_from_db()
    assert booking.attended is None


def test_host_sees_only_their_own_past_appointments(client, teacher, director, site):
    """A teacher sees their past appointments, not a colleague's, nor the ones still to come."""
    _past(teacher, name="Famille Diallo")
    _past(director, name="Famille Secrète")
    future = timezone.now() + datetime.timedelta(days=2)
    BookingFactory(slot=SlotFactory(host=teacher, start=future), name="Famille Demain")
    _past(teacher, name="Famille Annulée", cancelled_at=timezone.now())
    client.force_login(teacher)
    html = client.get(URL).content.decode()
    assert "Famille Diallo" in html
    assert "Famille Secrète" not in html
    assert "Famille Demain" not in html
    assert "Famille Annulée" not in html


def test_host_records_came_and_did_not_come(client, teacher, site):
    """Came, did not come, and back to not recorded: each is kept as the host chose."""
    came, absent, unsure = _rows(3, teacher)
    unsure.attended = True
    unsure.save()
    client.force_login(teacher)
    response = client.post(
        URL,
        {
            "booking": [came.pk, absent.pk, unsure.pk],
            f"came-{came.pk}": "yes",
            f"came-{absent.pk}": "no",
            f"came-{unsure.pk}": "unknown",
        },
        follow=True,
    )
    assert "Présences enregistrées." in response.content.decode()
    got = dict(Booking.objects.values_list("pk", "attended"))
    assert (got[came.pk], got[absent.pk], got[unsure.pk]) == (True, False, None)
    # The page shows the choices as recorded.
    html = client.get(URL).content.decode()
    assert f'name="came-{came.pk}" value="yes" checked' in html
    assert f'name="came-{absent.pk}" value="no" checked' in html


def test_host_cannot_mark_a_colleagues_or_a_future_appointment(client, teacher, site):
    """Numbers of other people's bookings in the form change nothing."""
    other = _past(UserFactory(email="autre@example.org", role="Teacher"))
    future = timezone.now() + datetime.timedelta(days=2)
    later = BookingFactory(slot=SlotFactory(host=teacher, start=future))
    client.force_login(teacher)
    client.post(
        URL,
        {"booking": [other.pk, later.pk], f"came-{other.pk}": "yes", f"came-{later.pk}": "no"},
    )
    assert set(Booking.objects.values_list("attended", flat=True)) == {None}


@pytest.mark.parametrize(
    "data",
    [
        {},
        {"booking": ""},
        {"booking": "abc", "came-abc": "yes"},
        {"booking": "9" * 400, f"came-{'9' * 400}": "yes"},
        {"booking": "-1", "came--1": "yes"},
        {"booking": "{pk}", "came-{pk}": "<script>alert(1)</script>"},
        {"booking": "{pk}", "came-{pk}": "x" * 100_000},
        {"booking": "{pk}", "came-{pk}": ""},
    ],
)
def test_wrong_values_change_nothing_and_never_fail(client, teacher, site, data):
    """Empty, hostile or huge values: the page comes back, nothing is recorded."""
    booking = _past(teacher)
    client.force_login(teacher)
    data = {k.format(pk=booking.pk): v.format(pk=booking.pk) for k, v in data.items()}
    response = client.post(URL, data)
    assert response.status_code == 302
    booking.refresh_from_db()
    assert booking.attended is None
    for page in ("abc", "0", "-3", "9" * 400):
        assert client.get(f"{URL}?page={page}").status_code == 200


def test_list_and_saving_cost_the_same_queries_for_10_or_200_appointments(client, teacher, site):
    """A year of appointments costs no more queries than a week's."""
    _rows(10, teacher)
    client.force_login(teacher)
    client.get(URL)

    def cost():
        shown = list(Booking.objects.filter(slot__host=teacher).order_by("-slot__start")[:40])
        data = {"booking": [b.pk for b in shown]}
        data.update({f"came-{b.pk}": ("yes", "no")[b.pk % 2] for b in shown})
        # Counted once what every page keeps (the menu, the school) has been read since the
        # last change.
        client.get(URL)
        with CaptureQueriesContext(connection) as listing:
            assert client.get(URL).status_code == 200
        with CaptureQueriesContext(connection) as saving:
            assert client.post(URL, data).status_code == 302
        return len(listing), len(saving)

    few = cost()
    _rows(190, teacher)
    assert cost() == few
    assert Booking.objects.filter(attended__isnull=False).count() == 40


def test_older_appointments_on_the_next_page(client, teacher, site):
    """Forty a page, the latest first; the older ones are one link away."""
    _rows(45, teacher)
    client.force_login(teacher)
    first = client.get(URL).content.decode()
    assert "Famille 0<" in first and "Famille 44<" not in first
    assert "?page=2" in first
    assert "Famille 44<" in client.get(f"{URL}?page=2").content.decode()
