from django import forms
from django.conf import settings
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from portal.classes.models import SchoolClass
from portal.forms import TextFieldsMixin

from .models import GazetteSubscription


class SubscribeForm(TextFieldsMixin, forms.Form):
    email = forms.EmailField(label=_("Your email"), max_length=254)
    language = forms.ChoiceField(label=_("Language of the gazette"), choices=settings.LANGUAGES)
    classes = forms.ModelMultipleChoiceField(
        label=_("Your children’s classes"),
        queryset=SchoolClass.objects.none(),
        widget=forms.CheckboxSelectMultiple,
        required=False,
        help_text=_("You receive the news of these classes and the news for everyone."),
    )

    def __init__(self, *args, site=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["classes"].queryset = SchoolClass.objects.of_school(site)
        self.fields["language"].initial = get_language()


class PageAcknowledgeForm(forms.Form):
    school_class = forms.ModelChoiceField(
        label=_("Your child’s class"), queryset=SchoolClass.objects.none()
    )

    def __init__(self, *args, site=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["school_class"].queryset = SchoolClass.objects.of_school(site)


class ManageForm(forms.ModelForm):
    """What a subscriber changes: the language of their gazette and their children's classes."""

    class Meta:
        model = GazetteSubscription
        fields = ["language", "classes"]
        labels = {
            "language": _("Language of the gazette"),
            "classes": _("Your children’s classes"),
        }
        help_texts = {
            "classes": _("You receive the news of these classes and the news for everyone."),
        }
        widgets = {"classes": forms.CheckboxSelectMultiple}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["classes"].queryset = SchoolClass.objects.of_school(self.instance.site)
