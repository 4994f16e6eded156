"""The parents' digital questionnaire: the school's questions, its campaigns, and anonymous answers.

An answer keeps no name, no address, no time of day: only the campaign, the class if the parent
gave it, the language of the form and the day.
"""

import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField

from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel

from portal.translatable import ReviewedTranslationMixin, TranslatableQuerySet

from ..fields import ChoiceListField
from ..vocabulary import KINDS, SERVICES, language_choices

#: At most this many questions: the questionnaire is answered in three minutes on a phone.
MAX_QUESTIONS = 12

PICTOGRAMS = [
    ("phone", _("Phone")),
    ("computer", _("Computer")),
    ("printer", _("Printer")),
    ("wifi", _("Internet connection")),
    ("email", _("Email")),
    ("school", _("School")),
    ("help", _("Help")),
    ("channel", _("Messages")),
    ("clock", _("Clock")),
    ("language", _("Languages")),
]


class QuestionQuerySet(TranslatableQuerySet):
    def of_school(self, site):
        return self.filter(site=site)

    def asked(self):
        return self.filter(active=True).order_by("sort_order", "pk")


class Question(ReviewedTranslationMixin, TranslatableMixin, ClusterableModel):
    """One question of the school's digital questionnaire, in plain words, with its choices."""

    site = models.ForeignKey(
        "wagtailcore.Site", verbose_name=_("school"), on_delete=models.CASCADE, related_name="+"
    )
    text = models.CharField(
        _("question"), max_length=200, help_text=_("Short, in everyday words, one idea.")
    )
    hint = models.CharField(_("hint"), max_length=200, blank=True)
    pictogram = models.CharField(_("pictogram"), max_length=20, choices=PICTOGRAMS)
    multiple = models.BooleanField(_("several answers possible"), default=False)
    audio = models.ForeignKey(
        settings.WAGTAILDOCS_DOCUMENT_MODEL,
        verbose_name=_("recording of the question"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Optional: the question read aloud (MP3, OGG or M4A), one per language."),
    )
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)
    active = models.BooleanField(_("asked"), default=True)

    objects = QuestionQuerySet.as_manager()

    panels = [
        FieldPanel("site"),
        FieldPanel("text"),
        FieldPanel("hint"),
        FieldRowPanel([FieldPanel("pictogram"), FieldPanel("multiple")]),
        FieldPanel("audio"),
        FieldRowPanel([FieldPanel("sort_order"), FieldPanel("active")]),
        InlinePanel("choices", label=_("Choices"), min_num=2, max_num=12),
    ]
    translatable_fields = [
        TranslatableField("text"),
        TranslatableField("hint"),
        TranslatableField("choices"),
        SynchronizedField("site"),
        SynchronizedField("pictogram"),
        SynchronizedField("multiple"),
        SynchronizedField("audio", overridable=True),
        SynchronizedField("sort_order"),
        SynchronizedField("active"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("questionnaire question")
        verbose_name_plural = _("questionnaire questions")
        ordering = ["sort_order", "pk"]
        unique_together = [("translation_key", "locale")]

    def __str__(self):
        return self.text

    @property
    def pictogram_path(self):
        return f"img/partners/{self.pictogram}.svg"

    def clean(self):
        super().clean()
        if self.active and self.site_id and self.locale_id:
            others = (
                Question.objects.of_school(self.site_id)
                .filter(locale_id=self.locale_id, active=True)
                .exclude(translation_key=self.translation_key)
            )
            if others.count() >= MAX_QUESTIONS:
                raise ValidationError(
                    {
                        "active": _(
                            "A questionnaire asks at most %(count)d questions: stop asking another "
                            "one first."
                        )
                        % {"count": MAX_QUESTIONS}
                    }
                )


class Choice(TranslatableMixin, Orderable):
    """A possible answer, and the partners it points to."""

    question = ParentalKey(Question, related_name="choices", on_delete=models.CASCADE)
    code = models.SlugField(
        _("code"), max_length=40, help_text=_("Short and stable; the same in every language.")
    )
    label = models.CharField(_("answer"), max_length=120)
    services = ChoiceListField(
        _("suggests places offering"),
        options=SERVICES.choices,
        help_text=_("Partners offering one of these are shown to parents who choose this answer."),
    )
    kinds = ChoiceListField(_("suggests partners of kind"), options=KINDS.choices)
    language = models.CharField(
        _("suggests partners speaking"), max_length=8, blank=True, choices=language_choices()
    )

    panels = [
        FieldRowPanel([FieldPanel("label"), FieldPanel("code")]),
        FieldPanel("services"),
        FieldPanel("kinds"),
        FieldPanel("language"),
    ]
    translatable_fields = [
        TranslatableField("label"),
        SynchronizedField("code"),
        SynchronizedField("services"),
        SynchronizedField("kinds"),
        SynchronizedField("language"),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("choice")
        unique_together = [("translation_key", "locale")]

    def __str__(self):
        return self.label


class CampaignQuerySet(models.QuerySet):
    def of_school(self, site):
        return self.filter(site=site)

    def open_on(self, day):
        return self.filter(opens_on__lte=day, closes_on__gte=day, closed_early=False)


class Campaign(ClusterableModel):
    """A time when the school asks parents to answer, for some classes or all."""

    site = models.ForeignKey(
        "wagtailcore.Site", verbose_name=_("school"), on_delete=models.CASCADE, related_name="+"
    )
    title = models.CharField(_("title"), max_length=120)
    opens_on = models.DateField(_("opens on"), default=timezone.localdate)
    closes_on = models.DateField(_("closes on"))
    closed_early = models.BooleanField(
        _("closed"), default=False, help_text=_("Tick to close the questionnaire now.")
    )
    classes = ParentalManyToManyField(
        "classes.SchoolClass",
        verbose_name=_("classes"),
        blank=True,
        related_name="+",
        help_text=_("Parents say which class their child is in. Leave empty for the whole school."),
    )
    created_at = models.DateTimeField(auto_now_add=True)

    objects = CampaignQuerySet.as_manager()

    panels = [
        FieldPanel("site"),
        FieldPanel("title"),
        FieldRowPanel([FieldPanel("opens_on"), FieldPanel("closes_on")]),
        FieldPanel("closed_early"),
        FieldPanel("classes"),
    ]

    class Meta:
        verbose_name = _("questionnaire campaign")
        verbose_name_plural = _("questionnaire campaigns")
        ordering = ["-opens_on", "-pk"]

    def __str__(self):
        return self.title

    def clean(self):
        super().clean()
        if self.opens_on and self.closes_on and self.closes_on < self.opens_on:
            raise ValidationError({"closes_on": _("A campaign closes after it opens.")})
        if (
            self.opens_on
            and self.closes_on
            and self.closes_on - self.opens_on > datetime.timedelta(days=366)
        ):
            raise ValidationError({"closes_on": _("A campaign lasts at most a year.")})

    def is_open(self, day=None):
        day = day or timezone.localdate()
        return not self.closed_early and self.opens_on <= day <= self.closes_on

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        from .defaults import install

        # The first campaign of a school starts from the default questions.
        install(self.site)


class Response(models.Model):
    """One parent's answers: anonymous."""

    campaign = models.ForeignKey(Campaign, on_delete=models.CASCADE, related_name="responses")
    school_class = models.ForeignKey(
        "classes.SchoolClass", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    language = models.CharField(max_length=8)
    answered_on = models.DateField(default=timezone.localdate)

    class Meta:
        verbose_name = _("questionnaire answer")
        verbose_name_plural = _("questionnaire answers")

    def __str__(self):
        return f"{self.campaign_id}/{self.pk}"


class Answer(models.Model):
    """One choice ticked in a response, for the source-language question."""

    response = models.ForeignKey(Response, on_delete=models.CASCADE, related_name="answers")
    question = models.ForeignKey(Question, on_delete=models.CASCADE, related_name="+")
    code = models.SlugField(max_length=40)

    class Meta:
        indexes = [models.Index(fields=["question", "code"])]

    def __str__(self):
        return self.code


class QuestionnairePage(Page):
    """Where parents answer the school's digital questionnaire while a campaign is open."""

    intro = models.TextField(
        _("introduction"),
        blank=True,
        help_text=_("Why the school asks, in two sentences. Say it is anonymous and short."),
    )

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("digital questionnaire")

    def serve(self, request, *args, **kwargs):
        if request.method == "POST":
            from .views import answer

            return answer(request, self)
        return super().serve(request, *args, **kwargs)

    def get_context(self, request, *args, form=None, **kwargs):
        from .views import questionnaire_context

        context = super().get_context(request, *args, **kwargs)
        context.update(questionnaire_context(request, self, form))
        return context
