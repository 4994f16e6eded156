from django.conf import settings

from wagtail.models import Collection, Locale, Page, Site

import pytest

from portal import roles
from tests.factories import UserFactory
from tests.mail_server import mail_server  # noqa: F401 (a fixture for every test)
from tests.pages.events.factories import EventIndexPageFactory
from tests.pages.home.factories import HomePageFactory, ParentSpacePageFactory
from tests.resources.factories import (
    FormatFactory,
    ResourceIndexPageFactory,
    ResourcePageFactory,
    SchoolLevelFactory,
    ThemeFactory,
)


def pytest_collection_modifyitems(config, items):
    """Tests marked `postgres` only make sense there: on SQLite they are left out of the run (CI
    runs the suite on both databases), rather than reported as skipped."""
    if settings.DATABASES["default"]["ENGINE"].endswith("postgresql"):
        return
    kept = [item for item in items if item.get_closest_marker("postgres") is None]
    if len(kept) != len(items):
        config.hook.pytest_deselected(items=[i for i in items if i not in kept])
        items[:] = kept


@pytest.fixture(autouse=True)
def _media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture(autouse=True)
def _fresh_rate_limits():
    """Rate limits are counted in the cache: each test starts with none used."""
    from django.core.cache import cache

    cache.clear()


@pytest.fixture
def locales(db):
    """Every enabled language as a Wagtail locale, French first, with Wagtail's root page and
    collection (a transactional test's flush removes what migrations created)."""
    found = {
        code: Locale.objects.get_or_create(language_code=code)[0] for code, _ in settings.LANGUAGES
    }
    if Page.get_first_root_node() is None:
        Page.add_root(instance=Page(title="Root", slug="root", locale=found["fr"]))
    if Collection.get_first_root_node() is None:
        Collection.add_root(name="Root")
    roles.sync()
    return found


@pytest.fixture
def home(locales):
    """A published French home page as the root of the default site."""
    root = Page.get_first_root_node()
    page = HomePageFactory(parent=root, slug="accueil")
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={"hostname": "testserver", "port": 80, "root_page": page, "site_name": "Test"},
    )
    return page


@pytest.fixture
def site(home):
    return Site.objects.get(is_default_site=True)


@pytest.fixture
def parent_space(home):
    return ParentSpacePageFactory(parent=home)


@pytest.fixture
def agenda(home):
    return EventIndexPageFactory(parent=home)


def translate(page, code, **fields):
    """Publish a translation of `page` into `code` with the given fields."""
    locale = Locale.objects.get(language_code=code)
    translated = page.copy_for_translation(locale, copy_parents=True, alias=False).specific
    for name, value in fields.items():
        setattr(translated, name, value)
    translated.save_revision().publish()
    return translated


@pytest.fixture
def translate_page():
    return translate


def _user_fixture(role):
    @pytest.fixture
    def _fixture(locales):
        return UserFactory(email=f"{role.lower()}@example.org", role=role)

    return _fixture


director = _user_fixture(roles.DIRECTOR)
teacher = _user_fixture(roles.TEACHER)
representative = _user_fixture(roles.REPRESENTATIVE)
translator = _user_fixture(roles.TRANSLATOR)
parent = _user_fixture(roles.PARENT)


@pytest.fixture
def users_by_role(director, teacher, representative, translator, parent):
    return {
        roles.DIRECTOR: director,
        roles.TEACHER: teacher,
        roles.REPRESENTATIVE: representative,
        roles.TRANSLATOR: translator,
        roles.PARENT: parent,
    }


@pytest.fixture
def vocabulary(locales):
    """Two themes, two levels, two formats, in French, with English and Arabic names for one theme."""
    screens = ThemeFactory(slug="ecrans", name="Écrans et vie numérique")
    homework = ThemeFactory(slug="devoirs", name="Devoirs et apprentissages")
    ThemeFactory(
        slug="ecrans",
        name="الشاشات والحياة الرقمية",
        locale=locales["ar"],
        translation_key=screens.translation_key,
    )
    return {
        "screens": screens,
        "homework": homework,
        "elementary": SchoolLevelFactory(slug="elementaire", name="Élémentaire"),
        "middle": SchoolLevelFactory(slug="college", name="Collège"),
        "article": FormatFactory(slug="article", name="Article"),
        "sheet": FormatFactory(slug="fiche", name="Fiche à imprimer"),
    }


@pytest.fixture
def library(home):
    return ResourceIndexPageFactory(parent=home)


@pytest.fixture
def make_resource(library, vocabulary):
    def make(themes=("screens",), levels=("elementary",), fmt="article", **fields):
        return ResourcePageFactory(
            parent=library,
            format=vocabulary[fmt],
            terms={
                "themes": [vocabulary[t] for t in themes],
                "levels": [vocabulary[lv] for lv in levels],
            },
            **fields,
        )

    return make
