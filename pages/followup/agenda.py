"""The election in the agenda: publishing an election page puts the vote in the school's agenda,
and so in the next events every gazette issue lists, with a link back to the page that explains
how to vote. The agenda's event is found again by its address, so a changed date moves it."""

import datetime

from django.conf import settings
from django.utils.html import format_html
from django.utils.translation import gettext as _
from django.utils.translation import override

from portal.schools import school_of


def event_slug(election):
    return f"elections-{election.school_year}"


def show_in_agenda(election):
    """Create or update the agenda's event for `election` (a published French page); None when
    the school has no agenda yet."""
    from pages.events.choices import Category
    from pages.events.models import EventIndexPage, EventPage

    if election.locale.language_code != settings.LANGUAGE_CODE:
        return None
    site = election.get_site()
    agenda = (
        EventIndexPage.objects.descendant_of(site.root_page, inclusive=True)
        .filter(locale=election.locale)
        .first()
        if site
        else None
    )
    if agenda is None:
        return None
    zone = school_of(site).zone
    with override(settings.LANGUAGE_CODE):
        link = format_html(
            '<p><a id="{}" linktype="page">{}</a></p>', election.pk, _("How to vote")
        )
    fields = {
        "title": election.title,
        "start": datetime.datetime.combine(election.date, election.opens, zone),
        "end": datetime.datetime.combine(election.date, election.closes, zone),
        "category": Category.ELECTIONS,
        # The agenda says the essential in plain words for every event; the vote's are the page's.
        "plain_words": election.plain_words,
    }
    event = EventPage.objects.child_of(agenda).filter(slug=event_slug(election)).first()
    if event is None:
        event = EventPage(slug=event_slug(election), locale=agenda.locale, **fields)
        event.description = [("paragraph", link)]
        agenda.add_child(instance=event)
    else:
        event = event.get_latest_revision_as_object()
        if all(getattr(event, name) == value for name, value in fields.items()) and event.live:
            return event
        for name, value in fields.items():
            setattr(event, name, value)
    event.save_revision().publish()
    return event
