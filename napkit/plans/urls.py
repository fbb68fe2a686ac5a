from django.urls import path

from napkit.plans import views

urlpatterns = [
    path("", views.plan_list, name="plan-list"),
    path("plans/<str:key>/", views.plan_detail, name="plan-detail"),
    path("plans/<str:key>/scorecard/", views.plan_scorecard, name="plan-scorecard"),
    path("compare/", views.plan_compare, name="plan-compare"),
    path("criteria/", views.criteria, name="criteria"),
]
