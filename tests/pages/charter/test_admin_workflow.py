"""Representatives may co-write the charter's draft in the admin, and nothing else there; a new
text passes "Representatives' review" then "Director approval" before it is published."""

from django.contrib.auth.models import Group
from django.core.files.base import ContentFile

from wagtail.documents import get_document_model
from wagtail.models import (
    GroupApprovalTask,
    Page,
    PageViewRestriction,
    Workflow,
    WorkflowPage,
    WorkflowState,
)
from wagtail.test.utils.form_data import inline_formset, nested_form_data

import pytest

from pages.charter.models import CharterPage
from portal import roles
from tests.conftest import translate
from tests.factories import UserFactory
from tests.pages.charter.factories import ProposalFactory, adopted_charter
from tests.pages.events.factories import EventIndexPageFactory, EventPageFactory
from tests.pages.home.factories import StandardPageFactory
from tests.pages.reps.factories import MinutesPageFactory, RepresentativeAreaPageFactory
from tests.portal.conftest import image

pytestmark = pytest.mark.django_db

ARTICLES = [
    ("Le droit à la déconnexion", "Personne n’écrit le soir ni le week-end."),
    ("Le délai de réponse", "L’équipe répond dans les trois jours de classe."),
]


@pytest.fixture
def school(home, django_capture_on_commit_callbacks):
    """A charter, the representatives' area with minutes, and other pages of the school."""
    with django_capture_on_commit_callbacks(execute=True):
        charter = adopted_charter(home, ARTICLES)
        area = RepresentativeAreaPageFactory(parent=home, title="Espace Cormoran ortie")
    minutes = MinutesPageFactory(parent=area, title="Compte rendu Cormoran ortie")
    other = StandardPageFactory(parent=home, title="Page Cormoran ortie", slug="autre")
    agenda = EventIndexPageFactory(parent=home)
    event = EventPageFactory(parent=agenda, title="Réunion Cormoran ortie")
    document = get_document_model().objects.create(
        title="Fichier Cormoran ortie", file=ContentFile(b"%PDF-1.4", name="cormoran.pdf")
    )
    image("Photo Cormoran ortie", filename="cormoran.png")
    roles.sync()
    return {
        "document": document,
        "home": home,
        "charter": CharterPage.objects.get(pk=charter.pk),
        "area": area,
        "minutes": minutes,
        "other": other,
        "event": event,
    }


@pytest.fixture
def rep(locales):
    return UserFactory(email="rep@example.org", role=roles.REPRESENTATIVE, totp=True)


@pytest.fixture
def second_rep(locales):
    return UserFactory(email="rep2@example.org", role=roles.REPRESENTATIVE, totp=True)


def edit_data(charter, *, text, action=None, status=None):
    """What the admin's edit form posts for the charter, with the second article reworded."""
    articles = [
        {"id": article.pk, "title": article.title, "text": article.text, "anchor": article.anchor}
        for article in charter.articles.all()
    ]
    articles[1]["text"] = text
    data = {
        "title": charter.title,
        "slug": charter.slug,
        "preamble": charter.preamble,
        "plain_words": "",
        "articles": inline_formset(articles, initial=len(articles)),
        "comments": inline_formset([]),
    }
    if status:
        data.update(status=status, adopted_by="Conseil d’école", adopted_on="2026-11-20")
    form = nested_form_data(data)
    if action:
        form[action] = "1"
    return form


def test_the_workflow_is_made_once_and_put_on_the_charter(school, translate_page):
    """Each step is approved by its own role only, whatever sync() meets."""
    arabic = translate_page(school["charter"], "ar", title="الميثاق")
    roles.sync()
    roles.sync()
    workflow = Workflow.objects.get(name=roles.CHARTER_WORKFLOW)
    steps = [task.specific for task in workflow.tasks.order_by("workflow_tasks__sort_order")]
    assert [step.name for step in steps] == [roles.REPRESENTATIVES_REVIEW, roles.DIRECTOR_APPROVAL]
    assert [list(step.groups.values_list("name", flat=True)) for step in steps] == [
        [roles.REPRESENTATIVE],
        [roles.DIRECTOR],
    ]
    assert GroupApprovalTask.objects.filter(name=roles.REPRESENTATIVES_REVIEW).count() == 1
    assert school["charter"].get_workflow() == workflow
    # The translations go through the translators' own review.
    assert Page.objects.get(pk=arabic.pk).get_workflow() != workflow
    assert WorkflowPage.objects.filter(workflow=workflow).count() == 1


