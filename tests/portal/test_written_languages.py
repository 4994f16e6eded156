"""Every piece of text carries the language it is written in, and reads as that language writes:
French fragments inside Arabic pages, dates, colons and French spacing."""

import datetime
import re
from pathlib import Path
from zoneinfo import ZoneInfo

from django.utils import translation

import polib
import pytest

from portal import dates
from tests.pages.events.factories import EventIndexPageFactory, EventPageFactory

BASE = Path(__file__).resolve().parents[2]
PARIS = ZoneInfo("Europe/Paris")
# Tuesday 1 June 2027, 18:00 in Paris.
TUESDAY_FIRST = datetime.datetime(2027, 6, 1, 18, 0, tzinfo=PARIS)


@pytest.mark.parametrize(
    ("language", "value", "expected"),
    [
        ("fr", TUESDAY_FIRST, "mardi 1er juin"),
        ("fr", TUESDAY_FIRST + datetime.timedelta(days=1), "mercredi 2 juin"),
        ("en", TUESDAY_FIRST, "Tuesday 1 June"),
        ("ar", TUESDAY_FIRST, "الثلاثاء 1 يونيو"),
        ("es", TUESDAY_FIRST, "martes 1 de junio"),
        ("uk", TUESDAY_FIRST, "вівторок, 1 червня"),
    ],
)
def test_a_date_reads_as_its_language_writes_it(language, value, expected):
    with translation.override(language):
        assert dates.long_date(value) == expected


def test_a_date_and_a_time_take_the_languages_own_separator():
    with translation.override("ar"):
        assert dates.date_and_time("الثلاثاء 1 يونيو", "18:00") == "الثلاثاء 1 يونيو، الساعة 18:00"
    with translation.override("fr"):
        assert dates.date_and_time("mardi 1er juin", "18:00") == "mardi 1er juin à 18:00"


def test_french_catalogue_puts_a_non_breaking_space_before_double_punctuation():
    """« Qui voulez-vous rencontrer ? » — never a line that starts with the question mark."""
    wrong = []
    for entry in polib.pofile(BASE / "locale/fr/LC_MESSAGES/django.po"):
        for text in [entry.msgstr, *entry.msgstr_plural.values()]:
            # A repeat rule (FREQ=WEEKLY;BYDAY=FR) is written as the computer reads it.
            prose = re.sub(r"FREQ=[A-Z0-9=;,+-]+", "", text)
            for match in re.finditer(r"(.)([;?!]|:(?=\s|$))", prose):
                before = match.group(1)
                if before not in "\u00a0\u202f" and "RFC 5545" not in text:
                    wrong.append(text)
    assert wrong == []


def test_no_template_glues_a_colon_to_a_translated_label():
    """A colon after a label belongs to the language (French puts a space before it): templates
    write {% translate "Phone"|colon %}, never {% translate "Phone" %}:."""
    glued = [
        f"{path.relative_to(BASE)}: {line.strip()[:80]}"
        for path in (BASE / "templates").rglob("*.*")
        for line in path.read_text().splitlines()
        if re.search(r"%\}:", line)
    ]
    assert glued == []


@pytest.fixture
def arabic_event(home, translate_page):
    translate_page(home, "ar", title="مرحبًا")
    agenda = EventIndexPageFactory(parent=home)
    translate_page(agenda, "ar", title="المفكرة")
    event = EventPageFactory(
        parent=agenda,
        title="Réunion de rentrée",
        start=TUESDAY_FIRST,
        end=TUESDAY_FIRST + datetime.timedelta(minutes=90),
        place="École Jean-Jaurès, salle polyvalente",
        access_info="Salle de plain-pied, sans marche.",
        offers_interpreter=True,
        interpreter_languages="arabe, turc",
        class_name="CM1 B",
        rsvp_enabled=True,
        rsvp_deadline=TUESDAY_FIRST - datetime.timedelta(days=7),
    )
    return translate_page(event, "ar", title="اجتماع الدخول المدرسي")


@pytest.mark.django_db
def test_french_fragments_of_an_arabic_page_are_marked_french(client, arabic_event):
    html = client.get(arabic_event.url).content.decode()
    assert '<html lang="ar" dir="rtl">' in html
    for fragment in (
        "École Jean-Jaurès, salle polyvalente",
        "Salle de plain-pied, sans marche.",
        "arabe, turc",
        "CM1 B",
    ):
        assert f'<span lang="fr" dir="auto">{fragment}</span>' in html
    assert "<h1>اجتماع الدخول المدرسي</h1>" in html
    # The school's name, in the header and the footer, is the school's own French.
    assert html.count('<span lang="fr" dir="auto">École Passerelle</span>') >= 1


@pytest.mark.django_db
def test_a_fragment_the_translator_translated_is_marked_with_the_pages_language(
    client, arabic_event
):
    arabic_event.place = "مدرسة جان جوريس، القاعة متعددة الاستعمالات"
    arabic_event.save_revision().publish()
    html = client.get(arabic_event.url).content.decode()
    assert '<span lang="ar" dir="auto">مدرسة جان جوريس، القاعة متعددة الاستعمالات</span>' in html


@pytest.mark.django_db
def test_arabic_dates_use_arabic_punctuation(client, arabic_event):
    html = client.get(arabic_event.url).content.decode()
    assert "الثلاثاء 1 يونيو 2027، الساعة 18:00" in html
    assert "1 يونيو 2027, 18:00" not in html


@pytest.mark.django_db
def test_french_dates_lower_case_mid_sentence_with_the_first_of_the_month(client, arabic_event):
    french = arabic_event.get_translation(arabic_event.locale.get_default())
    html = client.get(french.url).content.decode()
    assert "Mardi 1er juin 2027 à 18:00" in html  # starts the line
    assert "avant le mardi 25 mai à 18:00" in html  # mid-sentence


@pytest.mark.django_db
def test_french_labels_take_a_non_breaking_space_before_the_colon(client, home, site):
    from portal.models import SchoolSettings

    school = SchoolSettings.for_site(site)
    school.phone, school.email = "04 78 00 00 00", "ce.0690000x@ac-lyon.fr"
    school.save()
    html = client.get("/fr/").content.decode()
    assert "Téléphone\u00a0: <a" in html
    assert 'dir="ltr" class="nowrap">ce.0690000x@ac-lyon.fr</a>' in html
