"""What other parts of the site ask of the library: visible resources, facets, featured, newest.

A visitor sees the resources of their language, plus the French resources not yet translated into
it (shown after them, with an "in French" label): `ResourcePage.objects.in_language(locale)`.
"""

from django.db.models import Count, Exists, OuterRef, Q, Subquery
from django.utils import translation
from django.utils.translation import gettext as _

from portal import freshness
from portal.i18n import active_locale

from .models import ResourceIndexPage, ResourcePage
from .taxonomy import Audience, Format, SchoolLevel, Theme


def visible(locale=None):
    """The resources a visitor reading `locale` (default: the active one) may see."""
    return ResourcePage.objects.in_language(locale or active_locale())


def for_listing(queryset, terms=True):
    """What a list of resources shows, fetched in a constant number of queries (cards show their
    themes and levels; short lists of links do not, with `terms` False)."""
    queryset = queryset.select_related("locale", "format")
    return queryset.prefetch_related("themes", "levels") if terms else queryset


VOCABULARY = {"theme": Theme, "level": SchoolLevel, "format": Format, "audience": Audience}


def labels(language_code=None):
    """{facet: {slug: label}} in the visitor's language; kept in the cache until something changes
    (saving a term starts a new content generation)."""
    language_code = language_code or translation.get_language()
    return freshness.remembered(
        f"library-labels:{language_code}",
        lambda: {facet: model.labels(language_code) for facet, model in VOCABULARY.items()},
    )


def newest(locale=None, limit=4, terms=True):
    newest_first = visible(locale).own_language_first("-first_published", "-pk")
    return list(for_listing(newest_first, terms)[:limit])


def featured(locale=None, limit=4, terms=True):
    chosen = visible(locale).filter(featured=True)
    return list(for_listing(chosen.own_language_first("-first_published", "-pk"), terms)[:limit])


def related(resource, limit=4):
    """The resources an editor chose (in their order), else those sharing the most themes with
    this one: only what a visitor may see, in their language where it exists."""
    from .models import RelatedResource

    choice = RelatedResource.objects.filter(
        page=resource, resource__translation_key=OuterRef("translation_key")
    )
    chosen = list(
        visible(resource.locale)
        .filter(Exists(choice))
        .annotate(choice_order=Subquery(choice.values("sort_order")[:1]))
        .order_by("choice_order")
        .select_related("locale")[:limit]
    )
    if chosen:
        return chosen
    themes = resource.themes.through.objects.filter(resourcepage=resource).values("theme_id")
    return list(
        visible(resource.locale)
        .filter(themes__in=themes)
        .exclude(translation_key=resource.translation_key)
        .annotate(shared=Count("themes", filter=Q(themes__in=themes)))
        .order_by("-shared", "-first_published", "-pk")
        .select_related("locale")[:limit]
    )


def library(locale=None):
    """The library page in the visitor's language, else in the source language."""
    pages = ResourceIndexPage.objects.in_language(locale or active_locale())
    return pages.own_language_first().first()


def showcase(locale=None, limit=3):
    """What the home page and the parents' space show: featured, newest, and the library."""
    chosen = featured(locale, limit, terms=False)
    seen = {page.pk for page in chosen}
    fresh = [page for page in newest(locale, limit + len(seen), terms=False) if page.pk not in seen]
    fresh = fresh[:limit]
    return {
        "featured": chosen,
        "newest": fresh,
        "groups": [(_("Recommended"), chosen), (_("Newest"), fresh)],
        "library": library(locale),
        "labels": labels(),
    }
