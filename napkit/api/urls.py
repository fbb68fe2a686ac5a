from django.urls import path

from napkit.api.views import plans as views

urlpatterns = [
    path("api/v1/openapi.json", views.openapi, name="api-openapi"),
    path("api/v1/plans/", views.plans, name="api-plans"),
    path("api/v1/plans/<str:key>/", views.plan, name="api-plan"),
    path("api/v1/plans/<str:key>/scorecard/", views.scorecard, name="api-scorecard"),
    path("api/v1/plans/<str:key>/items/<str:item_id>/", views.item, name="api-item"),
    path("api/v1/plans/<str:key>/comments/", views.plan_comments, name="api-comments"),
]
