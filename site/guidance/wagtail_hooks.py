from wagtail import hooks
from wagtail.admin.ui.components import Component

from guidance import freshness


class OverdueReviewsPanel(Component):
    name = "overdue_reviews"
    order = 110
    template_name = "guidance/admin/overdue_reviews_panel.html"

    def get_context_data(self, parent_context=None):
        return {"pages": freshness.overdue_reviews()}


class OutdatedTranslationsPanel(Component):
    name = "outdated_translations"
    order = 120
    template_name = "guidance/admin/outdated_translations_panel.html"

    def get_context_data(self, parent_context=None):
        return {"pages": freshness.outdated_translations()}


@hooks.register("construct_homepage_panels")
def add_freshness_panels(request, panels):
    if request.user.has_perm("wagtailadmin.access_admin"):
        panels.append(OverdueReviewsPanel())
        panels.append(OutdatedTranslationsPanel())
