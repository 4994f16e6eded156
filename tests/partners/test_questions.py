"""Asking the school: no account, an email only for a personal answer, spam kept out without any
other site, and answers published to the FAQ in French and Arabic."""

import datetime

from django.core import mail, signing
from django.test import Client
from django.utils import timezone

import pytest

from partners.models import AnsweredQuestionPage, ParentQuestion
from partners.questions import forms as ask_forms
from partners.questions.limits import PER_WINDOW
from partners.questions.publishing import publish
from portal.accounts import personal_data
from portal.models import SchoolSettings
from tests.factories import UserFactory
from tests.i18n import french

pytestmark = pytest.mark.django_db

URL = "/fr/espace-parents/questions/"


def _started(seconds_ago=30):
    moment = int((timezone.now() - datetime.timedelta(seconds=seconds_ago)).timestamp())
    return signing.TimestampSigner(salt="partners.ask").sign(str(moment))


def _ask(client, address="192.0.2.1", **data):
    posted = {"text": "Où est la cantine ?", "started": _started(), **data}
    return client.post(URL, posted, REMOTE_ADDR=address)


@pytest.fixture
def school(site):
    settings_ = SchoolSettings.for_site(site)
    settings_.email = "ecole@example.org"
    settings_.save()
    return settings_


def test_a_parent_asks_without_an_account_and_the_school_is_told(client, faq, school):
    response = _ask(client)
    assert response.status_code == 200
    assert french("Your question has reached the school's team.") in response.content.decode()
    question = ParentQuestion.objects.get()
    assert (question.text, question.email, question.language) == ("Où est la cantine ?", "", "fr")
    assert [m.to for m in mail.outbox] == [["ecole@example.org"]]
    assert "Où est la cantine ?" in mail.outbox[0].body


def test_without_a_school_address_the_directors_are_told(client, faq, director):
    _ask(client)
    assert [m.to for m in mail.outbox] == [[director.email]]


def test_an_email_is_kept_only_for_a_personal_answer(client, faq, school):
    _ask(client, email="maman@example.org")
    assert ParentQuestion.objects.get().email == ""
    _ask(client, email="maman@example.org", wants_answer="on")
    assert ParentQuestion.objects.order_by("received_at").last().email == "maman@example.org"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"text": ""}, "This field is required."),
        ({"text": "   "}, "This field is required."),
        ({"text": "x" * 100_000}, None),
        (
            {"wants_answer": "on", "email": ""},
            "Give your email address to receive a personal answer.",
        ),
        ({"wants_answer": "on", "email": "pas-un-email"}, None),
        (
            {"text": "Bonjour\x1b[31m\x07 ?"},
            "Please remove the invisible control characters from this text.",
        ),
    ],
)
def test_bad_questions_get_a_clear_message_and_keep_what_was_typed(client, faq, data, message):
    response = _ask(client, **data)
    assert response.status_code == 400
    assert not ParentQuestion.objects.exists()
    if message:
        assert french(message) in response.content.decode()


def test_html_in_a_question_is_kept_as_text_and_escaped(client, faq, school, director_client):
    _ask(client, text="<b>gras</b><script>alert(1)</script>")
    assert ParentQuestion.objects.get().text == "<b>gras</b><script>alert(1)</script>"
    question = ParentQuestion.objects.get()
    html = director_client.get(f"/admin/partners_questions/edit/{question.pk}/").content.decode()
    assert "<script>alert(1)</script>" not in html


def test_the_hidden_field_keeps_robots_out(client, faq, school):
    response = _ask(client, website="http://spam.example")
    assert response.status_code == 200  # robots are thanked like people
    assert not ParentQuestion.objects.exists() and not mail.outbox


@pytest.mark.parametrize("started", ["", "forged", "1:abc"])
def test_a_form_sent_too_fast_or_forged_is_asked_again(client, faq, started):
    response = client.post(URL, {"text": "Bonjour", "started": started})
    assert response.status_code == 400
    assert french("Please read your question again, then send it.") in response.content.decode()
    assert "Bonjour" in response.content.decode()


