"""The site's search backend: the database backend, with PostgreSQL's stemming in each language.

PostgreSQL's backend takes one text-search configuration for everything. Here each page is indexed
with the configuration of its own language (French stemming for French pages, and so on) and each
search uses the configuration of the visitor's language, or the one set by `search_language()`.
On SQLite, whatever a person types is searched as words, never read as full-text syntax.
"""

from collections import defaultdict
from contextlib import contextmanager
from contextvars import ContextVar

from django.conf import settings
from django.db import connection
from django.utils import translation

from modelsearch.backends.database import SearchBackend as DatabaseSearchBackend

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


def config_for(language_code):
    return CONFIGS.get((language_code or "").split("-")[0], "simple")


@contextmanager
def search_language(language_code):
    """Search (or index) with the stemming of `language_code` inside this block."""
    token = _language.set(language_code)
    try:
        yield
    finally:
        _language.reset(token)


def _postgres_backend(params):
    from modelsearch.backends.database.postgres.postgres import PostgresIndex, PostgresSearchBackend
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

    class LanguageSearchBackend(PostgresSearchBackend):
        index_class = LanguageIndex

        @property
        def config(self):
            return config_for(_language.get() or translation.get_language())

        @config.setter
        def config(self, value):
            # SEARCH_CONFIG is ignored: the language decides.
            pass

    return LanguageSearchBackend(params)


def _fts5_quoted(text):
    # FTS5 reads a double quote inside a quoted term as its end; doubled, it is a plain character.
    return text.replace('"', '""')


def _sqlite_backend(params, backend):
    from modelsearch.backends.database.sqlite.sqlite import (
        SQLiteAutocompleteQueryCompiler,
        SQLiteSearchBackend,
        SQLiteSearchQueryCompiler,
    )
    from modelsearch.query import Phrase, PlainText

    if not isinstance(backend, SQLiteSearchBackend):
        return backend  # SQLite without FTS5: the fallback backend has no query syntax

    class QuotedTerms:
        """Terms and phrases reach FTS5 quoted, so that quotes, operators and punctuation in a
        query are searched for rather than parsed."""

        def build_search_query_content(self, query, config=None):
            if isinstance(query, PlainText):
                query = PlainText(
                    _fts5_quoted(query.query_string), operator=query.operator, boost=query.boost
                )
            elif isinstance(query, Phrase):
                query = Phrase(_fts5_quoted(query.query_string))
            return super().build_search_query_content(query, config=config)

    class QueryCompiler(QuotedTerms, SQLiteSearchQueryCompiler):
        pass

    class AutocompleteQueryCompiler(QuotedTerms, SQLiteAutocompleteQueryCompiler):
        pass

    class QuotedSearchBackend(SQLiteSearchBackend):
        query_compiler_class = QueryCompiler
        autocomplete_query_compiler_class = AutocompleteQueryCompiler

    return QuotedSearchBackend(params)


def SearchBackend(params):  # noqa: N802 -- the name Wagtail looks up in a backend module
    if connection.vendor == "postgresql":
        return _postgres_backend(params)
    if connection.vendor == "sqlite":
        return _sqlite_backend(params, DatabaseSearchBackend(params))
    return DatabaseSearchBackend(params)
