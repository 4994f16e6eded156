from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.models import Site


class MessageQuerySet(models.QuerySet):
    def about(self, purpose, obj):
        """The messages written for `purpose` about `obj` (a saved model instance)."""
        return self.filter(
            purpose=purpose,
            content_type=ContentType.objects.get_for_model(obj, for_concrete_model=False),
            object_id=str(obj.pk),
        )

    def pending(self):
        return self.filter(status=Message.Status.PENDING)

    def failed(self):
        return self.filter(status=Message.Status.FAILED)


class Message(models.Model):
    """One email in the outbox, rendered in its recipient's language when it was written.

    (purpose, object, recipient) is unique when an object is named, so that a message is written
    once even when the action that wrote it runs again (a task retried, a page republished)."""

    class Status(models.TextChoices):
        PENDING = "pending", _("waiting")
        SENT = "sent", _("sent")
        FAILED = "failed", _("failed")

    purpose = models.CharField(_("purpose"), max_length=80, db_index=True)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.PENDING, db_index=True
    )
    content_type = models.ForeignKey(
        ContentType, null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    object_id = models.CharField(max_length=40, blank=True)
    site = models.ForeignKey(
        Site, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    recipient = models.EmailField(_("recipient"), max_length=254)
    language = models.CharField(_("language"), max_length=10)
    subject = models.CharField(_("subject"), max_length=300)
    text = models.TextField()
    html = models.TextField(blank=True)
    #: [{"filename", "mimetype", "content" (base64)}]
    attachments = models.JSONField(default=list, blank=True)
    #: Extra headers, e.g. List-Unsubscribe and List-Unsubscribe-Post (RFC 8058).
    headers = models.JSONField(default=dict, blank=True)
    created_at = models.DateTimeField(_("written"), auto_now_add=True)
    due_at = models.DateTimeField(_("leaves at"), db_index=True)
    claimed_until = models.DateTimeField(null=True, blank=True)
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    last_error = models.CharField(_("last error"), max_length=500, blank=True)
    sent_at = models.DateTimeField(_("sent"), null=True, blank=True)
    failed_at = models.DateTimeField(_("given up"), null=True, blank=True)

    objects = MessageQuerySet.as_manager()
    # An email is not content: it names no page a "used by" list should show, and a batch of
    # thousands must not index each one.
    wagtail_reference_index_ignore = True

    class Meta:
        verbose_name = _("outgoing email")
        verbose_name_plural = _("outgoing emails")
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["purpose", "content_type", "object_id", "recipient"],
                condition=models.Q(content_type__isnull=False),
                name="notify_message_once_per_object",
            )
        ]

    def __str__(self):
        return f"{self.subject} → {self.recipient}"
