"""The dashboard, the review of a quarter and its comments and decisions: who may do what, and
what bad input gets."""

import csv
import io

from django.core.cache import cache

import pytest

from pages.followup.models import Action, QuarterlyReviewPage, ReviewComment, Status
from portal import roles
from portal.classes.models import SchoolClass
from tests.factories import UserFactory
from tests.pages.events.factories import EventPageFactory
from tests.pages.followup.factories import QuarterlyReviewPageFactory

pytestmark = pytest.mark.django_db

DASHBOARD = "/admin/followup/"
OPEN = "/admin/followup/review/"


@pytest.fixture(autouse=True)
def _fresh_cache():
    cache.clear()


@pytest.fixture
def review(plan):
    return QuarterlyReviewPageFactory(
        parent=plan,
        school_year=2030,
        quarter=1,
        title="Bilan Zebulon",
        figures={
            "year": 2030,
            "quarter": 1,
            "rows": [
                {"key": "meetings_booked", "unit": "families", "values": {"2030-q1": 3}},
                {"key": "visits", "unit": "families", "values": {"2030-q1": 42}},
            ],
            "classes": [],
        },
    )


@pytest.mark.parametrize("role", [None, roles.PARENT, roles.REPRESENTATIVE, roles.TRANSLATOR])
def test_the_dashboard_is_refused_to_whoever_is_not_staff(client, locales, site, role):
    if role:
        client.force_login(UserFactory(email="x@example.org", role=role))
    response = client.get(DASHBOARD)
    assert response.status_code in (302, 403)
    assert b"meetings" not in response.content.lower()
    export = client.get(DASHBOARD + "?export=csv")
    assert export.status_code in (302, 403)
    assert client.post(OPEN, {"year": 2030, "quarter": 1}).status_code in (302, 403)
    assert not QuarterlyReviewPage.objects.exists()


def test_the_director_sees_every_indicator_with_its_chart_and_table(client, director, site):
    client.force_login(director)
    html = client.get(DASHBOARD, {"year": 2030, "quarter": 1}).content.decode()
    assert "<svg" in html and "<title" in html and "<desc" in html and "<table" in html
    assert "Joint actions with partners" in html or "partenaires" in html


def test_the_dashboard_survives_hostile_addresses(client, director, site):
    client.force_login(director)
    for params in ({"year": "99999", "quarter": "9"}, {"year": "x"}, {"quarter": "<script>"}):
        assert client.get(DASHBOARD, params).status_code == 200


def test_a_teacher_sees_their_classes_only(client, teacher, site):
    SchoolClass.objects.create(site=site, name="CM1 Zebulon", level="CM1", teacher=teacher)
    SchoolClass.objects.create(site=site, name="CE2 Basilic", level="CE2")
    client.force_login(teacher)
    html = client.get(DASHBOARD).content.decode()
    assert "CM1 Zebulon" in html and "CE2 Basilic" not in html
    assert "followup-chart" not in html  # the school's figures are the director's
    assert client.post(OPEN, {"year": 2030, "quarter": 1}).status_code in (302, 403)
    assert not QuarterlyReviewPage.objects.exists()


def test_the_csv_holds_every_figure_and_hides_small_counts(client, director, site):
    client.force_login(director)
    response = client.get(DASHBOARD, {"year": 2030, "quarter": 1, "export": "csv"})
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(response.content.decode())))
    assert len(rows) > 60
    # Nothing was booked: every count of meetings reads "fewer than 5", never 0.
    booked = [row for row in rows if row[0] == rows[1][0]]
    assert len(booked) == 5 and all(row[3] and row[3] != "0" for row in booked)


def test_the_director_opens_a_review_once(client, director, plan):
    client.force_login(director)
    response = client.post(OPEN, {"year": 2030, "quarter": 2})
    assert response.status_code == 302
    review = QuarterlyReviewPage.objects.get()
    assert review.figures["year"] == 2030 and review.figures["rows"]
    assert review.get_parent().pk == plan.pk and review.live
    again = client.post(OPEN, {"year": 2030, "quarter": 2}, follow=True)
    assert QuarterlyReviewPage.objects.count() == 1
    assert "already" in again.content.decode() or "déjà" in again.content.decode()


def test_opening_a_review_refuses_bad_input(client, director, plan):
    client.force_login(director)
    for data in ({"year": "abc", "quarter": 1}, {"year": 2030, "quarter": 7}, {}):
        assert client.post(OPEN, data).status_code == 302
    assert not QuarterlyReviewPage.objects.exists()


@pytest.mark.parametrize("role", [None, roles.PARENT, roles.TRANSLATOR])
def test_the_review_and_plan_are_private(client, locales, review, plan, role):
    if role:
        client.force_login(UserFactory(email="y@example.org", role=role))
    for url in (review.url, review.url + "print/", review.url + "pdf/", plan.url):
        response = client.get(url)
        assert response.status_code in (302, 403)
        assert b"Zebulon" not in response.content
    client.post(review.url, {"form": "comment", "body": "Intrus"})
    assert not ReviewComment.objects.exists()


