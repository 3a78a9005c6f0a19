"""The site under gunicorn on loopback for a bench run, and its workers' memory."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path

from djangoenv import ROOT

GUNICORN = Path(sys.executable).with_name("gunicorn")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextmanager
def running(env: dict[str, str], workers: int, log_path: Path):
    """Start gunicorn, wait until it answers, yield (base URL, master pid), then stop it."""
    port = free_port()
    command = [
        str(GUNICORN),
        "--pythonpath",
        "site",
        "--bind",
        f"127.0.0.1:{port}",
        "--workers",
        str(workers),
        "--worker-class",
        "sync",
        "--timeout",
        "60",
        "config.wsgi",
    ]
    with open(log_path, "w") as log:
        process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=log, stderr=log)
        base = f"http://127.0.0.1:{port}"
        try:
            wait_until_up(base, process)
            yield base, process.pid
        finally:
            process.terminate()
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()


def wait_until_up(base: str, process: subprocess.Popen, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"gunicorn exited with {process.returncode}; see its log")
        try:
            with urllib.request.urlopen(f"{base}/healthz", timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    raise SystemExit("gunicorn did not answer /healthz in time")


def workers_of(master_pid: int) -> list[int]:
    children = []
    for status in Path("/proc").glob("[0-9]*/status"):
        try:
            fields = dict(
                line.split(":", 1) for line in status.read_text().splitlines() if ":" in line
            )
        except OSError:
            continue
        if int(fields.get("PPid", "0").strip()) == master_pid:
            children.append(int(status.parent.name))
    return children


def memory_mb(pids: list[int]) -> dict[str, float]:
    """Current (VmRSS) and peak (VmHWM) resident memory of the given processes, in MB."""
    current = peak = 0.0
    largest = 0.0
    for pid in pids:
        try:
            text = Path(f"/proc/{pid}/status").read_text()
        except OSError:
            continue
        values = {
            line.split(":")[0]: int(line.split()[1]) / 1024
            for line in text.splitlines()
            if line.startswith(("VmRSS", "VmHWM"))
        }
        current += values.get("VmRSS", 0)
        peak += values.get("VmHWM", 0)
        largest = max(largest, values.get("VmHWM", 0))
    return {
        "rss_mb": round(current, 1),
        "peak_mb": round(peak, 1),
        "largest_worker_peak_mb": round(largest, 1),
    }
