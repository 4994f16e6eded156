"""The account pages that allauth does not provide: profile, data export, deletion, invitations."""

import json

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import get_user_model, login, logout
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.core.paginator import Paginator
from django.core.serializers.json import DjangoJSONEncoder
from django.db import transaction
from django.http import HttpResponse, HttpResponseRedirect
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from allauth.account.models import EmailAddress

from portal import notify, roles
from portal.accounts import invitations, personal_data
from portal.accounts import profile as profile_cards
from portal.accounts.forms import (
    AcceptInvitationForm,
    DeleteAccountForm,
    InvitationForm,
    ProfileForm,
)
from portal.accounts.models import Invitation

INVITATIONS_PER_PAGE = 25
#: The status of an unusable invitation link, and what the page says about it.
INVALID_STATUS = {"invalid": 400, "expired": 410, "used": 410}


def _posted(request):
    # An empty POST is still a submission: it must show the "required" errors.
    return request.POST if request.method == "POST" else None


@login_required
def profile(request):
    user = request.user
    meets_families = roles.has_role(user, roles.TEACHER, roles.DIRECTOR)
    form = ProfileForm(_posted(request), instance=user, meets_families=meets_families)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Your details are saved."))
        # Show the page again in the language the person just chose.
        with translation.override(user.language):
            return redirect(reverse("account_profile"))
    return render(
        request,
        "account/profile.html",
        {
            "form": form,
            "roles": [
                settings.ROLE_LABELS.get(name, name) for name in sorted(roles.roles_of(user))
            ],
            "can_invite": user.has_perm("accounts.add_invitation"),
            "meets_families": meets_families,
            "cards": profile_cards.cards(request),
        },
    )


@login_required
@require_safe
def export_data(request):
    data = {
        "exported_at": timezone.now(),
        "site": settings.WAGTAIL_SITE_NAME,
        **personal_data.collect(request.user),
    }
    response = HttpResponse(
        json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False, indent=2),
        content_type="application/json; charset=utf-8",
    )
    filename = f"passerelle-my-data-{timezone.localdate():%Y-%m-%d}.json"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Cache-Control"] = "no-store"
    return response


def _is_last_director(user):
    if roles.DIRECTOR not in roles.roles_of(user):
        return False
    others = get_user_model().objects.filter(groups__name=roles.DIRECTOR, is_active=True)
    return not others.exclude(pk=user.pk).exists()


@login_required
def delete_account(request):
    user = request.user
    if _is_last_director(user):
        return render(request, "account/delete_refused.html", status=409)
    form = DeleteAccountForm(_posted(request), user=user)
    if request.method == "POST" and form.is_valid():
        home = f"/{translation.get_language()}/"
        logout(request)
        personal_data.erase(user)
        messages.success(request, _("Your account and your personal data are deleted. Goodbye."))
        return HttpResponseRedirect(home)
    return render(request, "account/delete.html", {"form": form})


@never_cache
@roles.role_required(roles.DIRECTOR)
def invite(request):
    form = InvitationForm(_posted(request))
    if request.method == "POST" and form.is_valid():
        invitation = Invitation.objects.create(invited_by=request.user, **form.cleaned_data)
        notify.tell_if_delayed(request, invitations.send(request, invitation))
        messages.success(
            request,
            _("The invitation is on its way to %(email)s.") % {"email": invitation.email},
        )
        return redirect("account_invite")
    listing = Invitation.objects.select_related("invited_by", "accepted_by")
    page_obj = Paginator(listing, INVITATIONS_PER_PAGE).get_page(request.GET.get("page"))
    expiry = timezone.now() - invitations.max_age()
    return render(
        request,
        "account/invite.html",
        {
            "form": form,
            "page_obj": page_obj,
            "expiry": expiry,
            "role_labels": settings.ROLE_LABELS,
            "max_age_days": settings.INVITATION_MAX_AGE_DAYS,
        },
    )


def _invalid(request, reason):
    return render(
        request,
        "account/invitation_invalid.html",
        {"reason": reason},
        status=INVALID_STATUS[reason],
    )


def _after_acceptance(request, invitation):
    messages.success(
        request,
        _("Welcome! You now have the role: %(role)s.")
        % {"role": invitations.roles_label(invitation.role)},
    )
    if invitation.role in roles.ADMIN_ROLES:
        return HttpResponseRedirect("/admin/")
    return redirect("account_profile")


@never_cache
def accept_invitation(request, token):
    try:
        invitation = invitations.read_token(token)
    except invitations.InvalidInvitation as error:
        return _invalid(request, error.reason)
    user = request.user
    context = {
        "invitation": invitation,
        "role_label": invitations.roles_label(invitation.role),
    }
    if user.is_authenticated:
        if not _owns_email(user, invitation.email):
            return render(request, "account/invitation_other_account.html", context, status=403)
        if request.method == "POST":
            try:
                invitations.accept(invitation, user)
            except invitations.InvalidInvitation as error:
                return _invalid(request, error.reason)
            return _after_acceptance(request, invitation)
        return render(request, "account/invitation_accept.html", context)

    if get_user_model().objects.filter(email__iexact=invitation.email).exists():
        login_url = reverse("account_login")
        context["login_url"] = f"{login_url}?next={request.path}"
        return render(request, "account/invitation_login.html", context)

    form = AcceptInvitationForm(_posted(request), email=invitation.email)
    if request.method == "POST" and form.is_valid():
        try:
            new_user = _create_invited_user(invitation, form.cleaned_data)
        except invitations.InvalidInvitation as error:
            return _invalid(request, error.reason)
        login(request, new_user, backend="allauth.account.auth_backends.AuthenticationBackend")
        return _after_acceptance(request, invitation)
    context["form"] = form
    return render(request, "account/invitation_signup.html", context)


def _owns_email(user, email):
    if user.email.lower() == email.lower():
        return True
    return EmailAddress.objects.filter(user=user, email__iexact=email, verified=True).exists()


@transaction.atomic
def _create_invited_user(invitation, data):
    user = get_user_model().objects.create_user(
        email=invitation.email,
        password=data["password1"],
        first_name=data.get("first_name", ""),
        last_name=data.get("last_name", ""),
        language=invitation.language,
    )
    # The link reached this mailbox: the address is verified.
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    invitations.accept(invitation, user)
    return user


@require_safe
def closed_login_form(request):
    """Wagtail's own login forms (admin and private pages) are closed: everyone logs in through
    allauth, which applies the rate limits and asks for the second factor."""
    default = "/admin/" if request.path_info.startswith("/admin/") else "/"
    target = request.GET.get("next", "")
    if not url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        target = ""
    return redirect_to_login(target or default, login_url=reverse("account_login"))


@require_safe
def admin_password_reset(request):
    return redirect("account_reset_password")
