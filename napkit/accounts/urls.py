from django.contrib.auth import views as auth_views
from django.urls import path

from napkit.accounts.views import members as views

urlpatterns = [
    path("accounts/login/", views.LoginView.as_view(), name="login"),
    path("accounts/logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("plans/<str:key>/members/", views.members, name="plan-members"),
    path(
        "plans/<str:key>/members/<int:role_id>/remove/",
        views.remove_member,
        name="plan-member-remove",
    ),
]
