"""The page benchmark (`make bench`): for each size, a generated database (made once, then
reused), the site under gunicorn on loopback with production settings, and a bounded load at
every page type and at a static file of the same size served by the same server.

    .venv/bin/python bench/run.py [--sizes small,medium] [--large] [--seconds 10] [--workers 2]

Prints a table and writes bench/results/pages-<time>.json. Loopback only; nothing else is
touched: the databases are bench_<size> on the server of DATABASE_URL (or SQLite files under
var/bench/ without it), the Elasticsearch indexes are prefixed bench_<size>_.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
import urllib.error
import urllib.request

import cold
import djangoenv
import load
import server
from djangoenv import RESULTS, ROOT, STATIC_ROOT
from stage import collectstatic, database_url, generate, prepare

REFERENCE = "bench/reference.html"
# Issue 3's targets, as fractions of the static file's rate in the same run.
SIGNED_OUT_PAGES = ("where-to-go", "policy summary")
SIGNED_OUT_TARGET = 0.25
SIGNED_IN_TARGET = 0.08
SIGNED_IN_P95_MS = 100
# Issue 14: CPU per request with the page cache off (workers plus PostgreSQL), and how much
# it may grow from the smallest size to the largest.
COLD_CPU_MS = 25
COLD_GROWTH = 1.3


def parse_args(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="small,medium")
    parser.add_argument("--large", action="store_true", help="also the large size (slow)")
    parser.add_argument("--seconds", type=float, default=10, help="load per page type")
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--elasticsearch", action="store_true", help="search on ES (if set)")
    parser.add_argument("--cold-seconds", type=float, default=5, help="cache-off load per type")
    parser.add_argument("--soak-seconds", type=float, default=60, help="mixed load (0: none)")
    parser.add_argument("--soak-users", type=int, default=20)
    return parser.parse_args(argv)


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def fetch(base: str, path: str, cookie: str) -> tuple[int, int]:
    """Status and body size of one request (redirects not followed)."""
    opener = urllib.request.build_opener(NoRedirect)
    request = urllib.request.Request(base + path, headers={"Cookie": cookie} if cookie else {})
    try:
        with opener.open(request, timeout=30) as response:
            return response.status, len(response.read())
    except urllib.error.HTTPError as error:
        return error.code, 0


def server_time_ms(base: str, paths: list[str], cookie: str, count: int = 20) -> float:
    """Median time of one request alone (no queue in front of the workers): the server time."""
    timings = []
    for number in range(count):
        started = time.perf_counter()
        fetch(base, paths[number % len(paths)], cookie)
        timings.append((time.perf_counter() - started) * 1000)
    return round(statistics.median(timings), 1)


def write_reference(size_bytes: int) -> None:
    """A static file as large as a typical page, where whitenoise serves it from."""
    path = STATIC_ROOT / REFERENCE
    path.parent.mkdir(parents=True, exist_ok=True)
    filler = "<p>Static reference for the page benchmark.</p>\n"
    path.write_text((filler * (size_bytes // len(filler) + 1))[:size_bytes])


def bench_size(size: str, args) -> dict:
    url = database_url(size)
    print(f"\n== {size}: {djangoenv.database_name(url)}", file=sys.stderr)
    generate(size, url, args.elasticsearch)
    env = djangoenv.bench_env(url, f"bench_{size}_", args.elasticsearch)
    collectstatic(env)
    prepared = prepare(env)
    targets, cookies = prepared["targets"], prepared["cookies"]
    log = RESULTS / f"gunicorn-{size}.log"
    results = {
        "size": size,
        "pages": {},
        "queries": prepared["queries"],
        "stored_queries": prepared["stored_queries"],
        "render_ms": prepared["render_ms"],
    }
    # Size the reference after a first pass (the server is started twice: whitenoise reads
    # its files once, at start-up).
    with server.running(env, args.workers, log) as (base, _pid):
        sizes, alone = {}, {}
        for target in targets:
            cookie = cookies.get(target["role"], "")
            for path in target["paths"]:
                status, length = fetch(base, path, cookie)
                if status != 200:
                    raise SystemExit(f"{target['name']} answered {status} at {path}")
            sizes[target["name"]] = fetch(base, target["paths"][0], cookie)[1]
            alone[target["name"]] = server_time_ms(base, target["paths"], cookie)
    write_reference(int(statistics.median(sizes.values())))
    with server.running(env, args.workers, log) as (base, master):
        static_path = f"/static/{REFERENCE}"
        if fetch(base, static_path, "")[0] != 200:
            raise SystemExit("whitenoise does not serve the reference file")
        load.drive(base, [static_path], "", 2, args.connections)  # warm up
        static = load.drive(base, [static_path], "", args.seconds, args.connections)
        static["bytes"] = (STATIC_ROOT / REFERENCE).stat().st_size
        results["static"] = static
        for target in targets:
            cookie = cookies.get(target["role"], "")
            # Warm up: each URL read once (as on a site where someone of this audience read
            # it since the last change), then a second of load.
            for path in target["paths"]:
                fetch(base, path, cookie)
            load.drive(base, target["paths"], cookie, 1, args.connections)
            measured = load.drive(base, target["paths"], cookie, args.seconds, args.connections)
            measured.update(
                role=target["role"],
                audience=target["audience"],
                bytes=sizes[target["name"]],
                queries=prepared["queries"][target["name"]],
                stored_queries=prepared["stored_queries"][target["name"]],
                render_ms=prepared["render_ms"][target["name"]],
                alone_ms=alone[target["name"]],
                share_of_static=round(measured["rps"] / static["rps"], 3),
                paths=target["paths"],
            )
            results["pages"][target["name"]] = measured
            print(f"  {target['name']:<16} {measured['rps']:>7} req/s", file=sys.stderr)
        results["memory"] = server.memory_mb(server.workers_of(master))
    # The same page types again with the page cache off: what the first reader after a change
    # costs (CPU of the workers and of their PostgreSQL backends, per request).
    with server.running({**env, "PAGE_CACHE": "false"}, args.workers, log) as (base, master):
        for target in targets:
            cookie = cookies.get(target["role"], "")
            measured = cold.measure(base, master, url, target, cookie, args.cold_seconds)
            results["pages"][target["name"]]["cold"] = measured
            print(f"  {target['name']:<16} {measured['cpu_ms']:>7} ms CPU cold", file=sys.stderr)
    return results


def table(runs: list[dict]) -> str:
    head = (
        f"{'size':<7}{'page type':<17}{'role':<11}{'req/s':>8}{'static':>8}"
        f"{'p50 ms':>8}{'p95 ms':>8}{'p99 ms':>8}{'alone':>7}{'render':>8}{'queries':>10}{'kB':>7}"
        f"{'errors':>7}{'cold CPU':>10}{'(db)':>7}"
    )
    lines = [head, "-" * len(head)]
    for run in runs:
        static = run["static"]
        lines.append(
            f"{run['size']:<7}{'STATIC FILE':<17}{'-':<11}{static['rps']:>8.0f}{'100%':>8}"
            f"{static['p50_ms']:>8.1f}{static['p95_ms']:>8.1f}{static['p99_ms']:>8.1f}"
            f"{'-':>7}{'-':>8}{'-':>10}{static['bytes'] / 1000:>7.1f}{static['errors']:>7}"
        )
        for name, page in run["pages"].items():
            lines.append(
                f"{run['size']:<7}{name:<17}{page['role']:<11}{page['rps']:>8.0f}"
                f"{page['share_of_static']:>8.1%}{page['p50_ms']:>8.1f}{page['p95_ms']:>8.1f}"
                f"{page['p99_ms']:>8.1f}{page['alone_ms']:>7.1f}{page['render_ms']:>8.1f}"
                f"{str(page['queries']) + '/' + str(page['stored_queries']):>10}"
                f"{page['bytes'] / 1000:>7.1f}{page['errors']:>7}"
                f"{page['cold']['cpu_ms']:>10.1f}{page['cold']['database_ms']:>7.1f}"
            )
        memory = run["memory"]
        lines.append(
            f"{run['size']:<7}workers' memory: {memory['rss_mb']} MB now, peak "
            f"{memory['peak_mb']} MB in all, largest worker {memory['largest_worker_peak_mb']} MB"
        )
    return "\n".join(lines)


def verdicts(runs: list[dict]) -> list[str]:
    """Issue 3's targets, judged on the medium run (or the largest one measured)."""
    by_size = {run["size"]: run for run in runs}
    judged = by_size.get("medium") or runs[-1]
    lines = [f"targets (at {judged['size']}, {judged['workers']} workers):"]
    for name, page in judged["pages"].items():
        share, p95 = page["share_of_static"], page["p95_ms"]
        if name in SIGNED_OUT_PAGES:
            ok = share >= SIGNED_OUT_TARGET
            rule = f">= {SIGNED_OUT_TARGET:.0%} of static"
        elif page["audience"] == "signed-in":
            ok = share >= SIGNED_IN_TARGET and p95 < SIGNED_IN_P95_MS
            rule = f">= {SIGNED_IN_TARGET:.0%} of static and p95 < {SIGNED_IN_P95_MS} ms"
        else:
            continue
        verdict = "met" if ok else "MISSED"
        lines.append(f"  {name:<16} {share:>6.1%}  p95 {p95:>6.1f} ms  {rule}: {verdict}")
    for name, page in judged["pages"].items():
        cpu = page["cold"]["cpu_ms"]
        verdict = "met" if cpu <= COLD_CPU_MS else "MISSED"
        lines.append(f"  cold {name:<16} {cpu:>6.1f} ms CPU  <= {COLD_CPU_MS} ms: {verdict}")
    if len(runs) > 1:
        for name in runs[0]["pages"]:
            first, last = (run["pages"][name]["cold"]["cpu_ms"] for run in (runs[0], runs[-1]))
            growth = last / first if first else 1
            verdict = "met" if growth <= COLD_GROWTH else "MISSED"
            lines.append(
                f"  cold growth {name:<16} {runs[0]['size']} -> {runs[-1]['size']}: "
                f"{growth:.2f}x  <= {COLD_GROWTH}x: {verdict}"
            )
        for name in runs[0]["queries"]:
            for kind, label in (("queries", "rendered"), ("stored_queries", "stored")):
                counts = [run[kind].get(name) for run in runs]
                flat = len(set(counts)) == 1
                sizes = " -> ".join(str(count) for count in counts)
                verdict = "flat: met" if flat else "GROWS: MISSED"
                lines.append(f"  queries {name:<16} {label:<9} {sizes:<14} {verdict}")
    return lines


