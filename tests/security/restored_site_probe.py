"""Run in a subprocess against a restored database (DATABASE_URL): prints what each role gets
for each path, as JSON, so the drill can compare it with the original site."""

import json
import os
import sys

import django

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")
django.setup()

from django.contrib.auth import get_user_model  # noqa: E402
from django.test import Client  # noqa: E402
from wagtail.models import Page, PageViewRestriction  # noqa: E402


def main():
    paths = json.loads(sys.argv[1])
    User = get_user_model()
    counts = {
        "wagtailcore_page": Page.objects.count(),
        "wagtailcore_pageviewrestriction": PageViewRestriction.objects.count(),
        "auth_user": User.objects.count(),
    }
    result = {}
    for role in ("anonymous", "newhire", "focalpoint"):
        client = Client()
        if role != "anonymous":
            client.force_login(User.objects.get(username=role))
        for path, secret in paths:
            response = client.get(path)
            body = response.content.decode("utf-8", "replace")
            result[f"{role} {path}"] = [response.status_code, secret in body]
    print(json.dumps({"counts": counts, "answers": result}))


if __name__ == "__main__":
    main()
