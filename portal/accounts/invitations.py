"""Invitations to a role: a signed link that expires and works once."""

import datetime

from django.conf import settings
from django.core import signing
from django.db import transaction
from django.urls import reverse
from django.utils import timezone, translation

from portal import roles
from portal.accounts.models import Invitation
from portal.notify.email import send_to

SALT = "portal.accounts.invitation"


class InvalidInvitation(Exception):
    """The link is damaged, unknown, expired or already used; `reason` says which."""

    def __init__(self, reason):
        super().__init__(reason)
        self.reason = reason


def max_age():
    return datetime.timedelta(days=settings.INVITATION_MAX_AGE_DAYS)


def make_token(invitation):
    return signing.dumps({"invitation": invitation.pk}, salt=SALT, compress=True)


def accept_url(request, invitation):
    """The absolute link in the email, in the invitation's language."""
    with translation.override(invitation.language):
        path = reverse("account_accept_invitation", kwargs={"token": make_token(invitation)})
    return request.build_absolute_uri(path)


def read_token(token):
    """The pending Invitation a token points to, or InvalidInvitation."""
    try:
        data = signing.loads(token, salt=SALT, max_age=max_age())
    except signing.SignatureExpired:
        raise InvalidInvitation("expired") from None
    except (signing.BadSignature, ValueError, TypeError):
        raise InvalidInvitation("invalid") from None
    if not isinstance(data, dict) or not isinstance(data.get("invitation"), int):
        raise InvalidInvitation("invalid")
    invitation = Invitation.objects.filter(pk=data["invitation"]).first()
    if invitation is None:
        raise InvalidInvitation("invalid")
    if invitation.accepted_at:
        raise InvalidInvitation("used")
    return invitation


def send(request, invitation):
    """Email the invitation, written in its language."""
    return send_to(
        invitation.email,
        invitation.language,
        "account/email/invitation_subject.txt",
        "account/email/invitation_message.txt",
        {
            "invitation": invitation,
            "role_label": roles_label(invitation.role),
            "invited_by": invitation.invited_by,
            "accept_url": accept_url(request, invitation),
            "max_age_days": settings.INVITATION_MAX_AGE_DAYS,
        },
    )


def roles_label(role):
    return settings.ROLE_LABELS.get(role, role)


def accept(invitation, user):
    """Give `user` the invited role, once: a second call raises InvalidInvitation("used")."""
    with transaction.atomic():
        locked = Invitation.objects.select_for_update().get(pk=invitation.pk)
        if locked.accepted_at:
            raise InvalidInvitation("used")
        roles.assign(user, locked.role)
        locked.accepted_at = timezone.now()
        locked.accepted_by = user
        locked.save(update_fields=["accepted_at", "accepted_by"])
    return locked
