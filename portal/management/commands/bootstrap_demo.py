"""Build the demo school. Idempotent: running it twice leaves the same database."""

from django.core.management.base import BaseCommand
from django.db import transaction

from portal import roles
from portal.management.demo import classes, events, home, partners, resources, school


class Command(BaseCommand):
    help = "Create the demo school: site, languages, pages and one account per role."

    def add_arguments(self, parser):
        parser.add_argument(
            "--port", type=int, default=8000, help="Port the demo site is served on."
        )

    def handle(self, *args, port, **options):
        with transaction.atomic():
            roles.sync()
            locales = school.ensure_locales()
            home_page = home.build(locales)
            site = school.ensure_site(home_page, port=port)
            resources.build(locales, home_page)
            people = school.ensure_users()
            classes.build(site)
            events.build(locales, home_page)
            partners.build(locales, home_page, site)
        self.stdout.write(self.style.SUCCESS("Demo school ready."))
        self.stdout.write(f"Demo logins (password for all: {school.DEMO_PASSWORD}):")
        for email, role in people:
            self.stdout.write(f"  {role:<15} {email}")
        self.stdout.write(
            f"  The Director signs in with a second factor: add the key {school.DIRECTOR_TOTP_SECRET}"
            " to an authenticator app."
        )
