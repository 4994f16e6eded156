"""The "Translation review" workflow, on the home page of every language but the source's."""

from django.conf import settings
from django.utils.translation import gettext_lazy as _

from wagtail.models import Page, Workflow, WorkflowPage, WorkflowTask

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
    return workflow


#: Shown in the admin's workflow list (the name above is stored as is).
LABEL = _("Translation review")


def submit_for_review(translation, user):
    """Save the translation as a draft of the translated page and start its review."""
    translation.save_target(user=user, publish=False)
    page = translation.get_target_instance()
    page = Page.objects.get(pk=page.pk).specific
    workflow = page.get_workflow()
    state = page.current_workflow_state
    if state is not None:
        state.cancel(user=user)
    workflow.start(page, user)
    return page
