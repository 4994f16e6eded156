"""The school's action plan, its quarterly reviews with the parents' representatives, and the
elections of the representatives.

The plan and its reviews are private: the school gives them a view restriction for the
Director, the Teachers and the Representatives (a review lives under its plan and inherits it).
Their parents are left open so that they can live in the representatives' area.
"""

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel

from pages.mixins import PlainWordsMixin, PrintableMixin
from portal.pages import PortalPageManager
from portal.school_calendar.calendar import school_year_of

from .periods import QUARTER_NAMES, QUARTERS, Quarter, year_bounds, year_label


class TargetGroup(models.TextChoices):
    ALL = "all", _("Every family")
    FURTHEST = "furthest", _("Families furthest from school")
    NO_FRENCH = "no-french", _("Parents who do not read French")
    WORKING = "working", _("Parents who work late or at weekends")
    NEW = "new", _("New families")
    REPRESENTATIVES = "representatives", _("Parents’ representatives")


class Status(models.TextChoices):
    PLANNED = "planned", _("Planned")
    RUNNING = "running", _("Running")
    DONE = "done", _("Done")
    DROPPED = "dropped", _("Dropped")


class KeyListField(models.CharField):
    """A list of indicator keys, stored comma-separated; edited as checkboxes."""

    def from_db_value(self, value, expression, connection):
        return self.to_python(value)

    def to_python(self, value):
        if isinstance(value, list | tuple):
            return list(value)
        return [key for key in (value or "").split(",") if key]

    def get_prep_value(self, value):
        return ",".join(self.to_python(value))

    def value_to_string(self, obj):
        return self.get_prep_value(self.value_from_object(obj))

    def formfield(self, **kwargs):
        from . import indicators

        return forms.MultipleChoiceField(
            label=self.verbose_name,
            required=not self.blank,
            choices=indicators.choices,
            widget=forms.CheckboxSelectMultiple,
            help_text=self.help_text,
        )


class ObjectiveBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Objective"), max_length=200)
    detail = blocks.TextBlock(label=_("What it means"), required=False)

    class Meta:
        icon = "pick"
        label = _("Objective")


