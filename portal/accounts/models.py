from django.conf import settings
from django.contrib.auth.models import AbstractUser, BaseUserManager
from django.db import models
from django.utils.translation import gettext_lazy as _

from portal.i18n import language_name_in_sentence


class UserManager(BaseUserManager):
    use_in_migrations = True

    def _create_user(self, email, password, **extra_fields):
        if not email:
            raise ValueError("An email address is required.")
        user = self.model(email=self.normalize_email(email).lower(), **extra_fields)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", False)
        extra_fields.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra_fields)

    def create_superuser(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", True)
        extra_fields.setdefault("is_superuser", True)
        return self._create_user(email, password, **extra_fields)


class User(AbstractUser):
    """A person with an account: parents, representatives and the school team. Email is the login."""

    username = None
    email = models.EmailField(_("email address"), unique=True)
    language = models.CharField(
        _("preferred language"),
        max_length=8,
        choices=settings.LANGUAGES,
        default=settings.LANGUAGE_CODE,
        help_text=_("Emails from the school are written in this language."),
    )
    # The person's own right to disconnect, on top of the school's quiet hours.
    no_email_before = models.TimeField(_("no email before"), null=True, blank=True)
    no_email_after = models.TimeField(_("no email after"), null=True, blank=True)
    #: Weekdays without email, as digits (0 = Monday … 6 = Sunday).
    no_email_days = models.CharField(_("no email on"), max_length=7, blank=True)
    # What families see when they choose whom to meet (the classes are the school's SchoolClass).
    languages_spoken = models.JSONField(
        _("languages you can speak with families"), default=list, blank=True
    )
    # A Translator works in these languages only (language codes of the site's locales).
    translates_into = models.JSONField(
        _("languages this person translates into"), default=list, blank=True
    )

    USERNAME_FIELD = "email"
    REQUIRED_FIELDS = []

    objects = UserManager()

    class Meta(AbstractUser.Meta):
        verbose_name = _("user")
        verbose_name_plural = _("users")
        ordering = ["email"]

    def __str__(self):
        return self.get_full_name() or self.email

    @property
    def quiet_weekdays(self):
        """The weekdays (0 = Monday) on which the person wants no email."""
        return {int(day) for day in self.no_email_days if day.isdigit()}

    def spoken_language_names(self):
        """The languages this person speaks, named in the visitor's language."""
        names = []
        for code in self.languages_spoken or []:
            try:
                names.append(language_name_in_sentence(code))
            except KeyError:
                continue
        return names

    def team_role(self):
        """ "Director" or "Teacher", read from the groups (prefetch them for a list of people)."""
        names = {group.name for group in self.groups.all()}
        for role in ("Director", "Teacher"):
            if role in names:
                return settings.ROLE_LABELS[role]
        return ""


class Invitation(models.Model):
    """A Director's invitation to join with a role. Accepted once, through a signed link that expires."""

    email = models.EmailField(_("email address"))
    role = models.CharField(_("role"), max_length=32)
    language = models.CharField(
        _("language of the invitation"), max_length=8, choices=settings.LANGUAGES, default="fr"
    )
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    accepted_at = models.DateTimeField(null=True, blank=True)
    accepted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        verbose_name = _("invitation")
        verbose_name_plural = _("invitations")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.email} ({self.role})"
