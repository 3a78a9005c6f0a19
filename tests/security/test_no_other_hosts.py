"""Nothing the admin shows comes from another host (avatars included)."""

import re

from django.test import Client

ADMIN_PAGES = ["/admin/", "/admin/pages/", "/admin/account/", "/admin/users/"]
# src= and href= of tags that load something (images, scripts, styles, icons).
LOADED = re.compile(r'<(?:img|script|link|source|iframe)\b[^>]*?\b(?:src|href)="([^"]+)"', re.I)


def test_admin_pages_load_nothing_from_other_hosts(db, users):
    client = Client()
    client.force_login(users["admin"])
    outside = []
    for url in ADMIN_PAGES:
        response = client.get(url)
        assert response.status_code == 200, url
        for address in LOADED.findall(response.content.decode()):
            if address.startswith(("http:", "https:", "//")):
                outside.append((url, address))
    assert not outside
