"""An event run with partners names them, in the visitor's language, linked to their page in the
school's directory."""

from wagtail.models import Locale

import pytest

from pages.events.models import EventPage
from tests.pages.events.factories import EventPageFactory
from tests.partners.factories import PartnerFactory, PartnerIndexPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def workshop(agenda, site):
    partner = PartnerFactory(site=site, name="Espace numérique Mermoz", slug="mermoz")
    event = EventPageFactory(parent=agenda, title="Atelier écrans")
    event.partners.add(partner)
    event.save_revision().publish()
    return event, partner


def test_the_event_names_its_partners_with_a_link_to_the_directory(client, workshop, home):
    event, partner = workshop
    directory = PartnerIndexPageFactory(parent=home)
    html = client.get(event.url).content.decode()
    assert "Espace numérique Mermoz" in html
    assert f'href="{directory.url}mermoz/"' in html


def test_without_a_directory_the_name_stands_alone(client, workshop):
    event, _partner = workshop
    html = client.get(event.url).content.decode()
    assert "Espace numérique Mermoz</span></li>" in html


def test_an_arabic_visitor_reads_the_partner_in_arabic(client, workshop, translate_page, home):
    event, partner = workshop
    translate_page(home, "ar", title="مرحبا")
    translate_page(event.get_parent().specific, "ar", title="المفكرة")
    arabic_event = translate_page(event, "ar", title="ورشة الشاشات")
    partner.copy_for_translation(Locale.objects.get(language_code="ar")).save()
    html = client.get(arabic_event.url).content.decode()
    assert "Espace numérique Mermoz" in html  # the name is the same in every language


def test_joint_actions_are_the_events_with_a_partner(workshop, agenda):
    EventPageFactory(parent=agenda, title="Réunion sans partenaire")
    assert list(EventPage.objects.filter(partners__isnull=False).distinct()) == [workshop[0]]
