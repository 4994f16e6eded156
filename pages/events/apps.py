from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EventsConfig(AppConfig):
    name = "pages.events"
    label = "events"
    verbose_name = _("Agenda and appointments")

    def ready(self):
        from portal import periodic
        from portal.accounts import personal_data
        from portal.notify import links

        from . import personal, tasks
        from .models import RSVP, Booking, Slot

        personal_data.register(
            "event_answers",
            personal.export_answers,
            delete=personal.erase_answers,
            models=[RSVP],
        )
        personal_data.register(
            "appointments",
            personal.export_appointments,
            delete=personal.erase_appointments,
            models=[Booking, Slot],
        )
        # Links sent before the site's one link scheme keep working until they expire.
        links.accept_legacy("rsvp", personal.legacy_link_reader("rsvp"))
        links.accept_legacy("booking", personal.legacy_link_reader("booking"))
        periodic.daily(tasks.tidy_answers)

        from wagtail.signals import page_published

        from .models import EventPage, open_to_its_audience

        page_published.connect(open_to_its_audience, sender=EventPage)
