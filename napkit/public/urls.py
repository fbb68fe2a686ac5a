from django.urls import path

from napkit.public.views import issuing
from napkit.public.views import site as views

P = "public/<str:key>/"

urlpatterns = [
    path("public/", views.plan_list, name="public-list"),
    path("plans/<str:key>/reports/", issuing.reports, name="report-issue"),
    path(P, views.overview, name="public-plan"),
    path(P + "pillars/<str:pillar>/", views.pillar, name="public-pillar"),
    path(P + "results/<str:item>/", views.result, name="public-result"),
    path(P + "indicators/", views.indicators, name="public-indicators"),
    path(P + "indicators/<str:item>/", views.indicator, name="public-indicator"),
    path(P + "organisations/<str:org>/", views.organisation, name="public-organisation"),
    path(P + "scorecard/", views.scorecard, name="public-scorecard"),
    path(P + "downloads/", views.downloads, name="public-downloads"),
    path(P + "downloads/<str:name>/", views.download, name="public-download"),
    path(P + "reports/<str:period>.<str:fmt>", views.annual_report, name="public-report"),
    path(
        P + "reports/<str:period>/edition-<int:edition>.<str:fmt>",
        views.report_edition,
        name="public-report-edition",
    ),
    path(P + "consultations/", views.participation, name="public-participation"),
    path(P + "consultations/<str:item>/", views.consultation, name="public-consultation"),
    path(P + "shadow/<int:number>/", views.shadow_assessment, name="public-shadow"),
]
