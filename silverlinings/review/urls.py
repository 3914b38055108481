from .views import grouping, panel

app_name = "review"
urlpatterns = [*grouping.urlpatterns, *panel.urlpatterns]
