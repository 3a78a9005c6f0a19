"""Which guidance needs an editor's attention: pages past their review date, and translations
published before the latest change to their English source."""

from django.conf import settings
from django.db.models import F, OuterRef, Subquery
from django.utils import timezone
from wagtail.models import Page


def overdue_reviews(limit: int = 50) -> list:
    """Published guidance pages past their next review date, oldest first, with their owners."""
    from guidance.models import REVIEWED_PAGE_MODELS

    today = timezone.localdate()
    pages = []
    for model in REVIEWED_PAGE_MODELS:
        pages.extend(
            model.objects.live()
            .filter(next_review__lt=today, alias_of__isnull=True)
            .select_related("locale")
            .only("title", "content_owner", "next_review", "locale__language_code")
            .order_by("next_review")[:limit]
        )
    return sorted(pages, key=lambda page: page.next_review)[:limit]


def outdated_translations(limit: int = 50):
    """Translations published before their source page's latest publication."""
    source_published = Page.objects.filter(
        translation_key=OuterRef("translation_key"),
        locale__language_code=settings.LANGUAGE_CODE,
    ).values("last_published_at")[:1]
    return (
        Page.objects.live()
        .exclude(locale__language_code=settings.LANGUAGE_CODE)
        .filter(alias_of__isnull=True)
        .annotate(source_published_at=Subquery(source_published))
        .filter(source_published_at__gt=F("last_published_at"))
        .select_related("locale")
        .order_by("-source_published_at")[:limit]
    )
