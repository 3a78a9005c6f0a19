"""What a page does when it is read happens on every read, whatever the page cache answers."""

import pytest
from django.http import HttpResponse
from django.test import Client, RequestFactory

from accounts.models import AuditEvent
from campaigns.factories import demo_campaign
from campaigns.models import PhasePage, PhaseReach
from core import page_cache
from home.models import HomePage
from tests.helpers import client_for

pytestmark = pytest.mark.usefixtures("page_cache_on")


def live_phase():
    return (
        PhasePage.objects.live()
        .descendant_of(demo_campaign())
        .filter(expire_at__isnull=False)
        .order_by("go_live_at")
        .last()
    )


@pytest.mark.django_db
def test_every_view_of_a_phase_counts(users):
    phase = live_phase()
    client = client_for(users["newhire"])
    answers = [client.get(phase.url + "?via=email") for _ in range(5)]
    assert [a.status_code for a in answers] == [200] * 5
    counted = PhaseReach.objects.get(phase_key=phase.translation_key, channel="email")
    assert counted.views == 5


@pytest.mark.django_db
def test_counting_a_phase_view_keeps_the_stored_pages():
    home = HomePage.objects.get(locale__language_code="en").url
    Client().get(home)
    assert Client().get(home)["X-Page-Cache"] == "hit"
    PhaseReach.objects.create(phase_key=live_phase().translation_key, channel="yammer", views=1)
    assert Client().get(home).get("X-Page-Cache") == "hit"


def writing_page(request):
    AuditEvent.objects.create(event="probe", target="page:1")
    page_cache.mark_for_storage(request)
    return HttpResponse("made while writing")


@pytest.mark.django_db
def test_a_page_that_writes_is_never_stored():
    """The write still happens on every read."""
    middleware = page_cache.AnonymousPageCacheMiddleware(writing_page)
    answers = [middleware(RequestFactory().get("/en/probe/")) for _ in range(3)]
    assert [a.status_code for a in answers] == [200] * 3
    assert not any(a.get("X-Page-Cache") for a in answers)
    assert AuditEvent.objects.filter(event="probe").count() == 3
