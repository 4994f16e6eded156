"""Factories for the representatives' area."""

import datetime

import factory
import wagtail_factories

from pages.reps.models import MinutesPage, RepresentativeAreaPage
from tests.factories import french


class RepresentativeAreaPageFactory(wagtail_factories.PageFactory):
    title = "Espace des représentants"
    slug = "representants"
    intro = "Les comptes rendus et la charte en préparation."
    locale = factory.LazyFunction(french)

    class Meta:
        model = RepresentativeAreaPage


class MinutesPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Compte rendu {n}")
    date = datetime.date(2026, 10, 6)
    attendees = "La directrice, trois représentants"
    decisions = "Une réunion par trimestre"
    locale = factory.LazyFunction(french)

    class Meta:
        model = MinutesPage
