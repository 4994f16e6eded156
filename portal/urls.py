from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path

from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from allauth.account import views as allauth_views

from pages.events import feeds as event_feeds
from pages.events import urls as event_urls
from pages.gazette import feeds as gazette_feeds
from pages.gazette import urls as gazette_urls
from partners import views as partner_views
from portal import (
    ids,  # noqa: F401  (registers <id:…> before the routes below use it)
    media,
    passwords,
    search,
    serving,
    sitemap,
    views,
)
from portal.accounts import urls as account_urls
from portal.accounts import views as account_views

handler400 = "portal.views.bad_request"
handler403 = "portal.views.permission_denied"
handler404 = "portal.views.page_not_found"
handler500 = "portal.views.server_error"

urlpatterns = [
    path("", views.root_redirect, name="root"),
    path("healthz", views.healthz, name="healthz"),
    path("favicon.ico", views.favicon),
    path("sitemap.xml", sitemap.sitemap, name="sitemap"),
    # The admin's login and password reset forms are closed: allauth's apply rate limits and 2FA.
    path("admin/login/", account_views.closed_login_form),
    re_path(r"^admin/password_reset/", account_views.admin_password_reset),
    # Wagtail's admin logout drops the session cookie even on a refused GET while the session
    # lives on: allauth's asks for confirmation on GET and ends the session on POST.
    path("admin/logout/", allauth_views.logout),
    path("_util/login/", account_views.closed_login_form, name="wagtailcore_login"),
    path("feeds/events.ics", event_feeds.events_feed, name="events_feed"),
    path("feeds/gazette.xml", gazette_feeds.GazetteFeed(), name="gazette_feed"),
    path("feeds/events/<id:page_id>.ics", event_feeds.event_ics, name="event_ics"),
    path("data/partners.csv", partner_views.partners_csv, name="partners_csv"),
    path("admin/", include(wagtailadmin_urls)),
    path(
        "documents/authenticate_with_password/<id:restriction_id>/",
        passwords.collection_password,
    ),
    re_path(r"^documents/(\d+)/(.*)$", media.serve_document),
    path("documents/", include(wagtaildocs_urls)),
    re_path(r"^media/(?P<path>.+)$", media.serve, name="media"),
    re_path(r"^accounts/(?P<rest>.*)$", views.language_redirect, {"section": "accounts"}),
    re_path(r"^appointments/(?P<rest>.*)$", views.language_redirect, {"section": "appointments"}),
]

urlpatterns += i18n_patterns(
    path("search/", search.search, name="search"),
    path("accounts/", include(account_urls)),
    path("accounts/", include("allauth.urls")),
    path(
        "_util/authenticate_with_password/<id:page_view_restriction_id>/<id:page_id>/",
        passwords.page_password,
        name="wagtailcore_authenticate_with_password",
    ),
    path("", include(event_urls)),
    path("", include(gazette_urls)),
    re_path(r"^((?:[\w\-]+/)*)$", serving.serve, name="wagtail_serve"),
    prefix_default_language=True,
)
