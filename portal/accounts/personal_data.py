"""What the site knows about a person, gathered for the data export (right of access).

Apps add their part without `portal` importing them: in their AppConfig.ready(),
`personal_data.register("event_replies", lambda user: [...])`. Each function takes the user and
returns something JSON can serialise (dates are written as ISO strings).
"""

from django.contrib.auth.models import Group

from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator

_sections = {}


def register(name, function):
    """Add a section `name` to every export, computed by `function(user)`."""
    if name in _sections and _sections[name] is not function:
        raise ValueError(f"A personal data section named {name!r} is already registered.")
    _sections[name] = function


def unregister(name):
    _sections.pop(name, None)


def _profile(user):
    return {
        "email": user.email,
        "first_name": user.first_name,
        "last_name": user.last_name,
        "preferred_language": user.language,
        "classes_taught": user.classes_taught,
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
    }


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
        "invitations": _invitations(user),
    }
    for name in sorted(_sections):
        data[name] = _sections[name](user)
    return data
