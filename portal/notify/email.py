"""The one path for email leaving the site: rendered in the recipient's language."""

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.utils import translation


def render_in(language, template, context):
    with translation.override(language or settings.LANGUAGE_CODE):
        return render_to_string(template, context)


def send_to(recipient_email, language, subject_template, body_template, context, attachments=()):
    """Send one email written in `language`.

    `subject_template` and `body_template` are template names (the subject's newlines are
    removed); `attachments` is a sequence of (filename, content, mimetype).
    """
    language = language if language in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE
    context = {**context, "language": language}
    subject = " ".join(render_in(language, subject_template, context).split())
    body = render_in(language, body_template, context)
    message = EmailMultiAlternatives(
        subject=subject,
        body=body,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[recipient_email],
        headers={"Content-Language": language},
    )
    for filename, content, mimetype in attachments:
        message.attach(filename, content, mimetype)
    message.send()
    return message
