from django.urls import path

from .views import documents, headings, manage, nominate, public, redaction

app_name = "calls"
urlpatterns = [
    path("calls/", public.call_list, name="call_list"),
    path("calls/<slug:slug>/", public.call_detail, name="call_detail"),
    path("calls/<slug:slug>/nomination-form.docx", public.call_document, name="call_document"),
    path("calls/<slug:slug>/nominate/", nominate.nomination_start, name="nomination_start"),
    path("calls/<slug:slug>/upload/", documents.document_upload, name="document_upload"),
    path("calls/<slug:slug>/upload/<uuid:batch>/", documents.upload_progress, name="upload_progress"),
    path(
        "returned-documents/<int:pk>/download/", documents.returned_document_download, name="returned_document_download"
    ),
    path("nominations/", nominate.my_nominations, name="my_nominations"),
    path("nominations/<int:pk>/", nominate.nomination_detail, name="nomination_detail"),
    path("nominations/<int:pk>/questions/<int:index>/", nominate.nomination_section, name="nomination_section"),
    path(
        "nominations/<int:pk>/questions/<int:index>/autosave/", nominate.nomination_autosave, name="nomination_autosave"
    ),
    path("nominations/<int:pk>/check/", nominate.nomination_check, name="nomination_check"),
    path("nominations/<int:pk>/submit/", nominate.nomination_submit, name="nomination_submit"),
    path("nominations/<int:pk>/withdraw/", nominate.nomination_withdraw, name="nomination_withdraw"),
    path("nominations/<int:pk>/delete/", nominate.nomination_delete, name="nomination_delete"),
    path("manage/calls/", manage.manage_calls, name="manage_calls"),
    path("manage/calls/new/", manage.call_create, name="call_create"),
    path("manage/calls/<slug:slug>/edit/", manage.call_edit, name="call_edit"),
    path("manage/calls/<slug:slug>/nominations/", manage.call_nominations, name="call_nominations"),
    path("manage/calls/<slug:slug>/headings/", headings.headings, name="headings"),
    path("manage/calls/<slug:slug>/headings/add/", headings.heading_add, name="heading_add"),
    path("manage/calls/<slug:slug>/headings/<int:pk>/", headings.heading_edit, name="heading_edit"),
    path("manage/calls/<slug:slug>/headings/<int:pk>/move/", headings.heading_move, name="heading_move"),
    path("manage/calls/<slug:slug>/headings/<int:pk>/remove/", headings.heading_remove, name="heading_remove"),
    path("manage/calls/<slug:slug>/key-in/", manage.key_in, name="key_in"),
    path("manage/calls/<slug:slug>/coverage/", manage.coverage, name="coverage"),
    path("manage/calls/<slug:slug>/last-call/", manage.last_call, name="last_call"),
    path("manage/calls/<slug:slug>/export.<str:fmt>", manage.export, name="export"),
    path("manage/nominations/<int:pk>/personal-data/", redaction.nomination_redact, name="nomination_redact"),
    path(
        "manage/nominations/<int:pk>/personal-data/ask/",
        redaction.nomination_ask_to_edit,
        name="nomination_ask_to_edit",
    ),
]
