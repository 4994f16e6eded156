"""StreamField blocks shared by two page families or more. Each renders templates/blocks/<name>.html."""

from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageBlock

RICH_TEXT_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul", "h3", "h4"]


class HeadingBlock(blocks.CharBlock):
    class Meta:
        icon = "title"
        label = _("Heading")
        template = "blocks/heading.html"
        group = _("Text")
        description = _("A section title, shown in the page outline.")


class ParagraphBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        super().__init__(features=RICH_TEXT_FEATURES, **kwargs)

    class Meta:
        icon = "pilcrow"
        label = _("Text")
        template = "blocks/paragraph.html"
        group = _("Text")
        description = _("Paragraphs with short lists and links.")


class PlainWordsBlock(blocks.StructBlock):
    text = blocks.TextBlock(
        label=_("In plain words"), help_text=_("Short sentences, everyday words.")
    )

    class Meta:
        icon = "help"
        label = _("In plain words")
        template = "blocks/plain_words.html"
        group = _("Text")
        description = _("A highlighted summary that a parent who reads little can follow.")
        preview_value = {"text": "L’école commence à 8 h 30. Les portes ouvrent à 8 h 20."}


class FigureBlock(blocks.StructBlock):
    image = ImageBlock(label=_("Image"))
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=250)

    class Meta:
        icon = "image"
        label = _("Image")
        template = "blocks/figure.html"
        group = _("Media")
        description = _("An image with its text alternative, read aloud to blind visitors.")


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(
        label=_("Link text"), required=False, help_text=_("Leave empty to use the document title.")
    )

    class Meta:
        icon = "doc-full"
        label = _("Document")
        template = "blocks/document.html"
        group = _("Media")
        description = _("A file to download, with its type and size.")


class EmbedBlock(blocks.StructBlock):
    """A video or page hosted elsewhere, shown as a link so that no request leaves for another site
    until the visitor chooses to go there."""

    url = blocks.URLBlock(label=_("Address of the video or page"))
    title = blocks.CharBlock(label=_("Title"), max_length=200)
    transcript = blocks.TextBlock(label=_("Transcript or summary"), required=False)

    class Meta:
        icon = "media"
        label = _("Video or external media")
        template = "blocks/embed.html"
        group = _("Media")
        description = _("A video hosted on another site, with its transcript.")


class AudioBlock(blocks.StructBlock):
    audio = DocumentChooserBlock(label=_("Audio file"), help_text=_("An MP3, OGG or M4A file."))
    title = blocks.CharBlock(label=_("Title"), max_length=200)
    transcript = blocks.TextBlock(
        label=_("Transcript"), help_text=_("What is said, for those who cannot listen.")
    )

    class Meta:
        icon = "media"
        label = _("Audio")
        template = "blocks/audio.html"
        group = _("Media")
        description = _("A recording to listen to, with its transcript.")


class FAQBlock(blocks.StructBlock):
    question = blocks.CharBlock(label=_("Question"), max_length=250)
    answer = blocks.RichTextBlock(label=_("Answer"), features=RICH_TEXT_FEATURES)

    class Meta:
        icon = "help"
        label = _("Question and answer")
        template = "blocks/faq.html"
        group = _("Text")
        description = _("A question parents often ask, with its answer folded underneath.")


class DoNotTranslateMixin:
    """A StructBlock whose fields named in `do_not_translate` (names, phone numbers, addresses,
    codes) are not offered to Translators: every language keeps the French value.

    wagtail-localize asks a block for its segments through `get_translatable_segments` and gives
    them back through `restore_translated_segments`; both hand the other fields to its own
    StreamField reader and writer (wagtail-localize is pinned, tests/portal/translation/test_do_not_translate.py
    fails if they change)."""

    do_not_translate = ()

    def get_translatable_segments(self, value):
        from wagtail_localize.segments.extract import StreamFieldSegmentExtractor

        extractor = StreamFieldSegmentExtractor(field=None)
        segments = []
        for name, child_value in value.items():
            if name in self.do_not_translate:
                continue
            child = self.child_blocks[name]
            segments.extend(
                segment.wrap(name) for segment in extractor.handle_block(child, child_value)
            )
        return segments

    def restore_translated_segments(self, value, segments):
        from wagtail_localize.segments.ingest import StreamFieldSegmentsWriter

        kept = [
            segment
            for segment in segments
            if segment.path.split(".")[0] not in self.do_not_translate
        ]
        writer = StreamFieldSegmentsWriter(field=None, src_locale=None, tgt_locale=None)
        return writer.handle_struct_block(value, kept)


class ContactCardBlock(DoNotTranslateMixin, blocks.StructBlock):
    do_not_translate = ("name", "phone", "email")

    name = blocks.CharBlock(label=_("Name"), max_length=120)
    role = blocks.CharBlock(label=_("Role"), max_length=120, required=False)
    phone = blocks.CharBlock(label=_("Phone"), max_length=40, required=False)
    email = blocks.EmailBlock(label=_("Email"), required=False)
    hours = blocks.CharBlock(label=_("When to reach them"), max_length=200, required=False)
    languages = blocks.CharBlock(label=_("Languages spoken"), max_length=200, required=False)

    class Meta:
        icon = "user"
        label = _("Contact card")
        template = "blocks/contact_card.html"
        group = _("People")
        description = _("Who to contact, how and when.")


def body_blocks():
    """The blocks every content page offers in its body."""
    return [
        ("heading", HeadingBlock()),
        ("paragraph", ParagraphBlock()),
        ("plain_words", PlainWordsBlock()),
        ("image", FigureBlock()),
        ("document", DocumentBlock()),
        ("embed", EmbedBlock()),
        ("audio", AudioBlock()),
        ("faq", FAQBlock()),
        ("contact", ContactCardBlock()),
    ]
