"""Load the demo content (the data files under demo/content/): pages in every language and one
demo user per role.

Idempotent: what exists is left alone, so a second run changes nothing.
"""

from functools import partial
from importlib import import_module

from django.apps import apps as django_apps
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand
from django.db import transaction
from tqdm import tqdm
from wagtail_localize.models import LocaleSynchronization

from core import roles
from core.demo_users import DEMO_USERS, demo_password
from demo import home, seeding

TRANSLATED = ("fr", "es", "ar")
# Apps whose demo module (`demo.<app>`) adds their content with `seed(home)`, each idempotent.
DEMO_APPS = ("guidance", "toolkit", "campaigns", "cop", "accountability")
FALLBACK_ONLY = ("zh-hans", "ru")


class Command(BaseCommand):
    help = "Load the demo pages (en, fr, es, ar) and demo users. Safe to run again."

    def handle(self, *args, **options):
        steps = [
            ("locales and roles", self.locales_and_roles),
            ("demo users", self.demo_users),
            ("home pages", self.home_pages),
            *[
                (f"{app} content", partial(self.app_content, app))
                for app in DEMO_APPS
                if django_apps.is_installed(app)
            ],
            ("pages linking across apps", self.linked_content),
            ("language fallbacks", self.language_fallbacks),
            ("search index", self.search_index),
        ]
        with tqdm(total=len(steps), unit="step", disable=options["verbosity"] == 0) as bar:
            for label, step in steps:
                bar.set_description(label)
                with transaction.atomic():
                    step()
                bar.update()
        self.stdout.write(self.style.SUCCESS("Demo content is ready."))

    def locales_and_roles(self):
        for code in ("en",) + TRANSLATED + FALLBACK_ONLY:
            seeding.locale(code)
        seeding.tree_root()
        roles.ensure_groups()

    def home_pages(self):
        self.home = home.seed()

    def app_content(self, app):
        import_module(f"demo.{app}").seed(self.home)

    def linked_content(self):
        """Pages whose text links to other apps' pages (`seed_linked(home)`), made once every
        app's pages exist."""
        for app in DEMO_APPS:
            if django_apps.is_installed(app):
                seed_linked = getattr(import_module(f"demo.{app}"), "seed_linked", None)
                if seed_linked is not None:
                    seed_linked(self.home)

    def language_fallbacks(self):
        """Every other language mirrors English until translated (pages show a notice)."""
        english = seeding.locale("en")
        for code in TRANSLATED + FALLBACK_ONLY:
            sync, _ = LocaleSynchronization.objects.get_or_create(
                locale=seeding.locale(code), defaults={"sync_from": english}
            )
            sync.sync_trees()

    def search_index(self):
        """Entries made while the tree was still being built may point at old URLs."""
        from search.reconcile import reconcile_entries

        reconcile_entries()

    def demo_users(self):
        password = demo_password()
        User = get_user_model()
        for username, group_names in DEMO_USERS.items():
            user, created = User.objects.get_or_create(
                username=username,
                defaults={
                    "email": f"{username}@example.org",
                    "is_staff": username == "admin",
                    "is_superuser": username == "admin",
                },
            )
            if created:
                user.set_password(password)
                user.save()
            user.groups.add(*Group.objects.filter(name__in=group_names))
