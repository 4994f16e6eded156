"""Paper versions: print view with a QR code, PDF, and the teachers' "resources of the week" sheet."""

import pytest

from portal.notify import printing
from tests.i18n import french

pytestmark = pytest.mark.django_db


def test_print_view_has_a_server_made_qr_code(client, make_resource):
    resource = make_resource(title="Les écrans avant de dormir")
    response = client.get(resource.url + "print/")
    body = response.content.decode()
    assert response.status_code == 200
    assert "<svg" in body
    assert "http://testserver" + resource.url in body
    assert "<script" not in body


def test_pdf_download_is_a_pdf_named_after_the_resource(client, make_resource):
    resource = make_resource(title="Les écrans avant de dormir")
    response = client.get(resource.url + "pdf/")
    assert response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF")
    assert resource.slug in response["Content-Disposition"]


def test_arabic_print_view_is_right_to_left(client, make_resource, translate_page):
    translated = translate_page(make_resource(), "ar", title="الشاشات قبل النوم")
    body = client.get(translated.url + "print/").content.decode()
    assert 'lang="ar" dir="rtl"' in body
    assert "الشاشات قبل النوم" in body


WEEK = "week/"


def test_week_sheet_asks_anonymous_visitors_to_log_in(client, library):
    response = client.get(library.url + WEEK)
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


@pytest.mark.parametrize("role", ["Parent", "Representative", "Translator"])
def test_week_sheet_is_refused_to_other_roles(client, library, users_by_role, role):
    client.force_login(users_by_role[role])
    assert client.get(library.url + WEEK).status_code == 403


@pytest.mark.parametrize("role", ["Teacher", "Director"])
def test_teacher_prints_a_one_page_sheet_of_chosen_resources(
    client, library, make_resource, users_by_role, role
):
    chosen = [make_resource(title=f"Fiche {n}") for n in range(6)]
    client.force_login(users_by_role[role])
    form = client.get(library.url + WEEK)
    assert form.status_code == 200
    assert 'type="checkbox"' in form.content.decode()
    query = "&".join(f"r={page.pk}" for page in chosen)
    sheet = client.get(f"{library.url}{WEEK}?{query}")
    body = sheet.content.decode()
    assert body.count("<svg") == 6
    assert all(page.title in body for page in chosen)
    pdf = client.get(f"{library.url}{WEEK}?{query}&format=pdf")
    assert pdf.content.startswith(b"%PDF")


def test_week_sheet_fits_on_one_page(rf, library, make_resource):
    from weasyprint import HTML

    items = [
        {
            "resource": make_resource(title=f"Une fiche au titre assez long numéro {n}"),
            "qr": printing.qr_svg("https://example.org/" + "x" * 60),
        }
        for n in range(6)
    ]
    from django.template.loader import render_to_string

    html = render_to_string(
        "resources/print/week.html",
        {"items": items, "page": library, "for_pdf": True},
        request=rf.get("/"),
    )
    from django.contrib.staticfiles import finders

    from weasyprint import CSS

    document = HTML(string=html).render(stylesheets=[CSS(filename=finders.find("css/print.css"))])
    assert len(document.pages) == 1


@pytest.mark.parametrize("value", ["abc", "", "<b>1</b>", "1' OR 1=1 --", "9" * 10_000, "\x00"])
def test_week_sheet_rejects_bad_choices_with_a_message(
    client, library, make_resource, teacher, value
):
    make_resource()
    client.force_login(teacher)
    response = client.get(library.url + WEEK, {"r": value})
    assert response.status_code == 400
    assert french("Choose at least one resource.") in response.content.decode()


def test_week_sheet_refuses_more_than_fits_on_a_page(client, library, make_resource, teacher):
    pages = [make_resource() for _ in range(7)]
    client.force_login(teacher)
    response = client.get(library.url + WEEK, {"r": [p.pk for p in pages]})
    assert response.status_code == 400
    body = response.content.decode()
    assert french("A one-page sheet holds at most %(count)d resources.", count=6) in body
    assert body.count("checked") == 7


def test_only_teachers_and_directors_see_the_week_sheet_link(client, library, teacher, parent):
    link = library.url + WEEK
    assert link not in client.get(library.url).content.decode()
    client.force_login(parent)
    assert link not in client.get(library.url).content.decode()
    client.force_login(teacher)
    assert link in client.get(library.url).content.decode()


