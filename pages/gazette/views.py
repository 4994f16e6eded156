"""What families do without an account: subscribe, confirm, unsubscribe (one click, RFC 8058),
confirm they have read a section. Every signed link that does not work gives a clear page."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import IntegrityError, transaction
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt

from portal import ids
from portal.notify import links
from portal.notify.outbox import tell_if_delayed
from portal.schools import school_of

from . import delivery as sending
from .forms import ManageForm, PageAcknowledgeForm, SubscribeForm
from .models import Acknowledgement, Delivery, GazettePage, GazetteSubscription
from .subscriptions import subscribe as make_subscription


def _invalid_link(request):
    return TemplateResponse(request, "events/link_invalid.html", {}, status=400)


def _linked(purpose, token, queryset):
    try:
        return links.read(purpose, token, queryset)
    except links.Invalid:
        return None


def subscribe(request):
    school = school_of(request)
    user = request.user if request.user.is_authenticated else None
    initial = {"email": user.email} if user else {}
    form = SubscribeForm(request.POST or None, site=school.site, initial=initial)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        _sub, message = make_subscription(
            school, data["email"], data["language"], data["classes"], user=user
        )
        tell_if_delayed(request, message)
        return TemplateResponse(request, "gazette/subscribe_sent.html", {"email": data["email"]})
    return TemplateResponse(request, "gazette/subscribe.html", {"form": form})


def confirm(request, token):
    subscription = _linked(sending.CONFIRM, token, GazetteSubscription.objects.all())
    if subscription is None:
        return _invalid_link(request)
    if request.method == "POST" and not subscription.confirmed:
        GazetteSubscription.objects.filter(pk=subscription.pk, confirmed_at__isnull=True).update(
            confirmed_at=timezone.now()
        )
        subscription.refresh_from_db()
    return TemplateResponse(
        request,
        "gazette/confirm.html",
        {
            "subscription": subscription,
            "manage_url": sending.manage_url(school_of(request), subscription),
        },
    )


@csrf_exempt  # Mail programs POST here on the family's behalf (RFC 8058); the token is the proof.
def unsubscribe(request, token):
    subscription = _linked(sending.UNSUBSCRIBE, token, GazetteSubscription.objects.all())
    if subscription is None:
        return _invalid_link(request)
    if request.method == "POST":
        subscription.delete()
        return TemplateResponse(request, "gazette/unsubscribed.html", {})
    return TemplateResponse(request, "gazette/unsubscribe.html", {"subscription": subscription})


def _record(issue, section, classes, delivery=None):
    try:
        with transaction.atomic():
            ack = Acknowledgement.objects.create(issue=issue, section=section, delivery=delivery)
            ack.classes.set(classes)
    except IntegrityError:
        pass  # Confirmed already from this email: once is enough.


def acknowledge(request, token, section):
    found = _linked(
        sending.ACKNOWLEDGE, token, Delivery.objects.select_related("issue", "subscription")
    )
    if found is None:
        return _invalid_link(request)
    issue = found.issue
    block = next((b for b in issue.acknowledged_sections() if b.id == section), None)
    if block is None:
        return _invalid_link(request)
    done = Acknowledgement.objects.filter(delivery=found, section=section).exists()
    if request.method == "POST" and not done:
        classes = found.subscription.classes.all()
        if block.block_type == "class_news":
            classes = classes.filter(pk__in=[int(pk) for pk in block.value["classes"]])
        _record(issue, section, list(classes), found)
        done = True
    return TemplateResponse(
        request, "gazette/acknowledge.html", {"issue": issue, "block": block, "done": done}
    )


def acknowledge_on_page(request, page_id, section):
    """From the issue's page, without an email: the family says which class, nothing else."""
    issue = GazettePage.objects.live().public().filter(pk=page_id).first()
    if issue is None:
        raise Http404
    issue = issue.specific
    source = issue.source()
    block = next((b for b in source.acknowledged_sections() if b.id == section), None)
    if block is None:
        raise Http404
    form = PageAcknowledgeForm(request.POST or None, site=school_of(request).site)
    if request.method == "POST" and form.is_valid():
        _record(source, section, [form.cleaned_data["school_class"]])
        return TemplateResponse(
            request, "gazette/acknowledge.html", {"issue": issue, "block": block, "done": True}
        )
    if request.method == "POST":
        return TemplateResponse(
            request,
            "gazette/acknowledge.html",
            {"issue": issue, "block": block, "form": form, "done": False},
            status=400,
        )
    return redirect(issue.url)


def _change(request, subscriptions):
    """A POST on a manage page: save the language and classes of one of `subscriptions`, or
    unsubscribe it. Returns (subscription, bound form) when the form has errors, else None."""
    pk = ids.parse(request.POST.get("subscription"))
    subscription = subscriptions.filter(pk=pk).first() if pk is not None else None
    if subscription is None:
        raise Http404  # not one of theirs
    if request.POST.get("action") == "unsubscribe":
        subscription.delete()
        messages.success(request, _("You no longer receive the gazette by email."))
        return None
    form = ManageForm(request.POST, instance=subscription, prefix=f"s{subscription.pk}")
    if not form.is_valid():
        return subscription, form
    form.save()
    messages.success(request, _("Your choices for the gazette are saved."))
    return None


def _manage_page(request, subscriptions, status=200, invalid=None):
    forms = []
    for subscription in subscriptions:
        if invalid is not None and invalid[0].pk == subscription.pk:
            forms.append((subscription, invalid[1]))
        else:
            forms.append(
                (subscription, ManageForm(instance=subscription, prefix=f"s{subscription.pk}"))
            )
    return TemplateResponse(request, "gazette/manage.html", {"forms": forms}, status=status)


@never_cache
@login_required
def manage(request):
    """The signed-in family's subscriptions at this school (by account or by their address)."""
    school = school_of(request)
    theirs = (
        GazetteSubscription.objects.filter(site=school.site)
        .of_person(request.user)
        .prefetch_related("classes")
        .order_by("pk")
    )
    if request.method == "POST":
        invalid = _change(request, theirs)
        if invalid is None:
            return redirect("gazette:manage")
        return _manage_page(request, theirs, status=400, invalid=invalid)
    return _manage_page(request, theirs)


@never_cache
def manage_link(request, token):
    """The same, without an account: the signed link from the gazette's emails names one
    subscription."""
    school = school_of(request)
    subscriptions = GazetteSubscription.objects.filter(site=school.site)
    subscription = _linked(sending.MANAGE, token, subscriptions)
    if subscription is None:
        return _invalid_link(request)
    this = subscriptions.filter(pk=subscription.pk)
    if request.method == "POST":
        invalid = _change(request, this)
        if invalid is None:
            if not this.exists():
                return TemplateResponse(request, "gazette/unsubscribed.html", {})
            return redirect(request.path)
        return _manage_page(request, this, status=400, invalid=invalid)
    return _manage_page(request, this)
