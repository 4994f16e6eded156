import datetime

from django.utils import timezone

from wagtail.models import Site

import factory
import wagtail_factories

from pages.events.models import RSVP, Booking, EventIndexPage, EventPage, Slot
from tests.factories import UserFactory, french


def _next_week(hour=18):
    day = timezone.localdate() + datetime.timedelta(days=7)
    return datetime.datetime.combine(day, datetime.time(hour), timezone.get_default_timezone())


class EventIndexPageFactory(wagtail_factories.PageFactory):
    title = "Agenda"
    slug = "agenda"
    intro = "Les rendez-vous de l’école avec les familles."
    locale = factory.LazyFunction(french)

    class Meta:
        model = EventIndexPage


class EventPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Réunion de rentrée {n}")
    slug = factory.Sequence(lambda n: f"reunion-{n}")
    locale = factory.LazyFunction(french)
    start = factory.LazyFunction(_next_week)
    end = factory.LazyAttribute(lambda o: o.start + datetime.timedelta(hours=1, minutes=30))
    category = "presentation"
    audience = "school"
    place = "Salle polyvalente"
    plain_words = "Venez rencontrer l’équipe."

    class Meta:
        model = EventPage


class RSVPFactory(factory.django.DjangoModelFactory):
    event = factory.SubFactory(EventPageFactory)
    name = factory.Sequence(lambda n: f"Famille {n}")
    email = factory.Sequence(lambda n: f"famille{n}@example.org")
    people = 1

    class Meta:
        model = RSVP


class SlotFactory(factory.django.DjangoModelFactory):
    host = factory.SubFactory(UserFactory, role="Teacher")
    site = factory.LazyFunction(lambda: Site.objects.filter(is_default_site=True).first())
    start = factory.Sequence(lambda n: _next_week(16) + datetime.timedelta(minutes=15 * n))
    end = factory.LazyAttribute(lambda o: o.start + datetime.timedelta(minutes=15))

    class Meta:
        model = Slot


class BookingFactory(factory.django.DjangoModelFactory):
    slot = factory.SubFactory(SlotFactory)
    name = "Samira Benali"
    email = factory.Sequence(lambda n: f"parent{n}@example.org")
    child_class = "CM1 B"
    confirmed_at = factory.LazyFunction(timezone.now)

    class Meta:
        model = Booking