def test_a_representative_opens_the_charter_in_the_admin(school, rep, client):
    charter = school["charter"]
    client.force_login(rep)
    revision = charter.latest_revision
    for url in [
        "/admin/",
        f"/admin/pages/{charter.pk}/edit/",
        f"/admin/pages/{charter.pk}/history/",
        f"/admin/pages/{charter.pk}/revisions/{revision.pk}/view/",
        f"/admin/pages/{charter.pk}/revisions/compare/earliest...{revision.pk}/",
        f"/admin/api/main/pages/{charter.pk}/",
        f"/admin/pages/{charter.pk}/",
    ]:
        assert client.get(url).status_code == 200, url
    # The explorer goes straight to the one page they edit.
    home = client.get(f"/admin/pages/{school['home'].pk}/")
    assert home["Location"] == f"/admin/pages/{charter.pk}/"
    preview = client.post(
        f"/admin/pages/{charter.pk}/edit/preview/", edit_data(charter, text="Deux jours.")
    )
    assert preview.json()["is_valid"] is True
    assert client.get(f"/admin/pages/{charter.pk}/edit/preview/").status_code == 200
    edit = client.get(f"/admin/pages/{charter.pk}/edit/").content.decode()
    # The consultation, the adoption and who answers (a list of people) are the Director's.
    assert 'name="status"' not in edit
    assert 'name="answerer"' not in edit


@pytest.mark.parametrize(
    "url",
    [
        lambda s: f"/admin/pages/{s['home'].pk}/edit/",
        lambda s: f"/admin/pages/{s['other'].pk}/edit/",
        lambda s: f"/admin/pages/{s['area'].pk}/edit/",
        lambda s: f"/admin/pages/{s['minutes'].pk}/edit/",
        lambda s: f"/admin/pages/{s['minutes'].pk}/history/",
        lambda s: f"/admin/pages/{s['event'].pk}/edit/",
        lambda s: f"/admin/pages/{s['other'].pk}/edit/preview/",
        lambda s: f"/admin/pages/{s['area'].pk}/view_draft/",
        lambda s: f"/admin/pages/add/home/standardpage/{s['home'].pk}/",
        lambda s: f"/admin/pages/{s['charter'].pk}/delete/",
        lambda s: f"/admin/pages/{s['charter'].pk}/unpublish/",
        lambda s: f"/admin/pages/{s['charter'].pk}/move/",
        lambda s: f"/admin/pages/{s['charter'].pk}/privacy/",
        lambda s: f"/admin/api/main/pages/{s['area'].pk}/",
        lambda s: f"/admin/api/main/pages/{s['minutes'].pk}/",
        lambda s: f"/admin/api/main/pages/{s['other'].pk}/",
        lambda s: "/admin/users/",
        lambda s: "/admin/groups/",
        lambda s: "/admin/documents/",
        lambda s: "/admin/images/",
        lambda s: "/admin/collections/",
        lambda s: "/admin/sites/",
        lambda s: "/admin/locales/",
        lambda s: "/admin/workflows/list/",
        lambda s: "/admin/redirects/",
        lambda s: "/admin/settings/portal/schoolsettings/",
        lambda s: "/admin/invitations/",
    ],
)
def test_a_representative_is_refused_everything_else_in_the_admin(school, rep, client, url):
    client.force_login(rep)
    address = url(school)
    response = client.get(address)
    assert response.status_code in (302, 403, 404), address
    if response.status_code == 302:
        assert not response["Location"].startswith(address)
        assert client.get(response["Location"]).status_code in (200, 302, 403, 404)
        assert "Cormoran" not in client.get(response["Location"]).content.decode()


@pytest.mark.parametrize(
    "url",
    [
        "/admin/pages/search/?q=ortie",
        "/admin/pages/search/?q=charte",
        "/admin/api/main/pages/?search=ortie",
        "/admin/api/main/pages/?descendant_of={home}&limit=50",
        "/admin/api/main/pages/?child_of={home}",
        "/admin/choose-page/{home}/",
        "/admin/choose-page/search/?q=ortie",
        "/admin/pages/{home}/",
        "/admin/reports/site-history/",
        "/admin/documents/chooser/",
        "/admin/documents/chooser/results/?q=ortie",
        "/admin/images/chooser/",
        "/admin/images/chooser/results/?q=ortie",
        "/admin/reports/aging-pages/",
        "/admin/reports/locked/",
        "/admin/reports/workflow/",
    ],
)
def test_admin_lists_show_a_representative_only_the_charter(school, rep, client, url):
    """Searches, choosers and the admin API name no other page: not the representatives' own
    area either, which they read on the site but do not edit."""
    client.force_login(rep)
    response = client.get(url.format(home=school["home"].pk))
    assert "Cormoran" not in response.content.decode()


