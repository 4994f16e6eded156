"""A Translator of Arabic translates a library theme in wagtail-localize's editor and sends it for
review; families keep reading the French name until a Director approves it from the dashboard,
which publishes it. Phone and desktop, French and Arabic admin; axe-core finds nothing on any
page visited."""

from django.contrib.admin.utils import quote
from django.urls import reverse

from wagtail_localize.models import StringTranslation

import pytest

from portal import roles
from resources.taxonomy import Theme
from tests.e2e.conftest import DESKTOP, PHONE_LARGE, assert_accessible, screenshot, signed_in
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db(transaction=True)

NAME = "الواجبات والتعلم"


def _accessible(page):
    """axe-core finds nothing, once Wagtail's messages have faded in (colours are read then)."""
    if page.locator(".messages li").count():
        page.wait_for_timeout(1000)
    assert_accessible(page)


@pytest.mark.parametrize(
    "language, viewport", [("fr", DESKTOP), ("ar", PHONE_LARGE)], ids=["fr-desktop", "ar-phone"]
)
def test_a_translated_theme_is_reviewed_before_families_read_it(
    library,
    locales,
    make_resource,
    vocabulary,
    translate_page,
    director,
    live_server,
    page_factory,
    language,
    viewport,
):
    make_resource(title="Aider aux devoirs", themes=("homework",))
    arabic_library = translate_page(library, "ar", title="المكتبة")
    homework = vocabulary["homework"]
    translator = UserFactory(email="leila@example.org", role=roles.TRANSLATOR, language=language)
    translator.translates_into = ["ar", "tr"]
    translator.save()
    name = f"{language}-{'phone' if viewport is PHONE_LARGE else 'desktop'}"

    # "Translate" on the French theme: Arabic is chosen, the editor opens.
    page = signed_in(page_factory, live_server, translator, viewport, language)
    submit = reverse(
        "wagtail_localize:submit_snippet_translation",
        args=["resources", "theme", quote(homework.pk)],
    )
    page.goto(f"{live_server.url}{submit}")
    _accessible(page)
    values = page.eval_on_selector_all("input[name='locales']", "els => els.map(e => e.value)")
    assert set(values) == {str(locales["ar"].pk), str(locales["tr"].pk)}
    page.check(f"input[name='locales'][value='{locales['ar'].pk}']")
    page.locator("main form [type=submit]").last.click()
    page.wait_for_load_state()
    arabic = homework.get_translation(locales["ar"])
    assert not arabic.live
    editor = page.locator(".js-translation-editor")
    segment = editor.locator("li.incomplete").first
    segment.wait_for()
    _accessible(page)

    # The name, translated and saved in the editor; no "Publish" is offered.
    segment.locator("button").first.click()
    segment.locator("textarea").fill(NAME)
    with page.expect_response(
        lambda response: "/strings/" in response.url and response.request.method == "PUT"
    ) as saved:
        segment.locator("button").last.click()
    assert saved.value.ok
    editor.locator("li.complete").first.wait_for()
    assert StringTranslation.objects.filter(data=NAME).exists()
    assert page.locator("button[name='action'][value='publish']").count() == 0
    _accessible(page)
    screenshot(page, f"snippet-review-editor-{name}")

    # Sent for review from the editor's header.
    page.locator("a[href*='/translation/'][href$='/review/']").first.click()
    page.wait_for_load_state()
    _accessible(page)
    page.locator("main form [type=submit]").first.click()
    page.wait_for_load_state()
    # Back in the editor, which says it is in review.
    page.locator(".js-translation-editor li.complete").first.wait_for()
    assert page.locator(".messages .success").count() == 1
    arabic = Theme.objects.get(pk=arabic.pk)
    assert arabic.current_workflow_state and not arabic.live
    assert arabic.get_latest_revision_as_object().name == NAME
    _accessible(page)
    screenshot(page, f"snippet-review-sent-{name}")

    # Families still read the French name.
    visitor = page_factory(viewport=viewport, locale="ar-FR")
    visitor.goto(f"{live_server.url}{arabic_library.url}")
    assert homework.name in visitor.content() and NAME not in visitor.content()

    # The Director approves it from the dashboard's "Awaiting your review".
    director.language = language
    director.save(update_fields=["language"])
    boss = signed_in(page_factory, live_server, director, viewport, language)
    boss.goto(f"{live_server.url}{reverse('wagtailadmin_home')}")
    panel = boss.locator("#awaiting-review-content, #awaiting-review").first
    row = panel.locator("tr", has_text=NAME)
    row.wait_for()
    _accessible(boss)
    screenshot(boss, f"snippet-review-dashboard-{name}")
    row.locator("[data-controller='w-dropdown'] button").first.click()
    approve = row.locator("button[data-workflow-action-url*='/approve/']:not([data-launch-modal])")
    with boss.expect_navigation():
        approve.click()
    arabic = Theme.objects.get(pk=arabic.pk)
    assert arabic.live and arabic.name == NAME
    _accessible(boss)

    # Now families read it.
    visitor.goto(f"{live_server.url}{arabic_library.url}")
    assert NAME in visitor.content()
    _accessible(visitor)
    screenshot(visitor, f"snippet-review-public-{name}")
