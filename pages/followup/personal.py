"""What the follow-up holds about a person: their comments on reviews, and the decisions they
recorded (kept without their name when the account goes: the plan's history needs them)."""

from .models import ReviewComment, ReviewDecision


def export_comments(user):
    return {
        "comments": [
            {"review": comment.review.title, "comment": comment.body, "at": comment.created_at}
            for comment in ReviewComment.objects.filter(author=user).select_related("review")
        ],
        "decisions": list(
            ReviewDecision.objects.filter(decided_by=user).values(
                "review__title", "kind", "action_title", "status", "note", "created_at"
            )
        ),
    }


def erase_comments(user):
    ReviewComment.objects.filter(author=user).delete()
    ReviewDecision.objects.filter(decided_by=user).update(decided_by=None)
