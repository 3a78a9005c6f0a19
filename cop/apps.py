from django.apps import AppConfig


class CopConfig(AppConfig):
    name = "cop"

    def ready(self):
        from cop import search_entries, visibility
        from core import navigation
        from core.visibility import community, registry

        registry.register(community.KIND, visibility)
        navigation.register_section("cop.CommunityPage", order=40)
        search_entries.register()
