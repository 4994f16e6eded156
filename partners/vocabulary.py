"""The closed lists of the national mediation standard, and the school's own kinds of partner.

Each entry is (code, label in the standard's CSV, label shown to people). Codes are short and
stable: they appear in addresses (`?service=internet`) and in the database.
"""

from dataclasses import dataclass

from django.utils import translation
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


@dataclass(frozen=True)
class Vocabulary:
    entries: tuple  # ((code, standard label, label), ...)

    @property
    def choices(self):
        return [(code, label) for code, _standard, label in self.entries]

    def label(self, code):
        return next((label for c, _s, label in self.entries if c == code), code)

    def to_standard(self, codes):
        standard = {c: s for c, s, _label in self.entries}
        return "|".join(standard[code] for code in codes if code in standard)

    def from_standard(self, text):
        """Codes for a "|"-separated standard value; unknown labels are left out."""
        codes = {s: c for c, s, _label in self.entries}
        return [codes[part] for part in (text or "").split("|") if part in codes]


SERVICES = Vocabulary(
    (
        ("demarches", "Aide aux démarches administratives", _("Help with online procedures")),
        (
            "outils",
            "Maîtrise des outils numériques du quotidien",
            _("Everyday digital skills: email, phone, computer"),
        ),
        (
            "emploi",
            "Insertion professionnelle via le numérique",
            _("Finding work with digital tools"),
        ),
        ("securite", "Utilisation sécurisée du numérique", _("Staying safe online")),
        (
            "parentalite",
            "Parentalité et éducation avec le numérique",
            _("Parents, children and screens; the school's online tools"),
        ),
        ("loisirs", "Loisirs et créations numériques", _("Digital leisure and creation")),
        ("comprendre", "Compréhension du monde numérique", _("Understanding the digital world")),
        (
            "acces",
            "Accès internet et matériel informatique",
            _("Free use of internet, computers and a printer"),
        ),
        (
            "materiel",
            "Acquisition de matériel informatique à prix solidaire",
            _("Buying a computer at a low price"),
        ),
    )
)

PUBLICS = Vocabulary(
    (
        ("jeunes", "Jeunes", _("Young people")),
        ("etudiants", "Étudiants", _("Students")),
        ("familles", "Familles et/ou enfants", _("Families and children")),
        ("seniors", "Seniors", _("Older people")),
        ("femmes", "Femmes", _("Women")),
    )
)

SUPPORT = Vocabulary(
    (
        ("surdite", "Surdité", _("Deaf people")),
        ("moteur", "Handicaps moteurs", _("Physical disabilities")),
        ("mental", "Handicaps mentaux", _("Learning disabilities")),
        ("illettrisme", "Illettrisme", _("People who read little")),
        ("anglais", "Langues étrangères (anglais)", _("Other languages (English)")),
        ("langues", "Langues étrangères (autres)", _("Other languages (not English)")),
        ("visuel", "Déficience visuelle", _("Blind or partially sighted people")),
    )
)

FEES = Vocabulary(
    (
        ("gratuit", "Gratuit", _("Free")),
        ("condition", "Gratuit sous condition", _("Free under conditions")),
        ("payant", "Payant", _("Paid")),
    )
)

# Names of national programmes and labels: proper names, shown as the standard writes them.
PROGRAMMES = Vocabulary(
    tuple(
        (code, name, name)
        for code, name in (
            ("aidants-connect", "Aidants Connect"),
            ("bnr", "Bibliothèques numérique de référence"),
            ("pix", "Certification PIX"),
            ("conseillers", "Conseillers numériques"),
            ("emmaus", "Emmaüs Connect"),
            ("france-services", "France Services"),
            ("gen", "Grande école du numérique"),
            ("croix-rouge", "La Croix Rouge"),
            ("caf", "Point d'accès numérique CAF"),
            ("promeneurs", "Promeneurs du net"),
            ("relais-emmaus", "Relais numérique (Emmaüs Connect)"),
        )
    )
)

