import re

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from portal import freshness
from portal.pages import PortalPageQuerySet
from portal.translatable import ReviewedTranslationMixin, TranslatableQuerySet

from . import hours
from .fields import ChoiceListField
from .vocabulary import (
    ACCESS,
    FEES,
    KINDS,
    LABELS,
    MOBILITY,
    MODES,
    PROGRAMMES,
    PUBLICS,
    SERVICES,
    SUPPORT,
    language_choices,
)

# The standard's patterns (schema.json), so that what is saved is always exportable.
PIVOT = RegexValidator(
    r"^[a-zA-Z0-9]{9,14}$",
    _("Give the SIRET (14 digits) or the RNA number (W followed by 9 digits), without spaces."),
)
POSTCODE = RegexValidator(r"^\d{5}$", _("A postcode has five digits, for example 69008."))
INSEE = RegexValidator(
    r"^([013-9]\d|2[AB1-9])\d{3}$", _("A town code (INSEE) has five characters, for example 69388.")
)
PHONE = re.compile(r"^(\+33|\+590|\+594|\+262|\+596|\+269|\+687|\+689|\+508|\+681)(\d){6,9}$")


def international_phone(text):
    """ "04 78 00 00 00" -> "+33478000000", the form the standard asks for; "" if it cannot be."""
    digits = re.sub(r"[\s.\-()]", "", text or "")
    if digits.startswith("00"):
        digits = "+" + digits[2:]
    if re.fullmatch(r"0\d{9}", digits):
        digits = "+33" + digits[1:]
    return digits if PHONE.match(digits) else ""


def display_phone(number):
    """ "+33478000000" -> "04 78 00 00 00"; other numbers as stored."""
    if re.fullmatch(r"\+33\d{9}", number or ""):
        local = "0" + number[3:]
        return " ".join(local[i : i + 2] for i in range(0, 10, 2))
    return number or ""


def _split(text):
    return [part.strip() for part in re.split(r"[|\s,;]+", text or "") if part.strip()]


class PartnerQuerySet(TranslatableQuerySet):
    def of_school(self, site):
        return self.filter(site=site)

    def offering(self, *services):
        return self._any("services", services)

    def of_kind(self, *kinds):
        return self.filter(kind__in=kinds)

    def speaking(self, *codes):
        return self._any("languages", codes)

    def free(self):
        return self.filter(fees__contains="|gratuit|")

    def open_evenings(self):
        return self.filter(open_evenings=True)

    def open_weekends(self):
        return self.filter(open_weekends=True)

    def meeting(self, services=(), kinds=()):
        """Partners offering one of `services` or of one of `kinds`."""
        condition = Q(pk__in=[])
        for code in services:
            condition |= Q(services__contains=f"|{code}|")
        if kinds:
            condition |= Q(kind__in=kinds)
        return self.filter(condition)

    def _any(self, field, codes):
        condition = Q()
        for code in codes:
            condition |= Q(**{f"{field}__contains": f"|{code}|"})
        return self.filter(condition) if codes else self


