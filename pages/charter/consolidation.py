"""Building the next draft from the accepted proposals, and adopting it as a new version."""

from django.db import transaction
from django.utils import timezone

from .models import CharterArticle, CharterPage, Proposal, ProposalKind, ProposalState, Status


def _publish(page, user):
    revision = page.save_revision(user=user, log_action=True)
    revision.publish(user=user)


@transaction.atomic
def consolidate(page, user):
    """Apply every accepted proposal not applied yet to the draft, in the order they were made,
    and publish the draft for the representatives to read. Returns how many were applied."""
    page = CharterPage.objects.select_for_update().get(pk=page.pk)
    draft = page.get_latest_revision_as_object()
    pending = list(
        Proposal.objects.filter(
            page=page, state=ProposalState.ACCEPTED, consolidated_at__isnull=True
        ).order_by("created_at")
    )
    articles = list(draft.articles.all())
    for proposal in pending:
        by_anchor = {article.anchor: article for article in articles}
        if proposal.kind == ProposalKind.CHANGE and proposal.anchor in by_anchor:
            by_anchor[proposal.anchor].text = proposal.text
        elif proposal.kind == ProposalKind.REMOVE and proposal.anchor in by_anchor:
            articles.remove(by_anchor[proposal.anchor])
        elif proposal.kind == ProposalKind.NEW:
            article = CharterArticle(
                locale_id=draft.locale_id, title=proposal.title, text=proposal.text
            )
            article.anchor = _free_anchor(article, by_anchor)
            articles.append(article)
    for position, article in enumerate(articles):
        article.sort_order = position  # a new article goes last, on every database
    draft.articles = articles
    _publish(draft, user)
    Proposal.objects.filter(pk__in=[p.pk for p in pending]).update(consolidated_at=timezone.now())
    return len(pending)


def _free_anchor(article, taken):
    from django.utils.text import slugify

    base = slugify(article.title)[:70] or "article"
    anchor, number = base, 2
    while anchor in taken:
        anchor, number = f"{base}-{number}", number + 1
    return anchor


@transaction.atomic
def adopt(page, user, *, adopted_on, adopted_by):
    """Publish the draft as adopted: the charter keeps it as a new version (versions.py)."""
    page = CharterPage.objects.select_for_update().get(pk=page.pk)
    draft = page.get_latest_revision_as_object()
    draft.status = Status.ADOPTED
    draft.adopted_on = adopted_on
    draft.adopted_by = adopted_by
    _publish(draft, user)