LABELS = Vocabulary(
    tuple(
        (code, name, name)
        for code, name in (
            ("mon-espace-sante", "Formé à « Mon Espace Santé »"),
            ("duplex", "Formé à « DUPLEX » (illettrisme)"),
            ("arnia", "Arnia/MedNum BFC (Bourgogne-Franche-Comté)"),
            ("reemploi", "Collectif ressources et acteurs réemploi (Normandie)"),
            ("etapes", "Étapes numériques(La Poste)"),
            ("fabriques", "Fabriques de Territoire"),
            ("eclaireurs", "Les Éclaireurs du numérique (Drôme)"),
            ("mes-papiers", "Mes Papiers (Métropole de Lyon)"),
            ("ordi", "ORDI 3.0"),
            ("sud-labs", "SUD LABS (PACA)"),
        )
    )
)

ACCESS = Vocabulary(
    (
        ("venir", "Se présenter", _("Come in")),
        ("telephoner", "Téléphoner", _("Call")),
        ("courriel", "Contacter par mail", _("Send an email")),
        ("rdv", "Prendre un RDV en ligne", _("Book online")),
        ("ferme", "Ce lieu n'accueille pas de public", _("Does not receive the public")),
        (
            "prescription",
            "Envoyer un mail avec une fiche de prescription",
            _("On referral by a professional"),
        ),
    )
)

MODES = Vocabulary(
    (
        ("autonomie", "En autonomie", _("On your own, with equipment at hand")),
        ("individuel", "Accompagnement individuel", _("One-to-one help")),
        ("atelier", "Dans un atelier collectif", _("Group workshops")),
        ("distance", "À distance", _("Remotely, by phone or video")),
    )
)

MOBILITY = Vocabulary(
    (
        ("fixe", "Fixe", _("At a fixed place")),
        ("itinerant", "Itinérant", _("Comes to you (mobile)")),
    )
)

KINDS = Vocabulary(
    (
        ("mediation", "", _("Digital help")),
        ("parentalite", "", _("Parenting support")),
        ("devoirs", "", _("Homework help")),
        ("social", "", _("Social support")),
        ("sante", "", _("Health")),
        ("mairie", "", _("Town services")),
        ("parents", "", pgettext_lazy("kind of partner", "Parents’ association")),
    )
)

# Languages a partner's team speaks: Django's own names where it has them (translated in every
# language), ours for the others.
_OWN_LANGUAGE_NAMES = {
    "lsf": (_("French Sign Language"), "Langue des signes française"),
    "ber": (_("Tamazight (Berber)"), "ⵜⴰⵎⴰⵣⵉⵖⵜ"),
    "wo": (_("Wolof"), "Wolof"),
    "bm": (_("Bambara"), "Bamanankan"),
    "ln": (_("Lingala"), "Lingála"),
    "so": (_("Somali"), "Soomaali"),
}
SPOKEN_LANGUAGES = (
    "fr",
    "ar",
    "ber",
    "tr",
    "en",
    "es",
    "pt",
    "it",
    "de",
    "ro",
    "pl",
    "ru",
    "uk",
    "sq",
    "hy",
    "ka",
    "fa",
    "ta",
    "vi",
    "zh-hans",
    "wo",
    "bm",
    "ln",
    "so",
    "lsf",
)


def language_label(code):
    """A language's name in the visitor's language."""
    if code in _OWN_LANGUAGE_NAMES:
        return _OWN_LANGUAGE_NAMES[code][0]
    try:
        return translation.get_language_info(code)["name_translated"]
    except KeyError:
        return code


def language_local_name(code):
    """A language's name in that language, as its speakers recognise it."""
    if code in _OWN_LANGUAGE_NAMES:
        return _OWN_LANGUAGE_NAMES[code][1]
    try:
        return translation.get_language_info(code)["name_local"]
    except KeyError:
        return code


def language_choices():
    return [(code, language_label(code)) for code in SPOKEN_LANGUAGES]


LANGUAGES = Vocabulary(tuple((code, "", code) for code in SPOKEN_LANGUAGES))
