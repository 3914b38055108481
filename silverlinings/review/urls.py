app_name = "review"
# The grouping and panel pages are added as they land.
urlpatterns: list = []
