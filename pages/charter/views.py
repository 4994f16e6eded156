"""Reading the charter and its versions, and co-writing the next one in the front end: the
representatives propose, support and comment while a consultation is open; the director (or the
teacher named to answer) answers each proposal, consolidates the draft and adopts it."""

from datetime import timedelta

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.db import IntegrityError, transaction
from django.db.models import Count
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from portal import notify, roles
from portal.i18n import url_in_language
from portal.roles import Refused
from portal.schools import school_of

from . import consolidation
from .forms import AdoptForm, AnswerForm, CommentForm, ProposalForm
from .models import Comment, Proposal, ProposalKind, ProposalState, Status, Support
from .versions import articles_diff

#: Contributions one person may make in an hour, so that nobody floods the consultation.
PROPOSALS_PER_HOUR = 10
COMMENTS_PER_HOUR = 30

CLOSED = gettext_lazy(
    "The consultation is closed: proposals, comments and supports are no longer accepted. "
    "Everything said stays readable below."
)
ADOPTED = gettext_lazy("This charter is adopted: proposals open again with the next consultation.")


def may_answer(user, page):
    return roles.has_role(user, roles.DIRECTOR) or (
        page.answerer_id is not None and page.answerer_id == user.pk
    )


def may_take_part(user, page):
    return roles.has_role(user, roles.REPRESENTATIVE, roles.DIRECTOR) or may_answer(user, page)


def charter_context(page, request):
    versions = list(page.versions.only("number", "adopted_on", "adopted_by")[:2])
    return {
        "here": _here(page),
        "version": page.versions.first(),
        "previous_version": versions[1] if len(versions) > 1 else None,
        "takes_part": request.user.is_authenticated and may_take_part(request.user, page),
    }


def _render(request, page, template, context, status=200):
    full = page.get_context(request)
    full.update(context)
    return TemplateResponse(request, template, full, status=status)


def versions(request, page):
    return _render(request, page, "charter/versions.html", {"versions": page.versions.all()})


def _version_or_404(page, number):
    found = page.versions.filter(number=number).first()
    if found is None:
        raise Http404
    return found


def version(request, page, number):
    return _render(request, page, "charter/version.html", {"shown": _version_or_404(page, number)})


def diff(request, page, old, new):
    before, after = _version_or_404(page, old), _version_or_404(page, new)
    return _render(
        request,
        page,
        "charter/diff.html",
        {
            "before": before,
            "after": after,
            "entries": articles_diff(before.articles, after.articles),
        },
    )


def _gate(request, page):
    """Anonymous visitors are sent to sign in; only the people taking part go further."""
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    if not may_take_part(request.user, page):
        raise PermissionDenied
    return None


def draft_diff(request, page):
    """What the draft being worked on changes in the last adopted version."""
    refusal = _gate(request, page)
    if refusal:
        return refusal
    last = page.versions.first()
    return _render(
        request,
        page,
        "charter/diff.html",
        {
            "before": last,
            "after": None,
            "entries": articles_diff(last.articles if last else [], page.snapshot()),
        },
    )


def _refusal(page, now=None):
    if page.status == Status.ADOPTED:
        return ADOPTED
    if not page.consultation_open(now):
        return CLOSED
    return None


def _check_open(page):
    refusal = _refusal(page)
    if refusal:
        raise Refused(refusal)


def _check_rate(model, user, limit):
    since = timezone.now() - timedelta(hours=1)
    if model.objects.filter(author=user, created_at__gte=since).count() >= limit:
        raise Refused(
            _("You have written a lot in the last hour. Please wait a little, then try again.")
        )


def consultation(
    request,
    page,
    *,
    proposal_form=None,
    comment_forms=None,
    answer_forms=None,
    refusal=None,
    status=200,
):
    refused = _gate(request, page)
    if refused:
        return refused
    user = request.user
    articles = list(page.articles.all())
    proposals = list(
        page.proposals.select_related("author", "answered_by", "merged_into")
        .annotate(support_count=Count("supports"))
        .order_by("created_at")
    )
    supported = set(
        Support.objects.filter(proposal__page=page, person=user).values_list(
            "proposal_id", flat=True
        )
    )
    comments = list(page.comments.select_related("author"))
    comment_forms = comment_forms or {}
    answer_forms = answer_forms or {}
    answering = may_answer(user, page)
    for proposal in proposals:
        proposal.supported = proposal.pk in supported
        if answering and proposal.state == ProposalState.PENDING:
            proposal.answer_form = answer_forms.get(proposal.pk) or AnswerForm(
                others=[p for p in proposals if p.pk != proposal.pk], prefix=f"answer-{proposal.pk}"
            )
    for article in articles:
        article.proposals = [p for p in proposals if p.anchor == article.anchor]
        article.comment_list = [c for c in comments if c.anchor == article.anchor]
        article.comment_form = comment_forms.get(article.anchor) or CommentForm(
            prefix=f"comment-{article.anchor}"
        )
    known = {article.anchor for article in articles}
    return _render(
        request,
        page,
        "charter/consultation.html",
        {
            "articles": articles,
            "new_proposals": [p for p in proposals if p.anchor not in known],
            "proposal_form": proposal_form or ProposalForm(articles=articles),
            "is_open": page.consultation_open(),
            "closed_message": _refusal(page),
            "refusal": refusal,
            "answering": answering,
            "directing": roles.has_role(user, roles.DIRECTOR),
            "adopt_form": AdoptForm(
                initial={"adopted_on": timezone.localdate(), "adopted_by": page.adopted_by}
            ),
            "to_consolidate": sum(
                1
                for p in proposals
                if p.state == ProposalState.ACCEPTED and p.consolidated_at is None
            ),
            "zone": school_of(request).zone,
        },
        status=status,
    )


