"""Deployment checks of the site's own safety settings (run by `manage.py check --deploy`)."""

from django.conf import settings
from django.core import checks


@checks.register(checks.Tags.security, deploy=True)
def uploads_are_scanned(app_configs, **kwargs):
    if settings.CLAMD_ADDRESS:
        return []
    return [
        checks.Warning(
            "Uploads are not scanned for viruses: CLAMD_ADDRESS is empty.",
            hint="Set CLAMD_ADDRESS to clamd's socket (unix:/run/clamav/clamd.ctl or "
            "tcp:host:3310). Production starts without it only when "
            "ALLOW_UPLOADS_WITHOUT_ANTIVIRUS=true says so.",
            id="core.W001",
        )
    ]
