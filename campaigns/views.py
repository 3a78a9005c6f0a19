"""Campaign views outside the admin: the calendar feed at a per-person secret address."""

from django.http import Http404, HttpResponse
from django.views.decorators.http import require_GET

from campaigns.ical import feed_for
from campaigns.models import CalendarFeedToken


@require_GET
def calendar_feed(request, token):
    """No session needed: calendar apps cannot sign in. The secret is the credential."""
    user = CalendarFeedToken.user_for(token)
    if user is None:
        raise Http404
    response = HttpResponse(feed_for(user), content_type="text/calendar; charset=utf-8")
    response["Cache-Control"] = "private, no-store"
    response["Referrer-Policy"] = "no-referrer"
    return response
