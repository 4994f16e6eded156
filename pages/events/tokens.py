"""Signed links in emails: cancel an answer, manage an appointment. Nothing else can be read from
them, and a tampered link is simply refused."""

from django.core import signing

MAX_AGE = 60 * 60 * 24 * 400


def make(kind, pk):
    return signing.TimestampSigner(salt=f"passerelle.events.{kind}").sign(str(pk))


def read(kind, token):
    """The id in a valid token of this kind, else None."""
    try:
        value = signing.TimestampSigner(salt=f"passerelle.events.{kind}").unsign(
            token, max_age=MAX_AGE
        )
        return int(value)
    except (signing.BadSignature, ValueError):
        return None
