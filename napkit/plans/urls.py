from django.urls import path

from napkit.plans import views

urlpatterns = [
    path("", views.plan_list, name="plan-list"),
    path("plans/<str:key>/", views.plan_detail, name="plan-detail"),
]
