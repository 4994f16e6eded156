from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils import translation

from wagtail.models import Locale, Page, Site

register = template.Library()


def _page_translations(page):
    """{language code: live translation} for a page, in one query."""
    return {
        p.locale.language_code: p
        for p in page.get_translations(inclusive=True).live().select_related("locale")
    }


def _home_url(code):
    return f"/{code}/"


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
    site = Site.find_for_request(request) if request else None
    if site is None:
        return []
    home = site.root_page.localized
    locale = Locale.get_active()
    return list(
        home.get_children()
        .live()
        .public()
        .in_menu()
        .filter(locale=locale)
        .only("id", "title", "url_path", "path", "depth", "locale_id")
    )


@register.simple_tag(takes_context=True)
def home_url(context):
    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    if site is None:
        return _home_url(translation.get_language())
    return site.root_page.localized.get_url(request) or _home_url(translation.get_language())


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
