"""The director's gazette: the archive, one issue, the ritual slot, subscriptions, deliveries,
acknowledgements and paper counts."""

import datetime

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from pages.mixins import PlainWordsMixin, PrintableMixin
from portal.pages import PortalPageManager
from portal.schools import school_of

from . import slots
from .admin_forms import GazettePageForm
from .blocks import section_blocks
from .panels import NextSlotPanel

LANGUAGE_CHOICES = settings.LANGUAGES
#: How long before the representatives' election the gazette's next events open with it.
ELECTION_REMINDER = datetime.timedelta(weeks=6)


@register_setting(icon="doc-full")
class GazetteSettings(BaseSiteSetting):
    """When the school publishes its gazette."""

    rhythm = models.CharField(
        _("publication rhythm"),
        max_length=300,
        blank=True,
        default="FREQ=WEEKLY;INTERVAL=2;BYDAY=FR;BYHOUR=16;BYMINUTE=30",
        validators=[slots.validate_rule],
        help_text=_(
            "An RFC 5545 repeat rule in the school's time zone. Every other Friday at 16:30: "
            "FREQ=WEEKLY;INTERVAL=2;BYDAY=FR;BYHOUR=16;BYMINUTE=30. First Monday of the month "
            "at 18:00: FREQ=MONTHLY;BYDAY=1MO;BYHOUR=18;BYMINUTE=0."
        ),
    )

    panels = [FieldPanel("rhythm")]

    class Meta:
        verbose_name = _("gazette")


def school_year_of(day):
    """The school year a date belongs to, named by its first year (September to August)."""
    return day.year if day.month >= 9 else day.year - 1


