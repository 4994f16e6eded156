"""The parents' digital questionnaire: anonymous answers, one per browser, matching partners at
once, and results where small counts stay hidden."""

import datetime

from django.utils import timezone

import pytest

from partners.models import Answer, Campaign, Question, Response
from partners.questionnaire import results, shown
from partners.questionnaire.defaults import DEFAULT_QUESTIONS
from partners.questionnaire.models import MAX_QUESTIONS
from tests.factories import SchoolClassFactory
from tests.i18n import french
from tests.partners.factories import CampaignFactory, PartnerFactory

pytestmark = pytest.mark.django_db

URL = "/fr/questionnaire/"


@pytest.fixture
def campaign(questionnaire, directory, site):
    cm1 = SchoolClassFactory(name="CM1 B")
    found = CampaignFactory()
    found.classes.set([cm1])
    return found


def _field(code):
    question = Question.objects.source().get(pictogram=code)
    return f"q{question.pk}"


def test_the_first_campaign_brings_the_default_questions_in_every_language(campaign, locales):
    sources = Question.objects.source()
    assert sources.count() == len(DEFAULT_QUESTIONS) <= MAX_QUESTIONS
    assert Question.objects.filter(locale=locales["tr"]).count() == len(DEFAULT_QUESTIONS)


def test_a_parent_answers_without_an_account_and_sees_matching_partners(client, campaign):
    PartnerFactory(name="Espace Mermoz", services=["acces", "outils"], languages=["fr", "tr"])
    PartnerFactory(name="Les Cartables", kind="devoirs", services=[])
    PartnerFactory(name="Centre de santé", kind="sante", services=[])
    page = client.get(URL)
    assert page.status_code == 200
    html = page.content.decode()
    assert html.count('class="question"') == len(DEFAULT_QUESTIONS) + 1  # and the class
    assert "data-read-aloud" in html
    response = client.post(
        URL,
        {
            _field("computer"): "no",
            _field("email"): "not-at-all",
            _field("help"): ["email", "homework"],
            _field("language"): ["tr"],
            "school_class": campaign.classes.get().pk,
        },
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "Espace Mermoz" in html and "Les Cartables" in html
    assert "Centre de santé" not in html
    assert html.index("Espace Mermoz") < html.index("Les Cartables")  # speaks Turkish
    stored = Response.objects.get()
    assert stored.school_class == campaign.classes.get()
    assert sorted(Answer.objects.values_list("code", flat=True)) == [
        "email",
        "homework",
        "no",
        "not-at-all",
        "tr",
    ]
    assert response.cookies[f"questionnaire-{campaign.pk}"].value == "1"


def test_nothing_identifying_is_stored(client, campaign):
    client.post(URL, {_field("phone"): "yes"}, REMOTE_ADDR="203.0.113.9")
    response = Response.objects.get()
    stored = " ".join(str(getattr(response, f.attname)) for f in Response._meta.concrete_fields)
    assert "203.0.113.9" not in stored
    assert {f.name for f in Response._meta.concrete_fields} == {
        "id",
        "campaign",
        "school_class",
        "language",
        "answered_on",
    }


def test_one_answer_per_browser_per_campaign(client, campaign):
    client.post(URL, {_field("phone"): "yes"})
    again = client.post(URL, {_field("phone"): "no"})
    assert again.status_code == 409
    assert Response.objects.count() == 1
    page = client.get(URL).content.decode()
    assert (
        french("You have already answered this questionnaire on this phone or computer. Thank you!")
        in page
    )


@pytest.mark.parametrize(
    "data",
    [
        {"phone": "maybe"},
        {"help": ["email", "<script>x</script>"]},
        {"phone": "x" * 100_000},
        {"school_class": "999999"},
        {"school_class": "abc"},
    ],
)
def test_forged_choices_are_refused_and_nothing_is_saved(client, campaign, data):
    posted = {(k if k == "school_class" else _field(k)): v for k, v in data.items()}
    response = client.post(URL, posted)
    assert response.status_code == 400
    assert (
        french("Some answers could not be read. Please choose again among the answers shown.")
        in response.content.decode()
    )
    assert "<script>x</script>" not in response.content.decode()
    assert not Response.objects.exists()


def test_no_open_campaign_says_so(client, questionnaire, site):
    CampaignFactory(closed_early=True)
    html = client.get(URL).content.decode()
    assert french("No questionnaire is open at the moment. Thank you for coming.") in html
    assert client.post(URL, {}).status_code == 409


def test_a_turkish_parent_reads_the_questions_in_turkish(
    client, campaign, translate_page, questionnaire
):
    translate_page(questionnaire, "tr", title="Anket", slug="anket")
    html = client.get("/tr/anket/").content.decode()
    from django.utils import translation

    with translation.override("tr"):
        assert translation.gettext("Do you have a computer or a tablet at home?") in html


def test_a_question_whose_translation_is_in_review_is_asked_in_french(
    client, campaign, translate_page, questionnaire, locales
):
    """A new translation waits for review before parents read it (tests/portal/translation)."""
    translate_page(questionnaire, "tr", title="Anket", slug="anket")
    source = Question.objects.source().get(pictogram="computer")
    turkish = source.get_translation(locales["tr"])
    Question.objects.filter(pk=turkish.pk).update(live=False)
    html = client.get("/tr/anket/").content.decode()
    assert source.text in html and turkish.text not in html


def _answer(campaign, codes, school_class=None, times=1):
    for _ in range(times):
        response = Response.objects.create(
            campaign=campaign, school_class=school_class, language="fr"
        )
        for pictogram, code in codes:
            question = Question.objects.source().get(pictogram=pictogram)
            Answer.objects.create(response=response, question=question, code=code)


def test_results_count_per_question_and_class(campaign):
    cm1 = campaign.classes.get()
    _answer(campaign, [("computer", "no")], cm1, times=6)
    _answer(campaign, [("computer", "yes")], None, times=3)
    found = results(campaign)
    assert found.responses == 9
    computer = next(q for q in found.questions if q.question.pictogram == "computer")
    lines = {line.code: line for line in computer.lines}
    assert lines["no"].count == 6 and lines["no"].by_class == {cm1.pk: 6}
    assert lines["yes"].count == 3 and lines["yes"].hidden


def test_counts_under_five_are_shown_as_fewer_than_five(director_client, campaign):
    _answer(campaign, [("computer", "no")], times=7)
    _answer(campaign, [("computer", "yes")], times=2)
    response = director_client.get(f"/admin/partners_campaigns/results/{campaign.pk}/")
    assert response.status_code == 200
    html = response.content.decode()
    hidden = french("fewer than %(count)d", count=5)
    assert hidden in html
    assert "<td>2</td>" not in html and ">2</text>" not in html
    assert "<td>7</td>" in html
    assert "<svg" in html and "<title" in html and "<desc" in html and "<table" in html
    csv = director_client.get(f"/admin/partners_campaigns/results/{campaign.pk}/csv/")
    text = csv.content.decode()
    assert hidden in text and ",2," not in text and ",7," in text


def test_shown_hides_small_counts():
    assert [shown(n) for n in (0, 4, 5)] == [shown(0), shown(4), "5"]
    assert shown(0) == shown(4) != "0"


def test_campaign_dates_are_checked(site):
    from django.core.exceptions import ValidationError

    today = timezone.localdate()
    campaign = Campaign(
        site=site, title="x", opens_on=today, closes_on=today - datetime.timedelta(days=1)
    )
    with pytest.raises(ValidationError):
        campaign.full_clean()


def test_at_most_twelve_questions_are_asked(campaign, site, locales):
    from django.core.exceptions import ValidationError

    for number in range(MAX_QUESTIONS - Question.objects.source().count()):
        Question.objects.create(
            site=site, locale=locales["fr"], text=f"Q{number}", pictogram="help"
        )
    extra = Question(site=site, locale=locales["fr"], text="Une de trop", pictogram="help")
    with pytest.raises(ValidationError):
        extra.full_clean()


def test_the_director_opens_a_campaign_for_some_classes_then_closes_it(
    client, director, questionnaire, site
):
    """Through the admin: parents can answer from the day it opens, choosing among its classes,
    and no longer once the director ticks "closed"."""

    cm1 = SchoolClassFactory(name="CM1 B")
    SchoolClassFactory(name="CE2 A")
    client.force_login(director, backend="allauth.account.auth_backends.AuthenticationBackend")
    today = timezone.localdate()
    fields = {
        "site": site.pk,
        "title": "Nos familles et le numérique",
        "opens_on": today.isoformat(),
        "closes_on": (today + datetime.timedelta(days=20)).isoformat(),
        "classes": [cm1.pk],
    }
    response = client.post("/admin/partners_campaigns/new/", fields)
    assert response.status_code == 302, response.content.decode()[:2000]
    campaign = Campaign.objects.get()
    html = client.get(URL).content.decode()
    assert "CM1 B" in html and "CE2 A" not in html
    assert french("Send my answers") in html

    edited = client.post(
        f"/admin/partners_campaigns/edit/{campaign.pk}/", {**fields, "closed_early": "on"}
    )
    assert edited.status_code == 302
    html = client.get(URL).content.decode()
    assert french("No questionnaire is open at the moment. Thank you for coming.") in html

    backwards = {**fields, "closes_on": (today - datetime.timedelta(days=1)).isoformat()}
    refused = client.post(f"/admin/partners_campaigns/edit/{campaign.pk}/", backwards)
    assert refused.status_code == 200
    assert french("A campaign closes after it opens.") in refused.content.decode()
