from django.urls import path

from . import views

app_name = "directory"
urlpatterns = [
    path("contact-details/", views.contact_list, name="contact_list"),
]
