"""What the site knows about a person: gathered for the data export (right of access) and erased
with the account (right to erasure).

Apps add their part without `portal` importing them, in their AppConfig.ready():

    personal_data.register("event_answers", export, delete=erase, models=[RSVP])

`export(user)` returns something JSON can serialise (dates become ISO strings); `delete(user)`
removes or anonymises that part when the account is deleted; `models` names the models the part
covers: a test fails when a model holding a person (a user link or an email field) is in no part.
"""

from django.contrib.auth.models import Group
from django.db import transaction

from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator

_sections = {}


def register(name, function, *, delete=None, models=()):
    """Add a section `name` to every export, computed by `function(user)`; `delete(user)` runs
    when the account is deleted; `models` are the models this section covers."""
    if name in _sections and _sections[name][0] is not function:
        raise ValueError(f"A personal data section named {name!r} is already registered.")
    _sections[name] = (function, delete, tuple(models))


def unregister(name):
    _sections.pop(name, None)


def covered_models():
    """Every model some section covers, the account's own included."""
    return {model for _export, _delete, models in _sections.values() for model in models}


def _profile(user):
    return {
        "email": user.email,
        "first_name": user.first_name,
        "last_name": user.last_name,
        "preferred_language": user.language,
        "no_email_before": user.no_email_before,
        "no_email_after": user.no_email_after,
        "no_email_on": sorted(user.quiet_weekdays),
        "languages_spoken": user.languages_spoken,
        "date_joined": user.date_joined,
        "last_login": user.last_login,
    }


def _invitations(user):
    from portal.accounts.models import Invitation

    fields = ("email", "role", "language", "created_at", "accepted_at")
    return {
        "sent": list(Invitation.objects.filter(invited_by=user).values(*fields)),
        "accepted": list(Invitation.objects.filter(accepted_by=user).values(*fields)),
        "received": list(Invitation.objects.filter(email__iexact=user.email).values(*fields)),
    }


def _delete_invitations(user):
    from portal.accounts.models import Invitation

    Invitation.objects.filter(email__iexact=user.email).delete()


def collect(user):
    """Every section for `user`: the account's own, then those other apps registered."""
    data = {
        "profile": _profile(user),
        "roles": sorted(Group.objects.filter(user=user).values_list("name", flat=True)),
        "email_addresses": list(
            EmailAddress.objects.filter(user=user)
            .order_by("email")
            .values("email", "verified", "primary")
        ),
        # Which second factors are set up, never their secrets.
        "two_factor_methods": sorted(
            Authenticator.objects.filter(user=user).values_list("type", flat=True)
        ),
    }
    for name in sorted(_sections):
        data[name] = _sections[name][0](user)
    return data


@transaction.atomic
def erase(user):
    """Delete the account and everything every section holds about the person."""
    for _export, delete, _models in _sections.values():
        if delete is not None:
            delete(user)
    user.delete()


def _register_account_sections():
    from portal.accounts.models import Invitation, User

    # The profile, addresses and second factors go with the user row (cascade).
    register("invitations", _invitations, delete=_delete_invitations, models=[User, Invitation])
