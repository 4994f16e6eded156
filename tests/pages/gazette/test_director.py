"""What the Director sees: read confirmations per class (never a count under 5), the print pack,
the archive and the feed within a fixed query budget, and the ritual slot in the editor."""

import datetime
import io
import re
import xml.etree.ElementTree as ET  # noqa: S405 -- our own feed, parsed in a test

from django.utils import timezone, translation

import pytest

from pages.gazette import slots
from pages.gazette.admin_forms import GazettePageForm
from pages.gazette.models import Acknowledgement, GazettePage, PaperCount
from tests.conftest import translate
from tests.pages.gazette.conftest import DAILY
from tests.pages.gazette.factories import GazettePageFactory, sections

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"


def _acknowledge(issue, school_class, times):
    for _n in range(times):
        Acknowledgement.objects.create(issue=issue, section="news-all").classes.set([school_class])


def test_confirmations_per_class_hide_small_counts(login_as, director, archive, classes):
    issue = GazettePageFactory(parent=archive)
    _acknowledge(issue, classes["CP A"], 6)
    _acknowledge(issue, classes["CM1 B"], 2)
    body = login_as(director).get(f"/admin/gazette/{issue.pk}/read/").content.decode()
    rows = {
        name: body.split(f'<th scope="row">{name}</th>')[1].split("</tr>")[0]
        for name in ("CP A", "CM1 B", "CM2 A")
    }
    assert "<td>6</td>" in rows["CP A"]
    assert "<td>2</td>" not in rows["CM1 B"] and "5" in rows["CM1 B"]


@pytest.mark.parametrize(
    "path", ["read/", "print-pack/", "print-pack/fr/", "print-pack/fr/{class_pk}/"]
)
def test_only_the_director_sees_confirmations_and_the_print_pack(
    client, login_as, teacher, parent, archive, classes, path
):
    issue = GazettePageFactory(parent=archive)
    url = f"/admin/gazette/{issue.pk}/" + path.format(class_pk=classes["CP A"].pk)
    assert client.get(url).status_code == 302  # anonymous: to the login page
    for user in (parent, teacher):
        refused = login_as(user).get(url)
        assert refused.status_code in (302, 403)
        assert refused.get("Content-Type") != "application/pdf"


def test_the_print_pack_has_copies_per_class_and_a_qr_code(login_as, director, archive, classes):
    issue = GazettePageFactory(parent=archive, sections=sections([classes["CP A"]]))
    translate(issue, "ar", title="جريدة نوفمبر")
    PaperCount.objects.create(school_class=classes["CP A"], language="ar", copies=7)
    PaperCount.objects.create(school_class=classes["CM1 B"], language="fr", copies=3)
    client = login_as(director)
    html = client.get(f"/admin/gazette/{issue.pk}/print-pack/ar/?view=html").content.decode()
    assert "جريدة نوفمبر" in html and "<td>7</td>" in html and "CM1 B" not in html
    assert "<svg" in html
    pdf = client.get(f"/admin/gazette/{issue.pk}/print-pack/ar/")
    assert pdf["Content-Type"] == "application/pdf" and pdf.content.startswith(b"%PDF")
    unknown = client.get(f"/admin/gazette/{issue.pk}/print-pack/xx/")
    assert unknown.status_code in (302, 404) and unknown.get("Content-Type") != "application/pdf"


def _pdf_pages(content):
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LTTextContainer

    return [
        " ".join(e.get_text() for e in page if isinstance(e, LTTextContainer)).replace("\n", " ")
        for page in extract_pages(io.BytesIO(content))
    ]


