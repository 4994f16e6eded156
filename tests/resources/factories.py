import datetime

import factory
import wagtail_factories

from portal.translatable import publish_as_the_admin_does
from resources.models import Audience, Format, ResourceIndexPage, ResourcePage, SchoolLevel, Theme
from tests.factories import french


class TermFactory(factory.django.DjangoModelFactory):
    locale = factory.LazyFunction(french)
    name = factory.Sequence(lambda n: f"Terme {n}")
    slug = factory.Sequence(lambda n: f"terme-{n}")

    @factory.post_generation
    def published(self, create, extracted, **kwargs):
        """Published as the admin publishes (a live revision); `live=False` makes a draft."""
        if create:
            publish_as_the_admin_does(self)


class ThemeFactory(TermFactory):
    class Meta:
        model = Theme
        django_get_or_create = ("slug", "locale")
        skip_postgeneration_save = True


class SchoolLevelFactory(TermFactory):
    class Meta:
        model = SchoolLevel
        django_get_or_create = ("slug", "locale")
        skip_postgeneration_save = True


class FormatFactory(TermFactory):
    class Meta:
        model = Format
        django_get_or_create = ("slug", "locale")
        skip_postgeneration_save = True


class AudienceFactory(TermFactory):
    class Meta:
        model = Audience
        django_get_or_create = ("slug", "locale")
        skip_postgeneration_save = True


class ResourceIndexPageFactory(wagtail_factories.PageFactory):
    title = "Ressources pour les parents"
    slug = "ressources"
    intro = "Des fiches courtes et pratiques, par thème et par niveau."
    locale = factory.LazyFunction(french)

    class Meta:
        model = ResourceIndexPage


class ResourcePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Fiche pratique {n}")
    slug = factory.Sequence(lambda n: f"fiche-{n}")
    summary = "Quelques conseils simples pour accompagner votre enfant."
    locale = factory.LazyFunction(french)
    format = factory.SubFactory(FormatFactory, slug="article", name="Article")
    first_published = factory.Sequence(
        lambda n: datetime.date(2025, 1, 1) + datetime.timedelta(days=n % 300)
    )
    body = factory.LazyFunction(
        lambda: [{"type": "paragraph", "value": "<p>Parlez avec votre enfant de sa journée.</p>"}]
    )

    class Meta:
        model = ResourcePage
        skip_postgeneration_save = True

    @factory.post_generation
    def terms(self, create, extracted, **kwargs):
        """terms={"themes": [...], "levels": [...]}: set and saved once."""
        if create and extracted:
            for name, values in extracted.items():
                getattr(self, name).set(values)
            self.save()
