"""A PDF costs a fraction of a second of the server's time to make: it is made once per page
revision and language, and one client cannot make the server make many in a row."""

import pytest

from portal.notify import printing
from tests.i18n import french

pytestmark = pytest.mark.django_db


@pytest.fixture
def made(monkeypatch):
    """Counts the PDFs actually made."""
    calls = []
    real = printing.pdf

    def counting(*args, **kwargs):
        calls.append(args[0])
        return real(*args, **kwargs)

    monkeypatch.setattr(printing, "pdf", counting)
    return calls


def test_a_pdf_is_made_once_per_revision_and_language(client, make_resource, made):
    resource = make_resource(title="Les écrans avant de dormir")
    first = client.get(resource.url + "pdf/")
    second = client.get(resource.url + "pdf/", REMOTE_ADDR="203.0.113.9")
    assert first.content == second.content and first.content.startswith(b"%PDF")
    assert second["Content-Type"] == "application/pdf"
    assert len(made) == 1
    resource.title = "Les écrans, le soir"
    resource.save_revision().publish()
    client.get(resource.url + "pdf/")
    assert len(made) == 2


def test_one_client_cannot_make_pdfs_without_end(client, make_resource, made):
    resources = [make_resource(title=f"Fiche {n}") for n in range(12)]
    statuses = [client.get(resource.url + "pdf/").status_code for resource in resources]
    assert statuses[:10] == [200] * 10
    assert statuses[10:] == [429, 429]
    refused = client.get(resources[-1].url + "pdf/")
    assert (
        french(
            "Too many PDFs in a short time. Please print this page instead, or try again in a minute."
        )
        in refused.content.decode()
    )
    # Already made PDFs are still given.
    assert client.get(resources[0].url + "pdf/").status_code == 200
