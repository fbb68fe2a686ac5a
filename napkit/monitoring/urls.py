from django.urls import path

from napkit.monitoring.views import comments, dashboard, history, inbox, rounds, shadow, submissions

P = "plans/<str:key>/monitoring/"
S = P + "submissions/<int:pk>/"

urlpatterns = [
    path("inbox/", inbox.inbox, name="inbox"),
    path(P, dashboard.dashboard, name="monitoring"),
    path(P + "rounds/", dashboard.round_list, name="round-list"),
    path(P + "rounds/new/", rounds.round_new, name="round-new"),
    path(P + "rounds/<str:round_key>/", rounds.round_detail, name="round-detail"),
    path(P + "rounds/<str:round_key>/close/", rounds.round_close, name="round-close"),
    path(S, submissions.submission_detail, name="submission-detail"),
    path(S + "template.<str:fmt>", submissions.template, name="submission-template"),
    path(S + "upload/", submissions.upload, name="submission-upload"),
    path(
        S + "upload/<int:pending_pk>/confirm/",
        submissions.upload_confirm,
        name="submission-upload-confirm",
    ),
    path(S + "evidence/", submissions.evidence_add, name="submission-evidence"),
    path(
        S + "evidence/<int:evidence_pk>/",
        submissions.evidence_file,
        name="submission-evidence-file",
    ),
    path(S + "comments/", comments.submission_comments, name="submission-comments"),
    path(
        S + "comments/on/<str:item>/",
        comments.value_comments,
        name="submission-value-comments",
    ),
    path(
        S + "comments/<int:comment_pk>/resolve/",
        comments.resolve,
        name="submission-comment-resolve",
    ),
    path(S + "<str:action>/", submissions.submission_action, name="submission-action"),
    path(P + "import/", history.history_upload, name="history-import"),
    path(P + "import/<uuid:token>/", history.history_map, name="history-import-map"),
    path(
        P + "import/<uuid:token>/confirm/",
        history.history_confirm,
        name="history-import-confirm",
    ),
    path(P + "indicators/", dashboard.indicator_list, name="indicator-list"),
    path(P + "indicators/<str:indicator_key>/", dashboard.indicator, name="indicator-detail"),
    path(P + "shadow/", shadow.shadow_list, name="shadow-list"),
    path(P + "shadow/new/", shadow.shadow_edit, name="shadow-new"),
    path(P + "shadow/<int:pk>/", shadow.shadow_edit, name="shadow-edit"),
    path(P + "shadow/<int:pk>/publish/", shadow.shadow_publish, name="shadow-publish"),
]
