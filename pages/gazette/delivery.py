"""Sending an issue when it goes live: each confirmed subscriber receives it once, in their
language (the translation when it is live, else the French issue with a note), with only the
class news of the classes they follow; the outbox keeps it until quiet hours allow."""

import contextlib
import datetime

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone

from wagtail.models import Locale

from portal import notify
from portal.notify import links
from portal.schools import school_of

#: An issue published long after its date (an archive being filled in) is not mailed.
RECENT = datetime.timedelta(days=14)
#: Subscribers written (and their emails queued) per transaction: memory stays flat.
CHUNK = 250
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


def manage_url(school, subscription):
    token = links.make(MANAGE, subscription)
    return school.reverse("gazette:manage_link", subscription.language, token=token)


def _link_maker(school, name, language, **kwargs):
    """token -> the absolute URL of route `name` with that token: reversed once per mailing."""
    mark = "tokenmark"
    before, _mark, after = school.reverse(name, language, token=mark, **kwargs).rpartition(mark)
    return lambda token: f"{before}{token}{after}"


class _Edition:
    """One language of an issue in a mailing: its emails rendered once per set of sections
    (drafts), and its links made from one reversed URL each."""

    def __init__(self, source, school, language):
        self.source, self.school, self.language = source, school, language
        self.issue, self.in_source_language = issue_in(source, language)
        self.shared = self.issue.shared_context(school)
        self.online_url = school.page_url(self.issue)
        self.unsubscribe = _link_maker(school, "gazette:unsubscribe", language)
        self.manage = _link_maker(school, "gazette:manage_link", language)
        self.acknowledge = {}
        self.drafts = {}

    def sections(self, class_ids):
        key = frozenset(class_ids)
        if key not in self.drafts:
            blocks = self.issue.sections_for(set(class_ids))
            self.drafts[key] = self._draft(blocks)
        return self.drafts[key]

    def _draft(self, blocks):
        draft = notify.Draft()
        asked = []
        sections = []
        for block in blocks:
            ack = ""
            if block.block_type in ("news", "class_news") and block.value.get("ask_to_confirm"):
                ack = draft.blank(f"ack-{block.id}")
                asked.append(block.id)
                if block.id not in self.acknowledge:
                    self.acknowledge[block.id] = _link_maker(
                        self.school, "gazette:acknowledge", self.language, section=block.id
                    )
            sections.append((block, ack))
        context = {
            **self.shared,
            "issue": self.issue,
            "in_source_language": self.in_source_language,
            "sections": sections,
            "online_url": self.online_url,
            "unsubscribe_url": draft.blank("unsubscribe"),
            "manage_url": draft.blank("manage"),
        }
        draft.render("gazette/email/issue", context, language=self.language, school=self.school)
        return draft, asked

    def letter(self, subscription, delivery, class_ids):
        draft, asked = self.sections(class_ids)
        unsubscribe = self.unsubscribe(links.make(UNSUBSCRIBE, subscription))
        values = {
            "unsubscribe": unsubscribe,
            "manage": self.manage(links.make(MANAGE, subscription)),
        }
        if asked:
            token = links.make(ACKNOWLEDGE, delivery)
            values.update({f"ack-{pk}": self.acknowledge[pk](token) for pk in asked})
        subject, text, html = draft.fill(values)
        return notify.Letter(
            recipient=subscription,
            obj=delivery,
            subject=subject,
            text=text,
            html=html,
            headers={
                "List-Unsubscribe": f"<{unsubscribe}>",
                "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
            },
        )


def _write(source, school, editions, subscriptions, urgent):
    """The Delivery and the email of each of `subscriptions`, in one transaction; returns how
    many were written."""
    from .models import Delivery, GazetteSubscription

    through = GazetteSubscription.classes.through
    class_ids = {}
    for subscription_id, class_id in through.objects.filter(
        gazettesubscription_id__in=[s.pk for s in subscriptions]
    ).values_list("gazettesubscription_id", "schoolclass_id"):
        class_ids.setdefault(subscription_id, set()).add(class_id)
    with transaction.atomic():
        deliveries = Delivery.objects.bulk_create(
            Delivery(issue=source, subscription=subscription) for subscription in subscriptions
        )
        letters = []
        for subscription, delivery in zip(subscriptions, deliveries, strict=True):
            language = subscription.language
            if language not in editions:
                editions[language] = _Edition(source, school, language)
            edition = editions[language]
            letters.append(
                edition.letter(subscription, delivery, class_ids.get(subscription.pk, ()))
            )
        notify.send_many(letters, school=school, purpose=PURPOSE, urgent=urgent)
    return len(deliveries)


def deliver(source_id, now=None):
    """Write the email of the French issue `source_id` for every confirmed subscriber of its
    school who has not had it yet, CHUNK at a time; returns how many were written.

    Each language and set of sections is rendered once; each subscriber's own links are
    written into it. A chunk's deliveries and emails are saved together: a task run again, or
    the issue published again, writes nothing twice."""
    from .models import Delivery, GazettePage, GazetteSubscription

    source = GazettePage.objects.live().filter(pk=source_id).first()
    now = now or timezone.now()
    if source is None or source.date < (now - RECENT).date():
        return 0
    school = school_of(source)
    urgent = bool(source.urgent_reason.strip())
    waiting = (
        GazetteSubscription.objects.filter(site=school.site, confirmed_at__isnull=False)
        .exclude(pk__in=Delivery.objects.filter(issue=source).values("subscription_id"))
        .select_related("user")
        .order_by("pk")
    )
    editions = {}
    written = after = 0
    while chunk := list(waiting.filter(pk__gt=after)[:CHUNK]):
        after = chunk[-1].pk
        try:
            written += _write(source, school, editions, chunk, urgent)
        except IntegrityError:
            # Another run is sending this issue at the same moment: what it wrote counts.
            for subscription in chunk:
                if not Delivery.objects.filter(issue=source, subscription=subscription).exists():
                    with contextlib.suppress(IntegrityError):
                        written += _write(source, school, editions, [subscription], urgent)
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
