"""The charter is co-written in the browser: a representative signs in with an emailed code and
proposes an amendment, another supports it, the director accepts it, builds the next draft and
adopts it, and the new version's differences show the change. On a phone and a desktop, in French
and Arabic, with axe-core on every page."""

import re
from datetime import timedelta

from django.core import mail
from django.core.cache import cache
from django.utils import timezone

import pytest

from pages.charter.models import CharterPage
from portal import roles
from tests.conftest import translate
from tests.e2e.conftest import DESKTOP, PHONE, assert_accessible, expect, screenshot, signed_in
from tests.factories import UserFactory
from tests.pages.charter.factories import adopted_charter

pytestmark = pytest.mark.django_db(transaction=True)

CODE_IN_MAIL = re.compile(r"^\s*([A-Z0-9]{4}-[A-Z0-9]{4})\s*$", re.MULTILINE)
ARTICLES = [
    ("Le droit à la déconnexion", "Personne n’écrit le soir ni le week-end."),
    ("Le délai de réponse", "L’équipe répond dans les trois jours de classe."),
]


@pytest.fixture
def charter(home, locales):
    cache.clear()
    translate(home, "ar", title="مرحبًا بكم في المدرسة")
    page = adopted_charter(home, ARTICLES)
    draft = page.get_latest_revision_as_object()
    draft.status = "consultation"
    draft.consultation_opens = timezone.now() - timedelta(days=1)
    draft.consultation_closes = timezone.now() + timedelta(days=7)
    draft.save_revision().publish()
    return CharterPage.objects.get(pk=page.pk)


def sign_in_with_code(page, live_server, language, email):
    page.goto(f"{live_server.url}/{language}/accounts/login/code/")
    page.locator("#id_email").fill(email)
    page.locator("form.account-form button[type=submit]").click()
    code = CODE_IN_MAIL.search(mail.outbox[-1].body).group(1)
    page.locator("#id_code").fill(code)
    page.locator("form.account-form button[type=submit]").first.click()


@pytest.mark.parametrize(
    "language, viewport", [("fr", PHONE), ("ar", PHONE), ("fr", DESKTOP), ("ar", DESKTOP)]
)
def test_a_proposal_becomes_the_new_version(
    charter, director, live_server, page_factory, language, viewport
):
    size = "phone" if viewport is PHONE else "desktop"
    # Each person reads the site in their own language.
    UserFactory(
        email="rep1@example.org", role=roles.REPRESENTATIVE, first_name="Fatou", language=language
    )
    second = UserFactory(
        email="rep2@example.org", role=roles.REPRESENTATIVE, first_name="Youssef", language=language
    )
    director.language = language
    director.save(update_fields=["language"])
    consultation = f"{live_server.url}/{language}{charter.url[3:]}consultation/"

    # A representative signs in with an emailed code and proposes new wording.
    page = page_factory(viewport=viewport, locale=f"{language}-FR")
    sign_in_with_code(page, live_server, language, "rep1@example.org")
    page.goto(consultation)
    assert page.locator("html").get_attribute("dir") == ("rtl" if language == "ar" else "ltr")
    assert_accessible(page)
    page.locator("#id_anchor").select_option("le-delai-de-reponse")
    wording = "L’équipe répond dans les deux jours de classe."
    if language == "ar":
        wording = "يرد الفريق خلال يومين من أيام الدراسة."
    page.locator("#id_text").fill(wording)
    page.locator("#id_reason").fill("Les familles attendent moins.")
    page.locator("#propose button[type=submit]").click()
    expect(page.locator(".proposal")).to_have_count(1)
    assert page.locator("html").get_attribute("dir") == ("rtl" if language == "ar" else "ltr")
    assert_accessible(page)
    screenshot(page, f"charter-proposed-{language}-{size}")

    # Another supports it; supporting twice counts once.
    other = signed_in(page_factory, live_server, second, viewport, language)
    other.goto(consultation)
    other.locator(".proposal form button[type=submit]").first.click()
    assert other.locator(".proposal").first.inner_text().count("1") >= 1
    expect(other.locator(".proposal form[action$='/support/']")).to_have_count(0)
    assert_accessible(other)

    # The director accepts it, builds the next draft and adopts it.
    boss = signed_in(page_factory, live_server, director, viewport, language)
    boss.goto(consultation)
    boss.locator(".proposal__answer-form summary").first.click()
    boss.locator(".proposal__answer-form input[value=accepted]").first.check()
    boss.locator(".proposal__answer-form button[type=submit]").first.click()
    assert_accessible(boss)
    screenshot(boss, f"charter-answered-{language}-{size}")
    boss.locator("form[action$='/consolidate/'] button").click()
    boss.locator("#id_adopted_by").fill("Conseil d’école")
    boss.locator("form[action$='/adopt/'] button").click()
    boss.wait_for_load_state()

    # The new version's differences show the change, marked in words.
    assert boss.url.endswith(f"/{language}/charte/changes/1/2/")
    changed = boss.locator(".charter-article--changed")
    assert changed.count() == 1
    assert "trois" in " ".join(changed.locator("del").all_inner_texts())
    added = " ".join(changed.locator("ins").all_inner_texts())
    assert ("deux" if language == "fr" else "يومين") in added
    assert_accessible(boss)
    screenshot(boss, f"charter-diff-{language}-{size}")

    # Everyone reads the new version, with a link to what changed.
    visitor = page_factory(viewport=viewport, locale=f"{language}-FR")
    visitor.goto(f"{live_server.url}/{language}{charter.url[3:]}")
    assert wording in visitor.locator("main").inner_text()
    assert visitor.locator("a[href$='changes/1/2/']").count() == 1
    assert_accessible(visitor)
    screenshot(visitor, f"charter-public-{language}-{size}")


