"""Why a few hot reads are written in SQL: each against its ORM equivalent, CPU per call.

    python bench/sql_choices.py [--size small] [--count 2000]

Uses the bench database of --size (made by run.py / generate.py). The figures go in the
comment beside each SQL statement (core/roles.py, cop/visibility.py).
"""

from __future__ import annotations

import argparse
import time

import djangoenv
import stage


def cpu_ms_per_call(function, count: int) -> float:
    for _ in range(50):  # warm connections and per-process caches
        function()
    started = time.process_time()
    for _ in range(count):
        function()
    return (time.process_time() - started) / count * 1000


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", default="small")
    parser.add_argument("--count", type=int, default=2000)
    args = parser.parse_args(argv)
    djangoenv.setup(
        djangoenv.bench_env(stage.database_url(args.size), f"bench_{args.size}_", False)
    )
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    from cop import visibility as forum
    from cop.models import Post, Topic
    from core import roles

    user = get_user_model().objects.get(username="focalpoint")

    def groups_in_sql():
        user.__dict__.pop("_group_names", None)
        roles.user_groups(user)

    def groups_in_orm():
        frozenset(Group.objects.filter(user=user).values_list("name", flat=True))

    def unpublished_in_orm():
        mine = {"author": user}
        return (
            Post.objects.filter(**mine).exclude(status=forum.PUBLISHED).exists()
            or Topic.objects.filter(**mine).exclude(status=forum.PUBLISHED).exists()
        )

    pairs = {
        "user_groups": (groups_in_sql, groups_in_orm),
        "has_own_unpublished": (lambda: forum.has_own_unpublished(user), unpublished_in_orm),
    }
    for name, (in_sql, in_orm) in pairs.items():
        sql, orm = cpu_ms_per_call(in_sql, args.count), cpu_ms_per_call(in_orm, args.count)
        print(f"{name:<22} SQL {sql:6.3f} ms   ORM {orm:6.3f} ms   CPU per call")


if __name__ == "__main__":
    main()
