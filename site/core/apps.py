from django.apps import AppConfig
from django.db.models.signals import post_migrate


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = "Core"

    def ready(self):
        from core import page_cache, roles

        page_cache.connect()

        # Groups exist on every database, fresh or restored, without a manual step.
        post_migrate.connect(roles.ensure_groups_after_migrate, sender=self)
        roles.connect_sections()
