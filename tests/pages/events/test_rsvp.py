import re
import threading

from django.core import mail
from django.db import connection
from django.utils import timezone, translation

import icalendar
import pytest

from pages.events.models import RSVP
from portal.notify.links import make
from tests.i18n import french
from tests.pages.events.factories import EventPageFactory, RSVPFactory
from tests.pages.events.test_agenda import _at

pytestmark = pytest.mark.django_db

ANSWER = {"name": "Samira Benali", "email": "samira@example.org", "people": "2"}


def _confirmed(client, url, answer):
    """Answer as a visitor and type the emailed code: the response to the code."""
    response = client.post(url, answer)
    assert response.status_code == 302, response.content.decode()[-2000:]
    code = re.search(r"\b(\d{6})\b", mail.outbox[-1].body).group(1)
    return client.post(response["Location"], {"code": code})


@pytest.fixture
def event(agenda):
    return EventPageFactory(
        parent=agenda,
        title="Réunion de rentrée",
        rsvp_enabled=True,
        capacity=10,
        start=_at(5),
        end=_at(5, 19, 30),
    )


def test_answer_is_saved_and_confirmed_by_email_with_ics(client, event):
    """A parent answers and receives the event, to put in their calendar."""
    response = _confirmed(
        client, event.url, {**ANSWER, "needs_interpreter": "on", "interpreter_language": "arabe"}
    )
    assert response.status_code == 302
    rsvp = RSVP.objects.active().get()
    assert (rsvp.people, rsvp.needs_interpreter, rsvp.interpreter_language) == (2, True, "arabe")
    _code, message = mail.outbox
    assert message.to == ["samira@example.org"]
    assert "Réunion de rentrée" in message.subject
    filename, content, mimetype = message.attachments[0]
    assert mimetype == "text/calendar"
    (vevent,) = icalendar.Calendar.from_ical(content).walk("VEVENT")
    assert vevent["UID"] == f"event-{event.translation_key}@testserver"


def test_answer_email_is_in_the_parents_language(client, event, translate_page):
    translate_page(event.get_parent(), "ar", title="المفكرة")
    arabic = translate_page(event, "ar", title="اجتماع الدخول")
    response = client.post(arabic.url, ANSWER)
    assert response.status_code == 302
    assert RSVP.objects.get().event_id == event.pk
    assert RSVP.objects.get().language == "ar"
    assert mail.outbox[0].extra_headers["Content-Language"] == "ar"


def test_answer_past_capacity_is_refused_and_nothing_saved(client, event):
    RSVPFactory(event=event, people=9)
    response = client.post(event.url, ANSWER)
    assert response.status_code == 400
    assert (
        french("Only %(left)s places are left. Please lower the number of people.", left=1)
        in response.content.decode()
    )
    assert RSVP.objects.count() == 1
    assert 'value="Samira Benali"' in response.content.decode()


def test_full_event_says_so(client, event):
    RSVPFactory(event=event, people=10)
    response = client.post(event.url, ANSWER)
    assert french("Sorry, this event is full.") in response.content.decode()
    assert RSVP.objects.count() == 1


def test_answer_after_deadline_is_refused(client, event):
    event.rsvp_deadline = timezone.now() - timezone.timedelta(hours=1)
    event.save_revision().publish()
    response = client.post(event.url, ANSWER)
    assert response.status_code == 400
    assert french("Answers for this event are closed.") in response.content.decode()
    assert not RSVP.objects.exists()


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("email", "not-an-email"),
        ("email", ""),
        ("name", ""),
        ("name", "x" * 10_000),
        ("people", "0"),
        ("people", "-3"),
        ("people", "1; DROP TABLE events_rsvp"),
        ("name", "Samira\x00\x07"),
    ],
)
def test_wrong_answers_get_a_clear_error(client, event, field, value):
    response = client.post(event.url, {**ANSWER, field: value})
    assert response.status_code == 400
    assert 'role="alert"' in response.content.decode()
    assert not RSVP.objects.exists()


