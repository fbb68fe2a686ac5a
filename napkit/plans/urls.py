from django.urls import path

from napkit.plans.views import catalogue, comments, edit, history, plans, start, workbooks

urlpatterns = [
    path("", plans.plan_list, name="plan-list"),
    path("plans/new/", start.plan_new, name="plan-new"),
    path("plans/import/", start.plan_import, name="plan-import"),
    path("plans/import/<uuid:token>/", start.plan_import_preview, name="plan-import-preview"),
    path("plans/template.xlsx", workbooks.template, name="workbook-template"),
    path("plans/<str:key>/", plans.plan_detail, name="plan-detail"),
    path("plans/<str:key>/logframe.xlsx", workbooks.plan_workbook, name="plan-workbook"),
    path("plans/<str:key>/next-edition/", start.next_edition, name="plan-next-edition"),
    path("plans/<str:key>/scorecard/", plans.plan_scorecard, name="plan-scorecard"),
    path("plans/<str:key>/results/<str:item>/", plans.result_detail, name="result-detail"),
    path("plans/<str:key>/items/<str:item>/edit/", edit.edit_item, name="item-edit"),
    path("plans/<str:key>/items/<str:item>/delete/", edit.delete_item, name="item-delete"),
    path("plans/<str:key>/items/<str:item>/move/", edit.move_item, name="item-move"),
    path("plans/<str:key>/items/<str:item>/history/", history.history, name="item-history"),
    path(
        "plans/<str:key>/items/<str:item>/comments/",
        comments.item_comments,
        name="item-comments",
    ),
    path("plans/<str:key>/comments/", comments.plan_comments, name="plan-comments"),
    path(
        "plans/<str:key>/comments/<int:pk>/resolve/",
        comments.resolve,
        name="comment-resolve",
    ),
    path("plans/<str:key>/add/<str:kind>/", edit.add_item, name="item-add"),
    path("plans/<str:key>/settings/<str:section>/", edit.edit_section, name="section-edit"),
    path("plans/<str:key>/publish/", edit.publish, name="plan-publish"),
    path("plans/<str:key>/versions/", history.version_list, name="version-list"),
    path(
        "plans/<str:key>/versions/<int:number>/",
        history.version_detail,
        name="version-detail",
    ),
    path("plans/<str:key>/diff/", history.version_diff, name="version-diff"),
    path("plans/<str:key>/history/", history.history, name="plan-history"),
    path("compare/", plans.plan_compare, name="plan-compare"),
    path("criteria/", plans.criteria, name="criteria"),
    path("catalogue/", catalogue.catalogue, name="catalogue"),
    path("plans/<str:key>/catalogue/", catalogue.plan_catalogue, name="plan-catalogue"),
]
