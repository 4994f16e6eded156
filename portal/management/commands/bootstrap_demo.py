"""Build the demo school. Idempotent: running it twice leaves the same database."""

from django.core.management.base import BaseCommand
from django.db import transaction

from portal import roles
from portal.management.demo import (
    charter,
    classes,
    events,
    followup,
    gazette,
    home,
    media,
    partners,
    resources,
    school,
    translations,
)


class Command(BaseCommand):
    help = "Create the demo school: site, languages, pages and one account per role."

    def add_arguments(self, parser):
        parser.add_argument(
            "--port", type=int, default=8000, help="Port the demo site is served on."
        )

    def handle(self, *args, port, **options):
        # One line per step: the first run takes a while, and the terminal should say why.
        step = self.stdout.write
        with transaction.atomic():
            step("Demo school: roles and languages…")
            roles.sync()
            locales = school.ensure_locales()
            step("Demo school: home page and parents' space…")
            home_page = home.build(locales)
            site = school.ensure_site(home_page, port=port)
            step("Demo school: resource library…")
            resources.build(locales, home_page)
            # The parents' space in every language before the partners' pages go under it.
            translations.build(locales, home_page)
            step("Demo school: accounts…")
            people = school.ensure_users()
            classes.build(site)
            step("Demo school: agenda and appointments…")
            events.build(locales, home_page)
            step("Demo school: recordings and illustrations…")
            media.build(locales, home_page)
            step("Demo school: partners, questionnaire and parents' questions…")
            partners.build(locales, home_page, site)
            events.link_partners(site)
            step("Demo school: gazette, subscribers and paper copies…")
            gazette.build(locales, home_page, site)
            step("Demo school: a year of appointments, the action plan and its review…")
            followup.build(locales, home_page, site)
            step("Demo school: charter and representatives' area…")
            charter.build(locales, home_page)
            step("Demo school: key pages in every language…")
            translations.build(locales, home_page)
        self.stdout.write(self.style.SUCCESS("Demo school ready."))
        self.stdout.write(f"Demo logins (password for all: {school.DEMO_PASSWORD}):")
        for email, role in people:
            self.stdout.write(f"  {role:<15} {email}")
        self.stdout.write(
            "  The school team (Director, Teachers, Translator) signs in with a second factor: add "
            f"the key {school.TEAM_TOTP_SECRET} to an authenticator app."
        )
