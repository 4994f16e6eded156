"""A parent on a phone answers an event and books a meeting with an interpreter, in French and
in Arabic; the agenda, event and booking pages pass axe-core."""

import re

from django.core import mail

import pytest

from pages.events.models import RSVP, Booking
from tests.conftest import translate
from tests.e2e.conftest import assert_accessible, expect, screenshot
from tests.pages.events.factories import EventIndexPageFactory, EventPageFactory, SlotFactory
from tests.pages.events.test_agenda import _at

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def school(home, locales, teacher):
    translate(home, "ar", title="مرحبًا بكم في المدرسة")
    agenda = EventIndexPageFactory(parent=home)
    translate(agenda, "ar", title="المفكرة")
    event = EventPageFactory(
        parent=agenda,
        title="Réunion de rentrée",
        slug="reunion-de-rentree",
        rsvp_enabled=True,
        capacity=20,
        offers_interpreter=True,
        interpreter_languages="arabe",
        start=_at(4, 18),
        end=_at(4, 19, 30),
    )
    translate(event, "ar", title="اجتماع الدخول المدرسي")
    for minutes in (0, 15, 30):
        SlotFactory(host=teacher, start=_at(3, 16, 30 + minutes) if minutes < 30 else _at(3, 17))
    return event


@pytest.mark.parametrize(
    ("language", "title"), [("fr", "Réunion de rentrée"), ("ar", "اجتماع الدخول المدرسي")]
)
def test_parent_answers_an_event_on_a_phone(school, live_server, page, language, title):
    page.goto(f"{live_server.url}/{language}/agenda/")
    assert_accessible(page)
    page.goto(f"{live_server.url}/{language}/agenda/?view=list")
    assert_accessible(page)
    page.get_by_role("link", name=title).first.click()
    expect(page.locator("h1")).to_have_text(title)
    assert_accessible(page)
    page.fill("#id_name", "Samira Benali")
    page.fill("#id_email", "samira@example.org")
    page.fill("#id_people", "3")
    page.check("#id_needs_interpreter")
    page.fill("#id_interpreter_language", "arabe")
    page.get_by_role("button").last.click()
    # The answer counts once the code emailed to the address is typed.
    page.wait_for_selector("#id_code")
    assert_accessible(page)
    screenshot(page, f"event-rsvp-code-{language}-phone")
    code = re.search(r"\b(\d{6})\b", mail.outbox[-1].body).group(1)
    page.fill("#id_code", code)
    page.get_by_role("button").last.click()
    page.wait_for_selector(".notice--success")
    assert_accessible(page)
    screenshot(page, f"event-rsvp-{language}-phone")
    rsvp = RSVP.objects.active().get()
    assert (rsvp.people, rsvp.language, rsvp.event_id) == (3, language, school.pk)
    assert mail.outbox[-1].attachments[0][2] == "text/calendar"


@pytest.mark.parametrize("language", ["fr", "ar"])
def test_parent_books_a_meeting_with_an_interpreter(school, live_server, page, language, teacher):
    page.goto(f"{live_server.url}/{language}/appointments/")
    assert_accessible(page)
    page.get_by_role("link", name=teacher.get_full_name()).click()
    assert_accessible(page)
    page.locator(".slot-list a").first.click()
    assert_accessible(page)
    page.fill("#id_name", "Samira Benali")
    page.fill("#id_email", "samira@example.org")
    page.fill("#id_child_class", "CM1 B")
    page.check("input[name=companion][value=interpreter]")
    page.fill("#id_interpreter_language", "arabe")
    page.check("input[name=mode][value=phone]")
    page.fill("#id_phone", "06 12 34 56 78")
    page.locator("form.form button[type=submit]").click()
    # Without an account, a code arrives by email.
    page.wait_for_selector("#id_code")
    assert_accessible(page)
    code = re.search(r"\b(\d{6})\b", mail.outbox[-1].body).group(1)
    page.fill("#id_code", code)
    page.locator("form.form button[type=submit]").click()
    page.wait_for_selector(".notice--success")
    assert_accessible(page)
    screenshot(page, f"booking-confirmed-{language}-phone")
    booking = Booking.objects.get()
    assert booking.confirmed_at is not None
    assert (booking.companion, booking.interpreter_language, booking.mode) == (
        "interpreter",
        "arabe",
        "phone",
    )
    confirmation = next(m for m in mail.outbox if m.attachments)
    assert confirmation.extra_headers["Content-Language"] == language
    assert confirmation.attachments[0][0].endswith(".ics")
