"""Export and import in the national standard for places of digital mediation."""

import csv
import io
from pathlib import Path

from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import translation

import pytest
from frictionless import Resource, Schema

from partners.models import Partner
from partners.standard import columns, schema
from partners.standard.imports import import_file
from tests.i18n import french
from tests.partners.factories import PartnerFactory

pytestmark = pytest.mark.django_db

EXAMPLE = (Path(__file__).parent / "files" / "network-example.csv").read_bytes()
IMPORT = "/admin/partners_import/"


def frictionless_errors(data):
    resource = Resource(data=data, format="csv", schema=Schema.from_descriptor(schema()))
    report = resource.validate()
    return report.flatten(["rowNumber", "fieldName", "type"])


def test_the_copied_example_is_valid_for_frictionless():
    assert frictionless_errors(EXAMPLE) == []


def test_export_validates_against_the_national_schema(client, directory):
    """Every kind of partner the site can hold exports as a valid row of the standard."""
    PartnerFactory(
        name="Espace numérique, « Mermoz »",
        services=["outils", "acces", "materiel"],
        languages=["fr", "en", "tr"],
        fees=["gratuit", "payant"],
        support_modes=["atelier", "distance"],
        access_modes=["venir", "rdv"],
        mobility=["fixe"],
        publics=["familles"],
        programmes=["conseillers"],
        labels=["mes-papiers"],
        emails="accueil@mermoz.example|aide@mermoz.example",
        websites="https://mermoz.example/",
        latitude="45.735201",
        longitude="4.870200",
        insee_code="69388",
        details='Sur deux lignes\net des guillemets "doubles".',
    )
    PartnerFactory(name="Mairie", kind="mairie", services=[], languages=[], fees=[], phone="")
    PartnerFactory(name="Horaires libres", opening_hours="le lundi matin")
    response = client.get("/data/partners.csv")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert frictionless_errors(response.content) == []
    rows = list(csv.DictReader(io.StringIO(response.content.decode())))
    assert list(rows[0]) == columns()
    mermoz = next(r for r in rows if r["nom"].startswith("Espace"))
    assert mermoz["services"] == (
        "Maîtrise des outils numériques du quotidien|Accès internet et matériel informatique|"
        "Acquisition de matériel informatique à prix solidaire"
    )
    assert mermoz["telephone"] == "+33478000001"
    assert "Langues étrangères (anglais)" in mermoz["prise_en_charge_specifique"]


def test_export_holds_the_french_partners_once(client, directory, locales):
    partner = PartnerFactory(name="Relais")
    translated = partner.copy_for_translation(locales["ar"])
    translated.summary = "ملخص"
    translated.save()
    rows = list(csv.DictReader(io.StringIO(client.get("/data/partners.csv").content.decode())))
    assert [r["nom"] for r in rows] == ["Relais"]


def test_importing_the_standard_example_creates_the_place(site):
    report = import_file(EXAMPLE, site, "mediation")
    assert report.errors == []
    assert (report.created, report.updated) == (1, 0)
    place = Partner.objects.get(identifier="structure-1")
    assert place.name == "Anonymal"
    assert place.services == ["outils", "emploi", "loisirs"]
    assert place.fees == ["condition", "payant"]
    assert place.open_weekends
    again = import_file(EXAMPLE, site, "mediation")
    assert (again.created, again.updated) == (0, 1)
    assert Partner.objects.count() == 1


def _example_with(old, new):
    return EXAMPLE.replace(old.encode(), new.encode())


BAD_FILES = {
    "missing required column": (
        _example_with('"id","pivot","nom"', '"id","pivot","name"'),
        "The required column “%(column)s” is missing.",
        {"column": "nom"},
    ),
    "wrong postcode": (
        _example_with('"51100"', '"5110"'),
        "Line %(line)d, column “%(column)s”: “%(value)s” is not a postcode (five digits).",
        {"line": 2, "column": "code_postal", "value": "5110"},
    ),
    "wrong phone": (
        _example_with("+33180059880", "01 80 05 98 80"),
        "Line %(line)d, column “%(column)s”: “%(value)s” is not a phone number in international "
        "form (+33 then the number without its first 0, no spaces).",
        {"line": 2, "column": "telephone", "value": "01 80 05 98 80"},
    ),
    "value outside the closed list": (
        _example_with("Gratuit sous condition|Payant", "Gratuit|Pas cher"),
        None,
        None,
    ),
    "byte order mark": (
        b"\xef\xbb\xbf" + EXAMPLE,
        "The file starts with an invisible byte order mark (BOM). Save it again as “CSV UTF-8” "
        "without BOM, or as plain UTF-8.",
        {},
    ),
    "semicolon separator": (
        EXAMPLE.decode().splitlines()[0].replace(",", ";").encode() + b"\n",
        "The columns are separated by semicolons (;). The national standard separates them "
        "with commas (,): export the file again as CSV with commas.",
        {},
    ),
    "not utf-8": (EXAMPLE.decode().encode("latin-1"), None, None),
    "empty": (b"", "The file is empty.", {}),
    "header only": (EXAMPLE.decode().splitlines()[0].encode() + b"\n", None, None),
    "wrong date": (_example_with('"2024-04-02"', '"02/04/2024"'), None, None),
    "duplicate identifier": (
        EXAMPLE + EXAMPLE.decode().splitlines()[1].encode() + b"\n",
        None,
        None,
    ),
    "html and huge cell": (
        _example_with("Anonymal", "<script>alert(1)</script>" * 5000),
        None,
        None,
    ),
}


@pytest.mark.parametrize("name", list(BAD_FILES))
def test_an_invalid_file_is_refused_whole_with_its_errors(site, name):
    PartnerFactory(name="Déjà là", identifier="structure-1")
    data, message, params = BAD_FILES[name]
    with translation.override("fr"):
        report = import_file(data, site, "mediation")
    assert report.errors, name
    if message:
        assert french(message, **params) in report.errors
    assert Partner.objects.get().name == "Déjà là"


def test_import_errors_are_listed_in_the_directors_language(director_client, site):
    upload = SimpleUploadedFile("reseau.csv", BAD_FILES["wrong postcode"][0], "text/csv")
    response = director_client.post(IMPORT, {"file": upload, "site": site.pk, "kind": "mediation"})
    assert response.status_code == 400
    html = response.content.decode()
    assert french("The file was not imported") in html
    assert "code_postal" in html and "5110" in html
    assert not Partner.objects.exists()


def test_a_director_imports_a_file_from_the_admin(director_client, site):
    upload = SimpleUploadedFile("reseau.csv", EXAMPLE, "text/csv")
    response = director_client.post(IMPORT, {"file": upload, "site": site.pk, "kind": "devoirs"})
    assert response.status_code == 302
    assert Partner.objects.get().kind == "devoirs"


def test_frictionless_refuses_what_the_import_refuses():
    """Our reading of the schema agrees with the reference validator on the cell errors."""
    for name in ("wrong postcode", "wrong phone", "value outside the closed list", "wrong date"):
        assert frictionless_errors(BAD_FILES[name][0]), name
