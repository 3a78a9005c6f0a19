"""The restore drill: back up, restore into a fresh database, then check counts, file
checksums and that every page restriction still holds on the restored copy."""

import json
import os
import shutil
import sqlite3
import stat
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest
from django.conf import settings as django_settings
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from django.db import connection
from wagtail.models import Page, PageViewRestriction

from core.security.backups import sha256
from tests.databases import fresh_database

REPO = Path(__file__).resolve().parents[2]
COUNTED = {
    "wagtailcore_page": lambda: Page.objects.count(),
    "wagtailcore_pageviewrestriction": lambda: PageViewRestriction.objects.count(),
    "auth_user": lambda: get_user_model().objects.count(),
}


@pytest.fixture
def file_roots(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private"
    (settings.MEDIA_ROOT / "documents").mkdir(parents=True)
    (settings.PRIVATE_MEDIA_ROOT / "toolkit").mkdir(parents=True)
    (settings.MEDIA_ROOT / "documents" / "leaflet.pdf").write_bytes(b"%PDF-1.4 public\n%%EOF")
    (settings.PRIVATE_MEDIA_ROOT / "toolkit" / "kit.docx").write_bytes(os.urandom(4096))
    return settings.MEDIA_ROOT, settings.PRIVATE_MEDIA_ROOT


def restricted_pages():
    """(url, title) of every page under a restriction, and of the restricted pages themselves."""
    pages = []
    for restriction in PageViewRestriction.objects.select_related("page"):
        for page in Page.objects.descendant_of(restriction.page, inclusive=True).live()[:3]:
            url = page.specific.get_url()
            if url:
                pages.append((url, page.title))
    return pages


def probe(database_url: str, pages) -> dict:
    env = {**os.environ, "DATABASE_URL": database_url, "PYTHONPATH": f"{REPO}:{REPO / 'site'}"}
    done = subprocess.run(  # noqa: S603
        [
            sys.executable,
            str(Path(__file__).with_name("restored_site_probe.py")),
            json.dumps(pages),
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_restore_drill(db, file_roots, tmp_path):
    if connection.vendor == "postgresql" and not shutil.which("pg_dump"):
        pytest.fail("pg_dump is needed to back up PostgreSQL (Debian: postgresql-client)")
    media, private = file_roots
    archive = tmp_path / "backup.tar"
    call_command("backup", str(archive), verbosity=0)

    url, cleanup = fresh_database(tmp_path)
    try:
        restored_media, restored_private = tmp_path / "r-media", tmp_path / "r-private"
        call_command(
            "restore",
            str(archive),
            database_url=url,
            media_root=str(restored_media),
            private_media_root=str(restored_private),
            verbosity=0,
        )
        # Files: every one back, byte for byte.
        for original, copy in ((media, restored_media), (private, restored_private)):
            for path in original.rglob("*"):
                if path.is_file():
                    assert sha256(copy / path.relative_to(original)) == sha256(path)
        # Restrictions: the same answers, and no restricted title, on the restored site.
        pages = restricted_pages()
        assert len(pages) >= 3
        report = probe(url, pages)
        # Counts, read from the restored copy itself.
        assert report["counts"] == {table: count() for table, count in COUNTED.items()}
        answers = report["answers"]
        for path, _title in pages:
            status, shows_title = answers[f"anonymous {path}"]
            assert status in (302, 404), path
            assert not shows_title, path
        assert (
            answers[f"focalpoint {pages[0][0]}"][0] == 200
            or answers[f"newhire {pages[0][0]}"][0] == 200
        )
    finally:
        cleanup()


def test_restore_refuses_a_damaged_archive_before_writing_anything(db, file_roots, tmp_path):
    archive = tmp_path / "backup.tar"
    call_command("backup", str(archive), verbosity=0)
    unpacked = tmp_path / "unpacked"
    with tarfile.open(archive) as tar:
        tar.extractall(unpacked, filter="data")
    (unpacked / "private" / "toolkit" / "kit.docx").write_bytes(b"tampered")
    damaged = tmp_path / "damaged.tar"
    with tarfile.open(damaged, "w") as tar:
        for path in sorted(unpacked.rglob("*")):
            if path.is_file():
                tar.add(path, arcname=path.relative_to(unpacked).as_posix())
    target = tmp_path / "never.sqlite3"
    with pytest.raises(CommandError, match="Checksum mismatch"):
        call_command(
            "restore",
            str(damaged),
            database_url=f"sqlite:///{target}",
            media_root=str(tmp_path / "m"),
            private_media_root=str(tmp_path / "p"),
        )
    assert not target.exists()
    assert not (tmp_path / "p").exists()


def test_restore_refuses_path_tricks_and_foreign_archives(db, tmp_path):
    tricky = tmp_path / "tricky.tar"
    evil = tmp_path / "evil.txt"
    evil.write_text("x")
    manifest = tmp_path / "manifest.json"
    manifest.write_text(json.dumps({"format": 1, "database": {}, "files": {"../evil.txt": "0"}}))
    with tarfile.open(tricky, "w") as tar:
        tar.add(manifest, arcname="manifest.json")
        tar.add(evil, arcname="../evil.txt")
    with pytest.raises(CommandError, match="not a plain file inside"):
        call_command("restore", str(tricky), verify_only=True)
    not_ours = tmp_path / "not-ours.tar"
    with tarfile.open(not_ours, "w") as tar:
        tar.add(evil, arcname="evil.txt")
    with pytest.raises(CommandError, match="no manifest"):
        call_command("restore", str(not_ours), verify_only=True)
    (tmp_path / "garbage.tar").write_bytes(b"not a tar file at all")
    with pytest.raises(CommandError, match="cannot be read"):
        call_command("restore", str(tmp_path / "garbage.tar"), verify_only=True)


def test_restore_refuses_a_database_that_is_not_empty(db, file_roots, tmp_path):
    if connection.vendor != "sqlite":
        pytest.skip("the SQLite variant of the check; PostgreSQL's pg_restore stops on conflicts")
    archive = tmp_path / "backup.tar"
    call_command("backup", str(archive), verbosity=0)
    used = tmp_path / "used.sqlite3"
    sqlite3.connect(used).execute("CREATE TABLE keep_me (id integer)").connection.commit()
    with pytest.raises(CommandError, match="not empty"):
        call_command("restore", str(archive), database_url=f"sqlite:///{used}")


def test_backup_does_not_overwrite(db, file_roots, tmp_path):
    archive = tmp_path / "backup.tar"
    archive.write_text("earlier backup")
    with pytest.raises(CommandError, match="exists already"):
        call_command("backup", str(archive))
    assert django_settings.MEDIA_ROOT


def test_a_backup_is_readable_by_its_owner_only(db, file_roots, tmp_path):
    archive = tmp_path / "backup.tar"
    usual = os.umask(0o022)  # the common default, under which new files are readable by all
    try:
        call_command("backup", str(archive), verbosity=0)
    finally:
        os.umask(usual)
    assert stat.S_IMODE(archive.stat().st_mode) == 0o600
