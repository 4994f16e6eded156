"""The demo school's foundation builders are idempotent: twice gives the same database."""

from io import StringIO

from django.apps import apps
from django.contrib.auth import get_user_model
from django.core.management import call_command

from wagtail.models import Page, Revision

import pytest

from pages.home.models import ParentSpacePage
from portal import roles
from portal.management.demo import home, partners_content, school
from portal.management.demo import partners as demo_partners

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
        apps.get_model("partners", "Partner"),
        apps.get_model("partners", "Response"),
        apps.get_model("partners", "AnsweredQuestionPage"),
    ]
    return {model.__name__: model.objects.count() for model in models}


def test_running_twice_changes_nothing(locales):
    build_everything()
    first = snapshot()
    build_everything()
    assert snapshot() == first
    assert first["Page"] > 60  # the library and the agenda were built too
    # The directory, the questionnaire's answers and the parents' questions were built too.
    french_partners = apps.get_model("partners", "Partner").objects.source()
    assert french_partners.count() == len(partners_content.PARTNERS)
    assert first["Response"] == demo_partners.ANSWERS
    assert first["AnsweredQuestionPage"] >= len(partners_content.QUESTIONS)
    # Themes, partners and questions are published as the admin publishes them, in every
    # language: with the live revision the admin's status and the translation editor read.
    for label, name in roles.TRANSLATABLE_SNIPPETS:
        unrevised = apps.get_model(label, name).objects.filter(live=True, live_revision=None)
        assert not unrevised.exists(), name


def test_demo_has_one_person_per_role_and_translated_parent_space(locales):
    site = build_foundation()
    User = get_user_model()
    for _email, _first, _last, role, _language in school.DEMO_USERS:
        assert User.objects.filter(groups__name=role).exists()
    spaces = ParentSpacePage.objects.live()
    assert sorted(spaces.values_list("locale__language_code", flat=True)) == ["ar", "en", "fr"]
    assert site.root_page.specific.title == "Bienvenue à l’école Jean-Jaurès"


def test_demo_pages_families_meet(client, locales):
    """What a parent meets in the demo: each event's plain words said once, real recordings with
    their transcripts in French and Arabic, illustrations with a source, a licence and alt text,
    and the Director among the people to meet, with classes and languages."""
    from django.utils import translation

    from pages.events.models import EventPage
    from portal.i18n import language_name_in_sentence
    from resources.models import ResourcePage

    build_everything()
    # Meetings kept for the representatives are checked in their area's tests.
    for event in EventPage.objects.live().public().select_related("locale"):
        main = client.get(event.url).content.decode().split("<main")[1]
        assert main.count(event.plain_words) == 1, event.url

    for slug in ("lire-avec-son-enfant", "emotions-enfant", "apprendre-francais-parents"):
        pages = ResourcePage.objects.filter(slug=slug).select_related("audio", "locale")
        assert {page.locale.language_code for page in pages} >= {"fr", "ar"}
        for page in pages.filter(locale__language_code__in=["fr", "ar"]):
            assert page.audio.file.size > 20_000
            assert page.audio.file.name.endswith(f"-{page.locale.language_code}.mp3")
            assert page.audio.licence and page.audio.source
            html = client.get(page.url).content.decode()
            assert f'<source src="{page.audio.url}" type="audio/mpeg">' in html
            assert page.audio_transcript.split(".")[0] in html

    from wagtail.images import get_image_model

    images = get_image_model().objects.all()
    assert images.count() == 4
    assert all(image.source and image.licence for image in images)
    home = client.get("/fr/").content.decode()
    assert "<picture>" in home and 'type="image/avif"' in home and 'loading="lazy"' in home
    assert (
        'alt="Devant l’école, deux parents arrivent avec leurs enfants, main dans la main."' in home
    )
    arabic = client.get("/ar/").content.decode()
    assert 'alt="أمام المدرسة، يصل وليّان مع طفليهما، يدًا بيد."' in arabic

    appointments = client.get("/fr/appointments/").content.decode()
    with translation.override("fr"):
        assert "Claire Martin" in appointments
        assert translation.gettext("Director") in appointments
        assert language_name_in_sentence("ar") in appointments  # Karim Benali speaks it
