from django.urls import include, path

urlpatterns = [
    path("", include("napkit.plans.urls")),
]
