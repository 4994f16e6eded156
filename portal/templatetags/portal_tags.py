import uuid
from collections import defaultdict

from django import template
from django.conf import settings
from django.db.models import Q
from django.template.defaultfilters import time as time_filter
from django.urls import translate_url
from django.utils import translation
from django.utils.html import conditional_escape, format_html
from django.utils.text import Truncator
from django.utils.translation import pgettext

from wagtail.models import Locale, Page

from portal import dates, freshness, pages, roles
from portal.schools import school_of

register = template.Library()

META_DESCRIPTION_LENGTH = 160


def _page_translations(page):
    """{language code: live translation} for a page, in one query, kept until something changes
    (the head's alternate links and the language menu both ask it)."""
    if not hasattr(page, "_passerelle_translations"):
        page._passerelle_translations = freshness.remembered(
            f"page-translations:{page.translation_key}",
            lambda: {
                p.locale.language_code: p
                for p in page.get_translations(inclusive=True).live().select_related("locale")
            },
        )
    return page._passerelle_translations


def _home_url(code):
    return f"/{code}/"


def _navigation(request):
    """(home page URL, menu pages) of the school in the visitor's language: kept in the cache until
    a page or a privacy rule changes, and read once per request."""
    if not hasattr(request, "_passerelle_navigation"):
        site = school_of(request).site
        language = translation.get_language()
        request._passerelle_navigation = freshness.remembered(
            f"navigation:{site.pk if site else 0}:{language}",
            lambda: _read_navigation(site, language),
        )
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
    # Each address is worked out once and kept with the menu: both menus (the phone's and the
    # wide screen's) show it on every page.
    for item in menu:
        item.menu_url = item.get_url(None, current_site=site)
    return home.get_url(None, current_site=site), menu


def _with_query(url, request):
    # Filters and search words (the library's `?theme=…`) follow the visitor to the other language.
    query = request.META.get("QUERY_STRING", "") if request is not None else ""
    return f"{url}?{query}" if query and "?" not in url else url


def _under_language(page_url, code):
    """A page's address under another language's prefix.

    Pages are served by one catch-all route under every language's prefix, so swapping the prefix
    is what `translate_url` would do, without resolving and reversing the address once per
    language on every page. Any other address (another site's page) goes through `translate_url`.
    """
    prefix = f"/{settings.LANGUAGE_CODE}/"
    if page_url and page_url.startswith(prefix):
        return f"/{code}/{page_url[len(prefix) :]}"
    # Its address resolves under its own language's prefix only.
    with translation.override(settings.LANGUAGE_CODE):
        return translate_url(page_url, code)


@register.simple_tag(takes_context=True)
def language_links(context):
    """One link per enabled language: the same page in that language, or, where it is not
    translated yet, the same address under that language, which serves the page as it is written
    (with a notice) rather than leaving it for another page."""
    request = context.get("request")
    page = context.get("page")
    current = translation.get_language()
    translations = _page_translations(page) if isinstance(page, Page) and page.id else None
    links = []
    for code, name in settings.LANGUAGES:
        if translations is not None and code in translations:
            url = _with_query(translations[code].get_url(request), request)
            available = True
        elif translations is not None:
            # Not translated yet: the source page's address under that language's prefix, which
            # serves the source page (the address being read may be a translation's own slug).
            source = translations.get(settings.LANGUAGE_CODE)
            if source is not None:
                url = _under_language(source.get_url(request), code)
            else:
                url = translate_url(getattr(request, "path", "/"), code)
            url = _with_query(url, request)
            available = False
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


@register.simple_tag
def source_language():
    """The language the school writes in (its settings, names and places), French by default."""
    return settings.LANGUAGE_CODE


@register.filter(needs_autoescape=True)
def in_language(value, code, autoescape=True):
    """Text written in `code`, marked so: screen readers take the right voice, and its direction
    is its own (a French place name inside an Arabic page keeps its punctuation in place)."""
    text = conditional_escape(value) if autoescape else value
    if not code or not text:
        return text
    return format_html('<span lang="{}" dir="auto">{}</span>', code, text)


