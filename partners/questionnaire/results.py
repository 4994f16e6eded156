"""A campaign's figures: how many parents chose each answer, in all and per class.

Counts are exact here; every count shown to a person passes through `shown()`, so that a figure
under five never points at a family.
"""

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from django.conf import settings
from django.db.models import Count
from django.utils.translation import gettext as _

from wagtail.models import Locale

SMALL_COUNT = 5


def shown(count):
    """A count as people may read it: "fewer than 5" under five, else the number."""
    if count < SMALL_COUNT:
        return _("fewer than %(count)d") % {"count": SMALL_COUNT}
    return str(count)


@dataclass
class Line:
    code: str
    label: str
    count: int = 0
    by_class: dict = field(default_factory=dict)  # {class id: count}

    @property
    def hidden(self):
        return self.count < SMALL_COUNT

    @property
    def display(self):
        return shown(self.count)


@dataclass
class QuestionResult:
    question: object
    lines: list
    answered: int = 0  # responses with at least one answer to this question

    @property
    def key(self):
        return self.question.pk


@dataclass
class CampaignResults:
    campaign: object
    responses: int
    classes: list  # [(class, responses)]
    questions: list  # [QuestionResult]

    @property
    def responses_display(self):
        return shown(self.responses)


def results(campaign, language_code=None, school_class=None):
    """Every question's counts for `campaign`, with labels in `language_code` (default: the
    active language, else French). `school_class` keeps only that class's answers.

    Returns a CampaignResults: `.responses`, `.classes` [(class, count)], `.questions`
    [QuestionResult(question, lines=[Line(code, label, count, by_class)], answered)].
    """
    from portal.classes.models import SchoolClass

    from .models import Answer, Question, Response

    responses = Response.objects.filter(campaign=campaign)
    if school_class is not None:
        responses = responses.filter(school_class=school_class)
    total = responses.count()
    per_class = dict(
        responses.values_list("school_class")
        .annotate(n=Count("pk"))
        .values_list("school_class", "n")
    )
    classes = list(campaign.classes.all()) or list(SchoolClass.objects.of_school(campaign.site_id))
    class_counts = [(c, per_class.get(c.pk, 0)) for c in classes]

    answers = Answer.objects.filter(response__in=responses.values("pk"))
    counts = defaultdict(Counter)
    by_class = defaultdict(Counter)
    for question_id, code, class_id, n in answers.values_list(
        "question", "code", "response__school_class"
    ).annotate(n=Count("response", distinct=True)):
        counts[question_id][code] += n
        by_class[(question_id, code)][class_id] += n
    answered = dict(answers.values_list("question").annotate(n=Count("response", distinct=True)))

    labels = _labels(campaign.site_id, language_code)
    questions = Question.objects.of_school(campaign.site_id).source()
    asked = set(counts) | set(questions.filter(active=True).values_list("pk", flat=True))
    found = []
    for question in questions.filter(pk__in=asked).prefetch_related("choices"):
        names = labels.get(question.translation_key, {})
        lines = [
            Line(
                code=choice.code,
                label=names.get(choice.code, choice.label),
                count=counts[question.pk].get(choice.code, 0),
                by_class=dict(by_class[(question.pk, choice.code)]),
            )
            for choice in question.choices.all()
        ]
        question.display_text = names.get("", question.text)
        found.append(QuestionResult(question, lines, answered.get(question.pk, 0)))
    return CampaignResults(campaign, total, class_counts, found)


def _labels(site_id, language_code):
    """{question translation key: {"": question text, choice code: label}} in one language."""
    from .models import Question

    code = language_code or Locale.get_active().language_code
    if code == settings.LANGUAGE_CODE:
        return {}
    labels = {}
    questions = (
        Question.objects.of_school(site_id)
        .filter(locale__language_code=code)
        .prefetch_related("choices")
    )
    for question in questions:
        names = {choice.code: choice.label for choice in question.choices.all()}
        names[""] = question.text
        labels[question.translation_key] = names
    return labels
