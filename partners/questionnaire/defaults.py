"""The default questions, written from the school guides' shared diagnosis: equipment at home,
connection, confidence with email and the school's tools, the help wanted, the preferred channel
and times, and the language spoken at home.

Their words are interface strings, so every language's catalogue carries them; `install()` writes
them as one translatable question per enabled language.
"""

from django.conf import settings
from django.db import transaction
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from wagtail.models import Locale

from portal.translatable import publish_as_the_admin_does

# (pictogram, multiple, question, hint, [(code, label, services, kinds, language)])
DEFAULT_QUESTIONS = [
    (
        "phone",
        False,
        _("Do you have a smartphone?"),
        _("A phone that goes on the internet."),
        [
            ("yes", _("Yes"), [], [], ""),
            ("no", _("No"), ["acces", "materiel"], [], ""),
        ],
    ),
    (
        "computer",
        False,
        _("Do you have a computer or a tablet at home?"),
        "",
        [
            ("yes", _("Yes"), [], [], ""),
            ("no", _("No"), ["acces", "materiel"], [], ""),
        ],
    ),
    (
        "printer",
        False,
        _("Do you have a printer at home?"),
        "",
        [
            ("yes", _("Yes"), [], [], ""),
            ("no", _("No"), ["acces"], [], ""),
        ],
    ),
    (
        "wifi",
        False,
        _("Do you have internet at home?"),
        "",
        [
            ("box", _("Yes, with a box or fibre"), [], [], ""),
            ("phone-only", _("Only on my phone"), ["acces"], [], ""),
            ("no", _("No"), ["acces"], [], ""),
        ],
    ),
    (
        "email",
        False,
        _("Are you at ease with email?"),
        "",
        [
            ("at-ease", _("Yes, at ease"), [], [], ""),
            ("a-little", _("A little"), ["outils"], ["mediation"], ""),
            ("not-at-all", _("Not at all"), ["outils"], ["mediation"], ""),
        ],
    ),
    (
        "school",
        False,
        _("Are you at ease with the school's online tools?"),
        _("The digital workspace, the school life book, online forms."),
        [
            ("at-ease", _("Yes, at ease"), [], [], ""),
            ("a-little", _("A little"), ["parentalite"], ["mediation"], ""),
            ("not-at-all", _("Not at all"), ["parentalite", "outils"], ["mediation"], ""),
        ],
    ),
    (
        "help",
        True,
        _("What help would you like?"),
        _("Choose as many as you like."),
        [
            ("email", _("Using email"), ["outils"], ["mediation"], ""),
            (
                "school-tools",
                _("Using the school's online tools"),
                ["parentalite"],
                ["mediation"],
                "",
            ),
            (
                "procedures",
                _("Doing procedures online"),
                ["demarches"],
                ["mediation", "social"],
                "",
            ),
            ("computer", _("Getting a computer at a low price"), ["materiel"], [], ""),
            ("homework", _("Help with my child's homework"), [], ["devoirs"], ""),
            ("screens", _("Children and screens"), ["parentalite"], ["parentalite"], ""),
            ("none", _("No help needed"), [], [], ""),
        ],
    ),
    (
        "channel",
        True,
        _("How do you prefer to receive news from school?"),
        _("Choose as many as you like."),
        [
            ("paper", _("On paper, in the school bag"), [], [], ""),
            ("phone", _("By phone or text message"), [], [], ""),
            ("email", pgettext_lazy("channel", "By email"), [], [], ""),
            ("in-person", _("By talking in person"), [], [], ""),
        ],
    ),
    (
        "clock",
        True,
        _("When are you free to come to school?"),
        _("Choose as many as you like."),
        [
            ("morning", _("In the morning, before school"), [], [], ""),
            ("noon", _("At lunchtime"), [], [], ""),
            ("after-school", _("After school"), [], [], ""),
            ("evening", _("In the evening, after 6 pm"), [], [], ""),
            ("saturday", _("On Saturday"), [], [], ""),
        ],
    ),
    (
        "language",
        True,
        _("Which languages do you speak at home?"),
        _("Choose as many as you like."),
        [
            ("fr", _("French"), [], [], "fr"),
            ("ar", _("Arabic"), [], [], "ar"),
            ("tr", _("Turkish"), [], [], "tr"),
            ("en", _("English"), [], [], "en"),
            ("es", _("Spanish"), [], [], "es"),
            ("pt", _("Portuguese"), [], [], "pt"),
            ("uk", _("Ukrainian"), [], [], "uk"),
            ("other", _("Another language"), [], [], ""),
        ],
    ),
]


@transaction.atomic
def install(site):
    """Give `site` the default questions in every enabled language, unless it has questions."""
    from .models import Choice, Question

    if site is None or Question.objects.of_school(site).exists():
        return []
    source_locale, _created = Locale.objects.get_or_create(language_code=settings.LANGUAGE_CODE)
    locales = [source_locale] + [
        Locale.objects.get_or_create(language_code=code)[0]
        for code, _name in settings.LANGUAGES
        if code != settings.LANGUAGE_CODE
    ]
    created = []
    for order, (pictogram, multiple, text, hint, choices) in enumerate(DEFAULT_QUESTIONS):
        source, source_choices = None, []
        for locale in locales:
            with translation.override(locale.language_code):
                question = Question(
                    site=site,
                    locale=locale,
                    text=str(text),
                    hint=str(hint),
                    pictogram=pictogram,
                    multiple=multiple,
                    sort_order=order,
                )
                if source is not None:
                    question.translation_key = source.translation_key
                question.save()
                for position, (code, label, services, kinds, language) in enumerate(choices):
                    choice = Choice(
                        question=question,
                        locale=locale,
                        code=code,
                        label=str(label),
                        services=services,
                        kinds=kinds,
                        language=language,
                        sort_order=position,
                    )
                    if source is not None:
                        choice.translation_key = source_choices[position].translation_key
                    choice.save()
                # Their words are the catalogues', already translated and reviewed: published
                # as the admin publishes, so that the admin shows them live.
                publish_as_the_admin_does(question)
                if source is None:
                    source = question
                    source_choices = list(question.choices.order_by("sort_order"))
            created.append(question)
    return created
