"""Background work of the outbox (django-tasks: `manage.py db_worker` runs it)."""

from django_tasks import task


@task()
def deliver_message(message_id):
    from .outbox import deliver

    return deliver(message_id)
