"""Any text a person types is a valid search: in the site search of every language, the library,
and the admin's page search and image and document choosers, on both databases."""

from django.conf import settings
from django.core.files.base import ContentFile

from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file

import pytest

from tests.pages.home.factories import StandardPageFactory
from tests.resources.factories import ResourceIndexPageFactory, ResourcePageFactory

pytestmark = pytest.mark.django_db

#: Full-text operators, quotes, punctuation and control characters of every search engine.
HOSTILE = [
    '"',
    '""',
    '"cantine',
    "cantine\"'",
    "'",
    "*",
    "cant*",
    "-cantine",
    "+cantine",
    "^cantine",
    "cantine:",
    "title:cantine",
    "{title body}: cantine",
    "(",
    "cantine)",
    "NEAR(cantine repas, 2)",
    "cantine AND",
    "OR",
    "NOT cantine",
    "cantine NOT repas",
    "AND OR NOT",
    "%",
    "%s %(name)s",
    "\\",
    "cantine\x00",
    "\x00",
    "a\u202eb",
    "؟ المقصف",
    "😀",
    'l\'école "de la" cantine',
    "' OR 1=1 --",
    "x" * 5_000,
    "& | ! <-> :*",
    " ",
    "\t\n",
]


@pytest.fixture
def content(home):
    StandardPageFactory(parent=home, title="La cantine scolaire", slug="cantine")
    library = ResourceIndexPageFactory(parent=home)
    ResourcePageFactory(parent=library, title="Le repas à la cantine")
    get_image_model().objects.create(
        title="Cantine en photo", file=get_test_image_file(filename="cantine.png")
    )
    document = get_document_model()(title="Menu de la cantine")
    document.file.save("menu.txt", ContentFile(b"Menu"), save=True)
    return library


@pytest.mark.parametrize("code", [code for code, _name in settings.LANGUAGES])
def test_site_search_answers_every_query_in_every_language(client, content, code):
    for query in HOSTILE:
        response = client.get(f"/{code}/search/", {"q": query})
        assert response.status_code == 200, repr(query)


@pytest.mark.parametrize("sort", ["relevance", "newest"])
def test_library_search_answers_every_query(client, content, sort):
    for query in HOSTILE:
        response = client.get(content.url, {"q": query, "sort": sort})
        assert response.status_code == 200, repr(query)


@pytest.mark.parametrize(
    "url",
    [
        "/admin/pages/search/",
        "/admin/images/chooser/results/",
        "/admin/documents/chooser/results/",
        "/admin/images/",
        "/admin/documents/",
    ],
)
def test_admin_searches_answer_every_query(client, content, director, url):
    client.force_login(director)
    for query in HOSTILE:
        response = client.get(url, {"q": query})
        assert response.status_code == 200, repr(query)


def test_quotes_and_operators_still_find_the_words_around_them(client, content):
    """Stripping the engine's syntax keeps the words: a stray quote still finds the canteen."""
    for query in ('"cantine', "cantine*", "(cantine)", "cantine:", "-cantine"):
        response = client.get("/fr/search/", {"q": query})
        assert "La cantine scolaire" in response.content.decode(), query
