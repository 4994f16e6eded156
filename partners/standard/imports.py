"""Reading a local mediation network's CSV file into partners: all of it or nothing.

The file is checked in three steps, each listing every problem it finds with its line and column:
its form (UTF-8 without byte order mark, commas), its columns, then each cell against the
standard's schema with Frictionless. Only a file without any problem is written, in one
transaction.
"""

import csv
import datetime
import io
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from wagtail.models import Locale

from .. import hours
from ..vocabulary import (
    ACCESS,
    FEES,
    LABELS,
    MOBILITY,
    MODES,
    PROGRAMMES,
    PUBLICS,
    SERVICES,
    SUPPORT,
)
from . import columns, required_columns, schema

MAX_BYTES = 2 * 1024 * 1024
MAX_ROWS = 2000
MAX_LISTED = 100
CLOSED_LISTS = {
    "services": SERVICES,
    "publics_specifiquement_adresses": PUBLICS,
    "prise_en_charge_specifique": SUPPORT,
    "frais_a_charge": FEES,
    "dispositif_programmes_nationaux": PROGRAMMES,
    "formations_labels": LABELS,
    "modalites_acces": ACCESS,
    "modalites_accompagnement": MODES,
    "itinerance": MOBILITY,
}


@dataclass
class Report:
    errors: list = field(default_factory=list)
    warnings: list = field(default_factory=list)
    created: int = 0
    updated: int = 0
    ignored_columns: list = field(default_factory=list)
    more_errors: int = 0

    def error(self, message):
        if len(self.errors) < MAX_LISTED:
            self.errors.append(message)
        else:
            self.more_errors += 1


def _at(line, column):
    return {"line": line, "column": column}