def test_a_representative_comments_and_the_figures_hide_small_counts(
    client, representative, review
):
    client.force_login(representative)
    html = client.get(review.url).content.decode()
    assert "Bilan Zebulon" in html and "42" in html
    assert ">3<" not in html
    response = client.post(review.url, {"form": "comment", "body": "Plus de cafés le samedi."})
    assert response.status_code == 302
    assert "Plus de cafés le samedi." in client.get(review.url).content.decode()


@pytest.mark.parametrize(
    "body", ["", "   ", "x" * 100_000, "caché\x00\x1b", "<script>alert(1)</script>"]
)
def test_a_bad_comment_is_refused_and_kept_in_the_form(client, representative, review, body):
    client.force_login(representative)
    response = client.post(review.url, {"form": "comment", "body": body})
    if body.startswith("<script>"):
        assert response.status_code == 302
        assert "<script>alert" not in client.get(review.url).content.decode()
        return
    assert response.status_code == 400
    assert not ReviewComment.objects.exists()
    if body.strip() and len(body) < 2000:
        assert "caché" in response.content.decode()


def test_comments_are_rate_limited(client, representative, review):
    client.force_login(representative)
    for n in range(10):
        assert client.post(review.url, {"form": "comment", "body": f"Avis {n}"}).status_code == 302
    response = client.post(review.url, {"form": "comment", "body": "Un de trop"})
    assert response.status_code == 429
    assert ReviewComment.objects.count() == 10
    assert "Un de trop" in response.content.decode()


def test_the_director_records_decisions_that_change_the_plan(client, director, review, plan):
    client.force_login(director)
    action = plan.actions.get(title="Interprètes aux rendez-vous")
    revisions = plan.revisions.count()
    response = client.post(
        review.url, {"form": "decision", "kind": "drop", "action": action.pk, "note": "Peu demandé"}
    )
    assert response.status_code == 302
    assert Action.objects.get(pk=action.pk).status == Status.DROPPED
    assert plan.revisions.count() == revisions + 1
    client.post(review.url, {"form": "decision", "kind": "add", "title": "Permanence du samedi"})
    assert Action.objects.filter(page=plan, title="Permanence du samedi").exists()
    cafe = plan.actions.get(title="Cafés des parents le soir")
    client.post(
        review.url, {"form": "decision", "kind": "status", "action": cafe.pk, "status": "running"}
    )
    assert Action.objects.get(pk=cafe.pk).status == Status.RUNNING
    html = client.get(review.url).content.decode()
    assert "Permanence du samedi" in html and "Peu demandé" in html
    printed = client.get(review.url + "print/").content.decode()
    assert "Permanence du samedi" in printed and "Bilan Zebulon" in printed


@pytest.mark.parametrize(
    "data",
    [
        {"kind": "status"},
        {"kind": "status", "action": "999999", "status": "done"},
        {"kind": "add", "title": ""},
        {"kind": "nonsense"},
        {"kind": "add", "title": "y" * 100_000},
    ],
)
def test_a_bad_decision_is_refused(client, director, review, plan, data):
    client.force_login(director)
    response = client.post(review.url, {"form": "decision", **data})
    assert response.status_code == 400
    assert not review.decisions.exists()


def test_only_the_director_records_decisions(client, representative, review, plan):
    client.force_login(representative)
    action = plan.actions.first()
    response = client.post(review.url, {"form": "decision", "kind": "drop", "action": action.pk})
    assert response.status_code == 403
    assert Action.objects.get(pk=action.pk).status == Status.PLANNED


def test_the_review_meeting_links_to_the_review_for_its_readers(
    client, representative, parent, review, agenda
):
    meeting = EventPageFactory(parent=agenda, title="Conseil des maîtres", category="council")
    review.meeting = meeting
    review.save_revision().publish()
    client.force_login(representative)
    assert review.url in client.get(meeting.url).content.decode()
    client.force_login(parent)
    assert review.url not in client.get(meeting.url).content.decode()


def test_the_parents_space_shows_the_plans_summary(client, parent_space, plan):
    html = client.get(parent_space.url).content.decode()
    assert "cafés des parents le soir" in html
    assert "Interprètes aux rendez-vous" not in html


@pytest.mark.parametrize("role", [None, roles.PARENT])
def test_private_pages_stay_out_of_search_and_sitemap(client, locales, review, plan, role):
    if role:
        client.force_login(UserFactory(email="z@example.org", role=role))
    for url in ("/fr/search/?q=Zebulon", "/fr/search/?q=Plan", "/sitemap.xml"):
        response = client.get(url)
        assert review.url.encode() not in response.content
        assert plan.url.encode() not in response.content


def test_percentages_take_the_decimal_comma_in_french(client, director, site, home):
    from tests.pages.followup.factories import ElectionPageFactory

    ElectionPageFactory(parent=home, registered_voters=405, votes_cast=131)
    client.force_login(director)
    html = client.get(DASHBOARD, {"year": 2030, "quarter": 1}).content.decode()
    assert "32,3 %" in html and "32.3 %" not in html
