from django.urls import path

from napkit.monitoring import views, views_shadow

P = "plans/<str:key>/monitoring/"
S = P + "submissions/<int:pk>/"

urlpatterns = [
    path(P, views.dashboard, name="monitoring"),
    path(P + "rounds/", views.round_list, name="round-list"),
    path(P + "rounds/new/", views.round_new, name="round-new"),
    path(P + "rounds/<str:round_key>/", views.round_detail, name="round-detail"),
    path(P + "rounds/<str:round_key>/close/", views.round_close, name="round-close"),
    path(S, views.submission_detail, name="submission-detail"),
    path(S + "template.<str:fmt>", views.template, name="submission-template"),
    path(S + "upload/", views.upload, name="submission-upload"),
    path(
        S + "upload/<int:pending_pk>/confirm/",
        views.upload_confirm,
        name="submission-upload-confirm",
    ),
    path(S + "evidence/", views.evidence_add, name="submission-evidence"),
    path(S + "evidence/<int:evidence_pk>/", views.evidence_file, name="submission-evidence-file"),
    path(S + "<str:action>/", views.submission_action, name="submission-action"),
    path(P + "indicators/", views.indicator_list, name="indicator-list"),
    path(P + "indicators/<str:indicator_key>/", views.indicator, name="indicator-detail"),
    path(P + "shadow/", views_shadow.shadow_list, name="shadow-list"),
    path(P + "shadow/new/", views_shadow.shadow_edit, name="shadow-new"),
    path(P + "shadow/<int:pk>/", views_shadow.shadow_edit, name="shadow-edit"),
    path(P + "shadow/<int:pk>/publish/", views_shadow.shadow_publish, name="shadow-publish"),
]
