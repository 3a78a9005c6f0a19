import tempfile
from pathlib import Path

import dj_database_url
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from core.security import backups


class Command(BaseCommand):
    help = (
        "Restore a `manage.py backup` archive into an EMPTY database and media folders. "
        "Every checksum is verified before anything is written."
    )

    def add_arguments(self, parser):
        parser.add_argument("archive")
        parser.add_argument(
            "--database-url",
            help="Database to restore into (default: DATABASE_URL). It must exist and be empty.",
        )
        parser.add_argument("--media-root", help="Default: MEDIA_ROOT.")
        parser.add_argument("--private-media-root", help="Default: PRIVATE_MEDIA_ROOT.")
        parser.add_argument(
            "--verify-only", action="store_true", help="Check the archive and stop."
        )

    def handle(self, *args, archive, **options):
        if options["database_url"]:
            target = dj_database_url.parse(options["database_url"])
        else:
            target = settings.DATABASES["default"]
        roots = {
            "media": Path(options["media_root"] or settings.MEDIA_ROOT),
            "private": Path(options["private_media_root"] or settings.PRIVATE_MEDIA_ROOT),
        }
        with tempfile.TemporaryDirectory() as tmp:
            try:
                manifest = backups.verify_and_extract(Path(archive), Path(tmp))
                self.stdout.write(f"Checksums verified: {len(manifest['files'])} files.")
                if options["verify_only"]:
                    return
                backups.restore_database(manifest, Path(tmp), target)
                copied = backups.restore_files(Path(tmp), roots)
            except backups.BackupError as error:
                raise CommandError(str(error)) from error
        self.stdout.write(self.style.SUCCESS(f"Restored the database and {copied} files."))
