"""Asking the school: no account, an email only for a personal answer, and a thank-you page."""

from django.template.response import TemplateResponse
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from wagtail.models import Site

from portal.models import SchoolSettings

from .. import mail
from . import limits
from .forms import AskForm
from .models import ParentQuestion


def questions_context(request, page, form=None):
    site = Site.find_for_request(request)
    return {
        "answered_questions": page.answered(),
        "form": form or AskForm(),
        "reply_delay_days": SchoolSettings.for_site(site).reply_delay_days if site else None,
    }


def ask(request, page):
    form = AskForm(request.POST)
    if not limits.allowed(request):
        form.is_valid()
        form.add_error(
            None, _("You have sent several questions in a short time. Please try again in an hour.")
        )
        return TemplateResponse(
            request, page.get_template(request), page.get_context(request, form=form), status=429
        )
    if not form.is_valid():
        return TemplateResponse(
            request, page.get_template(request), page.get_context(request, form=form), status=400
        )
    if form.is_robot():
        # Robots get the same thanks as people, and nothing is kept or sent.
        return TemplateResponse(
            request, "partners/question_thanks.html", {"page": page, "self": page}
        )
    site = Site.find_for_request(request)
    question = ParentQuestion.objects.create(
        site=site,
        text=form.cleaned_data["text"],
        email=form.cleaned_data["email"],
        language=get_language(),
    )
    mail.question_to_staff(question, site)
    return TemplateResponse(
        request,
        "partners/question_thanks.html",
        {"page": page, "self": page, "with_email": bool(question.email)},
    )
