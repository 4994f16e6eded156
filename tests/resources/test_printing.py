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
