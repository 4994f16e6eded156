"""/feeds/gazette.xml?lang=xx: the latest issues as an Atom feed, in the reader's language (the
French issue where no translation is live)."""

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.utils import translation
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _

from wagtail.models import Locale

from portal.schools import school_of

from .models import GazettePage

LATEST = 20


class GazetteFeed(Feed):
    feed_type = Atom1Feed

    def get_object(self, request):
        language = request.GET.get("lang", "")
        if language not in dict(settings.LANGUAGES):
            language = settings.LANGUAGE_CODE
        locale = Locale.objects.filter(language_code=language).first() or Locale.get_default()
        self.request = request
        self.school = school_of(request)
        self.language = language
        return locale

    def __call__(self, request, *args, **kwargs):
        response = None
        language = request.GET.get("lang", "")
        with translation.override(language if language in dict(settings.LANGUAGES) else None):
            response = super().__call__(request, *args, **kwargs)
        return response

    def title(self, locale):
        return _("Gazette of %(school)s") % {"school": self.school.name}

    def link(self, locale):
        return self.school.absolute("/")

    def subtitle(self, locale):
        return _("The director’s gazette, published at the usual time.")

    def items(self, locale):
        return list(
            GazettePage.objects.in_language(locale)
            .in_site(self.school.site)
            .order_by("-date", "-number")[:LATEST]
        )

    def item_title(self, item):
        return _("No. %(number)s — %(title)s") % {"number": item.number, "title": item.title}

    def item_description(self, item):
        return item.plain_words or item.directors_word[:500]

    def item_link(self, item):
        return item.get_full_url(self.request)

    def item_pubdate(self, item):
        return item.first_published_at

    def item_updateddate(self, item):
        return item.last_published_at or item.first_published_at
