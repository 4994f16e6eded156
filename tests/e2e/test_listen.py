"""Reading a page aloud ("Listen") in Chromium, with a stand-in for the device's voices: the button
appears only with a voice for the page's language, reads the plain words first in the right
languages, works from the keyboard, announces what it does, and sends nothing to another site."""

import json
from urllib.parse import urlsplit

import pytest

from tests.conftest import translate
from tests.e2e.conftest import DESKTOP, PHONE, assert_accessible, screenshot
from tests.i18n import french
from tests.pages.home.factories import StandardPageFactory
from tests.resources.factories import ResourceIndexPageFactory, ResourcePageFactory

pytestmark = pytest.mark.django_db(transaction=True)

FR, AR = {"lang": "fr-FR", "name": "Amélie"}, {"lang": "ar-SA", "name": "Maged"}

# Chromium's own speechSynthesis, replaced before any script of the page runs: its voices load late
# (as in Chrome), and what the page asks it to say is kept in window.speech.log. An utterance ends
# when the test says so (speech.finish), so the test reads the queue at its own pace.
FAKE_SPEECH = """
(() => {
  const voices = %s.map((v) => ({ default: false, localService: true, voiceURI: v.name, ...v }));
  const log = [], listeners = [];
  let current = null, loaded = false;
  class Utterance {
    constructor(text) { Object.assign(this, { text, lang: "", voice: null, rate: 1 }); }
  }
  const synth = {
    getVoices: () => (loaded ? voices : []),
    speak(u) { log.push({ text: u.text, lang: u.lang, voice: u.voice && u.voice.lang, rate: u.rate }); current = u; },
    cancel() {
      // As in Chrome, the utterance cut short reports an error, a moment later.
      const u = current;
      current = null;
      if (u) setTimeout(() => u.onerror && u.onerror({ error: "interrupted" }));
    },
    pause() {}, resume() {},
    addEventListener(type, fn) { if (type === "voiceschanged") listeners.push(fn); },
  };
  Object.defineProperty(window, "speechSynthesis", { value: synth, configurable: true });
  window.SpeechSynthesisUtterance = Utterance;
  window.speech = {
    log,
    loaded: false,
    listeners: () => listeners.length,
    current: () => current && current.text,
    finish() { const u = current; current = null; if (u && u.onend) u.onend({}); },
    finishAll() { for (let n = 0; current && n < 5000; n++) this.finish(); },
  };
  setTimeout(() => {
    loaded = true;
    listeners.forEach((fn) => fn(new Event("voiceschanged")));
    window.speech.loaded = true;
  }, 80);
})();
"""

# Every violation of the site's Content-Security-Policy, as the browser reports it.
WATCH_CSP = """
window.cspViolations = [];
document.addEventListener("securitypolicyviolation", (e) => window.cspViolations.push(e.violatedDirective + " " + e.blockedURI));
"""


@pytest.fixture
def listening(browser, live_server):
    """listening(voices=[FR, AR], viewport=PHONE, locale="fr-FR") -> a page with the fake voices,
    the site's CSP enforced, and page.requests listing every URL the browser asked for."""
    contexts = []

    def new_page(voices=(FR, AR), viewport=PHONE, locale="fr-FR", reduced_motion="reduce"):
        context = browser.new_context(
            viewport=viewport, locale=locale, reduced_motion=reduced_motion
        )
        contexts.append(context)
        context.add_init_script(FAKE_SPEECH % json.dumps(list(voices)))
        context.add_init_script(WATCH_CSP)
        page = context.new_page()
        page.requests = []
        page.on("request", lambda request: page.requests.append(request.url))
        return page

    yield new_page
    for context in contexts:
        context.close()


def spoken(page):
    return page.evaluate("speech.log")


def button(page):
    return page.locator("[data-listen=play]")