def test_each_class_has_its_own_part_with_only_its_news(login_as, director, archive, classes):
    cp, cm1, cm2 = classes["CP A"], classes["CM1 B"], classes["CM2 A"]
    issue = GazettePageFactory(parent=archive, sections=sections([cp, cm1, cm2]))
    PaperCount.objects.create(school_class=cp, language="fr", copies=12)
    PaperCount.objects.create(school_class=cm1, language="fr", copies=3)
    PaperCount.objects.create(school_class=cm2, language="ar", copies=2)
    client = login_as(director)
    response = client.get(f"/admin/gazette/{issue.pk}/print-pack/fr/")
    assert response["Content-Type"] == "application/pdf"
    cover, *parts = _pdf_pages(response.content)
    assert "CP A" in cover and "12" in cover and "CM1 B" in cover and "15" in cover
    assert "CM2 A" not in cover  # its families read Arabic
    cp_part = [p for p in parts if "Piscine le mardi pour la CP A" in p]
    cm1_part = [p for p in parts if "Piscine le mardi pour la CM1 B" in p]
    assert cp_part and cm1_part
    assert not any("pour la CM2 A" in p for p in parts)
    assert all("pour la CM1 B" not in p for p in cp_part)
    assert all("Sortie au musée" in p for p in (cp_part[0], cm1_part[0]))  # news for all: in each
    # The cover says on which pages each class's part is: CP A on page 2, CM1 B on page 3.
    assert re.search(r"Pages\s+2–2\s+3–3", cover)

    alone = client.get(f"/admin/gazette/{issue.pk}/print-pack/ar/{cm2.pk}/")
    assert alone["Content-Type"] == "application/pdf"
    assert 'filename="gazette-' in alone["Content-Disposition"]
    html = client.get(f"/admin/gazette/{issue.pk}/print-pack/ar/{cm2.pk}/?view=html")
    body = html.content.decode()
    with translation.override("ar"):
        assert (
            translation.gettext("For the families of the class %(name)s") % {"name": "CM2 A"}
            in body
        )
    assert "Piscine le mardi pour la CM2 A" in body and "pour la CP A" not in body


def test_the_print_packs_page_lists_languages_and_classes(login_as, director, archive, classes):
    issue = GazettePageFactory(parent=archive)
    client = login_as(director)
    empty = client.get(f"/admin/gazette/{issue.pk}/print-pack/").content.decode()
    assert "/admin/gazette_paper/" in empty
    PaperCount.objects.create(school_class=classes["CP A"], language="ar", copies=4)
    PaperCount.objects.create(school_class=classes["CM1 B"], language="ar", copies=0)
    body = client.get(f"/admin/gazette/{issue.pk}/print-pack/").content.decode()
    assert f"/admin/gazette/{issue.pk}/print-pack/ar/" in body
    assert f"/print-pack/ar/{classes['CP A'].pk}/" in body
    assert f"/print-pack/ar/{classes['CM1 B'].pk}/" not in body  # no copies


@pytest.mark.parametrize("path", ["fr/999999/", "fr/abc/", "fr/" + "9" * 40 + "/", "xx/1/"])
def test_a_wrong_class_or_language_in_the_pack_address_is_not_found(
    login_as, director, archive, path
):
    issue = GazettePageFactory(parent=archive)
    response = login_as(director).get(f"/admin/gazette/{issue.pk}/print-pack/{path}", follow=True)
    assert response.status_code == 404


def test_a_class_of_another_school_has_no_pack_here(login_as, director, archive, home):
    from wagtail.models import Site

    from tests.factories import SchoolClassFactory

    other = Site.objects.create(hostname="autre-ecole.example", port=80, root_page=home)
    elsewhere = SchoolClassFactory(site=other, name="CE1 ailleurs")
    issue = GazettePageFactory(parent=archive)
    url = f"/admin/gazette/{issue.pk}/print-pack/fr/{elsewhere.pk}/"
    response = login_as(director).get(url, follow=True)
    assert response.status_code == 404


def test_the_issue_pdf_is_a4(client, archive):
    issue = GazettePageFactory(parent=archive)
    response = client.get(f"{issue.url}pdf/")
    from pdfminer.pdfpage import PDFPage

    first = next(PDFPage.get_pages(io.BytesIO(response.content)))
    assert [round(x) for x in first.mediabox] == [0, 0, 595, 842]


def test_next_slot_and_in_slot():
    import zoneinfo

    zone = zoneinfo.ZoneInfo("Europe/Paris")
    rule = "FREQ=WEEKLY;INTERVAL=2;BYDAY=FR;BYHOUR=16;BYMINUTE=30"
    found = slots.next_slot(rule, zone, datetime.datetime(2026, 12, 1, tzinfo=zone))
    assert (found.weekday(), found.hour, found.minute) == (4, 16, 30)
    assert slots.next_slot("nonsense", zone) is None


def _rhythm(site, rule):
    from pages.gazette.models import GazetteSettings

    settings = GazetteSettings.for_site(site)
    settings.rhythm = rule
    settings.save()


