"""The demo's partners directory, digital questionnaire (a campaign with 60 answers) and parents'
questions with five answers in the FAQ, in French with Arabic and English translations."""

import datetime
import random
from decimal import Decimal

from django.utils import timezone

from wagtail.models import Page

from pages.home.models import ParentSpacePage
from partners.models import (
    Answer,
    AnsweredQuestionPage,
    Campaign,
    ParentQuestion,
    ParentQuestionsPage,
    Partner,
    PartnerIndexPage,
    Question,
    QuestionnairePage,
    Response,
)
from partners.questionnaire import defaults
from partners.questions.models import Status
from partners.questions.publishing import publish
from portal.classes.models import SchoolClass
from portal.translatable import publish_as_the_admin_does

from .partners_content import PAGES, PARTNERS, QUESTIONS

ANSWERS = 60


def _publish(page):
    page.save_revision().publish()
    return page


def _page(model, key, parent, locales):
    """The page under `parent`, in French then translated, created the first time only."""
    title, slug, intro = PAGES[key]["fr"]
    page = model.objects.child_of(parent).filter(locale=locales["fr"]).first()
    if page is None:
        page = model(title=title, slug=slug, intro=intro, locale=locales["fr"])
        parent.add_child(instance=page)
        _publish(page)
    for code, (title, slug, intro) in PAGES[key].items():
        if code == "fr" or code not in locales or page.get_translation_or_none(locales[code]):
            continue
        if parent.get_translation_or_none(locales[code]) is None:
            continue
        translated = page.copy_for_translation(locales[code], copy_parents=False, alias=False)
        translated = translated.specific
        translated.title, translated.slug, translated.intro = title, slug, intro
        translated.save()
        _publish(translated)
    return page


def _partners(site, locales):
    for (name, kind, pivot, address, phone, hours, services, languages, fees, modes, lat, lon,
         contact, summaries) in PARTNERS:  # fmt: skip
        partner = Partner.objects.filter(site=site, locale=locales["fr"], name=name).first()
        if partner is None:
            partner = Partner.objects.create(
                site=site,
                locale=locales["fr"],
                name=name,
                kind=kind,
                pivot=pivot,
                address=address,
                postcode="69008",
                town="Lyon",
                insee_code="69388",
                phone=phone,
                opening_hours=hours,
                services=services,
                languages=languages,
                fees=fees,
                support_modes=modes,
                access_modes=["venir", "telephoner"],
                latitude=Decimal(lat),
                longitude=Decimal(lon),
                summary=summaries["fr"],
                staff_contact_name=contact,
                data_source="Réseau de médiation numérique du 8e (démonstration)",
            )
        publish_as_the_admin_does(partner)
        for code in ("en", "ar"):
            if code not in locales:
                continue
            translated = partner.get_translation_or_none(locales[code])
            if translated is None:
                translated = partner.copy_for_translation(locales[code])
                translated.summary = summaries[code]
                translated.save()
            publish_as_the_admin_does(translated)


def _answers(campaign, site):
    """Sixty answers, the same at every run, spread over the classes."""
    rng = random.Random(8)  # noqa: S311 — demo figures, not secrets
    classes = list(SchoolClass.objects.of_school(site))
    questions = list(Question.objects.of_school(site).source().asked().prefetch_related("choices"))
    languages = ["fr"] * 6 + ["ar"] * 3 + ["tr"] * 2 + ["en", "pt", "uk"]
    day = campaign.opens_on
    for number in range(ANSWERS):
        response = Response.objects.create(
            campaign=campaign,
            school_class=classes[number % len(classes)] if classes and number % 7 else None,
            language=rng.choice(languages),
            answered_on=day + datetime.timedelta(days=number % 9),
        )
        rows = []
        for question in questions:
            choices = list(question.choices.all())
            if rng.random() < 0.08:
                continue  # some parents leave a question out
            picked = (
                rng.sample(choices, k=rng.randint(1, 2))
                if question.multiple
                else [choices[min(int(rng.expovariate(1.2)), len(choices) - 1)]]
            )
            rows += [Answer(response=response, question=question, code=c.code) for c in picked]
        Answer.objects.bulk_create(rows)


def _campaign(site):
    defaults.install(site)
    today = timezone.localdate()
    campaign = Campaign.objects.filter(site=site, title="Le numérique à la maison").first()
    if campaign is None:
        campaign = Campaign.objects.create(
            site=site,
            title="Le numérique à la maison",
            opens_on=today - datetime.timedelta(days=10),
            closes_on=today + datetime.timedelta(days=20),
        )
        campaign.classes.set(SchoolClass.objects.of_school(site))
    if not campaign.responses.exists():
        _answers(campaign, site)
    return campaign


def _faq(site, faq, locales):
    for asked, language, public_question, public_answer, translations in QUESTIONS:
        question = ParentQuestion.objects.filter(site=site, text=asked).first()
        if question is None:
            question = ParentQuestion.objects.create(
                site=site,
                text=asked,
                language=language,
                received_at=timezone.now() - datetime.timedelta(days=12),
                public_question=public_question,
                public_answer=public_answer,
            )
        if question.faq_page is None:
            publish(question)
            question.status = Status.PUBLISHED
            question.answered_at = timezone.now()
            question.save()
        page = question.faq_page
        for code, (text, answer) in translations.items():
            if code not in locales or page.get_translation_or_none(locales[code]) is not None:
                continue
            if faq.get_translation_or_none(locales[code]) is None:
                continue
            translated = page.copy_for_translation(locales[code], copy_parents=False, alias=False)
            translated = translated.specific
            translated.title = text
            translated.question = text
            translated.answer = f"<p>{answer}</p>"
            translated.save()
            _publish(translated)


def build(locales, home, site):
    """Create what is missing of the demo partners, questionnaire and FAQ."""
    space = ParentSpacePage.objects.child_of(home).filter(locale=locales["fr"]).first()
    parent = space or home
    _page(PartnerIndexPage, "directory", parent, locales)
    _page(QuestionnairePage, "questionnaire", parent, locales)
    faq = _page(ParentQuestionsPage, "faq", parent, locales)
    _partners(site, locales)
    _campaign(site)
    _faq(site, faq, locales)
    return Page.objects.type(AnsweredQuestionPage).count()