def test_the_director_finds_the_pages_a_representative_does_not(school, director, client):
    """The walk above means something only if those lists do name them to someone."""
    client.force_login(director)
    assert "Cormoran" in client.get("/admin/pages/search/?q=ortie").content.decode()
    assert "Cormoran" in client.get("/admin/choose-page/search/?q=ortie").content.decode()


def test_a_representative_cannot_publish_nor_adopt(school, rep, client):
    charter = school["charter"]
    client.force_login(rep)
    url = f"/admin/pages/{charter.pk}/edit/"
    data = edit_data(charter, text="Publié sans accord.", action="action-publish", status="adopted")
    client.post(url, data)
    charter.refresh_from_db()
    assert charter.articles.get(anchor="le-delai-de-reponse").text != "Publié sans accord."
    assert charter.versions.count() == 1
    draft = charter.get_latest_revision_as_object()
    assert draft.status == "adopted"  # as it was: the status is not in the form they post


def test_a_translated_charter_is_not_the_representatives_to_edit(school, rep, client):
    arabic = translate(school["charter"], "ar", title="الميثاق")
    roles.sync()
    client.force_login(rep)
    assert client.get(f"/admin/pages/{arabic.pk}/edit/").status_code in (302, 403)


def test_a_private_charter_is_out_of_reach(school, rep, client):
    """If the school makes the charter private to the team, representatives lose it too."""
    restriction = PageViewRestriction.objects.create(
        page=school["charter"], restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.set(Group.objects.filter(name=roles.DIRECTOR))
    roles.sync()
    client.force_login(rep)
    assert client.get(f"/admin/pages/{school['charter'].pk}/edit/").status_code in (302, 403)


def workflow_action(client, page, action, comment=""):
    state = WorkflowState.objects.for_instance(page).get(status=WorkflowState.STATUS_IN_PROGRESS)
    task_state = state.current_task_state
    return client.post(
        f"/admin/pages/workflow/action/{page.pk}/{action}/{task_state.pk}/",
        {"comment": comment},
    )


def current_step(page):
    state = WorkflowState.objects.for_instance(page).order_by("-pk").first()
    if state is None or state.status != WorkflowState.STATUS_IN_PROGRESS:
        return None
    return state.current_task_state.task.name


def test_the_draft_passes_both_steps_before_it_is_published(
    school, rep, second_rep, director, client, django_capture_on_commit_callbacks
):
    """A representative submits, another approves the review (the Director cannot at that
    step), the Director approves and the new version is published, with its difference."""
    charter = school["charter"]
    ProposalFactory(page=charter, anchor="le-delai-de-reponse")
    client.force_login(rep)
    data = edit_data(
        charter, text="L’équipe répond dans les deux jours de classe.", action="action-submit"
    )
    response = client.post(f"/admin/pages/{charter.pk}/edit/", data)
    assert response.status_code == 302
    assert current_step(charter) == roles.REPRESENTATIVES_REVIEW
    live = CharterPage.objects.get(pk=charter.pk)
    assert "deux jours" not in live.articles.get(anchor="le-delai-de-reponse").text

    client.force_login(director)
    workflow_action(client, charter, "approve")
    assert current_step(charter) == roles.REPRESENTATIVES_REVIEW

    client.force_login(second_rep)
    workflow_action(client, charter, "approve", comment="D’accord")
    assert current_step(charter) == roles.DIRECTOR_APPROVAL

    # A representative cannot approve the Director's step.
    workflow_action(client, charter, "approve")
    assert current_step(charter) == roles.DIRECTOR_APPROVAL

    client.force_login(director)
    with django_capture_on_commit_callbacks(execute=True):
        workflow_action(client, charter, "approve")
    assert current_step(charter) is None
    live = CharterPage.objects.get(pk=charter.pk)
    assert live.articles.get(anchor="le-delai-de-reponse").text == (
        "L’équipe répond dans les deux jours de classe."
    )
    assert live.versions.count() == 2
    page = client.get(f"{live.url}changes/1/2/").content.decode()
    assert "deux" in page and "<ins>" in page


def test_the_review_can_send_the_draft_back(school, rep, second_rep, client):
    charter = school["charter"]
    client.force_login(rep)
    client.post(
        f"/admin/pages/{charter.pk}/edit/",
        edit_data(charter, text="Une réponse sous une heure.", action="action-submit"),
    )
    client.force_login(second_rep)
    workflow_action(client, charter, "reject", comment="Trop exigeant pour l’équipe.")
    state = WorkflowState.objects.for_instance(charter).get()
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES
    live = CharterPage.objects.get(pk=charter.pk)
    assert live.articles.get(anchor="le-delai-de-reponse").text != "Une réponse sous une heure."
