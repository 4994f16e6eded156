"""Work that runs every day, through django-tasks: each run enqueues the next one.

    @task()
    def tidy(): ...
    periodic.daily(tidy)        # in the app's AppConfig.ready()

`schedule()` (after every migration) makes sure each daily task is waiting in the queue once.
"""

import datetime

from django.utils import timezone

#: The hour (UTC) daily work runs at: the night, when nobody uses the site.
HOUR = 2

_daily = []


def daily(task):
    """Run `task` (a django-tasks Task without arguments) once a day."""
    if task not in _daily:
        _daily.append(task)
    return task


def next_run(now=None):
    now = now or timezone.now()
    run = now.astimezone(datetime.UTC).replace(hour=HOUR, minute=0, second=0, microsecond=0)
    return run if run > now else run + datetime.timedelta(days=1)


def _waiting(task):
    """Whether `task` already waits in the database queue (other backends cannot say)."""
    from django_tasks.base import TaskResultStatus
    from django_tasks_db.backend import DatabaseBackend
    from django_tasks_db.models import DBTaskResult

    if not isinstance(task.get_backend(), DatabaseBackend):
        return False
    waiting = DBTaskResult.objects.filter(status=TaskResultStatus.READY)
    return waiting.filter(task_path=task.module_path).exists()


def again(task):
    """Enqueue the next run of a daily `task` (called at the end of each run)."""
    if task.get_backend().supports_defer and not _waiting(task):
        task.using(run_after=next_run()).enqueue()


def schedule(**kwargs):
    """post_migrate receiver: every daily task waits in the queue once."""
    for task in _daily:
        again(task)
