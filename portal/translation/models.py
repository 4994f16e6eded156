from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.models import Task, TaskState


class OutdatedTranslation(models.Model):
    """A translated page whose source page was republished after the translation was made.

    wagtail-localize keeps what the translation was made from (`TranslationSource`, updated when
    someone syncs it); this row says since when the source has moved on, and when the Translators
    of that language were last told. It goes when the translation is published after a sync."""

    page = models.OneToOneField(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="outdated_translation"
    )
    #: The source page's revision that made the translation out of date (the first since).
    source_revision = models.ForeignKey(
        "wagtailcore.Revision", on_delete=models.SET_NULL, null=True, related_name="+"
    )
    since = models.DateTimeField(_("out of date since"))
    notified_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("out-of-date translation")
        verbose_name_plural = _("out-of-date translations")

    def __str__(self):
        return f"{self.page_id} since {self.since:%Y-%m-%d}"


class TranslationReviewTask(Task):
    """A translation is approved (and so published) by a Director, or by another Translator of
    its language: never by the person who submitted it."""

    @staticmethod
    def may_review(obj, user):
        from portal import roles
        from portal.translation.access import languages_of

        if not user.is_authenticated:
            return False
        if user.is_superuser or roles.has_role(user, roles.DIRECTOR):
            return True
        locale = getattr(obj, "locale", None)
        if locale is None or locale.language_code not in languages_of(user):
            return False
        state = getattr(obj, "current_workflow_state", None)
        return state is None or state.requested_by_id != user.pk

    def user_can_access_editor(self, obj, user):
        return self.may_review(obj, user)

    def locked_for_user(self, obj, user):
        return False

    def get_actions(self, obj, user):
        if not self.may_review(obj, user):
            return []
        return [
            ("reject", _("Request changes"), True),
            ("approve", _("Approve and publish"), False),
            ("approve", _("Approve with comment and publish"), True),
        ]

    def get_task_states_user_can_moderate(self, user, **kwargs):
        """Directors moderate every review; a Translator those of their languages' pages and
        snippets, except the ones they submitted."""
        from django.contrib.contenttypes.models import ContentType
        from django.db.models import Q

        from wagtail.models import Page

        from portal import roles
        from portal.translation.access import languages_of
        from portal.translation.review import reviewed_snippets

        states = TaskState.objects.filter(status=TaskState.STATUS_IN_PROGRESS, task=self.task_ptr)
        if user.is_superuser or roles.has_role(user, roles.DIRECTOR):
            return states
        if not roles.has_role(user, roles.TRANSLATOR):
            return TaskState.objects.none()
        languages = languages_of(user)
        pages = Page.objects.filter(locale__language_code__in=languages)
        page_type = ContentType.objects.get_for_model(Page)
        theirs = Q(
            revision__base_content_type=page_type,
            revision__object_id__in=[str(pk) for pk in pages.values_list("pk", flat=True)],
        )
        for model in reviewed_snippets():
            rows = model.objects.filter(locale__language_code__in=languages)
            theirs |= Q(
                revision__base_content_type=ContentType.objects.get_for_model(model),
                revision__object_id__in=[str(pk) for pk in rows.values_list("pk", flat=True)],
            )
        return states.filter(theirs).exclude(workflow_state__requested_by=user)

    def on_action(self, task_state, user, action_name, **kwargs):
        if action_name == "approve" and self.may_review(task_state.revision.content_object, user):
            # Publishing checks the approver's own publish permission, which reviewers of a
            # language do not hold: the task, not the person, publishes; the approver is kept.
            task_state.approve(user=None, **kwargs)
            TaskState.objects.filter(pk=task_state.pk).update(finished_by=user)
            return
        super().on_action(task_state, user, action_name, **kwargs)

    @classmethod
    def get_description(cls):
        return _("A Director or another Translator of the language approves the translation")

    class Meta:
        verbose_name = _("translation review")
        verbose_name_plural = _("translation reviews")
