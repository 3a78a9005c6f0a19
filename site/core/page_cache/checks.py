"""Every model of ours says what a change to it invalidates (core.page_cache.generations)."""

from django.apps import apps
from django.conf import settings
from django.core import checks


@checks.register()
def models_declare_generations(app_configs=None, **kwargs):
    root = str(settings.BASE_DIR)
    errors = []
    for config in app_configs or apps.get_app_configs():
        if not config.path.startswith(root) or "site-packages" in config.path:
            continue
        for model in config.get_models():
            if not hasattr(model, "cache_generations"):
                errors.append(
                    checks.Error(
                        f"{model._meta.label} does not say which stored pages a change to it "
                        "invalidates.",
                        hint="Give it cache_generations(self) returning generation names "
                        "(core.page_cache.generations), or cache_generations = None when no "
                        "page shows its rows.",
                        obj=model,
                        id="core.E010",
                    )
                )
    return errors
