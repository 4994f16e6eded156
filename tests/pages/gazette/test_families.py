"""What families do without an account: subscribe (double opt-in), confirm, confirm reading a
section, unsubscribe; and every wrong input or damaged link gives a clear page, never a 500."""

import re
import time

from django.core import mail, signing

import pytest

from pages.gazette.models import Acknowledgement, Delivery, GazetteSubscription
from portal.notify import links
from tests.i18n import french
from tests.pages.gazette.factories import (
    GazettePageFactory,
    GazetteSubscriptionFactory,
    sections,
)

pytestmark = pytest.mark.django_db


def _link(message, kind):
    return re.search(rf"http://testserver(/\w+/gazette/{kind}/\S+)", message.body).group(1)


def _subscribe(client, email="samira@example.org", language="fr", classes=()):
    return client.post(
        "/fr/gazette/subscribe/",
        {"email": email, "language": language, "classes": [c.pk for c in classes]},
    )


def test_subscribe_confirm_then_unsubscribe(client, archive, classes):
    response = _subscribe(client, language="ar", classes=[classes["CM1 B"]])
    assert response.status_code == 200
    assert "samira@example.org" in response.content.decode()
    (confirmation,) = mail.outbox
    assert confirmation.to == ["samira@example.org"]
    subscription = GazetteSubscription.objects.get()
    assert not subscription.confirmed
    confirm = _link(confirmation, "confirm")
    assert confirm.startswith("/ar/")
    assert client.get(confirm).status_code == 200
    assert not GazetteSubscription.objects.get().confirmed  # a link scanner's GET is not enough
    client.post(confirm)
    subscription.refresh_from_db()
    assert subscription.confirmed
    assert list(subscription.classes.all()) == [classes["CM1 B"]]


def test_subscribing_twice_makes_no_duplicate_and_one_email_per_ten_minutes(client, archive):
    _subscribe(client)
    _subscribe(client, email="Samira@Example.org")
    assert GazetteSubscription.objects.count() == 1
    assert len(mail.outbox) == 1


def test_a_confirmed_address_gets_the_link_to_manage_it_not_a_new_confirmation(
    client, archive, site, classes
):
    subscription = GazetteSubscriptionFactory(
        site=site, email="samira@example.org", language="ar", classes=[classes["CP A"]]
    )
    response = _subscribe(client, language="tr", classes=[classes["CM2 A"]])
    assert response.status_code == 200  # the same answer: nobody learns who subscribed
    (message,) = mail.outbox
    assert "/gazette/manage/" in message.body and "/gazette/confirm/" not in message.body
    # Someone typing the address changes nothing; only the link in the mailbox can.
    subscription.refresh_from_db()
    assert subscription.language == "ar"
    assert list(subscription.classes.all()) == [classes["CP A"]]
    _subscribe(client)
    assert len(mail.outbox) == 1  # at most one each ten minutes


@pytest.mark.parametrize(
    "email", ["not-an-email", "", "a" * 100_000 + "@example.org", "<script>@x", "x@\x00.org"]
)
def test_a_wrong_email_keeps_the_form(client, archive, email):
    response = client.post("/fr/gazette/subscribe/", {"email": email, "language": "fr"})
    assert response.status_code == 200
    body = response.content.decode()
    assert 'role="alert"' in body
    assert GazetteSubscription.objects.count() == 0
    if email and len(email) < 100:
        assert 'value="' in body and "not-an-email" in body or email != "not-an-email"


def test_a_wrong_language_or_class_is_refused(client, archive):
    response = client.post(
        "/fr/gazette/subscribe/",
        {"email": "ok@example.org", "language": "xx", "classes": ["999", "abc"]},
    )
    assert response.status_code == 200
    assert 'role="alert"' in response.content.decode()
    assert GazetteSubscription.objects.count() == 0


@pytest.mark.parametrize("kind", ["confirm", "unsubscribe", "read"])
@pytest.mark.parametrize("token", ["garbage", "Wzk5OSw5OTk5OTk5OTk5XQ:abc", "x" * 5000])
def test_damaged_links_give_a_clear_page(client, archive, kind, token):
    path = f"/fr/gazette/{kind}/{token}/" + ("news-all/" if kind == "read" else "")
    for method in (client.get, client.post):
        response = method(path)
        assert response.status_code in (200, 400)
        if method is client.get:
            assert response.status_code == 400
            assert french("This link does not work") in response.content.decode()


def test_expired_and_misused_links_do_not_work(client, archive, site, monkeypatch):
    subscription = GazetteSubscriptionFactory(site=site, confirmed_at=None)
    token = links.make("gazette-confirm", subscription)
    # A confirmation link does not unsubscribe.
    assert client.get(f"/fr/gazette/unsubscribe/{token}/").status_code == 400
    later = time.time() + 401 * 86400
    monkeypatch.setattr(time, "time", lambda: later)
    assert client.post(f"/fr/gazette/confirm/{token}/").status_code == 400
    subscription.refresh_from_db()
    assert not subscription.confirmed
    assert signing  # the signer is the site's one scheme


def test_acknowledging_from_the_email_counts_once_for_the_family_classes(
    client, archive, classes, site
):
    subscription = GazetteSubscriptionFactory(site=site, classes=[classes["CP A"]])
    issue = GazettePageFactory(parent=archive, sections=sections([classes["CP A"]]), live=False)
    issue.save_revision().publish()
    delivery = Delivery.objects.get(subscription=subscription)
    (sent,) = mail.outbox
    read = _link(sent, "read")
    assert read.endswith("/news-all/")
    assert client.get(read).status_code == 200
    assert Acknowledgement.objects.count() == 0
    client.post(read)
    client.post(read)
    (ack,) = Acknowledgement.objects.all()
    assert (ack.delivery, list(ack.classes.all())) == (delivery, [classes["CP A"]])
    # A section that asks nothing cannot be acknowledged.
    token = read.split("/")[-3]
    assert client.get(f"/fr/gazette/read/{token}/events/").status_code == 400


def test_acknowledging_from_the_page_asks_only_the_class(client, archive, classes):
    issue = GazettePageFactory(parent=archive)
    page = client.get(issue.url).content.decode()
    assert f"/fr/gazette/{issue.pk}/read/news-all/" in page
    refused = client.post(f"/fr/gazette/{issue.pk}/read/news-all/", {"school_class": "nope"})
    assert refused.status_code == 400
    client.post(f"/fr/gazette/{issue.pk}/read/news-all/", {"school_class": classes["CM2 A"].pk})
    assert list(Acknowledgement.objects.get().classes.all()) == [classes["CM2 A"]]
    assert client.post(f"/fr/gazette/{issue.pk}/read/other/").status_code == 404


def test_the_events_section_is_left_out_when_nothing_is_coming(client, home, archive, site):
    """No "Coming up" heading over nothing, on the page nor in the email; it is back with an
    event in the agenda."""
    from tests.pages.events.factories import EventIndexPageFactory, EventPageFactory

    GazetteSubscriptionFactory(site=site)
    issue = GazettePageFactory(parent=archive, live=False)
    issue.save_revision().publish()
    (sent,) = mail.outbox
    html = sent.alternatives[0][0]
    assert "À venir" not in client.get(issue.url).content.decode()
    assert "À venir" not in sent.body and "À venir" not in html
    assert "Sortie au musée" in sent.body and "Sortie au musée" in html

    EventPageFactory(parent=EventIndexPageFactory(parent=home), title="Café des parents")
    page = client.get(issue.url).content.decode()
    assert "À venir" in page and "Café des parents" in page
