from django.apps import AppConfig


class CampaignsConfig(AppConfig):
    name = "campaigns"

    def ready(self):
        from wagtail.signals import page_published

        from campaigns import audiences  # noqa: F401  (registers a reader key part)
        from campaigns.schedule import on_page_published

        page_published.connect(on_page_published, dispatch_uid="campaigns_phase_published")
