"""Background work of the gazette: sending an issue, and publishing issues at their slot."""

from django.core.management import call_command
from django.utils import timezone

from django_tasks import task

from portal import periodic


@task()
def deliver_issue(source_id):
    from .delivery import deliver

    return deliver(source_id)


@task()
def publish_scheduled_now():
    """Wagtail's scheduled publishing (an issue set to go live at the slot), run by the worker at
    the moment an issue was scheduled for."""
    call_command("publish_scheduled", verbosity=0)


@task()
def publish_due_issues():
    """Daily safety net: whatever was due and not yet published goes live."""
    call_command("publish_scheduled", verbosity=0)
    periodic.again(publish_due_issues)


def schedule_publication(sender, instance, **kwargs):
    """post_save of a revision scheduled for later: the worker publishes it at that moment."""
    when = getattr(instance, "approved_go_live_at", None)
    if when is None or when <= timezone.now():
        return
    if publish_scheduled_now.get_backend().supports_defer:
        publish_scheduled_now.using(run_after=when).enqueue()
