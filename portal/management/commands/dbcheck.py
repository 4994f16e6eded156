"""Say in one line whether the database can be reached, and exit non-zero when it cannot."""

import sys

from django.core.management.base import BaseCommand
from django.db import DatabaseError, connection


class Command(BaseCommand):
    help = "Check that the configured database answers."

    def handle(self, *args, **options):
        settings_dict = connection.settings_dict
        where = settings_dict.get("HOST") or settings_dict.get("NAME")
        try:
            connection.ensure_connection()
        except DatabaseError as error:
            reason = (
                str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
            )
            self.stderr.write(
                f"Cannot reach the database ({connection.vendor} at {where}): {reason}. "
                "Check DATABASE_URL."
            )
            sys.exit(1)
