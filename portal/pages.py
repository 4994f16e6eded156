"""What visitors are shown of the page tree: live public pages, in their language or else in
French (the source language), one rule for every listing (library, agenda, search, home page).

Page types use it with `objects = PortalPageManager()`, then
`EventPage.objects.in_language(locale).filter(...)`.
"""

from django.db.models import BooleanField, Case, Exists, F, OuterRef, Q, Value, When
from django.db.models.lookups import StartsWith

from wagtail.models import Page, PageManager, PageViewRestriction, Site
from wagtail.query import PageQuerySet

from portal import freshness
from portal.translatable import in_language_else_source


class PortalPageQuerySet(PageQuerySet):
    def visible(self):
        """The pages a visitor may see in a listing: published, and neither private nor under a
        private page. The same rule as Wagtail's `.live().public()`, written as one subquery so
        that it costs no query of its own."""
        restricted_above = PageViewRestriction.objects.filter(
            StartsWith(OuterRef("path"), F("page__path"))
        )
        return self.live().exclude(Exists(restricted_above))

    def in_site(self, site):
        """Pages of `site` (a school), in every language: under its root page or a translation
        of it. Read from Wagtail's cached site root paths, so it costs no query."""
        if site is None:
            return self
        paths = [root.root_path for root in site_root_paths() if root.site_id == site.pk]
        condition = Q()
        for path in paths:
            condition |= Q(url_path__startswith=path)
        return self.filter(condition) if paths else self.none()

    def in_language(self, locale):
        """Visible pages in `locale`, plus the French pages not yet live in `locale`. Each carries
        `in_source_language` (True for those French fallbacks, to be labelled), and
        `.own_language_first()` lists the visitor's own pages before them."""
        # A private translation does not hide the public French page from the visitor.
        found = in_language_else_source(
            self.visible(), locale, translations=PortalPageQuerySet(Page).visible()
        )
        # Templates mark each page with the language it is written in: read it in the same query.
        return found.select_related("locale").annotate(
            in_source_language=Case(
                When(locale=locale, then=Value(False)),
                default=Value(True),
                output_field=BooleanField(),
            )
        )

    def own_language_first(self, *then):
        """Order an in_language() queryset: the visitor's language first, then by `then`."""
        return self.order_by("in_source_language", *then)


PortalPageManager = PageManager.from_queryset(PortalPageQuerySet)


def pages_in_language(locale, model=Page):
    """`in_language` over every page type (site search): a queryset of `model`."""
    return PortalPageQuerySet(model).in_language(locale)


def site_root_paths():
    """Wagtail's `Site.get_site_root_paths()`, which reads the shared cache on every call, kept
    for the current content generation (saving a site or a page starts a new one)."""
    return freshness.remembered("site-root-paths", Site.get_site_root_paths)
