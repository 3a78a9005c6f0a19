from django.apps import AppConfig


class CopConfig(AppConfig):
    name = "cop"

    def ready(self):
        # Registers the fillers of the forum's personal holes (core.page_cache.holes).
        from cop import personal  # noqa: F401
