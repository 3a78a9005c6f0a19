"""Where a cold page's time goes: each page type rendered in this process with the page cache
off, its median CPU time and SQL time, and (with --profile NAME) the top functions.

    python bench/profile_pages.py --size medium [--profile topic] [--count 20]

Uses the bench database of --size (made by run.py / generate.py) on DATABASE_URL's server.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import statistics
import time

import djangoenv
import stage


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", default="medium")
    parser.add_argument("--count", type=int, default=20)
    parser.add_argument("--profile", help="page type to profile")
    parser.add_argument("--elasticsearch", action="store_true")
    args = parser.parse_args(argv)
    url = stage.database_url(args.size)
    djangoenv.setup(djangoenv.bench_env(url, f"bench_{args.size}_", args.elasticsearch))
    import targets
    from django.db import connection
    from django.test import override_settings
    from django.test.utils import CaptureQueriesContext

    with override_settings(PAGE_CACHE=False, DEBUG=False):
        for target in targets.build():
            client = targets.client_for(target)
            for path in target.paths:
                client.get(path)
            cpu, sql, counts = [], [], []
            profiler = cProfile.Profile() if target.name == args.profile else None
            for number in range(args.count):
                path = target.paths[number % len(target.paths)]
                with CaptureQueriesContext(connection) as captured:
                    started = time.process_time()
                    if profiler:
                        profiler.enable()
                    response = client.get(path)
                    if profiler:
                        profiler.disable()
                    cpu.append((time.process_time() - started) * 1000)
                assert response.status_code == 200, (path, response.status_code)
                sql.append(sum(float(query["time"]) for query in captured.captured_queries) * 1000)
                counts.append(len(captured.captured_queries))
            print(
                f"{target.name:<16} cpu {statistics.median(cpu):6.1f} ms  "
                f"sql {statistics.median(sql):6.1f} ms  queries {max(counts)}"
            )
            if profiler:
                stats = pstats.Stats(profiler).sort_stats("cumulative")
                stats.print_stats(45)
                slow = sorted(
                    captured.captured_queries, key=lambda q: float(q["time"]), reverse=True
                )
                for query in slow[:8]:
                    print(query["time"], query["sql"][:600])


if __name__ == "__main__":
    main()
