"""Queries per request: one budget per page type, in one place.

Each page type's test asserts that a page renders in at most its budget, and proves the count
flat by adding items (pages, resources, channels, phases, topics, files) and checking that the
count does not move. Measured with the page cache off. A budget is the count when it was last
set: lowering one is always welcome; raising one needs a reason in the commit.
"""

from django.db import connection
from django.test.utils import CaptureQueriesContext

BUDGETS = {
    # Guidance and the frame every page shares (session, user, groups, site, page, view
    # restrictions, translations, the menu, the help link, the language switcher).
    "home:anonymous": 12,
    "home:newhire": 18,
    "home-ar:anonymous": 13,
    "home-ar:newhire": 19,
    "guidance:anonymous": 10,
    "guidance:newhire": 14,
    "guidance-fallback:anonymous": 13,
    "guidance-fallback:newhire": 17,
    "policy-summary:anonymous": 12,
    "role-guide:anonymous": 11,
    "onboarding:anonymous": 10,
    "where-to-go:anonymous": 15,
    # Toolkit.
    "toolkit-listing:newhire": 23,
    "toolkit-listing:focalpoint": 22,
    "resource:newhire": 23,
    # Campaigns.
    "campaign:newhire": 20,
    "phase:newhire": 23,
    "campaign-index:newhire": 15,
    # Community.
    "forum-index:focalpoint": 18,
    "category:focalpoint": 20,
    "topic:member": 24,
    # Accountability.
    "transparency:newhire": 20,
    "roles-chart:newhire": 19,
}


def queries_of(client, url, **params) -> int:
    """The SQL queries of one GET of `url` (which must answer 200)."""
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url, params)
    assert response.status_code == 200, (url, response.status_code)
    return len(captured.captured_queries)


def assert_within_budget(page_type: str, count: int) -> None:
    budget = BUDGETS[page_type]
    assert count <= budget, f"{page_type}: {count} queries, over its budget of {budget}"
