"""Fill a database to a named size for the benchmarks.

    .venv/bin/python bench/generate.py --size medium --database-url postgres://.../bench_medium

small is the demo seed. medium adds 1,000 guidance pages (in en, fr, es, ar), 5,000 toolkit
resources (a tenth of them also in fr, es and ar), 200 focal points, 10,000 forum topics with
200,000 posts, and the search entries of all of it. large is ten times medium.

A PostgreSQL database that does not exist is created. A database that already holds bench
content is left alone (use --fresh to start again).
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from dataclasses import dataclass
from datetime import date, timedelta

import djangoenv

BATCH = 2000


@dataclass(frozen=True)
class Size:
    guidance_pages: int = 0
    resources: int = 0
    focal_points: int = 0
    topics: int = 0
    posts: int = 0


MEDIUM = Size(guidance_pages=1_000, resources=5_000, focal_points=200, topics=10_000, posts=200_000)
SIZES = {
    "small": Size(),
    "medium": MEDIUM,
    "large": Size(**{name: value * 10 for name, value in vars(MEDIUM).items()}),
}
LANGUAGES = ("en", "fr", "es", "ar")
USER_PREFIX = "bench-fp-"

# Plain, de-identified demo text per language (shared/CONTENT.md): no names, no case details.
GUIDANCE = {
    "en": ("How to talk with your team about {n}", "Short guidance for a team meeting."),
    "fr": ("Parler avec votre équipe de {n}", "Un guide court pour une réunion d'équipe."),
    "es": ("Cómo hablar con su equipo sobre {n}", "Una guía breve para una reunión de equipo."),
    "ar": ("كيف تتحدث مع فريقك عن {n}", "إرشادات قصيرة لاجتماع الفريق."),
}
THEMES = {
    "en": ["respect at work", "reporting channels", "bystander support", "safe recruitment"],
    "fr": ["le respect au travail", "les canaux de signalement", "le soutien des témoins"],
    "es": ["el respeto en el trabajo", "los canales de denuncia", "el apoyo de testigos"],
    "ar": ["الاحترام في العمل", "قنوات الإبلاغ", "دعم الشهود"],
}
PARAGRAPH = {
    "en": "Everyone has the right to a workplace free of harassment. Listen, believe, and "
    "explain the ways to report. Reports can be made in confidence.",
    "fr": "Chacun a droit à un lieu de travail sans harcèlement. Écoutez, croyez et "
    "expliquez les moyens de signaler. Les signalements peuvent être confidentiels.",
    "es": "Todas las personas tienen derecho a un lugar de trabajo sin acoso. Escuche, crea "
    "y explique las formas de denunciar. Las denuncias pueden ser confidenciales.",
    "ar": "لكل شخص الحق في مكان عمل خالٍ من التحرش. استمع وصدّق واشرح طرق الإبلاغ. "
    "يمكن تقديم البلاغات بسرية.",
}
TOPIC_TITLES = {
    "en": "Question {n}: running a session on {theme}",
    "fr": "Question {n} : animer une séance sur {theme}",
    "es": "Pregunta {n}: dirigir una sesión sobre {theme}",
    "ar": "سؤال {n}: تنظيم جلسة حول {theme}",
}
REPLIES = {
    "en": [
        "We ran this last month with a short scenario and time for questions. It worked well.",
        "Thank you, this helps. Our office used the **checklist** from the toolkit first.",
        "> Start with the reporting channels\n\nAgreed. People asked most about confidentiality.",
    ],
    "fr": ["Merci, cela aide. Nous avons commencé par la liste de contrôle de la boîte à outils."],
    "es": ["Gracias, esto ayuda. Empezamos con la lista de verificación del kit."],
    "ar": ["شكرًا، هذا مفيد. بدأنا بقائمة التحقق من مجموعة الأدوات."],
}


def parse_args(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", choices=SIZES, required=True)
    parser.add_argument("--database-url", required=True, help="never the site's own database")
    parser.add_argument("--elasticsearch", action="store_true", help="also fill the ES index")
    parser.add_argument("--index-prefix", default=None, help="ES index prefix (bench_<db>_)")
    parser.add_argument("--fresh", action="store_true", help="drop the database first")
    parser.add_argument("--seed", type=int, default=1)
    return parser.parse_args(argv)


def ensure_database(url: str, fresh: bool) -> None:
    """Create the PostgreSQL database (or drop and create it with --fresh)."""
    if not url.startswith(("postgres://", "postgresql://")):
        if fresh:
            from pathlib import Path

            Path(url.removeprefix("sqlite:///")).unlink(missing_ok=True)
        return
    import psycopg

    name = djangoenv.database_name(url)
    server = url.rsplit("/", 1)[0] + "/postgres"
    with psycopg.connect(server, autocommit=True) as connection:
        exists = connection.execute(
            "SELECT 1 FROM pg_database WHERE datname = %s", [name]
        ).fetchone()
        if exists and fresh:
            connection.execute(f'DROP DATABASE "{name}" WITH (FORCE)')
            exists = None
        if not exists:
            connection.execute(f'CREATE DATABASE "{name}"')


def already_generated() -> bool:
    from django.contrib.auth import get_user_model
    from django.db import connection

    if "auth_user" not in connection.introspection.table_names():
        return False
    return get_user_model().objects.filter(username__startswith=USER_PREFIX).exists() or (
        get_user_model().objects.filter(username="focalpoint").exists()
    )


def progress(total: int, label: str):
    from tqdm import tqdm

    return tqdm(total=total, desc=label, unit="row", unit_scale=True, file=sys.stderr)


def chunks(items, size=BATCH):
    for start in range(0, len(items), size):
        yield items[start : start + size]


def generate(size: Size, rng: random.Random) -> dict[str, float]:
    """Everything of `size` on top of the demo seed. Returns seconds per phase."""
    import entries

    timings = {}
    started = time.monotonic()
    made_pages = guidance_pages(size.guidance_pages, rng) + resources(size.resources, rng)
    timings["pages"] = time.monotonic() - started
    started = time.monotonic()
    posts = forum(size, rng)
    timings["forum"] = time.monotonic() - started
    started = time.monotonic()
    entries.add_for_pages(made_pages)
    entries.add_for_posts(posts)
    timings["search entries"] = time.monotonic() - started
    return timings


def guidance_pages(count: int, rng: random.Random) -> list:
    """`count` guidance pages: a quarter in English, each translated into fr, es and ar,
    under a "Library" section in each language."""
    import pagetree

    from demo import seeding
    from guidance.models import GuidancePage
    from home.models import HomePage

    if not count:
        return []
    home = HomePage.objects.get(locale__language_code="en", alias_of__isnull=True)
    library = seeding.ensure_child(
        home, GuidancePage, "library", title="Library", summary="More guidance.", body=[]
    )
    sections = {"en": library}
    for code in LANGUAGES[1:]:
        sections[code] = seeding.ensure_translation(library, code, slug="library")
    made = []
    sources = count // len(LANGUAGES)
    keys = []
    with progress(sources * len(LANGUAGES), "guidance pages") as bar:
        for code in LANGUAGES:
            title, summary = GUIDANCE[code]
            themes = THEMES[code]
            body = seeding.body_stream([("paragraph", PARAGRAPH[code])] * 3)
            pages = []
            for number in range(sources):
                page = GuidancePage(
                    title=title.format(n=f"{themes[number % len(themes)]} ({number + 1})"),
                    slug=f"guide-{number + 1}",
                    summary=summary,
                    body=body,
                    locale_id=sections[code].locale_id,
                    show_in_menus=False,
                )
                if code != "en":
                    page.translation_key = keys[number]
                pages.append(page)
            for batch in chunks(pages):
                made += pagetree.add_children(sections[code], batch)
                bar.update(len(batch))
            if code == "en":
                keys = [page.translation_key for page in pages]
    return made


def resources(count: int, rng: random.Random) -> list:
    """`count` English resources, four in five in the main toolkit (everyone signed in) and
    one in five in the focal point kit; a tenth also translated into fr, es and ar where the
    toolkit itself is translated."""
    from taggit.models import Tag
    from wagtail.models import Page

    from toolkit.choices import ResourceType, Topic
    from toolkit.models import Region, ResourceFile, ToolkitIndexPage

    if not count:
        return []
    main = ToolkitIndexPage.objects.get(locale__language_code="en", alias_of__isnull=True, depth=3)
    kit = ToolkitIndexPage.objects.get(
        locale__language_code="en", alias_of__isnull=True, path__startswith=main.path, depth=4
    )
    translated = {}
    for section in (main, kit):
        for page in Page.objects.filter(
            translation_key=section.translation_key, alias_of__isnull=True
        ).exclude(locale_id=section.locale_id):
            translated[(section.pk, page.locale.language_code)] = page
    tags = [Tag.objects.get_or_create(name=name)[0] for name in BENCH_TAGS]
    regions = list(Region.objects.all())
    types, topics = list(ResourceType.values), list(Topic.values)
    # The files point at one demo file: the listing reads file rows, never file contents.
    sample = ResourceFile.objects.order_by("pk").first()
    made = []
    with progress(count + 3 * (count // 10), "toolkit resources") as bar:
        for start in range(0, count, BATCH):
            numbers = range(start, min(start + BATCH, count))
            for parent in (main, kit):
                # Every fifth resource is in the focal point kit.
                mine = [n for n in numbers if (n % 5 == 0) == (parent is kit)]
                english = _add_resources(parent, mine, "en", rng, types, topics, None)
                batch = [("en", page) for page in english]
                keys = {page.slug_number: page.translation_key for page in english}
                for code in LANGUAGES[1:]:
                    target = translated.get((parent.pk, code))
                    chosen = [n for n in mine if n % 10 == 0]
                    if target is not None and chosen:
                        copies = _add_resources(target, chosen, code, rng, types, topics, keys)
                        batch += [(code, page) for page in copies]
                _files_tags_regions(batch, sample, tags, regions, rng)
                made += [page for _code, page in batch]
                bar.update(len(batch))
    return made


BENCH_TAGS = ["induction", "managers", "field offices", "posters", "refresher", "partners"]


def _add_resources(parent, numbers, code, rng, types, topics, keys):
    import pagetree

    from toolkit.models import ResourcePage

    title, summary = GUIDANCE[code]
    themes = THEMES[code]
    pages = []
    for number in numbers:
        reviewed = date(2024, 1, 1) + timedelta(days=rng.randrange(600))
        page = ResourcePage(
            title=title.format(n=f"{themes[number % len(themes)]} — {number + 1}"),
            slug=f"resource-{number + 1}",
            summary=summary,
            resource_type=types[number % len(types)],
            topic=topics[number % len(topics)],
            for_focal_points=number % 2 == 0,
            for_managers=number % 3 == 0,
            for_all_personnel=number % 2 == 1,
            for_partners=number % 7 == 0,
            year=2018 + number % 8,
            owning_unit="Ethics Office",
            content_owner="PSEA coordinator",
            last_reviewed=reviewed,
            next_review=reviewed + timedelta(days=730),
            body=[],
            indicators=[],
            locale_id=parent.locale_id,
        )
        if keys is not None:
            page.translation_key = keys[number]
        page.slug_number = number
        pages.append(page)
    return pagetree.add_children(parent, pages)


def _files_tags_regions(pages, sample, tags, regions, rng) -> None:
    """One or two files per resource (pointing at a demo file), two tags, up to two regions."""
    from toolkit.models import ResourceFile, ResourcePage, ResourcePageTag

    files, tagged, placed = [], [], []
    for code, page in pages:
        for order, language in enumerate(sorted({code, "en"})):
            files.append(
                ResourceFile(
                    page_id=page.pk,
                    sort_order=order,
                    file=sample.file.name if sample else "toolkit/bench.pdf",
                    part="document",
                    language=language,
                    display_name=f"{page.slug}-{language}.pdf",
                    kind="pdf",
                    size=sample.size if sample else 1024,
                )
            )
        for tag in rng.sample(tags, 2):
            tagged.append(ResourcePageTag(tag_id=tag.pk, content_object_id=page.pk))
        if regions and page.slug_number % 3 == 0:
            through = ResourcePage.regions.through
            for region in rng.sample(regions, min(2, len(regions))):
                placed.append(through(resourcepage_id=page.pk, region_id=region.pk))
    ResourceFile.objects.bulk_create(files)
    ResourcePageTag.objects.bulk_create(tagged)
    ResourcePage.regions.through.objects.bulk_create(placed)


def forum(size: Size, rng: random.Random) -> list[int]:
    """Focal points, topics and posts. Returns the primary keys of the posts made."""
    if not size.topics:
        return []
    users = focal_points(size.focal_points)
    return topics_and_posts(size.topics, size.posts, users, rng)


def focal_points(count: int) -> list:
    from django.contrib.auth import get_user_model
    from django.contrib.auth.hashers import make_password
    from django.contrib.auth.models import Group

    from cop.models import MemberProfile
    from core import roles

    User = get_user_model()
    password = make_password(None)  # unusable: bench sessions are made directly
    users = User.objects.bulk_create(
        User(
            username=f"{USER_PREFIX}{number:05d}",
            email=f"{USER_PREFIX}{number:05d}@example.org",
            password=password,
        )
        for number in range(count)
    )
    groups = list(Group.objects.filter(name__in=[roles.PERSONNEL, roles.FOCAL_POINTS]))
    User.groups.through.objects.bulk_create(
        User.groups.through(user_id=user.pk, group_id=group.pk)
        for user in users
        for group in groups
    )
    codes = LANGUAGES
    MemberProfile.objects.bulk_create(
        MemberProfile(
            user_id=user.pk,
            display_name=f"Focal point {number + 1}",
            office=f"Country office {number % 40 + 1}",
            languages=",".join(sorted({"en", codes[number % len(codes)]})),
        )
        for number, user in enumerate(users)
    )
    return users


def topics_and_posts(topic_count, post_count, users, rng) -> list[int]:
    from django.utils import timezone

    from cop.models import Category, Post, Topic
    from cop.posting import render_source

    categories = list(Category.objects.all())
    rendered = {
        code: [(text, render_source(text)[0]) for text in texts] for code, texts in REPLIES.items()
    }
    replies = _split(post_count - topic_count, topic_count, rng)
    now = timezone.now()
    post_pks = []
    with progress(post_count, "forum posts") as bar:
        for start in range(0, topic_count, 500):
            numbers = range(start, min(start + 500, topic_count))
            topics = Topic.objects.bulk_create(
                Topic(
                    category=categories[number % len(categories)],
                    author=users[number % len(users)],
                    title=TOPIC_TITLES[LANGUAGES[number % 4]].format(
                        n=number + 1, theme=THEMES[LANGUAGES[number % 4]][number % 3]
                    ),
                    language=LANGUAGES[number % 4],
                    is_question=number % 3 == 0,
                )
                for number in numbers
            )
            posts = []
            for topic, number in zip(topics, numbers, strict=True):
                texts = rendered[topic.language]
                for position in range(replies[number] + 1):
                    source, html = texts[(number + position) % len(texts)]
                    posts.append(
                        Post(
                            topic=topic,
                            author=users[(number + position) % len(users)],
                            source=source,
                            html=html,
                            is_opening=position == 0,
                        )
                    )
            made = Post.objects.bulk_create(posts, batch_size=BATCH)
            last = {}
            for post in made:
                last[post.topic_id] = post.pk
            for topic, number in zip(topics, numbers, strict=True):
                topic.reply_count = replies[number]
                topic.last_published_post_id = last[topic.pk]
                topic.last_posted_at = now - timedelta(minutes=topic_count - number)
            Topic.objects.bulk_update(
                topics, ["reply_count", "last_published_post_id", "last_posted_at"]
            )
            post_pks += [post.pk for post in made]
            bar.update(len(made))
    return post_pks


def _split(total: int, parts: int, rng: random.Random) -> list[int]:
    """`total` replies over `parts` topics: most near the mean, a few long threads."""
    mean = total / parts
    weights = [rng.expovariate(1 / mean) for _ in range(parts)]
    scale = total / sum(weights)
    counts = [int(weight * scale) for weight in weights]
    for index in range(total - sum(counts)):
        counts[index % parts] += 1
    return counts


def main(argv=None) -> int:
    args = parse_args(argv)
    name = djangoenv.database_name(args.database_url)
    prefix = args.index_prefix or f"bench_{name}_"
    ensure_database(args.database_url, args.fresh)
    djangoenv.setup(djangoenv.bench_env(args.database_url, prefix, args.elasticsearch))
    from django.core.management import call_command

    call_command("migrate", interactive=False, verbosity=0)
    if already_generated():
        print(f"{name} already holds bench content; --fresh starts again.", file=sys.stderr)
        return 0
    started = time.monotonic()
    call_command("seed_demo", verbosity=1)
    timings = {"demo seed": time.monotonic() - started}
    timings.update(generate(SIZES[args.size], random.Random(args.seed)))
    import entries

    started = time.monotonic()
    indexed = entries.index_all()
    timings["search index"] = time.monotonic() - started
    for phase, seconds in timings.items():
        print(f"{phase:>16}: {seconds:7.1f} s", file=sys.stderr)
    print(f"{'indexed':>16}: {indexed}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
