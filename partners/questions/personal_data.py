"""What the site keeps about a person who asked the school a question with their email."""

from allauth.account.models import EmailAddress


def parents_questions(user):
    from .models import ParentQuestion

    addresses = {
        user.email,
        *EmailAddress.objects.filter(user=user).values_list("email", flat=True),
    }
    questions = ParentQuestion.objects.from_addresses(a for a in addresses if a)
    return list(
        questions.order_by("received_at").values(
            "text", "email", "language", "received_at", "status", "private_answer", "answered_at"
        )
    )
