"""Documents and images move to private storage (core.media).

The images table is new (the site had none). Documents already uploaded move: each row is
copied with its id (so choosers, links and revisions keep pointing at it), its tags and its
reference-index rows follow, and its file moves from the default storage (under MEDIA_ROOT) to
private storage. Admin permissions stay on wagtaildocs.Document, where Wagtail reads them.
"""

from django.core.files.storage import default_storage
from django.core.management.color import no_style

import core.storage
import django.db.models.deletion
import modelsearch.index
import taggit.managers
import wagtail.images.models
import wagtail.models.media
from django.conf import settings
from django.db import migrations, models


def move_documents_to_private_storage(apps, schema_editor):
    stock = apps.get_model("wagtaildocs", "Document")
    protected = apps.get_model("core", "ProtectedDocument")
    documents = list(stock.objects.all())
    if not documents:
        return
    moved = []
    for document in documents:
        name = document.file.name
        if default_storage.exists(name):
            with default_storage.open(name, "rb") as source:
                name = core.storage.private_storage.save(name, source)
            moved.append(document.file.name)
        protected.objects.create(
            id=document.id,
            title=document.title,
            file=name,
            collection_id=document.collection_id,
            uploaded_by_user_id=document.uploaded_by_user_id,
            file_size=document.file_size,
            file_hash=document.file_hash,
        )
    # created_at is set on creation: give each copy its original date.
    for document in documents:
        protected.objects.filter(id=document.id).update(created_at=document.created_at)
    content_type = apps.get_model("contenttypes", "ContentType")
    old_type = content_type.objects.get_for_model(stock)
    new_type = content_type.objects.get_for_model(protected)
    apps.get_model("taggit", "TaggedItem").objects.filter(content_type=old_type).update(
        content_type=new_type
    )
    apps.get_model("wagtailcore", "ReferenceIndex").objects.filter(to_content_type=old_type).update(
        to_content_type=new_type
    )
    connection = schema_editor.connection
    for statement in connection.ops.sequence_reset_sql(no_style(), [protected]):
        schema_editor.execute(statement)
    # Last, once every copy is in place: nothing of a document stays under MEDIA_URL.
    for name in moved:
        default_storage.delete(name)


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0002_contactchannel_contactmethod_office_and_more"),
        ("taggit", "0006_rename_taggeditem_content_type_object_id_taggit_tagg_content_8fc721_idx"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("contenttypes", "0002_remove_content_type_name"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name="ProtectedDocument",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("title", models.CharField(max_length=255, verbose_name="title")),
                ("created_at", models.DateTimeField(auto_now_add=True, verbose_name="created at")),
                ("file_size", models.PositiveBigIntegerField(editable=False, null=True)),
                ("file_hash", models.CharField(blank=True, editable=False, max_length=40)),
                (
                    "file",
                    models.FileField(
                        storage=core.storage.get_private_storage,
                        upload_to="documents",
                        verbose_name="file",
                    ),
                ),
                (
                    "collection",
                    models.ForeignKey(
                        default=wagtail.models.media.get_root_collection_id,
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="+",
                        to="wagtailcore.collection",
                        verbose_name="collection",
                    ),
                ),
                (
                    "tags",
                    taggit.managers.TaggableManager(
                        blank=True,
                        help_text=None,
                        through="taggit.TaggedItem",
                        to="taggit.Tag",
                        verbose_name="tags",
                    ),
                ),
                (
                    "uploaded_by_user",
                    models.ForeignKey(
                        blank=True,
                        editable=False,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        to=settings.AUTH_USER_MODEL,
                        verbose_name="uploaded by user",
                    ),
                ),
            ],
            options={
                "verbose_name": "document",
                "verbose_name_plural": "documents",
                "abstract": False,
            },
            bases=(modelsearch.index.Indexed, models.Model),
        ),
        migrations.CreateModel(
            name="ProtectedImage",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("title", models.CharField(max_length=255, verbose_name="title")),
                (
                    "description",
                    models.CharField(
                        blank=True, default="", max_length=255, verbose_name="description"
                    ),
                ),
                ("width", models.IntegerField(editable=False, verbose_name="width")),
                ("height", models.IntegerField(editable=False, verbose_name="height")),
                (
                    "created_at",
                    models.DateTimeField(
                        auto_now_add=True, db_index=True, verbose_name="created at"
                    ),
                ),
                ("focal_point_x", models.PositiveIntegerField(blank=True, null=True)),
                ("focal_point_y", models.PositiveIntegerField(blank=True, null=True)),
                ("focal_point_width", models.PositiveIntegerField(blank=True, null=True)),
                ("focal_point_height", models.PositiveIntegerField(blank=True, null=True)),
                ("file_size", models.PositiveIntegerField(editable=False, null=True)),
                (
                    "file_hash",
                    models.CharField(blank=True, db_index=True, editable=False, max_length=40),
                ),
                (
                    "file",
                    wagtail.images.models.WagtailImageField(
                        height_field="height",
                        storage=core.storage.get_private_storage,
                        upload_to=wagtail.images.models.get_upload_to,
                        verbose_name="file",
                        width_field="width",
                    ),
                ),
                (
                    "collection",
                    models.ForeignKey(
                        default=wagtail.models.media.get_root_collection_id,
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="+",
                        to="wagtailcore.collection",
                        verbose_name="collection",
                    ),
                ),
                (
                    "tags",
                    taggit.managers.TaggableManager(
                        blank=True,
                        help_text=None,
                        through="taggit.TaggedItem",
                        to="taggit.Tag",
                        verbose_name="tags",
                    ),
                ),
                (
                    "uploaded_by_user",
                    models.ForeignKey(
                        blank=True,
                        editable=False,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        to=settings.AUTH_USER_MODEL,
                        verbose_name="uploaded by user",
                    ),
                ),
            ],
            options={
                "verbose_name": "image",
                "verbose_name_plural": "images",
                "abstract": False,
            },
            bases=(wagtail.images.models.ImageFileMixin, modelsearch.index.Indexed, models.Model),
        ),
        migrations.CreateModel(
            name="ProtectedRendition",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("filter_spec", models.CharField(db_index=True, max_length=255)),
                ("width", models.IntegerField(editable=False)),
                ("height", models.IntegerField(editable=False)),
                (
                    "focal_point_key",
                    models.CharField(blank=True, default="", editable=False, max_length=16),
                ),
                (
                    "file",
                    wagtail.images.models.WagtailImageField(
                        height_field="height",
                        storage=core.storage.get_private_storage,
                        upload_to=wagtail.images.models.get_rendition_upload_to,
                        width_field="width",
                    ),
                ),
                (
                    "image",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="renditions",
                        to="core.protectedimage",
                    ),
                ),
            ],
            options={
                "unique_together": {("image", "filter_spec", "focal_point_key")},
            },
            bases=(wagtail.images.models.ImageFileMixin, models.Model),
        ),
        migrations.RunPython(move_documents_to_private_storage, migrations.RunPython.noop),
    ]
