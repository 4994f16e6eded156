"""The representatives' area: private to the Representatives and the Director through Wagtail's
page privacy for groups, with the minutes of their meetings and the privileged representative
the others chose as the team's contact."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import models
from django.db.models import Count, Max
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from pages.blocks import body_blocks
from pages.mixins import PlainWordsMixin
from portal import roles
from portal.pages import PortalPageManager

#: Who may read the area.
READERS = roles.REPRESENTATIVES_READERS


def keep_private(page):
    """Restrict `page` to the readers of the area, as the admin's privacy dialog does."""
    roles.keep_private(page, READERS)


class RepresentativeAreaPage(PlainWordsMixin, Page):
    """The representatives' own space. It is made private when it is created."""

    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(body_blocks(), blank=True, verbose_name=_("body"))
    privileged_representative = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("privileged representative"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Leave empty to follow the representatives’ own choice, made in their area; "
            "choose someone here only to override it."
        ),
    )
    privileged_contact = models.TextField(
        _("how to reach them"),
        blank=True,
        help_text=_("Phone, email, and when they can be reached, as they agreed to share it."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        *PlainWordsMixin.plain_words_panels,
        FieldPanel("body"),
        MultiFieldPanel(
            [FieldPanel("privileged_representative"), FieldPanel("privileged_contact")],
            heading=_("Privileged representative"),
        ),
    ]
    search_fields = [*Page.search_fields, index.SearchField("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["reps.MinutesPage"]
    max_count_per_parent = 1

    objects = PortalPageManager()

    class Meta:
        verbose_name = _("representatives’ area")

    def save(self, *args, **kwargs):
        created = self.pk is None
        result = super().save(*args, **kwargs)
        if created:
            keep_private(self)
        return result

    def chosen_by_representatives(self):
        """The representative most of the others chose (at a tie, the first to get there)."""
        top = (
            self.choices.filter(
                voter__groups__name=roles.REPRESENTATIVE,
                candidate__groups__name=roles.REPRESENTATIVE,
            )
            .values("candidate")
            .annotate(votes=Count("pk"), last=Max("chosen_at"))
            .order_by("-votes", "last")
            .first()
        )
        return get_user_model().objects.filter(pk=top["candidate"]).first() if top else None

    def privileged(self):
        """The team's first contact: the Director's override, else the representatives'
        choice."""
        return self.privileged_representative or self.chosen_by_representatives()

    def serve(self, request, *args, **kwargs):
        if request.method == "POST":
            from .views import choose

            return choose(self, request)
        return super().serve(request, *args, **kwargs)

    def get_context(self, request, *args, choice_form=None, **kwargs):
        from .views import area_context

        context = super().get_context(request, *args, **kwargs)
        context.update(area_context(self, request, choice_form))
        return context


class PrivilegedChoice(models.Model):
    """Who a representative wants as the team's privileged contact: one choice each, which
    they may change at any time."""

    area = models.ForeignKey(
        RepresentativeAreaPage, on_delete=models.CASCADE, related_name="choices"
    )
    voter = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    candidate = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("privileged representative"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    chosen_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("choice of the privileged representative")
        constraints = [
            models.UniqueConstraint(fields=["area", "voter"], name="reps_one_choice_each")
        ]

    def __str__(self):
        return f"{self.voter_id} → {self.candidate_id}"


class MinutesPage(PlainWordsMixin, Page):
    """The minutes of a meeting, emailed to the representatives when first published."""

    date = models.DateField(_("date of the meeting"), db_index=True)
    attendees = models.TextField(_("who attended"), blank=True)
    body = StreamField(body_blocks(), blank=True, verbose_name=_("what was said"))
    decisions = models.TextField(_("decisions"), blank=True, help_text=_("One decision per line."))
    documents = StreamField(
        [("document", DocumentChooserBlock(label=_("Document")))],
        blank=True,
        verbose_name=_("documents"),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("date"),
        FieldPanel("attendees"),
        *PlainWordsMixin.plain_words_panels,
        FieldPanel("body"),
        FieldPanel("decisions"),
        FieldPanel("documents"),
    ]
    search_fields = [*Page.search_fields, index.SearchField("body")]
    parent_page_types = ["reps.RepresentativeAreaPage"]
    subpage_types = []

    objects = PortalPageManager()

    class Meta:
        verbose_name = _("minutes of a meeting")
        verbose_name_plural = _("minutes")
        ordering = ["-date"]

    def decision_list(self):
        return [line.strip() for line in self.decisions.splitlines() if line.strip()]

    def is_new(self):
        return (timezone.localdate() - self.date).days < 30
