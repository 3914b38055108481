from .views import grouping, ideas, meeting, panel

app_name = "review"
urlpatterns = [*grouping.urlpatterns, *ideas.urlpatterns, *panel.urlpatterns, *meeting.urlpatterns]
