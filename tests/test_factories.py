from wagtail.models import get_page_models

from tests import factories


def test_every_page_type_has_a_factory():
    """A page type without a factory is a page type without tests or demo content."""
    covered = {
        obj._meta.model
        for obj in vars(factories).values()
        if isinstance(obj, type) and hasattr(obj, "_meta") and getattr(obj._meta, "model", None)
    }
    missing = [m.__name__ for m in get_page_models() if m._meta.app_label not in ("wagtailcore",) and m not in covered]
    assert missing == []