def _read_text(data, report):
    if len(data) > MAX_BYTES:
        report.error(
            _("The file is larger than %(size)d MB: split it in smaller files.")
            % {"size": MAX_BYTES // (1024 * 1024)}
        )
        return None
    if data.startswith(b"\xef\xbb\xbf"):
        report.error(
            _(
                "The file starts with an invisible byte order mark (BOM). Save it again as "
                "“CSV UTF-8” without BOM, or as plain UTF-8."
            )
        )
        return None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as problem:
        report.error(
            _(
                "The file is not written in UTF-8 (problem at byte %(position)d). Save it as CSV UTF-8."
            )
            % {"position": problem.start}
        )
        return None
    if not text.strip():
        report.error(_("The file is empty."))
        return None
    return text


def _read_header(text, report):
    first_line = text.splitlines()[0]
    if ";" in first_line and "," not in first_line:
        report.error(
            _(
                "The columns are separated by semicolons (;). The national standard separates them "
                "with commas (,): export the file again as CSV with commas."
            )
        )
        return None
    header = next(csv.reader([first_line]))
    header = [name.strip() for name in header]
    duplicates = sorted({name for name in header if header.count(name) > 1})
    for name in duplicates:
        report.error(_("The column “%(column)s” appears twice.") % {"column": name})
    missing = [name for name in required_columns() if name not in header]
    for name in missing:
        report.error(_("The required column “%(column)s” is missing.") % {"column": name})
    report.ignored_columns = [name for name in header if name and name not in columns()]
    return None if duplicates or missing else header


def _problem(error):
    """A Frictionless error told in the visitor's language."""
    kind = error.type
    name = getattr(error, "field_name", "") or ""
    value = getattr(error, "cell", "") or ""
    note = getattr(error, "note", "") or ""
    where = _at(getattr(error, "row_number", 0), name)
    if kind == "constraint-error" and '"required"' in note:
        return _("Line %(line)d, column “%(column)s”: a value is required.") % where
    if kind == "constraint-error" and '"pattern"' in note:
        params = {**where, "value": value}
        if name in CLOSED_LISTS:
            allowed = " | ".join(s for _c, s, _l in CLOSED_LISTS[name].entries)
            return _(
                "Line %(line)d, column “%(column)s”: “%(value)s” is not in the standard's list "
                "(%(allowed)s). Separate several values with |."
            ) % {**params, "allowed": allowed}
        messages = {
            "code_postal": _(
                "Line %(line)d, column “%(column)s”: “%(value)s” is not a postcode (five digits)."
            ),
            "telephone": _(
                "Line %(line)d, column “%(column)s”: “%(value)s” is not a phone number in "
                "international form (+33 then the number without its first 0, no spaces)."
            ),
            "pivot": _(
                "Line %(line)d, column “%(column)s”: “%(value)s” is not a SIRET or RNA number "
                "(9 to 14 letters or digits)."
            ),
            "code_insee": _(
                "Line %(line)d, column “%(column)s”: “%(value)s” is not a town code (INSEE)."
            ),
        }
        message = messages.get(
            name,
            _(
                "Line %(line)d, column “%(column)s”: “%(value)s” does not follow the standard's form."
            ),
        )
        return message % params
    if kind == "constraint-error" and '"maxLength"' in note:
        return _("Line %(line)d, column “%(column)s”: the text is too long.") % where
    if kind in ("unique-error", "primary-key"):
        return _(
            "Line %(line)d, column “%(column)s”: “%(value)s” is already used on another line: "
            "each place needs its own identifier."
        ) % {**where, "column": name or "id", "value": value}
    if kind == "type-error":
        if name == "date_maj":
            return _(
                "Line %(line)d, column “%(column)s”: “%(value)s” is not a date written YYYY-MM-DD."
            ) % {**where, "value": value}
        return _("Line %(line)d, column “%(column)s”: “%(value)s” is not a number.") % {
            **where,
            "value": value,
        }
    if kind == "missing-cell":
        return _("Line %(line)d has fewer cells than there are columns.") % where
    if kind == "extra-cell":
        return _("Line %(line)d has more cells than there are columns.") % where
    if kind == "blank-row":
        return _("Line %(line)d is empty.") % where
    return _("Line %(line)d: this line does not follow the national standard.") % where


def _check_cells(data, report):
    """Every cell against the standard's schema, with Frictionless (columns matched by name)."""
    from frictionless import Dialect, Resource, Schema
    from frictionless.formats import CsvControl

    resource = Resource(
        data=data,
        format="csv",
        encoding="utf-8",
        # Columns are matched by name; missing optional ones and extra ones are checked above.
        schema=Schema.from_descriptor({**schema(), "fieldsMatch": "partial"}),
        dialect=Dialect(controls=[CsvControl(delimiter=",")]),
    )
    found = resource.validate(limit_errors=MAX_LISTED + 1)
    for task in found.tasks:
        for error in task.errors:
            report.error(_problem(error))


def check(data):
    """(rows as dicts, Report) for the file's bytes; rows is empty when the report has errors."""
    report = Report()
    text = _read_text(data, report)
    if text is None:
        return [], report
    header = _read_header(text, report)
    if header is None:
        return [], report
    rows = list(csv.DictReader(io.StringIO(text)))
    if len(rows) > MAX_ROWS:
        report.error(_("The file has more than %(count)d places.") % {"count": MAX_ROWS})
        return [], report
    if not rows:
        report.error(_("The file has a header but no place."))
        return [], report
    _check_cells(data, report)
    return ([] if report.errors else rows), report


def _decimal(text):
    try:
        return Decimal(text).quantize(Decimal("0.000001")) if text else None
    except InvalidOperation:
        return None


def _apply(partner, row):
    get = lambda name: (row.get(name) or "").strip()  # noqa: E731
    partner.identifier = get("id")
    partner.pivot = get("pivot")
    partner.name = get("nom")
    partner.town = get("commune")
    partner.postcode = get("code_postal")
    partner.insee_code = get("code_insee")
    partner.address = get("adresse")
    partner.address_complement = get("complement_adresse")
    partner.latitude = _decimal(get("latitude"))
    partner.longitude = _decimal(get("longitude"))
    partner.structure_types = get("typologie")
    partner.phone = get("telephone")
    partner.emails = get("courriels")
    partner.websites = get("site_web")
    partner.opening_hours = get("horaires")
    partner.summary = get("presentation_resume")
    partner.details = get("presentation_detail")
    partner.data_source = get("source")
    partner.mobility = MOBILITY.from_standard(get("itinerance"))
    partner.parent_organisation = get("structure_parente")
    partner.updated_on = datetime.date.fromisoformat(get("date_maj"))
    partner.keep_updated_on = True
    partner.services = SERVICES.from_standard(get("services"))
    partner.publics = PUBLICS.from_standard(get("publics_specifiquement_adresses"))
    partner.specific_support = SUPPORT.from_standard(get("prise_en_charge_specifique"))
    partner.fees = FEES.from_standard(get("frais_a_charge"))
    partner.programmes = PROGRAMMES.from_standard(get("dispositif_programmes_nationaux"))
    partner.labels = LABELS.from_standard(get("formations_labels"))
    partner.other_labels = get("autres_formations_labels")
    partner.access_modes = ACCESS.from_standard(get("modalites_acces"))
    partner.support_modes = MODES.from_standard(get("modalites_accompagnement"))
    partner.accessibility_url = get("fiche_acces_libre")
    partner.appointment_url = get("prise_rdv")


def _model_errors(problem, line):
    for name, messages in problem.message_dict.items():
        for message in messages:
            yield _("Line %(line)d, field “%(column)s”: %(message)s") % {
                "line": line,
                "column": name,
                "message": message,
            }


def import_file(data, site, kind):
    """Check the file, then create or update the school's partners from it, all or nothing.

    Places are matched on the standard's `id`: importing the same file twice changes nothing.
    """
    from ..models import Partner

    rows, report = check(data)
    if report.errors:
        return report
    french = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
    existing = {
        p.identifier: p
        for p in Partner.objects.of_school(site).filter(locale=french).exclude(identifier="")
    }
    partners = []
    for line, row in enumerate(rows, start=2):
        partner = existing.get((row.get("id") or "").strip()) or Partner(
            site=site, locale=french, kind=kind
        )
        _apply(partner, row)
        try:
            partner.full_clean(exclude=["slug"], validate_unique=False, validate_constraints=False)
        except ValidationError as problem:
            for message in _model_errors(problem, line):
                report.error(message)
            continue
        if partner.opening_hours and hours.parse(partner.opening_hours) is None:
            report.warnings.append(
                _(
                    "Line %(line)d: the opening hours “%(hours)s” cannot be read; they are shown to "
                    "families as written."
                )
                % {"line": line, "hours": partner.opening_hours}
            )
        partners.append(partner)
    if report.errors:
        return report
    with transaction.atomic():
        for partner in partners:
            if partner.pk:
                report.updated += 1
            else:
                report.created += 1
            partner.save()
    return report


__all__ = ["Report", "check", "import_file", "schema"]
