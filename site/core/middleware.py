from django.middleware.locale import LocaleMiddleware

# Endpoints that live outside the language prefix (see config/urls.py): a 404 there is final.
NON_LOCALIZED_PREFIXES = (
    "/healthz",
    "/admin/",
    "/documents/",
    "/accounts/",
    "/toolkit/",
    "/campaigns/",
    "/community/",
    "/static/",
    "/media/",
)


class SiteLocaleMiddleware(LocaleMiddleware):
    """Django's LocaleMiddleware, minus its habit of turning every 404 outside the language
    prefix into a redirect to /en/<same path> (which then 404s as well)."""

    def process_response(self, request, response):
        if request.path_info.startswith(NON_LOCALIZED_PREFIXES):
            response.headers.setdefault("Content-Language", request.LANGUAGE_CODE)
            return response
        return super().process_response(request, response)
