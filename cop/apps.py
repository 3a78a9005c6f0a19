from django.apps import AppConfig


class CopConfig(AppConfig):
    name = "cop"
