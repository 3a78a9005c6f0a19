from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "accounts"
    verbose_name = "Accounts and audit"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from accounts import checks, signals  # noqa: F401 - checks register themselves

        signals.connect()
