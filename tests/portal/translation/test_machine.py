"""Machine translation: off by default; when set up, a suggestion that is never published alone."""

from django.conf import settings as django_settings
from django.urls import reverse

from wagtail.models import Page
from wagtail_localize.models import StringTranslation

DUMMY = {"CLASS": "wagtail_localize.machine_translators.dummy.DummyTranslator", "OPTIONS": {}}


def test_machine_translation_is_off_by_default():
    assert django_settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR is None


def test_a_machine_translation_waits_for_review(
    settings, as_user, translator_ar, parent_space, locales, start, director
):
    settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR = DUMMY
    translation = start(parent_space, locales["ar"], director)
    as_user(translator_ar).post(
        reverse("wagtail_localize:machine_translate", args=[translation.pk])
    )
    assert StringTranslation.objects.filter(
        locale=locales["ar"], translation_type="machine"
    ).exists()
    page = Page.objects.get(pk=translation.get_target_instance().pk)
    assert not page.live
