from django.urls import path

from . import views

app_name = "accounts"
urlpatterns = [
    path("sign-in/", views.sign_in, name="sign_in"),
    path("sign-in/check-your-email/", views.check_email, name="check_email"),
    path("sign-in/link/", views.link_sign_in, name="link_sign_in"),
    path("staff/sign-in/", views.StaffSignInView.as_view(), name="staff_sign_in"),
    path("sign-out/", views.sign_out, name="sign_out"),
]
