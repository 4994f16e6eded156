"""What other parts of the site ask the agenda: the events in a language, the next ones."""

from django.db.models import Q
from django.utils import timezone

from wagtail.models import Locale

from .models import EventPage, school_zone
from .recurrence import occurrences


def events_in(locale, category=None, audience=None):
    """Live public events in `locale`, and the French original of those not translated yet."""
    default = Locale.get_default()
    queryset = EventPage.objects.live().public()
    if locale.pk != default.pk:
        translated = EventPage.objects.live().filter(locale=locale).values("translation_key")
        queryset = queryset.filter(
            Q(locale=locale) | (Q(locale=default) & ~Q(translation_key__in=translated))
        )
    else:
        queryset = queryset.filter(locale=locale)
    if category:
        queryset = queryset.filter(category=category)
    if audience:
        queryset = queryset.filter(audience__in=[audience, "school"])
    return queryset.select_related("locale")


def between(queryset, since, until, zone):
    """The occurrences of these events that overlap [since, until), in time order."""
    events = queryset.filter(start__lt=until, last_end__gt=since)
    found = [occ for event in events for occ in occurrences(event, zone, since, until)]
    return sorted(found, key=lambda occ: (occ.start, occ.event.title))


def upcoming(locale, limit=3, zone=None, now=None):
    """The next `limit` occurrences for the home page."""
    zone = zone or school_zone()
    now = now or timezone.now()
    events = events_in(locale).filter(last_end__gt=now).order_by("start")
    found = []
    for event in events[: limit * 4]:
        found.extend(occ for occ in occurrences(event, zone, now) if occ.end > now)
    return sorted(found, key=lambda occ: occ.start)[:limit]


def agenda_page(locale):
    """The agenda in `locale`, else the French one, else None."""
    from .models import EventIndexPage

    pages = EventIndexPage.objects.live().public().filter(locale__in=[locale, Locale.get_default()])
    found = {page.locale_id: page for page in pages}
    return found.get(locale.pk) or next(iter(found.values()), None)


def version():
    """A short key that changes whenever a published event or a privacy rule changes, so that
    the feed and the month grid can be cached safely."""
    from django.db.models import Count, Max

    from wagtail.models import PageViewRestriction

    events = EventPage.objects.aggregate(
        n=Count("pk"),
        live=Count("pk", filter=Q(live=True)),
        last_id=Max("pk"),
        published=Max("last_published_at"),
        revised=Max("latest_revision_created_at"),
    )
    from django.core.cache import cache

    from .models import VERSION_KEY

    rules = PageViewRestriction.objects.aggregate(n=Count("pk"), last_id=Max("pk"))
    # The counter changes on every save in this process; the figures catch other processes.
    parts = [cache.get_or_set(VERSION_KEY, "0", None), *events.values(), *rules.values()]
    return "-".join(str(part.timestamp() if hasattr(part, "timestamp") else part) for part in parts)
