from django.contrib.auth import views as auth_views
from django.urls import path

from napkit.accounts.views import members as views
from napkit.accounts.views import passwords, people

urlpatterns = [
    path("accounts/login/", views.LoginView.as_view(), name="login"),
    path("accounts/logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("accounts/password/", passwords.PasswordChange.as_view(), name="password-change"),
    path(
        "accounts/password/changed/",
        passwords.PasswordChangeDone.as_view(),
        name="password-change-done",
    ),
    path("accounts/reset/", passwords.PasswordReset.as_view(), name="password-reset"),
    path("accounts/reset/sent/", passwords.PasswordResetDone.as_view(), name="password-reset-done"),
    path(
        "accounts/reset/<uidb64>/<token>/",
        passwords.PasswordResetConfirm.as_view(),
        name="password-reset-confirm",
    ),
    path(
        "accounts/reset/done/",
        passwords.PasswordResetComplete.as_view(),
        name="password-reset-complete",
    ),
    path("accounts/people/", people.people, name="people"),
    path("accounts/people/<int:pk>/active/", people.set_active, name="people-active"),
    path("plans/<str:key>/members/", views.members, name="plan-members"),
    path(
        "plans/<str:key>/members/<int:role_id>/remove/",
        views.remove_member,
        name="plan-member-remove",
    ),
]
