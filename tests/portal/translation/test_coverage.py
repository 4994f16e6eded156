"""Every page type and every translatable snippet goes through wagtail-localize, and shows in the
status report, including the families added later."""

from django.apps import apps
from django.contrib.contenttypes.models import ContentType

from wagtail.models import Page, TranslatableMixin, get_page_models
from wagtail_localize.fields import get_translatable_fields

from modelcluster.fields import ParentalKey

from portal.translation.views import StatusFilters


def test_every_page_type_is_translatable_and_in_the_report(locales):
    choices = dict(StatusFilters().fields["page_type"].choices)
    for model in get_page_models():
        if model is Page:
            continue
        fields = {field.field_name for field in get_translatable_fields(model)}
        assert "title" in fields, model
        assert str(ContentType.objects.get_for_model(model).pk) in choices, model


def test_every_translatable_snippet_can_be_translated_in_the_admin():
    for model in apps.get_models():
        if not issubclass(model, TranslatableMixin) or issubclass(model, Page):
            continue
        if any(isinstance(field, ParentalKey) for field in model._meta.fields):
            continue  # an inline: translated with the object it belongs to
        assert getattr(model, "snippet_viewset", None) is not None, model
        assert get_translatable_fields(model), model
