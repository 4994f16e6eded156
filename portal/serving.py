"""Serving pages with a fallback: a page missing in the visitor's language is shown in French,
with a notice, rather than a 404."""

from django.http import Http404, HttpResponse

from wagtail import hooks
from wagtail.models import Locale, Page, Site
from wagtail.views import serve_chain


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


def serve(request, path):
    route = Page.route_for_request(request, path) or _route_in_source_language(request, path)
    if route is None:
        raise Http404
    page, args, kwargs = route

    chain = serve_chain
    for fn in reversed(hooks.get_hooks("on_serve_page")):
        chain = fn(chain)
    for fn in hooks.get_hooks("before_serve_page"):
        result = fn(page, request, args, kwargs)
        if isinstance(result, HttpResponse):
            return result
    return chain(page, request, args, kwargs)
