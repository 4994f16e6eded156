"""Names, phone numbers and addresses in contact cards are not offered for translation."""

from wagtail.models import Page


def test_a_contact_card_offers_only_its_words(parent_space, locales, start, director):
    translation = start(parent_space, locales["ar"], director)
    offered = [entry.msgid for entry in translation.export_po()]
    assert "Absences" in offered and "Le lundi" in offered
    assert "Secrétariat" not in offered and "04 00 00 00 00" not in offered


def test_the_translated_card_keeps_the_name_and_number(
    parent_space, locales, start, director, fill_strings
):
    translation = fill_strings(start(parent_space, locales["ar"], director), "ع")
    translation.save_target(user=director, publish=False)
    arabic = Page.objects.get(pk=translation.get_target_instance().pk).specific
    card = arabic.get_latest_revision_as_object().contacts[0].value
    assert card["name"] == "Secrétariat"
    assert card["phone"] == "04 00 00 00 00"
    assert card["role"] == "ع Absences"
    assert card["hours"] == "ع Le lundi"
