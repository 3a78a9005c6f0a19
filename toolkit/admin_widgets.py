"""The admin's input for a toolkit file.

Private storage has no URL (core.storage), so Django's usual file input, which links the
current file to its storage URL, cannot render. This one names the file and links it to the
download view, which asks core.visibility like any other download.
"""

from django import forms
from django.db.models.fields.files import FieldFile
from django.urls import reverse


class ResourceFileInput(forms.ClearableFileInput):
    template_name = "toolkit/widgets/resource_file_input.html"

    def is_initial(self, value):
        # A stored file; a fresh upload shown again after a form error is not one.
        return isinstance(value, FieldFile) and bool(value)

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        if context["widget"]["is_initial"]:
            item = value.instance
            context["widget"]["file_name"] = item.display_name or value.name
            context["widget"]["download_url"] = download_url(value)
        return context


def download_url(stored: FieldFile) -> str:
    """The download view's address for this file, or "" when the saved row does not hold it:
    a draft's new file has no row yet, and a draft's replacement must not link to the file
    it replaces."""
    item = stored.instance  # a ResourceFile: its model is not imported, the models use this
    if item.pk and type(item).objects.filter(pk=item.pk, file=stored.name).exists():
        return reverse("toolkit:file", args=[item.pk])
    return ""
