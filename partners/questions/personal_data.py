"""What the site keeps about a person who asked the school a question with their email, and about
a partner's contact person whose address the team keeps."""

from allauth.account.models import EmailAddress


def _addresses(user):
    found = {user.email, *EmailAddress.objects.filter(user=user).values_list("email", flat=True)}
    return [address for address in found if address]


def parents_questions(user):
    from .models import ParentQuestion

    questions = ParentQuestion.objects.from_addresses(_addresses(user))
    return list(
        questions.order_by("received_at").values(
            "text", "email", "language", "received_at", "status", "private_answer", "answered_at"
        )
    )


def erase_parents_questions(user):
    """A question kept for a personal answer goes with the account; what was published in the FAQ
    was rewritten so that nobody can be recognised, and stays."""
    from .models import ParentQuestion

    ParentQuestion.objects.from_addresses(_addresses(user)).delete()


def partner_contacts(user):
    from partners.models import Partner

    return list(
        Partner.objects.filter(staff_contact_email__in=_addresses(user)).values(
            "name", "staff_contact_name", "staff_contact_phone", "staff_contact_email"
        )
    )


def erase_partner_contacts(user):
    from partners.models import Partner

    Partner.objects.filter(staff_contact_email__in=_addresses(user)).update(
        staff_contact_name="", staff_contact_phone="", staff_contact_email=""
    )
