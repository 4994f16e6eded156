import pytest

from tests.resources.factories import (
    FormatFactory,
    ResourceIndexPageFactory,
    ResourcePageFactory,
    SchoolLevelFactory,
    ThemeFactory,
)


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
