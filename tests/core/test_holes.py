"""Holes render the same for a reader whether the page was shared and filled, or rendered for
them directly; what a member types can never act as a hole."""

import pytest
from django.contrib.auth.models import AnonymousUser, User
from django.template import Context, Template
from django.test import RequestFactory

from core.page_cache import holes


@holes.filler("test_greeting")
def _greeting(request, items):
    return [f"<b>{name}</b> & co" for (name,) in items]


TEMPLATE = Template(
    "{% load personal %}"
    "{% for owner in owners %}"
    "[{% personal_choice 'reader_is' owner %}"
    "{% when 'yes' %}mine {% personal 'test_greeting' 'ana' %}"
    "{% personal_choice 'reader_is' 7 %}{% when 'yes' %}+7{% when 'no' %}-7{% endpersonal_choice %}"
    "{% when 'no' %}theirs{% endpersonal_choice %}]"
    "{% endfor %}"
)


def reader(pk):
    request = RequestFactory().get("/en/")
    request.user = User(pk=pk, username=f"user{pk}") if pk else AnonymousUser()
    return request


def render(request, owners):
    return TEMPLATE.render(Context({"request": request, "owners": owners}))


@pytest.mark.parametrize("pk", [7, 8])
def test_a_filled_shared_page_equals_a_direct_render(pk):
    owners = [7, 8, 7]
    direct = render(reader(pk), owners)
    shared_request = reader(pk)
    holes.activate(shared_request)
    shared = render(shared_request, owners)
    assert "[[" in shared
    assert holes.fill(shared_request, shared.encode()).decode() == direct
    mine = "mine &lt;b&gt;ana&lt;/b&gt; &amp; co"
    assert direct == (f"[{mine}+7][theirs][{mine}+7]" if pk == 7 else f"[theirs][{mine}-7][theirs]")


def test_a_stored_page_filled_for_another_reader_is_theirs():
    writer = reader(7)
    holes.activate(writer)
    stored = render(writer, [7, 8]).encode()
    assert holes.fill(reader(8), stored).decode() == render(reader(8), [7, 8])


def test_hole_arguments_are_plain_values_only():
    with pytest.raises(ValueError):
        holes.hole("csrf", ["a b"])
    with pytest.raises(ValueError):
        holes.hole("csrf", ["]]"])


def test_markers_without_the_secret_are_left_alone():
    request = reader(7)
    typed = b"[[hole:0123456789abcdef:csrf:]] [[choice:0000:1:reader_is:7]]x[[end:0000:1]]"
    assert holes.fill(request, typed) == typed
