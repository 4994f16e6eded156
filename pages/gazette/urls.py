from django.urls import path

from portal import ids  # noqa: F401  (registers <id:…>)

from . import views

app_name = "gazette"

urlpatterns = [
    path("gazette/subscribe/", views.subscribe, name="subscribe"),
    path("gazette/manage/", views.manage, name="manage"),
    path("gazette/manage/<str:token>/", views.manage_link, name="manage_link"),
    path("gazette/confirm/<str:token>/", views.confirm, name="confirm"),
    path("gazette/unsubscribe/<str:token>/", views.unsubscribe, name="unsubscribe"),
    path("gazette/read/<str:token>/<str:section>/", views.acknowledge, name="acknowledge"),
    path(
        "gazette/<id:page_id>/read/<str:section>/",
        views.acknowledge_on_page,
        name="acknowledge_on_page",
    ),
]
