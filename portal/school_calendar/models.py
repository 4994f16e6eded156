import datetime
import uuid

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.models import Site

from .panels import CalendarStatusPanel

# A context of their own: Django formats dates with the plain names, which stay lower case.
WEEKDAYS = [
    (0, pgettext_lazy("day of the week", "Monday")),
    (1, pgettext_lazy("day of the week", "Tuesday")),
    (2, pgettext_lazy("day of the week", "Wednesday")),
    (3, pgettext_lazy("day of the week", "Thursday")),
    (4, pgettext_lazy("day of the week", "Friday")),
    (5, pgettext_lazy("day of the week", "Saturday")),
    (6, pgettext_lazy("day of the week", "Sunday")),
]
#: What a school changes: a whole term of days off is the longest the admin accepts at once.
LONGEST_PERIOD = datetime.timedelta(days=120)
EARLIEST, LATEST = datetime.date(2000, 1, 1), datetime.date(2100, 12, 31)


class Country(models.TextChoices):
    FRANCE = "fr", _("Metropolitan France")
    QUEBEC = "qc", _("Québec")
    CUSTOM = "custom", _("Custom: only the school’s own days")


class Zone(models.TextChoices):
    A = "A", _("Zone A")
    B = "B", _("Zone B")
    C = "C", _("Zone C")


#: The holiday zones each country has.
ZONES = {Country.FRANCE: set(Zone.values), Country.QUEBEC: set(), Country.CUSTOM: set()}


def validate_weekdays(value):
    if not isinstance(value, list) or any(day not in range(7) for day in value):
        raise ValidationError(_("Choose days of the week from Monday to Sunday."))


class WeekdaysField(models.JSONField):
    """A list of weekday numbers (Monday is 0), chosen with check boxes."""

    def formfield(self, **kwargs):
        return forms.TypedMultipleChoiceField(
            choices=WEEKDAYS,
            coerce=int,
            required=False,
            widget=forms.CheckboxSelectMultiple,
            label=capfirst(self.verbose_name),
            help_text=self.help_text,
        )


def default_days_without_class():
    return [5, 6]


@register_setting(icon="date")
class SchoolCalendarSettings(BaseSiteSetting):
    """Where the school is, so that its holidays come from the right library, and the weekdays
    without class. The school's own days are `SchoolDay`s."""

    country = models.CharField(
        _("country"),
        max_length=10,
        choices=Country.choices,
        default=Country.FRANCE,
        help_text=_(
            "Metropolitan France: school holidays and public holidays come with Passerelle. "
            "Québec: public holidays come with Passerelle; add the school holidays (Christmas "
            "break, spring break) under Days of the school, because no library holds them. "
            "Custom: only the days you add."
        ),
    )
    zone = models.CharField(
        _("holiday zone"),
        max_length=1,
        choices=Zone.choices,
        blank=True,
        help_text=_(
            "Metropolitan France only, the zone of the school’s académie. A: Besançon, Bordeaux, "
            "Clermont-Ferrand, Dijon, Grenoble, Limoges, Lyon, Poitiers. B: Aix-Marseille, Amiens, "
            "Lille, Nancy-Metz, Nantes, Nice, Normandie, Orléans-Tours, Reims, Rennes, Strasbourg. "
            "C: Créteil, Montpellier, Paris, Toulouse, Versailles."
        ),
    )
    days_without_class = WeekdaysField(
        _("days of the week without class"),
        default=default_days_without_class,
        validators=[validate_weekdays],
        help_text=_("For example Wednesday, Saturday and Sunday."),
    )
    #: Changes whenever the settings or the school's own days change: the cached calendar's key.
    revision = models.UUIDField(default=uuid.uuid4, editable=False)

    panels = [
        CalendarStatusPanel(),
        MultiFieldPanel(
            [FieldPanel("country"), FieldPanel("zone")], heading=_("Where the school is")
        ),
        FieldPanel("days_without_class"),
    ]

    class Meta:
        verbose_name = _("school calendar")

    def clean(self):
        super().clean()
        zones = ZONES.get(self.country, set())
        if zones and self.zone not in zones:
            raise ValidationError(
                {"zone": _("Metropolitan France has zones A, B and C: choose the school’s zone.")}
            )
        if not zones and self.zone:
            raise ValidationError(
                {
                    "zone": _("%(country)s has no holiday zones: leave the zone empty.")
                    % {"country": Country(self.country).label}
                }
            )

    def save(self, *args, **kwargs):
        self.revision = uuid.uuid4()
        return super().save(*args, **kwargs)

    @property
    def weekdays_off(self):
        """The weekdays without class, read safely whatever the database holds."""
        value = self.days_without_class if isinstance(self.days_without_class, list) else []
        return frozenset(day for day in value if isinstance(day, int) and 0 <= day <= 6)


class DayKind(models.TextChoices):
    HOLIDAYS = "holidays", _("School holidays")
    PEDAGOGICAL = "pedagogical", _("Pedagogical day: no class")
    BRIDGE = "bridge", _("Bridge: no class")
    CLOSURE = "closure", _("School closed")
    CLASS_DAY = "class", _("Class day (replaces a holiday or a day without class)")


class SchoolDayQuerySet(models.QuerySet):
    def for_site(self, site):
        return self.filter(site=site)

    def overlapping(self, first, last):
        return self.filter(start__lte=last, end__gte=first)


class SchoolDay(models.Model):
    """A day or a period the school sets itself: a pedagogical day, a bridge, a closure, its own
    holidays, or a class day that replaces what the libraries say."""

    site = models.ForeignKey(
        Site, verbose_name=_("school"), on_delete=models.CASCADE, related_name="+"
    )
    kind = models.CharField(_("what"), max_length=16, choices=DayKind.choices)
    start = models.DateField(_("first day"))
    end = models.DateField(_("last day"), help_text=_("The same as the first day for one day."))
    note = models.CharField(
        _("a few words for families"),
        max_length=200,
        blank=True,
        help_text=_("Optional, for example: teachers’ training."),
    )

    objects = SchoolDayQuerySet.as_manager()

    class Meta:
        verbose_name = _("day of the school")
        verbose_name_plural = _("days of the school")
        ordering = ["start"]
        indexes = [models.Index(fields=["site", "start", "end"], name="school_day_site_dates")]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(end__gte=models.F("start")), name="school_day_end_after_start"
            )
        ]

    def __str__(self):
        if self.start == self.end:
            return f"{self.get_kind_display()} — {self.start:%Y-%m-%d}"
        return f"{self.get_kind_display()} — {self.start:%Y-%m-%d} → {self.end:%Y-%m-%d}"

    def clean(self):
        super().clean()
        errors = {}
        for name in ("start", "end"):
            value = getattr(self, name)
            if value and not EARLIEST <= value <= LATEST:
                errors[name] = _("Choose a date between 2000 and 2100.")
        if not errors and self.start and self.end:
            if self.end < self.start:
                errors["end"] = _("The last day cannot come before the first day.")
            elif self.end - self.start > LONGEST_PERIOD:
                errors["end"] = _("A period lasts at most 120 days. Add longer ones in parts.")
        if errors:
            raise ValidationError(errors)
