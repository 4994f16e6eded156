"""Putting an answered question in the FAQ: a page under the school's "questions from parents"
page, in French, that translators then bring into the other languages."""

from django.conf import settings
from django.utils.text import slugify

from wagtail.models import Locale

from ..models import pages_of_school
from .models import AnsweredQuestionPage, ParentQuestionsPage


class NoFAQPage(Exception):
    pass


def faq_page(site):
    return (
        pages_of_school(ParentQuestionsPage, site)
        .filter(locale=Locale.objects.get(language_code=settings.LANGUAGE_CODE))
        .first()
    )


def _title(text):
    words = " ".join(text.split())
    return words if len(words) <= 120 else words[:119] + "…"


def publish(question, user=None):
    """Create or update the question's FAQ page; publish it when `user` may publish there, else
    leave a draft for a Director. Returns whether it went live."""
    parent = faq_page(question.site)
    if parent is None:
        raise NoFAQPage
    may_publish = user is None or parent.permissions_for_user(user).can_publish_subpage()
    page = question.faq_page
    if page is None:
        page = AnsweredQuestionPage(
            title=_title(question.public_question),
            slug=f"{slugify(question.public_question)[:50] or 'question'}-{question.pk}",
            live=False,
        )
        page.question = question.public_question
        page.answer = _as_paragraphs(question.public_answer)
        parent.add_child(instance=page)
    else:
        page.title = _title(question.public_question)
        page.question = question.public_question
        page.answer = _as_paragraphs(question.public_answer)
    revision = page.save_revision(user=user)
    if may_publish:
        revision.publish(user=user)
    question.faq_page = page
    return may_publish


def _as_paragraphs(text):
    from django.utils.html import escape

    return "".join(f"<p>{escape(part.strip())}</p>" for part in text.split("\n\n") if part.strip())
