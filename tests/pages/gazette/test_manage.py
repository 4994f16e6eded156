"""A subscriber sees and changes their gazette subscription (language, classes) or stops it:
signed in, from their profile; without an account, through the signed link of the gazette's
emails. Nobody reaches another family's subscription, and wrong input gives a clear answer."""

import re
import time

from django.core import mail

import pytest

from pages.gazette.models import GazetteSubscription
from portal.notify import links
from tests.factories import UserFactory
from tests.i18n import french
from tests.pages.gazette.factories import GazetteSubscriptionFactory

pytestmark = pytest.mark.django_db


def _form(subscription, language, classes=(), action="save"):
    prefix = f"s{subscription.pk}"
    return {
        "subscription": str(subscription.pk),
        "action": action,
        f"{prefix}-language": language,
        f"{prefix}-classes": [str(c.pk) for c in classes],
    }


@pytest.fixture
def samira(locales):
    return UserFactory(email="samira@example.org")


def test_the_profile_shows_the_subscription_language_and_classes(
    login_as, samira, archive, site, classes
):
    GazetteSubscriptionFactory(
        site=site, email="Samira@Example.org", language="ar", classes=[classes["CM1 B"]]
    )
    body = login_as(samira).get("/fr/accounts/profile/").content.decode()
    assert french("The gazette by email") in body
    assert "Samira@Example.org" in body and "العربية" in body and "CM1 B" in body
    assert "CP A" not in body
    assert "/fr/gazette/manage/" in body


def test_the_profile_offers_to_subscribe_when_not_subscribed(login_as, samira, archive, site):
    GazetteSubscriptionFactory(site=site, email="someone.else@example.org")
    body = login_as(samira).get("/fr/accounts/profile/").content.decode()
    assert french("You do not receive the gazette by email.") in body
    assert "someone.else@example.org" not in body
    assert "/fr/gazette/subscribe/" in body


def test_a_signed_in_parent_changes_language_and_classes(login_as, samira, archive, site, classes):
    subscription = GazetteSubscriptionFactory(
        site=site, user=samira, email="other.box@example.org", classes=[classes["CP A"]]
    )
    client = login_as(samira)
    response = client.post(
        "/fr/gazette/manage/", _form(subscription, "tr", [classes["CM1 B"], classes["CM2 A"]])
    )
    assert response.status_code == 302
    subscription.refresh_from_db()
    assert subscription.language == "tr"
    assert set(subscription.classes.all()) == {classes["CM1 B"], classes["CM2 A"]}
    body = client.get(response["Location"]).content.decode()
    assert french("Your choices for the gazette are saved.") in body
    assert subscription.confirmed  # changing choices keeps the subscription going


def test_a_signed_in_parent_unsubscribes_from_the_profile(login_as, samira, archive, site):
    subscription = GazetteSubscriptionFactory(site=site, email="samira@example.org")
    client = login_as(samira)
    response = client.post("/fr/gazette/manage/", _form(subscription, "fr", action="unsubscribe"))
    assert response.status_code == 302
    assert not GazetteSubscription.objects.exists()
    body = client.get("/fr/accounts/profile/").content.decode()
    assert french("You do not receive the gazette by email.") in body


def test_nobody_changes_another_familys_subscription(login_as, samira, archive, site, classes):
    other = GazetteSubscriptionFactory(
        site=site, email="karim@example.org", language="ar", classes=[classes["CP A"]]
    )
    client = login_as(samira)
    assert "karim@example.org" not in client.get("/fr/gazette/manage/").content.decode()
    for action in ("save", "unsubscribe"):
        response = client.post("/fr/gazette/manage/", _form(other, "tr", action=action))
        assert response.status_code == 404
    other.refresh_from_db()
    assert other.language == "ar" and list(other.classes.all()) == [classes["CP A"]]


def test_anonymous_visitors_are_sent_to_log_in(client, archive, site):
    subscription = GazetteSubscriptionFactory(site=site)
    assert client.get("/fr/gazette/manage/").status_code == 302
    response = client.post("/fr/gazette/manage/", _form(subscription, "tr", action="unsubscribe"))
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    assert GazetteSubscription.objects.filter(pk=subscription.pk, language="fr").exists()


@pytest.mark.parametrize(
    "changes",
    [
        {"language": "xx"},
        {"language": ""},
        {"language": "<script>alert(1)</script>"},
        {"language": "fr" * 50_000},
        {"classes": ["999999"]},
        {"classes": ["abc"]},
    ],
)
def test_wrong_choices_are_refused_and_nothing_changes(
    login_as, samira, archive, site, classes, changes
):
    subscription = GazetteSubscriptionFactory(
        site=site, email="samira@example.org", language="ar", classes=[classes["CP A"]]
    )
    data = _form(subscription, changes.get("language", "fr"))
    if "classes" in changes:
        data[f"s{subscription.pk}-classes"] = changes["classes"]
    response = login_as(samira).post("/fr/gazette/manage/", data)
    assert response.status_code == 400
    body = response.content.decode()
    assert 'role="alert"' in body and "<script>alert" not in body
    subscription.refresh_from_db()
    assert subscription.language == "ar" and list(subscription.classes.all()) == [classes["CP A"]]