class Partner(ReviewedTranslationMixin, TranslatableMixin, index.Indexed, models.Model):
    """A place or organisation that helps families, described as the national standard for places
    of digital mediation describes it, plus what the school needs: its kind, the languages its
    team speaks, and a contact person for the team (never shown to the public)."""

    site = models.ForeignKey(
        "wagtailcore.Site", verbose_name=_("school"), on_delete=models.CASCADE, related_name="+"
    )
    slug = models.SlugField(
        _("slug"), max_length=80, blank=True, help_text=_("Used in its address.")
    )
    identifier = models.CharField(
        _("identifier"),
        max_length=100,
        blank=True,
        help_text=_("The place's identifier in the network's file; leave empty for a new place."),
    )
    name = models.CharField(_("name"), max_length=200)
    kind = models.CharField(
        _("kind of partner"), max_length=20, choices=KINDS.choices, db_index=True
    )
    pivot = models.CharField(
        _("SIRET or RNA number"),
        max_length=14,
        validators=[PIVOT],
        help_text=_(
            "Required by the national standard. Find it on annuaire-entreprises.data.gouv.fr."
        ),
    )
    summary = models.TextField(
        _("in a few words"),
        max_length=280,
        blank=True,
        help_text=_("What the place does for families, in 280 characters at most."),
    )
    details = models.TextField(_("more details"), blank=True)
    address = models.CharField(_("street address"), max_length=200)
    address_complement = models.CharField(
        _("address complement"),
        max_length=200,
        blank=True,
        help_text=_("Building, floor, entrance."),
    )
    postcode = models.CharField(_("postcode"), max_length=5, validators=[POSTCODE])
    town = models.CharField(_("town"), max_length=100)
    insee_code = models.CharField(
        _("town code (INSEE)"), max_length=5, blank=True, validators=[INSEE]
    )
    latitude = models.DecimalField(
        _("latitude"),
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        validators=[MinValueValidator(-90), MaxValueValidator(90)],
    )
    longitude = models.DecimalField(
        _("longitude"),
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        validators=[MinValueValidator(-180), MaxValueValidator(180)],
    )
    phone = models.CharField(
        _("phone"), max_length=20, blank=True, help_text=_("For example 04 78 00 00 00.")
    )
    emails = models.CharField(
        _("email addresses"), max_length=300, blank=True, help_text=_("Separate several with |.")
    )
    websites = models.CharField(
        _("websites"), max_length=500, blank=True, help_text=_("Separate several with |.")
    )
    opening_hours = models.CharField(
        _("opening hours"),
        max_length=hours.MAX_LENGTH,
        blank=True,
        help_text=_(
            "In OpenStreetMap form, for example: Mo-Fr 09:00-12:00,14:00-18:30; Sa 09:00-12:00. "
            "Hours that cannot be read are shown to families as typed."
        ),
    )
    services = ChoiceListField(_("services"), options=SERVICES.choices)
    languages = ChoiceListField(_("languages spoken by the team"), options=language_choices())
    fees = ChoiceListField(_("fees"), options=FEES.choices)
    publics = ChoiceListField(_("for whom especially"), options=PUBLICS.choices)
    specific_support = ChoiceListField(_("specific support"), options=SUPPORT.choices)
    access_modes = ChoiceListField(_("how to reach them"), options=ACCESS.choices)
    support_modes = ChoiceListField(_("kinds of help"), options=MODES.choices)
    mobility = ChoiceListField(_("fixed or mobile"), options=MOBILITY.choices)
    programmes = ChoiceListField(_("national programmes"), options=PROGRAMMES.choices)
    labels = ChoiceListField(_("trainings and labels"), options=LABELS.choices)
    other_labels = models.CharField(_("other trainings and labels"), max_length=300, blank=True)
    structure_types = models.CharField(
        _("type of structure"), max_length=200, blank=True, help_text=_("For example ASSO|CCAS.")
    )
    parent_organisation = models.CharField(
        _("network or parent organisation"), max_length=200, blank=True
    )
    data_source = models.CharField(_("source of the data"), max_length=200, blank=True)
    appointment_url = models.URLField(_("online appointment address"), max_length=500, blank=True)
    accessibility_url = models.URLField(_("acceslibre page"), max_length=500, blank=True)
    updated_on = models.DateField(_("updated on"), default=timezone.localdate, editable=False)
    #: Computed from the opening hours when saved, so that directory filters are one query.
    open_evenings = models.BooleanField(_("open in the evening"), default=False, editable=False)
    open_weekends = models.BooleanField(_("open at the weekend"), default=False, editable=False)
    # For the school's team only: never on a public page, in the export or in search.
    staff_contact_name = models.CharField(_("contact person"), max_length=200, blank=True)
    staff_contact_phone = models.CharField(_("contact person's phone"), max_length=40, blank=True)
    staff_contact_email = models.EmailField(_("contact person's email"), blank=True)
    staff_notes = models.TextField(_("notes for the team"), blank=True)

    objects = PartnerQuerySet.as_manager()

    panels = [
        FieldPanel("site"),
        FieldPanel("name"),
        FieldPanel("kind"),
        FieldPanel("summary"),
        FieldPanel("details"),
        MultiFieldPanel(
            [
                FieldPanel("address"),
                FieldPanel("address_complement"),
                FieldRowPanel([FieldPanel("postcode"), FieldPanel("town")]),
                FieldPanel("insee_code"),
                FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
            ],
            heading=_("Address"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("phone"),
                FieldPanel("emails"),
                FieldPanel("websites"),
                FieldPanel("appointment_url"),
                FieldPanel("opening_hours"),
            ],
            heading=_("How to reach them"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("services"),
                FieldPanel("languages"),
                FieldPanel("fees"),
                FieldPanel("publics"),
                FieldPanel("specific_support"),
                FieldPanel("access_modes"),
                FieldPanel("support_modes"),
                FieldPanel("mobility"),
            ],
            heading=_("What they offer"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("pivot"),
                FieldPanel("identifier"),
                FieldPanel("slug"),
                FieldPanel("structure_types"),
                FieldPanel("parent_organisation"),
                FieldPanel("programmes"),
                FieldPanel("labels"),
                FieldPanel("other_labels"),
                FieldPanel("accessibility_url"),
                FieldPanel("data_source"),
            ],
            heading=_("National standard"),
            classname="collapsed",
        ),
        MultiFieldPanel(
            [
                FieldPanel("staff_contact_name"),
                FieldPanel("staff_contact_phone"),
                FieldPanel("staff_contact_email"),
                FieldPanel("staff_notes"),
            ],
            heading=_("For the team only (never shown to families)"),
        ),
    ]

    # Names, addresses and numbers are the same in every language; what the place does is
    # translated.
    translatable_fields = [
        TranslatableField("summary"),
        TranslatableField("details"),
        *(
            SynchronizedField(name)
            for name in (
                "site",
                "slug",
                "identifier",
                "name",
                "kind",
                "pivot",
                "address",
                "address_complement",
                "postcode",
                "town",
                "insee_code",
                "latitude",
                "longitude",
                "phone",
                "emails",
                "websites",
                "opening_hours",
                "services",
                "languages",
                "fees",
                "publics",
                "specific_support",
                "access_modes",
                "support_modes",
                "mobility",
                "programmes",
                "labels",
                "other_labels",
                "structure_types",
                "parent_organisation",
                "data_source",
                "appointment_url",
                "accessibility_url",
                "staff_contact_name",
                "staff_contact_phone",
                "staff_contact_email",
                "staff_notes",
            )
        ),
    ]

    # The contact person and notes are not indexed: the admin search does not find them either.
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.SearchField("summary"),
        index.SearchField("town"),
        index.FilterField("site"),
        index.FilterField("locale"),
        index.FilterField("kind"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("partner")
        verbose_name_plural = _("partners")
        ordering = ["name"]
        unique_together = [("translation_key", "locale")]
        constraints = [
            models.UniqueConstraint(
                fields=["site", "locale", "slug"], name="partners_slug_once_per_school"
            )
        ]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        self.emails = "|".join(_split(self.emails))
        self.websites = "|".join(_split(self.websites))
        if not self.slug:
            self.slug = self._free_slug()
        parsed = hours.parse(self.opening_hours)
        self.open_evenings, self.open_weekends = hours.open_times(parsed, timezone.localdate())
        if not getattr(self, "keep_updated_on", False):
            self.updated_on = timezone.localdate()
        super().save(*args, **kwargs)

    def clean(self):
        super().clean()
        errors = {}
        if self.phone:
            number = international_phone(self.phone)
            if number:
                self.phone = number
            else:
                errors["phone"] = _(
                    "Give a French number, for example 04 78 00 00 00 or +33478000000."
                )
        from django.core.validators import URLValidator, validate_email

        for address in _split(self.emails):
            try:
                validate_email(address)
            except ValidationError:
                errors["emails"] = _("“%(value)s” is not an email address.") % {"value": address}
        for url in _split(self.websites):
            try:
                URLValidator(schemes=["http", "https"])(url)
            except ValidationError:
                errors["websites"] = _("“%(value)s” is not a web address.") % {"value": url}
        if errors:
            raise ValidationError(errors)

    def _free_slug(self):
        base = slugify(self.name)[:70] or "partenaire"
        taken = set(
            Partner.objects.filter(site_id=self.site_id, slug__startswith=base)
            .exclude(translation_key=self.translation_key)
            .values_list("slug", flat=True)
        )
        slug, number = base, 2
        while slug in taken:
            slug, number = f"{base}-{number}", number + 1
        return slug

    # --- What pages show -------------------------------------------------------------------

    @property
    def email_list(self):
        return _split(self.emails)

    @property
    def website_list(self):
        return _split(self.websites)

    @property
    def phone_display(self):
        return display_phone(self.phone)

    @property
    def is_free(self):
        return "gratuit" in self.fees

    @property
    def hours_parsed(self):
        return hours.parse(self.opening_hours)

    @property
    def hours_readable(self):
        return not self.opening_hours or self.hours_parsed is not None

    def status(self, now):
        """Open or closed at `now` (naive, the school's local time)."""
        return hours.status(self.hours_parsed, now)

    def kind_label(self):
        return KINDS.label(self.kind)

    def service_labels(self):
        return [SERVICES.label(code) for code in self.services]


class PartnerIndexPage(RoutablePageMixin, Page):
    """The partners directory: who can help families near the school, with filters; each partner
    has its own page under it."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("partners directory")

    @path("")
    def directory(self, request):
        from .views import directory

        return directory(request, self)

    @path("<slug:slug>/")
    def partner(self, request, slug):
        from .views import partner_page

        return partner_page(request, self, slug)

    def partner_url(self, partner, request=None):
        return self.get_url(request) + self.reverse_subpage("partner", args=(partner.slug,))


def pages_of_school(model, site):
    """Live public pages of type `model` in the school's tree, in every language (one query)."""
    if site is None:
        return model.objects.none()
    return PortalPageQuerySet(model).visible().in_site(site)


def directory_for(site, locale):
    """The school's directory page in `locale`, else in French: where partners are linked. Every
    event with partners asks it: kept until something changes."""

    def read():
        pages = pages_of_school(PartnerIndexPage, site).select_related("locale")
        return {page.locale.language_code: page for page in pages}

    found = freshness.remembered(f"directory:{site.pk if site else 0}", read)
    return found.get(locale.language_code) or found.get(settings.LANGUAGE_CODE)


# The questionnaire's and the parents' questions' models live in their sub-packages.
from .questionnaire.models import (  # noqa: E402
    Answer,
    Campaign,
    Choice,
    Question,
    QuestionnairePage,
    Response,
)
from .questions.models import AnsweredQuestionPage, ParentQuestion, ParentQuestionsPage  # noqa: E402

__all__ = [
    "Answer",
    "AnsweredQuestionPage",
    "Campaign",
    "Choice",
    "ParentQuestion",
    "ParentQuestionsPage",
    "Partner",
    "PartnerIndexPage",
    "Question",
    "QuestionnairePage",
    "Response",
    "directory_for",
    "pages_of_school",
]
