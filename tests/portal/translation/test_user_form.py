"""The languages a Translator works in are set in the admin's user form."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse

import pytest

from portal import roles
from tests.factories import UserFactory


@pytest.fixture
def admin(locales):
    return UserFactory(email="admin@example.org", is_superuser=True, is_staff=True)


def _form(user, **changes):
    data = {
        "email": user.email,
        "first_name": user.first_name,
        "last_name": user.last_name,
        "is_active": "on",
        "groups": [group.pk for group in user.groups.all()],
    }
    data.update(changes)
    return data


def test_the_user_form_offers_every_language_but_french(as_user, admin, translator_ar):
    response = as_user(admin).get(reverse("wagtailusers_users:edit", args=[translator_ar.pk]))
    html = response.content.decode()
    assert response.status_code == 200
    assert 'name="translates_into"' in html
    assert 'value="uk"' in html and 'value="fr"' not in html
    # The Translator's own languages are ticked.
    assert response.context["form"]["translates_into"].value() == ["ar", "tr"]


def test_an_admin_sets_the_languages_of_a_translator(as_user, admin, translator_ar):
    url = reverse("wagtailusers_users:edit", args=[translator_ar.pk])
    response = as_user(admin).post(url, _form(translator_ar, translates_into=["uk", "es"]))
    assert response.status_code == 302
    translator_ar.refresh_from_db()
    assert sorted(translator_ar.translates_into) == ["es", "uk"]


def test_an_admin_creates_a_translator_with_languages(as_user, admin):
    group = Group.objects.get(name=roles.TRANSLATOR)
    data = {
        "email": "nadia@example.org",
        "first_name": "Nadia",
        "last_name": "Haddad",
        "password1": "un mot de passe assez long 2026",
        "password2": "un mot de passe assez long 2026",
        "groups": [group.pk],
        "translates_into": ["ar"],
    }
    response = as_user(admin).post(reverse("wagtailusers_users:add"), data)
    assert response.status_code == 302
    assert get_user_model().objects.get(email="nadia@example.org").translates_into == ["ar"]


@pytest.mark.parametrize("value", ["fr", "xx", "", "<script>", "a" * 5000])
def test_a_language_outside_the_list_is_refused(as_user, admin, translator_ar, value):
    url = reverse("wagtailusers_users:edit", args=[translator_ar.pk])
    response = as_user(admin).post(url, _form(translator_ar, translates_into=["es", value]))
    assert response.status_code == 200
    assert "translates_into" in response.context["form"].errors
    translator_ar.refresh_from_db()
    assert translator_ar.translates_into == ["ar", "tr"]


def test_a_translator_cannot_change_their_own_languages(as_user, translator_ar):
    url = reverse("wagtailusers_users:edit", args=[translator_ar.pk])
    client = as_user(translator_ar)
    assert client.get(url).status_code in (302, 403)
    client.post(url, _form(translator_ar, translates_into=["es", "pt", "uk"]))
    translator_ar.refresh_from_db()
    assert translator_ar.translates_into == ["ar", "tr"]


def test_anonymous_visitors_are_sent_to_log_in(client, translator_ar):
    response = client.get(reverse("wagtailusers_users:edit", args=[translator_ar.pk]))
    assert response.status_code == 302


def test_a_director_sets_the_languages_of_a_translator(as_user, director, translator_ar):
    url = reverse("wagtailusers_users:edit", args=[translator_ar.pk])
    client = as_user(director)
    assert 'name="translates_into"' in client.get(url).content.decode()
    response = client.post(url, _form(translator_ar, translates_into=["es", "pt"]))
    assert response.status_code == 302
    translator_ar.refresh_from_db()
    assert sorted(translator_ar.translates_into) == ["es", "pt"]


def test_a_teacher_cannot_set_them_even_by_a_forged_post(as_user, teacher, translator_ar):
    url = reverse("wagtailusers_users:edit", args=[translator_ar.pk])
    client = as_user(teacher)
    assert client.get(url).status_code in (302, 403)
    response = client.post(url, _form(translator_ar, translates_into=["uk"]))
    assert response.status_code in (302, 403)
    translator_ar.refresh_from_db()
    assert translator_ar.translates_into == ["ar", "tr"]


def test_a_director_cannot_edit_an_administrators_account(as_user, director, admin):
    url = reverse("wagtailusers_users:edit", args=[admin.pk])
    response = as_user(director).post(url, _form(admin, email="pirate@example.org"))
    # Wagtail's admin answers a refused page with its dashboard and a message.
    assert response.status_code in (302, 403)
    admin.refresh_from_db()
    assert admin.email == "admin@example.org"