@pytest.mark.parametrize("pk", ["", "abc", "-1", "9" * 40, "1 OR 1=1"])
def test_a_wrong_subscription_number_is_not_found(login_as, samira, archive, site, pk):
    GazetteSubscriptionFactory(site=site, email="samira@example.org")
    response = login_as(samira).post("/fr/gazette/manage/", {"subscription": pk, "action": "save"})
    assert response.status_code == 404
    assert GazetteSubscription.objects.count() == 1


def test_a_class_of_another_school_cannot_be_chosen(login_as, samira, archive, site, home):
    from wagtail.models import Site

    from tests.factories import SchoolClassFactory

    other_school = Site.objects.create(hostname="autre-ecole.example", port=80, root_page=home)
    elsewhere = SchoolClassFactory(site=other_school, name="CE1 ailleurs")
    subscription = GazetteSubscriptionFactory(site=site, email="samira@example.org")
    response = login_as(samira).post("/fr/gazette/manage/", _form(subscription, "fr", [elsewhere]))
    assert response.status_code == 400
    assert not subscription.classes.exists()


def _manage_link(subscription, language="fr"):
    return f"/{language}/gazette/manage/{links.make('gazette-manage', subscription)}/"


def test_the_emailed_link_manages_without_an_account(client, archive, site, classes):
    subscription = GazetteSubscriptionFactory(
        site=site, email="karim@example.org", language="ar", classes=[classes["CP A"]]
    )
    url = _manage_link(subscription, "ar")
    page = client.get(url)
    assert page.status_code == 200
    assert "karim@example.org" in page.content.decode()
    response = client.post(url, _form(subscription, "fr", [classes["CM2 A"]]))
    assert response.status_code == 302
    subscription.refresh_from_db()
    assert subscription.language == "fr"
    assert list(subscription.classes.all()) == [classes["CM2 A"]]
    response = client.post(url, _form(subscription, "fr", action="unsubscribe"))
    assert response.status_code == 200
    assert not GazetteSubscription.objects.exists()
    # The link of a subscription that is gone gives a clear page.
    assert client.get(url).status_code == 400


def test_a_manage_link_manages_only_its_own_subscription(client, archive, site, classes):
    mine = GazetteSubscriptionFactory(site=site, email="karim@example.org")
    theirs = GazetteSubscriptionFactory(site=site, email="lina@example.org", language="uk")
    response = client.post(_manage_link(mine), _form(theirs, "tr", action="unsubscribe"))
    assert response.status_code == 404
    response = client.post(_manage_link(mine), _form(theirs, "tr"))
    assert response.status_code == 404
    theirs.refresh_from_db()
    assert theirs.language == "uk"


@pytest.mark.parametrize("token", ["garbage", "Wzk5OSw5OTk5OTk5OTk5XQ:abc", "x" * 5000])
def test_a_damaged_manage_link_gives_a_clear_page(client, archive, site, token):
    subscription = GazetteSubscriptionFactory(site=site)
    for method in (client.get, client.post):
        response = method(f"/fr/gazette/manage/{token}/", _form(subscription, "tr"))
        assert response.status_code == 400
        assert french("This link does not work") in response.content.decode()
    subscription.refresh_from_db()
    assert subscription.language == "fr"


def test_other_links_and_expired_links_do_not_manage(client, archive, site, monkeypatch):
    subscription = GazetteSubscriptionFactory(site=site)
    unsubscribe = links.make("gazette-unsubscribe", subscription)
    assert client.get(f"/fr/gazette/manage/{unsubscribe}/").status_code == 400
    url = _manage_link(subscription)
    later = time.time() + 401 * 86400
    monkeypatch.setattr(time, "time", lambda: later)
    assert client.post(url, _form(subscription, "tr")).status_code == 400
    subscription.refresh_from_db()
    assert subscription.language == "fr"


def test_confirming_offers_the_link_to_manage(client, archive, classes):
    client.post("/fr/gazette/subscribe/", {"email": "nadia@example.org", "language": "fr"})
    confirm = re.search(r"http://testserver(/fr/gazette/confirm/\S+)", mail.outbox[0].body)
    body = client.post(confirm.group(1)).content.decode()
    manage = re.search(r'href="http://testserver(/fr/gazette/manage/[^"]+)"', body).group(1)
    assert client.get(manage).status_code == 200


def test_the_manage_page_names_the_address_once(client, archive, site):
    """From the emailed link: the address heads the subscription, and is not repeated below."""
    subscription = GazetteSubscriptionFactory(site=site, email="samira@example.org")
    token = links.make("gazette-manage", subscription)
    body = client.get(f"/fr/gazette/manage/{token}/").content.decode()
    assert body.count("samira@example.org") == 1
    assert french("Language of the gazette") in body
