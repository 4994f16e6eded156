import datetime
import uuid

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models.functions import Lower
from django.db.models.signals import post_delete, post_save
from django.utils import timezone
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.fields import StreamField
from wagtail.models import Locale, Page, PageManager, PageViewRestriction, Site
from wagtail.search import index

from modelcluster.fields import ParentalManyToManyField

from pages.blocks import body_blocks
from pages.mixins import PlainWordsMixin, PrintableMixin
from portal import roles
from portal.pages import PortalPageManager, PortalPageQuerySet
from portal.schools import school_of
from portal.translatable import in_language_else_source

from . import recurrence
from .choices import Audience, Category, Companion, MeetingMode

#: Parents who work can come to what starts from this time, or on a weekend (school time).
AFTER_WORK = datetime.time(18, 0)


def is_after_work(moment, zone, all_day=False):
    """Whether a meeting starting at `moment` suits working parents: an evening from
    AFTER_WORK, or a weekend, in the school's time zone. The follow-up counts the same."""
    local = moment.astimezone(zone)
    return local.weekday() >= 5 or (not all_day and local.time() >= AFTER_WORK)


class EventQuerySet(PortalPageQuerySet):
    def for_whom(self, category=None, audience=None):
        """Events of one kind and for one audience (whole-school events count for every one)."""
        found = self
        if category:
            found = found.filter(category=category)
        if audience:
            found = found.filter(audience__in=[audience, Audience.SCHOOL])
        return found

    def for_representatives(self, locale):
        """Live events kept for the representatives, in `locale` or else in French: their area
        lists them, while every public listing leaves them out as private pages."""
        found = self.live().filter(audience=Audience.REPRESENTATIVES)
        return in_language_else_source(found, locale, translations=EventPage.objects.live())

    def occurrences_between(self, since, until, zone):
        """The occurrences of these events that overlap [since, until), in time order."""
        events = self.filter(start__lt=until, last_end__gt=since)
        found = [
            occ for event in events for occ in recurrence.occurrences(event, zone, since, until)
        ]
        return sorted(found, key=lambda occ: (occ.start, occ.event.title))

    def upcoming(self, zone, limit=3, now=None):
        """The next `limit` occurrences (the home page's "coming soon")."""
        now = now or timezone.now()
        found = []
        for event in self.filter(last_end__gt=now).order_by("start")[: limit * 4]:
            found.extend(occ for occ in recurrence.occurrences(event, zone, now) if occ.end > now)
        return sorted(found, key=lambda occ: occ.start)[:limit]


