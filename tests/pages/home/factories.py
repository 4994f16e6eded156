"""Factories for the home family's page types."""

import factory
import wagtail_factories

from pages.home.models import HomePage, ParentSpacePage, StandardPage
from tests.factories import french


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
