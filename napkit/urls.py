from django.urls import include, path
from django.views.i18n import set_language

urlpatterns = [
    path("i18n/setlang/", set_language, name="set_language"),
    path("", include("napkit.accounts.urls")),
    path("", include("napkit.api.urls")),
    path("", include("napkit.plans.urls")),
    path("", include("napkit.monitoring.urls")),
    path("", include("napkit.public.urls")),
]
