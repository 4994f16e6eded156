"""What other parts of the site ask of the library: visible resources, facets, featured, newest.

A visitor sees the resources of their language, plus the French resources not yet translated into
it (shown with an "in French" label).
"""

from django.conf import settings
from django.db.models import Count, Exists, OuterRef, Q
from django.utils import translation
from django.utils.translation import gettext as _

from wagtail.models import Locale

from .taxonomy import Audience, Format, SchoolLevel, Theme


def _resource_model():
    from .models import ResourcePage

    return ResourcePage


def visible(locale=None):
    """Live public resources in `locale`, plus source-language ones not translated into it."""
    ResourcePage = _resource_model()
    locale = locale or Locale.get_active()
    live = ResourcePage.objects.live().public()
    if locale.language_code == settings.LANGUAGE_CODE:
        return live.filter(locale=locale)
    translated = (
        ResourcePage.objects.live()
        .public()
        .filter(locale=locale, translation_key=OuterRef("translation_key"))
    )
    return live.filter(
        Q(locale=locale) | Q(locale__language_code=settings.LANGUAGE_CODE) & ~Exists(translated)
    )


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
    return list(for_listing(visible(locale).order_by("-first_published", "-pk"))[:limit])


def featured(locale=None, limit=4):
    return list(
        for_listing(visible(locale).filter(featured=True).order_by("-first_published", "-pk"))[
            :limit
        ]
    )


def related(resource, limit=4):
    """The resources an editor chose, else those sharing the most themes with this one."""
    chosen_ids = list(resource.related_links.values_list("resource_id", flat=True))
    shown = _resource_model().objects.live().public().in_bulk(chosen_ids)
    chosen = [shown[pk] for pk in chosen_ids if pk in shown]
    if chosen:
        return chosen[:limit]
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
    from .models import ResourceIndexPage

    locale = locale or Locale.get_active()
    pages = ResourceIndexPage.objects.live().public()
    return (
        pages.filter(locale=locale).first()
        or pages.filter(locale__language_code=settings.LANGUAGE_CODE).first()
    )


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
