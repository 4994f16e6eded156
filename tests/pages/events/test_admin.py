"""The Agenda menu of the admin: answers, slots and appointments to filter, search and export;
Teachers see only what is theirs."""

import io

import openpyxl
import pytest
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import TOTP

from tests.factories import UserFactory
from tests.pages.events.factories import BookingFactory, EventPageFactory, RSVPFactory, SlotFactory

pytestmark = pytest.mark.django_db

ANSWERS = "/admin/agenda_answers/"
SLOTS = "/admin/agenda_slots/"
BOOKINGS = "/admin/agenda_bookings/"


@pytest.fixture
def client(client):
    """A client whose staff have set up their second factor (the admin asks for it)."""
    login = client.force_login

    def force_login(user, *args, **kwargs):
        if not Authenticator.objects.filter(user=user).exists():
            TOTP.activate(user, "JBSWY3DPEHPK3PXPJBSWY3DP")
        return login(user, *args, **kwargs)

    client.force_login = force_login
    return client


@pytest.fixture
def two_teachers_events(agenda, teacher):
    other = UserFactory(email="autre@example.org", role="Teacher")
    mine = EventPageFactory(parent=agenda, title="Réunion de la classe", owner=teacher)
    theirs = EventPageFactory(parent=agenda, title="Sortie de l’autre classe", owner=other)
    RSVPFactory(event=mine, name="Famille Diallo")
    RSVPFactory(event=theirs, name="Famille Secrète")
    return mine, theirs, other


def test_teacher_sees_only_answers_to_their_own_events(client, two_teachers_events, teacher):
    client.force_login(teacher)
    html = client.get(ANSWERS).content.decode()
    assert "Famille Diallo" in html and "Famille Secrète" not in html
    export = client.get(ANSWERS + "?export=csv").getvalue().decode("utf-8-sig")
    assert "Famille Diallo" in export and "Famille Secrète" not in export


def test_director_sees_every_answer_and_filters_by_event(client, two_teachers_events, director):
    mine, _theirs, _other = two_teachers_events
    client.force_login(director)
    html = client.get(ANSWERS).content.decode()
    assert "Famille Diallo" in html and "Famille Secrète" in html
    filtered = client.get(ANSWERS, {"event": mine.pk}).content.decode()
    assert "Famille Diallo" in filtered and "Famille Secrète" not in filtered
    searched = client.get(ANSWERS, {"q": "Secrète"}).content.decode()
    assert "Famille Secrète" in searched and "Famille Diallo" not in searched


def test_csv_export_neutralises_formulas(client, agenda, director):
    """A name typed as a formula stays text in a spreadsheet."""
    RSVPFactory(event=EventPageFactory(parent=agenda), name='=HYPERLINK("x")', people=3)
    client.force_login(director)
    response = client.get(ANSWERS + "?export=csv")
    assert response["Content-Type"].startswith("text/csv")
    assert "'=HYPERLINK" in b"".join(response.streaming_content).decode("utf-8-sig")


def test_xlsx_export_of_appointments(client, director, teacher, site):
    BookingFactory(slot=SlotFactory(host=teacher), name="Samira Benali", child_class="CM1 B")
    client.force_login(director)
    response = client.get(BOOKINGS + "?export=xlsx")
    sheet = openpyxl.load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    rows = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert rows[1][0] == "Samira Benali" and "CM1 B" in rows[1]


def test_teacher_sees_only_their_own_slots_and_appointments(client, teacher, site):
    other = UserFactory(email="autre@example.org", role="Teacher")
    SlotFactory(host=teacher, place="Salle 3")
    SlotFactory(host=other, place="Salle 12")
    BookingFactory(slot=SlotFactory(host=other), name="Famille Secrète")
    client.force_login(teacher)
    html = client.get(SLOTS).content.decode()
    assert "Salle 3" in html and "Salle 12" not in html
    assert "Famille Secrète" not in client.get(BOOKINGS).content.decode()


@pytest.mark.parametrize("url", [ANSWERS, SLOTS, BOOKINGS, ANSWERS + "?export=csv"])
def test_families_cannot_open_the_agenda_lists(client, parent, representative, url):
    assert client.get(url).status_code == 302
    for person in (parent, representative):
        client.force_login(person)
        assert client.get(url).status_code in (302, 403)
        assert b"example.org" not in client.get(url).content


@pytest.mark.parametrize("url", [ANSWERS + "1/edit/", ANSWERS + "add/", ANSWERS + "1/delete/"])
def test_nobody_edits_answers_in_the_admin(client, director, agenda, url):
    RSVPFactory(event=EventPageFactory(parent=agenda))
    client.force_login(director)
    assert client.get(url).status_code in (302, 403, 404)


def test_admin_menu_leads_teachers_to_their_appointments(client, teacher, translator, site):
    client.force_login(teacher)
    html = client.get("/admin/").content.decode()
    assert "/appointments/my-day/" in html and "/appointments/open/" in html
    client.force_login(translator)
    assert "/appointments/my-day/" not in client.get("/admin/").content.decode()
    assert client.get("/appointments/my-day/?day=2030-01-01")["Location"].startswith(
        "/fr/appointments/my-day/?day=2030-01-01"
    )


def test_the_attendance_page_downloads_the_list_from_the_admin(client, agenda, teacher):
    """One CSV writer: the organiser's page links to the admin's export of that event."""
    event = EventPageFactory(parent=agenda, owner=teacher, rsvp_enabled=True)
    RSVPFactory(event=event, name="Famille Diallo")
    client.force_login(teacher)
    html = client.get(f"/fr/events/{event.pk}/answers/").content.decode()
    link = f"/admin/agenda_answers/?event={event.pk}&amp;export=csv"
    assert link in html
    export = client.get(link.replace("&amp;", "&"))
    assert "Famille Diallo" in b"".join(export.streaming_content).decode("utf-8-sig")


def test_listings_cost_the_same_with_10_or_200_rows(client, agenda, director, teacher, site):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    event = EventPageFactory(parent=agenda)
    client.force_login(director)

    def cost(url):
        client.get(url)
        with CaptureQueriesContext(connection) as captured:
            assert client.get(url).status_code == 200
        return len(captured.captured_queries)

    def add(count):
        for _n in range(count):
            RSVPFactory(event=event)
            BookingFactory(slot=SlotFactory(host=teacher))

    add(10)
    few = [cost(url) for url in (ANSWERS, SLOTS, BOOKINGS)]
    add(190)
    assert [cost(url) for url in (ANSWERS, SLOTS, BOOKINGS)] == few
