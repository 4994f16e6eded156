from django.urls import path

from portal import ids  # noqa: F401  (registers <id:…>)

from . import views

app_name = "events"

urlpatterns = [
    path("events/answer/<str:token>/confirm/", views.rsvp_confirm, name="rsvp_confirm"),
    path("events/answer/<str:token>/cancel/", views.rsvp_cancel, name="rsvp_cancel"),
    path("events/<id:page_id>/answers/", views.rsvp_list, name="rsvp_list"),
    path("appointments/", views.appointments_index, name="appointments"),
    path("appointments/slot/<id:slot_id>/", views.book_slot, name="book"),
    path("appointments/confirm/<str:token>/", views.booking_confirm, name="booking_confirm"),
    path("appointments/booking/<str:token>/", views.booking_manage, name="booking_manage"),
    path("appointments/my-day/", views.host_day, name="host_day"),
    path("appointments/open/", views.open_slots, name="open_slots"),
    path("appointments/who-came/", views.appointment_attendance, name="appointment_attendance"),
]
