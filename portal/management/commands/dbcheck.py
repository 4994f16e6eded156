"""Say in one line whether the database can be reached, and exit non-zero when it cannot.

With --create, a PostgreSQL database that does not exist yet is created, so that
`DATABASE_URL=postgres://…/passerelle make run` works on a fresh server.
"""

import sys

from django.core.management.base import BaseCommand
from django.db import DatabaseError, connection


class Command(BaseCommand):
    help = "Check that the configured database answers (and create it on PostgreSQL with --create)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--create", action="store_true", help="Create a missing PostgreSQL database."
        )

    def handle(self, *args, create, **options):
        try:
            connection.ensure_connection()
        except DatabaseError as error:
            if create and connection.vendor == "postgresql" and "does not exist" in str(error):
                self._create_database()
                return
            self._fail(error)

    def _create_database(self):
        from psycopg import sql

        name = connection.settings_dict["NAME"]
        try:
            with connection._nodb_cursor() as cursor:
                cursor.execute(
                    sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)).as_string()
                )
        except DatabaseError as error:
            self._fail(error)
        self.stdout.write(f"Created the PostgreSQL database {name}.")

    def _fail(self, error):
        settings_dict = connection.settings_dict
        where = settings_dict.get("HOST") or settings_dict.get("NAME")
        reason = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
        self.stderr.write(
            f"Cannot reach the database ({connection.vendor} at {where}): {reason}. Check DATABASE_URL."
        )
        sys.exit(1)
