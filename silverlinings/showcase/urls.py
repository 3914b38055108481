from django.urls import path

from .views import factcheck, images, manage, pack, public, workspace

app_name = "showcase"
urlpatterns = [
    path("showcase/", public.index, name="index"),
    path("showcase/feed.atom", public.feed, name="feed"),
    path("showcase/sitemap.xml", public.sitemap, name="sitemap"),
    path("showcase/packs/<slug:slug>.pdf", pack.pack_pdf, name="pack_pdf"),
    path("showcase/updates/<uuid:token>/", public.impact_update, name="impact_update"),
    path("showcase/<slug:slug>/", public.report, name="report"),
    path("showcase/<slug:slug>/adopted/", public.adoption_record, name="adoption_record"),
    path("showcase/<slug:slug>/contact/", public.enquiry, name="enquiry"),
    path("showcase/<slug:slug>.pdf", public.report_pdf, name="report_pdf"),
    path("manage/showcase/", manage.board, name="board"),
    path("manage/showcase/calls/<slug:slug>/commission/", manage.commission_create, name="commission_create"),
    path("manage/showcase/<int:pk>/", manage.commission_detail, name="commission_detail"),
    path("manage/showcase/<int:pk>/move/", manage.commission_move, name="commission_move"),
    path("manage/showcase/<int:pk>/comment/", manage.commission_comment, name="commission_comment"),
    path("commissions/", workspace.my_commissions, name="my_commissions"),
    path("commissions/<int:pk>/", workspace.workspace, name="workspace"),
    path("commissions/<int:pk>/autosave/", workspace.report_autosave, name="report_autosave"),
    path("commissions/<int:pk>/submit/", workspace.report_submit, name="report_submit"),
    path("commissions/<int:pk>/versions/", workspace.versions, name="versions"),
    path("commissions/<int:pk>/versions/<int:number>/restore/", workspace.version_restore, name="version_restore"),
    path("commissions/<int:pk>/preview/", workspace.preview, name="preview"),
    path("commissions/<int:pk>/pictures/", images.images, name="images"),
    path("commissions/<int:pk>/pictures/<int:image_pk>/remove/", images.image_remove, name="image_remove"),
    path("showcase/pictures/<int:pk>-<slug:version>.<str:extension>", images.image_file, name="image_file"),
    path("commissions/<int:pk>/preview.pdf", pack.report_pdf_preview, name="report_pdf_preview"),
    path("packs/<slug:slug>/", pack.pack_design, name="pack"),
    path("packs/<slug:slug>/cover/", pack.pack_cover, name="pack_cover"),
    path("packs/<slug:slug>/make/", pack.pack_build, name="pack_build"),
    path("packs/<slug:slug>/makes/<int:pk>/", pack.pack_build_detail, name="pack_build_detail"),
    path("packs/<slug:slug>/makes/<int:pk>/pack.pdf", pack.pack_build_download, name="pack_build_download"),
    path("packs/<slug:slug>/publish/", pack.pack_publish, name="pack_publish"),
    path("fact-check/<int:pk>/", factcheck.fact_check, name="fact_check"),
]
