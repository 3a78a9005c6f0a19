"""Load and soak (issue 9): simulated people on loopback for a bounded time, reading pages,
searching and posting forum replies, against the site under gunicorn with production settings.

    .venv/bin/python bench/soak.py --duration 600 --users 50      (the full run: 10 minutes)
    .venv/bin/python bench/soak.py --duration 60                   (a quick check)

Reports the status codes (there must be no 5xx), whether every reply the site accepted is in
the database afterwards (no lost post), latency, and the workers' memory over time. Uses the
bench database of --size (made by generate.py when missing). Writes bench/results/soak-*.json.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import random
import re
import statistics
import subprocess
import sys
import threading
import time
from collections import Counter
from urllib.parse import quote_plus

import djangoenv
import server
import stage
from djangoenv import RESULTS, ROOT

HIDDEN = re.compile(r'name="(csrfmiddlewaretoken|submission_key)" value="([^"]+)"')
LETTERS = "abcdefghijklmnopqrstuvwxyz"


def parse_args(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--duration", type=float, default=600, help="seconds (default 600)")
    parser.add_argument("--users", type=int, default=50)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--size", default="medium", choices=["small", "medium", "large"])
    parser.add_argument("--think", type=float, default=1.0, help="mean pause between actions")
    parser.add_argument("--post-share", type=float, default=0.1, help="share of actions")
    parser.add_argument("--search-share", type=float, default=0.2)
    parser.add_argument("--check-posts", help=argparse.SUPPRESS)
    return parser.parse_args(argv)


def marker(rng: random.Random) -> str:
    """A word no other post contains (letters only: digits could look like a phone number)."""
    return "soak" + "".join(rng.choice(LETTERS) for _ in range(16))


class Person:
    """One simulated person: their own session cookie, pauses, actions and tallies."""

    def __init__(self, number, base, plan, cookies, args, tally):
        self.rng = random.Random(number)
        self.host, self.port = base.removeprefix("http://").split(":")
        self.plan, self.cookies, self.args, self.tally = plan, cookies, args, tally

    def request(self, method, path, cookie, body=None):
        headers = {"Cookie": cookie} if cookie else {}
        if body is not None:
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        started = time.monotonic()
        connection = http.client.HTTPConnection(self.host, int(self.port), timeout=60)
        try:
            connection.request(method, path, body=body, headers=headers)
            response = connection.getresponse()
            text = response.read().decode("utf-8", "replace")
            status, set_cookies = response.status, response.headers.get_all("Set-Cookie") or []
            self.tally.cached(method, response.headers.get("X-Page-Cache", "rendered"))
        except OSError as error:
            status, text, set_cookies = f"error: {type(error).__name__}", "", []
        finally:
            connection.close()
        self.tally.record(status, time.monotonic() - started)
        return status, text, set_cookies

    def live(self, deadline):
        while time.monotonic() < deadline:
            time.sleep(self.rng.expovariate(1 / self.args.think) if self.args.think else 0)
            roll = self.rng.random()
            if roll < self.args.post_share:
                self.post()
            elif roll < self.args.post_share + self.args.search_share:
                query = self.rng.choice(run_queries())
                self.request("GET", f"/en/search/?q={quote_plus(query)}", self.cookies["newhire"])
            else:
                target = self.rng.choice(self.plan["targets"])
                path = self.rng.choice(target["paths"])
                self.request("GET", path, self.cookies.get(target["role"], ""))

    def post(self):
        cookie = self.cookies["focalpoint"]
        form = self.plan["reply_path"]
        status, text, set_cookies = self.request("GET", form, cookie)
        fields = dict(HIDDEN.findall(text))
        csrf = next((c.split(";")[0] for c in set_cookies if c.startswith("csrftoken=")), "")
        if status != 200 or "csrfmiddlewaretoken" not in fields:
            return
        word = marker(self.rng)
        body = "&".join(
            f"{name}={quote_plus(value)}"
            for name, value in {
                **fields,
                "source": f"Thank you for sharing this. We tried it in our office ({word}).",
                "action": "post",
            }.items()
        )
        status, _text, _ = self.request("POST", form, f"{cookie}; {csrf}", body)
        self.tally.posted(word, status)


def run_queries():
    from targets import SEARCH_QUERIES

    return SEARCH_QUERIES


class Tally:
    def __init__(self):
        self.lock = threading.Lock()
        self.statuses = Counter()
        self.latencies = []
        self.accepted, self.refused = [], Counter()
        self.cache = Counter()

    def cached(self, method, answer):
        """How a GET was answered: "hit" (a whole stored page), "fragments-hit" (rendered,
        its shared parts from the cache), "fragments-miss" or "rendered" (nothing stored)."""
        if method == "GET":
            with self.lock:
                self.cache[answer] += 1

    def record(self, status, seconds):
        with self.lock:
            self.statuses[str(status)] += 1
            self.latencies.append(seconds)

    def posted(self, word, status):
        with self.lock:
            if status == 302:
                self.accepted.append(word)
            else:
                self.refused[str(status)] += 1


def sample_memory(master, samples, stop):
    started = time.monotonic()
    while not stop.wait(5):
        memory = server.memory_mb(server.workers_of(master))
        samples.append({"t": round(time.monotonic() - started), **memory})


def check_posts(path: str) -> None:
    """Child process inside Django: how many of the accepted markers are in posts."""
    djangoenv.setup(dict(os.environ))
    from cop.models import Post

    with open(path) as file:
        words = json.load(file)
    found = sum(Post.objects.filter(source__contains=word).exists() for word in words)
    print(json.dumps({"found": found}))


def soak(args) -> dict:
    url = stage.database_url(args.size)
    stage.generate(args.size, url, elasticsearch=False)
    env = djangoenv.bench_env(url, f"bench_{args.size}_", False)
    stage.collectstatic(env)
    plan = stage.prepare(env)
    topic = next(t for t in plan["targets"] if t["name"] == "topic")
    plan["reply_path"] = topic["paths"][0] + "reply/"
    cookies = plan["cookies"]
    tally = Tally()
    samples = []
    RESULTS.mkdir(parents=True, exist_ok=True)
    with server.running(env, args.workers, RESULTS / "gunicorn-soak.log") as (base, master):
        stop = threading.Event()
        sampler = threading.Thread(target=sample_memory, args=(master, samples, stop))
        sampler.start()
        deadline = time.monotonic() + args.duration
        people = [
            threading.Thread(
                target=Person(n, base, plan, cookies, args, tally).live, args=(deadline,)
            )
            for n in range(args.users)
        ]
        for person in people:
            person.start()
        for person in people:
            person.join()
        stop.set()
        sampler.join()
        memory = server.memory_mb(server.workers_of(master))
    words = RESULTS / "soak-accepted.json"
    words.write_text(json.dumps(tally.accepted))
    output = subprocess.run(
        [sys.executable, __file__, f"--check-posts={words}"],
        env=env,
        cwd=ROOT,
        check=True,
        stdout=subprocess.PIPE,
    )
    found = json.loads(output.stdout.decode().strip().splitlines()[-1])["found"]
    cuts = statistics.quantiles(tally.latencies, n=100)
    first = samples[0] if samples else memory
    return {
        "size": args.size,
        "duration_s": args.duration,
        "users": args.users,
        "workers": args.workers,
        "cores": os.cpu_count(),
        "requests": len(tally.latencies),
        "statuses": dict(tally.statuses),
        "server_errors": sum(n for s, n in tally.statuses.items() if s.startswith("5")),
        "failed_connections": sum(n for s, n in tally.statuses.items() if s.startswith("err")),
        "p50_ms": round(cuts[49] * 1000, 1),
        "p95_ms": round(cuts[94] * 1000, 1),
        "p99_ms": round(cuts[98] * 1000, 1),
        "cache_shares": {
            answer: round(count / max(sum(tally.cache.values()), 1), 3)
            for answer, count in tally.cache.most_common()
        },
        "posts_accepted": len(tally.accepted),
        "posts_refused": dict(tally.refused),
        "posts_found_afterwards": found,
        "memory_first_mb": first["rss_mb"],
        "memory_last_mb": memory["rss_mb"],
        "memory_growth_mb": round(memory["rss_mb"] - first["rss_mb"], 1),
        "memory_peak_mb": memory["peak_mb"],
        "memory_samples": samples,
    }


def main(argv=None) -> int:
    args = parse_args(argv)
    if args.check_posts:
        check_posts(args.check_posts)
        return 0
    result = soak(args)
    path = RESULTS / f"soak-{time.strftime('%Y%m%d-%H%M%S')}.json"
    path.write_text(json.dumps(result, indent=2))
    print(summary(result) + f"\nwritten to {path.relative_to(ROOT)}")
    lost = result["posts_accepted"] - result["posts_found_afterwards"]
    return 1 if result["server_errors"] or lost else 0


def summary(result: dict) -> str:
    lost = result["posts_accepted"] - result["posts_found_afterwards"]
    shares = ", ".join(f"{answer} {share:.0%}" for answer, share in result["cache_shares"].items())
    return (
        f"mixed load: {result['cores']} cores, {result['workers']} workers, {result['users']} "
        f"people, {result['duration_s']:g} s on {result['size']}\n"
        f"requests {result['requests']}  statuses {result['statuses']}\n"
        f"latency p50 {result['p50_ms']} ms  p95 {result['p95_ms']} ms  p99 {result['p99_ms']} ms\n"
        f"5xx: {result['server_errors']}   failed connections: {result['failed_connections']}\n"
        f"posts accepted {result['posts_accepted']}, found afterwards "
        f"{result['posts_found_afterwards']}, lost {lost}; refused {result['posts_refused']}\n"
        f"workers' memory {result['memory_first_mb']} MB -> {result['memory_last_mb']} MB "
        f"(growth {result['memory_growth_mb']} MB, peak {result['memory_peak_mb']} MB)\n"
        f"how pages were answered: {shares}"
    )


if __name__ == "__main__":
    sys.exit(main())
