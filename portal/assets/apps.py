from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AssetsConfig(AppConfig):
    name = "portal.assets"
    label = "assets"
    verbose_name = _("Images and documents")

    def ready(self):
        from portal.accounts import personal_data

        from .models import CustomDocument, CustomImage

        def export(user):
            return {
                "images_uploaded": list(
                    CustomImage.objects.filter(uploaded_by_user=user).values_list(
                        "title", flat=True
                    )
                ),
                "documents_uploaded": list(
                    CustomDocument.objects.filter(uploaded_by_user=user).values_list(
                        "title", flat=True
                    )
                ),
            }

        # The files stay with the school; Wagtail forgets who uploaded them with the account.
        personal_data.register("uploads", export, models=[CustomImage, CustomDocument])
