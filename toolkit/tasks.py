"""Background work of the toolkit (django-tasks: inline in dev and tests, a queue in production)."""

from django_tasks import task

from toolkit import extraction
from toolkit.models import FileText, ResourceFile


@task()
def extract_file_text(file_id: int) -> str:
    """Extract the text of one toolkit file, unless a file with its stored name already was."""
    item = ResourceFile.objects.filter(pk=file_id).first()
    if item is None or FileText.objects.filter(name=item.file.name).exists():
        return "nothing to do"
    return extraction.extract(item.file, item.kind, item.size).status
