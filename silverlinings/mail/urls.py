from django.urls import path

from . import views

app_name = "mail"
urlpatterns = [
    path("manage/emails/", views.outbox, name="outbox"),
    path("manage/emails/<int:pk>/", views.message_detail, name="message_detail"),
    path("manage/emails/<int:pk>/send-again/", views.message_send_again, name="message_send_again"),
    path("manage/emails/templates/", views.template_list, name="template_list"),
    path("manage/emails/templates/<slug:slug>/", views.template_edit, name="template_edit"),
    path("manage/emails/templates/<slug:slug>/original/", views.template_reset, name="template_reset"),
    path("email/unsubscribe/<str:token>/", views.unsubscribe, name="unsubscribe"),
]
