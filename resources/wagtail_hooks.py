from django.utils.translation import gettext_lazy as _

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .taxonomy import Audience, Format, SchoolLevel, Theme


class TermViewSet(SnippetViewSet):
    list_display = ["name", "slug", "locale"]
    search_fields = ["name", "slug"]
    ordering = ["sort_order", "name"]


class ThemeViewSet(TermViewSet):
    model = Theme
    icon = "tag"


class SchoolLevelViewSet(TermViewSet):
    model = SchoolLevel
    icon = "group"


class FormatViewSet(TermViewSet):
    model = Format
    icon = "doc-full"


class AudienceViewSet(TermViewSet):
    model = Audience
    icon = "user"


class LibraryViewSetGroup(SnippetViewSetGroup):
    menu_label = _("Library")
    menu_icon = "folder-open-inverse"
    menu_order = 300
    items = (ThemeViewSet, SchoolLevelViewSet, FormatViewSet, AudienceViewSet)


register_snippet(LibraryViewSetGroup)
