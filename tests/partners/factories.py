"""Factories for the partners app: pages, partners and campaigns."""

import datetime

from django.utils import timezone

from wagtail.models import Site

import factory
import wagtail_factories

from partners.models import (
    AnsweredQuestionPage,
    Campaign,
    ParentQuestionsPage,
    Partner,
    PartnerIndexPage,
    QuestionnairePage,
)
from portal.translatable import publish_as_the_admin_does
from tests.factories import french


class PartnerIndexPageFactory(wagtail_factories.PageFactory):
    title = "Qui peut aider"
    slug = "partenaires"
    intro = "Les lieux près de l’école qui aident les familles."
    locale = factory.LazyFunction(french)

    class Meta:
        model = PartnerIndexPage


class QuestionnairePageFactory(wagtail_factories.PageFactory):
    title = "Questionnaire numérique"
    slug = "questionnaire"
    intro = "Trois minutes, sans votre nom."
    locale = factory.LazyFunction(french)

    class Meta:
        model = QuestionnairePage


class ParentQuestionsPageFactory(wagtail_factories.PageFactory):
    title = "Vos questions"
    slug = "questions"
    intro = "Posez vos questions à l’école."
    locale = factory.LazyFunction(french)

    class Meta:
        model = ParentQuestionsPage


class AnsweredQuestionPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Question {n}")
    question = "Comment justifier une absence ?"
    answer = "<p>Par un mot dans le cahier de liaison.</p>"
    locale = factory.LazyFunction(french)

    class Meta:
        model = AnsweredQuestionPage


class PartnerFactory(factory.django.DjangoModelFactory):
    site = factory.LazyFunction(lambda: Site.objects.get(is_default_site=True))
    locale = factory.LazyFunction(french)
    name = factory.Sequence(lambda n: f"Centre social {n}")
    kind = "mediation"
    pivot = "21690123100019"
    summary = "Aide pour l’ordinateur et les démarches."
    address = "3 rue Saint-Maurice"
    postcode = "69008"
    town = "Lyon"
    phone = "+33478000001"
    opening_hours = "Mo-Fr 09:00-12:00,14:00-17:00"
    services = factory.LazyFunction(lambda: ["outils"])
    languages = factory.LazyFunction(lambda: ["fr"])
    fees = factory.LazyFunction(lambda: ["gratuit"])

    class Meta:
        model = Partner
        skip_postgeneration_save = True

    @factory.post_generation
    def published(self, create, extracted, **kwargs):
        """Published as the admin publishes (a live revision); `live=False` makes a draft."""
        if create:
            publish_as_the_admin_does(self)


class CampaignFactory(factory.django.DjangoModelFactory):
    site = factory.LazyFunction(lambda: Site.objects.get(is_default_site=True))
    title = "Questionnaire d’automne"
    opens_on = factory.LazyFunction(lambda: timezone.localdate() - datetime.timedelta(days=1))
    closes_on = factory.LazyFunction(lambda: timezone.localdate() + datetime.timedelta(days=20))

    class Meta:
        model = Campaign
        skip_postgeneration_save = True
