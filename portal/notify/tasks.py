"""Background work of the outbox (django-tasks: `manage.py db_worker` runs it)."""

from django_tasks import task


@task()
def deliver_message(message_id):
    from .outbox import deliver

    return deliver(message_id)


@task()
def deliver_messages(message_ids):
    """A batch of a mailing (see outbox.send_many), over one connection to the mail server."""
    from .outbox import deliver_many

    return deliver_many(message_ids)
