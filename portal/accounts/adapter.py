from django.utils import translation

from allauth.account.adapter import DefaultAccountAdapter

from portal import roles


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
        # allauth's emails go out in the recipient's language when we know it.
        user = context.get("user")
        language = getattr(user, "language", None) or translation.get_language()
        with translation.override(language):
            super().send_mail(template_prefix, email, context)
