"""The charter: the adopted version for everyone, its versions and their differences, and the
consultation where representatives propose, support and comment and the school answers."""

import datetime
from datetime import timedelta

from django.utils import timezone

import pytest

from pages.charter.models import CharterPage, Comment, Proposal, Support
from pages.charter.versions import words_diff
from portal import roles
from portal.notify.models import Message
from tests.factories import UserFactory
from tests.pages.charter.factories import ProposalFactory, adopted_charter

pytestmark = pytest.mark.django_db

ARTICLES = [
    ("Le droit à la déconnexion", "Personne ne doit répondre le soir ni le week-end."),
    ("Le délai de réponse", "L’équipe répond dans les trois jours ouvrés."),
    ("Le créneau de publication", "L’école publie ses messages entre 8 h et 18 h."),
]


@pytest.fixture
def charter(home):
    return adopted_charter(home, ARTICLES)


@pytest.fixture
def consultation(charter):
    """The same charter, now open for proposals for a week."""
    draft = charter.get_latest_revision_as_object()
    draft.status = "consultation"
    draft.consultation_opens = timezone.now() - timedelta(days=1)
    draft.consultation_closes = timezone.now() + timedelta(days=7)
    draft.save_revision().publish()
    return CharterPage.objects.get(pk=charter.pk)


@pytest.fixture
def other_rep(locales):
    return UserFactory(email="rep2@example.org", role=roles.REPRESENTATIVE, first_name="Nadia")


def url(page, tail=""):
    return f"{page.url}{tail}"


def propose(client, page, **fields):
    data = {
        "kind": "change",
        "anchor": "le-delai-de-reponse",
        "text": "Deux jours.",
        "reason": "Plus vite.",
    }
    data.update(fields)
    return client.post(url(page, "propose/"), data)


def test_everyone_reads_the_adopted_version_with_its_plain_words(client, charter):
    response = client.get(charter.url)
    assert response.status_code == 200
    text = response.content.decode()
    assert "Le droit à la déconnexion" in text
    assert "Version 1" in text
    assert 'id="le-droit-a-la-deconnexion"' in text


def test_a_draft_published_unchanged_is_no_new_version(charter):
    charter.get_latest_revision_as_object().save_revision().publish()
    assert charter.versions.count() == 1


def test_the_printout_has_a_signature_block(client, charter):
    response = client.get(url(charter, "print/"))
    assert response.status_code == 200
    assert "Signatures" in response.content.decode() or "Signature" in response.content.decode()


def test_words_diff_marks_added_and_removed_words_with_labels():
    html = words_diff("répond dans trois jours", "répond dans deux jours <b>")
    assert "<del>" in html and "<ins>" in html
    assert "trois" in html.split("<del>")[1].split("</del>")[0]
    assert 'class="visually-hidden"' in html
    assert "&lt;b&gt;" in html


def test_the_journey_from_proposal_to_new_version(
    client, consultation, representative, other_rep, director
):
    client.force_login(representative)
    response = propose(client, consultation, text="L’équipe répond dans les deux jours ouvrés.")
    assert response.status_code == 302
    proposal = Proposal.objects.get()

    client.force_login(other_rep)
    client.post(url(consultation, f"proposals/{proposal.pk}/support/"))
    client.post(url(consultation, f"proposals/{proposal.pk}/support/"))
    assert Support.objects.filter(proposal=proposal).count() == 1
    page = client.get(url(consultation, "consultation/")).content.decode()
    assert "1 support" in page or "1 soutien" in page

    client.force_login(director)
    response = client.post(
        url(consultation, f"proposals/{proposal.pk}/answer/"),
        {f"answer-{proposal.pk}-state": "accepted", f"answer-{proposal.pk}-answer": "Oui."},
    )
    assert response.status_code == 302
    proposal.refresh_from_db()
    assert proposal.state == "accepted"
    assert Message.objects.filter(purpose="charter_answer", recipient=representative.email).exists()

    client.post(url(consultation, "consolidate/"))
    client.post(url(consultation, "adopt/"), {"adopted_on": "2027-01-10", "adopted_by": "Conseil"})
    assert consultation.versions.count() == 2
    diff = client.get(url(consultation, "changes/1/2/")).content.decode()
    assert "deux" in diff.split("<ins><span")[1].split("</ins>")[0]
    assert "trois" in diff.split("<del><span")[1].split("</del>")[0]
    public = client.get(consultation.url).content.decode()
    assert "deux jours ouvrés" in public
    assert "changes/1/2/" in public


