"""Site search over the pages of the visitor's language."""

from django.core.paginator import Paginator
from django.shortcuts import render
from django.utils.translation import gettext as _

from wagtail.models import Locale, Page

MAX_QUERY_LENGTH = 200
PER_PAGE = 20


def clean_query(raw):
    """Strip control characters and cut very long queries, so any input gives a normal page."""
    text = "".join(ch if ch.isprintable() else " " for ch in raw or "")
    return " ".join(text.split())[:MAX_QUERY_LENGTH]


def search(request):
    query = clean_query(request.GET.get("q", ""))
    notice = ""
    if len(request.GET.get("q", "")) > MAX_QUERY_LENGTH:
        notice = _("Your search was shortened to its first %(count)d characters.") % {
            "count": MAX_QUERY_LENGTH
        }
    results = Page.objects.none()
    if query:
        results = (
            Page.objects.live()
            .public()
            .filter(locale=Locale.get_active(), depth__gt=1)
            .specific()
            .search(query)
        )
    page_obj = Paginator(results, PER_PAGE).get_page(request.GET.get("page"))
    return render(
        request,
        "portal/search.html",
        {"query": query, "page_obj": page_obj, "notice": notice},
    )
