"""The director opens the follow-up dashboard, opens the quarter's review, a representative
comments on it, the director records a decision that changes the action plan, and the review
prints; every page passes axe-core."""

import datetime

from django.test import Client
from django.utils import timezone

import pytest

from pages.events.models import Booking, Slot
from pages.followup.models import Action, Status
from tests.e2e.conftest import DESKTOP, PHONE, assert_accessible, screenshot
from tests.pages.followup.conftest import plan  # noqa: F401 (a fixture)

pytestmark = pytest.mark.django_db(transaction=True)


def signed_in(page_factory, live_server, user, viewport=DESKTOP):
    client = Client()
    client.force_login(user)
    page = page_factory(viewport=viewport)
    page.context.add_cookies(
        [{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": live_server.url}]
    )
    return page


@pytest.fixture
def meetings(site, teacher):
    """Six meetings earlier today or yesterday: this quarter's figures come from them."""
    now = timezone.now().replace(second=0, microsecond=0)
    for n in range(6):
        start = now - datetime.timedelta(hours=2 + n)
        slot = Slot.objects.create(
            host=teacher, site=site, start=start, end=start + datetime.timedelta(minutes=20)
        )
        Booking.objects.create(
            slot=slot,
            name=f"Famille {n}",
            email=f"f{n}@example.org",
            child_class="CM1 B",
            confirmed_at=start,
            attended=True,
        )


def test_a_quarter_is_reviewed_with_the_representatives(
    plan,  # noqa: F811
    meetings,
    live_server,
    page_factory,
    director,
    representative,
):
    page = signed_in(page_factory, live_server, director)
    page.goto(f"{live_server.url}/admin/followup/")
    assert page.locator("#indicator-meetings_booked + p .followup-figure").inner_text() == "6"
    assert page.locator("svg.followup-chart title").first.text_content()
    assert_accessible(page)
    screenshot(page, "followup-dashboard")
    page.get_by_role("button", name="Ouvrir le bilan de ce trimestre").click()
    assert "Bilan du trimestre" in page.locator("h1").inner_text()
    assert_accessible(page)
    review_url = page.url.split("#")[0]

    family = signed_in(page_factory, live_server, representative, viewport=PHONE)
    family.goto(review_url)
    assert_accessible(family)
    family.get_by_label("Votre commentaire").fill("Il faudrait un café le samedi matin.")
    family.get_by_role("button", name="Envoyer mon commentaire").click()
    assert "Il faudrait un café le samedi matin." in family.locator("#comments").inner_text()
    assert_accessible(family)
    screenshot(family, "followup-review-phone")

    page.goto(review_url)
    page.locator("#id_kind").select_option("drop")
    page.locator("#id_action").select_option(label="Interprètes aux rendez-vous")
    page.locator("#id_note").fill("Personne ne l’a demandé ce trimestre.")
    page.get_by_role("button", name="Enregistrer la décision").click()
    assert "Personne ne l’a demandé" in page.locator("#decisions").inner_text()
    assert_accessible(page)
    assert Action.objects.get(title="Interprètes aux rendez-vous").status == Status.DROPPED
    page.goto(plan.url if plan.url.startswith("http") else f"{live_server.url}{plan.url}")
    assert "Abandonnée" in page.locator("table").inner_text()
    assert_accessible(page)

    page.goto(f"{review_url}print/")
    assert "Il faudrait un café le samedi matin." in page.content()
    assert "Personne ne l’a demandé" in page.content()
    assert_accessible(page)
    screenshot(page, "followup-review-print")
