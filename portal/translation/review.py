"""The "Translation review" workflow, on the home page of every language but the source's, and
on the translatable snippets (themes, partners, questions), whose French rows need no review
(`portal.translatable.ReviewedTranslationMixin.get_workflow`)."""

from django.apps import apps
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.utils.translation import gettext_lazy as _

from wagtail.models import (
    DraftStateMixin,
    Page,
    Workflow,
    WorkflowContentType,
    WorkflowPage,
    WorkflowTask,
)

WORKFLOW_NAME = "Translation review"


def ensure_workflow():
    """Create the workflow (once) and put it on every translated tree; idempotent."""
    from portal.translation.models import TranslationReviewTask

    task = TranslationReviewTask.objects.filter(name=WORKFLOW_NAME).first()
    if task is None:
        task = TranslationReviewTask.objects.create(name=WORKFLOW_NAME)
    workflow = Workflow.objects.filter(name=WORKFLOW_NAME).first()
    if workflow is None:
        workflow = Workflow.objects.create(name=WORKFLOW_NAME)
    # WorkflowTask hangs from the workflow by a ParentalKey: saved by itself, not through it.
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    homes = Page.objects.filter(depth=2).exclude(locale__language_code=settings.LANGUAGE_CODE)
    for home in homes:
        WorkflowPage.objects.update_or_create(page=home, defaults={"workflow": workflow})
    for model in reviewed_snippets():
        content_type = ContentType.objects.get_for_model(model, for_concrete_model=False)
        WorkflowContentType.objects.update_or_create(
            content_type=content_type, defaults={"workflow": workflow}
        )
    return workflow


def reviewed_snippets():
    """The translatable snippets whose translations are reviewed (portal/roles.py)."""
    from portal import roles

    models = [apps.get_model(label, name) for label, name in roles.TRANSLATABLE_SNIPPETS]
    return [model for model in models if issubclass(model, DraftStateMixin)]


#: Shown in the admin's workflow list (the name above is stored as is).
LABEL = _("Translation review")


def submit_for_review(translation, user):
    """Save the translation as a draft of the translated page (or snippet) and start its
    review."""
    target = translation.get_target_instance()
    if isinstance(target, Page):
        translation.save_target(user=user, publish=False)
        obj = Page.objects.get(pk=target.pk).specific
    else:
        obj = _save_snippet_draft(translation, target, user)
    workflow = obj.get_workflow()
    state = obj.current_workflow_state
    if state is not None:
        state.cancel(user=user)
    workflow.start(obj, user)
    return obj


def _save_snippet_draft(translation, target, user):
    """wagtail-localize writes a snippet's draft into its row and takes it offline; a
    translation families already read stays as it is until the review publishes the draft."""
    model = type(target)
    was_live = target.live
    kept = model.objects.get(pk=target.pk).serializable_data()
    translation.save_target(user=user, publish=False)
    draft = model.objects.get(pk=target.pk)
    if not was_live:
        return draft
    restored = model.from_serializable_data(kept)
    restored.live = True
    restored.has_unpublished_changes = True
    restored.latest_revision_id = draft.latest_revision_id
    restored.keep_updated_on = (
        True  # a partner's "updated on" is the families' (partners/models.py)
    )
    restored.save()
    return model.objects.get(pk=target.pk)
