from django.urls import path

from . import views

app_name = "privacy"
urlpatterns = [
    path("manage/personal-data/erase/", views.erase, name="erase"),
]
