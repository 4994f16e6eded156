import datetime

from django.utils import timezone

import factory
import wagtail_factories

from pages.gazette.models import GazetteIndexPage, GazettePage, GazetteSubscription
from tests.factories import french


class GazetteIndexPageFactory(wagtail_factories.PageFactory):
    title = "La gazette"
    slug = "gazette"
    intro = "Le mot de la directrice, toutes les deux semaines."
    locale = factory.LazyFunction(french)

    class Meta:
        model = GazetteIndexPage


def sections(classes=(), ask_to_confirm=True):
    """An issue's sections: news for everyone (asking to confirm), news for each class given,
    and the agenda's next events."""
    found = [
        {
            "type": "news",
            "id": "news-all",
            "value": {
                "title": "Sortie au musée",
                "text": "<p>Toute l’école visite le musée jeudi.</p>",
                "ask_to_confirm": ask_to_confirm,
            },
        }
    ]
    for school_class in classes:
        found.append(
            {
                "type": "class_news",
                "id": f"class-{school_class.pk}",
                "value": {
                    "title": f"Nouvelles de la {school_class.name}",
                    "text": f"<p>Piscine le mardi pour la {school_class.name}.</p>",
                    "ask_to_confirm": False,
                    "classes": [str(school_class.pk)],
                },
            }
        )
    found.append({"type": "events", "id": "events", "value": {"title": "À venir", "how_many": 3}})
    return found


class GazettePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Gazette de novembre {n}")
    slug = factory.Sequence(lambda n: f"gazette-{n}")
    locale = factory.LazyFunction(french)
    number = factory.Sequence(lambda n: n + 1)
    date = factory.LazyFunction(timezone.localdate)
    directors_word = "Chères familles, voici les nouvelles de l’école."
    plain_words = "Sortie au musée jeudi. Piscine mardi."
    sections = factory.LazyFunction(sections)

    class Meta:
        model = GazettePage


class GazetteSubscriptionFactory(factory.django.DjangoModelFactory):
    email = factory.Sequence(lambda n: f"famille{n}@example.org")
    language = "fr"
    confirmed_at = factory.LazyFunction(lambda: timezone.now() - datetime.timedelta(days=1))

    class Meta:
        model = GazetteSubscription
        skip_postgeneration_save = True

    @factory.post_generation
    def classes(self, create, extracted, **kwargs):
        if create and extracted:
            self.classes.set(extracted)


def mail_leaves_at_any_hour(site):
    """The school keeps no quiet hours and no quiet Sundays: a test that publishes an issue and
    reads its email at once passes whatever the hour and the day it runs (the right to disconnect
    has its own tests, with the clock set)."""
    from portal.models import SchoolSettings

    school = SchoolSettings.for_site(site)
    school.quiet_hours_start = school.quiet_hours_end = datetime.time(0)
    school.quiet_on_sundays = False
    school.save()
