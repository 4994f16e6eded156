import datetime

from wagtail.models import Page, Site

import pytest

from portal.school_calendar.models import SchoolCalendarSettings, SchoolDay
from tests.pages.home.factories import HomePageFactory

WEDNESDAY, SATURDAY, SUNDAY = 2, 5, 6


def set_calendar(site, country="fr", zone="A", days=(WEDNESDAY, SATURDAY, SUNDAY)):
    settings = SchoolCalendarSettings.for_site(site)
    settings.country, settings.zone, settings.days_without_class = country, zone, list(days)
    settings.save()
    return settings


def school_day(site, kind, start, end=None, note=""):
    return SchoolDay.objects.create(site=site, kind=kind, start=start, end=end or start, note=note)


@pytest.fixture
def zone_a(site):
    """The default site as a school of zone A (Lyon), without class on Wednesdays."""
    set_calendar(site)
    return site


def make_other_school():
    """A second school, on its own host name, with its own home page."""
    home = HomePageFactory(parent=Page.get_first_root_node(), slug="autre-ecole")
    return Site.objects.create(hostname="autre-ecole.test", port=80, root_page=home)


@pytest.fixture
def other_school(locales):
    return make_other_school()


def d(text):
    return datetime.date.fromisoformat(text)


@pytest.fixture
def director_client(client, director):

    client.force_login(director, backend="allauth.account.auth_backends.AuthenticationBackend")
    return client
