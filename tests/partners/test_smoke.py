import pytest

from tests.partners.factories import PartnerFactory

pytestmark = pytest.mark.django_db


def test_directory_and_partner_page(client, directory):
    PartnerFactory(name="Espace numérique Mermoz", staff_contact_name="Mme Secret")
    response = client.get("/fr/partenaires/")
    assert response.status_code == 200, response.content.decode()[:3000]
    html = response.content.decode()
    assert "Espace numérique Mermoz" in html
    response = client.get("/fr/partenaires/espace-numerique-mermoz/")
    assert response.status_code == 200
    assert "Mme Secret" not in response.content.decode()
