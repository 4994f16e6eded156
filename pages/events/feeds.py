"""/feeds/events.ics and one event's "add to my calendar": plain iCalendar, public events only."""

from django.conf import settings
from django.core.cache import cache
from django.http import Http404, HttpResponse

from wagtail.models import Locale

from portal.school_calendar.calendar import calendar_for
from portal.school_calendar.ical import holiday_components
from portal.schools import school_of

from . import ical
from .choices import Audience, Category
from .models import EventPage, agenda_version

#: Calendar applications poll the feed often; any change to an event changes the cache key.
FEED_CACHE_SECONDS = 600


def _response(body, filename):
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    return response


def events_feed(request):
    school = school_of(request)
    zone = school.zone
    language = request.GET.get("lang", "")
    if language not in dict(settings.LANGUAGES):
        language = settings.LANGUAGE_CODE
    locale = Locale.objects.filter(language_code=language).first() or Locale.get_default()
    category = (
        request.GET.get("category") if request.GET.get("category") in Category.values else None
    )
    audience = (
        request.GET.get("audience") if request.GET.get("audience") in Audience.values else None
    )
    host = request.get_host().split(":")[0]
    site_id = school.site.pk if school.site else 0
    # With holidays=1, the school's holidays and public holidays come as all-day events.
    holidays = calendar_for(request) if request.GET.get("holidays") == "1" and school.site else None
    key = (
        f"events-feed:{site_id}:{host}:{locale.pk}:{category}:{audience}:{agenda_version()}"
        f":{holidays.revision if holidays else ''}"
    )
    body = cache.get(key)
    if body is None:
        events = (
            EventPage.objects.in_language(locale).in_site(school.site).for_whom(category, audience)
        )
        cal = ical.new_calendar(zone, name=school.name)
        for event in events.order_by("start"):
            url = event.get_full_url(request) if school.site else ""
            cal.add_component(ical.event_component(event, zone, host, url))
        for component in holiday_components(holidays, host, language) if holidays else ():
            cal.add_component(component)
        body = ical.to_bytes(cal)
        cache.set(key, body, FEED_CACHE_SECONDS)
    return _response(body, "agenda.ics")


def event_ics(request, page_id):
    event = EventPage.objects.visible().filter(pk=page_id).first()
    if event is None:
        raise Http404
    zone = school_of(request).zone
    cal = ical.new_calendar(zone)
    host = request.get_host().split(":")[0]
    cal.add_component(ical.event_component(event, zone, host, event.get_full_url(request)))
    return _response(ical.to_bytes(cal), f"{event.slug}.ics")
