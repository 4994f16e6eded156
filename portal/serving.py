"""Serving pages with a fallback: a page missing in the visitor's language is shown in French,
with a notice, rather than a 404."""

import hashlib

from django.http import Http404, HttpResponse
from django.utils import translation

from wagtail import hooks
from wagtail.models import Locale, Page, PageViewRestriction, Site
from wagtail.views import serve_chain

from portal import freshness, pages
from portal.i18n import active_locale
from portal.schools import school_of


def _find_by_path(request, path):
    """The live page at `path` in the visitor's language, found in one step (two queries) rather
    than one level at a time; None lets Wagtail's routing decide (sub-routes, fallbacks)."""
    site = school_of(request).site
    language = translation.get_language()
    roots = [
        root.root_path
        for root in pages.site_root_paths()
        if site is not None and root.site_id == site.pk and root.language_code == language
    ]
    parts = [part for part in path.split("/") if part]
    if len(roots) != 1:
        return None
    url_path = roots[0] + "".join(f"{part}/" for part in parts)

    def read():
        found = Page.objects.live().filter(url_path=url_path)
        return (found.filter(slug=parts[-1]) if parts else found).specific().first()

    # The page at an address is kept until something changes; an address where there is none
    # is not (anyone can make up addresses).
    digest = hashlib.sha256(url_path.encode()).hexdigest()
    page = freshness.remembered(f"page-at:{digest}", read, keep_none=False)
    if page is None:
        return None
    try:
        return page.route(request, [])
    except Http404:
        return None


def _route_in_source_language(request, path):
    site = Site.find_for_request(request)
    if site is None:
        return None
    root = site.root_page
    source_root = root.get_translation_or_none(Locale.get_default()) or root
    if source_root.id == root.localized.id:
        return None
    try:
        return source_root.specific.route(request, [part for part in path.split("/") if part])
    except Http404:
        return None


def _privacy_rules():
    """(restrictions with their page's path, {alias path: source page path}) of the whole tree,
    read in three queries once per content generation."""

    def read():
        restrictions = list(PageViewRestriction.objects.all())
        paths = dict(
            Page.objects.filter(pk__in=[r.page_id for r in restrictions]).values_list("pk", "path")
        )
        rules = [(paths[r.page_id], r) for r in restrictions if r.page_id in paths]
        aliases = dict(
            Page.objects.filter(alias_of__isnull=False).values_list("path", "alias_of__path")
        )
        return rules, aliases

    return freshness.remembered("privacy-rules", read)


def _view_restrictions(page):
    """The rules Wagtail's `get_view_restrictions()` finds for `page` (its own and its ancestors',
    an alias answering to its source page's), without a query."""
    rules, aliases = _privacy_rules()
    if not rules:
        return []
    steps = Page.steplen
    paths = set()
    for depth in range(1, page.depth + 1):
        path = page.path[: depth * steps]
        paths.add(aliases.get(path, path))
    return [restriction for path, restriction in rules if path in paths]


def serve(request, path):
    route = (
        _find_by_path(request, path)
        or Page.route_for_request(request, path)
        or _route_in_source_language(request, path)
    )
    if route is None:
        raise Http404
    page, args, kwargs = route
    locale = active_locale()
    if page.locale_id == locale.pk:
        page.locale = locale  # already read for this request

    page.get_view_restrictions = lambda: _view_restrictions(page)

    chain = serve_chain
    for fn in reversed(hooks.get_hooks("on_serve_page")):
        chain = fn(chain)
    for fn in hooks.get_hooks("before_serve_page"):
        result = fn(page, request, args, kwargs)
        if isinstance(result, HttpResponse):
            return result
    return chain(page, request, args, kwargs)
