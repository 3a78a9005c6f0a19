"""Backup archives: the database plus MEDIA_ROOT and PRIVATE_MEDIA_ROOT, with a SHA-256
manifest. Used by `manage.py backup` and `manage.py restore`.

An archive is a tar file:
    manifest.json        {"format": 1, "database": {"vendor", "file"}, "files": {name: sha256}}
    database.sqlite3     (SQLite, made with the sqlite3 backup API) or database.dump (pg_dump -Fc)
    media/...            MEDIA_ROOT
    private/...          PRIVATE_MEDIA_ROOT
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import tarfile
import tempfile
from pathlib import Path, PurePosixPath

from django.conf import settings
from django.db import connection
from django.dispatch import Signal

FORMAT = 1
MANIFEST = "manifest.json"
CHUNK = 1024 * 1024


# Sent by `manage.py backup` once an archive is written (path=Path, files=int): the audit log
# (accounts) records it, since core imports no app above it.
backup_written = Signal()


class BackupError(Exception):
    """A backup or restore that cannot go on; the message says why."""


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while chunk := handle.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def file_roots() -> dict[str, Path]:
    return {"media": Path(settings.MEDIA_ROOT), "private": Path(settings.PRIVATE_MEDIA_ROOT)}


def postgres_env(settings_dict) -> dict[str, str]:
    """libpq environment for pg_dump / pg_restore: the password never appears in `ps`."""
    env = dict(os.environ)
    for key, name in (
        ("HOST", "PGHOST"),
        ("PORT", "PGPORT"),
        ("USER", "PGUSER"),
        ("PASSWORD", "PGPASSWORD"),
    ):
        if settings_dict.get(key):
            env[name] = str(settings_dict[key])
    return env


def dump_database(work: Path) -> dict:
    connection.ensure_connection()
    vendor = connection.vendor
    if vendor == "sqlite":
        target = work / "database.sqlite3"
        destination = sqlite3.connect(target)
        try:
            connection.connection.backup(destination)
        finally:
            destination.close()
    elif vendor == "postgresql":
        target = work / "database.dump"
        subprocess.run(  # noqa: S603 - fixed argument list, no shell
            [
                shutil.which("pg_dump") or "pg_dump",
                "--format=custom",
                "--no-owner",
                "--file",
                str(target),
                connection.settings_dict["NAME"],
            ],
            env=postgres_env(connection.settings_dict),
            check=True,
            capture_output=True,
        )
    else:
        raise BackupError(f"Backups of {vendor} databases are not supported.")
    return {"vendor": vendor, "file": target.name}


def create(output: Path) -> dict:
    """Write a backup archive to `output` and return its manifest."""
    output = Path(output)
    if output.exists():
        raise BackupError(f"{output} exists already; choose a new name.")
    # The work folder is private already: mkdtemp makes it for its owner only.
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        database = dump_database(work)
        files = {database["file"]: sha256(work / database["file"])}
        with _new_private_file(output) as handle, tarfile.open(fileobj=handle, mode="w") as archive:
            archive.add(work / database["file"], arcname=database["file"])
            for prefix, root in file_roots().items():
                if not root.is_dir():
                    continue
                for path in sorted(p for p in root.rglob("*") if p.is_file()):
                    name = f"{prefix}/{path.relative_to(root).as_posix()}"
                    files[name] = sha256(path)
                    archive.add(path, arcname=name)
            manifest = {"format": FORMAT, "database": database, "files": files}
            data = json.dumps(manifest, indent=1, sort_keys=True).encode()
            manifest_path = work / MANIFEST
            manifest_path.write_bytes(data)
            archive.add(manifest_path, arcname=MANIFEST)
    return manifest


def _new_private_file(path: Path):
    """A new file only its owner may read (an archive holds password hashes, sessions and
    private files), never one that appeared since the first check."""
    try:
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        raise BackupError(f"{path} exists already; choose a new name.") from None
    return os.fdopen(descriptor, "wb")


def _safe_name(name: str) -> bool:
    path = PurePosixPath(name)
    return not path.is_absolute() and ".." not in path.parts and name == path.as_posix()


def verify_and_extract(archive_path: Path, work: Path) -> dict:
    """Extract into `work` and check every file against the manifest before anything else.

    Refuses archives with files outside the manifest, missing files, links, path tricks or a
    checksum that does not match.
    """
    try:
        with tarfile.open(archive_path, "r") as archive:
            members = archive.getmembers()
            names = {m.name for m in members}
            if MANIFEST not in names:
                raise BackupError("The archive has no manifest.json: it is not one of our backups.")
            manifest = json.load(archive.extractfile(MANIFEST))
            if manifest.get("format") != FORMAT:
                raise BackupError("The archive was made by another version of the backup format.")
            expected = manifest["files"]
            for member in members:
                if member.name == MANIFEST:
                    continue
                if not member.isfile() or not _safe_name(member.name):
                    raise BackupError(f"Refusing {member.name!r}: not a plain file inside.")
                if member.name not in expected:
                    raise BackupError(f"{member.name} is in the archive but not in the manifest.")
            missing = set(expected) - names
            if missing:
                raise BackupError(f"Files in the manifest are missing: {sorted(missing)[:5]}")
            archive.extractall(
                work, members=[m for m in members if m.name != MANIFEST], filter="data"
            )
    except (tarfile.TarError, OSError, ValueError, KeyError) as error:
        raise BackupError(f"The archive cannot be read: {error}") from error
    for name, digest in expected.items():
        if sha256(work / name) != digest:
            raise BackupError(f"Checksum mismatch for {name}: the archive is damaged.")
    return manifest


def restore_database(manifest: dict, work: Path, settings_dict: dict) -> None:
    vendor = manifest["database"]["vendor"]
    source = work / manifest["database"]["file"]
    engine = settings_dict["ENGINE"]
    if vendor == "sqlite" and engine.endswith("sqlite3"):
        target = sqlite3.connect(settings_dict["NAME"])
        try:
            if target.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]:
                raise BackupError("The target database is not empty; restore into a new one.")
            origin = sqlite3.connect(source)
            try:
                origin.backup(target)
            finally:
                origin.close()
        finally:
            target.close()
    elif vendor == "postgresql" and "postgresql" in engine:
        subprocess.run(  # noqa: S603 - fixed argument list, no shell
            [
                shutil.which("pg_restore") or "pg_restore",
                "--no-owner",
                "--exit-on-error",
                "--single-transaction",
                "--dbname",
                settings_dict["NAME"],
                str(source),
            ],
            env=postgres_env(settings_dict),
            check=True,
            capture_output=True,
        )
    else:
        raise BackupError(f"A {vendor} backup cannot be restored into {engine}.")


def restore_files(work: Path, roots: dict[str, Path]) -> int:
    count = 0
    for prefix, root in roots.items():
        source = work / prefix
        if not source.is_dir():
            continue
        root.mkdir(parents=True, exist_ok=True)
        for path in source.rglob("*"):
            if path.is_file():
                target = root / path.relative_to(source)
                target.parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(path, target)
                count += 1
    return count