def test_qr_codes_lead_to_the_page_with_listen_ready(client, library, make_resource, teacher):
    """A parent who scans the paper arrives with "Listen" ready; the printed address stays short."""
    resource = make_resource()
    online = "http://testserver" + resource.url
    body = client.get(resource.url + "print/").content.decode()
    assert printing.qr_svg(online + "?listen=1") in body
    assert printing.qr_svg(online) not in body
    assert f">{online}</span>" in body
    client.force_login(teacher)
    sheet = client.get(f"{library.url}{WEEK}?r={resource.pk}").content.decode()
    assert printing.qr_svg(online + "?listen=1") in sheet


SUMMARIES = {
    "fr": (
        "Les enfants ont besoin d’au moins une heure d’activité physique par jour : marcher "
        "jusqu’à l’école, jouer dehors, faire du sport, danser à la maison ou aider aux courses. "
        "Bouger aide à bien dormir et à se concentrer en classe."
    ),
    "ar": (
        "يحتاج الأطفال إلى ساعة من النشاط البدني كل يوم على الأقل: المشي إلى المدرسة واللعب في "
        "الخارج وممارسة الرياضة والرقص في البيت أو المساعدة في التسوق. الحركة تساعد على النوم "
        "الجيد وعلى التركيز في القسم."
    ),
}


def _pdf_layout(data):
    """The PDF's text lines, their text, and the box the QR code's modules are drawn in."""
    import io

    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LTLine, LTTextContainer, LTTextLine

    (page,) = list(extract_pages(io.BytesIO(data), maxpages=1))
    lines, modules = [], []

    def walk(item):
        if isinstance(item, LTTextLine):
            lines.append(item)
        elif isinstance(item, LTLine):
            modules.append(item.bbox)
        elif isinstance(item, LTTextContainer) or hasattr(item, "__iter__"):
            for child in item:
                walk(child)

    walk(page)
    qr = (
        min(b[0] for b in modules),
        min(b[1] for b in modules),
        max(b[2] for b in modules),
        max(b[3] for b in modules),
    )
    return page, lines, qr


def _intersects(a, b):
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _letters(text):
    import unicodedata

    folded = unicodedata.normalize("NFKC", text)
    return sorted(ch for ch in folded if unicodedata.category(ch).startswith("L"))


@pytest.mark.parametrize("language", ["fr", "ar"])
def test_pdf_prints_the_whole_summary_beside_the_qr_code(
    client, make_resource, translate_page, language
):
    """No word of the summary hides under the QR code, in either direction of writing."""
    # A long address under the code, as on a real site, is what pushed the code over the text.
    resource = make_resource(
        title="Bouger chaque jour",
        slug="bouger-chaque-jour-avec-son-enfant",
        summary=SUMMARIES["fr"],
    )
    if language == "ar":
        translate_page(resource.get_parent(), "ar", title="موارد", slug="mawarid")
        resource = translate_page(resource, "ar", title="الحركة كل يوم", summary=SUMMARIES["ar"])
    response = client.get(resource.url + "pdf/")
    assert response["Content-Type"] == "application/pdf"
    page, lines, qr = _pdf_layout(response.content)
    # The QR code is a square (its modules about 24 mm wide), on the side where lines end.
    width, height = qr[2] - qr[0], qr[3] - qr[1]
    assert 55 < width < 100 and abs(width - height) < 3
    page_middle = page.width / 2
    assert (qr[0] > page_middle) if language == "fr" else (qr[2] < page_middle)
    covered = [line.get_text().strip() for line in lines if _intersects(line.bbox, qr)]
    assert covered == []
    text = " ".join(line.get_text().strip() for line in lines)
    if language == "fr":
        assert SUMMARIES["fr"] in " ".join(text.split())
    else:
        # Arabic comes out of a PDF in visual order: compare the letters, not their order (the
        # body is French, so the Arabic letters come from the title, the caption and the summary).
        found = _letters(text)
        wanted = _letters(SUMMARIES["ar"])
        assert not [ch for ch in set(wanted) if wanted.count(ch) > found.count(ch)]
