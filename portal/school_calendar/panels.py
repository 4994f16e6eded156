"""The state of the school calendar, shown to the Director above its settings."""

from django.template.loader import render_to_string

from wagtail.admin.panels import HelpPanel


class CalendarStatusPanel(HelpPanel):
    class BoundPanel(HelpPanel.BoundPanel):
        def __init__(self, **kwargs):
            super().__init__(**kwargs)
            from .calendar import calendar_for

            notices = calendar_for(self.instance).notices() if self.instance.pk else []
            self.content = render_to_string(
                "school_calendar/admin/status.html", {"notices": notices}
            )
