"""Faceted browsing of the library: filters read from a plain GET form, with a count per option.

Filters combine with AND across facets and OR within one facet. Unknown values are dropped with a
notice, so a stale or hand-edited address still gives a page.
"""

import hashlib
from dataclasses import dataclass, field
from itertools import islice

from django.conf import settings
from django.core.paginator import Paginator

from portal import freshness
from portal.i18n import active_locale
from portal.search import MAX_QUERY_LENGTH, clean_query
from portal.search_backend import search_language

from . import facets, queries
from .models import ResourcePage

MAX_VALUES = 20
FACETS = ("theme", "level", "format", "lang")


@dataclass
class Selection:
    query: str = ""
    chosen: dict = field(default_factory=dict)
    easy: bool = False
    sort: str = "newest"
    ignored: bool = False
    shortened: bool = False

    def any(self):
        return bool(self.query or self.easy or any(self.chosen.values()))


def read(params, labels):
    """The visitor's choices, keeping only the values the library knows."""
    known = {
        "theme": labels["theme"],
        "level": labels["level"],
        "format": labels["format"],
        "lang": dict(settings.LANGUAGES),
    }
    selection = Selection()
    raw_query = params.get("q", "")
    selection.query = clean_query(raw_query)
    selection.shortened = len(raw_query) > MAX_QUERY_LENGTH
    for facet in FACETS:
        values = params.getlist(facet)
        kept = [v for v in dict.fromkeys(values[:MAX_VALUES]) if v in known[facet]]
        selection.ignored |= len(kept) != len(set(values))
        selection.chosen[facet] = kept
    easy = params.get("easy", "")
    selection.easy = easy == "1"
    selection.ignored |= easy not in ("", "1")
    sort = params.get("sort", "")
    if sort in ("newest", "relevance"):
        selection.sort = sort
    elif sort:
        selection.ignored = True
    if not selection.query:
        selection.sort = "newest"
    elif "sort" not in params:
        selection.sort = "relevance"
    return selection


def _remembered_searches(query, locale, ranked):
    """`_searches`, kept until something changes: a parent who opens the next page of results,
    or sorts them another way, does not search again (a word found in thousands of resources
    costs tens of milliseconds to search and rank). Keyed by a hash: the words are the visitor's."""

    def key(ranked):
        shape = f"{locale.language_code}|{ranked}|{query}"
        return "library-search:" + hashlib.sha256(shape.encode()).hexdigest()

    if not ranked:
        # The same matches ranked serve as well: newest first, the shelf gives the order.
        best_first = freshness.remembered(key(True), lambda: None, keep_none=False)
        if best_first is not None:
            return best_first
    return freshness.remembered(key(ranked), lambda: list(_searches(query, locale, ranked)))


def _searches(query, locale, ranked):
    """For each language present, the visitor's and French (for the resources not yet translated),
    the ids of the resources that match `query`, each with its own stemming; best first when
    `ranked` (ranking every match is most of a search's work: not done when it is not shown).

    Each search runs over every language and the shelf keeps the pages of the language searched:
    filtering by language in the database would join every page of the site to the matches."""
    languages = [locale.language_code]
    if locale.language_code != settings.LANGUAGE_CODE:
        languages.append(settings.LANGUAGE_CODE)
    for code in languages:
        with search_language(code):
            results = ResourcePage.objects.search(query, order_by_relevance=ranked)
            # Every database backend builds its results as a queryset: only the ids are read, and
            # what the visitor may see is decided by the shelf.
            yield list(results.get_queryset().values_list("pk", flat=True))


MAX_PAGE = 100_000


def page_number(raw):
    """The page asked for; anything that is not a positive whole number means the first, and
    an enormous one the last (the paginator brings it back to the last real page)."""
    try:
        number = int(raw)
    except (TypeError, ValueError):
        return 1
    return min(number, MAX_PAGE) if number > 0 else 1


def find(selection, page, per_page, locale=None):
    """(counts, paginator page, resources on it) for a selection and a requested page number.

    The counts come from the language's shelf (see facets.py). Newest first, the visitor's
    language before French fallbacks, as the shelf is ordered; sorted by relevance, in the order
    of the search, the visitor's language first as well.
    """
    locale = locale or active_locale()
    shelf = facets.shelf(locale)
    by_relevance = bool(selection.query) and selection.sort == "relevance"
    matches, within = [], None
    if selection.query:
        # The visitor's language is searched for the shelf's first part, French for the rest (a
        # French visitor's shelf has no rest: one search).
        searches = _remembered_searches(selection.query, locale, by_relevance)
        matches = list(zip(searches, shelf.parts(), strict=False))
        within = 0
        for ids, part in matches:
            within |= shelf.bitmap(ids) & part
    found = facets.tally(shelf, selection.chosen, selection.easy, within)
    page_obj = Paginator(range(found.total), per_page).get_page(page_number(page))
    start, stop = max(page_obj.start_index() - 1, 0), page_obj.end_index()
    if by_relevance:
        best_first = (
            pk for ids, part in matches for pk in ids if shelf.holds(found.chosen & part, pk)
        )
        ids = list(islice(best_first, start, stop))
    else:
        ids = shelf.ids_in(found.chosen, start, stop)
    return found.counts, page_obj, _fetch(ids, shelf, searched=bool(selection.query))


#: What a card shows. A whole page row is costly to turn into an object (at 12 cards, about as
#: much as the rest of the page), and the search's passage is the only reason to read the texts.
CARD_FIELDS = (
    "title",
    "url_path",
    "locale",
    "format",
    "summary",
    "reading_minutes",
    "easy_to_read",
)


def _fetch(ids, shelf, searched=False):
    """The resources with these ids, in this order, with what a card shows: one query. Their
    themes and levels come from the shelf, named in the visitor's language, as `card_terms`."""
    found = ResourcePage.objects.filter(pk__in=list(ids)).select_related("locale", "format")
    if not searched:
        found = found.only(*CARD_FIELDS, "locale__language_code", "format__slug")
    by_id = {resource.pk: resource for resource in found}
    labels = queries.labels()
    resources = [by_id[pk] for pk in ids if pk in by_id]
    for resource in resources:
        resource.card_terms = [
            labels[facet][value]
            for facet in ("theme", "level")
            for value in shelf.values_of(facet, resource.pk, order=labels[facet])
        ]
    return resources
