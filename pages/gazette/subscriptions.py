"""Subscribing with double opt-in: at most one confirmation email each CONFIRMATION_PAUSE, one
subscription per address and school. Subscribing again with a confirmed address sends the link
to manage it instead, under the same pause: the page says the same either way."""

import datetime

from django.db import IntegrityError, transaction
from django.utils import timezone

from portal import notify
from portal.notify import links

from .delivery import CONFIRM, manage_url
from .models import GazetteSubscription

CONFIRMATION_PAUSE = datetime.timedelta(minutes=10)
CONFIRMATION_VALID = datetime.timedelta(days=3)


def subscribe(school, email, language, classes, user=None):
    """The subscription for `email` (created or updated while unconfirmed) and the outbox
    message of its confirmation (or, when already confirmed, of the link to manage it), or None
    when one was sent less than CONFIRMATION_PAUSE ago."""
    email = email.strip()
    try:
        with transaction.atomic():
            subscription, created = GazetteSubscription.objects.get_or_create(
                site=school.site,
                email__iexact=email,
                defaults={"email": email, "language": language, "user": user},
            )
    except IntegrityError:
        subscription = GazetteSubscription.objects.get(site=school.site, email__iexact=email)
    if not subscription.confirmed:
        subscription.language = language
        if user is not None and subscription.user_id is None:
            subscription.user = user
        subscription.save(update_fields=["language", "user"])
        subscription.classes.set(classes)
    now = timezone.now()
    claimed = (
        GazetteSubscription.objects.filter(pk=subscription.pk)
        .exclude(confirmation_sent_at__gt=now - CONFIRMATION_PAUSE)
        .update(confirmation_sent_at=now)
    )
    if not claimed:
        return subscription, None
    if subscription.confirmed:
        return subscription, notify.send(
            subscription,
            "gazette/email/manage",
            {"manage_url": manage_url(school, subscription)},
            school=school,
            purpose="gazette-manage",
        )
    token = links.make(CONFIRM, subscription, max_age=CONFIRMATION_VALID)
    message = notify.send(
        subscription,
        "gazette/email/confirm",
        {"confirm_url": school.reverse("gazette:confirm", language, token=token)},
        school=school,
        purpose="gazette-confirm",
    )
    return subscription, message


def profile_card(request):
    """The gazette's card on the profile page: the person's subscriptions at this school."""
    from portal.schools import school_of

    school = school_of(request)
    if school.site is None:
        return None
    return {
        "subscriptions": list(
            GazetteSubscription.objects.filter(site=school.site)
            .of_person(request.user)
            .prefetch_related("classes")
            .order_by("pk")
        )
    }
