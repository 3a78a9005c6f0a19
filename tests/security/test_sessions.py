"""Session lifetime, and group changes taking effect at the next request."""

import time_machine
from django.contrib.auth.models import Group
from django.http import HttpResponse
from django.test import Client

from accounts.middleware import AuditActorMiddleware
from accounts.models import AuditEvent
from core import roles
from core.demo_users import DEFAULT_DEMO_PASSWORD

COMMUNITY = "/en/community/"


def signed_in(username):
    client = Client()
    response = client.post(
        "/accounts/login/", {"username": username, "password": DEFAULT_DEMO_PASSWORD}
    )
    assert response.status_code == 302
    return client


def test_idle_session_ends_after_the_idle_timeout(db, settings):
    settings.SESSION_IDLE_TIMEOUT = 600
    with time_machine.travel("2030-01-01 09:00", tick=False) as clock:
        client = signed_in("focalpoint")
        assert client.get(COMMUNITY).status_code == 200
        clock.shift(590)
        assert client.get(COMMUNITY).status_code == 200  # activity restarts the idle clock
        clock.shift(590)
        assert client.get(COMMUNITY).status_code == 200
        clock.shift(700)
        response = client.get(COMMUNITY)
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")
    assert AuditEvent.objects.filter(event="session_expired", actor_name="focalpoint").exists()


def test_session_ends_after_the_absolute_timeout_even_when_active(db, settings):
    settings.SESSION_IDLE_TIMEOUT = 600
    settings.SESSION_ABSOLUTE_TIMEOUT = 3600
    with time_machine.travel("2030-01-01 09:00", tick=False) as clock:
        client = signed_in("focalpoint")
        for _ in range(6):
            clock.shift(500)
            assert client.get(COMMUNITY).status_code == 200
        clock.shift(700)
        assert client.get(COMMUNITY).status_code == 302


def test_removing_a_group_takes_effect_on_the_next_request(db, users):
    client = signed_in("focalpoint")
    assert client.get(COMMUNITY).status_code == 200
    users["focalpoint"].groups.remove(Group.objects.get(name=roles.FOCAL_POINTS))
    assert client.get(COMMUNITY).status_code == 404


def test_group_changes_are_audited_with_who_made_them(db, users, rf):
    newhire = users["newhire"]
    group = Group.objects.get(name=roles.FOCAL_POINTS)

    def view(request):
        newhire.groups.add(group)
        group.user_set.remove(users["comms"])
        return HttpResponse("ok")

    request = rf.post("/admin/users/", REMOTE_ADDR="10.1.2.3")
    request.user = users["admin"]
    AuditActorMiddleware(view)(request)
    added = AuditEvent.objects.filter(event="groups_changed", target=f"user:{newhire.pk}").latest(
        "pk"
    )
    assert (added.actor_name, added.counts, added.ip_address) == ("admin", {"added": 1}, "10.1.2.3")
    removed = AuditEvent.objects.filter(event="groups_changed", target=f"group:{group.pk}").latest(
        "pk"
    )
    assert removed.counts == {"removed": 1}


def test_page_permission_changes_are_audited(db):
    from django.contrib.auth.models import Permission
    from wagtail.models import GroupPagePermission, Page

    group = Group.objects.get(name=roles.TRANSLATORS)
    GroupPagePermission.objects.create(
        group=group,
        page=Page.get_first_root_node(),
        permission=Permission.objects.get(codename="publish_page"),
    )
    event = AuditEvent.objects.filter(
        event="page_permissions_changed", target=f"group:{group.pk}"
    ).latest("pk")
    assert event.counts == {"added": 1}
