"""PO files for outside translators: wagtail-localize's export and import, and bad files refused."""

from django.contrib.messages import get_messages
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from wagtail_localize.models import StringTranslation

import pytest


@pytest.fixture
def arabic(parent_space, locales, start, director):
    return start(parent_space, locales["ar"], director)


def _upload(client, translation, text):
    return client.post(
        reverse("wagtail_localize:upload_pofile", args=[translation.pk]),
        {"file": SimpleUploadedFile("page.po", text.encode() if isinstance(text, str) else text)},
    )


def _messages(response):
    return [str(message) for message in get_messages(response.wsgi_request)]


def _in_any_language(problem):
    """The refusal as the admin may say it: in English or in French."""
    from django.utils import translation

    said = set()
    for language in ("en", "fr"):
        with translation.override(language):
            said.add(
                translation.gettext("Nothing was imported. %(problem)s")
                % {"problem": translation.gettext(problem)}
            )
    return said


def _exported(client, translation):
    response = client.get(reverse("wagtail_localize:download_pofile", args=[translation.pk]))
    assert response.status_code == 200
    return response.content.decode()


def test_a_filled_po_file_is_imported(as_user, director, arabic):
    client = as_user(director)
    text = _exported(client, arabic).replace('msgstr ""', 'msgstr "ترجمة"')
    _upload(client, arabic, text)
    assert StringTranslation.objects.filter(locale__language_code="ar").exists()


def test_a_broken_po_file_names_its_line_and_imports_nothing(as_user, director, arabic):
    client = as_user(director)
    text = _exported(client, arabic).replace('msgstr ""', 'msgstr "ترجمة"')
    lines = text.splitlines()
    lines[12] = 'msgstr "never closed'
    response = _upload(client, arabic, "\n".join(lines))
    assert not StringTranslation.objects.exists()
    # The admin speaks the director's language: the line's number is what every language shows.
    assert any(" 13" in message for message in _messages(response))


def test_a_po_file_for_another_translation_is_refused(as_user, director, arabic, locales, start):
    client = as_user(director)
    turkish = start(arabic.source.get_source_instance(), locales["tr"], director)
    text = _exported(client, turkish).replace('msgstr ""', 'msgstr "çeviri"')
    response = _upload(client, arabic, text)
    assert not StringTranslation.objects.exists()
    assert any(
        message
        in _in_any_language("This PO file was made for another page or translation (its header).")
        for message in _messages(response)
    )


def test_a_foreign_po_file_is_refused(as_user, director, arabic):
    foreign = 'msgid ""\nmsgstr ""\n"Language: de\\n"\n\nmsgid "Hallo"\nmsgstr "Hello"\n'
    response = _upload(as_user(director), arabic, foreign)
    found = _messages(response)
    assert not StringTranslation.objects.exists()
    assert any(
        " 5" in message and ("“Hallo”" in message or "«\xa0Hallo\xa0»" in message)
        for message in found
    )


def test_a_file_that_is_not_text_is_refused(as_user, director, arabic):
    response = _upload(as_user(director), arabic, b"\xff\xfe\x00garbage" * 1000)
    assert not StringTranslation.objects.exists()
    assert _messages(response)
