from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SchoolCalendarConfig(AppConfig):
    name = "portal.school_calendar"
    label = "school_calendar"
    verbose_name = _("School calendar")

    def ready(self):
        from portal.notify import quiet_hours

        from . import signals, waits  # noqa: F401

        quiet_hours.register_wait(waits.holidays)
