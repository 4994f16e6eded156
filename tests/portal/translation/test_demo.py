from django.contrib.auth import get_user_model

from tests.portal.test_bootstrap_demo import build_foundation


def test_the_demo_has_a_translator_for_ar_and_tr_and_one_for_es_and_pt(locales):
    build_foundation()
    build_foundation()  # twice: nothing changes
    translators = get_user_model().objects.filter(groups__name="Translator")
    assert sorted(sorted(user.translates_into) for user in translators) == [
        ["ar", "tr"],
        ["es", "pt"],
    ]