@pytest.mark.parametrize(
    "language, viewport", [("fr", PHONE), ("ar", PHONE), ("fr", DESKTOP), ("ar", DESKTOP)]
)
def test_the_draft_passes_the_admin_workflow_then_is_published(
    home, locales, director, live_server, page_factory, language, viewport
):
    """Co-writing in the admin: a representative rewords an article of the adopted charter and
    submits the draft, another representative approves the review, the Director approves, and the
    new version is published with its difference marked."""
    cache.clear()
    charter = adopted_charter(home, ARTICLES)
    size = "phone" if viewport is PHONE else "desktop"
    first, second = (
        UserFactory(
            email=f"rep{n}@example.org",
            role=roles.REPRESENTATIVE,
            totp=True,
            language=language,
        )
        for n in (1, 2)
    )
    director.language = language
    director.save(update_fields=["language"])
    edit = f"{live_server.url}/admin/pages/{charter.pk}/edit/"
    wording = "L’équipe répond dans les deux jours de classe."

    def footer_action(page, selector):
        # The footer's other actions sit in a drop-down; the button is the form's own. The editor
        # then closes: its "who else is editing" pings would write beside the next person's.
        with page.expect_navigation():
            page.locator(selector).first.evaluate("button => button.click()")
        page.close()

    # A representative opens the draft in the admin, rewords an article and submits it.
    writer = signed_in(page_factory, live_server, first, viewport, language)
    writer.goto(edit)
    assert writer.locator("html").get_attribute("dir") == ("rtl" if language == "ar" else "ltr")
    text = writer.locator("textarea[name$='-text']").nth(1)
    assert "trois jours" in text.input_value()
    text.fill(wording)
    assert_accessible(writer)
    screenshot(writer, f"charter-admin-edit-{language}-{size}")
    footer_action(writer, "button[name='action-submit']")
    assert CharterPage.objects.get(pk=charter.pk).articles.get(anchor="le-delai-de-reponse").text
    assert (
        wording
        not in CharterPage.objects.get(pk=charter.pk)
        .articles.get(anchor="le-delai-de-reponse")
        .text
    )

    # Another representative approves the review step from the same screen.
    reviewer = signed_in(page_factory, live_server, second, viewport, language)
    reviewer.goto(edit)
    assert reviewer.locator("textarea[name$='-text']").nth(1).input_value() == wording
    assert_accessible(reviewer)
    footer_action(
        reviewer,
        "button[data-workflow-action-name='approve']:not([data-workflow-action-modal-url])",
    )

    # The Director approves: the new version is published, its difference marked in words.
    boss = signed_in(page_factory, live_server, director, viewport, language)
    boss.goto(edit)
    assert_accessible(boss)
    footer_action(
        boss, "button[data-workflow-action-name='approve']:not([data-workflow-action-modal-url])"
    )
    live = CharterPage.objects.get(pk=charter.pk)
    assert live.articles.get(anchor="le-delai-de-reponse").text == wording
    assert live.versions.count() == 2
    boss = page_factory(viewport=viewport, locale=f"{language}-FR")
    boss.goto(f"{live_server.url}/{language}{charter.url[3:]}changes/1/2/")
    changed = boss.locator(".charter-article--changed")
    assert "deux" in " ".join(changed.locator("ins").all_inner_texts())
    assert_accessible(boss)
    screenshot(boss, f"charter-admin-published-{language}-{size}")
