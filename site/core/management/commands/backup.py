from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from core.security import backups


class Command(BaseCommand):
    help = (
        "Back up the database (pg_dump or the SQLite backup API), MEDIA_ROOT and "
        "PRIVATE_MEDIA_ROOT into one tar file with a SHA-256 manifest."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "output",
            nargs="?",
            help="Archive to write (default: backup-<UTC time>.tar in the current folder).",
        )

    def handle(self, *args, output=None, **options):
        path = Path(output or f"backup-{timezone.now():%Y%m%dT%H%M%SZ}.tar")
        try:
            manifest = backups.create(path)
        except backups.BackupError as error:
            raise CommandError(str(error)) from error
        backups.backup_written.send(Command, path=path, files=len(manifest["files"]))
        self.stdout.write(
            self.style.SUCCESS(f"Wrote {path} ({len(manifest['files'])} files with checksums).")
        )