class EventIndexPage(PlainWordsMixin, Page):
    """The agenda: month, week and list views, filters, and the archive of past events."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        *PlainWordsMixin.plain_words_panels,
    ]
    subpage_types = ["events.EventPage"]
    max_count_per_parent = 1

    objects = PortalPageManager()

    class Meta:
        verbose_name = _("agenda")

    def get_context(self, request, *args, **kwargs):
        from .calendar import agenda_context

        context = super().get_context(request, *args, **kwargs)
        context.update(agenda_context(self, request))
        return context


def resource_blocks():
    return [
        ("page", blocks.PageChooserBlock(label=_("Page of the site"), icon="doc-empty")),
        ("document", DocumentChooserBlock(label=_("Document"))),
        (
            "link",
            blocks.StructBlock(
                [
                    ("title", blocks.CharBlock(label=_("Title"), max_length=200)),
                    ("url", blocks.URLBlock(label=_("Address"))),
                ],
                label=_("Link"),
                icon="link",
            ),
        ),
    ]


class EventPage(PrintableMixin, PlainWordsMixin, Page):
    """A school event: a meeting, an open morning, an election, a celebration; with its print
    view and PDF for the school's notice board."""

    start = models.DateTimeField(_("starts"), db_index=True)
    end = models.DateTimeField(_("ends"), db_index=True)
    all_day = models.BooleanField(_("all day"), default=False)
    #: End of the last repeat, so that one indexed comparison finds repeating events too.
    last_end = models.DateTimeField(editable=False, null=True, db_index=True)
    recurrence = models.CharField(
        _("repeat rule"),
        max_length=500,
        blank=True,
        help_text=_(
            "Leave empty for a one-off event. Otherwise an RFC 5545 rule with an end, for example "
            "FREQ=WEEKLY;BYDAY=TU;COUNT=6 or FREQ=MONTHLY;UNTIL=20270630T000000Z."
        ),
    )
    exceptions = models.TextField(
        _("dates skipped"),
        blank=True,
        help_text=_("Dates when a repeating event does not take place, one per line: 2026-12-22"),
    )
    category = models.CharField(
        _("kind of event"), max_length=32, choices=Category.choices, db_index=True
    )
    audience = models.CharField(
        _("for whom"),
        max_length=16,
        choices=Audience.choices,
        default=Audience.SCHOOL,
        db_index=True,
    )
    class_name = models.CharField(
        _("class"), max_length=60, blank=True, help_text=_("For one class only, e.g. CM1 B.")
    )
    place = models.CharField(_("place"), max_length=200, blank=True)
    access_info = models.TextField(
        _("how to get there"), blank=True, help_text=_("Entrance, lift, steps, parking, bus.")
    )
    online_link = models.URLField(_("online link"), blank=True, max_length=500)
    description = StreamField(body_blocks(), blank=True, verbose_name=_("description"))
    resources = StreamField(resource_blocks(), blank=True, verbose_name=_("related resources"))
    offers_interpreter = models.BooleanField(_("an interpreter is available"), default=False)
    interpreter_languages = models.CharField(
        _("interpreter languages"), max_length=200, blank=True, help_text=_("e.g. arabe, turc")
    )
    offers_childcare = models.BooleanField(_("childcare is provided"), default=False)
    accessible_room = models.BooleanField(_("the room is accessible"), default=False)
    #: Organisations that run the event with the school (the follow-up counts joint actions).
    partners = ParentalManyToManyField(
        "partners.Partner",
        blank=True,
        related_name="events",
        verbose_name=_("with these partners"),
        limit_choices_to=models.Q(locale__language_code=settings.LANGUAGE_CODE),
    )
    rsvp_enabled = models.BooleanField(_("ask families to say they are coming"), default=False)
    capacity = models.PositiveIntegerField(
        _("places"), null=True, blank=True, help_text=_("Empty: no limit.")
    )
    rsvp_deadline = models.DateTimeField(_("answer before"), null=True, blank=True)

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("start"), FieldPanel("end")]),
                FieldPanel("all_day"),
                FieldPanel("recurrence"),
                FieldPanel("exceptions"),
            ],
            heading=_("When"),
        ),
        MultiFieldPanel(
            [FieldPanel("category"), FieldPanel("audience"), FieldPanel("class_name")],
            heading=_("What and for whom"),
        ),
        MultiFieldPanel(
            [FieldPanel("place"), FieldPanel("access_info"), FieldPanel("online_link")],
            heading=_("Where"),
        ),
        *PlainWordsMixin.plain_words_panels,
        FieldPanel("description"),
        FieldPanel("resources"),
        MultiFieldPanel(
            [
                FieldPanel("offers_interpreter"),
                FieldPanel("interpreter_languages"),
                FieldPanel("offers_childcare"),
                FieldPanel("accessible_room"),
            ],
            heading=_("What is offered"),
        ),
        FieldPanel("partners", widget=forms.CheckboxSelectMultiple),
        MultiFieldPanel(
            [FieldPanel("rsvp_enabled"), FieldPanel("capacity"), FieldPanel("rsvp_deadline")],
            heading=_("Answers from families"),
        ),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("description"),
        index.SearchField("place"),
        index.FilterField("start"),
        index.FilterField("category"),
        *PlainWordsMixin.plain_words_search_fields,
    ]
    parent_page_types = ["events.EventIndexPage"]
    subpage_types = []
    print_template = "events/print/event.html"

    objects = PageManager.from_queryset(EventQuerySet)()

    class Meta:
        verbose_name = _("event")

    def clean(self):
        super().clean()
        errors = {}
        if self.start and self.end and self.end <= self.start:
            errors["end"] = _("The end must come after the start.")
        if self.capacity is not None and self.capacity < 0:
            errors["capacity"] = _("The number of places cannot be below zero.")
        if self.recurrence and self.start:
            try:
                recurrence.parse_rule(self.recurrence, self.start)
            except ValidationError as error:
                errors["recurrence"] = error.messages
        if self.exceptions:
            try:
                recurrence.parse_exceptions(self.exceptions)
            except ValidationError as error:
                errors["exceptions"] = error.messages
        if errors:
            raise ValidationError(errors)

    def save(self, *args, **kwargs):
        self.recurrence = recurrence.normalized_rule(self.recurrence)
        try:
            self.last_end = recurrence.last_end(self, school_of(self).zone)
        except ValidationError:
            self.last_end = self.end
        result = super().save(*args, **kwargs)
        # A meeting for the representatives is private from its first draft (page privacy, as
        # for their area); it opens again only once published for another audience.
        if self.audience == Audience.REPRESENTATIVES:
            roles.keep_private(self, roles.REPRESENTATIVES_READERS)
        return result

    def get_context(self, request, *args, **kwargs):
        from .views import event_context

        context = super().get_context(request, *args, **kwargs)
        context.update(event_context(self, request))
        return context

    def serve(self, request, *args, **kwargs):
        if request.method == "POST":
            from .views import rsvp_post

            return rsvp_post(self, request)
        response = super().serve(request, *args, **kwargs)
        if getattr(response, "context_data", None) and response.context_data.get("held_briefly"):
            patch_cache_control(response, private=True)
        return response

    def get_print_context(self, request):
        zone = school_of(request).zone
        return {
            "event": self,
            "local_start": self.start.astimezone(zone),
            "local_end": self.end.astimezone(zone),
            "zone": zone,
        }

    @property
    def source(self):
        """The event in the source language: answers from every language count together."""
        if self.locale.language_code == settings.LANGUAGE_CODE:
            return self
        original = self.get_translation_or_none(Locale.get_default())
        return original.specific if original else self

    def school_calendar_dates(self, zone):
        """The local dates the event takes place on, every repeat included: the school calendar
        warns the editor when one of them is a holiday."""
        try:
            found = recurrence.occurrences(self, zone)
        except ValidationError:
            found = []
        dates = []
        for occ in found:
            day = occ.start.astimezone(zone).date()
            # An event ending at midnight does not take the next day.
            last = (occ.end.astimezone(zone) - datetime.timedelta(microseconds=1)).date()
            last = max(last, day)
            while day <= last and len(dates) < recurrence.MAX_OCCURRENCES:
                dates.append(day)
                day += datetime.timedelta(days=1)
        return sorted(set(dates))

    def fits_working_parents(self, zone):
        return is_after_work(self.start, zone, self.all_day)

    def rsvp_open(self, now=None):
        now = now or timezone.now()
        if not self.rsvp_enabled or self.start <= now:
            return False
        return self.rsvp_deadline is None or now < self.rsvp_deadline


