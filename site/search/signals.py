"""Which changes queue which search updates.

Pages and their view restrictions are followed here for every app. An app follows the models of
its own providers with follow(), from its AppConfig.ready() (see search.providers).
"""

from django.apps import apps
from django.db.models.signals import m2m_changed, post_delete, post_save
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished

from core.visibility import pages_restricted_at
from search import indexing
from search.providers import PROVIDERS, PageProvider

PAGE = PageProvider.name


def _shown_on():
    """Each provider whose sources a page type shows, with that page type."""
    return [
        (provider, apps.get_model(provider.shown_on))
        for provider in PROVIDERS.values()
        if provider.shown_on is not None
    ]


def _queue_shown(provider, locales):
    for pk in provider.sources().filter(locale_id__in=locales).values_list("pk", flat=True):
        indexing.queue(provider.name, pk)


def _page_changed(sender, instance, **kwargs):
    indexing.queue(PAGE, instance.pk)
    # Sources shown on this page (channels, glossary terms...) follow it.
    for provider, shown_on in _shown_on():
        if isinstance(instance, shown_on):
            _queue_shown(provider, [instance.locale_id])


def _page_deleted(sender, instance, **kwargs):
    indexing.remove(PAGE, instance.pk)


def _restriction_changed(sender, instance, **kwargs):
    """A restriction changes the audience of every page the visibility rule applies it to, and
    of the sources those pages show."""
    page = instance.page if isinstance(instance, PageViewRestriction) else None
    if page is None:
        return
    affected = Page.objects.filter(pages_restricted_at([page.path]))
    for pk in affected.values_list("pk", flat=True).distinct():
        indexing.queue(PAGE, pk)
    for provider, shown_on in _shown_on():
        _queue_shown(
            provider, shown_on.objects.filter(pk__in=affected.values("pk")).values("locale_id")
        )


def _restriction_groups_changed(sender, instance, action, **kwargs):
    if action in ("post_add", "post_remove", "post_clear"):
        _restriction_changed(sender, instance)


def follow(model, provider_name: str) -> None:
    """Keep the entry of each saved or deleted `model` instance current: its pk is the source's
    pk in provider `provider_name`."""

    def saved(sender, instance, **kwargs):
        indexing.queue(provider_name, instance.pk)

    def deleted(sender, instance, **kwargs):
        indexing.remove(provider_name, instance.pk)

    uid = f"search-{provider_name}-{model._meta.label_lower}"
    post_save.connect(saved, sender=model, weak=False, dispatch_uid=uid)
    post_delete.connect(deleted, sender=model, weak=False, dispatch_uid=f"{uid}-deleted")


def connect():
    page_published.connect(_page_changed, dispatch_uid="search-page-published")
    page_unpublished.connect(_page_changed, dispatch_uid="search-page-unpublished")
    # Deleting any specific page deletes its Page row too, which sends this.
    post_delete.connect(_page_deleted, sender=Page, dispatch_uid="search-page-deleted")
    post_save.connect(_restriction_changed, sender=PageViewRestriction, dispatch_uid="search-r")
    post_delete.connect(_restriction_changed, sender=PageViewRestriction, dispatch_uid="search-rd")
    m2m_changed.connect(
        _restriction_groups_changed,
        sender=PageViewRestriction.groups.through,
        dispatch_uid="search-rg",
    )
