"""The agenda's month shows the Christmas holidays and Christmas Day in words, in French and in
Arabic, on a phone and on a desktop; the parents' space says when the holidays come. Every page
passes axe-core."""

import datetime

from django.utils import timezone, translation

import pytest

from portal.school_calendar.models import DayKind
from tests.conftest import translate
from tests.e2e.conftest import DESKTOP, PHONE, assert_accessible, screenshot
from tests.pages.events.factories import EventIndexPageFactory, EventPageFactory
from tests.pages.home.factories import ParentSpacePageFactory
from tests.portal.school_calendar.conftest import school_day, set_calendar

pytestmark = pytest.mark.django_db(transaction=True)
PARIS = timezone.get_default_timezone()


def _words(message, language):
    with translation.override(language):
        return translation.gettext(message)


@pytest.fixture
def lyon(home, locales, site):
    set_calendar(site)
    school_day(site, DayKind.PEDAGOGICAL, datetime.date(2026, 12, 7), note="Formation")
    translate(home, "ar", title="مرحبًا بكم في المدرسة")
    agenda = EventIndexPageFactory(parent=home)
    translate(agenda, "ar", title="المفكرة")
    start = datetime.datetime(2026, 12, 18, 17, 30, tzinfo=PARIS)
    EventPageFactory(
        parent=agenda,
        title="Goûter avant les vacances",
        start=start,
        end=start + datetime.timedelta(hours=1),
    )
    space = ParentSpacePageFactory(parent=home)
    return {"fr": space.url, "ar": translate(space, "ar", title="فضاء الأولياء").url}


@pytest.mark.parametrize("language", ["fr", "ar"])
@pytest.mark.parametrize(("device", "viewport"), [("phone", PHONE), ("desktop", DESKTOP)])
def test_month_shows_the_christmas_holidays_in_words(
    lyon, live_server, page_factory, language, device, viewport
):
    page = page_factory(viewport=viewport)
    page.goto(f"{live_server.url}/{language}/agenda/?view=month&month=2026-12")
    assert_accessible(page)
    christmas = _words("Christmas holidays", language)
    listed = page.locator(".calendar-entries")
    assert listed.is_visible()
    assert christmas in listed.inner_text()
    assert _words("Christmas Day", language) in listed.inner_text()
    assert _words("Pedagogical day: no class", language) in listed.inner_text()
    marks = page.locator(".month .day-mark--school-holiday")
    assert marks.count() == 16
    # On a desktop the days carry their names; on a phone the month is a list of the days that
    # have events, and the holidays are named in the list under it.
    box = marks.first.bounding_box()
    if device == "desktop":
        assert box is not None and box["width"] > 10
    else:
        assert box is None or box["width"] <= 10
    assert christmas in marks.first.text_content()
    if language == "ar":
        assert page.locator("html").get_attribute("dir") == "rtl"
    # Nothing sticks out of the page sideways.
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")
    screenshot(page, f"agenda-holidays-month-{language}-{device}")


@pytest.mark.parametrize("language", ["fr", "ar"])
def test_week_list_and_parents_space(lyon, live_server, page, language):
    page.goto(f"{live_server.url}/{language}/agenda/?view=week&date=2026-12-21")
    assert_accessible(page)
    assert page.locator(".day-list .day-mark--school-holiday").count() == 7
    screenshot(page, f"agenda-holidays-week-{language}-phone")
    page.goto(f"{live_server.url}/{language}/agenda/?view=list")
    assert_accessible(page)
    page.goto(f"{live_server.url}{lyon[language]}")
    assert_accessible(page)
    overview = page.locator("#school-calendar")
    assert _words("School days and holidays", language) in overview.inner_text()
    assert overview.get_attribute("lang") == language
    screenshot(page, f"parents-space-calendar-{language}-phone")
