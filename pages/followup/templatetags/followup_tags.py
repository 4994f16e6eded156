from django import template
from django.conf import settings
from django.utils.html import format_html

from pages.followup import periods

register = template.Library()


@register.filter
def quarter_short(number):
    return periods.quarter_short(number)


@register.filter
def ltr(value):
    """Numbers and dashes kept left to right in a right-to-left sentence (2026–2027 would read
    2027–2026 in Arabic)."""
    return format_html('<bdi dir="ltr">{}</bdi>', value)


@register.filter
def figure(row, value):
    """A figure of `row`'s indicator as people may read it ("fewer than 5" for few families)."""
    return row.shown(value)


@register.inclusion_tag("followup/includes/plan_summary.html", takes_context=True)
def action_plan_summary(context):
    """The action plan's summary for every family, for the parents' space (the plan itself is
    private; its summary names no family)."""
    from portal.schools import school_of

    from ..reviews import plan_of

    request = context.get("request")
    plan = plan_of(school_of(request).site) if request is not None else None
    if plan is not None and not plan.live:
        plan = None
    return {"plan": plan, "LANGUAGE_CODE": settings.LANGUAGE_CODE}


@register.simple_tag(takes_context=True)
def review_of_meeting(context, event):
    """The quarterly review a meeting of the agenda is for, for those who may read it (the
    review is private: others do not learn it exists)."""
    from portal import roles

    from ..models import QuarterlyReviewPage

    request = context.get("request")
    if request is None or not roles.has_role(
        request.user, roles.DIRECTOR, roles.TEACHER, roles.REPRESENTATIVE
    ):
        return None
    source = getattr(event, "source", event)
    return QuarterlyReviewPage.objects.filter(meeting=source, live=True).first()
