"""From a French page to its Arabic translation, reviewed, published, then out of date."""

from django.urls import reverse

from wagtail.models import Page

from tests.pages.home.factories import StandardPageFactory


def test_round_trip(as_user, client, home, locales, start, fill_strings, director, translator_ar):
    french = StandardPageFactory(parent=home, title="Cantine", slug="cantine", intro="Les menus.")
    translation = fill_strings(start(french, locales["ar"], director), "ع")

    # The Translator sends it for review; the Director approves, which publishes it.
    as_user(translator_ar).post(reverse("translation_request_review", args=[translation.pk]))
    arabic = Page.objects.get(pk=translation.get_target_instance().pk).specific
    assert not arabic.live
    task_state = arabic.current_workflow_task_state
    as_user(director).post(
        reverse("wagtailadmin_pages:workflow_action", args=[arabic.pk, "approve", task_state.pk]),
        {"comment": ""},
    )
    arabic.refresh_from_db()
    assert arabic.live
    client.logout()

    page = client.get(arabic.get_url())
    html = page.content.decode()
    assert page.status_code == 200
    assert 'dir="rtl"' in html and "ع Les menus." in html
    assert "translation-date" in html and "translation-outdated" not in html
    # Said in Arabic words, French named in Arabic (not "Français" glued to an article).
    assert "مترجمة من الفرنسية" in html and "Français،" not in html

    # The French page changes: the report and the Arabic page say so.
    french = Page.objects.get(pk=french.pk).specific
    french.intro = "Les menus de la semaine."
    french.save_revision().publish()
    report = as_user(director).get(reverse("translation_status"), {"language": "ar"})
    assert ("Cantine", "out_of_date") in [(r.title, r.status) for r in report.context["rows"]]
    client.logout()
    html = client.get(arabic.get_url()).content.decode()
    assert "translation-outdated" in html
    assert "تغيّرت الصفحة الفرنسية منذ هذه الترجمة" in html
    assert f'href="{french.get_url()}"' in html


def test_the_language_switcher_marks_languages_without_the_page(client, parent_space, locales):
    html = client.get(parent_space.get_url()).content.decode()
    assert html.count("language-switcher__note") == len(locales) - 1
