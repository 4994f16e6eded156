"""The site's search backend: the database backend, with PostgreSQL's stemming in each language.

PostgreSQL's backend takes one text-search configuration for everything. Here each page is indexed
with the configuration of its own language (French stemming for French pages, and so on) and each
search uses the configuration of the visitor's language, or the one set by `search_language()`.
On SQLite, whatever a person types is searched as words, never read as full-text syntax, and
words are stemmed and folded the same way at indexing and at query time (`words()`): capitals,
accents, Arabic diacritics and letter variants, plurals and other endings find the same pages.
"""

import re
import unicodedata
from collections import defaultdict
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache, lru_cache

from django.conf import settings
from django.db import connection
from django.utils import translation

from modelsearch.backends.database import SearchBackend as DatabaseSearchBackend

import snowballstemmer

#: PostgreSQL text-search configurations by language; languages without one use "simple".
CONFIGS = {
    "fr": "french",
    "en": "english",
    "ar": "arabic",
    "es": "spanish",
    "pt": "portuguese",
    "tr": "turkish",
}

_language = ContextVar("search_language", default=None)


#: Snowball stemmers by language; words of other languages are folded but not stemmed.
STEMMERS = {
    "fr": "french",
    "en": "english",
    "ar": "arabic",
    "es": "spanish",
    "pt": "portuguese",
    "tr": "turkish",
}

_WORD = re.compile(r"\w+", re.UNICODE)
_ARABIC = re.compile(r"[\u0600-\u06ff]")
#: The Arabic elongation stroke, typed for looks only.
_TATWEEL = str.maketrans({"ـ": ""})


@cache
def _stemmer(language):
    return snowballstemmer.stemmer(language) if language else None


def _fold(word):
    """Lower case, without accents or Arabic short vowels (combining marks). The Arabic stemmer
    brings the letters written several ways (hamza on alef, final yeh) to one form itself."""
    decomposed = unicodedata.normalize("NFKD", word.lower())
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", bare).translate(_TATWEEL)


@lru_cache(maxsize=50_000)
def _word(word, language):
    if _ARABIC.search(word):
        stemmer = _stemmer("arabic")
    else:
        # Latin-script words on an Arabic page (or in an Arabic visitor's query) are French.
        code = language if language in STEMMERS and language != "ar" else "fr"
        stemmer = _stemmer(STEMMERS[code])
    folded = _fold(word)
    stem = (stemmer.stemWord(folded) if stemmer else folded) or folded
    if stemmer is _stemmer("french") and len(stem) > 3 and stem.endswith("s"):
        # Snowball keeps the plural of words ending in a vowel ("menus", "bijoux" aside).
        stem = stem[:-1]
    return stem


def words(text, language_code=None):
    """`text` as the index stores it and queries look for it: folded and stemmed words."""
    language = (language_code or settings.LANGUAGE_CODE).split("-")[0]
    # Marks are dropped before the text is cut into words: a short vowel does not split a word.
    return " ".join(_word(word, language) for word in _WORD.findall(_fold(text or "")))


def config_for(language_code):
    """The language's configuration, reading words without their accents (the `passerelle_`
    copies made by portal's migration 0003)."""
    return "passerelle_" + CONFIGS.get((language_code or "").split("-")[0], "simple")


@contextmanager
def search_language(language_code):
    """Search (or index) with the stemming of `language_code` inside this block."""
    token = _language.set(language_code)
    try:
        yield
    finally:
        _language.reset(token)


def _postgres_backend(params):
    from modelsearch.backends.database.postgres.postgres import (
        PostgresAutocompleteQueryCompiler,
        PostgresIndex,
        PostgresSearchBackend,
        PostgresSearchQueryCompiler,
    )
    from modelsearch.query import PlainText
    from wagtail.models import Locale

    class LanguageIndex(PostgresIndex):
        def add_items(self, model, objs):
            codes = dict(Locale.objects.values_list("pk", "language_code"))
            by_language = defaultdict(list)
            for obj in objs:
                code = codes.get(getattr(obj, "locale_id", None), settings.LANGUAGE_CODE)
                by_language[code].append(obj)
            for code, group in by_language.items():
                with search_language(code):
                    super().add_items(model, group)

    class Folded:
        """Arabic short vowels are dropped from what a person types (unaccent keeps them)."""

        def build_tsquery_content(self, query, config=None, invert=False):
            if isinstance(query, PlainText):
                query = PlainText(
                    _fold(query.query_string), operator=query.operator, boost=query.boost
                )
            return super().build_tsquery_content(query, config=config, invert=invert)

    class QueryCompiler(Folded, PostgresSearchQueryCompiler):
        pass

    class AutocompleteQueryCompiler(Folded, PostgresAutocompleteQueryCompiler):
        pass

    class LanguageSearchBackend(PostgresSearchBackend):
        index_class = LanguageIndex
        query_compiler_class = QueryCompiler
        autocomplete_query_compiler_class = AutocompleteQueryCompiler

        @property
        def config(self):
            return config_for(_language.get() or translation.get_language())

        @config.setter
        def config(self, value):
            # SEARCH_CONFIG is ignored: the language decides.
            pass

    return LanguageSearchBackend(params)


