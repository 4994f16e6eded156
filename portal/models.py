import datetime
import zoneinfo

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting


def validate_time_zone(value):
    if value not in zoneinfo.available_timezones():
        raise ValidationError(_("“%(value)s” is not a known time zone."), params={"value": value})


@register_setting(icon="home")
class SchoolSettings(BaseSiteSetting):
    """What a school changes about itself. Words that families read live on pages, not here."""

    school_name = models.CharField(_("school name"), max_length=200, default="École Passerelle")
    address = models.TextField(_("address"), blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    email = models.EmailField(_("contact email"), blank=True)
    time_zone = models.CharField(
        _("time zone"),
        max_length=64,
        default="Europe/Paris",
        help_text=_("For example Europe/Paris, America/Cayenne or Indian/Reunion."),
        validators=[validate_time_zone],
    )
    reply_delay_days = models.PositiveSmallIntegerField(
        _("reply delay promised to families (working days)"), default=2
    )
    quiet_hours_start = models.TimeField(_("quiet hours start"), default=datetime.time(20, 0))
    quiet_hours_end = models.TimeField(_("quiet hours end"), default=datetime.time(7, 0))
    quiet_on_sundays = models.BooleanField(_("no emails on Sundays"), default=True)
    answers_kept_days = models.PositiveSmallIntegerField(
        _("keep names in answers and appointments for (days after the event)"),
        default=365,
        help_text=_("After this, names, emails and phone numbers are erased; counts stay."),
    )

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("school_name"),
                FieldPanel("address"),
                FieldPanel("phone"),
                FieldPanel("email"),
            ],
            heading=_("Contact"),
        ),
        FieldPanel("time_zone"),
        FieldPanel("reply_delay_days"),
        MultiFieldPanel(
            [
                FieldPanel("quiet_hours_start"),
                FieldPanel("quiet_hours_end"),
                FieldPanel("quiet_on_sundays"),
            ],
            heading=_("Quiet hours: no email leaves the site during these hours"),
        ),
        FieldPanel("answers_kept_days"),
    ]

    class Meta:
        verbose_name = _("school settings")

    @property
    def zone(self):
        return zoneinfo.ZoneInfo(self.time_zone)
