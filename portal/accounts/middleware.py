from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils import translation
from django.utils.translation import gettext as _

from allauth.mfa.models import Authenticator

from portal import roles


class AdminGateMiddleware:
    """The admin is the school team's, and they enter it with a second factor.

    Everyone logs in through allauth (the admin's own login form is closed), which asks for the
    second factor of those who have one; this makes sure that nobody who can open the admin skips
    setting it up. A signed-in family member who opens /admin/ is told the area is not for them:
    Wagtail itself would send them to the login page, which sends them back, in a loop.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = request.user
        if request.path_info.startswith("/admin/") and user.is_authenticated:
            if not user.has_perm("wagtailadmin.access_admin"):
                return self._not_for_families(request, user)
            if self._must_enrol(user):
                messages.warning(
                    request,
                    _(
                        "The administration holds families’ data: set up two-step login before "
                        "using it."
                    ),
                )
                return redirect("mfa_activate_totp")
        return self.get_response(request)

    @staticmethod
    def _not_for_families(request, user):
        with translation.override(user.language or translation.get_language()):
            response = render(request, "account/admin_refused.html", status=403)
        response.headers.setdefault("Content-Language", user.language)
        return response

    @staticmethod
    def _must_enrol(user):
        if not roles.needs_second_factor(user):
            return False
        return not Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists()
