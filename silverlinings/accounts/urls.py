from django.urls import path

from .views import people, sign_in

app_name = "accounts"
urlpatterns = [
    path("sign-in/", sign_in.sign_in, name="sign_in"),
    path("sign-in/check-your-email/", sign_in.check_email, name="check_email"),
    path("sign-in/link/", sign_in.link_sign_in, name="link_sign_in"),
    path("staff/sign-in/", sign_in.StaffSignInView.as_view(), name="staff_sign_in"),
    path("sign-out/", sign_in.sign_out, name="sign_out"),
    path("set-password/<uidb64>/<token>/", people.SetPasswordView.as_view(), name="set_password"),
    path("manage/people/", people.people, name="people"),
    path("manage/people/invite/", people.person_invite, name="person_invite"),
    path("manage/people/<int:pk>/", people.person_detail, name="person_detail"),
    path("manage/people/<int:pk>/roles/", people.membership_give, name="membership_give"),
    path("manage/people/<int:pk>/roles/<slug:kind>/", people.membership_give_scoped, name="membership_give_scoped"),
    path(
        "manage/people/<int:pk>/roles/<int:membership_pk>/remove/",
        people.membership_remove,
        name="membership_remove",
    ),
]
