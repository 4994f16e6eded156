"""The demo school's foundation builders are idempotent: twice gives the same database."""

from io import StringIO

from django.apps import apps
from django.contrib.auth import get_user_model
from django.core.management import call_command

from wagtail.models import Page, Revision

import pytest

from pages.home.models import ParentSpacePage
from portal.management.demo import home, school

pytestmark = pytest.mark.django_db


def build_foundation():
    locales = school.ensure_locales()
    home_page = home.build(locales)
    site = school.ensure_site(home_page)
    school.ensure_users()
    return site


def build_everything():
    """What bootstrap_demo does, without its transaction, so the test can count between runs."""
    call_command("bootstrap_demo", stdout=StringIO())


def snapshot():
    models = [
        Page,
        Revision,
        get_user_model(),
        apps.get_model("auth", "Group"),
        apps.get_model("events", "Slot"),
        apps.get_model("events", "RSVP"),
        apps.get_model("resources", "Theme"),
        apps.get_model("classes", "SchoolClass"),
    ]
    return {model.__name__: model.objects.count() for model in models}


def test_running_twice_changes_nothing(locales):
    build_everything()
    first = snapshot()
    build_everything()
    assert snapshot() == first
    assert first["Page"] > 60  # the library and the agenda were built too


def test_demo_has_one_person_per_role_and_translated_parent_space(locales):
    site = build_foundation()
    User = get_user_model()
    for _email, _first, _last, role, _language in school.DEMO_USERS:
        assert User.objects.filter(groups__name=role).exists()
    spaces = ParentSpacePage.objects.live()
    assert sorted(spaces.values_list("locale__language_code", flat=True)) == ["ar", "en", "fr"]
    assert site.root_page.specific.title == "Bienvenue à l’école Jean-Jaurès"
