"""The cold cost of each page type: CPU milliseconds per request with the page cache off,
counted on the gunicorn workers and on their PostgreSQL backends (what a reader who is first
after a change, or a search never asked before, costs the machine).

CPU is read from /proc (user + system time) before and after a bounded load, so the figure
does not depend on how busy the rest of the machine is, only on the work each request does.
"""

from __future__ import annotations

import os
from urllib.parse import urlsplit

import load
import server

TICK = os.sysconf("SC_CLK_TCK")


def cpu_seconds(pids) -> dict[int, float]:
    found = {}
    for pid in pids:
        try:
            with open(f"/proc/{pid}/stat") as stat:
                fields = stat.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        # utime and stime are the 14th and 15th fields; [0] here is the 3rd (state).
        found[pid] = (int(fields[11]) + int(fields[12])) / TICK
    return found


def backends(database_url: str) -> list[int]:
    """The PostgreSQL server processes serving this database (empty on SQLite)."""
    if not database_url.startswith(("postgres://", "postgresql://")):
        return []
    import psycopg

    name = urlsplit(database_url).path.lstrip("/")
    with psycopg.connect(database_url.rsplit("/", 1)[0] + "/postgres") as connection:
        rows = connection.execute(
            "SELECT pid FROM pg_stat_activity WHERE datname = %s", [name]
        ).fetchall()
    return [pid for (pid,) in rows]


def measure(base, master, database_url, target, cookie, seconds, connections=2) -> dict:
    """CPU ms per request of one page type under a short load (after one warm-up pass)."""
    for path in target["paths"]:
        load.drive(base, [path], cookie, 0.5, 1)
    workers = server.workers_of(master)
    pids = workers + backends(database_url)
    before = cpu_seconds(pids)
    measured = load.drive(base, target["paths"], cookie, seconds, connections)
    # Backends that started during the load count from zero.
    pids = set(pids) | set(backends(database_url))
    after = cpu_seconds(pids)
    used = {pid: after[pid] - before.get(pid, 0) for pid in after}
    requests = max(measured["requests"], 1)
    worker_ms = sum(used.get(pid, 0) for pid in workers) * 1000 / requests
    database_ms = sum(v for pid, v in used.items() if pid not in workers) * 1000 / requests
    return {
        "cpu_ms": round(worker_ms + database_ms, 1),
        "worker_ms": round(worker_ms, 1),
        "database_ms": round(database_ms, 1),
        "requests": measured["requests"],
        "errors": measured["errors"],
    }
