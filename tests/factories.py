"""Factories for site-wide models: people and their roles."""

from django.contrib.auth import get_user_model

from wagtail.models import Locale, Site

import factory
from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import TOTP

from portal import roles
from portal.classes.models import SchoolClass

#: The authenticator-app key of every staff member the factory makes (as in the demo).
TOTP_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DP"  # noqa: S105


def french():
    return Locale.objects.get_or_create(language_code="fr")[0]


class UserFactory(factory.django.DjangoModelFactory):
    email = factory.Sequence(lambda n: f"person{n}@example.org")
    first_name = "Camille"
    last_name = factory.Sequence(lambda n: f"Dupont{n}")
    password = factory.django.Password("correct horse battery staple")
    language = "fr"

    class Meta:
        model = get_user_model()
        django_get_or_create = ("email",)
        skip_postgeneration_save = True

    @factory.post_generation
    def role(user, create, extracted, **kwargs):
        if create and extracted:
            roles.assign(user, extracted)

    @factory.post_generation
    def totp(user, create, extracted, **kwargs):
        """The school team has its second factor set up, unless `totp=False`; representatives,
        who may open the admin for the charter only, when `totp=True`."""
        if not create or extracted is False or not roles.needs_second_factor(user):
            return
        if extracted is None and not roles.has_role(user, *roles.ADMIN_ROLES):
            return
        if not Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists():
            TOTP.activate(user, TOTP_SECRET)

    @factory.post_generation
    def verified(user, create, extracted, **kwargs):
        """People own their address, as if they had followed the emailed link
        (`verified=False` for one who has not)."""
        if create and extracted is not False:
            EmailAddress.objects.get_or_create(
                user=user, email=user.email, defaults={"verified": True, "primary": True}
            )


class SchoolClassFactory(factory.django.DjangoModelFactory):
    site = factory.LazyFunction(lambda: Site.objects.get(is_default_site=True))
    name = factory.Sequence(lambda n: f"CM1 {chr(65 + n % 26)}{n}")
    level = "CM1"

    class Meta:
        model = SchoolClass
