"""The library's counts and results, computed from its index in memory, against the database.

Every figure a parent sees beside an option must be the number of resources they get by choosing
it: here each is checked against a plain query of the database, over a library of mixed
resources, in French and for an Arabic visitor (their own resources, then French ones).
"""

import itertools
import random

from django.db.models import Q
from django.http import QueryDict
from django.utils import translation

from wagtail.models import Locale, PageViewRestriction

import pytest

from resources import browse, facets, queries
from resources.models import ResourcePage

pytestmark = pytest.mark.django_db

THEMES = ("screens", "homework")
LEVELS = ("elementary", "middle")
FORMATS = ("article", "sheet")


@pytest.fixture
def mixed_library(make_resource, translate_page):
    rng = random.Random(3)
    made = []
    for n in range(24):
        made.append(
            make_resource(
                title=f"Ressource {n}",
                themes=rng.sample(THEMES, rng.choice((1, 2))),
                levels=rng.sample(LEVELS, rng.choice((1, 2))),
                fmt=rng.choice(FORMATS),
                easy_to_read=n % 3 == 0,
            )
        )
    for resource in made[:6]:
        translate_page(resource, "ar", title=f"مورد {resource.pk}")
    for resource in made[4:9]:
        translate_page(resource, "en", title=f"Resource {resource.pk}")
    made[10].unpublish()
    PageViewRestriction.objects.create(page=made[11], restriction_type="login")
    return made


def _expected(code, chosen, easy):
    """What the database says: the visible resources meeting every choice but `skip`."""
    locale = Locale.objects.get(language_code=code)
    versions = ResourcePage.objects.live().public()

    def condition(facet, values):
        if facet == "theme":
            return Q(themes__slug__in=values)
        if facet == "level":
            return Q(levels__slug__in=values)
        if facet == "format":
            return Q(format__slug__in=values)
        keys = versions.filter(locale__language_code__in=values).values("translation_key")
        return Q(translation_key__in=keys)

    def meeting(skip):
        found = queries.visible(locale)
        for facet, values in chosen.items():
            if values and facet != skip:
                found = found.filter(pk__in=ResourcePage.objects.filter(condition(facet, values)))
        if easy and skip != "easy":
            found = found.filter(easy_to_read=True)
        return found

    counts = {}
    for facet, values in (
        ("theme", ("ecrans", "devoirs")),
        ("level", ("elementaire", "college")),
        ("format", ("article", "fiche")),
        ("lang", ("fr", "en", "ar")),
    ):
        others = meeting(facet)
        counts[facet] = {
            value: n
            for value in values
            if (n := others.filter(condition(facet, [value])).distinct().count())
        }
    counts["easy"] = meeting("easy").filter(easy_to_read=True).count()
    ordered = meeting(None).own_language_first("-first_published", "-pk")
    return counts, list(ordered.values_list("pk", flat=True))


CHOICES = [
    {},
    {"theme": ["ecrans"]},
    {"theme": ["ecrans", "devoirs"], "format": ["fiche"]},
    {"level": ["college"], "lang": ["en"]},
    {"theme": ["devoirs"], "level": ["elementaire", "college"], "lang": ["ar", "en"]},
    {"format": ["article"], "lang": ["fr"]},
]


@pytest.mark.parametrize(
    ("code", "chosen", "easy"), list(itertools.product(("fr", "ar"), CHOICES, (False, True)))
)
def test_every_count_and_every_result_is_what_the_database_says(mixed_library, code, chosen, easy):
    expected_counts, expected_ids = _expected(code, chosen, easy)
    params = QueryDict(mutable=True)
    for facet, values in chosen.items():
        params.setlist(facet, values)
    if easy:
        params["easy"] = "1"
    with translation.override(code):
        selection = browse.read(params, queries.labels())
        counts, page_obj, resources = browse.find(selection, 1, 100)
    assert counts == expected_counts
    assert page_obj.paginator.count == len(expected_ids)
    assert [resource.pk for resource in resources] == expected_ids


def test_pages_of_results_follow_each_other_without_gap_or_repeat(mixed_library):
    with translation.override("ar"):
        selection = browse.read(QueryDict(), queries.labels())
        pages = [browse.find(selection, number, 5)[2] for number in range(1, 6)]
    seen = [resource.pk for page in pages for resource in page]
    assert len(seen) == len(set(seen)) == 22  # 24 made, one unpublished, one private


def test_the_index_reads_the_library_in_a_fixed_number_of_queries(
    mixed_library, make_resource, django_assert_max_num_queries
):
    for n in range(40):
        make_resource(title=f"Encore {n}")
    locale = Locale.objects.get(language_code="ar")
    with django_assert_max_num_queries(6):
        shelf = facets.build(locale)
    assert len(shelf.ids) == 62


def test_a_choice_on_an_empty_library_gives_nothing(library, vocabulary):
    with translation.override("fr"):
        selection = browse.read(QueryDict("theme=ecrans&page=4"), queries.labels())
        counts, page_obj, resources = browse.find(selection, 4, 12)
    assert resources == []
    assert page_obj.paginator.count == 0
    assert counts["theme"] == {} and counts["easy"] == 0
