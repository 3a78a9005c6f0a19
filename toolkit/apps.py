from django.apps import AppConfig


class ToolkitConfig(AppConfig):
    name = "toolkit"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from core import navigation
        from toolkit import (
            search_entries,
            signals,  # noqa: F401 - connects the receivers
        )

        navigation.register_section("toolkit.ToolkitIndexPage", order=20)
        search_entries.register()
