from django.urls import path

from .views import imports, manage, public, send, status, subscribers

app_name = "bulletins"
urlpatterns = [
    path("bulletins/", public.archive, name="archive"),
    path("bulletins/subscribe/", subscribers.subscribe, name="subscribe"),
    path("bulletins/subscribe/confirm/<str:token>/", subscribers.subscribe_confirm, name="subscribe_confirm"),
    path("bulletins/preferences/<uuid:token>/", subscribers.preferences, name="preferences"),
    path("bulletins/delivery-status/", status.delivery_status, name="delivery_status"),
    path("bulletins/tools-and-templates/", public.resources, name="resources"),
    path("bulletins/<slug:slug>/", public.publication, name="publication"),
    path("bulletins/<slug:slug>/feed.atom", public.feed, name="feed"),
    path("bulletins/<slug:slug>/<int:number>/", public.issue_detail, name="issue_detail"),
    path("bulletins/<slug:slug>/<int:number>/<slug:item>/", public.item_detail, name="item_detail"),
    path("manage/bulletins/", manage.manage, name="manage"),
    path("manage/bulletins/tools-and-templates/", manage.resources_manage, name="resources_manage"),
    path("manage/bulletins/subscribers/", subscribers.subscriber_list, name="subscriber_list"),
    path("manage/bulletins/subscribers/import/", subscribers.subscribers_import, name="subscribers_import"),
    path("manage/bulletins/subscribers/export.csv", subscribers.subscribers_export, name="subscribers_export"),
    path("manage/bulletins/<slug:slug>/new/", manage.issue_create, name="issue_create"),
    path("manage/bulletins/<slug:slug>/import/", imports.issue_import_page, name="issue_import"),
    path("manage/bulletins/issues/<int:pk>/", manage.issue_manage, name="issue_manage"),
    path("manage/bulletins/issues/<int:pk>/details/", manage.issue_edit, name="issue_edit"),
    path("manage/bulletins/issues/<int:pk>/items/add/", manage.item_add, name="item_add"),
    path("manage/bulletins/issues/<int:pk>/preview/", send.issue_preview, name="issue_preview"),
    path("manage/bulletins/issues/<int:pk>/preview.txt", send.issue_preview_text, name="issue_preview_text"),
    path("manage/bulletins/issues/<int:pk>/test/", send.issue_test, name="issue_test"),
    path("manage/bulletins/issues/<int:pk>/send/", send.issue_send, name="issue_send"),
    path("manage/bulletins/issues/<int:pk>/send/cancel/", send.issue_send_cancel, name="issue_send_cancel"),
    path("manage/bulletins/items/<int:pk>/", manage.item_edit, name="item_edit"),
    path("manage/bulletins/items/<int:pk>/remove/", manage.item_remove, name="item_remove"),
    path(
        "manage/bulletins/attachments/<int:pk>/remove/",
        manage.item_attachment_remove,
        name="item_attachment_remove",
    ),
    path("manage/bulletins/items/<int:pk>/move/", manage.item_move, name="item_move"),
    path("manage/bulletins/reminders/<int:pk>/remove/", manage.reminder_remove, name="reminder_remove"),
]
