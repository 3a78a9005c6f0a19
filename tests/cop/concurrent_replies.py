"""Twenty members reply to one topic at once, ten replies each, on the new, empty database
DATABASE_URL names, with the settings `make run` uses. Run in a process of its own by
tests/cop/test_concurrent_replies.py.

The tables come from `migrate`, as on a new site; the replies go through cop.posting (what the
reply view calls), each member in a thread with its own database connection. Prints JSON: the
replies accepted, the errors raised, and what the database holds afterwards.
"""

import json
import os
import threading
import uuid
from collections import Counter

import django

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")
django.setup()

from django.contrib.auth import get_user_model  # noqa: E402
from django.contrib.auth.models import Group  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402

from cop import factories, posting  # noqa: E402
from cop.models import Post, Topic  # noqa: E402
from core.roles import MODERATORS  # noqa: E402

WRITERS = 20
REPLIES_EACH = 10


def prepare():
    call_command("migrate", verbosity=0, interactive=False)
    # Moderators, so that no reply waits in pre-moderation.
    moderators = Group.objects.get(name=MODERATORS)
    members = []
    for number in range(WRITERS):
        member = get_user_model().objects.create_user(f"member{number}")
        member.groups.add(moderators)
        members.append(member)
    category = factories.category("general", "General")
    topic, _created = factories.topic(category, members[0], "A busy topic", "Who is here?")
    return members, topic


def write(member, topic, start, accepted, errors):
    start.wait()
    try:
        for number in range(REPLIES_EACH):
            text = f"Reply {number} from {member.username}."
            try:
                posting.create_reply(member, topic, text, submission_key=uuid.uuid4())
            except Exception as error:  # what the reply view would have answered with a 500
                errors[f"{type(error).__name__}: {error}"] += 1
            else:
                accepted.append(text)
    finally:
        connection.close()


def main():
    members, topic = prepare()
    connection.close()
    start = threading.Barrier(WRITERS)
    accepted, errors = [], Counter()
    threads = [
        threading.Thread(target=write, args=(member, topic, start, accepted, errors))
        for member in members
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    replies = Post.objects.filter(topic=topic, is_opening=False)
    report = {
        "accepted": len(accepted),
        "errors": dict(errors),
        "stored": replies.count(),
        "all_accepted_stored": set(accepted) <= set(replies.values_list("source", flat=True)),
        "reply_count": Topic.objects.get(pk=topic.pk).reply_count,
    }
    print(json.dumps(report))


if __name__ == "__main__":
    main()