def _searched(text, language):
    """The words searched for; a query of punctuation alone is searched as typed (it finds
    nothing, and says so, rather than failing)."""
    return words(text, language) or text


def _fts5_quoted(text):
    # FTS5 reads a double quote inside a quoted term as its end; doubled, it is a plain character.
    return text.replace('"', '""')


def _sqlite_backend(params, backend):
    from modelsearch.backends.database.sqlite.sqlite import (
        ObjectIndexer,
        SQLiteAutocompleteQueryCompiler,
        SQLiteIndex,
        SQLiteSearchBackend,
        SQLiteSearchQueryCompiler,
    )
    from modelsearch.query import Phrase, PlainText
    from modelsearch.utils import get_content_type_pk
    from wagtail.models import Locale

    if not isinstance(backend, SQLiteSearchBackend):
        return backend  # SQLite without FTS5: the fallback backend has no query syntax

    class QuotedTerms:
        """Terms and phrases reach FTS5 quoted, so that quotes, operators and punctuation in a
        query are searched for rather than parsed."""

        def build_search_query_content(self, query, config=None):
            language = _language.get() or translation.get_language()
            if isinstance(query, PlainText):
                query = PlainText(
                    _fts5_quoted(_searched(query.query_string, language)),
                    operator=query.operator,
                    boost=query.boost,
                )
            elif isinstance(query, Phrase):
                query = Phrase(_fts5_quoted(_searched(query.query_string, language)))
            return super().build_search_query_content(query, config=config)

    class QueryCompiler(QuotedTerms, SQLiteSearchQueryCompiler):
        pass

    class AutocompleteQueryCompiler(QuotedTerms, SQLiteAutocompleteQueryCompiler):
        pass

    class WordsIndexer(ObjectIndexer):
        """Title, body and autocomplete stored as `words()` in the object's own language."""

        def __init__(self, obj, backend, language):
            super().__init__(obj, backend)
            self.language = language

        @property
        def stored(self):
            return (
                words(self.title, self.language),
                words(self.autocomplete, self.language),
                words(self.body, self.language),
            )

    class WordsIndex(SQLiteIndex):
        def add_items(self, model, objs):
            if not model.get_search_fields() or not objs:
                return
            codes = dict(Locale.objects.values_list("pk", "language_code"))
            content_type_pk = get_content_type_pk(model)
            data = {}
            for obj in objs:
                language = codes.get(getattr(obj, "locale_id", None), settings.LANGUAGE_CODE)
                indexer = WordsIndexer(obj, self.backend, language)
                data[indexer.id] = indexer.stored
            entries = self.entries.filter(content_type_id=content_type_pk)
            existing = set(
                entries.filter(object_id__in=data.keys()).values_list("object_id", flat=True)
            )
            for object_id in existing:
                title, autocomplete, body = data[object_id]
                entries.filter(object_id=object_id).update(
                    title=title, autocomplete=autocomplete, body=body
                )
            self.entries.bulk_create(
                [
                    self.entries.model(
                        content_type_id=content_type_pk,
                        object_id=object_id,
                        title=title,
                        autocomplete=autocomplete,
                        body=body,
                    )
                    for object_id, (title, autocomplete, body) in data.items()
                    if object_id not in existing
                ]
            )
            self._refresh_title_norms()

    class QuotedSearchBackend(SQLiteSearchBackend):
        index_class = WordsIndex
        query_compiler_class = QueryCompiler
        autocomplete_query_compiler_class = AutocompleteQueryCompiler

    return QuotedSearchBackend(params)


def SearchBackend(params):  # noqa: N802 -- the name Wagtail looks up in a backend module
    if connection.vendor == "postgresql":
        return _postgres_backend(params)
    if connection.vendor == "sqlite":
        return _sqlite_backend(params, DatabaseSearchBackend(params))
    return DatabaseSearchBackend(params)