def main(argv=None) -> int:
    args = parse_args(argv)
    sizes = [size for size in args.sizes.split(",") if size]
    if args.large and "large" not in sizes:
        sizes.append("large")
    RESULTS.mkdir(parents=True, exist_ok=True)
    started = time.strftime("%Y%m%d-%H%M%S")
    runs = []
    for size in sizes:
        run = bench_size(size, args)
        run["workers"] = args.workers
        runs.append(run)
    mixed = None
    if args.soak_seconds:
        import soak

        soak_args = soak.parse_args(
            ["--duration", str(args.soak_seconds), "--users", str(args.soak_users)]
            + ["--size", sizes[-1], "--workers", str(args.workers)]
        )
        mixed = soak.soak(soak_args)
    report = {
        "started": started,
        "cores": os.cpu_count(),
        "workers": args.workers,
        "seconds_per_page_type": args.seconds,
        "connections": args.connections,
        "runs": runs,
        "verdicts": verdicts(runs),
        "mixed": mixed,
    }
    path = RESULTS / f"pages-{started}.json"
    path.write_text(json.dumps(report, indent=2))
    print(
        f"\n{os.cpu_count()} cores, {args.workers} gunicorn workers, {args.connections} "
        f"connections, {args.seconds:g} s per page type"
    )
    print(table(runs))
    print("\n".join(report["verdicts"]))
    if mixed:
        print(soak.summary(mixed))
    print(f"\nwritten to {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