class ActionPlanPage(PlainWordsMixin, Page):
    """Aim, act, analyse: the school's objectives and the actions that serve them. The plain-words
    summary (`public_summary`) is what the parents' space shows of it."""

    intro = models.TextField(_("stakes"), blank=True)
    objectives = StreamField(
        [("objective", ObjectiveBlock())], blank=True, verbose_name=_("objectives")
    )
    public_summary = models.TextField(
        _("summary for every family"),
        blank=True,
        help_text=_("Shown in the parents’ space, in everyday words. Names no family."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("objectives"),
        FieldPanel("public_summary"),
        *PlainWordsMixin.plain_words_panels,
        InlinePanel("actions", heading=_("Actions"), label=_("Action")),
    ]
    search_fields = [*Page.search_fields, index.SearchField("intro")]
    subpage_types = ["followup.QuarterlyReviewPage"]
    max_count_per_parent = 1

    objects = PortalPageManager()

    class Meta:
        verbose_name = _("action plan")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["actions"] = self.actions.prefetch_related("partners")
        context["reviews"] = (
            QuarterlyReviewPage.objects.child_of(self).live().order_by("-school_year", "-quarter")
        )
        return context


class Action(Orderable, ClusterableModel):
    """One thing the school does for its objectives. Reviews change its status."""

    page = ParentalKey(ActionPlanPage, on_delete=models.CASCADE, related_name="actions")
    title = models.CharField(_("action"), max_length=200)
    owner = models.CharField(
        _("who leads it"), max_length=120, help_text=_("A role or a team, e.g. the director.")
    )
    target_group = models.CharField(
        _("for whom"), max_length=20, choices=TargetGroup.choices, default=TargetGroup.ALL
    )
    starts = models.DateField(_("starts"), null=True, blank=True)
    ends = models.DateField(_("ends"), null=True, blank=True)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.PLANNED, db_index=True
    )
    partners = ParentalManyToManyField(
        "partners.Partner",
        blank=True,
        related_name="+",
        verbose_name=_("with these partners"),
        limit_choices_to=models.Q(locale__language_code=settings.LANGUAGE_CODE),
    )
    indicators = KeyListField(
        _("indicators it should move"), max_length=500, blank=True, default=list
    )

    panels = [
        FieldPanel("title"),
        FieldRowPanel([FieldPanel("owner"), FieldPanel("target_group")]),
        FieldRowPanel([FieldPanel("starts"), FieldPanel("ends"), FieldPanel("status")]),
        FieldPanel("partners", widget=forms.CheckboxSelectMultiple),
        FieldPanel("indicators"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("action")
        verbose_name_plural = _("actions")

    def __str__(self):
        return self.title

    def clean(self):
        super().clean()
        if self.starts and self.ends and self.ends < self.starts:
            raise ValidationError({"ends": _("The end must come after the start.")})

    def indicator_labels(self):
        from . import indicators

        labels = dict(indicators.choices())
        return [labels[key] for key in self.indicators if key in labels]


class CandidateListBlock(blocks.StructBlock):
    name = blocks.CharBlock(label=_("Name of the list"), max_length=200)
    candidates = blocks.TextBlock(
        label=_("Candidates"), help_text=_("One per line, as the list gives them.")
    )

    class Meta:
        icon = "group"
        label = _("Candidate list")


def _within_year(day, year):
    first, end = year_bounds(year)
    return first <= day < end


class ElectionPage(PlainWordsMixin, Page):
    """The election of the parents' representatives of one school year. After the vote the school
    enters registered voters and votes cast: the turnout joins the follow-up's indicators."""

    school_year = models.PositiveSmallIntegerField(
        _("school year"), help_text=_("The year of its September: 2026 for 2026–2027.")
    )
    date = models.DateField(_("date of the vote"))
    opens = models.TimeField(_("polling station opens"))
    closes = models.TimeField(_("polling station closes"))
    how_to_vote = models.TextField(
        _("how to vote"),
        help_text=_("In person and by post, in everyday words: what to bring, where, until when."),
    )
    candidate_lists = StreamField(
        [("list", CandidateListBlock())], blank=True, verbose_name=_("candidate lists")
    )
    registered_voters = models.PositiveIntegerField(
        _("registered voters"), null=True, blank=True, validators=[MinValueValidator(0)]
    )
    votes_cast = models.PositiveIntegerField(
        _("votes cast"), null=True, blank=True, validators=[MinValueValidator(0)]
    )

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("school_year"),
                FieldPanel("date"),
                FieldRowPanel([FieldPanel("opens"), FieldPanel("closes")]),
            ],
            heading=_("When"),
        ),
        FieldPanel("how_to_vote"),
        *PlainWordsMixin.plain_words_panels,
        FieldPanel("candidate_lists"),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("registered_voters"), FieldPanel("votes_cast")])],
            heading=_("After the vote"),
        ),
    ]
    search_fields = [*Page.search_fields, index.SearchField("how_to_vote")]
    subpage_types = []

    objects = PortalPageManager()

    class Meta:
        verbose_name = _("election of parents’ representatives")

    @property
    def year_label(self):
        return year_label(self.school_year) if self.school_year else ""

    @property
    def turnout(self):
        """Votes cast per hundred registered voters, or None before the figures are in."""
        if not self.registered_voters or self.votes_cast is None:
            return None
        return round(100 * self.votes_cast / self.registered_voters, 1)

    def clean(self):
        super().clean()
        errors = {}
        for name in ("registered_voters", "votes_cast"):
            value = getattr(self, name)
            if value is not None and value < 0:
                errors[name] = _("This number cannot be below zero.")
        if (
            self.registered_voters is not None
            and self.votes_cast is not None
            and self.votes_cast > self.registered_voters
            and "votes_cast" not in errors
        ):
            errors["votes_cast"] = _("There cannot be more votes cast than registered voters.")
        if self.votes_cast is not None and self.registered_voters is None:
            errors["registered_voters"] = _("Enter the registered voters with the votes cast.")
        if self.school_year is not None and not 1950 <= self.school_year <= 2199:
            errors["school_year"] = _("Enter a school year such as 2026.")
        elif self.date and self.school_year and not _within_year(self.date, self.school_year):
            errors["date"] = _("The vote must take place during the school year %(year)s.") % {
                "year": year_label(self.school_year)
            }
        if self.opens and self.closes and self.closes <= self.opens:
            errors["closes"] = _("The polling station must close after it opens.")
        if self.school_year and "school_year" not in errors and self._another_this_year():
            errors["school_year"] = _("This school year already has its election page.")
        if errors:
            raise ValidationError(errors)

    def _another_this_year(self):
        parent = self.get_parent() if self.pk else None
        if parent is None:
            return False
        others = ElectionPage.objects.child_of(parent).filter(
            school_year=self.school_year, locale_id=self.locale_id
        )
        return others.exclude(pk=self.pk).exists()


