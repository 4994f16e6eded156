"""Reading a page aloud ("Listen"): every page family marks what is read, and carries the control
hidden, labelled in the visitor’s language, after the plain words and the recording."""

import re
from pathlib import Path

from django.conf import settings
from django.utils import translation

import pytest

from tests.conftest import translate
from tests.i18n import french
from tests.pages.events.factories import EventIndexPageFactory, EventPageFactory
from tests.pages.home.factories import StandardPageFactory
from tests.pages.home.populated import media
from tests.partners.factories import (
    AnsweredQuestionPageFactory,
    CampaignFactory,
    ParentQuestionsPageFactory,
    PartnerFactory,
    PartnerIndexPageFactory,
    QuestionnairePageFactory,
)
from tests.resources.factories import ResourceIndexPageFactory, ResourcePageFactory

pytestmark = pytest.mark.django_db

SCRIPT = Path(settings.BASE_DIR) / "static" / "js" / "listen.js"
CONTROL = re.compile(r"<div class=\"listen [^\"]*\" data-listen-control[^>]*>")


def control(html):
    found = CONTROL.findall(html)
    assert len(found) == 1, found
    return found[0]


@pytest.fixture
def library(home):
    return ResourceIndexPageFactory(parent=home)


@pytest.fixture
def make_resource(library):
    return lambda **fields: ResourcePageFactory(parent=library, **fields)


@pytest.fixture
def family_pages(home, parent_space, make_resource, library):
    agenda = EventIndexPageFactory(parent=home)
    directory = PartnerIndexPageFactory(parent=home)
    partner = PartnerFactory(name="Centre social des Tilleuls")
    faq = ParentQuestionsPageFactory(parent=parent_space)
    CampaignFactory()
    return {
        "home": home,
        "standard": StandardPageFactory(parent=home, plain_words="En bref."),
        "parent space": parent_space,
        "agenda": agenda,
        "event": EventPageFactory(parent=agenda),
        "library": library,
        "resource": make_resource(title="Les écrans avant de dormir"),
        "directory": directory,
        "partner": directory.url + directory.reverse_subpage("partner", args=(partner.slug,)),
        "questions": faq,
        "answered question": AnsweredQuestionPageFactory(parent=faq),
        "questionnaire": QuestionnairePageFactory(parent=home),
    }


FAMILIES = [
    "home",
    "standard",
    "parent space",
    "agenda",
    "event",
    "library",
    "resource",
    "directory",
    "partner",
    "questions",
    "answered question",
    "questionnaire",
]


@pytest.mark.parametrize("family", FAMILIES)
def test_every_page_family_carries_the_hidden_control_and_its_readable_region(
    client, family_pages, family
):
    """The readable region is the main content; the control is hidden until the script shows it."""
    page = family_pages[family]
    html = client.get(getattr(page, "url", page)).content.decode()
    assert '<main id="main" tabindex="-1" data-listen-region>' in html
    tag = control(html)
    assert " hidden" in tag and "data-listen-skip" in tag
    assert '<script src="/static/js/listen.js" defer></script>' in html


def test_plain_words_are_read_first_and_the_control_follows_them(client, home):
    page = StandardPageFactory(parent=home, plain_words="La cantine ouvre à midi.")
    html = client.get(page.url).content.decode()
    assert 'aria-labelledby="plain-words-title" data-listen-first>' in html
    assert html.index("La cantine ouvre à midi.") < html.index("data-listen-control")


def test_a_resource_summary_is_read_first(client, make_resource):
    resource = make_resource(summary="Une heure sans écran avant de dormir.")
    html = client.get(resource.url).content.decode()
    assert '<div class="plain-words" data-listen-first>' in html
    assert '<p class="breadcrumb" data-listen-skip>' in html
    assert html.index("Une heure sans écran") < html.index("data-listen-control")


def test_a_page_without_plain_words_marks_nothing_to_read_first(client, home):
    page = StandardPageFactory(parent=home, plain_words="")
    html = client.get(page.url).content.decode()
    assert "data-listen-first" not in html
    assert 'aria-labelledby="plain-words-title"' not in html
    assert "data-listen-control" in html


def test_recorded_audio_comes_first_and_is_not_read_again(client, home):
    """With a recording, the page offers it first; "Listen" follows, named so the two differ."""
    *_, audio = media()
    page = StandardPageFactory(parent=home, plain_words="", audio_version=audio)
    html = client.get(page.url).content.decode()
    # Only the recording in the aside: nothing in it is read aloud.
    assert 'aria-labelledby="plain-words-title" data-listen-skip>' in html
    assert 'class="audio-player" aria-labelledby="page-audio-title" data-listen-skip>' in html
    tag = control(html)
    assert "listen--second" in tag
    assert f'data-idle="{french("Listen with the voice of this device")}"' in tag
    assert html.index("<audio") < html.index("data-listen-control")


