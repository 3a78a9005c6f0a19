"""A bounded load at one page type: wrk when installed, else a small Python load generator.
Both report requests per second, latency percentiles (ms) and error counts."""

from __future__ import annotations

import http.client
import json
import shutil
import statistics
import subprocess
import threading
import time
from pathlib import Path
from urllib.parse import urlsplit

LUA = Path(__file__).with_name("report.lua")


def drive(base: str, paths: list[str], cookie: str, seconds: float, connections: int) -> dict:
    if shutil.which("wrk"):
        return _wrk(base, paths, cookie, seconds, connections)
    return _python(base, paths, cookie, seconds, connections)


def _wrk(base, paths, cookie, seconds, connections) -> dict:
    command = [
        "wrk",
        f"--threads={min(2, connections)}",
        f"--connections={connections}",
        f"--duration={int(seconds)}s",
        "--timeout=10s",
        f"--script={LUA}",
    ]
    if cookie:
        command.append(f"--header=Cookie: {cookie}")
    command += [base, "--", *paths]
    output = subprocess.run(command, capture_output=True, text=True, timeout=seconds + 60)
    line = next((x for x in output.stdout.splitlines() if x.startswith("BENCH ")), None)
    if line is None:
        raise SystemExit(f"wrk gave no summary:\n{output.stdout}\n{output.stderr}")
    raw = json.loads(line.removeprefix("BENCH "))
    seconds_taken = raw["duration_us"] / 1e6
    return {
        "tool": "wrk",
        "requests": raw["requests"],
        "rps": round(raw["requests"] / seconds_taken, 1),
        "p50_ms": raw["p50_us"] / 1000,
        "p95_ms": raw["p95_us"] / 1000,
        "p99_ms": raw["p99_us"] / 1000,
        "errors": raw["status_errors"] + raw["socket_errors"],
    }


def _python(base, paths, cookie, seconds, connections) -> dict:
    """`connections` threads, each on its own connection, until the time is up."""
    address = urlsplit(base)
    headers = {"Cookie": cookie} if cookie else {}
    latencies: list[float] = []
    errors = [0]
    lock = threading.Lock()
    deadline = time.monotonic() + seconds

    def client(offset: int) -> None:
        number = offset
        mine, failed = [], 0
        while time.monotonic() < deadline:
            path = paths[number % len(paths)]
            number += 1
            started = time.monotonic()
            try:
                connection = http.client.HTTPConnection(address.hostname, address.port, timeout=10)
                connection.request("GET", path, headers=headers)
                response = connection.getresponse()
                response.read()
                connection.close()
                if response.status >= 400:
                    failed += 1
            except OSError:
                failed += 1
            mine.append(time.monotonic() - started)
        with lock:
            latencies.extend(mine)
            errors[0] += failed

    started = time.monotonic()
    threads = [threading.Thread(target=client, args=(n,)) for n in range(connections)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.monotonic() - started
    cuts = statistics.quantiles(latencies, n=100) if len(latencies) > 1 else [0] * 99
    return {
        "tool": "python",
        "requests": len(latencies),
        "rps": round(len(latencies) / elapsed, 1),
        "p50_ms": round(cuts[49] * 1000, 2),
        "p95_ms": round(cuts[94] * 1000, 2),
        "p99_ms": round(cuts[98] * 1000, 2),
        "errors": errors[0],
    }
