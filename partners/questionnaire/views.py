"""The questionnaire for parents: one page, every question optional, then the partners that
match at once. Nothing identifies the parent; a cookie only remembers that this browser answered."""

import datetime

from django.conf import settings
from django.db import transaction
from django.template.response import TemplateResponse
from django.utils import timezone

from wagtail.models import Locale, Site

from portal.classes.models import SchoolClass
from portal.models import SchoolSettings

from ..models import directory_for
from ..views import for_cards
from . import matching
from .forms import QuestionnaireForm
from .models import Answer, Campaign, Question, Response

COOKIE_PREFIX = "questionnaire-"


def cookie_name(campaign):
    return f"{COOKIE_PREFIX}{campaign.pk}"


def open_campaign(site):
    if site is None:
        return None
    today = timezone.now().astimezone(SchoolSettings.for_site(site).zone).date()
    return Campaign.objects.of_school(site).open_on(today).order_by("closes_on", "pk").first()


def questions_for(site, locale):
    """The asked questions in `locale` where translated (and the translation live), else in
    French, each with `source_pk`."""
    sources = list(
        Question.objects.of_school(site).live().source().asked().prefetch_related("choices")
    )
    translated = {}
    if locale.language_code != settings.LANGUAGE_CODE:
        translated = {
            q.translation_key: q
            for q in Question.objects.of_school(site)
            .live()
            .filter(locale=locale, translation_key__in=[s.translation_key for s in sources])
            .prefetch_related("choices")
        }
    shown = []
    for source in sources:
        question = translated.get(source.translation_key, source)
        question.source_pk = source.pk
        question.in_french = question is source and locale.language_code != settings.LANGUAGE_CODE
        shown.append(question)
    return shown


def _form(request, site, campaign, data=None):
    locale = Locale.get_active()
    classes = list(campaign.classes.all()) or list(SchoolClass.objects.of_school(site))
    return QuestionnaireForm(data, questions=questions_for(site, locale), classes=classes)


def questionnaire_context(request, page, form=None):
    site = Site.find_for_request(request)
    campaign = open_campaign(site)
    context = {"campaign": campaign, "already_answered": False, "form": None}
    if campaign is None:
        return context
    if request.COOKIES.get(cookie_name(campaign)):
        context["already_answered"] = True
    else:
        context["form"] = form or _form(request, site, campaign)
    context["directory"] = directory_for(site, Locale.get_active())
    return context


def answer(request, page):
    site = Site.find_for_request(request)
    campaign = open_campaign(site)
    if campaign is None or request.COOKIES.get(cookie_name(campaign)):
        context = page.get_context(request)
        return TemplateResponse(request, page.get_template(request), context, status=409)
    form = _form(request, site, campaign, request.POST)
    if not form.is_valid():
        context = page.get_context(request, form=form)
        return TemplateResponse(request, page.get_template(request), context, status=400)
    chosen = form.chosen()
    with transaction.atomic():
        response = Response.objects.create(
            campaign=campaign,
            school_class_id=form.cleaned_data.get("school_class"),
            language=Locale.get_active().language_code,
        )
        Answer.objects.bulk_create(
            Answer(response=response, question_id=question.source_pk, code=choice.code)
            for question, choices in chosen
            for choice in choices
        )
    locale = Locale.get_active()
    needs = matching.needs(choice for _question, choices in chosen for choice in choices)
    if locale.language_code != settings.LANGUAGE_CODE:
        # A parent who answers in Turkish is helped best by a place that speaks Turkish.
        needs.languages.add(locale.language_code)
    directory = directory_for(site, locale)
    partners = for_cards(matching.partners_for(needs, site, locale), request, site, directory)
    context = page.get_context(request)
    context.update({"answered": True, "partners": partners, "directory": directory})
    result = TemplateResponse(request, "partners/questionnaire_thanks.html", context)
    result.set_cookie(
        cookie_name(campaign),
        "1",
        max_age=int(datetime.timedelta(days=400).total_seconds()),
        httponly=True,
        samesite="Lax",
        secure=request.is_secure(),
    )
    return result
