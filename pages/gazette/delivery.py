"""Sending an issue when it goes live: each confirmed subscriber receives it once, in their
language (the translation when it is live, else the French issue with a note), with only the
class news of the classes they follow; the outbox keeps it until quiet hours allow."""

import datetime

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from wagtail.models import Locale

from portal import notify
from portal.notify import links
from portal.schools import school_of

#: An issue published long after its date (an archive being filled in) is not mailed.
RECENT = datetime.timedelta(days=14)
PURPOSE = "gazette"
UNSUBSCRIBE = "gazette-unsubscribe"
ACKNOWLEDGE = "gazette-ack"
CONFIRM = "gazette-confirm"
MANAGE = "gazette-manage"


def issue_in(source, language):
    """(issue, in_source_language): the live translation of `source` in `language`, else the
    French issue."""
    from .models import GazettePage

    if language != settings.LANGUAGE_CODE:
        locale = Locale.objects.filter(language_code=language).first()
        if locale is not None:
            found = (
                GazettePage.objects.live()
                .filter(translation_key=source.translation_key, locale=locale)
                .first()
            )
            if found is not None:
                return found, False
    return source, language != settings.LANGUAGE_CODE


def unsubscribe_url(school, subscription):
    token = links.make(UNSUBSCRIBE, subscription)
    return school.reverse("gazette:unsubscribe", subscription.language, token=token)


def manage_url(school, subscription):
    token = links.make(MANAGE, subscription)
    return school.reverse("gazette:manage_link", subscription.language, token=token)


def acknowledge_url(school, delivery, section, language):
    token = links.make(ACKNOWLEDGE, delivery)
    return school.reverse("gazette:acknowledge", language, token=token, section=section)


def deliver(source_id, now=None):
    """Write the email of the French issue `source_id` for every confirmed subscriber of its
    school who has not had it yet; returns how many were written."""
    from .models import Delivery, GazettePage, GazetteSubscription

    source = GazettePage.objects.live().filter(pk=source_id).first()
    now = now or timezone.now()
    if source is None or source.date < (now - RECENT).date():
        return 0
    school = school_of(source)
    already = Delivery.objects.filter(issue=source).values("subscription_id")
    subscribers = (
        GazetteSubscription.objects.filter(site=school.site, confirmed_at__isnull=False)
        .exclude(pk__in=already)
        .prefetch_related("classes")
        .order_by("pk")
    )
    by_language = {}
    written = 0
    for subscription in subscribers.iterator(chunk_size=500):
        language = subscription.language
        if language not in by_language:
            issue, fallback = issue_in(source, language)
            by_language[language] = (issue, fallback, issue.shared_context(school))
        issue, fallback, shared = by_language[language]
        class_ids = {c.pk for c in subscription.classes.all()}
        with transaction.atomic():
            delivery, created = Delivery.objects.get_or_create(
                issue=source, subscription=subscription
            )
            if not created:
                continue
            sections = [
                (
                    block,
                    acknowledge_url(school, delivery, block.id, language)
                    if block.block_type in ("news", "class_news")
                    and block.value.get("ask_to_confirm")
                    else "",
                )
                for block in issue.sections_for(class_ids)
            ]
            unsubscribe = unsubscribe_url(school, subscription)
            notify.send_later(
                subscription,
                "gazette/email/issue",
                {
                    **shared,
                    "issue": issue,
                    "in_source_language": fallback,
                    "sections": sections,
                    "online_url": school.page_url(issue),
                    "unsubscribe_url": unsubscribe,
                    "manage_url": manage_url(school, subscription),
                },
                school=school,
                purpose=PURPOSE,
                obj=delivery,
                urgent=bool(source.urgent_reason.strip()),
                headers={
                    "List-Unsubscribe": f"<{unsubscribe}>",
                    "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
                },
            )
            written += 1
    return written


def on_published(sender, instance, **kwargs):
    """page_published receiver: the French issue is sent when it (or a translation) goes live."""
    from .tasks import deliver_issue

    source = instance.specific.source()
    if source.live:
        deliver_issue.enqueue(source.pk)


def connect():
    from wagtail.signals import page_published

    from .models import GazettePage

    page_published.connect(on_published, sender=GazettePage, dispatch_uid="gazette-delivery")
