"""Child process of run.py: inside Django on one bench database, print (as JSON) the targets,
a session cookie per role, the queries per request and the response size of each page type.

    python bench/prepare.py   (environment from djangoenv.bench_env)
"""

from __future__ import annotations

import json
import os

import djangoenv


def main() -> None:
    djangoenv.setup(dict(os.environ))
    import targets

    found = targets.build()
    roles = sorted({target.role for target in found if target.role != "anonymous"})
    print(
        json.dumps(
            {
                "targets": [vars(target) | {"audience": target.audience} for target in found],
                "cookies": {role: targets.session_cookie(role) for role in roles},
                "queries": targets.query_counts(found, page_cache=False),
                "stored_queries": targets.query_counts(found, page_cache=True),
                "render_ms": targets.render_times(found),
            }
        )
    )


if __name__ == "__main__":
    main()
