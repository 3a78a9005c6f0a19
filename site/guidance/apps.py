from django.apps import AppConfig

# Translators translate what personnel read, so they work in every guidance page.
TRANSLATED_PAGES = (
    "guidance.GuidancePage",
    "guidance.WhereToGoPage",
    "guidance.PolicySummaryPage",
    "guidance.RoleGuidePage",
    "guidance.OnboardingPage",
    "guidance.GlossaryPage",
)


class GuidanceConfig(AppConfig):
    name = "guidance"

    def ready(self):
        from core import navigation, roles
        from guidance import search_entries

        navigation.register_section("guidance.GlossaryPage", order=10)
        for label in TRANSLATED_PAGES:
            roles.register_section(label, roles.TRANSLATORS)
        search_entries.register()
