"""The demo school: site, locales, settings and one person per role."""

from django.conf import settings
from django.contrib.auth import get_user_model

from wagtail.models import Locale, Page, Site

from portal import roles
from portal.models import SchoolSettings

DEMO_PASSWORD = "passerelle-demo"  # noqa: S105 — printed on purpose: the demo is local
TEAM_TOTP_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DP"  # noqa: S105

DEMO_USERS = [
    ("directrice@demo.passerelle.test", "Claire", "Martin", roles.DIRECTOR, "fr"),
    ("enseignant@demo.passerelle.test", "Karim", "Benali", roles.TEACHER, "fr"),
    ("enseignante.cm1@demo.passerelle.test", "Sophie", "Lambert", roles.TEACHER, "fr"),
    ("representante@demo.passerelle.test", "Fatou", "Diallo", roles.REPRESENTATIVE, "fr"),
    ("representant@demo.passerelle.test", "Youssef", "Amrani", roles.REPRESENTATIVE, "ar"),
    ("traductrice@demo.passerelle.test", "Leïla", "Haddad", roles.TRANSLATOR, "ar"),
    ("traducteur@demo.passerelle.test", "Inês", "Carvalho", roles.TRANSLATOR, "pt"),
    ("parent@demo.passerelle.test", "Ayşe", "Yılmaz", roles.PARENT, "tr"),
]
#: What families see when they choose whom to meet: classes taught and languages spoken.
#: Languages each member of the team can speak with families (their classes are demo/classes.py).
DEMO_LANGUAGES = {
    "directrice@demo.passerelle.test": ["fr", "en"],
    "enseignant@demo.passerelle.test": ["fr", "ar"],
    "enseignante.cm1@demo.passerelle.test": ["fr", "es"],
}
#: The languages each Translator works in (the only ones their admin lets them translate into).
DEMO_TRANSLATES_INTO = {
    "traductrice@demo.passerelle.test": ["ar", "tr"],
    "traducteur@demo.passerelle.test": ["es", "pt"],
}


def ensure_locales():
    for code, _name in settings.LANGUAGES:
        Locale.objects.get_or_create(language_code=code)
    return {locale.language_code: locale for locale in Locale.objects.all()}


def ensure_site(home, port=8000):
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        site = Site(is_default_site=True)
    site.hostname = "localhost"
    site.port = port
    site.site_name = "École Passerelle"
    site.root_page = home
    site.save()
    # Wagtail's welcome page is replaced by the school's home page.
    Page.objects.filter(depth=2, title="Welcome to your new Wagtail site!").delete()
    school = SchoolSettings.for_site(site)
    school.school_name = "École élémentaire Jean-Jaurès"
    school.address = "12 rue des Lilas\n69008 Lyon"
    school.phone = "04 78 00 00 00"
    school.email = "ce.0690000x@ac-lyon.fr"
    school.save()
    return site


def ensure_users():
    from allauth.account.models import EmailAddress
    from allauth.mfa.models import Authenticator

    User = get_user_model()
    people = []
    for email, first, last, role, language in DEMO_USERS:
        user, created = User.objects.get_or_create(
            email=email, defaults={"first_name": first, "last_name": last, "language": language}
        )
        if created:
            user.set_password(DEMO_PASSWORD)
            user.save()
        if email in DEMO_LANGUAGES and not user.languages_spoken:
            user.languages_spoken = DEMO_LANGUAGES[email]
            user.save(update_fields=["languages_spoken"])
        if email in DEMO_TRANSLATES_INTO and not user.translates_into:
            user.translates_into = DEMO_TRANSLATES_INTO[email]
            user.save(update_fields=["translates_into"])
        roles.assign(user, role)
        EmailAddress.objects.get_or_create(
            user=user, email=email, defaults={"verified": True, "primary": True}
        )
        if roles.ROLES[role].two_factor_required:
            from allauth.mfa.totp.internal.auth import TOTP

            if not Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists():
                TOTP.activate(user, TEAM_TOTP_SECRET)
        people.append((email, role))
    return people
