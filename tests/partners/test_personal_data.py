"""A parent's questions and a partner contact's details follow the person: in the export, and gone
with the account."""

import pytest

from partners.models import Partner
from partners.questions.models import ParentQuestion
from portal.accounts import personal_data
from portal.classes.models import SchoolClass
from tests.factories import SchoolClassFactory
from tests.partners.factories import PartnerFactory

pytestmark = pytest.mark.django_db


def test_questions_and_contact_details_are_exported_then_erased(site, parent, teacher):
    ParentQuestion.objects.create(
        site=site, text="Où est la cantine ?", email=parent.email.upper(), language="fr"
    )
    other = ParentQuestion.objects.create(
        site=site, text="Et la garderie ?", email="voisin@example.org", language="fr"
    )
    partner = PartnerFactory(site=site, staff_contact_name="Ayşe", staff_contact_email=parent.email)
    taught = SchoolClassFactory(site=site, name="CE2 B", teacher=teacher)

    data = personal_data.collect(parent)
    assert [q["text"] for q in data["parents_questions"]] == ["Où est la cantine ?"]
    assert data["partner_contacts"][0]["staff_contact_name"] == "Ayşe"
    assert personal_data.collect(teacher)["classes_taught"] == ["CE2 B"]

    personal_data.erase(parent)
    personal_data.erase(teacher)
    assert list(ParentQuestion.objects.all()) == [other]
    partner = Partner.objects.get(pk=partner.pk)
    assert (partner.staff_contact_name, partner.staff_contact_email) == ("", "")
    assert SchoolClass.objects.get(pk=taught.pk).teacher is None
