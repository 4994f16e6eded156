"""The demo's recordings and illustrations, put where families meet them."""

from django.core.files import File

from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from pages.home.models import HomePage, ParentSpacePage
from resources.models import ResourcePage

from .media_content import (
    AUDIO,
    AUDIO_SOURCE,
    AUDIO_TRANSLATIONS,
    IMAGE_SOURCE,
    IMAGES,
    LICENCE,
    MEDIA,
    RESOURCE_IMAGES,
)


def _publish(page):
    page.save_revision().publish()
    return page


def _document(name, title):
    Document = get_document_model()
    found = Document.objects.filter(title=title).first()
    if found is None:
        with (MEDIA / "audio" / name).open("rb") as handle:
            found = Document(title=title, source=AUDIO_SOURCE, licence=LICENCE)
            found.file.save(name, File(handle), save=False)
            found.file_size = found.file.size
            found.save()
    return found


def _image(name):
    Image = get_image_model()
    title = IMAGES[name][0]
    found = Image.objects.filter(title=title).first()
    if found is None:
        with (MEDIA / "images" / name).open("rb") as handle:
            found = Image(title=title, source=IMAGE_SOURCE, licence=LICENCE)
            found.file.save(name, File(handle), save=False)
            found.file_size = found.file.size
            found.save()
    return found


def _figure(name, language):
    alt = IMAGES[name][1].get(language) or IMAGES[name][1]["fr"]
    value = {"image": _image(name).pk, "alt_text": alt, "decorative": False}
    return {"type": "image", "value": {"image": value, "caption": ""}}


def _with_figure(page, field, name, position):
    """Add the illustration to a page's StreamField once; publish the change."""
    stream = getattr(page, field)
    if any(block.block_type == "image" for block in stream):
        return
    blocks = list(stream.raw_data)
    blocks.insert(position, _figure(name, page.locale.language_code))
    setattr(page, field, blocks)
    _publish(page)


def _with_audio(page, language):
    name, transcript = AUDIO[page.slug][language]
    if page.audio_id is None:
        page.audio = _document(name, f"{page.title} ({language})")
        page.audio_transcript = transcript
        _publish(page)


def build(locales, home):
    """Recordings on the three audio resources (French and Arabic), illustrations on the home
    page, the parents' space and three resources, in every language they exist in."""
    from .resources import translate_resource

    fr = locales["fr"]
    for slug in AUDIO:
        page = ResourcePage.objects.get(locale=fr, slug=slug)
        _with_audio(page, "fr")
        if "ar" in locales:
            arabic = translate_resource(page, locales["ar"], AUDIO_TRANSLATIONS[slug])
            _with_audio(arabic, "ar")
    for page in HomePage.objects.filter(translation_key=home.translation_key):
        _with_figure(page, "body", "school.png", 0)
    for page in ParentSpacePage.objects.filter(locale__in=locales.values()):
        _with_figure(page, "how_school_works", "meeting.png", 2)
    for slug, name in RESOURCE_IMAGES.items():
        source = ResourcePage.objects.get(locale=fr, slug=slug)
        for page in ResourcePage.objects.filter(translation_key=source.translation_key):
            _with_figure(page, "body", name, 1)
