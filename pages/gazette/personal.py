"""What the gazette holds about a person: their subscription (matched by account or email)."""

from .models import GazetteSubscription


def export_subscriptions(user):
    return [
        {
            "email": sub.email,
            "language": sub.language,
            "classes": [c.name for c in sub.classes.all()],
            "subscribed_at": sub.created_at,
            "confirmed_at": sub.confirmed_at,
        }
        for sub in GazetteSubscription.objects.of_person(user).prefetch_related("classes")
    ]


def erase_subscriptions(user):
    GazetteSubscription.objects.of_person(user).delete()
