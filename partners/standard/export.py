"""Partners as rows of the national standard's CSV. The team's contact person is never written."""

import csv

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
from . import columns


def _number(value):
    return "" if value is None else f"{value:f}".rstrip("0").rstrip(".")


def _support(partner):
    # Languages the team speaks are the standard's "foreign languages" support too.
    codes = list(partner.specific_support)
    spoken = set(partner.languages) - {"fr"}
    if "en" in spoken and "anglais" not in codes:
        codes.append("anglais")
    if spoken - {"en"} and "langues" not in codes:
        codes.append("langues")
    return SUPPORT.to_standard(codes)


def row(partner, source=""):
    return {
        "id": partner.identifier or f"passerelle-{partner.translation_key}",
        "pivot": partner.pivot,
        "nom": partner.name,
        "commune": partner.town,
        "code_postal": partner.postcode,
        "code_insee": partner.insee_code,
        "adresse": partner.address,
        "complement_adresse": partner.address_complement,
        "latitude": _number(partner.latitude),
        "longitude": _number(partner.longitude),
        "typologie": partner.structure_types,
        "telephone": partner.phone,
        "courriels": partner.emails,
        "site_web": partner.websites,
        "horaires": partner.opening_hours,
        "presentation_resume": partner.summary,
        "presentation_detail": partner.details,
        "source": partner.data_source or source,
        "itinerance": MOBILITY.to_standard(partner.mobility),
        "structure_parente": partner.parent_organisation,
        "date_maj": partner.updated_on.isoformat(),
        "services": SERVICES.to_standard(partner.services),
        "publics_specifiquement_adresses": PUBLICS.to_standard(partner.publics),
        "prise_en_charge_specifique": _support(partner),
        "frais_a_charge": FEES.to_standard(partner.fees),
        "dispositif_programmes_nationaux": PROGRAMMES.to_standard(partner.programmes),
        "formations_labels": LABELS.to_standard(partner.labels),
        "autres_formations_labels": partner.other_labels,
        "modalites_acces": ACCESS.to_standard(partner.access_modes),
        "modalites_accompagnement": MODES.to_standard(partner.support_modes),
        "fiche_acces_libre": partner.accessibility_url,
        "prise_rdv": partner.appointment_url,
    }


def write(partners, stream, source=""):
    """Write the standard's header and one row per partner to a text stream."""
    writer = csv.DictWriter(stream, fieldnames=columns(), lineterminator="\r\n")
    writer.writeheader()
    for partner in partners:
        writer.writerow(row(partner, source))
