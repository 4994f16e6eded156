"""A link inside a translated page leads to the translated page it points to."""

from tests.pages.home.factories import StandardPageFactory


def test_internal_links_lead_to_the_translated_page(
    client, home, parent_space, locales, start, fill_strings, director, translate_page
):
    arabic_space = translate_page(parent_space, "ar", title="فضاء الأولياء", slug="fada")
    page = StandardPageFactory(
        parent=home,
        slug="inscriptions",
        body=[
            {
                "type": "paragraph",
                "value": f'<p>Voir <a linktype="page" id="{parent_space.pk}">l’espace</a>.</p>',
            }
        ],
    )
    translation = fill_strings(start(page, locales["ar"], director), "ع")
    translation.save_target(user=director, publish=True)
    html = client.get(translation.get_target_instance().get_url()).content.decode()
    arabic_space = type(arabic_space).objects.get(pk=arabic_space.pk)
    assert f'href="{arabic_space.get_url()}"' in html
    assert f'href="{parent_space.get_url()}"' not in html
