"""Which changes queue which search updates."""

from django.db.models.signals import m2m_changed, post_delete, post_save
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished

from core.visibility import pages_restricted_at
from search import indexing


def _page_changed(sender, instance, **kwargs):
    indexing.queue("page", instance.pk)
    # Channels and glossary terms link to these pages, so their entries follow them.
    from core.snippets import ContactChannel, GlossaryTerm
    from guidance.models import PolicySummaryPage, WhereToGoPage

    if isinstance(instance, WhereToGoPage):
        for pk in ContactChannel.objects.filter(locale_id=instance.locale_id).values_list("pk"):
            indexing.queue("channel", pk[0])
    if isinstance(instance, PolicySummaryPage):
        for pk in GlossaryTerm.objects.filter(locale_id=instance.locale_id).values_list("pk"):
            indexing.queue("glossary", pk[0])


def _page_deleted(sender, instance, **kwargs):
    indexing.remove("page", instance.pk)


def _restriction_changed(sender, instance, **kwargs):
    """A restriction changes the audience of every page the visibility rule applies it to, and
    of the channels and glossary terms those pages show."""
    page = instance.page if isinstance(instance, PageViewRestriction) else None
    if page is None:
        return
    from core.snippets import ContactChannel, GlossaryTerm
    from guidance.models import PolicySummaryPage, WhereToGoPage

    affected = Page.objects.filter(pages_restricted_at([page.path]))
    for pk in affected.values_list("pk", flat=True).distinct():
        indexing.queue("page", pk)
    for model, shown_on, provider in (
        (ContactChannel, WhereToGoPage, "channel"),
        (GlossaryTerm, PolicySummaryPage, "glossary"),
    ):
        locales = shown_on.objects.filter(pk__in=affected.values("pk")).values("locale_id")
        for pk in model.objects.filter(locale_id__in=locales).values_list("pk", flat=True):
            indexing.queue(provider, pk)


def _restriction_groups_changed(sender, instance, action, **kwargs):
    if action in ("post_add", "post_remove", "post_clear"):
        _restriction_changed(sender, instance)


def _snippet_changed(provider_name):
    """A handler that queues the entry of the saved object (snippets, forum posts)."""

    def handler(sender, instance, **kwargs):
        indexing.queue(provider_name, instance.pk)

    return handler


def _snippet_deleted(provider_name):
    def handler(sender, instance, **kwargs):
        indexing.remove(provider_name, instance.pk)

    return handler


# Handlers built once, so connecting twice (tests reload apps) never doubles them.
_CHANNEL_SAVED, _CHANNEL_DELETED = _snippet_changed("channel"), _snippet_deleted("channel")
_TERM_SAVED, _TERM_DELETED = _snippet_changed("glossary"), _snippet_deleted("glossary")
_POST_SAVED, _POST_DELETED = _snippet_changed("post"), _snippet_deleted("post")


def _file_text_changed(sender, instance, **kwargs):
    """Text extracted from a toolkit file goes into its resource's entry."""
    from toolkit.models import ResourceFile

    for page_id in ResourceFile.objects.filter(file=instance.name).values_list(
        "page_id", flat=True
    ):
        indexing.queue("page", page_id)


def _topic_changed(sender, instance, **kwargs):
    """A topic's status or title changes every post's entry."""
    for pk in instance.posts.values_list("pk", flat=True):
        indexing.queue("post", pk)


def connect():
    from core.snippets import ContactChannel, GlossaryTerm

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
    post_save.connect(_CHANNEL_SAVED, sender=ContactChannel, dispatch_uid="search-channel")
    post_delete.connect(_CHANNEL_DELETED, sender=ContactChannel, dispatch_uid="search-channel-d")
    post_save.connect(_TERM_SAVED, sender=GlossaryTerm, dispatch_uid="search-term")
    post_delete.connect(_TERM_DELETED, sender=GlossaryTerm, dispatch_uid="search-term-d")

    from cop.models import Post, Topic

    post_save.connect(_POST_SAVED, sender=Post, dispatch_uid="search-post")
    post_delete.connect(_POST_DELETED, sender=Post, dispatch_uid="search-post-d")
    post_save.connect(_topic_changed, sender=Topic, dispatch_uid="search-topic")

    from toolkit.models import FileText

    post_save.connect(_file_text_changed, sender=FileText, dispatch_uid="search-file-text")
