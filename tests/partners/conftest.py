from django.core.cache import cache

import pytest

from tests.partners.factories import (
    ParentQuestionsPageFactory,
    PartnerIndexPageFactory,
    QuestionnairePageFactory,
)


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Rate limits live in the cache: each test starts with none."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def directory(home):
    return PartnerIndexPageFactory(parent=home)


@pytest.fixture
def questionnaire(home):
    return QuestionnairePageFactory(parent=home)


@pytest.fixture
def faq(parent_space):
    return ParentQuestionsPageFactory(parent=parent_space)


@pytest.fixture
def login_as(client):
    def _login(user):
        client.force_login(user, backend="allauth.account.auth_backends.AuthenticationBackend")
        return client

    return _login


@pytest.fixture
def director_client(login_as, director):
    return login_as(director)
