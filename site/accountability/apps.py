from django.apps import AppConfig


class AccountabilityConfig(AppConfig):
    name = "accountability"
    verbose_name = "Accountability"

    def ready(self):
        from accountability import channel_links
        from core import channel_roles, navigation, roles

        navigation.register_section("accountability.RolesChartPage", order=50)
        navigation.register_section("accountability.TransparencyPage", order=60)
        channel_roles.register(channel_links.roles_running)
        # The ethics office enters and submits each quarter; editors publish it (workflow);
        # translators translate the page and the messages from leadership.
        roles.register_section("accountability.TransparencyPage", roles.ETHICS, roles.TRANSLATORS)
        # Editors change roles (approved through the workflow); translators translate them.
        roles.register_section("accountability.RolesChartPage", roles.TRANSLATORS)
