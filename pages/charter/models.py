"""The charter the school co-writes with the parents' representatives: a preamble and ordered
articles, the versions adopted so far, and the consultation around the next draft (proposals,
supports, comments, the school's answers)."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import path
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index

from modelcluster.fields import ParentalKey

from pages.mixins import PlainWordsMixin, PrintableMixin
from portal import ids  # noqa: F401  (registers <id:…>)
from portal.pages import PortalPageManager

#: Longest text a person may type in a proposal or a comment.
MAX_TEXT = 5000


class Status(models.TextChoices):
    DRAFT = "draft", _("Draft")
    CONSULTATION = "consultation", _("In consultation")
    ADOPTED = "adopted", _("Adopted")


class CharterPage(PrintableMixin, PlainWordsMixin, Page):
    """The charter. Visitors read the last adopted version (a CharterVersion); the page's own
    articles are the text being worked on, which becomes the next version when the page is
    published with the status "adopted"."""

    preamble = models.TextField(_("preamble"), blank=True)
    status = models.CharField(
        _("status"), max_length=16, choices=Status.choices, default=Status.DRAFT
    )
    adopted_on = models.DateField(_("adopted on"), null=True, blank=True)
    adopted_by = models.CharField(
        _("adopted by"),
        max_length=200,
        blank=True,
        help_text=_("The body that adopted it, for example the school council."),
    )
    consultation_opens = models.DateTimeField(_("consultation opens"), null=True, blank=True)
    consultation_closes = models.DateTimeField(_("consultation closes"), null=True, blank=True)
    answerer = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("who answers proposals besides the director"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("A teacher the director names to answer the representatives’ proposals."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("preamble"),
        *PlainWordsMixin.plain_words_panels,
        InlinePanel("articles", heading=_("Articles"), label=_("Article")),
        MultiFieldPanel(
            [
                # Representatives edit the text in the admin; the consultation is the Director's.
                FieldPanel(name, permission="charter.run_consultation")
                for name in (
                    "status",
                    "adopted_on",
                    "adopted_by",
                    "consultation_opens",
                    "consultation_closes",
                    "answerer",
                )
            ],
            heading=_("Consultation and adoption"),
            permission="charter.run_consultation",
        ),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("preamble"),
        *PlainWordsMixin.plain_words_search_fields,
    ]
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1
    print_template = "charter/print/charter_page.html"

    objects = PortalPageManager()

    class Meta:
        verbose_name = _("charter")
        permissions = [
            ("run_consultation", _("Can open a consultation, name who answers and adopt")),
        ]

    def consultation_open(self, now=None):
        now = now or timezone.now()
        return (
            self.status == Status.CONSULTATION
            and self.consultation_opens is not None
            and self.consultation_closes is not None
            and self.consultation_opens <= now < self.consultation_closes
        )

    def snapshot(self):
        """The text as it stands, in the shape a CharterVersion keeps."""
        return [
            {
                "anchor": article.anchor,
                "title": article.title,
                "text": article.text,
                "plain_words": article.plain_words,
            }
            for article in self.articles.all()
        ]

    def last_version(self):
        return self.versions.order_by("-number").first()

    def get_print_context(self, request):
        return {"version": self.last_version()}

    def get_context(self, request, *args, **kwargs):
        from .views import charter_context

        context = super().get_context(request, *args, **kwargs)
        context.update(charter_context(self, request))
        return context

    # The reading and co-writing views live in views.py.
    @path("versions/")
    def versions_view(self, request):
        from . import views

        return views.versions(request, self)

    @path("versions/<id:number>/")
    def version_view(self, request, number):
        from . import views

        return views.version(request, self, number)

    @path("changes/<id:old>/<id:new>/")
    def diff_view(self, request, old, new):
        from . import views

        return views.diff(request, self, old, new)

    @path("changes/draft/")
    def draft_diff_view(self, request):
        from . import views

        return views.draft_diff(request, self)

    @path("consultation/")
    def consultation_view(self, request):
        from . import views

        return views.consultation(request, self)

    @path("propose/")
    def propose_view(self, request):
        from . import views

        return views.propose(request, self)

    @path("comment/<slug:anchor>/")
    def comment_view(self, request, anchor):
        from . import views

        return views.comment(request, self, anchor)

    @path("proposals/<id:pk>/support/")
    def support_view(self, request, pk):
        from . import views

        return views.support(request, self, pk)

    @path("proposals/<id:pk>/answer/")
    def answer_view(self, request, pk):
        from . import views

        return views.answer(request, self, pk)

    @path("consolidate/")
    def consolidate_view(self, request):
        from . import views

        return views.consolidate(request, self)

    @path("adopt/")
    def adopt_view(self, request):
        from . import views

        return views.adopt(request, self)


class CharterArticle(TranslatableMixin, Orderable):
    """One article. Its anchor stays the same through versions, so that diffs, links and
    proposals follow it when its title changes."""

    page = ParentalKey(CharterPage, on_delete=models.CASCADE, related_name="articles")
    anchor = models.SlugField(
        _("anchor"),
        max_length=80,
        blank=True,
        help_text=_("Part of the article’s address; filled from the title, then never changed."),
    )
    title = models.CharField(_("title"), max_length=200)
    text = models.TextField(_("text"))
    plain_words = models.TextField(_("in plain words"), blank=True)

    panels = [
        FieldPanel("title"),
        FieldPanel("text"),
        FieldPanel("plain_words"),
        FieldPanel("anchor"),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("article")
        verbose_name_plural = _("articles")

    def save(self, *args, **kwargs):
        if not self.anchor:
            self.anchor = slugify(self.title)[:70] or "article"
        return super().save(*args, **kwargs)

    def __str__(self):
        return self.title


class CharterVersion(models.Model):
    """An adopted version, kept as it was adopted."""

    page = models.ForeignKey(CharterPage, on_delete=models.CASCADE, related_name="versions")
    number = models.PositiveIntegerField(_("version"))
    adopted_on = models.DateField(_("adopted on"))
    adopted_by = models.CharField(_("adopted by"), max_length=200, blank=True)
    preamble = models.TextField(_("preamble"), blank=True)
    articles = models.JSONField(_("articles"), default=list)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("adopted version of the charter")
        verbose_name_plural = _("adopted versions of the charter")
        ordering = ["-number"]
        constraints = [
            models.UniqueConstraint(fields=["page", "number"], name="charter_version_unique")
        ]

    def __str__(self):
        return f"{self.page.title} – {self.number}"


class ProposalKind(models.TextChoices):
    CHANGE = "change", _("New wording for an article")
    NEW = "new", _("A new article")
    REMOVE = "remove", _("Remove an article")


class ProposalState(models.TextChoices):
    PENDING = "pending", _("Waiting for an answer")
    ACCEPTED = "accepted", _("Accepted")
    REJECTED = "rejected", _("Rejected")
    MERGED = "merged", _("Merged into another proposal")


class Proposal(models.Model):
    """An amendment proposed by a representative during a consultation."""

    page = models.ForeignKey(CharterPage, on_delete=models.CASCADE, related_name="proposals")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    kind = models.CharField(_("what you propose"), max_length=8, choices=ProposalKind.choices)
    anchor = models.SlugField(_("article"), max_length=80, blank=True)
    title = models.CharField(_("title of the new article"), max_length=200, blank=True)
    text = models.TextField(_("proposed wording"), blank=True)
    reason = models.TextField(_("why"))
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)
    state = models.CharField(
        max_length=10, choices=ProposalState.choices, default=ProposalState.PENDING
    )
    answer = models.TextField(_("answer"), blank=True)
    merged_into = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="merged"
    )
    answered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    answered_at = models.DateTimeField(null=True, blank=True)
    #: Set once its change went into a draft, so that consolidating twice applies it once.
    consolidated_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("proposal")
        ordering = ["created_at"]

    def __str__(self):
        return f"{self.get_kind_display()} ({self.pk})"

    def get_site(self):
        return self.page.get_site()


class Support(models.Model):
    """A representative supports a proposal: once per person, whatever they click."""

    proposal = models.ForeignKey(Proposal, on_delete=models.CASCADE, related_name="supports")
    person = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["proposal", "person"], name="charter_support_once")
        ]

    def __str__(self):
        return str(self.proposal)


class Comment(models.Model):
    """A representative's comment on an article."""

    page = models.ForeignKey(CharterPage, on_delete=models.CASCADE, related_name="comments")
    anchor = models.SlugField(max_length=80)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    text = models.TextField(_("comment"))
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        verbose_name = _("comment")
        ordering = ["created_at"]

    def __str__(self):
        return self.text[:60]
