"""What the representatives' area shows: minutes, the next meetings, the privileged
representative, and the charter's open consultation."""

from django.utils import timezone

from wagtail.documents import get_document_model

from pages.charter.models import CharterPage, Status
from pages.events.choices import Category
from pages.events.models import EventPage
from portal import roles
from portal.schools import school_of

from .models import MinutesPage

#: The meetings the representatives take part in: regulation (council), follow-up and review.
MEETINGS = (Category.COUNCIL, Category.FOLLOW_UP, Category.ELECTIONS)


def area_context(area, request):
    school = school_of(request)
    now = timezone.now()
    public = (
        EventPage.objects.in_language(area.locale)
        .in_site(school.site)
        .filter(category__in=MEETINGS)
        .upcoming(school.zone, 4, now=now)
    )
    # Their own meetings, private to them and the Director, whatever their kind.
    kept = (
        EventPage.objects.for_representatives(area.locale)
        .in_site(school.site)
        .upcoming(school.zone, 4, now=now)
    )
    meetings = sorted([*public, *kept], key=lambda occ: occ.start)[:4]
    charter = (
        CharterPage.objects.live()
        .filter(locale=area.locale, status=Status.CONSULTATION)
        .in_site(school.site)
        .first()
    )
    # The files kept for the representatives: the collections whose privacy lets them in.
    documents = (
        get_document_model()
        .objects.filter(collection__view_restrictions__groups__name=roles.REPRESENTATIVE)
        .distinct()
        .order_by("-created_at")[:20]
    )
    return {
        "documents": documents,
        "minutes": MinutesPage.objects.child_of(area).live().order_by("-date"),
        "meetings": meetings,
        "consultation": charter if charter and charter.consultation_open(now) else None,
        "zone": school.zone,
    }
