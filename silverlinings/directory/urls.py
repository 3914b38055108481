from django.urls import path

from . import views

app_name = "directory"
urlpatterns = [
    path("contact-details/", views.contact_list, name="contact_list"),
    path("manage/contacts/", views.manage_contacts, name="manage_contacts"),
    path("manage/contacts/add/", views.contact_add, name="contact_add"),
    path("manage/contacts/<int:pk>/", views.contact_edit, name="contact_edit"),
    path("manage/contacts/<int:pk>/remove/", views.contact_remove, name="contact_remove"),
    path("manage/network-meetings/", views.network_meetings, name="network_meetings"),
    path("manage/network-meetings/<int:pk>/remove/", views.network_meeting_remove, name="network_meeting_remove"),
]
