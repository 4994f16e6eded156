"""An issue going live reaches each confirmed subscriber once, through a real mail server: in
their language (or in French with a note), with only their classes' news, and a one-click
unsubscribe that mail programs can use (RFC 8058)."""

from django.core.management import call_command
from django.utils import timezone

import pytest

from pages.gazette.delivery import deliver
from pages.gazette.models import Delivery, GazetteSubscription
from portal.notify.models import Message
from tests.conftest import translate
from tests.pages.gazette.factories import (
    GazettePageFactory,
    GazetteSubscriptionFactory,
    sections,
)

pytestmark = pytest.mark.django_db(transaction=True)


def _run_due_tasks():
    """Time passes: whatever waits (quiet hours) is due now, and the worker runs it."""
    from django_tasks_db.models import DBTaskResult

    DBTaskResult.objects.update(run_after=timezone.now())
    call_command("db_worker", "--batch", "--no-startup-delay", "--no-reload", verbosity=0)


def _body(message, kind):
    return message.get_body(preferencelist=(kind,)).get_content()


def test_each_subscriber_gets_their_language_and_classes_once(mail_server, archive, classes):
    controller, inbox = mail_server
    controller.start()
    cp, cm1 = classes["CP A"], classes["CM1 B"]
    GazetteSubscriptionFactory(site=archive.get_site(), email="fr@example.org", classes=[cp])
    GazetteSubscriptionFactory(
        site=archive.get_site(), email="ar@example.org", language="ar", classes=[cm1]
    )
    GazetteSubscriptionFactory(
        site=archive.get_site(), email="tr@example.org", language="tr", classes=[cm1]
    )
    GazetteSubscriptionFactory(site=archive.get_site(), email="new@example.org", confirmed_at=None)
    issue = GazettePageFactory(parent=archive, sections=sections([cp, cm1]), live=False)
    translate(issue, "ar", title="جريدة نوفمبر", plain_words="رحلة إلى المتحف يوم الخميس.")
    issue.save_revision().publish()
    _run_due_tasks()
    _run_due_tasks()

    assert sorted(m["To"] for m in inbox.messages) == [
        "ar@example.org",
        "fr@example.org",
        "tr@example.org",
    ]
    (french,) = inbox.to("fr@example.org")
    text, html = _body(french, "plain"), _body(french, "html")
    assert "Piscine le mardi pour la CP A" in text and "CM1 B" not in text
    assert "Sortie au musée" in html and 'style="' in html and "<style" not in html
    assert french["Content-Language"] == "fr"

    (arabic,) = inbox.to("ar@example.org")
    assert "جريدة نوفمبر" in arabic["Subject"]
    assert 'dir="rtl"' in _body(arabic, "html")
    assert "CM1 B" in _body(arabic, "plain") and "CP A" not in _body(arabic, "plain")

    (turkish,) = inbox.to("tr@example.org")
    assert "Gazette de novembre" in turkish["Subject"]  # no Turkish issue: the French one
    assert turkish["Content-Language"] == "tr"
    # … with a note in Turkish that it is in French.
    assert "Fransızca" in _body(turkish, "plain")

    unsubscribe = french["List-Unsubscribe"].strip().strip("<>")
    assert french["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert unsubscribe.startswith("http://testserver/fr/gazette/unsubscribe/")

    # Publishing again, or the task running again, sends nothing more.
    issue.save_revision().publish()
    deliver(issue.pk)
    _run_due_tasks()
    assert len(inbox.messages) == 3
    assert Delivery.objects.count() == 3

    # A mail program unsubscribes in one click (RFC 8058: a POST without a form of ours).
    from django.test import Client

    response = Client(enforce_csrf_checks=True).post(
        unsubscribe.removeprefix("http://testserver"), {"List-Unsubscribe": "One-Click"}
    )
    assert response.status_code == 200
    assert not GazetteSubscription.objects.filter(email="fr@example.org").exists()


def test_a_server_that_fails_mid_batch_loses_nothing(mail_server, archive, classes):
    controller, inbox = mail_server
    for n in range(6):
        GazetteSubscriptionFactory(site=archive.get_site(), email=f"f{n}@example.org")
    issue = GazettePageFactory(parent=archive, live=False)
    issue.save_revision().publish()  # the server is down
    _run_due_tasks()
    assert inbox.messages == []
    assert Message.objects.filter(purpose="gazette", status="pending").count() == 6

    controller.start()
    _run_due_tasks()
    _run_due_tasks()
    assert sorted(m["To"] for m in inbox.messages) == [f"f{n}@example.org" for n in range(6)]
    assert len(set(inbox.peers)) == 1  # the batch went through one connection
    issue.save_revision().publish()
    _run_due_tasks()
    assert len(inbox.messages) == 6


def test_writing_an_issue_takes_as_many_queries_for_60_families_as_for_10(
    mail_server, archive, classes
):
    """Each language and set of classes is rendered once, and families are written in bulk."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def families(count, start):
        for n in range(start, start + count):
            GazetteSubscriptionFactory(
                site=archive.get_site(),
                email=f"f{n}@example.org",
                language=("fr", "ar")[n % 2],
                classes=[list(classes.values())[n % 3]],
            )

    counts = []
    for count, start in ((10, 0), (50, 10)):
        families(count, start)
        issue = GazettePageFactory(parent=archive, sections=sections(classes.values()), live=False)
        issue.save_revision().publish()  # the worker is not running: nothing written yet
        with CaptureQueriesContext(connection) as queries:
            assert deliver(issue.pk) == start + count
        counts.append(len(queries))
    assert counts[1] <= counts[0]  # the first run also fills caches (content types, settings)
    assert Message.objects.filter(purpose="gazette").count() == 10 + 60
