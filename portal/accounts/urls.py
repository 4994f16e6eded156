from django.urls import path

from portal.accounts import views

urlpatterns = [
    path("profile/", views.profile, name="account_profile"),
    path("profile/export/", views.export_data, name="account_export"),
    path("profile/delete/", views.delete_account, name="account_delete"),
    path("invitations/", views.invite, name="account_invite"),
    path(
        "invitations/accept/<str:token>/", views.accept_invitation, name="account_accept_invitation"
    ),
]