def test_new_and_removed_articles_are_consolidated(client, consultation, representative, director):
    client.force_login(representative)
    propose(
        client,
        consultation,
        kind="new",
        anchor="",
        title="Les réseaux sociaux",
        text="Pas de photos.",
    )
    propose(client, consultation, kind="remove", anchor="le-creneau-de-publication", text="")
    client.force_login(director)
    for proposal in Proposal.objects.all():
        Proposal.objects.filter(pk=proposal.pk).update(state="accepted")
    client.post(url(consultation, "consolidate/"))
    client.post(url(consultation, "consolidate/"))
    consultation.refresh_from_db()
    titles = [article.title for article in consultation.articles.all()]
    assert titles == ["Le droit à la déconnexion", "Le délai de réponse", "Les réseaux sociaux"]


def test_a_second_answer_is_refused(client, consultation, representative, director, locales):
    proposal = ProposalFactory(
        page=consultation, author=representative, anchor="le-delai-de-reponse"
    )
    other_director = UserFactory(email="dir2@example.org", role=roles.DIRECTOR)
    client.force_login(director)
    data = {f"answer-{proposal.pk}-state": "rejected", f"answer-{proposal.pk}-answer": "Non."}
    client.post(url(consultation, f"proposals/{proposal.pk}/answer/"), data)
    client.force_login(other_director)
    data = {f"answer-{proposal.pk}-state": "accepted"}
    response = client.post(url(consultation, f"proposals/{proposal.pk}/answer/"), data)
    assert response.status_code == 409
    assert (
        "already been answered" in response.content.decode() or "déjà" in response.content.decode()
    )
    proposal.refresh_from_db()
    assert proposal.state == "rejected" and proposal.answer == "Non."


def test_a_rejection_needs_a_reason(client, consultation, representative, director):
    proposal = ProposalFactory(
        page=consultation, author=representative, anchor="le-delai-de-reponse"
    )
    client.force_login(director)
    data = {f"answer-{proposal.pk}-state": "rejected"}
    response = client.post(url(consultation, f"proposals/{proposal.pk}/answer/"), data)
    assert response.status_code == 200
    proposal.refresh_from_db()
    assert proposal.state == "pending"


def test_a_teacher_answers_only_when_named(client, consultation, representative, teacher):
    proposal = ProposalFactory(
        page=consultation, author=representative, anchor="le-delai-de-reponse"
    )
    client.force_login(teacher)
    data = {f"answer-{proposal.pk}-state": "accepted"}
    assert (
        client.post(url(consultation, f"proposals/{proposal.pk}/answer/"), data).status_code == 403
    )
    CharterPage.objects.filter(pk=consultation.pk).update(answerer=teacher)
    assert (
        client.post(url(consultation, f"proposals/{proposal.pk}/answer/"), data).status_code == 302
    )


def test_proposing_after_the_consultation_closed_is_refused_and_keeps_the_text(
    client, consultation, representative
):
    CharterPage.objects.filter(pk=consultation.pk).update(
        consultation_closes=timezone.now() - timedelta(minutes=1)
    )
    client.force_login(representative)
    response = propose(client, consultation, text="Mon texte gardé")
    assert response.status_code == 403
    assert "Mon texte gardé" in response.content.decode()
    assert not Proposal.objects.exists()


def test_proposing_on_an_adopted_charter_is_refused(client, charter, representative):
    client.force_login(representative)
    response = propose(client, charter)
    assert response.status_code == 403
    assert not Proposal.objects.exists()


@pytest.mark.parametrize(
    "text, message",
    [
        ("", "Write the wording"),
        ("x" * 100_000, "at most"),
        ("bonjour\x00\x1b", "control characters"),
    ],
)
def test_bad_text_is_refused_with_the_form_kept(
    client, consultation, representative, text, message
):
    client.force_login(representative)
    with_language = client.post(
        url(consultation, "propose/"),
        {"kind": "change", "anchor": "le-delai-de-reponse", "text": text, "reason": "Parce que"},
        HTTP_ACCEPT_LANGUAGE="en",
    )
    assert with_language.status_code == 200
    assert not Proposal.objects.exists()
    assert "Parce que" in with_language.content.decode()


