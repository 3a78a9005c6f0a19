"""django-csp with two policies: the strict one for the site, a looser one for the Wagtail
admin (its editor uses inline styles and scripts). The admin policy is chosen by path, so a
page of the site can never fall under it."""

from __future__ import annotations

from csp.middleware import CSPMiddleware
from csp.utils import default_config
from django.conf import settings


class PathPolicyCSPMiddleware(CSPMiddleware):
    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if not report_only and parts.config is None and is_admin_path(request.path_info):
            parts.config = default_config(settings.CONTENT_SECURITY_POLICY_ADMIN["DIRECTIVES"])
        return parts


def is_admin_path(path: str) -> bool:
    return path.startswith(tuple(settings.CONTENT_SECURITY_POLICY_ADMIN["URL_PREFIXES"]))
