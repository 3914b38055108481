from django.urls import path

from . import views

app_name = "jobs"
urlpatterns = [
    path("manage/scheduled-jobs/", views.job_list, name="job_list"),
    path("manage/scheduled-jobs/<int:pk>/", views.job_detail, name="job_detail"),
]
