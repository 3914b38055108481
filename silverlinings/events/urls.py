from django.urls import path

from .views import manage, public, registrant

app_name = "events"
urlpatterns = [
    path("events/", public.event_list, name="event_list"),
    path("events/<slug:slug>/", public.event_detail, name="event_detail"),
    path("events/<slug:slug>/event.ics", public.event_ics, name="event_ics"),
    path("events/<slug:slug>/sessions/<int:pk>.ics", public.session_ics, name="session_ics"),
    path("events/<slug:slug>/register/", public.register, name="register"),
    path("events/<slug:slug>/coordinate/", manage.coordinate, name="coordinate"),
    path("events/<slug:slug>/coordinate/<int:pk>/cancel/", manage.coordinator_cancel, name="coordinator_cancel"),
    path("registration/<str:token>/", registrant.registration, name="registration"),
    path("registration/<str:token>/workshops/", registrant.workshops_change, name="workshops_change"),
    path("registration/<str:token>/cancel/", registrant.registration_cancel, name="registration_cancel"),
    path("registration/<str:token>/accept/", registrant.offer_accept, name="offer_accept"),
    path("registration/<str:token>/feedback/", registrant.feedback, name="feedback"),
    path("registration/<str:token>/certificate.pdf", registrant.certificate, name="certificate"),
    path("join/<str:token>/", registrant.join, name="join"),
    path("manage/events/", manage.manage_events, name="manage_events"),
    path("manage/events/new/", manage.event_create, name="event_create"),
    path("manage/events/<slug:slug>/", manage.event_manage, name="event_manage"),
    path("manage/events/<slug:slug>/edit/", manage.event_edit, name="event_edit"),
    path("manage/events/<slug:slug>/sessions/add/", manage.session_add, name="session_add"),
    path("manage/events/<slug:slug>/sessions/<int:pk>/", manage.session_edit, name="session_edit"),
    path("manage/events/<slug:slug>/sessions/<int:pk>/remove/", manage.session_remove, name="session_remove"),
    path("manage/events/<slug:slug>/places/", manage.allocations, name="allocations"),
    path("manage/events/<slug:slug>/coordinators/", manage.coordinators, name="coordinators"),
    path(
        "manage/events/<slug:slug>/coordinators/<int:pk>/remove/", manage.coordinator_revoke, name="coordinator_revoke"
    ),
    path("manage/events/<slug:slug>/message/", manage.message, name="message"),
    path("manage/events/<slug:slug>/materials/", manage.materials_send, name="materials_send"),
    path("manage/events/<slug:slug>/export.<str:fmt>", manage.export, name="export"),
]
