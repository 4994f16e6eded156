"""`/sitemap.xml`: every public page of the site in every language, with hreflang alternates.

Wagtail's own sitemap lists only the default language's tree, so this one walks every translation
of the site's root and groups pages by translation key.
"""

from collections import defaultdict

from django.db.models import Q
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.views.decorators.http import require_safe

from wagtail.models import Page, Site

from portal.pages import PortalPageQuerySet


def sitemap_entries(request):
    site = Site.find_for_request(request)
    if site is None:
        return []
    roots = site.root_page.get_translations(inclusive=True)
    in_site = Q()
    for root in roots.only("path"):
        in_site |= Q(path__startswith=root.path)
    pages = (
        PortalPageQuerySet(Page)
        .visible()
        .filter(in_site)
        .only("id", "path", "url_path", "translation_key", "locale_id", "last_published_at")
        .select_related("locale")
        .order_by("path")
    )
    by_key = defaultdict(list)
    entries = []
    for page in pages:
        url = page.get_full_url(request)
        if not url:
            continue
        entry = {
            "location": url,
            "lastmod": page.last_published_at,
            "language": page.locale.language_code,
            "alternates": by_key[page.translation_key],
        }
        by_key[page.translation_key].append({"language": entry["language"], "location": url})
        entries.append(entry)
    return entries


@require_safe
def sitemap(request):
    xml = render_to_string("portal/sitemap.xml", {"entries": sitemap_entries(request)})
    return HttpResponse(xml, content_type="application/xml; charset=utf-8")
