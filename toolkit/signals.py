"""Queue text extraction when a file row with a new stored file is saved."""

from django.db.models.signals import post_save
from django.dispatch import receiver

from toolkit.models import FileText, ResourceFile


@receiver(post_save, sender=ResourceFile)
def queue_text_extraction(sender, instance, raw=False, **kwargs):
    if raw or not instance.file:
        return
    if FileText.objects.filter(name=instance.file.name).exists():
        return
    from toolkit.tasks import extract_file_text

    extract_file_text.enqueue(instance.pk)
