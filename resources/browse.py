"""Faceted browsing of the library: filters read from a plain GET form, with a count per option.

Filters combine with AND across facets and OR within one facet. Unknown values are dropped with a
notice, so a stale or hand-edited address still gives a page.
"""

from dataclasses import dataclass, field

from django.conf import settings
from django.db.models import Count, Exists, OuterRef

from wagtail.models import Locale

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


def matching(queryset, query):
    """The ids of `queryset` that match a full-text query, as a subquery (no rows fetched)."""
    ResourcePage = _model()
    results = ResourcePage.objects.filter(id__in=queryset.values("pk")).search(query)
    # Every database backend builds its results as a queryset: use it as a subquery so that facet
    # counts and pages are computed in the database.
    return results.get_queryset().values("pk")


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
    """(resources to list, base set for counts) for a selection."""
    ResourcePage = _model()
    locale = locale or Locale.get_active()
    base = queries.visible(locale)
    if selection.query:
        base = base.filter(pk__in=matching(base, selection.query))
    filtered = apply(base, selection)
    if selection.query and selection.sort == "relevance":
        listed = ResourcePage.objects.filter(id__in=filtered.values("pk")).search(selection.query)
    else:
        listed = filtered.order_by("-first_published", "-pk")
    return listed, base
