"""What the representatives' area shows: minutes, the next meetings, the privileged
representative, and the charter's open consultation."""

from django import forms
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from wagtail.documents import get_document_model

from pages.charter.models import CharterPage, Status
from pages.events.choices import Category
from pages.events.models import EventPage
from portal import roles
from portal.schools import school_of

from .models import MinutesPage, PrivilegedChoice

#: The meetings the representatives take part in: regulation (council), follow-up and review.
MEETINGS = (Category.COUNCIL, Category.FOLLOW_UP, Category.ELECTIONS)


class ChoiceForm(forms.Form):
    candidate = forms.ModelChoiceField(
        label=gettext_lazy("Who should be the team’s first contact?"),
        queryset=get_user_model().objects.none(),
        empty_label=None,
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["candidate"].queryset = (
            get_user_model()
            .objects.filter(groups__name=roles.REPRESENTATIVE, is_active=True)
            .order_by("first_name", "last_name", "pk")
        )
        self.fields["candidate"].label_from_instance = lambda user: (
            user.get_full_name() or user.email
        )


def choose(area, request):
    """A representative chooses (or changes) who they want as the privileged representative."""
    if not roles.has_role(request.user, roles.REPRESENTATIVE):
        raise PermissionDenied
    form = ChoiceForm(request.POST)
    if not form.is_valid():
        context = area.get_context(request, choice_form=form)
        return TemplateResponse(request, area.get_template(request), context, status=400)
    PrivilegedChoice.objects.update_or_create(
        area=area, voter=request.user, defaults={"candidate": form.cleaned_data["candidate"]}
    )
    messages.success(request, _("Your choice is recorded."))
    return redirect(area.url + "#privileged-title")


def area_context(area, request, choice_form=None):
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
    choosing = {}
    if roles.has_role(request.user, roles.REPRESENTATIVE) and not request.user.is_superuser:
        mine = PrivilegedChoice.objects.filter(area=area, voter=request.user).first()
        choosing = {
            "choice_form": choice_form
            or ChoiceForm(initial={"candidate": mine.candidate_id if mine else None}),
            "my_choice": mine,
        }
    return {
        **choosing,
        "privileged": area.privileged(),
        "chosen_by_representatives": area.chosen_by_representatives(),
        "documents": documents,
        "minutes": MinutesPage.objects.child_of(area).live().order_by("-date"),
        "meetings": meetings,
        "consultation": charter if charter and charter.consultation_open(now) else None,
        "zone": school.zone,
    }
