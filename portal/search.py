"""Site search over the pages of the visitor's language, and the French pages not yet translated
into it (listed after, with an "in French" label), each searched with its own language's stemming.

Searching only reads: nothing is logged per query.
"""

from django.conf import settings
from django.core.paginator import Paginator
from django.db.models import Exists, OuterRef
from django.shortcuts import render
from django.utils.translation import gettext as _

from wagtail.models import Locale, Page

from portal.highlight import page_passage
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


def searches(query, locale):
    """The searches for `query`: the visitor's language, then untranslated French pages."""
    pages = Page.objects.live().public().filter(depth__gt=1)
    scopes = [(locale.language_code, pages.filter(locale=locale))]
    if locale.language_code != settings.LANGUAGE_CODE:
        translated = (
            Page.objects.live()
            .public()
            .filter(locale=locale, translation_key=OuterRef("translation_key"))
        )
        untranslated = pages.filter(locale__language_code=settings.LANGUAGE_CODE).exclude(
            Exists(translated)
        )
        scopes.append((settings.LANGUAGE_CODE, untranslated))
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
    locale = Locale.get_active()
    results = Results(searches(query, locale) if query else [])
    page_obj = Paginator(results, PER_PAGE).get_page(request.GET.get("page"))
    for page in page_obj.object_list:
        page.passage = page_passage(page, query)
        page.in_source_language = page.written_in != locale.language_code
    return render(
        request,
        "portal/search.html",
        {"query": query, "page_obj": page_obj, "notice": notice},
    )
