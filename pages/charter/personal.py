"""What the charter keeps about a person: their proposals, comments and supports, and whether
they were named to answer proposals or chosen as privileged representative, and whom they chose."""

from .models import CharterPage, Comment, Proposal, Support


def export_contributions(user):
    from pages.reps.models import PrivilegedChoice, RepresentativeAreaPage

    return {
        "proposals": list(
            Proposal.objects.filter(author=user).values(
                "kind", "anchor", "title", "text", "reason", "created_at", "state", "answer"
            )
        ),
        "comments": list(
            Comment.objects.filter(author=user).values("anchor", "text", "created_at")
        ),
        "supports": list(Support.objects.filter(person=user).values("proposal_id", "created_at")),
        "answers_proposals_of": list(
            CharterPage.objects.filter(answerer=user).values_list("title", flat=True)
        ),
        "choices_of_privileged_representative": list(
            PrivilegedChoice.objects.filter(voter=user).values(
                "area__title", "candidate__email", "chosen_at"
            )
        ),
        "privileged_representative_of": list(
            RepresentativeAreaPage.objects.filter(privileged_representative=user).values(
                "title", "privileged_contact"
            )
        ),
    }


def erase_contributions(user):
    """Proposals and comments are part of the charter's history: they stay, without their
    author. Supports are personal and go."""
    from pages.reps.models import PrivilegedChoice, RepresentativeAreaPage

    Proposal.objects.filter(author=user).update(author=None)
    Proposal.objects.filter(answered_by=user).update(answered_by=None)
    Comment.objects.filter(author=user).update(author=None)
    Support.objects.filter(person=user).delete()
    PrivilegedChoice.objects.filter(voter=user).delete()
    PrivilegedChoice.objects.filter(candidate=user).delete()
    CharterPage.objects.filter(answerer=user).update(answerer=None)
    RepresentativeAreaPage.objects.filter(privileged_representative=user).update(
        privileged_representative=None, privileged_contact=""
    )
