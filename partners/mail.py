"""Every email the partners app sends, in one place: each goes through `_send`."""

from django.contrib.auth import get_user_model

from portal import roles
from portal.models import SchoolSettings
from portal.notify.email import send_to


def _send(recipient, language, name, context):
    return send_to(
        recipient,
        language,
        f"partners/email/{name}_subject.txt",
        f"partners/email/{name}_body.txt",
        context,
    )


def question_to_staff(question, site):
    """A parent's new question, to the school's contact address (else to the Directors)."""
    from django.urls import reverse

    school = SchoolSettings.for_site(site)
    context = {
        "question": question,
        "school": school,
        "admin_url": _admin_url(reverse("partners_questions:edit", args=(question.pk,))),
    }
    if school.email:
        return [_send(school.email, "fr", "question", context)]
    directors = get_user_model().objects.filter(groups__name=roles.DIRECTOR, is_active=True)
    return [
        _send(person.email, person.language, "question", context)
        for person in directors.exclude(email="")
    ]


def answer_to_parent(question, site):
    """The team's personal answer, to the parent, in the language they asked in."""
    context = {"question": question, "school": SchoolSettings.for_site(site)}
    return _send(question.email, question.language, "answer", context)


def _admin_url(path):
    from django.conf import settings

    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path