def wait_for_voices(page):
    """Voices have arrived and the page's script has looked at them."""
    page.wait_for_function("speech.loaded")
    assert page.evaluate("speech.listeners()") == 1


def assert_stayed_on_the_site(page, live_server):
    here = urlsplit(live_server.url).netloc
    elsewhere = [url for url in page.requests if urlsplit(url).netloc != here]
    assert elsewhere == []
    assert page.evaluate("cspViolations") == []


@pytest.fixture
def info_page(home):
    return StandardPageFactory(
        parent=home,
        title="La cantine",
        slug="cantine",
        intro="Les repas de la semaine.",
        plain_words="Votre enfant mange à l’école. Vous payez chaque mois.",
        body=[
            {"type": "heading", "value": "Les horaires"},
            {
                "type": "paragraph",
                "value": "<p>La cantine ouvre à <b>11 h 45</b>. Le repas dure une heure.</p>"
                "<p>Le menu est affiché à l’entrée.</p>",
            },
            {"type": "faq", "value": {"question": "Et le mercredi ?", "answer": "<p>Fermée.</p>"}},
        ],
    )


@pytest.fixture
def arabic_page(info_page, locales):
    return translate(
        info_page,
        "ar",
        title="المطعم المدرسي",
        slug="al-mataam",
        intro="وجبات الأسبوع.",
        plain_words="طفلك يأكل في المدرسة.",
        body=[
            {
                "type": "paragraph",
                "value": '<p>الاجتماع في <span lang="fr">Salle Jean Jaurès</span> يوم الاثنين.</p>',
            }
        ],
    )


def test_reads_plain_words_first_then_title_and_body_never_the_navigation(
    info_page, live_server, listening
):
    page = listening()
    page.goto(f"{live_server.url}/fr/cantine/")
    expect_label = french("Listen to this page")
    button(page).wait_for(state="visible")
    assert button(page).inner_text() == expect_label
    assert_accessible(page)
    screenshot(page, "listen-fr-phone-ready")

    button(page).click()
    page.evaluate("speech.finishAll()")
    texts = [entry["text"] for entry in spoken(page)]
    assert texts == [
        french("In plain words"),
        "Votre enfant mange à l’école.",
        "Vous payez chaque mois.",
        "La cantine",
        "Les repas de la semaine.",
        "Les horaires",
        "La cantine ouvre à 11 h 45.",
        "Le repas dure une heure.",
        "Le menu est affiché à l’entrée.",
        "Et le mercredi ?",  # what is shown: the answer waits until the parent opens it
    ]
    assert {entry["lang"] for entry in spoken(page)} == {"fr"}
    assert {entry["voice"] for entry in spoken(page)} == {"fr-FR"}
    # Back to the start when the page is read: the control says so and the tools are put away.
    assert page.locator(".listen [role=status]").inner_text() == french("End of the page.")
    assert page.locator("[data-listen=stop], .listen__speed").evaluate_all(
        "els => els.every(e => !e.checkVisibility())"
    )
    assert page.locator(".listen-reading").count() == 0
    assert_stayed_on_the_site(page, live_server)


def test_resource_with_a_recording_offers_it_first_then_reads_summary_title_and_body(
    home, live_server, listening
):
    from tests.pages.home.populated import media

    *_, audio = media()
    library = ResourceIndexPageFactory(parent=home)
    ResourcePageFactory(
        parent=library,
        title="Les écrans avant de dormir",
        slug="ecrans",
        summary="Une heure sans écran avant de dormir.",
        body=[{"type": "paragraph", "value": "<p>Le sommeil vient plus vite.</p>"}],
        audio=audio,
        audio_transcript="Bonsoir à tous.",
        source="Ministère",
    )
    page = listening()
    page.goto(f"{live_server.url}/fr/ressources/ecrans/")
    button(page).wait_for(state="visible")
    recording = page.get_by_role("link", name=french("Listen to the recording"))
    assert recording.bounding_box()["y"] < button(page).bounding_box()["y"]
    assert button(page).inner_text() == french("Listen with the voice of this device")
    assert_accessible(page)
    screenshot(page, "listen-resource-fr-phone")
    button(page).click()
    page.evaluate("speech.finishAll()")
    texts = [entry["text"] for entry in spoken(page)]
    # The parent's actions (print, PDF), the way back, the recording and the source are not read.
    assert texts[:3] == [
        french("In short"),
        "Une heure sans écran avant de dormir.",
        page.title().split(" · ")[0],
    ]
    assert "Le sommeil vient plus vite." in texts
    assert not {french("Print"), french("Download as PDF"), "Bonsoir à tous."} & set(texts)
    assert not any("Ministère" in text or "Ressources" in text for text in texts)