class GazetteIndexPage(PlainWordsMixin, Page):
    """The archive of the gazette, by school year, with the subscription form."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        *PlainWordsMixin.plain_words_panels,
    ]
    subpage_types = ["gazette.GazettePage"]
    max_count_per_parent = 1

    objects = PortalPageManager()

    class Meta:
        verbose_name = _("gazette archive")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        school = school_of(request)
        issues = (
            GazettePage.objects.in_language(self.locale)
            .in_site(school.site)
            .order_by("-date", "-number", "in_source_language")
        )
        years = {}
        for issue in issues:
            years.setdefault(school_year_of(issue.date), []).append(issue)
        context["years"] = [(year, year + 1, found) for year, found in years.items()]
        context["next_slot"] = slots.next_slot_of(school)
        context["zone"] = school.zone
        return context


class GazettePage(PrintableMixin, PlainWordsMixin, Page):
    """One issue of the gazette."""

    number = models.PositiveIntegerField(_("number"))
    date = models.DateField(_("date"), default=datetime.date.today, db_index=True)
    directors_word = models.TextField(_("the director’s word"), blank=True)
    sections = StreamField(section_blocks(), blank=True, verbose_name=_("sections"))
    urgent_reason = models.TextField(
        _("reason for publishing outside the slot"),
        blank=True,
        help_text=_(
            "Only for an urgent message: families expect the gazette at the usual time. "
            "Required when publishing at another moment."
        ),
    )

    content_panels = [
        *Page.content_panels,
        NextSlotPanel(),
        FieldRowPanel([FieldPanel("number"), FieldPanel("date")]),
        FieldPanel("directors_word"),
        *PlainWordsMixin.plain_words_panels,
        FieldPanel("sections"),
        MultiFieldPanel([FieldPanel("urgent_reason")], heading=_("Urgent message")),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("directors_word"),
        index.SearchField("sections"),
        *PlainWordsMixin.plain_words_search_fields,
    ]
    parent_page_types = ["gazette.GazetteIndexPage"]
    subpage_types = []
    print_template = "gazette/print/issue.html"

    objects = PortalPageManager()
    base_form_class = GazettePageForm

    class Meta:
        verbose_name = _("gazette issue")

    def source(self):
        """The French issue this page translates (itself when French)."""
        from wagtail.models import Locale

        if self.locale.language_code == settings.LANGUAGE_CODE:
            return self
        french = Locale.objects.filter(language_code=settings.LANGUAGE_CODE).first()
        return (french and self.get_translation_or_none(french)) or self

    def sections_for(self, class_ids=None):
        """The sections a family reads: every section, less the class news of other classes when
        `class_ids` (a set of SchoolClass pks) is given."""
        found = []
        for block in self.sections:
            targets = {int(pk) for pk in block.value.get("classes") or () if str(pk).isdigit()}
            if (
                block.block_type == "class_news"
                and class_ids is not None
                and not targets & class_ids
            ):
                continue
            found.append(block)
        return found

    def acknowledged_sections(self):
        return [
            block
            for block in self.sections
            if block.block_type in ("news", "class_news") and block.value.get("ask_to_confirm")
        ]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(self.shared_context(school_of(request)))
        return context

    def shared_context(self, school):
        from pages.events.choices import Category
        from pages.events.models import EventPage

        events = EventPage.objects.in_language(self.locale).in_site(school.site)
        upcoming = list(events.upcoming(school.zone, 10))
        # A coming election of the representatives heads the issue's next events, however many
        # events come before it: every family is reminded to vote.
        soon = timezone.now() + ELECTION_REMINDER
        vote = list(
            events.filter(category=Category.ELECTIONS, start__lt=soon).upcoming(school.zone, 1)
        )
        if vote:
            upcoming = vote + [occ for occ in upcoming if occ.event.pk != vote[0].event.pk]
        return {"zone": school.zone, "upcoming": upcoming}

    def get_print_context(self, request):
        school = school_of(request)
        return {**self.shared_context(school), "blocks": self.sections_for(), "school": school}


class SubscriptionQuerySet(models.QuerySet):
    def of_person(self, user):
        """The subscriptions of an account: linked to it, or made with its (verified) address."""
        return self.filter(models.Q(user=user) | models.Q(email__iexact=user.email))


class GazetteSubscription(models.Model):
    """A family that receives the gazette by email, in its language, for its classes."""

    site = models.ForeignKey(
        "wagtailcore.Site", verbose_name=_("school"), on_delete=models.CASCADE, related_name="+"
    )
    email = models.EmailField(_("email"), max_length=254)
    language = models.CharField(_("language"), max_length=8, choices=LANGUAGE_CHOICES)
    classes = models.ManyToManyField(
        "classes.SchoolClass", verbose_name=_("classes"), blank=True, related_name="+"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="gazette_subscriptions",
    )
    confirmed_at = models.DateTimeField(_("confirmed"), null=True, blank=True, db_index=True)
    created_at = models.DateTimeField(_("subscribed"), default=timezone.now)
    #: When the last confirmation email was written (at most one each CONFIRMATION_PAUSE).
    confirmation_sent_at = models.DateTimeField(null=True, blank=True)

    objects = SubscriptionQuerySet.as_manager()

    class Meta:
        verbose_name = _("gazette subscription")
        verbose_name_plural = _("gazette subscriptions")
        constraints = [
            models.UniqueConstraint(fields=["site", "email"], name="gazette_one_subscription")
        ]

    def __str__(self):
        return self.email

    @property
    def confirmed(self):
        return self.confirmed_at is not None


class Delivery(models.Model):
    """One issue sent to one subscriber: written once, whatever retries or republishing happen."""

    issue = models.ForeignKey(GazettePage, on_delete=models.CASCADE, related_name="+")
    subscription = models.ForeignKey(
        GazetteSubscription, on_delete=models.CASCADE, related_name="deliveries"
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["issue", "subscription"], name="gazette_one_delivery_per_subscriber"
            )
        ]

    def __str__(self):
        return f"{self.issue_id} → {self.subscription_id}"

    def get_site(self):
        return self.subscription.site


class Acknowledgement(models.Model):
    """A family confirmed reading a section: only the classes it follows are kept, no name."""

    issue = models.ForeignKey(GazettePage, on_delete=models.CASCADE, related_name="+")
    section = models.CharField(max_length=64)
    delivery = models.ForeignKey(
        Delivery, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    classes = models.ManyToManyField("classes.SchoolClass", related_name="gazette_acknowledgements")
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["delivery", "section"], name="gazette_one_acknowledgement"
            )
        ]

    def __str__(self):
        return f"{self.issue_id} {self.section}"


class PaperCount(models.Model):
    """How many families of a class read the gazette on paper, in a language (a count, no name)."""

    school_class = models.ForeignKey(
        "classes.SchoolClass", verbose_name=_("class"), on_delete=models.CASCADE, related_name="+"
    )
    language = models.CharField(_("language"), max_length=8, choices=LANGUAGE_CHOICES)
    copies = models.PositiveSmallIntegerField(_("copies"), default=0)

    panels = [FieldPanel("school_class"), FieldPanel("language"), FieldPanel("copies")]

    class Meta:
        verbose_name = _("paper copies")
        verbose_name_plural = _("paper copies")
        ordering = ["school_class__sort_order", "school_class__name", "language"]
        constraints = [
            models.UniqueConstraint(
                fields=["school_class", "language"], name="gazette_paper_once_per_class_language"
            )
        ]

    def __str__(self):
        return f"{self.school_class} ({self.language}): {self.copies}"
