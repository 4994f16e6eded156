"""The embedded SQLite database serves a web server with a task worker beside it, and a request
that fails halfway leaves nothing half-done."""

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from django.db import OperationalError

import pytest

from pages.events.models import RSVP, Booking
from tests.pages.events.factories import EventPageFactory, SlotFactory
from tests.pages.events.test_agenda import _at

BASE = Path(__file__).resolve().parents[2]
WRITERS, TIMES = 4, 40


def test_concurrent_writers_on_a_sqlite_file_all_succeed(tmp_path):
    """Four processes (think: the web server and the worker) read then write the same row at once:
    none fails with "database is locked", and no write is lost."""
    path = tmp_path / "passerelle.sqlite3"
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE counter (value INTEGER NOT NULL)")
        db.execute("INSERT INTO counter VALUES (0)")
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{path}"}
    writers = [
        subprocess.Popen(  # noqa: S603 — our own module
            [sys.executable, "-m", "tests.portal.sqlite_writers", str(TIMES)],
            cwd=BASE,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(WRITERS)
    ]
    results = [writer.communicate(timeout=180) for writer in writers]
    for writer, (out, err) in zip(writers, results, strict=True):
        assert writer.returncode == 0, err
        assert "journal_mode=wal" in out
    with sqlite3.connect(path) as db:
        assert db.execute("SELECT value FROM counter").fetchone()[0] == WRITERS * TIMES


pytestmark = pytest.mark.django_db


@pytest.fixture
def event(agenda):
    return EventPageFactory(
        parent=agenda, rsvp_enabled=True, capacity=10, start=_at(5), end=_at(5, 19)
    )


@pytest.fixture
def agenda(home):
    from tests.pages.events.factories import EventIndexPageFactory

    return EventIndexPageFactory(parent=home)


def _later_step_fails(*args, **kwargs):
    raise OperationalError("database is locked")


def test_an_answer_whose_request_fails_later_is_not_kept_half_done(
    client, event, parent, monkeypatch
):
    """The family sees an error page and answers again later: no answer (and no email about it)
    was kept behind their back, holding places they do not know about."""
    from portal.notify.models import Message

    # The answer is saved, then a later step of the same request fails (storing the "thank you"
    # message, as when the task worker held SQLite's lock).
    monkeypatch.setattr(
        "django.contrib.messages.storage.fallback.FallbackStorage.update", _later_step_fails
    )
    client.force_login(parent)  # answering for themselves: recorded at once, no code
    client.raise_request_exception = False
    response = client.post(
        event.url, {"name": "Samira Benali", "email": parent.email, "people": "2"}
    )
    assert response.status_code == 503  # a locked database: try again shortly
    assert not RSVP.objects.exists()
    assert not Message.objects.exists()


def test_a_booking_whose_request_fails_later_is_not_kept_half_done(
    client, home, teacher, monkeypatch
):
    slot = SlotFactory(host=teacher)
    monkeypatch.setattr(
        "django.contrib.messages.storage.fallback.FallbackStorage.update", _later_step_fails
    )
    client.raise_request_exception = False
    response = client.post(
        f"/fr/appointments/slot/{slot.pk}/",
        {"name": "Samira", "email": "samira@example.org", "child_class": "CP", "mode": "in-person"},
    )
    assert response.status_code == 503  # a locked database: try again shortly
    assert not Booking.objects.exists()


def test_a_wrong_answer_keeps_what_it_counted(client, event):
    """A 4xx answer is not a failure: what the request saved on purpose stays saved."""
    from pages.events import appointments
    from portal.notify import links

    slot = SlotFactory(host__email="prof@example.org")
    booking = Booking(name="Samira", email="samira@example.org", child_class="CP")
    appointments.book(slot, booking, confirmed=False)
    url = f"/fr/appointments/confirm/{links.make('booking', booking)}/"
    assert client.post(url, {"code": "000000"}).status_code == 400
    booking.refresh_from_db()
    assert booking.code_attempts == 1


def test_translate_this_page_works_in_one_transaction(client, home, director, locales):
    """wagtail-localize's "Translate this page" creates the Arabic draft and opens it."""
    from wagtail.models import Locale

    from tests.pages.home.factories import StandardPageFactory

    page = StandardPageFactory(parent=home, title="La cantine", slug="cantine")
    client.force_login(director)
    arabic = Locale.objects.get(language_code="ar")
    response = client.post(f"/admin/localize/submit/page/{page.pk}/", {"locales": [arabic.pk]})
    assert response.status_code == 302
    translated = page.get_translation_or_none(arabic)
    assert translated is not None
    assert response["Location"] == f"/admin/pages/{translated.pk}/edit/"
    assert client.get(response["Location"]).status_code == 200


def test_translate_this_page_that_fails_leaves_no_half_made_translation(
    client, home, director, locales, monkeypatch
):
    from wagtail.models import Locale, Page

    from tests.pages.home.factories import StandardPageFactory

    page = StandardPageFactory(parent=home, title="La cantine", slug="cantine")
    client.force_login(director)
    arabic = Locale.objects.get(language_code="ar")

    def locked(*args, **kwargs):
        raise OperationalError("database is locked")

    # The translation is made and its view has returned; then a later step of the same request
    # fails (here storing the "translation created" message), as when the task worker held
    # SQLite's lock: the translation must go with it, not stay half-made.
    monkeypatch.setattr("django.contrib.messages.storage.fallback.FallbackStorage.update", locked)
    client.raise_request_exception = False
    response = client.post(f"/admin/localize/submit/page/{page.pk}/", {"locales": [arabic.pk]})
    assert response.status_code == 503  # a locked database: try again shortly
    assert not Page.objects.filter(locale=arabic, translation_key=page.translation_key).exists()