def test_arabic_page_reads_a_french_name_with_a_french_voice(arabic_page, live_server, listening):
    page = listening(locale="ar")
    page.goto(f"{live_server.url}/ar/al-mataam/")
    button(page).wait_for(state="visible")
    button(page).click()
    page.evaluate("speech.finishAll()")
    queued = [(entry["text"], entry["lang"], entry["voice"]) for entry in spoken(page)]
    assert queued[1:] == [
        ("طفلك يأكل في المدرسة.", "ar", "ar-SA"),
        ("المطعم المدرسي", "ar", "ar-SA"),
        ("وجبات الأسبوع.", "ar", "ar-SA"),
        ("الاجتماع في", "ar", "ar-SA"),
        ("Salle Jean Jaurès", "fr", "fr-FR"),
        ("يوم الاثنين.", "ar", "ar-SA"),
    ]
    assert queued[0][1] == "ar"  # the plain words' heading, in Arabic
    assert_stayed_on_the_site(page, live_server)


def test_untranslated_french_resource_on_the_arabic_home_is_read_in_french(
    home, locales, live_server, listening
):
    """The home page lists a resource not yet translated: its French title keeps its language."""
    translate(home, "ar", title="مرحبًا بكم في المدرسة", intro="مدرسة مفتوحة لكل العائلات.")
    library = ResourceIndexPageFactory(parent=home)
    ResourcePageFactory(parent=library, title="Les écrans avant de dormir", featured=True)
    page = listening(locale="ar")
    page.goto(f"{live_server.url}/ar/")
    button(page).click()
    page.evaluate("speech.finishAll()")
    queued = [(entry["text"], entry["lang"]) for entry in spoken(page)]
    assert queued[0] == ("مرحبًا بكم في المدرسة", "ar")
    assert ("Les écrans avant de dormir", "fr") in queued
    assert all(lang == "ar" for text, lang in queued if text != "Les écrans avant de dormir")


@pytest.mark.parametrize(
    ("voices", "url"),
    [
        ([AR], "/fr/cantine/"),  # an Arabic voice cannot read a French page
        ([FR], "/ar/al-mataam/"),
        ([], "/fr/cantine/"),
        # A voice that sends the text to a server is not used: nothing leaves the site.
        ([{**FR, "localService": False}], "/fr/cantine/"),
    ],
)
def test_no_button_without_a_voice_on_the_device_for_the_page(
    arabic_page, live_server, listening, voices, url
):
    page = listening(voices=voices)
    page.goto(live_server.url + url)
    wait_for_voices(page)
    assert page.locator(".listen").is_hidden()
    assert page.evaluate("speech.log") == []


def test_no_button_on_a_page_with_nothing_to_read_but_its_title(home, live_server, listening):
    StandardPageFactory(parent=home, title="Vide", slug="vide", intro="", body=[])
    page = listening()
    page.goto(f"{live_server.url}/fr/vide/")
    wait_for_voices(page)
    assert page.locator(".listen").is_hidden()


