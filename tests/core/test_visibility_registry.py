"""Apps hand core.visibility the rules for their own content; a gap or a clash fails loudly
instead of letting a surface show content nobody ruled on."""

import pytest
from django.core.exceptions import ImproperlyConfigured

from core.visibility import community, registry


def test_a_kind_no_app_registered_is_refused():
    with pytest.raises(ImproperlyConfigured):
        registry.rules("a kind no app registered")


def test_a_second_set_of_rules_for_the_forum_is_refused():
    with pytest.raises(ImproperlyConfigured):
        registry.register(community.KIND, object())
    assert registry.rules(community.KIND).__name__ == "cop.visibility"
