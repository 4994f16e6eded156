from django.contrib import messages
from django.shortcuts import redirect
from django.utils.translation import gettext as _

from allauth.mfa.models import Authenticator

from portal import roles


class RequireDirectorTwoFactorMiddleware:
    """A Director reaches the admin only once two-factor authentication is set up.

    Everyone logs in through allauth (the admin's own login form is replaced), so the second
    factor is asked at login; this makes sure a Director cannot skip enrolling it.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path_info.startswith("/admin/") and self._must_enrol(request.user):
            messages.warning(
                request,
                _(
                    "Directors must set up two-factor authentication before using the administration."
                ),
            )
            return redirect("mfa_activate_totp")
        return self.get_response(request)

    @staticmethod
    def _must_enrol(user):
        if not user.is_authenticated:
            return False
        if not any(roles.ROLES[name].two_factor_required for name in roles.roles_of(user)):
            return False
        return not Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists()
