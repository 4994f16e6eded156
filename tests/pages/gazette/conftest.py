import pytest

from pages.gazette.models import GazetteSettings
from tests.factories import SchoolClassFactory
from tests.pages.gazette.factories import GazetteIndexPageFactory

#: Every school day at 10:00: outside quiet hours, and never on a Sunday, when the school sends
#: nothing (an issue sent at a Sunday slot waits for Monday), whatever day the tests run.
DAILY = "FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR;BYHOUR=10;BYMINUTE=0"


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
