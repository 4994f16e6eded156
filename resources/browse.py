"""Faceted browsing of the library: filters read from a plain GET form, with a count per option.

Filters combine with AND across facets and OR within one facet. Unknown values are dropped with a
notice, so a stale or hand-edited address still gives a page.
"""

from dataclasses import dataclass, field

from django.conf import settings
from django.core.paginator import Paginator
from django.db.models import Q

from portal.i18n import active_locale
from portal.search import MAX_QUERY_LENGTH, clean_query, window
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


def _condition(facet, values):
    """Resources meeting one facet's choice. Subqueries with IN rather than EXISTS: the database
    reads each subquery once instead of once per resource."""
    if facet == "theme":
        chosen = ResourcePage.themes.through.objects.filter(theme__slug__in=values)
        return Q(pk__in=chosen.values("resourcepage_id"))
    if facet == "level":
        chosen = ResourcePage.levels.through.objects.filter(schoollevel__slug__in=values)
        return Q(pk__in=chosen.values("resourcepage_id"))
    if facet == "format":
        return Q(format__slug__in=values)
    available = ResourcePage.objects.live().public().filter(locale__language_code__in=values)
    return Q(translation_key__in=available.values("translation_key"))


def conditions(selection):
    """{facet: condition} for the facets the visitor chose."""
    found = {
        facet: _condition(facet, values) for facet, values in selection.chosen.items() if values
    }
    if selection.easy:
        found["easy"] = Q(easy_to_read=True)
    return found


def apply(queryset, selection):
    for condition in conditions(selection).values():
        queryset = queryset.filter(condition)
    return queryset


def _searches(queryset, query, locale):
    """One full-text search per language present: the visitor's, and French for the resources
    not yet translated, each with its own stemming."""
    languages = [locale.language_code]
    if locale.language_code != settings.LANGUAGE_CODE:
        languages.append(settings.LANGUAGE_CODE)
    for code in languages:
        scope = queryset.filter(locale__language_code=code).values("pk")
        with search_language(code):
            results = ResourcePage.objects.filter(id__in=scope).search(query)
            # Every database backend builds its results as a queryset: use it in the database
            # rather than fetching pages.
            yield results.get_queryset()


def matching(queryset, query, locale):
    """A filter for the resources of `queryset` that match a full-text query."""
    condition = Q(pk__in=[])
    for found in _searches(queryset, query, locale):
        condition |= Q(pk__in=found.values("pk"))
    return condition


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

    Newest first (the visitor's language before French fallbacks), the counts and the page of results come from one statement (see facets.py).
    Sorted by relevance, the matching ids are ranked by the search, best first, and paged here.
    """
    locale = locale or active_locale()
    base = queries.visible(locale)
    if selection.query:
        base = base.filter(matching(base, selection.query, locale))
    versions = ResourcePage.objects.live().public()
    chosen = conditions(selection)
    ranked = selection.query and selection.sort == "relevance"
    wanted = page_number(page)
    if ranked:
        found = facets.tally(base, chosen, versions)
        page_obj = Paginator(range(found.total), per_page).get_page(wanted)
        ranked_lists = list(
            _searches(apply(queries.visible(locale), selection), selection.query, locale)
        )
        return found.counts, page_obj, _fetch(_ranked_window(ranked_lists, found.total, page_obj))
    found = facets.tally(base, chosen, versions, offset=(wanted - 1) * per_page, limit=per_page)
    page_obj = Paginator(range(found.total), per_page).get_page(wanted)
    if page_obj.number != wanted:
        # Past the last page: show the last one, as for any other list on the site.
        filtered = apply(base, selection).own_language_first("-first_published", "-pk")
        start = max(page_obj.start_index() - 1, 0)
        found.ids = list(filtered.values_list("pk", flat=True)[start : start + per_page])
    return found.counts, page_obj, _fetch(found.ids)


def _ranked_window(ranked_lists, total, page_obj):
    """Ids of one page of results sorted by relevance, the visitor's language before French: only
    that page is read from each ranking (the database keeps only the best rows)."""
    if len(ranked_lists) == 1:
        sizes = [total]
    else:
        first = ranked_lists[0].count()
        sizes = [first, total - first]
    parts = [
        (size, lambda part, r=ranked: list(r.values_list("pk", flat=True)[part]))
        for ranked, size in zip(ranked_lists, sizes, strict=True)
    ]
    return window(parts, page_obj.start_index() - 1, page_obj.end_index())


def _fetch(ids):
    """The resources with these ids, in this order, with what a card shows."""
    by_id = {r.pk: r for r in queries.for_listing(ResourcePage.objects.filter(pk__in=list(ids)))}
    return [by_id[pk] for pk in ids if pk in by_id]
