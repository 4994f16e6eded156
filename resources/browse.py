"""Faceted browsing of the library: filters read from a plain GET form, with a count per option.

Filters combine with AND across facets and OR within one facet. Unknown values are dropped with a
notice, so a stale or hand-edited address still gives a page.
"""

from dataclasses import dataclass, field

from django.conf import settings
from django.db.models import Count, Exists, OuterRef, Q

from wagtail.models import Locale

from portal.search_backend import search_language

from . import queries

MAX_QUERY_LENGTH = 200
MAX_VALUES = 20
FACETS = ("theme", "level", "format", "lang")


def clean_query(raw):
    """Control characters become spaces and very long queries are cut, so any input gives a page."""
    text = "".join(ch if ch.isprintable() else " " for ch in (raw or "")[: MAX_QUERY_LENGTH * 4])
    return " ".join(text.split())[:MAX_QUERY_LENGTH]


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


def _model():
    return queries._resource_model()


def _facet_filter(facet, values):
    ResourcePage = _model()
    if facet == "theme":
        through = ResourcePage.themes.through
        return Exists(through.objects.filter(resourcepage=OuterRef("pk"), theme__slug__in=values))
    if facet == "level":
        through = ResourcePage.levels.through
        return Exists(
            through.objects.filter(resourcepage=OuterRef("pk"), schoollevel__slug__in=values)
        )
    if facet == "format":
        return Exists(ResourcePage.objects.filter(pk=OuterRef("pk"), format__slug__in=values))
    return Exists(
        ResourcePage.objects.live().filter(
            translation_key=OuterRef("translation_key"), locale__language_code__in=values
        )
    )


def _searches(queryset, query, locale):
    """One full-text search per language present: the visitor's, and French for the resources
    not yet translated, each with its own stemming."""
    ResourcePage = _model()
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


def ranked_ids(queryset, query, locale):
    """Ids of the matching resources, best first, the visitor's language before French."""
    ids = []
    for found in _searches(queryset, query, locale):
        ids.extend(found.values_list("pk", flat=True))
    return list(dict.fromkeys(ids))


def apply(queryset, selection, skip=None):
    for facet, values in selection.chosen.items():
        if values and facet != skip:
            queryset = queryset.filter(_facet_filter(facet, values))
    if selection.easy and skip != "easy":
        queryset = queryset.filter(easy_to_read=True)
    return queryset


def counts(base, selection):
    """{facet: {value: count}}: how many resources each option would give, other filters kept."""
    ResourcePage = _model()
    result = {}
    scope = apply(base, selection, skip="theme").values("pk")
    result["theme"] = dict(
        ResourcePage.themes.through.objects.filter(resourcepage__in=scope)
        .values_list("theme__slug")
        .annotate(n=Count("resourcepage", distinct=True))
    )
    scope = apply(base, selection, skip="level").values("pk")
    result["level"] = dict(
        ResourcePage.levels.through.objects.filter(resourcepage__in=scope)
        .values_list("schoollevel__slug")
        .annotate(n=Count("resourcepage", distinct=True))
    )
    result["format"] = dict(
        apply(base, selection, skip="format")
        .order_by()
        .values_list("format__slug")
        .annotate(n=Count("pk"))
    )
    scope = apply(base, selection, skip="lang").values("translation_key")
    result["lang"] = dict(
        ResourcePage.objects.live()
        .filter(translation_key__in=scope)
        .order_by()
        .values_list("locale__language_code")
        .annotate(n=Count("translation_key", distinct=True))
    )
    result["easy"] = apply(base, selection, skip="easy").filter(easy_to_read=True).count()
    return result


def results(selection, locale=None):
    """(resources to list, base set for counts) for a selection. Sorted by relevance, the list is
    of ids, best first."""
    locale = locale or Locale.get_active()
    base = queries.visible(locale)
    if selection.query:
        base = base.filter(matching(base, selection.query, locale))
    filtered = apply(base, selection)
    if selection.query and selection.sort == "relevance":
        return ranked_ids(apply(queries.visible(locale), selection), selection.query, locale), base
    return queries.for_listing(filtered.order_by("-first_published", "-pk")), base
