from wagtail_localize.models import Translation, TranslationSource

import polib
import pytest

from portal import roles
from tests.factories import UserFactory


@pytest.fixture
def translator_ar(locales):
    """Translates into Arabic and Turkish."""
    user = UserFactory(email="leila@example.org", role=roles.TRANSLATOR)
    user.translates_into = ["ar", "tr"]
    user.save()
    return user


@pytest.fixture
def translator_es(locales):
    """Translates into Spanish and Portuguese."""
    user = UserFactory(email="ines@example.org", role=roles.TRANSLATOR)
    user.translates_into = ["es", "pt"]
    user.save()
    return user


def start_translation(page, locale, user=None):
    """What "Translate this page" does: a source, a translation, and a draft target page."""
    source, _created = TranslationSource.get_or_create_from_instance(page)
    translation, _created = Translation.objects.get_or_create(
        source=source, target_locale=locale, defaults={"enabled": True}
    )
    translation.save_target(user=user, publish=False)
    return translation


def fill(translation, prefix):
    """Translate every string, through wagtail-localize's own PO import."""
    po = translation.export_po()
    for entry in po:
        entry.msgstr = f"{prefix} {entry.msgid}"
    translation.import_po(polib.pofile(str(po)))
    return translation


@pytest.fixture
def start(django_capture_on_commit_callbacks):
    """Starts a translation; the grants that follow a new language's home page are applied."""

    def _start(*args, **kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            return start_translation(*args, **kwargs)

    return _start


@pytest.fixture
def fill_strings():
    return fill


@pytest.fixture
def as_user(client):
    def sign_in(user):
        client.force_login(user)
        return client

    return sign_in
