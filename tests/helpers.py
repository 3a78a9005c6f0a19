"""Helpers the test packages share: signed-in clients, people in groups, times to schedule at."""

from datetime import datetime, timedelta

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import Client
from django.utils import timezone


def client_for(user=None, **kwargs) -> Client:
    """A test client signed in as `user`; nobody is signed in when it is None."""
    client = Client(**kwargs)
    if user is not None:
        client.force_login(user)
    return client


def client_as(role: str, users) -> Client:
    """A test client signed in as the demo person named `role`; "anonymous" signs nobody in."""
    return client_for(None if role == "anonymous" else users[role])


def person(username, *groups, **fields):
    """A new person in the named groups; `fields` go to the user (date_joined, is_staff...)."""
    user = get_user_model().objects.create_user(username, f"{username}@example.org", **fields)
    user.groups.add(*Group.objects.filter(name__in=groups))
    return user


def later(days) -> datetime:
    """The start of the current hour, `days` from now (before now when negative)."""
    return timezone.now().replace(minute=0, second=0, microsecond=0) + timedelta(days=days)
