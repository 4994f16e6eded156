"""A writer process for tests/portal/test_database.py: `python -m tests.portal.sqlite_writers N`.

It uses the site's own settings with DATABASE_URL pointing at a SQLite file, and adds one to a
counter N times, each time reading it first then writing it, as a request or a task does.
"""

import os
import sys
import time

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.test")

import django  # noqa: E402

django.setup()

from django.db import connection, transaction  # noqa: E402


def main(times):
    with connection.cursor() as cursor:
        cursor.execute("PRAGMA journal_mode")
        journal = cursor.fetchone()[0]
        cursor.execute("PRAGMA busy_timeout")
        timeout = cursor.fetchone()[0]
    print(f"journal_mode={journal} busy_timeout={timeout}", flush=True)
    for _ in range(times):
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute("SELECT value FROM counter")
            value = cursor.fetchone()[0]
            time.sleep(0.002)
            cursor.execute("UPDATE counter SET value = %s", [value + 1])


if __name__ == "__main__":
    main(int(sys.argv[1]))