def open_to_its_audience(sender, instance, **kwargs):
    """page_published receiver: a meeting published for another audience than the
    representatives is no longer kept for them."""
    if instance.audience != Audience.REPRESENTATIVES:
        roles.release(instance, roles.REPRESENTATIVES_READERS)


class ActiveQuerySet(models.QuerySet):
    def active(self):
        return self.filter(cancelled_at__isnull=True)


class AnswerQuerySet(ActiveQuerySet):
    def active(self):
        """Answers that count: confirmed and not cancelled."""
        return super().active().filter(confirmed_at__isnull=False)

    def holding(self, now=None):
        """Answers that hold their places: confirmed, or waiting for their code (see `held_until`)."""
        now = now or timezone.now()
        return (
            super()
            .active()
            .filter(models.Q(confirmed_at__isnull=False) | models.Q(held_until__gt=now))
        )


class RSVP(models.Model):
    """A family says it will come to an event."""

    event = models.ForeignKey(
        EventPage, verbose_name=_("event"), on_delete=models.CASCADE, related_name="rsvps"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    name = models.CharField(_("your name"), max_length=120)
    email = models.EmailField(_("your email"), max_length=254)
    language = models.CharField(max_length=10, default="fr")
    people = models.PositiveSmallIntegerField(
        _("number of people"), default=1, validators=[MinValueValidator(1), MaxValueValidator(10)]
    )
    needs_interpreter = models.BooleanField(_("I need an interpreter"), default=False)
    interpreter_language = models.CharField(_("in which language"), max_length=60, blank=True)
    needs_accessibility = models.BooleanField(_("I need an accessible room"), default=False)
    needs_childcare = models.BooleanField(_("I need childcare"), default=False)
    created_at = models.DateTimeField(_("answered on"), auto_now_add=True)
    cancelled_at = models.DateTimeField(_("cancelled on"), null=True, blank=True)
    #: Recorded by the organiser afterwards; kept for participation figures.
    attended = models.BooleanField(_("came"), null=True, blank=True)
    #: Empty while an answer given without an account waits for the code sent to its address.
    confirmed_at = models.DateTimeField(
        _("confirmed on"), null=True, blank=True, default=timezone.now
    )
    #: An unconfirmed answer holds its places until then; after, they are free again.
    held_until = models.DateTimeField(null=True, blank=True, editable=False)
    code_hash = models.CharField(max_length=128, blank=True, editable=False)
    code_attempts = models.PositiveSmallIntegerField(default=0, editable=False)

    objects = AnswerQuerySet.as_manager()

    class Meta:
        verbose_name = _("answer to an event")
        verbose_name_plural = _("answers to events")
        ordering = ["created_at"]
        indexes = [models.Index(fields=["event", "cancelled_at"], name="events_rsvp_active")]
        constraints = [
            # One answer per person and event: answering again changes the first answer. An
            # answer waiting for its code is apart until confirmed (it may change a confirmed
            # one); answers anonymised after their event have no address left.
            models.UniqueConstraint(
                "event",
                Lower("email"),
                condition=models.Q(confirmed_at__isnull=False) & ~models.Q(email=""),
                name="events_rsvp_one_per_person_and_event",
            ),
            models.UniqueConstraint(
                "event",
                Lower("email"),
                condition=models.Q(confirmed_at__isnull=True) & ~models.Q(email=""),
                name="events_rsvp_one_waiting_per_person_and_event",
            ),
        ]

    def __str__(self):
        return f"{self.name} ({self.people})"

    def get_site(self):
        return self.event.get_site()


class Slot(models.Model):
    """A time a teacher or the director keeps free to meet one family."""

    host = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="appointment_slots"
    )
    #: The school whose families may book it: the site the host opened it on.
    site = models.ForeignKey(
        Site, verbose_name=_("school"), null=True, on_delete=models.CASCADE, related_name="+"
    )
    start = models.DateTimeField(_("starts"), db_index=True)
    end = models.DateTimeField(_("ends"))
    place = models.CharField(_("place"), max_length=200, blank=True)

    class Meta:
        verbose_name = _("appointment slot")
        verbose_name_plural = _("appointment slots")
        ordering = ["start"]
        constraints = [
            models.UniqueConstraint(fields=["host", "start"], name="events_slot_once_per_host"),
            models.CheckConstraint(
                condition=models.Q(end__gt=models.F("start")), name="events_slot_ends_after_start"
            ),
        ]

    def __str__(self):
        return f"{self.host} {self.start:%Y-%m-%d %H:%M}"

    def fits_working_parents(self, zone):
        return is_after_work(self.start, zone)


