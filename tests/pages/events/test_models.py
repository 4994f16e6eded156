import datetime
import zoneinfo

from django.core.exceptions import ValidationError

import pytest

from pages.events.recurrence import occurrences
from tests.i18n import french
from tests.pages.events.factories import EventPageFactory
from tests.pages.events.test_agenda import _at

pytestmark = pytest.mark.django_db

PARIS = zoneinfo.ZoneInfo("Europe/Paris")


def _errors(page):
    with pytest.raises(ValidationError) as caught:
        page.full_clean()
    return caught.value.message_dict


def test_end_before_start_is_refused(agenda):
    """An editor who swaps start and end gets a clear message on the end field."""
    event = EventPageFactory.build(start=_at(3, 18), end=_at(3, 17), title="x", slug="x")
    assert french("The end must come after the start.") in _errors(event)["end"]


def test_negative_capacity_is_refused(agenda):
    event = EventPageFactory.build(start=_at(3), end=_at(3, 19), capacity=-1, title="x", slug="x")
    assert "capacity" in _errors(event)


def test_repeat_without_end_is_refused(agenda):
    """A rule that never ends would fill every calendar forever."""
    event = EventPageFactory.build(
        start=_at(3), end=_at(3, 19), recurrence="FREQ=WEEKLY", title="x", slug="x"
    )
    assert "COUNT" in _errors(event)["recurrence"][0]


@pytest.mark.parametrize("rule", ["FREQ=SOMETIMES;COUNT=2", "<script>", "FREQ=WEEKLY;COUNT=2\x00"])
def test_invalid_repeat_rule_is_refused(agenda, rule):
    event = EventPageFactory.build(
        start=_at(3), end=_at(3, 19), recurrence=rule, title="x", slug="x"
    )
    assert "recurrence" in _errors(event)


def test_invalid_exception_date_is_refused(agenda):
    event = EventPageFactory.build(
        start=_at(3),
        end=_at(3, 19),
        recurrence="FREQ=WEEKLY;COUNT=2",
        exceptions="24/12",
        title="x",
        slug="x",
    )
    assert "exceptions" in _errors(event)


def test_admin_refuses_end_before_start(client, agenda, teacher):
    """The Wagtail editor shows the error instead of saving."""
    from wagtail.test.utils.form_data import nested_form_data, streamfield

    client.force_login(teacher)
    data = nested_form_data(
        {
            "title": "Réunion",
            "slug": "reunion-admin",
            "start": "2030-03-10 18:00",
            "end": "2030-03-10 17:00",
            "category": "presentation",
            "audience": "school",
            "description": streamfield([]),
            "resources": streamfield([]),
        }
    )
    response = client.post(f"/admin/pages/add/events/eventpage/{agenda.pk}/", data)
    assert response.status_code == 200
    assert french("The end must come after the start.") in response.content.decode()


def test_weekly_repeat_keeps_local_time_across_daylight_saving():
    """A café at 8:30 stays at 8:30 after the clocks change."""
    start = datetime.datetime(2030, 3, 19, 8, 30, tzinfo=PARIS)
    event = EventPageFactory.build(
        start=start,
        end=start + datetime.timedelta(hours=1),
        recurrence="FREQ=WEEKLY;COUNT=3",
        exceptions="2030-03-26",
    )
    found = occurrences(event, PARIS)
    assert [o.start.date().isoformat() for o in found] == ["2030-03-19", "2030-04-02"]
    assert {o.start.astimezone(PARIS).time() for o in found} == {datetime.time(8, 30)}


def test_last_end_covers_the_last_repeat(agenda):
    """The agenda finds a repeating event through its last date."""
    event = EventPageFactory(
        parent=agenda, start=_at(1), end=_at(1, 19), recurrence="RRULE:FREQ=WEEKLY;COUNT=3"
    )
    assert event.recurrence == "FREQ=WEEKLY;COUNT=3"
    assert event.last_end.date() == (_at(1) + datetime.timedelta(days=14)).date()


@pytest.mark.parametrize(
    ("moment", "fits"),
    [
        (datetime.datetime(2030, 3, 12, 18, 0, tzinfo=PARIS), True),
        (datetime.datetime(2030, 3, 12, 17, 30, tzinfo=PARIS), False),
        (datetime.datetime(2030, 3, 16, 10, 0, tzinfo=PARIS), True),
    ],
)
def test_working_parents_badge(moment, fits):
    """From 18:00 or on a weekend."""
    event = EventPageFactory.build(start=moment, end=moment + datetime.timedelta(hours=1))
    assert event.fits_working_parents(PARIS) is fits


def test_an_event_prints_with_a_qr_code_and_as_a_pdf(client, agenda, translate_page):
    """The notice board gets the event on paper, with a way back to the online page."""
    event = EventPageFactory(parent=agenda, title="Réunion de rentrée", place="Salle 3")
    printed = client.get(event.url + "print/").content.decode()
    assert "<svg" in printed and "http://testserver" + event.url in printed
    assert "Salle 3" in printed and "<script" not in printed
    pdf = client.get(event.url + "pdf/")
    assert pdf.content.startswith(b"%PDF") and event.slug in pdf["Content-Disposition"]
    arabic = translate_page(event, "ar", title="اجتماع الدخول")
    assert 'lang="ar" dir="rtl"' in client.get(arabic.url + "print/").content.decode()
