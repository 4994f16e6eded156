"""Browser tests: Playwright for Python driving Debian's Chromium, with axe-core injected.

Without Chromium these tests are skipped with a reason, unless E2E_REQUIRED=1 makes that a failure.
"""

import json
import os
import shutil
from pathlib import Path

import pytest

# Playwright's sync API runs an event loop in the test thread; the ORM calls of fixtures are safe.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = os.environ.get("CHROMIUM_PATH") or shutil.which("chromium") or "/usr/bin/chromium"
AXE = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"
SCREENSHOTS = Path(__file__).resolve().parent / "screenshots"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
PHONE = {"width": 360, "height": 780}
PHONE_LARGE = {"width": 390, "height": 844}
PHONE_SMALL = {"width": 320, "height": 640}
DESKTOP = {"width": 1280, "height": 900}


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/e2e/" in str(item.fspath):
            item.add_marker(pytest.mark.e2e)


def _missing(reason):
    if os.environ.get("E2E_REQUIRED") == "1":
        pytest.fail(f"{reason} (E2E_REQUIRED=1)")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def browser():
    if not Path(CHROMIUM).exists():
        _missing(f"Chromium not found at {CHROMIUM}: apt-get install chromium")
    if not AXE.exists():
        _missing("axe-core is not installed: run npm install")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page_factory(browser):
    """new_page(viewport=PHONE, javascript=True, locale='fr-FR') -> a Playwright page."""
    contexts = []

    def new_page(viewport=PHONE, javascript=True, locale="fr-FR"):
        context = browser.new_context(
            viewport=viewport, java_script_enabled=javascript, locale=locale, bypass_csp=True
        )
        contexts.append(context)
        return context.new_page()

    yield new_page
    for context in contexts:
        context.close()


@pytest.fixture
def page(page_factory):
    return page_factory()


def expect(locator):
    """Playwright's assertions, which retry until the page shows what is expected.

    A click that sends a form returns once the answer has started to arrive, while the browser may
    still be reading it: a plain `count()` or `inner_text()` then reads half a page.
    """
    from playwright.sync_api import expect as playwright_expect

    return playwright_expect(locator)


def axe_violations(page):
    """Run axe-core (WCAG 2.1 A and AA rules) on the page and return its violations."""
    # Checked once the whole page has arrived, not the half that a click's answer may have so far.
    page.wait_for_load_state()
    page.evaluate(AXE.read_text())
    result = page.evaluate(
        "async () => await axe.run(document, {runOnly: {type: 'tag', values: "
        "['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
    )
    return [
        {"id": v["id"], "help": v["help"], "nodes": [n["target"] for n in v["nodes"]][:5]}
        for v in result["violations"]
    ]


def assert_accessible(page):
    violations = axe_violations(page)
    assert violations == [], json.dumps(violations, indent=2, ensure_ascii=False)


def screenshot(page, name):
    SCREENSHOTS.mkdir(exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    page.wait_for_load_state()
    page.screenshot(path=str(path), full_page=True)
    return path


def open_menu(page):
    """On a phone the site's menu is folded behind one button: open it (no-op on wide screens)."""
    button = page.locator(".site-menu > summary")
    if button.is_visible() and page.locator(".site-menu[open]").count() == 0:
        button.click()


def main_menu(page):
    """The main menu as the visitor sees it at this width."""
    open_menu(page)
    phone = page.locator(".site-menu__panel")
    return phone if phone.is_visible() else page.locator("nav.main-nav")


# Words whose letters sit on two lines (hyphens and spaces are where lines may break).
BROKEN_WORDS = """(selector) => {
    const broken = [];
    for (const element of document.querySelectorAll(selector)) {
        if (!element.getClientRects().length) { continue; }
        const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
        while (walker.nextNode()) {
            const node = walker.currentNode;
            for (const match of node.textContent.matchAll(/[^\\s\\-\u2010\u2011]+/g)) {
                const range = document.createRange();
                range.setStart(node, match.index);
                range.setEnd(node, match.index + match[0].length);
                const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
                if (tops.size > 1) { broken.push(match[0]); }
            }
        }
    }
    return broken;
}"""


def broken_words(page, selector):
    return page.evaluate(BROKEN_WORDS, selector)


# Elements drawn (even partly) outside the window, or whose text is cut by their own box.
CLIPPED = """(selector) => [...document.querySelectorAll(selector)]
    .filter((element) => element.getClientRects().length)
    .filter((element) => {
        const box = element.getBoundingClientRect();
        return box.left < -0.5 || box.right > window.innerWidth + 0.5
            || element.scrollWidth > element.clientWidth + 1;
    })
    .map((element) => element.textContent.trim())"""


def clipped(page, selector):
    return page.evaluate(CLIPPED, selector)


def signed_in(page_factory, live_server, user, viewport, language):
    """A browser page carrying `user`'s session (signing in, second factor included, is tested
    on its own elsewhere)."""
    from django.test import Client

    client = Client()
    client.force_login(user)
    page = page_factory(viewport=viewport, locale=f"{language}-FR")
    page.context.add_cookies(
        [{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": live_server.url}]
    )
    return page
