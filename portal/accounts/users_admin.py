"""The admin's user form, with the languages a Translator works in."""

from django import forms
from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from wagtail.users.forms import UserCreationForm, UserEditForm
from wagtail.users.views.users import EditView as WagtailEditView
from wagtail.users.views.users import UserViewSet as WagtailUserViewSet

from portal import roles


def translation_language_choices():
    """Every enabled language but the source's, named in the admin's language."""
    return [
        (code, translation.get_language_info(code)["name_translated"])
        for code, _name in settings.LANGUAGES
        if code != settings.LANGUAGE_CODE
    ]


class TranslatesIntoMixin(forms.Form):
    translates_into = forms.MultipleChoiceField(
        label=_("languages this person translates into"),
        help_text=_("A Translator works in these languages only."),
        choices=translation_language_choices,
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )


class CreationForm(TranslatesIntoMixin, UserCreationForm):
    class Meta(UserCreationForm.Meta):
        fields = UserCreationForm.Meta.fields | {"translates_into"}


class EditForm(TranslatesIntoMixin, UserEditForm):
    class Meta(UserEditForm.Meta):
        fields = UserEditForm.Meta.fields | {"translates_into"}


class EditView(WagtailEditView):
    """A Director edits the school's people; an administrator's account only by another."""

    def dispatch(self, request, *args, **kwargs):
        if not roles.may_edit_account(request.user, self.object):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class UserViewSet(WagtailUserViewSet):
    template_prefix = "accounts/users/"
    edit_view_class = EditView

    def get_form_class(self, for_update=False):
        return EditForm if for_update else CreationForm
