"""How members are named to each other."""

from cop.models import MemberProfile


def display_name(user) -> str:
    """The member's chosen name, or their username until they write a profile."""
    try:
        return user.cop_profile.display_name
    except MemberProfile.DoesNotExist:
        return user.get_username()


def ensure_profile(user) -> MemberProfile:
    profile, _created = MemberProfile.objects.get_or_create(
        user=user, defaults={"display_name": user.get_username()}
    )
    return profile