def test_html_in_a_proposal_is_shown_escaped(client, consultation, representative):
    client.force_login(representative)
    propose(client, consultation, text="<script>alert(1)</script>", reason="<b>gras</b>")
    page = client.get(url(consultation, "consultation/")).content.decode()
    assert "<script>alert(1)" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "&lt;b&gt;gras&lt;/b&gt;" in page


def test_comments_are_published_and_rate_limited(client, consultation, representative):
    client.force_login(representative)
    comment_url = url(consultation, "comment/le-delai-de-reponse/")
    data = {"comment-le-delai-de-reponse-text": "Trois jours, c’est bien."}
    assert client.post(comment_url, data).status_code == 302
    assert Comment.objects.count() == 1
    for _ in range(40):
        client.post(comment_url, data)
    assert Comment.objects.count() == 30
    assert client.post(comment_url, data).status_code == 403


def test_proposals_are_rate_limited_per_person(client, consultation, representative, other_rep):
    client.force_login(representative)
    for _ in range(12):
        propose(client, consultation)
    assert Proposal.objects.count() == 10
    client.force_login(other_rep)
    assert propose(client, consultation).status_code == 302


@pytest.mark.parametrize("role", [None, roles.PARENT, roles.TEACHER, roles.TRANSLATOR])
def test_the_consultation_is_only_for_those_taking_part(
    client, consultation, users_by_role, representative, role
):
    proposal = ProposalFactory(
        page=consultation, author=representative, anchor="le-delai-de-reponse"
    )
    if role:
        client.force_login(users_by_role[role])
    for tail, method in [
        ("consultation/", "get"),
        ("changes/draft/", "get"),
        ("propose/", "post"),
        (f"proposals/{proposal.pk}/support/", "post"),
        ("comment/le-delai-de-reponse/", "post"),
        (f"proposals/{proposal.pk}/answer/", "post"),
        ("consolidate/", "post"),
        ("adopt/", "post"),
    ]:
        response = getattr(client, method)(url(consultation, tail))
        expected = 302 if role is None else 403
        assert response.status_code == expected, tail
        if role is None:
            assert "/login" in response["Location"] or "accounts" in response["Location"]
    assert Support.objects.count() == 0 and Comment.objects.count() == 0


def test_representatives_cannot_answer_consolidate_or_adopt(client, consultation, representative):
    proposal = ProposalFactory(
        page=consultation, author=representative, anchor="le-delai-de-reponse"
    )
    client.force_login(representative)
    data = {f"answer-{proposal.pk}-state": "accepted"}
    assert (
        client.post(url(consultation, f"proposals/{proposal.pk}/answer/"), data).status_code == 403
    )
    assert client.post(url(consultation, "consolidate/")).status_code == 403
    adopt = {"adopted_on": "2027-01-10", "adopted_by": "Nous"}
    assert client.post(url(consultation, "adopt/"), adopt).status_code == 403
    assert consultation.versions.count() == 1


def test_the_version_list_and_each_version_are_readable(client, charter):
    assert client.get(url(charter, "versions/")).status_code == 200
    assert client.get(url(charter, "versions/1/")).status_code == 200
    assert client.get(url(charter, "versions/9/")).status_code == 404
    assert client.get(url(charter, "changes/1/9/")).status_code == 404


def test_adoption_date_and_body_are_kept_with_the_version(charter):
    version = charter.versions.get()
    assert version.adopted_on == datetime.date(2026, 9, 15)
    assert version.adopted_by == "Conseil d’école"
    assert [a["anchor"] for a in version.articles][0] == "le-droit-a-la-deconnexion"


def _queries_for(client, address, django_assert_max_num_queries=None):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as captured:
        assert client.get(address).status_code == 200
    return len(captured)


def test_the_consultation_costs_the_same_queries_with_10_or_200_proposals(
    client, consultation, representative, other_rep
):
    client.force_login(representative)

    def add(count):
        for index in range(count):
            proposal = ProposalFactory(
                page=consultation, author=other_rep, anchor="le-delai-de-reponse"
            )
            Support.objects.create(proposal=proposal, person=representative)
            Comment.objects.create(
                page=consultation, anchor="le-delai-de-reponse", author=other_rep, text=f"n{index}"
            )

    add(10)
    address = url(consultation, "consultation/")
    client.get(address)
    with_ten = _queries_for(client, address)
    add(190)
    client.get(address)  # new rows make the caches of the site's settings fresh: warm them again
    assert _queries_for(client, address) <= with_ten  # never more with more proposals
