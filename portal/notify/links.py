"""Signed links in emails: one scheme for every purpose (an invitation, cancelling an answer,
managing an appointment). A link names one object for one purpose and carries its own expiry;
nothing else can be read from it, and a link made for one purpose does not work for another.

Links made by an older scheme keep working until they expire: the app that made them registers a
reader with `accept_legacy()`.
"""

import datetime
import time

from django.core import signing

SALT = "passerelle.link"
DEFAULT_MAX_AGE = datetime.timedelta(days=400)

_legacy = {}


class Invalid(Exception):
    """The link is damaged, made for another purpose, expired, or its object is gone;
    `reason` is "invalid" or "expired"."""

    def __init__(self, reason):
        super().__init__(reason)
        self.reason = reason


def _signer(purpose):
    return signing.Signer(salt=f"{SALT}.{purpose}")


def make(purpose, obj, max_age=DEFAULT_MAX_AGE):
    """A token for `obj` (a saved instance) and `purpose`, valid for `max_age` (a timedelta)."""
    expires = int(time.time() + max_age.total_seconds())
    return _signer(purpose).sign_object([obj.pk, expires], compress=True)


def accept_legacy(purpose, reader):
    """Also accept older links for `purpose`: `reader(token)` returns the object's pk, or raises
    Invalid (or signing.BadSignature) when the token is not one of its links."""
    _legacy.setdefault(purpose, []).append(reader)


def _read_pk(purpose, token):
    try:
        pk, expires = _signer(purpose).unsign_object(token)
    except (signing.BadSignature, ValueError, TypeError):
        for reader in _legacy.get(purpose, ()):
            try:
                return reader(token)
            except Invalid as error:
                if error.reason == "expired":
                    raise
            except (signing.BadSignature, ValueError, TypeError):
                pass
        raise Invalid("invalid") from None
    if not isinstance(expires, int) or expires < time.time():
        raise Invalid("expired")
    return pk


def read(purpose, token, queryset):
    """The object of `queryset` that a `purpose` token points to, or raises Invalid."""
    pk = _read_pk(purpose, token or "")
    if not isinstance(pk, int) or isinstance(pk, bool):
        raise Invalid("invalid")
    found = queryset.filter(pk=pk).first()
    if found is None:
        raise Invalid("invalid")
    return found
