from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import render


@login_required
def profile(request):
    return render(request, "account/profile.html", {})


@login_required
def export_data(request):
    raise Http404


@login_required
def delete_account(request):
    raise Http404


@login_required
def invite(request):
    raise Http404


def accept_invitation(request, token):
    raise Http404
