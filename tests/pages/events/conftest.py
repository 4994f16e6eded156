import pytest

from tests.pages.events.factories import EventIndexPageFactory


@pytest.fixture
def agenda(home):
    return EventIndexPageFactory(parent=home)
