"""What other parts of the site ask of the library: visible resources, facets, featured, newest.

A visitor sees the resources of their language, plus the French resources not yet translated into
it (shown after them, with an "in French" label): `ResourcePage.objects.in_language(locale)`.
"""

from django.db.models import Count, Q
from django.utils import translation
from django.utils.translation import gettext as _

from wagtail.models import Locale

from .models import ResourceIndexPage, ResourcePage
from .taxonomy import Audience, Format, SchoolLevel, Theme


def visible(locale=None):
    """The resources a visitor reading `locale` (default: the active one) may see."""
    return ResourcePage.objects.in_language(locale or Locale.get_active())


def for_listing(queryset):
    """What a list of resources shows, fetched in a constant number of queries."""
    return queryset.select_related("locale", "format").prefetch_related("themes", "levels")


def labels(language_code=None):
    """{facet: {slug: label}} in the visitor's language, one query per vocabulary."""
    language_code = language_code or translation.get_language()
    return {
        "theme": Theme.labels(language_code),
        "level": SchoolLevel.labels(language_code),
        "format": Format.labels(language_code),
        "audience": Audience.labels(language_code),
    }


def newest(locale=None, limit=4):
    newest_first = visible(locale).own_language_first("-first_published", "-pk")
    return list(for_listing(newest_first)[:limit])


def featured(locale=None, limit=4):
    return list(
        for_listing(
            visible(locale).filter(featured=True).own_language_first("-first_published", "-pk")
        )[:limit]
    )


def related(resource, limit=4):
    """The resources an editor chose, else those sharing the most themes with this one."""
    keys = list(resource.related_links.values_list("resource__translation_key", flat=True))
    if keys:
        # Only what a visitor may see, in their language where it exists, in the editor's order.
        found = visible(resource.locale).filter(translation_key__in=keys).select_related("locale")
        by_key = {page.translation_key: page for page in found}
        return [by_key[key] for key in dict.fromkeys(keys) if key in by_key][:limit]
    theme_ids = list(resource.themes.values_list("pk", flat=True))
    if not theme_ids:
        return []
    return list(
        visible(resource.locale)
        .filter(themes__in=theme_ids)
        .exclude(translation_key=resource.translation_key)
        .annotate(shared=Count("themes", filter=Q(themes__in=theme_ids)))
        .order_by("-shared", "-first_published", "-pk")
        .select_related("locale")[:limit]
    )


def library(locale=None):
    """The library page in the visitor's language, else in the source language."""
    pages = ResourceIndexPage.objects.in_language(locale or Locale.get_active())
    return pages.own_language_first().first()


def showcase(locale=None, limit=3):
    """What the home page and the parents' space show: featured, newest, and the library."""
    chosen = featured(locale, limit)
    seen = {page.pk for page in chosen}
    fresh = [page for page in newest(locale, limit + len(seen)) if page.pk not in seen][:limit]
    return {
        "featured": chosen,
        "newest": fresh,
        "groups": [(_("Recommended"), chosen), (_("Newest"), fresh)],
        "library": library(locale),
        "labels": labels(),
    }
