from django.urls import path

from napkit.plans import views, views_comments, views_edit, views_history

urlpatterns = [
    path("", views.plan_list, name="plan-list"),
    path("plans/<str:key>/", views.plan_detail, name="plan-detail"),
    path("plans/<str:key>/scorecard/", views.plan_scorecard, name="plan-scorecard"),
    path("plans/<str:key>/results/<str:item>/", views.result_detail, name="result-detail"),
    path("plans/<str:key>/items/<str:item>/edit/", views_edit.edit_item, name="item-edit"),
    path("plans/<str:key>/items/<str:item>/delete/", views_edit.delete_item, name="item-delete"),
    path("plans/<str:key>/items/<str:item>/move/", views_edit.move_item, name="item-move"),
    path("plans/<str:key>/items/<str:item>/history/", views_history.history, name="item-history"),
    path(
        "plans/<str:key>/items/<str:item>/comments/",
        views_comments.item_comments,
        name="item-comments",
    ),
    path("plans/<str:key>/comments/", views_comments.plan_comments, name="plan-comments"),
    path(
        "plans/<str:key>/comments/<int:pk>/resolve/",
        views_comments.resolve,
        name="comment-resolve",
    ),
    path("plans/<str:key>/add/<str:kind>/", views_edit.add_item, name="item-add"),
    path("plans/<str:key>/settings/<str:section>/", views_edit.edit_section, name="section-edit"),
    path("plans/<str:key>/publish/", views_edit.publish, name="plan-publish"),
    path("plans/<str:key>/versions/", views_history.version_list, name="version-list"),
    path(
        "plans/<str:key>/versions/<int:number>/",
        views_history.version_detail,
        name="version-detail",
    ),
    path("plans/<str:key>/diff/", views_history.version_diff, name="version-diff"),
    path("plans/<str:key>/history/", views_history.history, name="plan-history"),
    path("compare/", views.plan_compare, name="plan-compare"),
    path("criteria/", views.criteria, name="criteria"),
]
