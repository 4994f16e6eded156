import importlib
import pkgutil

from wagtail.models import get_page_models

import tests


def _factory_models():
    """Models that have a factory in any tests/**/factories.py module."""
    models = set()
    for info in pkgutil.walk_packages(tests.__path__, "tests."):
        if info.name.rsplit(".", 1)[-1] != "factories":
            continue
        module = importlib.import_module(info.name)
        for obj in vars(module).values():
            model = getattr(getattr(obj, "_meta", None), "model", None)
            if isinstance(obj, type) and model is not None:
                models.add(model)
    return models


def test_every_page_type_has_a_factory():
    """A page type without a factory is a page type without tests or demo content."""
    covered = _factory_models()
    missing = [
        model.__name__
        for model in get_page_models()
        if model._meta.app_label != "wagtailcore" and model not in covered
    ]
    assert missing == []
