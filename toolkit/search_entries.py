"""What the toolkit adds to its pages' search entries: the text inside a resource's files.

Resources are pages, so search's PageProvider builds their entries (with
ResourcePage.search_extra_text); this keeps them fresh when a file's text is extracted.
Connected in ToolkitConfig.ready().
"""

from django.db.models.signals import post_save

from search import indexing
from search.providers import PageProvider
from toolkit.models import FileText, ResourceFile


def _file_text_changed(sender, instance, **kwargs):
    for page_id in ResourceFile.objects.filter(file=instance.name).values_list(
        "page_id", flat=True
    ):
        indexing.queue(PageProvider.name, page_id)


def register() -> None:
    post_save.connect(_file_text_changed, sender=FileText, dispatch_uid="search-file-text")