def test_html_in_the_name_is_escaped_for_the_organiser(client, event, teacher):
    _confirmed(client, event.url, {**ANSWER, "name": "<script>alert(1)</script>"})
    client.force_login(teacher)
    html = client.get(f"/fr/events/{event.pk}/answers/").content.decode()
    assert "&lt;script&gt;" in html and "<script>alert" not in html


def test_interpreter_needs_a_language(client, event):
    response = client.post(event.url, {**ANSWER, "needs_interpreter": "on"})
    assert response.status_code == 400
    assert not RSVP.objects.exists()


def test_cancel_link_cancels_once_then_says_already_cancelled(client, event):
    rsvp = RSVPFactory(event=event)
    url = f"/fr/events/answer/{make('rsvp', rsvp)}/cancel/"
    assert client.get(url).status_code == 200
    assert client.post(url).status_code == 200
    rsvp.refresh_from_db()
    assert rsvp.cancelled_at is not None
    again = client.post(url)
    assert again.status_code == 200
    assert (
        french("This answer was already cancelled. There is nothing more to do.")
        in again.content.decode()
    )
    assert rsvp.name not in again.content.decode()


@pytest.mark.parametrize("tamper", ["x", "", "%3Cb%3E", "1:abc:def"])
def test_tampered_cancel_link_is_a_clear_page(client, event, tamper):
    rsvp = RSVPFactory(event=event)
    token = make("rsvp", rsvp)
    response = client.get(f"/fr/events/answer/{token[:-2] + tamper}/cancel/")
    assert response.status_code in (400, 404)
    assert rsvp.email not in response.content.decode()
    rsvp.refresh_from_db()
    assert rsvp.cancelled_at is None


def test_a_booking_token_cannot_cancel_an_answer(client, event):
    """Tokens are signed per use: one for a booking does not work on answers."""
    rsvp = RSVPFactory(event=event)
    response = client.post(f"/fr/events/answer/{make('booking', rsvp)}/cancel/")
    assert response.status_code == 400
    rsvp.refresh_from_db()
    assert rsvp.cancelled_at is None


def test_organiser_list_is_for_staff_only(client, event, parent, representative):
    url = f"/fr/events/{event.pk}/answers/"
    assert client.get(url).status_code == 302
    for person in (parent, representative):
        client.force_login(person)
        assert client.get(url).status_code == 403
        assert client.get(url + "?format=csv").status_code == 403


def test_organiser_records_attendance(client, agenda, teacher):
    past = EventPageFactory(parent=agenda, rsvp_enabled=True, start=_at(-2), end=_at(-2, 19))
    came, absent = RSVPFactory(event=past), RSVPFactory(event=past)
    client.force_login(teacher)
    response = client.post(f"/fr/events/{past.pk}/answers/", {"came": [str(came.pk)]})
    assert response.status_code == 302
    came.refresh_from_db()
    absent.refresh_from_db()
    assert (came.attended, absent.attended) == (True, False)


