"""Resource pages, their vocabulary, and where the rest of the site shows them."""

from django.core.exceptions import ValidationError

import pytest

from resources import queries
from resources.models import Theme

pytestmark = pytest.mark.django_db


def test_a_video_needs_its_transcript(make_resource):
    resource = make_resource()
    resource.video_url = "https://example.org/video"
    resource.video_transcript = "  "
    with pytest.raises(ValidationError) as error:
        resource.full_clean()
    assert "video_transcript" in error.value.message_dict


def test_theme_names_follow_the_visitor_language_with_the_same_slug(vocabulary):
    assert Theme.labels("ar")["ecrans"] == "الشاشات والحياة الرقمية"
    # No English name yet: the French one stands in.
    assert Theme.labels("en")["ecrans"] == "Écrans et vie numérique"


def test_directors_manage_the_vocabulary_and_parents_do_not(director, parent):
    assert director.has_perm("resources.change_theme")
    assert director.has_perm("resources.add_schoollevel")
    assert not parent.has_perm("resources.change_theme")


def test_related_resources_are_computed_from_shared_themes(make_resource):
    resource = make_resource(title="A", themes=("screens", "homework"))
    both = make_resource(title="B", themes=("screens", "homework"))
    one = make_resource(title="C", themes=("homework",))
    assert queries.related(resource) == [both, one]


def test_chosen_related_resources_come_first(make_resource):
    from resources.models import RelatedResource

    resource = make_resource(title="A")
    make_resource(title="B")
    chosen = make_resource(title="C", themes=("homework",))
    RelatedResource.objects.create(page=resource, resource=chosen)
    assert queries.related(resource) == [chosen]


def test_resource_page_shows_related_and_print_links(client, make_resource):
    resource = make_resource(title="A")
    make_resource(title="Voisine")
    body = client.get(resource.url).content.decode()
    assert "Voisine" in body
    assert resource.url + "print/" in body
    assert resource.url + "pdf/" in body


def test_home_page_and_parents_space_show_featured_and_newest(
    client, home, parent_space, make_resource
):
    make_resource(title="À la une", featured=True)
    make_resource(title="Toute nouvelle")
    for url in (home.url, parent_space.url):
        body = client.get(url).content.decode()
        assert "À la une" in body
        assert "Toute nouvelle" in body


def test_library_counts_the_same_queries_on_the_home_page(
    client, home, make_resource, django_assert_max_num_queries
):
    # The home page also shows the agenda and the menus: the bound is the same for 10 and 200.
    for n in range(10):
        make_resource(title=f"Fiche {n}", featured=n % 2 == 0)
    client.get(home.url)
    with django_assert_max_num_queries(45):
        client.get(home.url)
    for n in range(10, 200):
        make_resource(title=f"Fiche {n}", featured=n % 2 == 0)
    with django_assert_max_num_queries(45):
        client.get(home.url)


def test_a_resource_published_without_a_date_takes_the_day_it_went_online(make_resource):
    from django.utils import timezone

    resource = make_resource(title="Sans date", first_published=None)
    resource.save_revision().publish()
    resource.refresh_from_db()
    assert resource.first_published == timezone.now().date()


def test_a_resource_with_a_recording_has_a_player_its_download_and_its_transcript(
    client, make_resource
):
    """Parents who read little listen; those who cannot listen read what is said."""
    from django.core.files.base import ContentFile

    from wagtail.documents import get_document_model

    recording = get_document_model().objects.create(
        title="Lire avec son enfant", file=ContentFile(b"ID3" + b"\0" * 2048, name="lire.mp3")
    )
    resource = make_resource(
        title="Lire avec son enfant",
        audio=recording,
        audio_transcript="Chaque soir, prenez un livre, même court.",
    )
    html = client.get(resource.url).content.decode()
    assert '<audio controls preload="none" aria-labelledby="resource-audio-title"' in html
    assert f'<source src="{recording.url}" type="audio/mpeg">' in html
    assert f'<a href="{recording.url}" download>' in html
    assert '<details class="audio-player__transcript">' in html
    assert "Chaque soir, prenez un livre, même court." in html


def test_a_resource_not_yet_translated_leads_back_to_the_library_in_the_visitors_language(
    client, home, library, make_resource, translate_page
):
    """An Arabic reader of a French-only sheet returns to the Arabic library, by the breadcrumb
    and by the sheet's themes and levels, rather than to the French one."""
    resource = make_resource(title="Le sommeil")
    translate_page(home, "ar", title="مرحبًا")
    arabic = translate_page(library, "ar", title="موارد للأولياء")
    body = client.get(f"/ar{resource.url[3:]}").content.decode()
    assert "Le sommeil" in body
    assert f'lang="ar" dir="rtl"><a href="{arabic.url}">موارد للأولياء</a>' in body
    assert f'href="{arabic.url}?theme=ecrans"' in body
    assert f'href="{arabic.url}?level=elementaire"' in body
    assert f'href="{library.url}?theme=' not in body
    # A French reader keeps the French library.
    french_body = client.get(resource.url).content.decode()
    assert f'data-listen-skip><a href="{library.url}">{library.title}</a>' in french_body
