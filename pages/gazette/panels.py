"""The next slot, shown to the editor above the issue, with a warning when it falls in quiet
hours (the email then waits for the next allowed time)."""

from django.template.loader import render_to_string

from wagtail.admin.panels import HelpPanel


class NextSlotPanel(HelpPanel):
    class BoundPanel(HelpPanel.BoundPanel):
        def __init__(self, **kwargs):
            super().__init__(**kwargs)
            from portal.notify.quiet_hours import next_allowed_time
            from portal.schools import school_of

            from . import slots

            page = self.instance if self.instance.pk else getattr(self.form, "parent_page", None)
            slot = waits_until = planned = None
            days_off = []
            if page is not None and page.pk:
                school = school_of(page)
                slot, planned, days_off = slots.next_slot_and_why(school)
                if slot is not None:
                    allowed = next_allowed_time(school, slot, urgent=True)
                    waits_until = allowed if allowed != slot else None
                zone = school.zone
            else:
                zone = None
            self.content = render_to_string(
                "gazette/admin/next_slot.html",
                {
                    "slot": slot,
                    "planned": planned,
                    "days_off": [entry.name for entry in days_off],
                    "waits_until": waits_until,
                    "zone": zone,
                },
            )
