from django.apps import AppConfig


class AccountabilityConfig(AppConfig):
    name = "accountability"
    verbose_name = "Accountability"

    def ready(self):
        from core import navigation, roles

        navigation.register_section("accountability.TransparencyPage", order=60)
        # The ethics office enters and submits each quarter; editors publish it (workflow);
        # translators translate the page and the messages from leadership.
        roles.register_section("accountability.TransparencyPage", roles.ETHICS, roles.TRANSLATORS)