@pytest.mark.django_db(transaction=True)
def test_capacity_is_never_exceeded_under_concurrent_answers(home, locales):
    """Twelve families answer at the same moment for the last five places."""
    from pages.events import rsvps
    from tests.pages.events.factories import EventIndexPageFactory

    agenda = EventIndexPageFactory(parent=home)
    event = EventPageFactory(
        parent=agenda, rsvp_enabled=True, capacity=5, start=_at(5), end=_at(5, 19)
    )
    barrier = threading.Barrier(12)
    outcomes = []

    def answer(n):
        try:
            barrier.wait()
            rsvps.register(event, RSVP(name=f"Famille {n}", email=f"f{n}@example.org", people=1))
            outcomes.append("saved")
        except rsvps.Refused:
            outcomes.append("refused")
        finally:
            connection.close()

    threads = [threading.Thread(target=answer, args=(n,)) for n in range(12)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    taken = sum(RSVP.objects.active().filter(event=event).values_list("people", flat=True))
    assert len(outcomes) == 12
    assert taken == outcomes.count("saved") <= 5
    if connection.vendor == "postgresql":
        # Answers wait for the row lock in turn: exactly the places there were are taken.
        assert taken == 5


def test_answering_again_changes_the_first_answer(client, event):
    """The same person (whatever the case of their email) holds one answer, never two."""
    first = _confirmed(client, event.url, ANSWER)
    assert first.status_code == 302
    again = _confirmed(client, event.url, {**ANSWER, "email": "Samira@Example.org", "people": "4"})
    assert again.status_code == 302
    (rsvp,) = RSVP.objects.all()
    assert rsvp.people == 4
    page = client.get(event.url).content.decode()
    assert (
        french(
            "You had already answered: your answer is changed. We have sent you an email with "
            "the event."
        )
        in page
    )
    with translation.override("fr"):
        left = translation.ngettext("%(left)s place left.", "%(left)s places left.", 6)
    assert left % {"left": 6} in page
    # Two codes, and the event each time the answer was confirmed.
    assert [bool(m.attachments) for m in mail.outbox] == [False, True, False, True]


def test_a_changed_answer_counts_the_places_it_already_held(client, event):
    RSVPFactory(event=event, people=4)
    client.post(event.url, {**ANSWER, "people": "3"})
    response = client.post(event.url, {**ANSWER, "people": "5"})
    assert response.status_code == 302
    assert RSVP.objects.get(email=ANSWER["email"]).people == 5
    refused = client.post(event.url, {**ANSWER, "people": "7"})
    assert refused.status_code == 400
    assert (
        french("Only %(left)s places are left. Please lower the number of people.", left=6)
        in refused.content.decode()
    )
    assert RSVP.objects.get(email=ANSWER["email"]).people == 5


def test_answering_after_cancelling_comes_back(client, event):
    rsvp = RSVPFactory(event=event, email=ANSWER["email"], cancelled_at=timezone.now())
    _confirmed(client, event.url, ANSWER)
    rsvp.refresh_from_db()
    assert (rsvp.cancelled_at, rsvp.people, RSVP.objects.count()) == (None, 2, 1)


def test_the_database_refuses_a_second_answer_from_the_same_person(event):
    from django.db import IntegrityError, transaction

    RSVPFactory(event=event, email="samira@example.org")
    with pytest.raises(IntegrityError), transaction.atomic():
        RSVPFactory(event=event, email="SAMIRA@example.org")


@pytest.mark.django_db(transaction=True)
def test_migration_folds_earlier_duplicates_into_one_answer(home, locales):
    """Answers stored twice before the rule existed become one, with the latest choices."""
    from django.db import connection as db
    from django.db.migrations.executor import MigrationExecutor

    from tests.pages.events.factories import EventIndexPageFactory

    event = EventPageFactory(parent=EventIndexPageFactory(parent=home), rsvp_enabled=True)
    before = [("events", "0002_slot_school_and_admin_labels")]
    after = [("events", "0003_one_answer_per_person")]
    executor = MigrationExecutor(db)
    executor.migrate(before)
    try:
        old = executor.loader.project_state(before).apps.get_model("events", "RSVP")
        now = timezone.now()
        first = old.objects.create(event_id=event.pk, name="S", email="s@example.org", people=2)
        old.objects.create(
            event_id=event.pk, name="S", email="S@example.org", people=3, attended=True
        )
        old.objects.create(
            event_id=event.pk, name="S", email="s@example.org", people=5, cancelled_at=now
        )
        old.objects.create(event_id=event.pk, name="T", email="t@example.org", people=1)
    finally:
        executor = MigrationExecutor(db)
        executor.migrate(after)
    try:
        answer_model = executor.loader.project_state(after).apps.get_model("events", "RSVP")
        answers = {a.email.lower(): a for a in answer_model.objects.filter(event_id=event.pk)}
        assert sorted(answers) == ["s@example.org", "t@example.org"]
        kept = answers["s@example.org"]
        assert (kept.pk, kept.people, kept.cancelled_at, kept.attended) == (first.pk, 3, None, True)
    finally:
        # Going back to 0002 also undid the later migrations of events and of the apps that
        # build on it: every other test expects the whole schema.
        executor = MigrationExecutor(db)
        executor.migrate(executor.loader.graph.leaf_nodes())
