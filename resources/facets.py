"""Every count the library page shows, and one page of its results, in a single statement.

A count per option means one query per facet, each reading the whole library again: about 10 ms
each at 10,000 resources. Here the visible resources are read once, each marked with whether it
meets each facet's choice; the counts, the total and the page of results are then taken from those
marks. The statement is built from ORM querysets, so the visibility rules and filters stay those of
`queries` and `browse`; only the grouping around them is written out, in SQL that SQLite and
PostgreSQL both run.
"""

# ruff: noqa: S608 -- only table and column names from the models and fixed facet names are
# written into the SQL; every value the visitor sends is a query parameter.

from dataclasses import dataclass, field

from django.db import connection
from django.db.models import BooleanField, ExpressionWrapper, F, Value

from .taxonomy import Format, SchoolLevel, Theme

FACETS = ("theme", "level", "format", "lang", "easy")


@dataclass
class Tally:
    counts: dict = field(default_factory=dict)
    total: int = 0
    #: Ids of the requested page of results, newest first (empty when not asked for).
    ids: list = field(default_factory=list)


def _flag(condition):
    if condition is None:
        return Value(True, output_field=BooleanField())
    return ExpressionWrapper(condition, output_field=BooleanField())


def _all_but(skip):
    return " AND ".join(f"m_{facet}" for facet in FACETS if facet != skip) or "1 = 1"


def _q(name):
    return connection.ops.quote_name(name)


def _table(model):
    return _q(model._meta.db_table)


def tally(base, conditions, versions, offset=None, limit=None):
    """Counts for `base` (the visible resources, search applied) under `conditions`
    ({facet: Q or None}); `versions` are the live resources as (translation_key, code) pairs, for
    the language facet. With `offset`, also the ids of that page of results: the visitor's own
    language first, then newest first."""
    from .models import ResourcePage

    marked = (
        base.annotate(**{f"m_{facet}": _flag(conditions.get(facet)) for facet in FACETS})
        .order_by()
        .values(
            "pk",
            "translation_key",
            "format_id",
            "easy_to_read",
            "first_published",
            "in_source_language",
            *[f"m_{facet}" for facet in FACETS],
        )
    )
    base_sql, base_params = marked.query.sql_with_params()
    versions_sql, versions_params = (
        versions.order_by().values("translation_key", code=F("locale__language_code")).query
    ).sql_with_params()
    themes = ResourcePage.themes.through
    levels = ResourcePage.levels.through
    parts = [
        f"SELECT 'theme' AS facet, x.slug AS value, COUNT(*) AS n FROM marked"
        f" INNER JOIN {_table(themes)} t ON t.{_q('resourcepage_id')} = marked.pk"
        f" INNER JOIN {_table(Theme)} x ON x.id = t.{_q('theme_id')}"
        f" WHERE {_all_but('theme')} GROUP BY x.slug",
        f"SELECT 'level', x.slug, COUNT(*) FROM marked"
        f" INNER JOIN {_table(levels)} t ON t.{_q('resourcepage_id')} = marked.pk"
        f" INNER JOIN {_table(SchoolLevel)} x ON x.id = t.{_q('schoollevel_id')}"
        f" WHERE {_all_but('level')} GROUP BY x.slug",
        f"SELECT 'format', x.slug, COUNT(*) FROM marked"
        f" INNER JOIN {_table(Format)} x ON x.id = marked.format_id"
        f" WHERE {_all_but('format')} GROUP BY x.slug",
        # A resource counts once per language it can be read in, whichever version is listed.
        "SELECT 'lang', versions.code, COUNT(DISTINCT marked.translation_key) FROM marked"
        " INNER JOIN versions ON versions.translation_key = marked.translation_key"
        f" WHERE {_all_but('lang')} GROUP BY versions.code",
        f"SELECT 'easy', '', COUNT(*) FROM marked WHERE {_all_but('easy')} AND easy_to_read",
        f"SELECT 'total', '', COUNT(*) FROM marked WHERE {_all_but(None)}",
    ]
    params = [*base_params, *versions_params]
    if offset is not None:
        # A nested SELECT, since a member of a UNION may not have its own ORDER BY and LIMIT.
        parts.append(
            "SELECT 'hit', CAST(pk AS VARCHAR(20)), 0 FROM (SELECT pk FROM marked"
            f" WHERE {_all_but(None)}"
            " ORDER BY in_source_language, first_published DESC, pk DESC"
            " LIMIT %s OFFSET %s) page"
        )
        params += [limit, offset]
    sql = f"WITH marked AS ({base_sql}), versions AS ({versions_sql}) " + " UNION ALL ".join(parts)
    result = Tally(counts={facet: {} for facet in FACETS})
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        rows = cursor.fetchall()
    for facet, value, count in rows:
        if facet == "total":
            result.total = count
        elif facet == "easy":
            result.counts["easy"] = count
        elif facet == "hit":
            result.ids.append(int(value))
        else:
            result.counts[facet][value] = count
    return result
