"""Site search over the pages of the visitor's language, and the French pages not yet translated
into it (listed after, with an "in French" label), each searched with its own language's stemming.

Searching only reads: nothing is logged per query.
"""

import hashlib

from django.conf import settings
from django.core.paginator import Paginator
from django.shortcuts import render
from django.utils.translation import gettext as _

from wagtail.models import Page

from portal import freshness
from portal.highlight import page_passage
from portal.i18n import active_locale
from portal.pages import pages_in_language
from portal.schools import school_of
from portal.search_backend import search_language

MAX_QUERY_LENGTH = 200
PER_PAGE = 20


def clean_query(raw):
    """Control characters become spaces and very long queries are cut, so any input gives a page."""
    text = "".join(ch if ch.isprintable() else " " for ch in (raw or "")[: MAX_QUERY_LENGTH * 4])
    return " ".join(text.split())[:MAX_QUERY_LENGTH]


def window(parts, start, stop):
    """Items start..stop of ranked lists read one after another: `parts` are (size, read) pairs,
    where read(slice) fetches that slice of one list. Only the lists the window touches are read."""
    items = []
    for size, read in parts:
        if stop <= 0:
            break
        if start < size:
            items += read(slice(start, min(stop, size)))
        start, stop = max(0, start - size), stop - size
    return items


class Results:
    """Several searches read as one list, for the paginator: each is counted and sliced inside
    its own language, and only the page shown is fetched."""

    def __init__(self, searches):
        self.searches = searches  # [(language code, search results)]
        self._counts = None

    def counts(self):
        if self._counts is None:
            self._counts = []
            for code, found in self.searches:
                with search_language(code):
                    self._counts.append(found.count())
        return self._counts

    def count(self):
        return sum(self.counts())

    def __len__(self):
        return self.count()

    def __getitem__(self, span):
        def reader(code, found):
            def read(part):
                with search_language(code):
                    pages = list(found[part])
                for page in pages:
                    page.written_in = code
                return pages

            return read

        parts = [
            (size, reader(code, found))
            for (code, found), size in zip(self.searches, self.counts(), strict=True)
        ]
        return window(parts, span.start or 0, span.stop)


def searches(query, locale, site=None):
    """The searches for `query` among the pages of the school's `site`: the visitor's language,
    then untranslated French pages."""
    pages = pages_in_language(locale).in_site(site).filter(depth__gt=1)
    scopes = [(locale.language_code, pages.filter(locale=locale))]
    if locale.language_code != settings.LANGUAGE_CODE:
        scopes.append((settings.LANGUAGE_CODE, pages.exclude(locale=locale)))
    # Searching on ids keeps the backends' own filter rules out of the visibility rules.
    return [
        (code, Page.objects.filter(id__in=scope.values("pk")).specific().search(query))
        for code, scope in scopes
    ]


def search(request):
    raw = request.GET.get("q", "")
    query = clean_query(raw)
    notice = ""
    if len(raw) > MAX_QUERY_LENGTH:
        notice = _("Your search was shortened to its first %(count)d characters.") % {
            "count": MAX_QUERY_LENGTH
        }
    locale = active_locale()
    site = school_of(request).site
    wanted = request.GET.get("page")

    def read():
        results = Results(searches(query, locale, site) if query else [])
        found = Paginator(results, PER_PAGE).get_page(wanted)
        pages = list(found.object_list)
        for page in pages:
            page.passage = page_passage(page, query)
            page.in_source_language = page.written_in != locale.language_code
        return found.paginator.count, found.number, pages

    if query:
        # The same words are searched by many visitors (and a page of results is read again
        # with the next page's link): kept until something changes.
        shape = f"{site.pk if site else 0}|{locale.language_code}|{query}|{wanted}"
        key = "search:" + hashlib.sha256(shape.encode()).hexdigest()
        count, number, pages = freshness.remembered(key, read)
    else:
        count, number, pages = read()
    page_obj = Paginator(range(count), PER_PAGE).get_page(number)
    page_obj.object_list = pages
    return render(
        request,
        "portal/search.html",
        {"query": query, "page_obj": page_obj, "notice": notice},
    )
