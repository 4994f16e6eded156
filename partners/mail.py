"""Every email the partners app sends, in one place, through the shared outbox."""

from django.contrib.auth import get_user_model
from django.urls import reverse

from portal import notify, roles
from portal.notify import Address
from portal.schools import school_of


def question_to_staff(question, site):
    """A parent's new question, to the school's contact address (else to the Directors), outside
    the team's quiet hours."""
    school = school_of(site)
    context = {
        "question": question,
        "admin_url": school.absolute(reverse("partners_questions:edit", args=(question.pk,))),
    }
    if school.settings.email:
        recipients = [Address(school.settings.email, "fr")]
    else:
        recipients = get_user_model().objects.filter(groups__name=roles.DIRECTOR, is_active=True)
    return [
        notify.send_later(
            person,
            "partners/email/question",
            context,
            school=school,
            purpose="parent-question",
            obj=question,
        )
        for person in recipients
        if person.email
    ]


def answer_to_parent(question, site):
    """The team's personal answer, to the parent, in the language they asked in."""
    return notify.send_later(
        question,
        "partners/email/answer",
        {"question": question},
        school=school_of(question.site or site),
        purpose="parent-question-answer",
        obj=question,
    )
