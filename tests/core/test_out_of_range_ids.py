"""An id too large for the database is a plain "not found" on every address that takes an
integer: the whole URLconf (Wagtail's admin and document routes included) and the routes of
routable pages, for a visitor, a community member and the superuser."""

import re

import pytest
from django.test import Client
from django.urls import Resolver404, URLPattern, URLResolver, get_resolver, resolve
from django.urls.resolvers import RegexPattern, RoutePattern
from django.utils.regex_helper import normalize
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import get_page_models

# Past the largest 64-bit integer, and far past it.
HUGE_IDS = [str(2**64), "9999999999999999999999"]
DIGITS = {"[0-9]+", r"\d+"}
ROUTE_PARAMETER = re.compile(r"<(?:(?P<converter>[^>:]+):)?(?P<name>[^>]+)>")


def takes_integer(pattern) -> bool:
    if isinstance(pattern, RoutePattern):
        return any(converter.regex in DIGITS for converter in pattern.converters.values())
    if isinstance(pattern, RegexPattern):
        return any(digits in pattern._regex for digits in DIGITS)
    return False


def fill(pattern, value: str) -> str:
    """The address `pattern` matches with every parameter set to `value` (a run of digits is
    also a valid string, slug or path)."""
    if isinstance(pattern, RoutePattern):
        return ROUTE_PARAMETER.sub(value, str(pattern))
    if isinstance(pattern, RegexPattern):
        template, names = normalize(pattern._regex)[0]
        return template % dict.fromkeys(names, value)
    return str(pattern)  # a language prefix


def walk(patterns, prefix=()):
    for entry in patterns:
        chain = (*prefix, entry.pattern)
        if isinstance(entry, URLResolver):
            yield from walk(entry.url_patterns, chain)
        elif isinstance(entry, URLPattern):
            yield chain


def urlconf_addresses(value):
    for chain in walk(get_resolver().url_patterns):
        if any(takes_integer(pattern) for pattern in chain):
            yield "/" + "".join(fill(pattern, value) for pattern in chain)


def routable_page_addresses(value):
    for model in get_page_models():
        if not issubclass(model, RoutablePageMixin):
            continue
        for page in model.objects.live().filter(alias_of=None).order_by("pk")[:1]:
            for route in page.get_subpage_urls():
                if takes_integer(route.pattern):
                    yield page.url + fill(route.pattern, value)


def answer(client, url):
    """The answer after LocaleMiddleware's move of a 404 outside the language prefix to /en/
    (with a slash appended when the address has none)."""
    response = client.get(url)
    if response.status_code == 302 and response["Location"].startswith("/en" + url):
        response = client.get(response["Location"])
    return response


def refused_plainly(response) -> bool:
    """A 404, or (for a visitor, where Wagtail's admin answers every unknown address) the
    sign-in page."""
    if response.status_code == 302:
        return "/login/" in response["Location"]
    return response.status_code == 404


@pytest.mark.django_db
def test_every_integer_address_refuses_an_id_past_64_bits(users):
    urlconf = list(urlconf_addresses("1"))
    routable = list(routable_page_addresses("1"))
    # The walk found the routes this project adds, not only Wagtail's.
    assert "/toolkit/bundles/1/" in urlconf
    assert "/community/files/1/" in urlconf
    assert any(url.endswith("/members/1/") for url in routable)

    failures = []
    for role in ("anonymous", "focalpoint", "admin"):
        client = Client(raise_request_exception=False)
        if role != "anonymous":
            client.force_login(users[role])
        for value in HUGE_IDS:
            for url in [*urlconf_addresses(value), *routable_page_addresses(value)]:
                response = answer(client, url)
                if not refused_plainly(response):
                    failures.append(f"{role} {url} -> {response.status_code}")
    assert users["admin"].is_superuser
    assert not failures, "\n".join(failures)


def test_the_walk_reads_both_kinds_of_pattern():
    assert fill(RoutePattern("t/<int:topic_id>/<slug:slug>/"), "9") == "t/9/9/"
    assert fill(RegexPattern(r"^(\d+)/(.*)$"), "9") == "9/9"
    assert takes_integer(RegexPattern(r"^(\d+)/(.*)$"))
    assert not takes_integer(RoutePattern("c/<slug:slug>/"))


def test_the_largest_database_id_still_routes():
    largest = 2**63 - 1
    assert resolve(f"/toolkit/files/{largest}/").kwargs == {"pk": largest}
    with pytest.raises(Resolver404):
        resolve(f"/toolkit/files/{largest + 1}/")
