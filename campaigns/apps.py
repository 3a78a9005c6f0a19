from django.apps import AppConfig


class CampaignsConfig(AppConfig):
    name = "campaigns"

    def ready(self):
        from wagtail.signals import page_published

        from campaigns import audiences  # noqa: F401  (registers a reader key part)
        from campaigns.forms import PhasePageForm
        from campaigns.models import PhasePage
        from campaigns.schedule import on_page_published
        from core import navigation, roles

        PhasePage.base_form_class = PhasePageForm
        page_published.connect(on_page_published, dispatch_uid="campaigns_phase_published")
        navigation.register_section("campaigns.CampaignIndexPage", order=30)
        roles.register_section("campaigns.CampaignIndexPage", roles.COMMS, roles.TRANSLATORS)
