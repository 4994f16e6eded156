"""The moderation queue: staff read each question, answer it privately and/or publish it, edited
so that nobody can be recognised, to the parents' FAQ."""

from django import forms
from django.contrib import messages
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, ObjectList
from wagtail.admin.views.generic.models import EditView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.models import Site

from .. import mail
from .models import ParentQuestion, Status
from .publishing import NoFAQPage, publish


class AnswerForm(WagtailAdminModelForm):
    send_answer = forms.BooleanField(
        label=gettext_lazy("Send the personal answer by email now"), required=False
    )
    publish = forms.BooleanField(
        label=gettext_lazy("Publish the edited question and answer in the FAQ"), required=False
    )

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("send_answer"):
            if not self.instance.email:
                self.add_error("send_answer", _("This parent did not ask for a personal answer."))
            elif not (cleaned.get("private_answer") or "").strip():
                self.add_error("private_answer", _("Write the answer to send."))
        if cleaned.get("publish"):
            for name in ("public_question", "public_answer"):
                if not (cleaned.get(name) or "").strip():
                    self.add_error(name, _("Write it as it will be published."))
        return cleaned


class AnswerView(EditView):
    def save_instance(self):
        question = super().save_instance()
        form = self.form
        site = question.site or Site.find_for_request(self.request)
        if form.cleaned_data.get("send_answer"):
            mail.answer_to_parent(question, site)
            question.answered_at = timezone.now()
            question.answered_by = self.request.user
            question.status = Status.ANSWERED
            messages.success(self.request, _("The answer is on its way."))
        if form.cleaned_data.get("publish"):
            try:
                live = publish(question, self.request.user)
            except NoFAQPage:
                messages.error(
                    self.request,
                    _("Add a “questions from parents” page to the site first, then publish."),
                )
            else:
                if live:
                    question.status = Status.PUBLISHED
                    messages.success(
                        self.request, _("Published in the FAQ. Translators can now translate it.")
                    )
                else:
                    messages.success(
                        self.request, _("Saved as a draft in the FAQ, for a Director to publish.")
                    )
        question.save()
        return question


class ParentQuestionViewSet(ModelViewSet):
    model = ParentQuestion
    name = "partners_questions"
    icon = "help"
    menu_label = gettext_lazy("Parents' questions")
    list_display = ["__str__", "status", "language", "received_at"]
    list_filter = ["status", "language", "site"]
    search_fields = ["text", "public_question"]
    list_export = ["received_at", "language", "status", "text", "public_question", "public_answer"]
    ordering = ["-received_at"]
    add_view_enabled = False
    edit_view_class = AnswerView
    inspect_view_enabled = False
    edit_handler = ObjectList(
        [
            FieldPanel("text", read_only=True),
            FieldPanel("language", read_only=True),
            FieldPanel("email", read_only=True),
            FieldPanel("status"),
            MultiFieldPanel(
                [FieldPanel("private_answer"), FieldPanel("send_answer")],
                heading=gettext_lazy("Personal answer"),
            ),
            MultiFieldPanel(
                [FieldPanel("public_question"), FieldPanel("public_answer"), FieldPanel("publish")],
                heading=gettext_lazy("In the FAQ"),
            ),
        ],
        base_form_class=AnswerForm,
    )
