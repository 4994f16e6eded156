"""Who sees what: every public and admin address, for every role, against every kind of private
thing (page, document, image, resource, event). A private thing's title, address or file never reaches a
person its privacy leaves out; those it lets in open it.

Each private thing carries a word found nowhere else (its mark). A family that adds a private
kind adds its thing to `school` and its addresses to the lists below.
"""

import re
from types import SimpleNamespace

from wagtail.models import PageViewRestriction

import pytest

from portal import roles
from tests.pages.charter.factories import ProposalFactory, adopted_charter
from tests.pages.events.factories import EventIndexPageFactory, EventPageFactory
from tests.pages.events.test_agenda import _at
from tests.pages.reps.factories import MinutesPageFactory, RepresentativeAreaPageFactory
from tests.portal.conftest import document_link, figure, restrict
from tests.resources.factories import (
    FormatFactory,
    ResourceIndexPageFactory,
    ResourcePageFactory,
    ThemeFactory,
)

pytestmark = pytest.mark.django_db

ANONYMOUS = "anonymous"
ROLES = [
    ANONYMOUS,
    roles.PARENT,
    roles.REPRESENTATIVE,
    roles.TEACHER,
    roles.TRANSLATOR,
    roles.DIRECTOR,
]
#: Who the representatives' things are for, on the site and in the admin.
READERS = {roles.REPRESENTATIVE, roles.DIRECTOR}
EDITORS = {roles.DIRECTOR}
#: The mark of each private thing: a word in its title or stored file name and nowhere else.
#: Searches look for "ortie", a word every private thing shares and the pages echo.
MARKS = ("zebulon", "basilic", "cormoran", "mandragore", "salamandre")


@pytest.fixture
def school(
    home, parent_space, private_area, private_document, private_image, public_image, privacy
):
    """A school with a private area of pages, a private resource chosen as related by a public
    one and featured, and private files shown on the private page."""
    area, below = private_area
    below.body = [figure(private_image), document_link(private_document)]
    below.save_revision().publish()
    library = ResourceIndexPageFactory(parent=home)
    theme = ThemeFactory(slug="ecrans", name="Écrans")
    article = FormatFactory(slug="article", name="Article")
    with privacy():
        secret = ResourcePageFactory(
            parent=library,
            title="Fiche Mandragore ortie",
            slug="fiche-reservee",
            featured=True,
            format=article,
        )
        restrict(PageViewRestriction, page=secret)
    secret.themes.set([theme])
    secret.save()
    public = ResourcePageFactory(parent=library, title="Fiche publique", format=article)
    public.themes.set([theme])
    public.related_links.create(resource=secret)
    public.body = [figure(public_image)]
    public.save_revision().publish()
    # The representatives' area is private from its creation; its minutes link a private file.
    with privacy():
        reps = RepresentativeAreaPageFactory(parent=home, title="Espace Zebulon ortie")
    minutes = MinutesPageFactory(
        parent=reps,
        title="Compte rendu Zebulon ortie",
        documents=[{"type": "document", "value": private_document.pk}],
    )
    charter = adopted_charter(home, [("Le délai de réponse", "Trois jours.")])
    charter.status = "consultation"
    charter.save_revision().publish()
    ProposalFactory(page=charter, anchor="le-delai-de-reponse", text="Proposition Zebulon")
    # An event kept for the representatives in the public agenda, and a private agenda.
    agenda = EventIndexPageFactory(parent=home)
    public_event = EventPageFactory(
        parent=agenda, title="Fête de l'école", slug="fete", start=_at(3, 17), end=_at(3, 19)
    )
    with privacy():
        event = EventPageFactory(
            parent=agenda,
            title="Réunion Salamandre ortie",
            slug="reunion-reservee",
            place="Salle Salamandre",
            start=_at(3, 18),
            end=_at(3, 20),
        )
        restrict(PageViewRestriction, page=event)
    private_agenda = EventIndexPageFactory(
        parent=area, title="Agenda Salamandre ortie", slug="agenda-des-elus"
    )
    agenda_event = EventPageFactory(
        parent=private_agenda,
        title="Conseil Salamandre ortie",
        slug="conseil",
        start=_at(4, 18),
        end=_at(4, 20),
    )
    return SimpleNamespace(
        agenda=agenda,
        public_event=public_event,
        event=event,
        private_agenda=private_agenda,
        agenda_event=agenda_event,
        week=_at(3, 18).date(),
        reps=reps,
        minutes=minutes,
        charter=charter,
        home=home,
        area=area,
        below=below,
        revision=area.latest_revision,
        library=library,
        resource=secret,
        public_resource=public,
        document=private_document,
        image=private_image,
        rendition=private_image.get_rendition("width-800|format-webp"),
    )


