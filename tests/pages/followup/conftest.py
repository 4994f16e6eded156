import datetime
import zoneinfo

from django.contrib.auth.models import Group

from wagtail.models import PageViewRestriction

import pytest

from pages.followup.models import Action
from portal import roles
from tests.pages.followup.factories import ActionPlanPageFactory

PARIS = zoneinfo.ZoneInfo("Europe/Paris")
#: The plan and its reviews are for the school team and the representatives.
READERS = (roles.DIRECTOR, roles.TEACHER, roles.REPRESENTATIVE)


def at(year, month, day, hour=16, minute=0):
    return datetime.datetime(year, month, day, hour, minute, tzinfo=PARIS)


@pytest.fixture
def plan(home, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        page = ActionPlanPageFactory(parent=home)
        restriction = PageViewRestriction.objects.create(
            page=page, restriction_type=PageViewRestriction.GROUPS
        )
        restriction.groups.set(Group.objects.filter(name__in=READERS))
    for n, title in enumerate(("Cafés des parents le soir", "Interprètes aux rendez-vous")):
        Action.objects.create(page=page, title=title, owner="La directrice", sort_order=n)
    page.save_revision().publish()
    return page