def _here(page):
    """The page's address in the visitor's language: someone reading the interface in Arabic
    stays in it, even on the French charter."""
    return url_in_language(page)


def _back(page, anchor=""):
    return redirect(f"{_here(page)}consultation/" + (f"#{anchor}" if anchor else ""))


def propose(request, page):
    refused = _gate(request, page)
    if refused:
        return refused
    if request.method != "POST":
        return _back(page, "propose")
    form = ProposalForm(request.POST, articles=page.articles.all())
    if not form.is_valid():
        return consultation(request, page, proposal_form=form)
    try:
        _check_open(page)
        _check_rate(Proposal, request.user, PROPOSALS_PER_HOUR)
    except Refused as error:
        return consultation(request, page, proposal_form=form, refusal=str(error), status=403)
    data = form.cleaned_data
    proposal = Proposal.objects.create(
        page=page,
        author=request.user,
        kind=data["kind"],
        anchor="" if data["kind"] == ProposalKind.NEW else data["anchor"],
        title=data["title"] if data["kind"] == ProposalKind.NEW else "",
        text="" if data["kind"] == ProposalKind.REMOVE else data["text"],
        reason=data["reason"],
    )
    messages.success(request, _("Thank you: your proposal is published for the others to read."))
    return _back(page, f"proposal-{proposal.pk}")


def comment(request, page, anchor):
    refused = _gate(request, page)
    if refused:
        return refused
    if not page.articles.filter(anchor=anchor).exists():
        raise Http404
    if request.method != "POST":
        return _back(page, anchor)
    form = CommentForm(request.POST, prefix=f"comment-{anchor}")
    if not form.is_valid():
        return consultation(request, page, comment_forms={anchor: form})
    try:
        _check_open(page)
        _check_rate(Comment, request.user, COMMENTS_PER_HOUR)
    except Refused as error:
        return consultation(
            request, page, comment_forms={anchor: form}, refusal=str(error), status=403
        )
    Comment.objects.create(
        page=page, anchor=anchor, author=request.user, text=form.cleaned_data["text"]
    )
    messages.success(request, _("Your comment is published."))
    return _back(page, anchor)


def support(request, page, pk):
    refused = _gate(request, page)
    if refused:
        return refused
    proposal = page.proposals.filter(pk=pk).first()
    if proposal is None:
        raise Http404
    if request.method != "POST":
        return _back(page, f"proposal-{pk}")
    try:
        _check_open(page)
    except Refused as error:
        return consultation(request, page, refusal=str(error), status=403)
    try:
        with transaction.atomic():
            Support.objects.create(proposal=proposal, person=request.user)
    except IntegrityError:
        messages.info(request, _("You already support this proposal: it counts once."))
    else:
        messages.success(request, _("Your support is counted."))
    return _back(page, f"proposal-{pk}")


def answer(request, page, pk):
    refused = _gate(request, page)
    if refused:
        return refused
    if not may_answer(request.user, page):
        raise PermissionDenied
    proposal = page.proposals.filter(pk=pk).select_related("author").first()
    if proposal is None:
        raise Http404
    if request.method != "POST":
        return _back(page, f"proposal-{pk}")
    others = page.proposals.exclude(pk=pk)
    form = AnswerForm(request.POST, others=others, prefix=f"answer-{pk}")
    if not form.is_valid():
        return consultation(request, page, answer_forms={pk: form})
    data = form.cleaned_data
    merged_into = others.filter(pk=data["merged_into"]).first() if data["merged_into"] else None
    # One answer per proposal: the update only applies while nobody has answered it yet, so a
    # second answer, or two people answering at once, leaves the first one standing.
    answered = Proposal.objects.filter(pk=pk, state=ProposalState.PENDING).update(
        state=data["state"],
        answer=data["answer"],
        merged_into=merged_into if data["state"] == ProposalState.MERGED else None,
        answered_by=request.user,
        answered_at=timezone.now(),
    )
    if not answered:
        return consultation(
            request,
            page,
            refusal=_("This proposal has already been answered: its answer stays as it was."),
            status=409,
        )
    proposal.refresh_from_db()
    if proposal.author:
        school = school_of(page)
        notify.send_later(
            proposal.author,
            "charter/email/answer",
            {"proposal": proposal, "page": page, "url": school.page_url(page) + "consultation/"},
            school=school,
            purpose="charter_answer",
            obj=proposal,
        )
    messages.success(request, _("Your answer is saved; the proposer will be told by email."))
    return _back(page, f"proposal-{pk}")


def _director_only(request, page):
    refused = _gate(request, page)
    if refused:
        return refused
    if not roles.has_role(request.user, roles.DIRECTOR):
        raise PermissionDenied
    if request.method != "POST":
        return _back(page)
    return None


def consolidate(request, page):
    refused = _director_only(request, page)
    if refused:
        return refused
    applied = consolidation.consolidate(page, request.user)
    messages.success(
        request,
        _("The draft now includes %(count)s accepted proposals. Adjust it, then adopt it.")
        % {"count": applied},
    )
    return _back(page)


def adopt(request, page):
    refused = _director_only(request, page)
    if refused:
        return refused
    form = AdoptForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Give the date and the body that adopted the charter."))
        return _back(page, "adopt")
    consolidation.adopt(page, request.user, **form.cleaned_data)
    messages.success(request, _("The charter is adopted and published as a new version."))
    page.refresh_from_db()
    versions_kept = list(page.versions.values_list("number", flat=True)[:2])
    if len(versions_kept) == 2:
        return redirect(f"{_here(page)}changes/{versions_kept[1]}/{versions_kept[0]}/")
    return redirect(_here(page))
