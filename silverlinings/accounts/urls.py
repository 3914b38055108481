from django.urls import path

from . import views, views_people

app_name = "accounts"
urlpatterns = [
    path("sign-in/", views.sign_in, name="sign_in"),
    path("sign-in/check-your-email/", views.check_email, name="check_email"),
    path("sign-in/link/", views.link_sign_in, name="link_sign_in"),
    path("staff/sign-in/", views.StaffSignInView.as_view(), name="staff_sign_in"),
    path("sign-out/", views.sign_out, name="sign_out"),
    path("set-password/<uidb64>/<token>/", views_people.SetPasswordView.as_view(), name="set_password"),
    path("manage/people/", views_people.people, name="people"),
    path("manage/people/invite/", views_people.person_invite, name="person_invite"),
    path("manage/people/<int:pk>/", views_people.person_detail, name="person_detail"),
    path("manage/people/<int:pk>/roles/", views_people.membership_give, name="membership_give"),
    path(
        "manage/people/<int:pk>/roles/<slug:kind>/", views_people.membership_give_scoped, name="membership_give_scoped"
    ),
    path(
        "manage/people/<int:pk>/roles/<int:membership_pk>/remove/",
        views_people.membership_remove,
        name="membership_remove",
    ),
]
