from types import SimpleNamespace

from django.contrib.auth import get_user_model
from django.utils import translation

from wagtail.models import Site

from allauth.account.adapter import DefaultAccountAdapter
from allauth.account.models import EmailAddress
from allauth.core import context as allauth_context

from portal import roles
from portal.models import SchoolSettings


def _recipient_language(email, user):
    if user is None:
        address = EmailAddress.objects.filter(email__iexact=email).select_related("user").first()
        user = address.user if address else None
    if user is None:
        user = get_user_model().objects.filter(email__iexact=email).first()
    return getattr(user, "language", None) or translation.get_language()


def _school(request):
    site = Site.find_for_request(request) if request else None
    name = SchoolSettings.for_site(site).school_name if site else None
    return SimpleNamespace(name=name or "Passerelle", domain=request.get_host() if request else "")


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
        # allauth's emails go out in the recipient's language, signed with the school's name.
        language = _recipient_language(email, context.get("user"))
        context = {"current_site": _school(allauth_context.request), **context}
        with translation.override(language):
            super().send_mail(template_prefix, email, context)

    def format_email_subject(self, subject):
        return f"[{_school(allauth_context.request).name}] {subject}"
