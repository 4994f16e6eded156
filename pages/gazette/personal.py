"""What the gazette holds about a person: their subscription (matched by account or email)."""

from django.db.models import Q

from .models import GazetteSubscription


def _theirs(user):
    return Q(user=user) | Q(email__iexact=user.email)


def export_subscriptions(user):
    return [
        {
            "email": sub.email,
            "language": sub.language,
            "classes": [c.name for c in sub.classes.all()],
            "subscribed_at": sub.created_at,
            "confirmed_at": sub.confirmed_at,
        }
        for sub in GazetteSubscription.objects.filter(_theirs(user)).prefetch_related("classes")
    ]


def erase_subscriptions(user):
    GazetteSubscription.objects.filter(_theirs(user)).delete()