def test_a_resource_recording_is_linked_before_the_control(client, make_resource):
    *_, audio = media()
    resource = make_resource(audio=audio, audio_transcript="Bonsoir.")
    html = client.get(resource.url).content.decode()
    link = f'<a href="#audio-title">{french("Listen to the recording")}</a>'
    assert link in html and 'id="audio-title"' in html
    assert html.index(link) < html.index("data-listen-control")
    assert "listen--second" in control(html)


def test_from_a_printed_qr_code_the_recording_is_offered_first(client, make_resource):
    """Arriving with ?listen=1, the parent lands on the recording when there is one."""
    *_, audio = media()
    resource = make_resource(audio=audio, audio_transcript="Bonsoir.")
    assert " autofocus" not in client.get(resource.url).content.decode()
    html = client.get(resource.url, {"listen": "1"}).content.decode()
    assert '<a href="#audio-title" autofocus>' in html


@pytest.mark.parametrize("value", ["0", "", "<script>", "1" * 5000, "1' OR 1=1"])
def test_other_listen_values_change_nothing(client, make_resource, value):
    *_, audio = media()
    resource = make_resource(audio=audio, audio_transcript="Bonsoir.")
    response = client.get(resource.url, {"listen": value})
    assert response.status_code == 200
    assert " autofocus" not in response.content.decode()


def test_a_resource_without_recording_has_no_link_to_one(client, make_resource):
    html = client.get(make_resource().url).content.decode()
    assert "#audio-title" not in html
    assert "listen--second" not in control(html)


@pytest.mark.parametrize("code", ["fr", "ar", "uk"])
def test_labels_are_in_the_visitors_language(client, home, code):
    """Every word the control says or shows comes from the catalogue, none from the script."""
    page = StandardPageFactory(parent=home)
    if code != "fr":
        page = translate(page, code, title="Page", intro="Texte.")
    html = client.get(page.url).content.decode()
    tag = control(html)
    with translation.override(code):
        expected = {
            "idle": translation.gettext("Listen to this page"),
            "playing": translation.gettext("Pause"),
            "paused": translation.gettext("Resume"),
            "started": translation.gettext("Reading aloud."),
            "halted": translation.gettext("Reading paused."),
            "stopped": translation.gettext("Reading stopped."),
            "done": translation.gettext("End of the page."),
        }
        buttons = [translation.gettext(w) for w in ("Stop", "Next paragraph", "Slower", "Faster")]
    if code != "fr":
        assert expected["playing"] != "Pause" and expected["started"] != "Reading aloud."
    for key, text in expected.items():
        assert f'data-{key}="{text}"' in tag
    for text in buttons:
        assert text in html
    assert f'lang="{code}"' in tag


def test_the_script_is_small_and_has_no_words_of_its_own():
    """Under 6 KB as served; labels come from the page, so the script has nothing to translate."""
    source = SCRIPT.read_text()
    assert len(SCRIPT.read_bytes()) < 6000
    strings = " ".join(re.findall(r'"[^"]*"', source))
    for word in ("Listen", "Pause", "Resume", "Stop", "Slower", "Faster", "Reading", "paragraph"):
        assert word not in strings
    assert "eval(" not in source and "new Function" not in source and "innerHTML" not in source


def test_the_control_has_no_inline_script_or_handler(client, home):
    """The site's policy allows scripts from the site only: no inline code in the control."""
    html = client.get(StandardPageFactory(parent=home).url).content.decode()
    start = html.index("data-listen-control")
    block = html[start : html.index("</div>\n", html.index('role="status"', start))]
    assert not re.search(r"\son[a-z]+=", block)
    assert "<script>" not in block and "<script src=" in block


@pytest.mark.parametrize("url", ["/fr/search/?q=cantine", "/fr/accounts/login/"])
def test_pages_that_are_not_content_offer_no_control(client, home, url):
    response = client.get(url)
    assert response.status_code == 200
    assert "data-listen-control" not in response.content.decode()
    assert "listen.js" not in response.content.decode()


def test_the_questionnaire_reads_its_questions_and_answers_aloud(client, home):
    """Its questions sit in a form, which is otherwise not read: the form says it is."""
    QuestionnairePageFactory(parent=home)
    CampaignFactory()
    html = client.get("/fr/questionnaire/").content.decode()
    assert "data-listen-read>" in html
    assert "data-read-aloud>" in html
    assert "form:not([data-listen-read])" in SCRIPT.read_text()
