"""The school of a request or an object: its Wagtail Site and its SchoolSettings.

One deployment can host several schools, each a Wagtail Site with its own name, time zone and quiet
hours. Whatever leaves the site (an email, a reminder, an .ics file, a PDF) asks `school_of()` for
the school it speaks for: the request's, the page's, or the saved object's. Nothing else reads the
default site (see `for_command()`, the one documented exception).
"""

import copy
import zoneinfo
from dataclasses import dataclass
from functools import cached_property
from urllib.parse import urljoin

from django.conf import settings as django_settings
from django.http import HttpRequest
from django.urls import reverse
from django.utils import translation

from wagtail.models import Page, Site

from portal import freshness
from portal.models import SchoolSettings

_REQUEST_ATTR = "_passerelle_school"


@dataclass(frozen=True)
class School:
    """A school as the rest of the site sees it. `site` is None only on an empty installation."""

    site: Site | None
    settings: SchoolSettings

    @property
    def name(self):
        return self.settings.school_name

    @property
    def zone(self) -> zoneinfo.ZoneInfo:
        return self.settings.zone

    @cached_property
    def calendar(self):
        """The school's calendar, built once per School: a batch of mail asks it for each
        message whether the holidays are on."""
        from portal.school_calendar.calendar import calendar_for

        return calendar_for(self.settings)

    @property
    def root_url(self):
        """`https://host[:port]` of the school's own site, without a trailing slash."""
        if self.site is None:
            return django_settings.WAGTAILADMIN_BASE_URL.rstrip("/")
        return self.site.root_url

    @property
    def hostname(self):
        return self.site.hostname if self.site else "localhost"

    def absolute(self, path):
        """An absolute URL on the school's own site for `path` (a URL already absolute is kept)."""
        return urljoin(self.root_url + "/", path or "")

    def reverse(self, viewname, language=None, **kwargs):
        """The absolute URL of a named route, with the language prefix of `language`."""
        with translation.override(language or django_settings.LANGUAGE_CODE):
            return self.absolute(reverse(viewname, kwargs=kwargs))

    def page_url(self, page):
        """The absolute URL of a page of this school (on its own host name)."""
        return page.get_full_url() or self.absolute(page.url)


def _school(site):
    if site is None:
        return School(site=None, settings=SchoolSettings())
    return School(site=site, settings=SchoolSettings.for_site(site))


def _site_of_object(obj):
    if isinstance(obj, Site):
        return obj
    if isinstance(obj, Page):
        return obj.get_site()
    # Saved objects say where they belong: a `site` field, or a get_site() that asks their page.
    if hasattr(obj, "get_site"):
        return obj.get_site()
    if hasattr(obj, "site"):
        return obj.site
    raise TypeError(f"{type(obj).__name__} does not say which school it belongs to.")


def school_of(request_or_object):
    """The School of a request (read once per request), a page, a Site, or a saved object that has
    a `site` attribute or a `get_site()` method (an answer, a booking, a slot)."""
    if isinstance(request_or_object, HttpRequest):
        request = request_or_object
        school = getattr(request, _REQUEST_ATTR, None)
        if school is None:
            school = _school_of_host(request)
            setattr(request, _REQUEST_ATTR, school)
        return school
    return _school(_site_of_object(request_or_object))


def _school_of_host(request):
    """The school answering at the request's host, kept in the shared cache for the current
    content generation (a site or its settings saved starts a new one); both are also left where
    Wagtail looks for them on the request, so neither is read twice."""
    try:
        host = request.get_host()
    except Exception:  # a host that is not allowed: Wagtail answers it with the default site
        host = None
    if host is None:
        site = Site.find_for_request(request)
        settings = SchoolSettings.for_request(request) if site else SchoolSettings()
        return School(site=site, settings=settings)

    def read():
        site = Site.find_for_request(request)
        return site, (SchoolSettings.for_site(site) if site else None)

    site, settings = freshness.remembered(f"school:{host}:{request.get_port()}", read)
    if site is None:
        return School(site=None, settings=SchoolSettings())
    # The remembered settings are shared by the requests of this process: this one gets its own
    # copy to hang itself on.
    settings = copy.copy(settings)
    request._wagtail_site = site
    settings._request = request
    setattr(request, SchoolSettings.get_cache_attr_name(), settings)
    return School(site=site, settings=settings)


def for_command():
    """The school a management command speaks for when it has no request or object to ask: the
    default site. Only commands call this; a second school must pass its own site instead."""
    return _school(Site.objects.filter(is_default_site=True).first())
