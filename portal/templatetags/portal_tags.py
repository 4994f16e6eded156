from django import template
from django.conf import settings
from django.core.cache import cache
from django.db.models import Q
from django.urls import translate_url
from django.utils import translation

from wagtail.models import Page

from portal import pages
from portal.schools import school_of

register = template.Library()


def _page_translations(page):
    """{language code: live translation} for a page, in one query (kept on the page)."""
    if not hasattr(page, "_passerelle_translations"):
        page._passerelle_translations = {
            p.locale.language_code: p
            for p in page.get_translations(inclusive=True).live().select_related("locale")
        }
    return page._passerelle_translations


def _home_url(code):
    return f"/{code}/"


def _navigation(request):
    """(home page URL, menu pages) of the school in the visitor's language: kept in the cache until
    a page or a privacy rule changes, and read once per request."""
    if not hasattr(request, "_passerelle_navigation"):
        site = school_of(request).site
        language = translation.get_language()
        key = f"navigation:{site.pk if site else 0}:{language}:{pages.tree_version()}"
        found = cache.get(key)
        if found is None:
            found = _read_navigation(site, language)
            cache.set(key, found, 24 * 3600)
        request._passerelle_navigation = found
    return request._passerelle_navigation


def _read_navigation(site, language):
    home = None
    if site is not None:
        versions = Page.objects.filter(
            translation_key__in=Page.objects.filter(pk=site.root_page_id).values("translation_key")
        ).filter(Q(pk=site.root_page_id) | Q(locale__language_code=language, live=True))
        found = {page.pk: page for page in versions}
        home = next(
            (page for pk, page in found.items() if pk != site.root_page_id),
            found.get(site.root_page_id),
        )
    if home is None:
        return None, []
    menu = list(
        pages.PortalPageQuerySet(Page)
        .child_of(home)
        .visible()
        .in_menu()
        .filter(locale__language_code=language)
        .only("id", "title", "url_path", "path", "depth", "locale_id")
    )
    return home.get_url(None, current_site=site), menu


@register.simple_tag(takes_context=True)
def language_links(context):
    """One link per enabled language: the same page in that language, else that language's home."""
    request = context.get("request")
    page = context.get("page")
    current = translation.get_language()
    translations = _page_translations(page) if isinstance(page, Page) and page.id else None
    links = []
    for code, name in settings.LANGUAGES:
        if translations is not None:
            target = translations.get(code)
            url = target.get_url(request) if target else f"{_home_url(code)}?untranslated=1"
            available = target is not None
        elif request is not None:
            url = translate_url(request.get_full_path(), code)
            available = True
        else:
            url, available = _home_url(code), True
        info = translation.get_language_info(code)
        links.append(
            {
                "code": code,
                "name": name,
                "url": url,
                "current": code == current,
                "available": available,
                "bidi": info["bidi"],
            }
        )
    return links


@register.inclusion_tag("includes/hreflang.html", takes_context=True)
def hreflang_links(context):
    request = context.get("request")
    page = context.get("page")
    alternates = []
    if isinstance(page, Page) and page.id:
        translations = _page_translations(page)
        for code, _name in settings.LANGUAGES:
            if code in translations:
                url = translations[code].get_full_url(request)
                if url:
                    alternates.append({"code": code, "url": url})
        default = translations.get(settings.LANGUAGE_CODE)
        if default:
            alternates.append({"code": "x-default", "url": default.get_full_url(request)})
    return {"alternates": alternates}


@register.simple_tag(takes_context=True)
def site_menu(context):
    """The pages shown in the main navigation, in the visitor's language."""
    request = context.get("request")
    return _navigation(request)[1] if request else []


@register.simple_tag(takes_context=True)
def home_url(context):
    request = context.get("request")
    url = _navigation(request)[0] if request else None
    return url or _home_url(translation.get_language())


@register.filter
def language_name(code):
    return dict(settings.LANGUAGES).get(code, code)


@register.filter
def language_dir(code):
    """'rtl' or 'ltr' for a language code, to mark content written in another language."""
    try:
        return "rtl" if translation.get_language_info(code)["bidi"] else "ltr"
    except KeyError:
        return "ltr"
