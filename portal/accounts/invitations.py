"""Invitations to a role: a signed link that expires and works once."""

import datetime

from django.conf import settings
from django.core import signing
from django.db import transaction
from django.utils import timezone

from portal import notify, roles
from portal.accounts.models import Invitation
from portal.notify import links
from portal.schools import school_of

PURPOSE = "invitation"
#: The salt of links sent before the site's one link scheme; they work until they expire.
LEGACY_SALT = "portal.accounts.invitation"


class InvalidInvitation(Exception):
    """The link is damaged, unknown, expired or already used; `reason` says which."""

    def __init__(self, reason):
        super().__init__(reason)
        self.reason = reason


def max_age():
    return datetime.timedelta(days=settings.INVITATION_MAX_AGE_DAYS)


def make_token(invitation):
    return links.make(PURPOSE, invitation, max_age=max_age())


def accept_url(request, invitation):
    """The absolute link in the email, in the invitation's language, on the school's site."""
    return school_of(request).reverse(
        "account_accept_invitation", invitation.language, token=make_token(invitation)
    )


def legacy_reader(token):
    try:
        data = signing.loads(token, salt=LEGACY_SALT, max_age=max_age())
    except signing.SignatureExpired:
        raise links.Invalid("expired") from None
    if not isinstance(data, dict) or not isinstance(data.get("invitation"), int):
        raise links.Invalid("invalid")
    return data["invitation"]


def read_token(token):
    """The pending Invitation a token points to, or InvalidInvitation."""
    try:
        invitation = links.read(PURPOSE, token, Invitation.objects.all())
    except links.Invalid as error:
        raise InvalidInvitation(error.reason) from None
    if invitation.accepted_at:
        raise InvalidInvitation("used")
    return invitation


def send(request, invitation):
    """Email the invitation, written in its language, signed by the school of the request."""
    return notify.send(
        invitation,
        "account/email/invitation",
        {
            "invitation": invitation,
            "role_label": roles_label(invitation.role),
            "invited_by": invitation.invited_by,
            "accept_url": accept_url(request, invitation),
            "max_age_days": settings.INVITATION_MAX_AGE_DAYS,
        },
        school=school_of(request),
        purpose="invitation",
        obj=invitation,
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