def test_a_form_sent_at_once_is_asked_again(client, faq, monkeypatch):
    response = client.post(URL, {"text": "Bonjour", "started": _started(seconds_ago=0)})
    assert response.status_code == 400
    assert ask_forms.MIN_SECONDS >= 2


def test_questions_are_limited_per_client_address(client, faq, school):
    for _ in range(PER_WINDOW):
        assert _ask(client, address="198.51.100.7").status_code == 200
    refused = _ask(client, address="198.51.100.7")
    assert refused.status_code == 429
    assert _ask(client, address="198.51.100.8").status_code == 200
    assert ParentQuestion.objects.count() == PER_WINDOW + 1


def test_staff_answer_privately_by_email_in_the_parents_language(director_client, faq, site):
    question = ParentQuestion.objects.create(
        site=site, text="Soru", email="anne@example.org", language="tr"
    )
    response = director_client.post(
        f"/admin/partners_questions/edit/{question.pk}/",
        {"status": "new", "private_answer": "Cevap", "send_answer": "on"},
    )
    assert response.status_code == 302
    question.refresh_from_db()
    assert question.status == "answered" and question.answered_at
    assert mail.outbox[-1].to == ["anne@example.org"]
    assert mail.outbox[-1].extra_headers["Content-Language"] == "tr"
    assert "Cevap" in mail.outbox[-1].body


def test_published_answer_reaches_the_faq_in_french_and_arabic(
    client, director_client, faq, site, translate_page
):
    question = ParentQuestion.objects.create(site=site, text="Ma fille Léa en CM1…", language="fr")
    response = director_client.post(
        f"/admin/partners_questions/edit/{question.pk}/",
        {
            "status": "new",
            "public_question": "Comment justifier une absence ?",
            "public_answer": "Par un mot dans le cahier de liaison.",
            "publish": "on",
        },
    )
    assert response.status_code == 302
    page = AnsweredQuestionPage.objects.live().get()
    client = Client()  # a parent, without the Director's messages
    html = client.get(URL).content.decode()
    assert "Comment justifier une absence ?" in html and "Léa" not in html
    faq_ar = translate_page(faq.get_parent(), "ar", title="فضاء الأولياء", slug="fada")
    faq_ar = translate_page(faq, "ar", title="أسئلتكم", slug="asila")
    translate_page(
        page,
        "ar",
        title="كيف أبرر الغياب؟",
        question="كيف أبرر الغياب؟",
        answer="<p>بكلمة في الدفتر.</p>",
    )
    faq_ar.refresh_from_db()
    html = client.get(faq_ar.url).content.decode()
    assert "كيف أبرر الغياب؟" in html, html[html.find("<main") :][:3000]
    found = client.get("/fr/search/?q=absence").content.decode()
    assert "Comment justifier une absence ?" in found
    found = client.get("/ar/search/?q=الغياب").content.decode()
    assert "كيف أبرر الغياب؟" in found


def test_a_teacher_leaves_a_draft_for_the_director(login_as, teacher, faq, site):
    question = ParentQuestion.objects.create(site=site, text="?", language="fr")
    question.public_question, question.public_answer = "Q ?", "R."
    assert publish(question, teacher) is False
    assert not AnsweredQuestionPage.objects.live().exists()


def test_questions_with_an_email_are_in_the_persons_data_export(faq, site):
    person = UserFactory(email="anne@example.org")
    ParentQuestion.objects.create(
        site=site, text="Ma question", email="Anne@example.org", language="tr"
    )
    ParentQuestion.objects.create(site=site, text="Autre", email="autre@example.org", language="fr")
    data = personal_data.collect(person)
    assert [q["text"] for q in data["parents_questions"]] == ["Ma question"]