#: Pages anyone may read: nothing private is ever listed or named there, whoever reads.
PUBLIC_URLS = [
    lambda s: "/fr/",
    lambda s: "/ar/",
    lambda s: "/fr/espace-parents/",
    lambda s: s.library.url,
    lambda s: f"{s.library.url}?q=ortie",
    lambda s: f"{s.library.url}?theme=ecrans",
    lambda s: s.public_resource.url,
    lambda s: f"{s.public_resource.url}print/",
    lambda s: "/fr/search/?q=ortie",
    lambda s: "/en/search/?q=ortie",
    lambda s: "/ar/search/?q=ortie",
    lambda s: "/sitemap.xml",
    lambda s: "/feeds/events.ics",
    lambda s: "/feeds/events.ics?lang=fr&holidays=1",
    lambda s: f"/feeds/events/{s.public_event.pk}.ics",
    lambda s: "/feeds/gazette.xml",
    lambda s: s.agenda.url,
    lambda s: f"{s.agenda.url}?view=list",
    lambda s: f"{s.agenda.url}?view=week&date={s.week.isoformat()}",
    lambda s: f"{s.agenda.url}?view=month&month={s.week:%Y-%m}",
    lambda s: s.public_event.url,
    lambda s: s.charter.url,
    lambda s: f"{s.charter.url}versions/",
    lambda s: f"{s.charter.url}print/",
]

#: The private things themselves, by their own addresses.
PRIVATE_URLS = [
    lambda s: s.area.url,
    lambda s: s.below.url,
    lambda s: s.resource.url,
    lambda s: f"{s.resource.url}print/",
    lambda s: s.document.url,
    lambda s: f"/media/{s.image.file.name}",
    lambda s: s.rendition.url,
    lambda s: s.reps.url,
    lambda s: s.minutes.url,
    lambda s: f"{s.charter.url}consultation/",
    lambda s: s.event.url,
    lambda s: f"{s.event.url}print/",
    lambda s: s.private_agenda.url,
    lambda s: s.agenda_event.url,
]

#: What leaves the site to be shared or kept (calendar files): a private event is never there,
#: whoever asks.
NEVER_URLS = [
    lambda s: f"/feeds/events/{s.event.pk}.ics",
    lambda s: f"/feeds/events/{s.agenda_event.pk}.ics",
]

#: The admin's views of private things: for the editors of private areas only.
ADMIN_OBJECT_URLS = [
    lambda s: f"/admin/pages/{s.area.pk}/edit/",
    lambda s: f"/admin/pages/{s.area.pk}/edit/preview/",
    lambda s: f"/admin/pages/{s.area.pk}/view_draft/",
    lambda s: f"/admin/pages/{s.area.pk}/history/",
    lambda s: f"/admin/pages/{s.area.pk}/revisions/{s.revision.pk}/view/",
    lambda s: f"/admin/pages/{s.area.pk}/revisions/compare/earliest...{s.revision.pk}/",
    lambda s: f"/admin/pages/{s.area.pk}/usage/",
    lambda s: f"/admin/pages/{s.below.pk}/edit/",
    lambda s: f"/admin/pages/{s.resource.pk}/edit/",
    lambda s: f"/admin/pages/{s.reps.pk}/edit/",
    lambda s: f"/admin/pages/{s.minutes.pk}/edit/",
    lambda s: f"/admin/pages/{s.agenda_event.pk}/edit/",
    lambda s: f"/admin/api/main/pages/{s.area.pk}/",
    lambda s: f"/admin/api/main/pages/{s.below.pk}/",
    lambda s: f"/admin/documents/edit/{s.document.pk}/",
    lambda s: f"/admin/documents/usage/{s.document.pk}/",
    lambda s: f"/admin/documents/chooser/chosen/{s.document.pk}/",
    lambda s: f"/admin/images/{s.image.pk}/",
    lambda s: f"/admin/images/usage/{s.image.pk}/",
    lambda s: f"/admin/images/{s.image.pk}/preview/width-400/",
    lambda s: f"/admin/images/chooser/chosen/{s.image.pk}/",
    lambda s: f"/admin/images/chooser/{s.image.pk}/select_format/",
]

