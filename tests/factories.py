"""Factories for site-wide models: people and their roles."""

from django.contrib.auth import get_user_model

from wagtail.models import Locale

import factory

from portal import roles


def french():
    return Locale.objects.get_or_create(language_code="fr")[0]


class UserFactory(factory.django.DjangoModelFactory):
    email = factory.Sequence(lambda n: f"person{n}@example.org")
    first_name = "Camille"
    last_name = factory.Sequence(lambda n: f"Dupont{n}")
    password = factory.django.Password("correct horse battery staple")
    language = "fr"

    class Meta:
        model = get_user_model()
        django_get_or_create = ("email",)
        skip_postgeneration_save = True

    @factory.post_generation
    def role(user, create, extracted, **kwargs):
        if create and extracted:
            roles.assign(user, extracted)
