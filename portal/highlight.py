"""The passage of a page that matches a search, with the matching words marked."""

import re
import unicodedata

from django.core.exceptions import FieldDoesNotExist
from django.utils.html import escape
from django.utils.safestring import mark_safe

from wagtail.fields import RichTextField, StreamField
from wagtail.rich_text import get_text_for_indexing
from wagtail.search import index

WIDTH = 180


def _fold(text):
    # Accent- and case-insensitive, keeping one character per character so positions still match.
    return "".join(unicodedata.normalize("NFD", ch)[0].lower() if ch else ch for ch in text)


def passage(query, texts):
    """About WIDTH characters around the first word of `query` found in `texts`, escaped, with
    <mark> around the matches; the first text when nothing matches."""
    words = [_fold(w)[:6] for w in re.split(r"\W+", query) if len(w) >= 2]
    texts = [t for t in texts if t]
    if not texts:
        return ""
    for text in texts:
        folded = _fold(text)
        positions = [folded.find(w) for w in words if w and folded.find(w) >= 0]
        if not positions:
            continue
        start = max(0, min(positions) - WIDTH // 3)
        end = min(len(text), start + WIDTH)
        html = escape(text[start:end])
        html_folded = _fold(text[start:end])
        marks = sorted(
            {
                (m.start(), m.end())
                for w in words
                if w
                for m in re.finditer(re.escape(w) + r"\w*", html_folded)
            }
        )
        if marks:
            pieces, last = [], 0
            segment = text[start:end]
            for a, b in marks:
                if a < last:
                    continue
                pieces.append(escape(segment[last:a]))
                pieces.append(f"<mark>{escape(segment[a:b])}</mark>")
                last = b
            pieces.append(escape(segment[last:]))
            html = "".join(pieces)
        prefix = "… " if start > 0 else ""
        suffix = " …" if end < len(text) else ""
        return mark_safe(prefix + html + suffix)  # noqa: S308 -- every piece is escaped above
    text = texts[0]
    return text[:WIDTH] + (" …" if len(text) > WIDTH else "")


def page_texts(page):
    """The words a search looks at in `page`, beyond its title: its search description first,
    then each field it indexes, as plain text."""
    texts = [page.search_description]
    for search_field in page.get_search_fields():
        if not isinstance(search_field, index.SearchField) or search_field.field_name == "title":
            continue
        try:
            model_field = page._meta.get_field(search_field.field_name)
        except FieldDoesNotExist:  # a search field may be a method, not a model field
            continue
        value = getattr(page, model_field.name, None)
        if not value:
            continue
        if isinstance(model_field, StreamField):
            # Already plain text: Wagtail strips tags and entities for its own index.
            texts.append(" ".join(model_field.get_searchable_content(value)))
        elif isinstance(model_field, RichTextField):
            texts.append(get_text_for_indexing(value))
        elif isinstance(value, str):
            texts.append(value)
    return [" ".join(text.split()) for text in texts if text and text.strip()]


def page_passage(page, query):
    return passage(query, page_texts(page))
