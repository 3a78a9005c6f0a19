"""The clamd client against a real clamd started here with a locally made EICAR signature.

Skips outside CI when Debian's clamav-daemon is not installed; in CI (CI=true) a missing clamd
is a failure, since the upload antivirus hook would be untested.
"""

import io
import os
import shutil
import subprocess
import time

import pytest
from django.core.exceptions import ValidationError

from core.security import antivirus
from tests.security.deploy import deploy_check

EICAR = rb"X5O!P%@AP[4\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*"


@pytest.fixture(scope="module")
def clamd(tmp_path_factory):
    binary = shutil.which("clamd") or (
        "/usr/sbin/clamd" if os.path.exists("/usr/sbin/clamd") else None
    )
    if binary is None:
        if os.environ.get("CI"):
            pytest.fail("clamd is missing: apt-get install clamav-daemon (CI must test the hook)")
        pytest.skip("clamd is not installed (Debian: clamav-daemon)")
    work = tmp_path_factory.mktemp("clamd")
    database = work / "db"
    database.mkdir()
    # A one-line body signature for the EICAR test string: no download of the real database.
    (database / "eicar.ndb").write_text(
        "Test.EICAR-Local:0:*:" + EICAR[:40].hex() + "\n", encoding="ascii"
    )
    socket_path = work / "clamd.sock"
    config = work / "clamd.conf"
    config.write_text(
        f"LocalSocket {socket_path}\nDatabaseDirectory {database}\nForeground yes\n"
        f"LogFile {work / 'clamd.log'}\nPidFile {work / 'clamd.pid'}\nUser root\n"
        "ScanPE no\nScanELF no\nScanOLE2 no\nScanPDF no\nScanHTML no\nScanArchive yes\n"
    )
    process = subprocess.Popen(  # noqa: S603
        [binary, "--config-file", str(config)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 60
    while not socket_path.exists():
        if process.poll() is not None or time.monotonic() > deadline:
            process.kill()
            log = (work / "clamd.log").read_text() if (work / "clamd.log").exists() else ""
            pytest.fail(f"clamd did not start: {log[-2000:]}")
        time.sleep(0.2)
    yield f"unix:{socket_path}"
    process.terminate()
    process.wait(timeout=20)


def test_clean_file_passes_and_eicar_is_found(clamd):
    assert antivirus.scan_stream(io.BytesIO(b"Plain words, nothing harmful."), clamd) is None
    assert antivirus.scan_stream(io.BytesIO(EICAR), clamd) == "Test.EICAR-Local.UNOFFICIAL"


def test_the_hook_refuses_an_infected_upload(clamd, settings):
    settings.CLAMD_ADDRESS = clamd
    upload = io.BytesIO(b"header\n" + EICAR + b"\n")
    with pytest.raises(ValidationError) as error:
        antivirus.scan(upload)
    assert error.value.code == "infected"
    assert upload.tell() == 0  # rewound for the caller
    antivirus.scan(io.BytesIO(b"fine"))


def test_an_unreachable_clamd_refuses_rather_than_lets_through(settings, tmp_path):
    settings.CLAMD_ADDRESS = f"unix:{tmp_path / 'nobody-listens.sock'}"
    with pytest.raises(ValidationError) as error:
        antivirus.scan(io.BytesIO(b"anything"))
    assert error.value.code == "scan_unavailable"


def test_antivirus_is_off_without_an_address(settings):
    settings.CLAMD_ADDRESS = ""
    antivirus.scan(io.BytesIO(EICAR))


def test_production_refuses_to_start_without_antivirus():
    done = deploy_check()
    assert done.returncode != 0
    assert "ImproperlyConfigured: CLAMD_ADDRESS must be set" in done.stderr
    assert "ALLOW_UPLOADS_WITHOUT_ANTIVIRUS=true" in done.stderr


def test_production_without_antivirus_by_choice_starts_and_the_deploy_check_says_so():
    done = deploy_check(ALLOW_UPLOADS_WITHOUT_ANTIVIRUS="true")
    assert "ImproperlyConfigured" not in done.stderr
    assert "(core.W001) Uploads are not scanned for viruses" in done.stderr
    assert done.returncode != 0  # a warning fails CI's --fail-level WARNING


def test_production_with_antivirus_passes_the_deploy_check():
    done = deploy_check(CLAMD_ADDRESS="unix:/run/clamav/clamd.ctl")
    assert done.returncode == 0, done.stdout + done.stderr