def test_without_javascript_there_is_no_button_and_the_recording_stays(
    home, live_server, page_factory
):
    from tests.pages.home.populated import media

    *_, audio = media()
    StandardPageFactory(parent=home, slug="rentree", plain_words="Bonjour.", audio_version=audio)
    page = page_factory(javascript=False)
    page.goto(f"{live_server.url}/fr/rentree/")
    assert page.locator(".listen").is_hidden()
    assert page.locator("aside.plain-words audio").count() == 1
    assert page.locator("aside.plain-words").inner_text().count("Bonjour.") == 1


def press_until_focused(page, selector, key="Tab", limit=60):
    for _ in range(limit):
        if page.evaluate(f"document.activeElement.matches({json.dumps(selector)})"):
            return
        page.keyboard.press(key)
    raise AssertionError(f"{selector} never received the focus")


def test_controls_work_from_the_keyboard_and_announce_what_they_do(
    info_page, live_server, listening
):
    page = listening(viewport=DESKTOP)
    page.goto(f"{live_server.url}/fr/cantine/")
    button(page).wait_for(state="visible")
    status = page.locator(".listen [role=status]")

    press_until_focused(page, "[data-listen=play]")
    page.keyboard.press("Enter")
    assert status.inner_text() == french("Reading aloud.")
    assert button(page).inner_text() == "Pause"  # the same word in French
    assert page.evaluate("speech.current()") == french("In plain words")
    assert page.locator(".listen-reading").inner_text() == french("In plain words")
    assert_accessible(page)
    screenshot(page, "listen-fr-desktop-reading")

    # Next paragraph skips the rest of this one; focus stays where the parent is.
    press_until_focused(page, "[data-listen=next]")
    page.keyboard.press(" ")
    assert page.evaluate("speech.current()") == "Votre enfant mange à l’école."
    page.keyboard.press("Enter")
    assert page.evaluate("speech.current()") == "La cantine"
    assert page.evaluate("document.activeElement.dataset.listen") == "next"

    # Faster: the sentence being read starts again at the new speed.
    press_until_focused(page, "[data-rate='1.3']")
    page.keyboard.press("Enter")
    assert page.locator("[data-rate='1.3']").get_attribute("aria-pressed") == "true"
    assert page.locator("[data-rate='1']").get_attribute("aria-pressed") == "false"
    assert spoken(page)[-1] == {"text": "La cantine", "lang": "fr", "voice": "fr-FR", "rate": 1.3}

    # Pause, then resume where it was.
    press_until_focused(page, "[data-listen=play]", key="Shift+Tab")
    page.keyboard.press(" ")
    assert status.inner_text() == french("Reading paused.")
    assert button(page).inner_text() == french("Resume")
    assert page.evaluate("speech.current()") is None
    assert page.locator(".listen-reading").inner_text() == "La cantine"
    page.keyboard.press("Enter")
    assert page.evaluate("speech.current()") == "La cantine"
    assert status.inner_text() == french("Reading aloud.")

    # Stop: the tools go away and focus comes back to the button that stays.
    press_until_focused(page, "[data-listen=stop]")
    page.keyboard.press("Enter")
    assert status.inner_text() == french("Reading stopped.")
    assert page.evaluate("document.activeElement.dataset.listen") == "play"
    assert button(page).inner_text() == french("Listen to this page")
    assert page.locator("[data-listen=stop], .listen__speed").evaluate_all(
        "els => els.every(e => !e.checkVisibility())"
    )
    assert page.evaluate("speech.current()") is None
    assert_accessible(page)
    assert_stayed_on_the_site(page, live_server)


def test_reading_stops_when_the_parent_leaves_or_hides_the_page(info_page, live_server, listening):
    page = listening()
    page.goto(f"{live_server.url}/fr/cantine/")
    button(page).click()
    assert page.evaluate("speech.current()") is not None
    page.evaluate(
        "Object.defineProperty(document, 'hidden', {value: true, configurable: true});"
        "document.dispatchEvent(new Event('visibilitychange'))"
    )
    assert page.evaluate("speech.current()") is None
    assert button(page).inner_text() == french("Resume")
    button(page).click()
    page.evaluate("dispatchEvent(new PageTransitionEvent('pagehide'))")
    assert page.evaluate("speech.current()") is None
    assert page.locator(".listen").get_attribute("data-state") == "idle"


