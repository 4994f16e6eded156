"""Parents' questions to the school ("Ask the school") and the answers the team publishes.

A question keeps what the parent wrote, the language and, only if they want a personal answer,
an email address. No client address is stored.
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Locale, Page
from wagtail.search import index

from portal.translatable import in_language_else_source

MAX_QUESTION_LENGTH = 2000


class Status(models.TextChoices):
    NEW = "new", _("New")
    ANSWERED = "answered", _("Answered")
    PUBLISHED = "published", _("Published in the FAQ")
    CLOSED = "closed", _("Closed without answer")


class ParentQuestionQuerySet(models.QuerySet):
    def waiting(self):
        return self.filter(status=Status.NEW)

    def from_addresses(self, addresses):
        condition = Q(pk__in=[])
        for address in addresses:
            condition |= Q(email__iexact=address)
        return self.exclude(email="").filter(condition)


class ParentQuestion(models.Model):
    """What a parent asked, and how the team answered it."""

    site = models.ForeignKey(
        "wagtailcore.Site", verbose_name=_("school"), on_delete=models.CASCADE, related_name="+"
    )
    text = models.TextField(_("question"), max_length=MAX_QUESTION_LENGTH)
    email = models.EmailField(_("email for a personal answer"), blank=True)
    language = models.CharField(_("language"), max_length=8)
    received_at = models.DateTimeField(_("received"), default=timezone.now, db_index=True)
    status = models.CharField(
        _("status"), max_length=12, choices=Status.choices, default=Status.NEW, db_index=True
    )
    private_answer = models.TextField(_("personal answer"), blank=True)
    answered_at = models.DateTimeField(_("answered"), null=True, blank=True)
    answered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    public_question = models.TextField(
        _("question as published"),
        blank=True,
        help_text=_("Edited so that nobody can be recognised: no name, no class, no date."),
    )
    public_answer = models.TextField(_("answer as published"), blank=True)
    faq_page = models.ForeignKey(
        "partners.AnsweredQuestionPage",
        verbose_name=_("FAQ entry"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    objects = ParentQuestionQuerySet.as_manager()

    class Meta:
        verbose_name = _("parent's question")
        verbose_name_plural = _("parents' questions")
        ordering = ["-received_at"]

    def __str__(self):
        text = " ".join(self.text.split())
        return text if len(text) <= 80 else text[:79] + "…"


class ParentQuestionsPage(Page):
    """Questions parents asked, answered by the team, and the form to ask a new one."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]
    subpage_types = ["partners.AnsweredQuestionPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("questions from parents")

    def serve(self, request, *args, **kwargs):
        if request.method == "POST":
            from .views import ask

            return ask(request, self)
        return super().serve(request, *args, **kwargs)

    def get_context(self, request, *args, form=None, **kwargs):
        from .views import questions_context

        context = super().get_context(request, *args, **kwargs)
        context.update(questions_context(request, self, form))
        return context

    def answered(self):
        """Published answers in this page's language, and French ones not yet translated."""
        pages = [
            self.get_translation_or_none(Locale.objects.get(language_code=settings.LANGUAGE_CODE))
        ]
        under = Q()
        for page in filter(None, [self, *pages]):
            under |= Q(path__startswith=page.path, depth=page.depth + 1)
        return (
            in_language_else_source(
                AnsweredQuestionPage.objects.live().public().filter(under),
                self.locale,
                translations=AnsweredQuestionPage.objects.live(),
            )
            .select_related("locale")
            .order_by("-first_published_at")
        )


class AnsweredQuestionPage(Page):
    """One parent's question, edited so that nobody can be recognised, and the team's answer."""

    question = models.TextField(_("question"))
    answer = RichTextField(_("answer"), features=["bold", "italic", "link", "ol", "ul"])

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel([FieldPanel("question"), FieldPanel("answer")], heading=_("FAQ entry")),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("question"),
        index.SearchField("answer"),
    ]
    parent_page_types = ["partners.ParentQuestionsPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("answered question")