class Booking(models.Model):
    """A family books a slot. Without an account, the booking waits for the emailed code."""

    slot = models.ForeignKey(
        Slot, verbose_name=_("appointment slot"), on_delete=models.CASCADE, related_name="bookings"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    name = models.CharField(_("your name"), max_length=120)
    email = models.EmailField(_("your email"), max_length=254)
    phone = models.CharField(_("your phone number"), max_length=30, blank=True)
    language = models.CharField(max_length=10, default="fr")
    child_class = models.CharField(_("your child’s class"), max_length=60)
    companion = models.CharField(
        _("who comes with you"), max_length=16, choices=Companion.choices, blank=True
    )
    interpreter_language = models.CharField(
        _("language for the interpreter"), max_length=60, blank=True
    )
    mode = models.CharField(
        _("how to meet"), max_length=16, choices=MeetingMode.choices, default=MeetingMode.IN_PERSON
    )
    created_at = models.DateTimeField(_("booked on"), auto_now_add=True)
    confirmed_at = models.DateTimeField(_("confirmed on"), null=True, blank=True)
    cancelled_at = models.DateTimeField(_("cancelled on"), null=True, blank=True)
    code_hash = models.CharField(max_length=128, blank=True)
    code_attempts = models.PositiveSmallIntegerField(default=0)
    #: Recorded by the host afterwards; kept for participation figures (the follow-up counts it).
    attended = models.BooleanField(_("came"), null=True, blank=True)

    objects = ActiveQuerySet.as_manager()

    class Meta:
        verbose_name = _("appointment")
        verbose_name_plural = _("appointments")
        ordering = ["slot__start"]
        constraints = [
            # The database itself refuses a second active booking of one slot.
            models.UniqueConstraint(
                fields=["slot"],
                condition=models.Q(cancelled_at__isnull=True),
                name="events_booking_one_active_per_slot",
            )
        ]

    def __str__(self):
        return f"{self.name} – {self.slot}"

    def get_site(self):
        return self.slot.site


def agenda_version():
    """A short key that changes whenever a published event or a privacy rule changes, so that
    the feed and the month grid can be cached safely."""
    from django.core.cache import cache
    from django.db.models import Count, Max, Q

    events = EventPage.objects.aggregate(
        n=Count("pk"),
        live=Count("pk", filter=Q(live=True)),
        last_id=Max("pk"),
        published=Max("last_published_at"),
        revised=Max("latest_revision_created_at"),
    )
    rules = PageViewRestriction.objects.aggregate(n=Count("pk"), last_id=Max("pk"))
    # The counter changes on every save in this process; the figures catch other processes.
    parts = [cache.get_or_set(VERSION_KEY, "0", None), *events.values(), *rules.values()]
    return "-".join(str(part.timestamp() if hasattr(part, "timestamp") else part) for part in parts)


def _bump_version(**kwargs):
    from django.core.cache import cache

    cache.set(VERSION_KEY, uuid.uuid4().hex, None)


VERSION_KEY = "events-agenda-version"
for _sender in (EventPage, PageViewRestriction):
    post_save.connect(
        _bump_version, sender=_sender, dispatch_uid=f"events-version-save-{_sender.__name__}"
    )
    post_delete.connect(
        _bump_version, sender=_sender, dispatch_uid=f"events-version-delete-{_sender.__name__}"
    )