def test_a_slot_in_the_holidays_moves_to_the_first_school_day_after(site):
    """Christmas Day, in the Christmas holidays: the issue goes out when school starts again,
    at the usual time, and publishing then needs no reason."""
    from portal.schools import school_of

    _rhythm(site, "FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=25;BYHOUR=16;BYMINUTE=30")
    school = school_of(site)
    after = datetime.datetime(2026, 12, 1, tzinfo=school.zone)
    slot, planned, days_off = slots.next_slot_and_why(school, after)
    assert planned.date() == datetime.date(2026, 12, 25)
    assert slot.date() > planned.date() and (slot.hour, slot.minute) == (16, 30)
    assert school.calendar.is_school_day(slot.date())
    assert (
        not school.calendar.is_school_day(slot.date() - datetime.timedelta(days=1))
        or (slot.date() - datetime.timedelta(days=1)).weekday() >= 5
    )
    assert days_off
    assert slots.is_slot_of(school, slot + datetime.timedelta(minutes=5))
    assert not slots.is_slot_of(school, planned)
    assert not slots.is_slot_of(school, slot + datetime.timedelta(days=1))


def test_the_editor_says_why_the_slot_moved(login_as, director, archive, site):
    _rhythm(site, "FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=25;BYHOUR=16;BYMINUTE=30")
    with translation.override("en"):
        body = login_as(director).get(f"/admin/pages/add/gazette/gazettepage/{archive.pk}/")
    html = body.content.decode()
    assert "falls on a day without school" in html or "jour sans école" in html
    assert "Christmas" in html or "Noël" in html


def _form(archive, **data):
    base = {
        "title": "Urgent",
        "slug": "urgent",
        "number": "9",
        "date": timezone.localdate().isoformat(),
        "sections-count": "0",
        "action-publish": "1",
    }
    form_class = GazettePage.get_edit_handler().get_form_class()
    return form_class({**base, **data}, instance=GazettePage(), parent_page=archive, for_user=None)


def test_publishing_outside_the_slot_asks_for_a_reason(archive, site):
    from pages.gazette.models import GazetteSettings

    settings = GazetteSettings.for_site(site)
    settings.rhythm = "FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=10;BYHOUR=3;BYMINUTE=0"
    settings.save()
    form = _form(archive)
    assert issubclass(type(form), GazettePageForm)
    assert not form.is_valid() and "urgent_reason" in form.errors
    assert _form(archive, urgent_reason="La cantine est fermée demain.").is_valid()
    slot = _form(archive).fields["go_live_at"].initial
    assert slot and slot.month == 6 and slot.day == 10


def test_the_editor_warns_when_the_slot_falls_in_quiet_hours(login_as, director, archive, site):
    from pages.gazette.models import GazetteSettings

    settings = GazetteSettings.for_site(site)
    settings.rhythm = "FREQ=DAILY;BYHOUR=22;BYMINUTE=0"
    settings.save()
    body = login_as(director).get(f"/admin/pages/add/gazette/gazettepage/{archive.pk}/")
    assert "quiet hours" in body.content.decode() or "calme" in body.content.decode()


def _fill(archive, count):
    for n in range(count):
        GazettePageFactory(
            parent=archive, date=timezone.localdate() - datetime.timedelta(days=7 * n)
        )


@pytest.mark.parametrize("count", [10, 200])
def test_archive_and_feed_queries_do_not_grow(
    client, archive, count, django_assert_max_num_queries
):
    _fill(archive, count)
    for url in (archive.url, "/feeds/gazette.xml?lang=fr", "/fr/"):
        assert client.get(url).status_code == 200
        with django_assert_max_num_queries(15, info=url):
            client.get(url)
    feed = ET.fromstring(  # noqa: S314
        client.get("/feeds/gazette.xml?lang=fr").content
    )
    assert len(feed.findall(f"{ATOM}entry")) == min(count, 20)
    assert archive.url and DAILY


def test_the_feed_speaks_the_readers_language(client, archive):
    issue = GazettePageFactory(parent=archive, title="Gazette de décembre")
    GazettePageFactory(parent=archive, title="Seulement en français")
    translate(issue, "ar", title="جريدة ديسمبر")
    feed = ET.fromstring(  # noqa: S314
        client.get("/feeds/gazette.xml?lang=ar").content
    )
    titles = [e.find(f"{ATOM}title").text for e in feed.findall(f"{ATOM}entry")]
    assert any("جريدة ديسمبر" in t for t in titles)
    assert any("Seulement en français" in t for t in titles)
    assert not any("Gazette de décembre" in t for t in titles)
    assert client.get("/feeds/gazette.xml?lang=<script>").status_code == 200


def test_home_shows_the_latest_issue_and_the_next_slot(client, archive):
    GazettePageFactory(parent=archive, title="Gazette la plus récente")
    body = client.get("/fr/").content.decode()
    assert "Gazette la plus récente" in body and "gazette__slot" in body
