"""The quarter's review in the browser, on the demo school's own follow-up data (a year of
appointments with attendance, the parents' cafés and their RSVPs, the action plan and last
quarter's review): the director opens the dashboard and reads this quarter's figures, opens the
review, a representative comments on it, the director records a decision that changes the action
plan, and the review prints. French and Arabic, phone and desktop; axe-core on every page."""

from django.core.cache import cache
from django.utils import timezone, translation

import pytest

from pages.events.models import RSVP, Booking
from pages.followup.indicators import shown
from pages.followup.models import Action, ActionPlanPage, QuarterlyReviewPage, Status
from pages.followup.periods import quarter_of
from portal.management.demo import followup as demo_followup
from portal.schools import school_of
from tests.conftest import translate
from tests.e2e.conftest import (
    DESKTOP,
    PHONE,
    assert_accessible,
    clipped,
    expect,
    screenshot,
    signed_in,
)

pytestmark = pytest.mark.django_db(transaction=True)

COMMENT = "Il faudrait un café le samedi matin."
NOTE = "Personne ne l’a demandé ce trimestre."
#: A demo action, running until the review drops it.
DROPPED = "Interprète aux rendez-vous individuels"


@pytest.fixture
def demo_school(home, locales, site, agenda, director, teacher, representative):
    """The demo's follow-up, built by bootstrap_demo's own loader."""
    cache.clear()
    translate(home, "ar", title="مرحبًا بكم في المدرسة")
    demo_followup.build(locales, home, site)
    return school_of(site)


def this_quarter(school):
    """This quarter's figures as the demo's records give them, counted here by hand."""
    period = quarter_of(timezone.now().astimezone(school.zone).date())
    since, until = period.bounds(school.zone)
    booked = Booking.objects.filter(
        slot__site=school.site,
        slot__start__gte=since,
        slot__start__lt=until,
        confirmed_at__isnull=False,
        cancelled_at__isnull=True,
    ).count()
    cafes = RSVP.objects.filter(
        event__category="cafe",
        event__start__gte=since,
        event__start__lt=until,
        attended=True,
        cancelled_at__isnull=True,
    ).count()
    return period, booked, cafes


def whole_screenshot(page, name):
    """The admin scrolls inside its main column: grow the window to the content's height first."""
    size = page.viewport_size
    height = page.evaluate(
        "Math.max(...[...document.querySelectorAll('body, body *')].map((e) => e.scrollHeight))"
    )
    page.set_viewport_size({"width": size["width"], "height": max(height, size["height"])})
    screenshot(page, name)
    page.set_viewport_size(size)


def in_language(language, text):
    with translation.override(language):
        return str(text)


@pytest.mark.parametrize(
    "language, viewport", [("fr", DESKTOP), ("ar", PHONE), ("fr", PHONE), ("ar", DESKTOP)]
)
def test_a_quarter_is_reviewed_with_the_representatives(
    demo_school, live_server, page_factory, director, representative, language, viewport
):
    size = "phone" if viewport is PHONE else "desktop"
    direction = "rtl" if language == "ar" else "ltr"
    for person in (director, representative):
        person.language = language
        person.save(update_fields=["language"])
    period, booked, cafes = this_quarter(demo_school)

    # The dashboard: this quarter's figures, each with its chart and the same figures in a table.
    boss = signed_in(page_factory, live_server, director, viewport, language)
    boss.goto(f"{live_server.url}/admin/followup/")
    assert boss.locator("html").get_attribute("dir") == direction
    figure = "#indicator-{} + p .followup-figure"
    assert boss.locator(figure.format("meetings_booked")).inner_text() == in_language(
        language, shown(booked)
    )
    assert boss.locator(figure.format("visits_cafe")).inner_text() == in_language(
        language, shown(cafes)
    )
    for pair in boss.locator(".followup-pair").all():
        assert pair.locator("svg.followup-chart > title").text_content().strip()
        assert pair.locator("table caption").inner_text().strip()
    assert clipped(boss, ".followup-block h2, .followup-figure, .followup-pair table") == []
    assert_accessible(boss)
    whole_screenshot(boss, f"followup-dashboard-{language}-{size}")
    boss.locator("form[action$='/followup/review/'] button[type=submit]").click()
    boss.wait_for_load_state()
    review = QuarterlyReviewPage.objects.get(school_year=period.year, quarter=period.number)
    assert boss.locator("h1").inner_text() == review.title
    assert boss.url.startswith(f"{live_server.url}/{language}/")  # in the Director's language
    assert in_language(language, shown(booked)) in boss.locator(".followup-figures").inner_text()
    assert_accessible(boss)
    review_url = f"{live_server.url}/{language}{review.url[3:]}"

    # A representative comments from their phone, in the front end.
    family = signed_in(page_factory, live_server, representative, PHONE, language)
    family.goto(review_url)
    assert family.locator("html").get_attribute("dir") == direction
    family.locator("#id_body").fill(COMMENT)
    family.locator("#comments button[type=submit]").click()
    expect(family.locator("#comments")).to_contain_text(COMMENT)
    assert family.url.startswith(review_url)
    assert clipped(family, "main h1, main h2, main p") == []
    assert_accessible(family)
    screenshot(family, f"followup-review-comment-{language}-phone")

    # The director drops an action: the plan changes, and says so.
    action = Action.objects.get(title=DROPPED)
    assert action.status == Status.RUNNING
    boss.goto(review_url)
    boss.locator("#id_kind").select_option("drop")
    boss.locator("#id_action").select_option(str(action.pk))
    boss.locator("#id_note").fill(NOTE)
    boss.locator("#decisions button[type=submit]").click()
    expect(boss.locator("#decisions")).to_contain_text(NOTE)
    assert boss.url.startswith(review_url)
    assert COMMENT in boss.locator("#comments").inner_text()
    assert_accessible(boss)
    screenshot(boss, f"followup-review-decision-{language}-{size}")
    assert Action.objects.get(pk=action.pk).status == Status.DROPPED
    plan = ActionPlanPage.objects.get(locale__language_code="fr")
    boss.goto(f"{live_server.url}/{language}{plan.url[3:]}")
    row = boss.locator("tr", has_text=DROPPED)
    assert in_language(language, Status.DROPPED.label) in row.inner_text()
    assert (
        clipped(boss, "main h1, .action-plan__actions tbody th, .action-plan__actions tbody td")
        == []
    )
    assert_accessible(boss)
    screenshot(boss, f"followup-plan-{language}-{size}")

    # The review prints with the comment and the decision.
    boss.goto(f"{review_url}print/")
    printed = boss.locator("main, body").first.inner_text()
    assert COMMENT in printed and NOTE in printed
    assert_accessible(boss)
    screenshot(boss, f"followup-review-print-{language}-{size}")