def test_long_paragraphs_are_read_in_short_pieces(home, live_server, listening):
    """Chrome cuts long utterances: a long sentence is cut at a space, nothing is lost."""
    sentence = " ".join(f"mot{n}" for n in range(150)) + "."
    paragraphs = "".join(f"<p>{sentence} Fin {n}.</p>" for n in range(40))
    StandardPageFactory(parent=home, slug="long", body=[{"type": "paragraph", "value": paragraphs}])
    page = listening()
    page.goto(f"{live_server.url}/fr/long/")
    button(page).click()
    page.evaluate("speech.finishAll()")
    texts = [entry["text"] for entry in spoken(page)]
    assert max(len(text) for text in texts) <= 200
    first = next(n for n, text in enumerate(texts) if text.startswith("mot0 "))
    assert len(texts[first : texts.index("Fin 0.")]) > 4
    assert " ".join(texts[first : texts.index("Fin 0.")]) == sentence
    assert texts.count("Fin 39.") == 1


def test_printed_qr_code_arrives_with_listen_ready_never_playing(info_page, live_server, listening):
    page = listening()
    page.goto(f"{live_server.url}/fr/cantine/?listen=1")
    button(page).wait_for(state="visible")
    assert page.evaluate("document.activeElement.dataset.listen") == "play"
    assert "listen--ready" in page.locator(".listen").get_attribute("class")
    assert spoken(page) == []
    assert_accessible(page)
    screenshot(page, "listen-fr-phone-from-qr")


def test_the_script_is_small_and_runs_under_the_sites_policy(info_page, live_server, listening):
    """Under 6 KB as served; the page's policy forbids inline code and the reading still works."""
    page = listening()
    with page.expect_response(lambda r: r.url.endswith("/static/js/listen.js")) as script:
        document = page.goto(f"{live_server.url}/fr/cantine/")
    assert len(script.value.body()) < 6000
    assert "script-src 'self';" in document.headers["content-security-policy"]
    button(page).click()
    assert page.evaluate("speech.log.length") == 1
    assert_stayed_on_the_site(page, live_server)
    # The watch does see what the policy blocks: an inline handler is reported, and never runs.
    page.evaluate(
        "document.body.insertAdjacentHTML('beforeend', '<img src=\"/x.png\" onerror=\"window.ran=1\">')"
    )
    page.wait_for_function("cspViolations.length > 0")
    assert page.evaluate("window.ran") is None


def test_looks_right_on_a_phone_in_arabic_and_on_a_desktop(arabic_page, live_server, listening):
    page = listening(locale="ar")
    page.goto(f"{live_server.url}/ar/al-mataam/")
    button(page).wait_for(state="visible")
    assert page.locator("html").get_attribute("dir") == "rtl"
    screenshot(page, "listen-ar-phone-ready")
    button(page).click()
    page.evaluate("speech.finish(); speech.finish()")
    assert_accessible(page)
    screenshot(page, "listen-ar-phone-reading")
    # 320 px wide: every control fits without scrolling sideways.
    page.set_viewport_size({"width": 320, "height": 700})
    assert page.evaluate("document.documentElement.scrollWidth") <= 320
    for control in page.locator(".listen button").all():
        box = control.bounding_box()
        assert box["height"] >= 44 and box["width"] >= 44
    desktop = listening(locale="ar", viewport=DESKTOP)
    desktop.goto(f"{live_server.url}/ar/al-mataam/")
    desktop.locator("[data-listen=play]").click()
    screenshot(desktop, "listen-ar-desktop-reading")
    assert_accessible(desktop)
