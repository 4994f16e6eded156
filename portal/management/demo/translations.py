"""The demo's key pages in every language: the home page, the parents' space, the agenda, the
charter, the library and ten resources; and one Arabic page left out of date on purpose, so that
the translation status report and the notice to parents have something to show."""

import datetime

from django.utils import timezone

from wagtail.models import Page

from pages.charter.models import CharterPage
from pages.events.models import EventIndexPage
from pages.home.models import ParentSpacePage
from portal.translation.models import OutdatedTranslation
from resources.models import ResourceIndexPage, ResourcePage

from . import charter as demo_charter
from . import translations_content as words
from .home import faq_blocks

LANGUAGES = ("en", "ar", "es", "pt", "tr", "uk")


def _translate(source, locale, title, introduction, field, **cleared):
    """The translation of `source` into `locale`, made with these words the first time."""
    existing = source.get_translation_or_none(locale)
    if existing is not None:
        return existing.specific
    translated = source.copy_for_translation(locale, copy_parents=False, alias=False).specific
    translated.title = title
    setattr(translated, field, introduction)
    for name, value in cleared.items():
        setattr(translated, name, value)
    translated.save()
    translated.save_revision().publish()
    return translated


def _each(source, texts, locales, field, **cleared):
    for code in LANGUAGES:
        if source is not None and code in texts and code in locales:
            _translate(source, locales[code], *texts[code], field, **cleared)


def homes(locales, home):
    """The home page in every language, before the families build their pages under it."""
    _each(home, words.HOME, locales, "intro", body=[], plain_words="")


def _parent_space(space, locales):
    """The parents' space in every language, with the questions parents ask in that language;
    a translation made before it had them gets them now."""
    if space is None:
        return
    for code in LANGUAGES:
        if code not in words.PARENT_SPACE or code not in locales:
            continue
        faq = faq_blocks(words.PARENT_SPACE_FAQ.get(code, ()))
        translated = _translate(
            space,
            locales[code],
            *words.PARENT_SPACE[code],
            "intro",
            how_school_works=[],
            faq=faq,
            glossary=[],
            plain_words="",
        )
        if faq and not translated.faq:
            translated.faq = faq
            translated.save_revision().publish()


def build(locales, home):
    """Create the missing translations; return the deliberately out-of-date Arabic page."""
    homes(locales, home)
    french = Page.objects.child_of(home)
    _parent_space(ParentSpacePage.objects.filter(pk__in=french).first(), locales)
    agenda = EventIndexPage.objects.filter(pk__in=french).first()
    _each(agenda, words.AGENDA, locales, "intro")
    charter = CharterPage.objects.filter(pk__in=french).first()
    if charter is not None:
        demo_charter.translate(charter, locales)
    library = ResourceIndexPage.objects.filter(pk__in=french).first()
    _each(library, words.LIBRARY, locales, "intro")
    for slug, texts in words.RESOURCES.items():
        resource = ResourcePage.objects.filter(locale=home.locale, slug=slug).first()
        _each(resource, texts, locales, "summary", body=[], easy_read_version="")
    return _outdated_in_arabic(agenda, locales)


def _outdated_in_arabic(agenda, locales):
    """The Arabic agenda says the French one changed since it was translated."""
    if agenda is None or "ar" not in locales:
        return None
    arabic = agenda.get_translation_or_none(locales["ar"])
    if arabic is None:
        return None
    since = timezone.now() - datetime.timedelta(days=12)
    OutdatedTranslation.objects.get_or_create(page=arabic, defaults={"since": since})
    return arabic