#: Admin lists and searches: they may open for everyone on staff, but name nothing private.
ADMIN_LIST_URLS = [
    lambda s: "/admin/",
    lambda s: f"/admin/pages/{s.home.pk}/",
    lambda s: f"/admin/pages/{s.library.pk}/",
    lambda s: "/admin/pages/search/?q=ortie",
    lambda s: f"/admin/api/main/pages/?child_of={s.home.pk}",
    lambda s: f"/admin/api/main/pages/?child_of={s.library.pk}",
    lambda s: f"/admin/api/main/pages/?descendant_of={s.home.pk}&limit=20",
    lambda s: "/admin/api/main/pages/?search=ortie",
    lambda s: f"/admin/choose-page/{s.home.pk}/",
    lambda s: "/admin/choose-page/search/?q=ortie",
    lambda s: "/admin/documents/",
    lambda s: "/admin/documents/?q=ortie",
    lambda s: "/admin/documents/chooser/",
    lambda s: "/admin/documents/chooser/results/?q=ortie",
    lambda s: "/admin/images/",
    lambda s: "/admin/images/?q=ortie",
    lambda s: "/admin/images/chooser/",
    lambda s: "/admin/images/chooser/results/?q=ortie",
    lambda s: "/admin/reports/site-history/",
    lambda s: "/admin/reports/aging-pages/",
]


@pytest.fixture
def visitor(client, users_by_role, staff_client):
    def sign_in(role):
        if role == ANONYMOUS:
            return client
        return staff_client(users_by_role[role])

    return sign_in


def _marks_in(response, url):
    if response.get("Content-Type", "").startswith(("image/", "application/pdf")):
        return []
    if getattr(response, "streaming", False):
        body = b"".join(response.streaming_content)
    else:
        body = response.content
    text = body.decode("utf-8", "replace").lower()
    # A refusal page may repeat the address asked for (the language links do): not a leak.
    asked = re.sub(r"^/[a-z]{2}/", "/", url.split("?")[0].lower())
    text = text.replace(asked, "")
    return [mark for mark in MARKS if mark in text]


def _walk(client, school, urls):
    """(url, status, marks found) for each address."""
    found = []
    for make in urls:
        url = make(school)
        response = client.get(url)
        found.append((url, response.status_code, _marks_in(response, url)))
    return found


@pytest.mark.parametrize("role", ROLES)
def test_public_pages_never_name_a_private_thing(visitor, school, role):
    leaks = [
        (url, status, marks)
        for url, status, marks in _walk(visitor(role), school, PUBLIC_URLS)
        if marks or status >= 400
    ]
    assert leaks == []


@pytest.mark.parametrize("role", ROLES)
def test_private_things_open_only_to_their_readers(visitor, school, role):
    walked = _walk(visitor(role), school, PRIVATE_URLS)
    if role in READERS:
        assert [(url, status) for url, status, _marks in walked if status != 200] == []
    else:
        assert [
            (url, status, marks) for url, status, marks in walked if status == 200 or marks
        ] == []


@pytest.mark.parametrize("role", ROLES)
def test_private_events_never_leave_in_a_calendar_file(visitor, school, role):
    walked = _walk(visitor(role), school, NEVER_URLS)
    assert [(url, status, marks) for url, status, marks in walked if status == 200 or marks] == []


@pytest.mark.parametrize("role", ROLES)
def test_the_admin_shows_private_things_only_to_their_editors(visitor, school, role):
    client = visitor(role)
    objects = _walk(client, school, ADMIN_OBJECT_URLS)
    lists = _walk(client, school, ADMIN_LIST_URLS)
    if role in EDITORS:
        assert [(url, status) for url, status, _marks in objects if status != 200] == []
        assert [url for url, status, _marks in lists if status != 200] == []
    else:
        assert [
            (url, status, marks) for url, status, marks in objects if status == 200 or marks
        ] == []
        assert [(url, status, marks) for url, status, marks in lists if marks] == []


def test_the_editors_find_private_things_in_the_admin(visitor, school):
    """The walk above means something only if the admin does list them for a Director."""
    client = visitor(roles.DIRECTOR)
    found = {url: set(marks) for url, _status, marks in _walk(client, school, ADMIN_LIST_URLS)}
    assert "zebulon" in found["/admin/pages/search/?q=ortie"]
    assert "mandragore" in found["/admin/pages/search/?q=ortie"]
    assert "basilic" in found["/admin/documents/chooser/results/?q=ortie"]
    assert "cormoran" in found["/admin/images/chooser/results/?q=ortie"]