@register.filter(needs_autoescape=True)
def in_source_language(value, autoescape=True):
    return in_language(value, settings.LANGUAGE_CODE, autoescape=autoescape)


def _source_of(page):
    """The page in the source language (cached on the page: one query per page and request)."""
    if not hasattr(page, "_passerelle_source"):
        source = None
        if page.locale.language_code != settings.LANGUAGE_CODE:
            source = page.get_translation_or_none(Locale.get_default())
        page._passerelle_source = source.specific if source else None
    return page._passerelle_source


def _pages_in(items):
    for item in items:
        if isinstance(item, Page):
            yield item
        elif isinstance(getattr(item, "event", None), Page):
            yield item.event
        elif isinstance(item, (list, tuple)):
            yield from _pages_in(item)


@register.simple_tag
def load_sources(items):
    """Reads the source-language pages of the translated pages in `items` (pages, occurrences,
    or the agenda's (day, occurrences) pairs) in one query per page type, for `written_in`."""
    waiting = [page for page in _pages_in(items) if not hasattr(page, "_passerelle_source")]
    by_model = defaultdict(dict)
    for page in waiting:
        if page.locale.language_code == settings.LANGUAGE_CODE:
            page._passerelle_source = None
        else:
            by_model[type(page)].setdefault(page.translation_key, []).append(page)
    default = Locale.get_default()
    for model, by_key in by_model.items():
        sources = model.objects.filter(locale=default, translation_key__in=list(by_key))
        found = {source.translation_key: source for source in sources.select_related("locale")}
        for key, group in by_key.items():
            for page in group:
                page._passerelle_source = found.get(key)
    return ""


@register.simple_tag
def written_in(page, field):
    """The language a page's field is written in: a translation that kept the source's words
    (an untranslated place or list of languages) holds them in the source language."""
    code = page.locale.language_code
    source = _source_of(page)
    if source is not None and getattr(page, field, None) == getattr(source, field, None):
        return source.locale.language_code
    return code


@register.filter(expects_localtime=True)
def long_date(value, options=""):
    """A date as "mardi 1er décembre" in the active language; options "year" and "time".
    Lower case as French writes it mid-sentence; add |capfirst where it starts a line."""
    if not value:
        return ""
    flags = options.split()
    text = dates.long_date(value, year="year" in flags)
    if "time" in flags and hasattr(value, "hour"):
        text = dates.date_and_time(text, time_filter(value, "H:i"))
    return text


@register.filter(is_safe=False)
def colon(label):
    """A label and its colon, as the language writes it ("Téléphone :" with a non-breaking
    space in French)."""
    return pgettext("a label followed by a colon", "%(label)s:") % {"label": label}


@register.simple_tag(takes_context=True)
def has_role(context, *names):
    request = context.get("request")
    user = getattr(request, "user", None)  # error pages may come before authentication
    return user is not None and roles.has_role(user, *names)


@register.simple_tag(takes_context=True)
def meta_description(context):
    """What search engines and shared links show: the page's own description, else its summary."""
    page = context.get("page")
    text = ""
    if isinstance(page, Page):
        for field in ("search_description", "summary", "plain_words", "intro"):
            text = getattr(page, field, "") or ""
            if text.strip():
                break
    text = context.get("meta_description", "") or text
    return Truncator(" ".join(str(text).split())).chars(META_DESCRIPTION_LENGTH)


@register.simple_tag
def unique_id(prefix):
    """An id no other element of the page has, for a block that may appear twice."""
    return f"{prefix}-{uuid.uuid4().hex[:8]}"


@register.filter
def join_list(items):
    """Items joined as the language separates them ("، " in Arabic)."""
    return pgettext("between the items of a list", ", ").join(str(item) for item in items)
