import pytest

from pages.gazette.models import GazetteSettings
from tests.factories import SchoolClassFactory
from tests.pages.gazette.factories import GazetteIndexPageFactory

#: Every day at 10:00, outside quiet hours, so that tests are not waiting for the morning.
DAILY = "FREQ=DAILY;BYHOUR=10;BYMINUTE=0"


@pytest.fixture
def classes(site):
    return {
        name: SchoolClassFactory(site=site, name=name, level=level, sort_order=order)
        for order, (name, level) in enumerate([("CP A", "CP"), ("CM1 B", "CM1"), ("CM2 A", "CM2")])
    }


@pytest.fixture
def archive(home, site):
    settings = GazetteSettings.for_site(site)
    settings.rhythm = DAILY
    settings.save()
    return GazetteIndexPageFactory(parent=home)


@pytest.fixture
def login_as(client):
    def _login(user):
        client.force_login(user, backend="allauth.account.auth_backends.AuthenticationBackend")
        return client

    return _login
