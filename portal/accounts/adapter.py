from types import SimpleNamespace

from django.contrib.auth import get_user_model
from django.utils import translation

from allauth.account.adapter import DefaultAccountAdapter
from allauth.account.models import EmailAddress
from allauth.core import context as allauth_context

from portal import notify, roles
from portal.schools import for_command, school_of


def _recipient(email, user):
    """The address, in the language of the account it belongs to (else the page's language)."""
    if user is None:
        address = EmailAddress.objects.filter(email__iexact=email).select_related("user").first()
        user = address.user if address else None
    if user is None:
        user = get_user_model().objects.filter(email__iexact=email).first()
    language = getattr(user, "language", None) or translation.get_language()
    return notify.Address(email, language, user)


class AccountAdapter(DefaultAccountAdapter):
    """Open sign-up makes a Parent account only: every other role comes by invitation."""

    def save_user(self, request, user, form, commit=True):
        user = super().save_user(request, user, form, commit=False)
        user.language = translation.get_language() or user.language
        if commit:
            user.save()
            roles.assign(user, roles.PARENT)
        return user

    def send_mail(self, template_prefix, email, context):
        # allauth's emails (codes, sign-up, password reset) leave through the outbox like every
        # other: in the recipient's language, signed with the school's name, retried on failure.
        request = allauth_context.request
        school = school_of(request) if request is not None else for_command()
        current_site = SimpleNamespace(name=school.name, domain=school.hostname)
        context = {"email": email, "current_site": current_site, **context}
        message = notify.send(
            _recipient(email, context.get("user")),
            template_prefix,
            context,
            school=school,
            purpose=template_prefix,
        )
        if request is not None:
            notify.tell_if_delayed(request, message)
