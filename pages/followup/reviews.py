"""Opening the review of a quarter, and recording what it decides on the action plan."""

from django.db import transaction
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import override

from portal.roles import Refused

from . import indicators
from .models import (
    Action,
    ActionPlanPage,
    DecisionKind,
    QuarterlyReviewPage,
    ReviewDecision,
    Status,
)


def plan_of(site):
    """The school's action plan (in the source language), or None."""
    from django.conf import settings

    return (
        ActionPlanPage.objects.filter(
            path__startswith=site.root_page.path, locale__language_code=settings.LANGUAGE_CODE
        )
        .order_by("path")
        .first()
    )


@transaction.atomic
def open_review(school, period, user, meeting=None):
    """Freeze the figures of `period` into a new review under the school's plan. Refused when
    the school has no plan or the quarter already has its review."""
    from portal.schools import school_of

    school = school_of(school)
    plan = plan_of(school.site)
    if plan is None:
        raise Refused(_("Create the action plan first: reviews are kept under it."))
    # Lock the plan so that two directors opening the same review at once make only one.
    ActionPlanPage.objects.select_for_update().filter(pk=plan.pk).first()
    if QuarterlyReviewPage.already_reviewed(plan, period):
        raise Refused(_("This quarter already has its review."))
    figures = indicators.compute(school.site, period)
    # The page is the plan's language (French), whatever language the Director's admin speaks.
    with override(plan.locale.language_code):
        title = _("Review of the quarter %(quarter)s") % {"quarter": period.label}
    review = QuarterlyReviewPage(
        title=title,
        slug=slugify(f"bilan-{period.key}"),
        school_year=period.year,
        quarter=period.number,
        figures=figures.as_json(),
        meeting=meeting,
        owner=user,
    )
    plan.add_child(instance=review)
    review.save_revision(user=user).publish(user=user)
    # The meeting's page links back to the review for those who may read it (followup_tags).
    return review


@transaction.atomic
def record_decision(review, user, kind, action=None, title="", status="", note=""):
    """Record a decision and change the plan accordingly, as a new published revision of it (the
    plan's history shows who changed what, from which review)."""
    plan = review.get_parent().specific
    latest = plan.get_latest_revision_as_object()
    # Work on an explicit list: for a plan without draft, the relation is a database query.
    actions = list(latest.actions.all())
    if kind == DecisionKind.ADD:
        with override(plan.locale.language_code):
            owner = _("to be decided")
        actions.append(
            Action(
                title=title,
                owner=owner,
                status=Status.PLANNED,
                sort_order=len(actions),
            )
        )
        action_title = title
    else:
        if action is None:
            raise Refused(_("Choose the action this decision is about."))
        target = next((a for a in actions if a.pk == action.pk), None)
        if target is None:
            raise Refused(_("This action is no longer in the plan."))
        target.status = Status.DROPPED if kind == DecisionKind.DROP else status
        action_title = action.title
    latest.actions = actions
    revision = latest.save_revision(user=user, log_action=True)
    revision.publish(user=user)
    if kind == DecisionKind.ADD:
        action = Action.objects.filter(page=plan, title=title).order_by("-pk").first()
    return ReviewDecision.objects.create(
        review=review,
        kind=kind,
        action=action,
        action_title=action_title,
        status=Status.DROPPED if kind == DecisionKind.DROP else (status or Status.PLANNED),
        note=note,
        decided_by=user,
    )
