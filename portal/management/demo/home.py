"""The demo home page and parents' space, in French with English and Arabic translations."""

from wagtail.models import Page

from pages.home.models import HomePage, ParentSpacePage

from .home_content import HOME, PARENT_SPACE


def _stream(items):
    return [{"type": kind, "value": value} for kind, value in items]


def _contacts(cards):
    return [{"type": "contact", "value": card} for card in cards]


def _home_fields(words):
    return {
        "title": words["title"],
        "intro": words["intro"],
        "plain_words": words["plain_words"],
        "body": _stream(words["body"]),
    }


def faq_blocks(pairs):
    """The parents' space's questions, from (question, answer) pairs."""
    return [{"type": "faq", "value": {"question": q, "answer": a}} for q, a in pairs]


def _space_fields(words):
    return {
        "title": words["title"],
        "slug": words["slug"],
        "intro": words["intro"],
        "plain_words": words["plain_words"],
        "how_school_works": _stream(words["how_school_works"]),
        "contacts": _contacts(words["contacts"]),
        "faq": faq_blocks(words["faq"]),
        "glossary": [
            {"type": "entry", "value": {"term": t, "definition": d}} for t, d in words["glossary"]
        ],
        "partners": _contacts(words["partners"]),
        "show_in_menus": True,
    }


def _publish(page):
    page.save_revision().publish()
    return page


def _translate(source, locale, fields, parent=None):
    """The translation of `source` into `locale`, created with its own words the first time."""
    existing = source.get_translation_or_none(locale)
    if existing is not None:
        return existing.specific
    translated = source.copy_for_translation(locale, copy_parents=False, alias=False)
    translated = translated.specific
    for name, value in fields.items():
        setattr(translated, name, value)
    translated.save()
    return _publish(translated)


def build(locales):
    """Create the home page and parents' space if they are missing; return the French home."""
    fr = locales["fr"]
    root = Page.get_first_root_node()
    home = HomePage.objects.filter(locale=fr, depth=2).first()
    if home is None:
        home = HomePage(slug="accueil", locale=fr, **_home_fields(HOME["fr"]))
        root.add_child(instance=home)
        _publish(home)
    space = ParentSpacePage.objects.filter(locale=fr).child_of(home).first()
    if space is None:
        space = ParentSpacePage(locale=fr, **_space_fields(PARENT_SPACE["fr"]))
        home.add_child(instance=space)
        _publish(space)
    for code in ("en", "ar"):
        if code not in locales:
            continue
        _translate(home, locales[code], _home_fields(HOME[code]))
        _translate(space, locales[code], _space_fields(PARENT_SPACE[code]))
    return home
