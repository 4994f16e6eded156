import datetime

from django.core.exceptions import ValidationError

import pytest

from pages.followup.models import QuarterlyReviewPage
from pages.followup.periods import Quarter, quarter_of
from tests.pages.followup.factories import ElectionPageFactory, QuarterlyReviewPageFactory

pytestmark = pytest.mark.django_db


def _errors(page):
    with pytest.raises(ValidationError) as caught:
        page.full_clean()
    return caught.value.message_dict


def test_quarters_follow_the_school_year():
    assert quarter_of(datetime.date(2030, 9, 1)) == Quarter(2030, 1)
    assert quarter_of(datetime.date(2031, 1, 15)) == Quarter(2030, 2)
    assert quarter_of(datetime.date(2031, 8, 31)) == Quarter(2030, 4)
    assert Quarter(2030, 1).previous() == Quarter(2029, 4)


def test_an_election_refuses_more_votes_than_voters(home):
    election = ElectionPageFactory(parent=home, registered_voters=100, votes_cast=40)
    assert election.turnout == 40.0
    election.votes_cast = 101
    assert "votes_cast" in _errors(election)


def test_an_election_refuses_negative_numbers(home):
    election = ElectionPageFactory(parent=home)
    election.registered_voters = -3
    assert "registered_voters" in _errors(election)


def test_an_election_takes_place_during_its_school_year(home):
    election = ElectionPageFactory(parent=home)
    election.date = datetime.date(2031, 9, 2)
    assert "lors" in " ".join(_errors(election)["date"]) or _errors(election)["date"]


def test_one_election_page_per_school_year(home):
    ElectionPageFactory(parent=home)
    second = ElectionPageFactory(parent=home, date=datetime.date(2030, 10, 18))
    assert "school_year" in _errors(second)


def test_a_second_review_of_a_quarter_is_refused(plan):
    QuarterlyReviewPageFactory(parent=plan, school_year=2030, quarter=1)
    second = QuarterlyReviewPageFactory(parent=plan, school_year=2030, quarter=2)
    second.quarter = 1
    with pytest.raises(ValidationError):
        second.full_clean()
    assert QuarterlyReviewPage.already_reviewed(plan, Quarter(2030, 1))
