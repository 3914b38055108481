from .views import grouping, meeting, panel

app_name = "review"
urlpatterns = [*grouping.urlpatterns, *panel.urlpatterns, *meeting.urlpatterns]
