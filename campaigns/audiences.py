"""Which campaign audiences a signed-in reader belongs to, and who stands for a mailing list
when the visibility rule is asked whether a phase may be e-mailed to it."""

from datetime import timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.utils import timezone

from core import roles
from core.visibility.readers import key_part


def reader_audiences(user) -> set[str]:
    """The audiences whose banners this reader sees. Managers have no group on the site, so a
    phase for managers alone reaches them by e-mail only."""
    if not user.is_authenticated:
        return set()
    audiences = {"all_personnel"}
    if roles.FOCAL_POINTS in roles.user_groups(user):
        audiences.add("focal_points")
    if user.date_joined >= timezone.now() - timedelta(days=settings.CAMPAIGNS_NEW_HIRE_DAYS):
        audiences.add("new_hires")
    return audiences


def list_reader(audience: str):
    """An unsaved stand-in for a member of `audience`'s mailing list: signed-in personnel (and a
    focal point for the focal points' list). Never saved; only its groups are read."""
    member = get_user_model()(username=f"list:{audience}", is_active=True)
    groups = {roles.PERSONNEL}
    if audience == "focal_points":
        groups.add(roles.FOCAL_POINTS)
    member._group_names = frozenset(groups)
    return member


@key_part
def _banner_audiences(user) -> list[str]:
    """Banners differ by audience, so readers share stored pages only within one."""
    return sorted(reader_audiences(user))