class QuarterlyReviewPage(PrintableMixin, Page):
    """The quick review of one quarter at the teachers' council, shared with the parents'
    representatives: the figures as they were when it opened, an analysis, the representatives'
    comments and the decisions that changed the plan."""

    school_year = models.PositiveSmallIntegerField(_("school year"))
    quarter = models.PositiveSmallIntegerField(
        _("quarter"), choices=[(n, QUARTER_NAMES[n]) for n in QUARTERS]
    )
    #: The indicators computed when the review opened (`indicators.compute(...).as_json()`).
    figures = models.JSONField(_("figures"), default=dict, blank=True, editable=False)
    analysis = models.TextField(_("analysis"), blank=True)
    meeting = models.ForeignKey(
        "events.EventPage",
        verbose_name=_("review meeting"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    content_panels = [
        *Page.content_panels,
        FieldRowPanel(
            [FieldPanel("school_year", read_only=True), FieldPanel("quarter", read_only=True)]
        ),
        FieldPanel("analysis"),
        FieldPanel("meeting"),
    ]
    parent_page_types = ["followup.ActionPlanPage"]
    subpage_types = []
    # Opened from the dashboard only, which freezes the figures and refuses a quarter already
    # reviewed: the editor's "add a page" would make a review without its quarter.
    is_creatable = False
    print_template = "followup/print/review.html"

    objects = PortalPageManager()

    class Meta:
        verbose_name = _("quarterly review")

    @property
    def period(self):
        return Quarter(self.school_year, self.quarter)

    def clean(self):
        super().clean()
        parent = self.get_parent() if self.pk else None
        if parent is not None and self.already_reviewed(parent, self.period, exclude=self.pk):
            raise ValidationError(_("This quarter already has its review."))

    @classmethod
    def already_reviewed(cls, plan, period, exclude=None):
        found = cls.objects.child_of(plan).filter(
            school_year=period.year, quarter=period.number, locale_id=plan.locale_id
        )
        return found.exclude(pk=exclude).exists() if exclude else found.exists()

    def get_context(self, request, *args, **kwargs):
        from .views import review_context

        context = super().get_context(request, *args, **kwargs)
        context.update(review_context(self, request))
        return context

    def serve(self, request, *args, **kwargs):
        if request.method == "POST":
            from .views import review_post

            return review_post(self, request)
        return super().serve(request, *args, **kwargs)

    def get_print_context(self, request):
        from .views import review_context

        return review_context(self, request, printing=True)


class ReviewComment(models.Model):
    """A representative's (or a team member's) comment on a review."""

    review = models.ForeignKey(
        QuarterlyReviewPage, on_delete=models.CASCADE, related_name="comments"
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    body = models.TextField(_("your comment"), max_length=2000)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at"]
        verbose_name = _("comment on a review")
        verbose_name_plural = _("comments on reviews")

    def __str__(self):
        return self.body[:60]


class DecisionKind(models.TextChoices):
    ADD = "add", _("Add an action")
    STATUS = "status", _("Change the status of an action")
    DROP = "drop", _("Drop an action")


class ReviewDecision(models.Model):
    """What the review decided; recording it changes the action plan (a new revision of it)."""

    review = models.ForeignKey(
        QuarterlyReviewPage, on_delete=models.CASCADE, related_name="decisions"
    )
    kind = models.CharField(_("decision"), max_length=10, choices=DecisionKind.choices)
    action = models.ForeignKey(
        Action,
        verbose_name=_("action"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="decisions",
    )
    #: The action's title when decided, kept if the action is later removed from the plan.
    action_title = models.CharField(_("action"), max_length=200)
    status = models.CharField(_("new status"), max_length=10, choices=Status.choices, blank=True)
    note = models.TextField(_("why"), blank=True, max_length=2000)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at"]
        verbose_name = _("decision of a review")
        verbose_name_plural = _("decisions of reviews")

    def __str__(self):
        return f"{self.get_kind_display()}: {self.action_title}"


def school_year_of_today(zone):
    from django.utils import timezone

    return school_year_of(timezone.now().astimezone(zone).date())
