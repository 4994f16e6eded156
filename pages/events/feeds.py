"""/feeds/events.ics and one event's "add to my calendar": plain iCalendar, public events only."""

from django.conf import settings
from django.core.cache import cache
from django.http import Http404, HttpResponse

from wagtail.models import Locale, Site

from portal.models import SchoolSettings
from portal.school_calendar.calendar import calendar_for
from portal.school_calendar.ical import holiday_components

from . import ical
from .choices import Audience, Category
from .models import EventPage
from .queries import events_in, version

#: Calendar applications poll the feed often; any change to an event changes the cache key.
FEED_CACHE_SECONDS = 600


def _response(body, filename):
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    return response


def events_feed(request):
    site = Site.find_for_request(request)
    zone = SchoolSettings.for_site(site).zone
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
    # With holidays=1, the school's holidays and public holidays come as all-day events.
    school = calendar_for(request) if request.GET.get("holidays") == "1" and site else None
    key = (
        f"events-feed:{site.pk if site else 0}:{host}:{locale.pk}:{category}:{audience}:{version()}"
        f":{school.revision if school else ''}"
    )
    body = cache.get(key)
    if body is None:
        events = events_in(locale, category, audience).order_by("start")
        cal = ical.new_calendar(zone, name=SchoolSettings.for_site(site).school_name)
        for event in events:
            url = event.get_full_url(request) if site else ""
            cal.add_component(ical.event_component(event, zone, host, url))
        for component in holiday_components(school, host, language) if school else ():
            cal.add_component(component)
        body = ical.to_bytes(cal)
        cache.set(key, body, FEED_CACHE_SECONDS)
    return _response(body, "agenda.ics")


def event_ics(request, page_id):
    event = EventPage.objects.live().public().filter(pk=page_id).first()
    if event is None:
        raise Http404
    site = Site.find_for_request(request)
    zone = SchoolSettings.for_site(site).zone
    cal = ical.new_calendar(zone)
    host = request.get_host().split(":")[0]
    cal.add_component(ical.event_component(event, zone, host, event.get_full_url(request)))
    return _response(ical.to_bytes(cal), f"{event.slug}.ics")
