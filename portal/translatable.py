"""One rule for what a visitor reads of anything translated: the row in their language where it
exists, else the French (source) row. Pages (`portal/pages.py`) and translatable snippets
(partners, questions) both build on `in_language_else_source`.
"""

from django.conf import settings
from django.db import models
from django.db.models import Exists, OuterRef, Q

from wagtail.models import DraftStateMixin, RevisionMixin, WorkflowMixin


def in_language_else_source(queryset, locale, translations=None):
    """Rows of `queryset` in `locale`, and the French rows that have no translation in `locale`.

    `translations` is where a translation counts as existing (default: every row of the model);
    pages pass only the visible ones, so that a private translation does not hide the public
    French page."""
    if locale.language_code == settings.LANGUAGE_CODE:
        return queryset.filter(locale=locale)
    if translations is None:
        translations = queryset.model._default_manager.all()
    translated = translations.filter(locale=locale, translation_key=OuterRef("translation_key"))
    return queryset.filter(
        Q(locale=locale) | Q(locale__language_code=settings.LANGUAGE_CODE) & ~Exists(translated)
    )


class TranslatableQuerySet(models.QuerySet):
    """For snippets with wagtail's TranslatableMixin."""

    def source(self):
        """Rows in the source language: what other models link to."""
        return self.filter(locale__language_code=settings.LANGUAGE_CODE)

    def live(self):
        """Rows visitors may read: for a model whose translations are reviewed, the live ones
        (a translation in review is not, and the French row is read in its place)."""
        if issubclass(self.model, DraftStateMixin):
            return self.filter(live=True)
        return self

    def in_language(self, locale):
        """Live rows in `locale`, and French ones not yet translated (or live) in it."""
        live = self.model._default_manager.all().live()
        return in_language_else_source(self.live(), locale, translations=live)

    def localize(self, locale):
        """The same rows, each in `locale` where translated, else in French: for lists that link
        to them (`event.partners.all().localize(locale)`)."""
        keys = self.values("translation_key")
        return self.model._default_manager.filter(translation_key__in=keys).in_language(locale)


class ReviewedTranslationMixin(WorkflowMixin, DraftStateMixin, RevisionMixin, models.Model):
    """A translatable snippet whose translations go through the "Translation review" workflow
    (portal/translation/review.py) before they are live; the French row, which the Director
    writes, needs no review. Put it before `TranslatableMixin` in the bases.

    Visitors read only live rows: a translation still in review is not there yet, and the
    French row is read instead, as for a missing translation. A new draft of a live row leaves
    the row as it is (the draft is a revision), so only brand-new translations are not live."""

    # A translation is a new row: it is not published until its review, whatever the French
    # row's publishing was (Wagtail copies every field of a snippet but its latest revision).
    exclude_fields_in_copy = ["live_revision", "first_published_at", "last_published_at"]

    class Meta:
        abstract = True

    def get_workflow(self):
        if self.locale_id is None or self.locale.language_code == settings.LANGUAGE_CODE:
            return None
        return super().get_workflow()


def publish_as_the_admin_does(obj, user=None):
    """Publish a live row that code saved (a loader, the default questions, a test's factory)
    as the admin publishes one: through a revision that becomes its live revision. Without it,
    the admin and the translation editor take the row for a draft.

    A row that has a live revision, or is not live, is left as it is: loaders run again."""
    if not obj.live or obj.live_revision_id is not None:
        return obj
    obj.save_revision(user=user, clean=False).publish(user=user)
    obj.refresh_from_db()
    return obj
