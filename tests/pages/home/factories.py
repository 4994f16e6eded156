"""Factories for every page type and the models tests need. tests/test_factories.py fails when a
page type has none."""

from django.contrib.auth import get_user_model

from wagtail.models import Locale

import factory
import wagtail_factories

from pages.home.models import HomePage, ParentSpacePage, StandardPage
from portal import roles


class UserFactory(factory.django.DjangoModelFactory):
    email = factory.Sequence(lambda n: f"person{n}@example.org")
    first_name = "Camille"
    last_name = factory.Sequence(lambda n: f"Dupont{n}")
    password = factory.django.Password("correct horse battery staple")
    language = "fr"

    class Meta:
        model = get_user_model()
        django_get_or_create = ("email",)
        skip_postgeneration_save = True

    @factory.post_generation
    def role(user, create, extracted, **kwargs):
        if create and extracted:
            roles.assign(user, extracted)


def french():
    return Locale.objects.get_or_create(language_code="fr")[0]


class HomePageFactory(wagtail_factories.PageFactory):
    title = "Bienvenue à l’école"
    slug = factory.Sequence(lambda n: f"accueil-{n}")
    intro = "Une école ouverte à toutes les familles."
    locale = factory.LazyFunction(french)

    class Meta:
        model = HomePage


class StandardPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Informations pratiques {n}")
    intro = "La cantine, les horaires et les absences."
    locale = factory.LazyFunction(french)

    class Meta:
        model = StandardPage


class ParentSpacePageFactory(wagtail_factories.PageFactory):
    title = "Espace parents"
    slug = "espace-parents"
    intro = "Comment fonctionne l’école, et qui contacter."
    plain_words = "Cette page explique l’école."
    locale = factory.LazyFunction(french)
    contacts = factory.LazyFunction(
        lambda: [
            {
                "type": "contact",
                "value": {
                    "name": "Secrétariat",
                    "role": "Absences",
                    "phone": "04 00 00 00 00",
                    "email": "",
                    "hours": "Le lundi",
                    "languages": "français",
                },
            }
        ]
    )
    glossary = factory.LazyFunction(
        lambda: [{"type": "entry", "value": {"term": "APC", "definition": "Aide en petit groupe."}}]
    )

    class Meta:
        model = ParentSpacePage
