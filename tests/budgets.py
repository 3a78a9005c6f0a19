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
    "home:anonymous": 23,
    "home:newhire": 29,
    "home-ar:anonymous": 24,
    "home-ar:newhire": 30,
    "guidance:anonymous": 15,
    "guidance:newhire": 19,
    "guidance-fallback:anonymous": 19,
    "guidance-fallback:newhire": 23,
    "policy-summary:anonymous": 17,
    "role-guide:anonymous": 16,
    "onboarding:anonymous": 15,
    "where-to-go:anonymous": 19,
    # Toolkit.
    "toolkit-listing:newhire": 28,
    "toolkit-listing:focalpoint": 27,
    "resource:newhire": 28,
    # Campaigns.
    "campaign:newhire": 25,
    "phase:newhire": 28,
    "campaign-index:newhire": 20,
    # Community.
    "forum-index:focalpoint": 25,
    "category:focalpoint": 27,
    "topic:member": 31,
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
