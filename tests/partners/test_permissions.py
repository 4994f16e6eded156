"""Every staff page of the partners app refuses anonymous visitors and the wrong roles, by URL."""

import pytest

from partners.models import ParentQuestion
from portal import roles
from tests.partners.factories import CampaignFactory, PartnerFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def things(site, directory):
    partner = PartnerFactory()
    campaign = CampaignFactory()
    question = ParentQuestion.objects.create(site=site, text="?", language="fr")
    return {"partner": partner, "campaign": campaign, "question": question}


def _urls(things):
    p, c, q = things["partner"].pk, things["campaign"].pk, things["question"].pk
    return {
        "partners list": "/admin/snippets/partners/partner/",
        "partner edit": f"/admin/snippets/partners/partner/edit/{p}/",
        "import": "/admin/partners_import/",
        "questions list": "/admin/snippets/partners/question/",
        "campaigns": "/admin/partners_campaigns/",
        "campaign edit": f"/admin/partners_campaigns/edit/{c}/",
        "results": f"/admin/partners_campaigns/results/{c}/",
        "results csv": f"/admin/partners_campaigns/results/{c}/csv/",
        "moderation": "/admin/partners_questions/",
        "moderation edit": f"/admin/partners_questions/edit/{q}/",
    }


DIRECTOR_ONLY = {
    "partner edit",
    "import",
    "questions list",
    "campaigns",
    "campaign edit",
    "results",
    "results csv",
}
TEACHERS_TOO = {"partners list", "moderation", "moderation edit"}
#: Translators list the partners and the questionnaire's questions to translate them (only into
#: their languages: tests/portal/translation/test_snippets.py); the French ones stay out of reach.
TRANSLATORS_TOO = {"partners list", "questions list"}


def test_anonymous_visitors_are_sent_to_log_in(client, things):
    for name, url in _urls(things).items():
        response = client.get(url)
        assert response.status_code == 302, name
        assert "/login/" in response["Location"], name


@pytest.mark.parametrize(
    "role", [roles.TEACHER, roles.TRANSLATOR, roles.REPRESENTATIVE, roles.PARENT]
)
def test_wrong_roles_are_refused(client, users_by_role, things, role):
    client.force_login(
        users_by_role[role], backend="allauth.account.auth_backends.AuthenticationBackend"
    )
    for name, url in _urls(things).items():
        if role == roles.TEACHER and name in TEACHERS_TOO:
            continue
        if role == roles.TRANSLATOR and name in TRANSLATORS_TOO:
            continue
        response = client.get(url)
        assert response.status_code in (302, 403), (role, name, response.status_code)


def test_teachers_moderate_questions(client, teacher, things):
    client.force_login(teacher, backend="allauth.account.auth_backends.AuthenticationBackend")
    for name in TEACHERS_TOO:
        assert client.get(_urls(things)[name]).status_code == 200, name


def test_the_director_reaches_every_staff_page(client, director, things):
    client.force_login(director, backend="allauth.account.auth_backends.AuthenticationBackend")
    for name, url in _urls(things).items():
        assert client.get(url).status_code == 200, name


def test_moderation_posts_by_wrong_roles_change_nothing(client, parent, things):
    client.force_login(parent, backend="allauth.account.auth_backends.AuthenticationBackend")
    question = things["question"]
    client.post(
        f"/admin/partners_questions/edit/{question.pk}/", {"public_question": "x", "publish": "on"}
    )
    question.refresh_from_db()
    assert question.public_question == ""
