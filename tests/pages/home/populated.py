"""Page content that uses every shared block, for tests that must see every field filled."""

from django.core.files.base import ContentFile

from wagtail.images.tests.utils import get_test_image_file

from portal.assets.models import CustomDocument, CustomImage


def media():
    image = CustomImage.objects.create(
        title="Cour de récréation", file=get_test_image_file(), source="École", licence="CC BY"
    )
    document = CustomDocument.objects.create(
        title="Règlement intérieur", file=ContentFile(b"%PDF-1.4 test", name="reglement.pdf")
    )
    audio = CustomDocument.objects.create(
        title="La rentrée, lue à voix haute", file=ContentFile(b"ID3 audio", name="rentree.mp3")
    )
    return image, document, audio


def every_block(image, document, audio):
    return [
        {"type": "heading", "value": "La rentrée"},
        {"type": "paragraph", "value": "<p>Les portes ouvrent à <b>8 h 20</b>.</p>"},
        {"type": "plain_words", "value": {"text": "L’école commence à 8 h 30."}},
        {
            "type": "image",
            "value": {
                "image": {"image": image.pk, "decorative": False, "alt_text": "Des enfants jouent"},
                "caption": "La cour",
            },
        },
        {"type": "document", "value": {"document": document.pk, "title": "Le règlement"}},
        {
            "type": "embed",
            "value": {
                "url": "https://video.example.org/rentree",
                "title": "La rentrée en vidéo",
                "transcript": "La maîtresse accueille les enfants.",
            },
        },
        {
            "type": "audio",
            "value": {"audio": audio.pk, "title": "À écouter", "transcript": "Bienvenue à tous."},
        },
        {"type": "faq", "value": {"question": "Quand ?", "answer": "<p>Le lundi.</p>"}},
        {
            "type": "contact",
            "value": {
                "name": "Secrétariat",
                "role": "Absences",
                "phone": "04 00 00 00 00",
                "email": "ecole@example.org",
                "hours": "Le matin",
                "languages": "français, arabe",
            },
        },
    ]
