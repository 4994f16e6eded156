"""The issue's editing form: the next slot is proposed as the go-live time, and publishing at
another moment asks for the reason (an urgent message), kept with the revision."""

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms import WagtailAdminPageForm


class GazettePageForm(WagtailAdminPageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._school = None
        page = self.instance if self.instance.pk else self.parent_page
        if page is None or not page.pk:
            return
        from portal.schools import school_of

        from . import slots

        self._school = school_of(page)
        field = self.fields.get("go_live_at")
        new = self.instance.pk is None or not self.instance.live
        if field is not None and not self.instance.go_live_at and new:
            field.initial = slots.next_slot_of(self._school)

    def clean(self):
        cleaned = super().clean()
        if self._school is None or "action-publish" not in self.data:
            return cleaned
        from . import slots
        from .models import GazetteSettings

        rule = GazetteSettings.for_site(self._school.site).rhythm if self._school.site else ""
        moment = cleaned.get("go_live_at") or timezone.now()
        reason = (cleaned.get("urgent_reason") or "").strip()
        if rule and not reason and not slots.is_slot_of(self._school, moment):
            self.add_error(
                "urgent_reason",
                _(
                    "This is not the gazette’s usual time. Say why it cannot wait, or schedule "
                    "it at the next slot."
                ),
            )
        return cleaned
