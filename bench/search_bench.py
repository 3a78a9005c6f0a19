"""Search latency and indexing throughput (issue 8): the site's own search (search.query.run,
as the search page calls it) over 20,000 entries on the database backend and 100,000 on
Elasticsearch, each in a database of its own (bench_search_db and bench_search, so each table
holds exactly its entries) and indexes prefixed bench_search_; with the requests to the search
server and the SQL queries each search makes.

    .venv/bin/python bench/search_bench.py [--db-entries 20000] [--es-entries 100000]

Entries are synthetic: sentences of real guidance words in en, fr, es and ar with a long tail
of rarer words, spread over the audiences the site uses. Writes bench/results/search-<time>.json.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import time
from contextlib import contextmanager

import djangoenv
import generate
from djangoenv import RESULTS, ROOT

DATABASES = {"database": "bench_search_db", "elasticsearch": "bench_search"}
QUERIES = [
    "report",
    "harassment",
    "confidential report",
    "training session",
    "harcèlement",
    "denuncia",
    "التحرش",
    "focal point checklist",
    "reprot",  # a typo: fuzzy on Elasticsearch
    "term417",  # a rare word
]
WORDS = {
    "en": "report harassment exploitation abuse confidential channel training session focal "
    "point checklist manager team respect safe workplace support listen believe".split(),
    "fr": "signalement harcèlement exploitation abus confidentiel canal formation séance "
    "référent liste équipe respect sécurité soutien écouter croire".split(),
    "es": "denuncia acoso explotación abuso confidencial canal formación sesión punto "
    "focal lista equipo respeto seguro apoyo escuchar creer".split(),
    "ar": "الإبلاغ التحرش الاستغلال الإساءة سري قناة تدريب جلسة مسؤول قائمة فريق احترام "
    "آمن دعم".split(),
}


def parse_args(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db-entries", type=int, default=20_000)
    parser.add_argument("--es-entries", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=20, help="passes over the query list")
    parser.add_argument("--phase", choices=["database", "elasticsearch"], help=argparse.SUPPRESS)
    return parser.parse_args(argv)


def sentence(rng: random.Random, code: str) -> str:
    words = WORDS[code]
    # Mostly common words, with a long tail of rare terms (term0 ... term4999).
    picked = [
        rng.choice(words) if rng.random() < 0.8 else f"term{int(rng.paretovariate(1.2)) % 5000}"
        for _ in range(rng.randint(12, 40))
    ]
    return " ".join(picked)


def fill_entries(count: int) -> None:
    """Synthetic entries up to `count` in all (made in bulk, without signals)."""
    from core.visibility.audience import PUBLIC, SIGNED_IN, groups_token
    from core.visibility.community import MEMBER_GROUPS
    from search.models import SearchEntry
    from search.providers import EntryData

    have = SearchEntry.objects.count()
    audiences = [PUBLIC, SIGNED_IN, SIGNED_IN, groups_token(MEMBER_GROUPS)]
    kinds = ["guidance", "resource", "policysummary", "topic", "post", "post"]
    rng = random.Random(have)
    with generate.progress(count - have, "entries") as bar:
        for start in range(have, count, generate.BATCH):
            made = []
            for number in range(start, min(start + generate.BATCH, count)):
                code = generate.LANGUAGES[number % 4]
                data = EntryData(
                    kind=kinds[number % len(kinds)],
                    locale=code,
                    audience=audiences[number % len(audiences)],
                    title=" ".join(rng.sample(WORDS[code], 4)),
                    url=f"/{code}/bench/{number}/",
                    summary=sentence(rng, code)[:200],
                    topic=["sea", "sh", "both"][number % 3],
                    tags=rng.sample(["induction", "managers", "posters", "refresher"], 2),
                    text=sentence(rng, code) + " " + sentence(rng, code),
                )
                made.append(SearchEntry(key=f"bench:{number}", **data.fields()))
            SearchEntry.objects.bulk_create(made)
            bar.update(len(made))


@contextmanager
def counting():
    """HTTP requests to the search server (counted at the client's HTTP node) and SQL queries
    made inside the block."""
    from django.db import connection
    from elastic_transport import Urllib3HttpNode

    counts = {"requests": 0, "sql": 0}
    send = Urllib3HttpNode.perform_request

    def counted_request(node, *args, **kwargs):
        counts["requests"] += 1
        return send(node, *args, **kwargs)

    def counted_sql(execute, sql, params, many, context):
        counts["sql"] += 1
        return execute(sql, params, many, context)

    Urllib3HttpNode.perform_request = counted_request
    try:
        with connection.execute_wrapper(counted_sql):
            yield counts
    finally:
        Urllib3HttpNode.perform_request = send


def latency(rounds: int) -> dict:
    """search.query.run for a signed-in focal point, every query in its language and in en."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    from core import roles
    from search import query

    User = get_user_model()
    user, _ = User.objects.get_or_create(username="bench-searcher")
    user.groups.add(*Group.objects.filter(name__in=[roles.PERSONNEL, roles.FOCAL_POINTS]))
    user = User.objects.get(pk=user.pk)
    for text in QUERIES:  # warm-up
        query.run(user, text, language="en", filters={})
    timings, degraded, found = [], 0, 0
    with counting() as counts:
        for _ in range(rounds):
            for text in QUERIES:
                started = time.perf_counter()
                results = query.run(user, text, language="en", filters={})
                timings.append((time.perf_counter() - started) * 1000)
                degraded += results.degraded
                found += bool(results.total)
    cuts = statistics.quantiles(timings, n=100)
    return {
        "searches": len(timings),
        "p50_ms": round(cuts[49], 1),
        "p95_ms": round(cuts[94], 1),
        "max_ms": round(max(timings), 1),
        "with_results": found,
        "answered_by_fallback": degraded,
        "search_server_requests_per_search": round(counts["requests"] / len(timings), 2),
        "sql_queries_per_search": round(counts["sql"] / len(timings), 2),
    }


def settle(index) -> None:
    """What the servers do by themselves within minutes of a bulk load, done before measuring
    so the searches meet a settled index: PostgreSQL's statistics and vacuum (autovacuum),
    Elasticsearch's segments merged."""
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE")
    if hasattr(index, "es"):
        index.es.indices.forcemerge(index=index.name, max_num_segments=1)


def phase(name: str, args) -> dict:
    """Inside Django, on the bench database of one backend."""
    import entries
    from django.core.management import call_command
    from wagtail.search.backends import get_search_backend

    from search.models import SearchEntry

    call_command("migrate", interactive=False, verbosity=0)
    from core import roles

    roles.ensure_groups()
    count = args.db_entries if name == "database" else args.es_entries
    fill_entries(count)
    # Indexing 100,000 entries on a busy machine outlasts the site's short request timeout.
    backend = get_search_backend("default", TIMEOUT=120)
    # Start from an empty index, so the rate is that of adding new entries.
    index = backend.get_index_for_model(SearchEntry)
    index.reset()  # Elasticsearch only; the database backend keeps rows in IndexEntry
    index.add_model(SearchEntry)
    if name == "database":
        from django.contrib.contenttypes.models import ContentType
        from wagtail.search.models import IndexEntry

        IndexEntry.objects.filter(
            content_type=ContentType.objects.get_for_model(SearchEntry)
        ).delete()
    queryset = SearchEntry.objects.filter(pk__in=SearchEntry.objects.order_by("pk")[:count])
    rate = entries.index_entries(backend, count, f"index ({name})", queryset)
    settle(index)
    return {
        "backend": name,
        "entries": count,
        "indexing_entries_per_s": round(rate, 1),
        **latency(args.rounds),
    }


def child(name: str, args) -> dict:
    server = os.environ.get("DATABASE_URL", "")
    if not server.startswith(("postgres://", "postgresql://")):
        raise SystemExit("set DATABASE_URL to a PostgreSQL server (eval $(scripts/services env))")
    url = server.rsplit("/", 1)[0] + "/" + DATABASES[name]
    generate.ensure_database(url, fresh=False)
    env = djangoenv.bench_env(url, "bench_search_", name == "elasticsearch")
    command = [sys.executable, __file__, "--phase", name]
    command += [f"--db-entries={args.db_entries}", f"--es-entries={args.es_entries}"]
    command += [f"--rounds={args.rounds}"]
    output = subprocess.run(command, env=env, cwd=ROOT, check=True, stdout=subprocess.PIPE)
    return json.loads(output.stdout.decode().strip().splitlines()[-1])


def main(argv=None) -> int:
    args = parse_args(argv)
    if args.phase:
        djangoenv.setup(dict(os.environ))
        print(json.dumps(phase(args.phase, args)))
        return 0
    runs = [child("database", args)]
    if os.environ.get("ELASTICSEARCH_URL"):
        runs.append(child("elasticsearch", args))
    else:
        print("ELASTICSEARCH_URL is not set: the Elasticsearch part is skipped.", file=sys.stderr)
    RESULTS.mkdir(parents=True, exist_ok=True)
    path = RESULTS / f"search-{time.strftime('%Y%m%d-%H%M%S')}.json"
    path.write_text(json.dumps({"cores": os.cpu_count(), "runs": runs}, indent=2))
    print(
        f"{'backend':<15}{'entries':>9}{'index/s':>9}{'p50 ms':>8}{'p95 ms':>8}{'max ms':>8}"
        f"{'ES req':>8}{'SQL':>6}"
    )
    for run in runs:
        print(
            f"{run['backend']:<15}{run['entries']:>9}{run['indexing_entries_per_s']:>9.0f}"
            f"{run['p50_ms']:>8.1f}{run['p95_ms']:>8.1f}{run['max_ms']:>8.1f}"
            f"{run['search_server_requests_per_search']:>8.2f}{run['sql_queries_per_search']:>6.1f}"
        )
    print(f"written to {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
