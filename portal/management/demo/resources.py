"""The demo resource library: vocabulary in fr/en/ar, 40+ resources in French, some translated."""

import datetime

from django.utils.html import escape

from portal.translatable import publish_as_the_admin_does
from resources.models import (
    Audience,
    Format,
    ResourceIndexPage,
    ResourcePage,
    SchoolLevel,
    Theme,
)

from .resources_content import (
    AUDIENCES,
    FORMATS,
    LEVELS,
    LIBRARY,
    LICENCE,
    RESOURCES,
    SOURCE,
    THEMES,
    TRANSLATIONS,
    VIDEO_URL,
)

FIRST_DAY = datetime.date(2025, 9, 1)


def _vocabulary(model, entries, locales):
    """The source-language terms by slug, with their translations."""
    fr = locales["fr"]
    terms = {}
    for order, (slug, names) in enumerate(entries):
        term, _created = model.objects.get_or_create(
            slug=slug, locale=fr, defaults={"name": names["fr"], "sort_order": order}
        )
        terms[slug] = publish_as_the_admin_does(term)
        for code, name in names.items():
            if code == "fr" or code not in locales:
                continue
            translated, _created = model.objects.get_or_create(
                translation_key=term.translation_key,
                locale=locales[code],
                defaults={"slug": slug, "name": name, "sort_order": order},
            )
            publish_as_the_admin_does(translated)
    return terms


def _body(tips):
    items = "".join(f"<li>{escape(tip)}</li>" for tip in tips)
    return [
        {"type": "heading", "value": "Ce que vous pouvez faire"},
        {"type": "paragraph", "value": f"<ul>{items}</ul>"},
    ]


def _translated_body(code, tips):
    heading = {"en": "What you can do", "ar": "ما يمكنكم فعله"}[code]
    items = "".join(f"<li>{escape(tip)}</li>" for tip in tips)
    return [
        {"type": "heading", "value": heading},
        {"type": "paragraph", "value": f"<ul>{items}</ul>"},
    ]


def _publish(page):
    page.save_revision().publish()
    return page


def _library(home, locales):
    fr = locales["fr"]
    library = ResourceIndexPage.objects.filter(locale=fr).child_of(home).first()
    if library is None:
        words = LIBRARY["fr"]
        library = ResourceIndexPage(locale=fr, show_in_menus=True, **words)
        home.add_child(instance=library)
        _publish(library)
    for code in ("en", "ar"):
        if code in locales and library.get_translation_or_none(locales[code]) is None:
            translated = library.copy_for_translation(locales[code], copy_parents=True, alias=False)
            for name, value in LIBRARY[code].items():
                setattr(translated, name, value)
            translated.save()
            _publish(translated)
    return library


def build(locales, home):
    """Create the library and its resources if missing; return the French library page."""
    themes = _vocabulary(Theme, THEMES, locales)
    levels = _vocabulary(SchoolLevel, LEVELS, locales)
    formats = _vocabulary(Format, FORMATS, locales)
    audiences = _vocabulary(Audience, AUDIENCES, locales)
    library = _library(home, locales)
    fr = locales["fr"]
    for number, item in enumerate(RESOURCES):
        page = ResourcePage.objects.filter(locale=fr, slug=item["slug"]).first()
        if page is None:
            page = ResourcePage(
                locale=fr,
                slug=item["slug"],
                title=item["title"],
                summary=item["summary"],
                body=_body(item["tips"]),
                format=formats[item["format"]],
                reading_minutes=item["minutes"],
                easy_to_read=item["easy"],
                easy_read_version=item.get("easy_read", ""),
                video_url=VIDEO_URL if item.get("video_transcript") else "",
                video_transcript=item.get("video_transcript", ""),
                source=SOURCE,
                licence=LICENCE,
                first_published=FIRST_DAY + datetime.timedelta(days=7 * number),
                last_reviewed=FIRST_DAY + datetime.timedelta(days=7 * number + 60),
                featured=number % 9 == 0,
            )
            library.add_child(instance=page)
            page.themes.set([themes[slug] for slug in item["themes"]])
            page.levels.set([levels[slug] for slug in item["levels"]])
            page.audiences.set([audiences["parents"]])
            _publish(page)
        for code, by_slug in TRANSLATIONS.items():
            words = by_slug.get(item["slug"])
            if code in locales and words is not None:
                translate_resource(page, locales[code], words)
    return library


def translate_resource(page, locale, words):
    """The translation of a resource into `locale`, made with `words` the first time."""
    existing = page.get_translation_or_none(locale)
    if existing is not None:
        return existing.specific
    translated = page.copy_for_translation(locale, copy_parents=False, alias=False)
    translated.title = words["title"]
    translated.summary = words["summary"]
    translated.body = _translated_body(locale.language_code, words["tips"])
    translated.easy_read_version = ""
    # A recording and its transcript are in one language: the translation gets its own.
    translated.audio, translated.audio_transcript = None, ""
    translated.save()
    return _publish(translated)
