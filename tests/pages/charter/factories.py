"""Factories for the charter."""

import datetime

import factory
import wagtail_factories

from pages.charter.models import CharterArticle, CharterPage, Proposal
from tests.factories import french


class CharterPageFactory(wagtail_factories.PageFactory):
    title = "Charte du numérique"
    slug = "charte"
    preamble = "Cette charte dit comment l’école et les familles communiquent."
    locale = factory.LazyFunction(french)

    class Meta:
        model = CharterPage


class CharterArticleFactory(factory.django.DjangoModelFactory):
    title = factory.Sequence(lambda n: f"Article {n}")
    text = "Personne ne doit répondre tout de suite."
    locale = factory.LazyFunction(french)

    class Meta:
        model = CharterArticle


class ProposalFactory(factory.django.DjangoModelFactory):
    kind = "change"
    text = "Chacun répond dans les deux jours ouvrés."
    reason = "Les familles travaillent tard."

    class Meta:
        model = Proposal


def adopted_charter(parent, articles, *, number_of_versions=1):
    """A published charter with `articles` [(title, text)], adopted once."""
    page = CharterPageFactory(
        parent=parent,
        status="adopted",
        adopted_by="Conseil d’école",
        adopted_on=datetime.date(2026, 9, 15),
    )
    for title, text in articles:
        CharterArticleFactory(page=page, title=title, text=text)
    page.save_revision().publish()
    return page
