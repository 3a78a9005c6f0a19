from django.apps import AppConfig
from django.db.models.signals import post_migrate

from core.converters import replace_int_converter

# Here, while Django reads the app list: before models (whose routable-page routes are built
# at import) and before the URLconf.
replace_int_converter()


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = "Core"

    def ready(self):
        from core import page_cache, roles, wagtail_hooks
        from core.page_cache import checks as _cache_checks  # noqa: F401 - registers itself
        from core.security import checks  # noqa: F401 - checks register themselves

        page_cache.connect()
        wagtail_hooks.take_over_wagtail_view_check()

        # Groups exist on every database, fresh or restored, without a manual step.
        post_migrate.connect(roles.ensure_groups_after_migrate, sender=self)
