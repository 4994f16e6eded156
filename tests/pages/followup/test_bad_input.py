"""The issue's bad input, through the forms people really use: the admin's page editor for an
election, the dashboard's button and its address for a review. Each gets a clear message in the
person's language, never a 500, and nothing is saved."""

from wagtail.test.utils.form_data import nested_form_data, streamfield

import pytest

from pages.followup.models import ElectionPage, QuarterlyReviewPage
from tests.i18n import french

pytestmark = pytest.mark.django_db

DASHBOARD = "/admin/followup/"
OPEN = "/admin/followup/review/"


def election_form(**changes):
    data = {
        "title": "Élections 2030",
        "slug": "elections-2030",
        "school_year": "2030",
        "date": "2030-10-11",
        "opens": "08:00",
        "closes": "12:00",
        "how_to_vote": "Au bureau de vote, avec une pièce d’identité.",
        "plain_words": "",
        "candidate_lists": streamfield([]),
        "registered_voters": "400",
        "votes_cast": "120",
        **changes,
    }
    return nested_form_data(data)


def add_election(client, home, **changes):
    return client.post(
        f"/admin/pages/add/followup/electionpage/{home.pk}/", election_form(**changes)
    )


def test_a_valid_election_is_saved_through_the_editor(client, director, home):
    client.force_login(director)
    response = add_election(client, home)
    assert response.status_code == 302
    assert ElectionPage.objects.get().turnout == 30.0


@pytest.mark.parametrize(
    "changes, field, message",
    [
        (
            {"votes_cast": "401"},
            "votes_cast",
            "There cannot be more votes cast than registered voters.",
        ),
        ({"registered_voters": "-3"}, "registered_voters", None),
        ({"votes_cast": "-1"}, "votes_cast", None),
        ({"registered_voters": "9" * 30}, "registered_voters", None),
        ({"votes_cast": "abc"}, "votes_cast", None),
        (
            {"date": "2031-09-02"},
            "date",
            "The vote must take place during the school year %(year)s.",
        ),
        (
            {"date": "2030-08-31"},
            "date",
            "The vote must take place during the school year %(year)s.",
        ),
        ({"school_year": "99999"}, "school_year", None),
        ({"closes": "07:00"}, "closes", "The polling station must close after it opens."),
    ],
)
def test_the_editor_refuses_bad_election_figures_with_a_clear_message(
    client, director, home, changes, field, message
):
    client.force_login(director)
    response = add_election(client, home, **changes)
    assert response.status_code == 200
    assert field in response.context["form"].errors
    if message:
        expected = french(message, year="2030–2031")
        assert expected in response.content.decode()
    assert not ElectionPage.objects.exists()
    # What was typed is kept in the form.
    assert "Au bureau de vote" in response.content.decode()


def test_a_quarter_already_reviewed_is_refused_from_the_dashboard(client, director, plan):
    client.force_login(director)
    assert client.post(OPEN, {"year": 2030, "quarter": 2}).status_code == 302
    again = client.post(OPEN, {"year": 2030, "quarter": 2}, follow=True)
    assert again.status_code == 200
    assert french("This quarter already has its review.") in again.content.decode()
    assert QuarterlyReviewPage.objects.count() == 1


def test_reviews_are_not_added_by_hand_in_the_editor(client, director, plan):
    """A review is opened from the dashboard, which freezes its figures and refuses a quarter
    already reviewed; the page editor offers no way round it."""
    client.force_login(director)
    response = client.post(
        f"/admin/pages/add/followup/quarterlyreviewpage/{plan.pk}/",
        nested_form_data({"title": "Bilan", "slug": "bilan", "analysis": ""}),
    )
    assert response.status_code in (302, 403)
    assert not QuarterlyReviewPage.objects.exists()


@pytest.mark.parametrize(
    "params",
    [
        {"year": "99999", "quarter": "9"},
        {"year": "9" * 400},
        {"year": "-2026", "quarter": "1"},
        {"year": "2026", "quarter": "0"},
        {"quarter": "<script>alert(1)</script>"},
        {"year": "2026\x00", "quarter": "1"},
        {"class": "x" * 5000},
        {"class": "<script>alert(1)</script>"},
    ],
)
def test_the_dashboard_answers_a_hostile_address_with_a_message(client, director, site, params):
    client.force_login(director)
    response = client.get(DASHBOARD, params)
    assert response.status_code == 200
    html = response.content.decode()
    assert "<script>alert(1)" not in html
    if "class" not in params:
        assert (
            french(
                "The address asked for a school year or quarter that does not exist: here is the current quarter."
            )
            in html
        )
    export = client.get(DASHBOARD, {**params, "export": "csv"})
    assert export.status_code in (200, 302)
