from django.apps import AppConfig


class HomeConfig(AppConfig):
    name = "home"

    def ready(self):
        from core import roles

        # Editors keep all the site's content current, so they work from each home page.
        roles.register_section("home.HomePage", roles.EDITORS)
