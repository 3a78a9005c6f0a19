"""The people who use the site, as Django groups. Created idempotently after every migrate."""

from django.contrib.auth.models import Group, Permission
from django.db import connection

PERSONNEL = "Personnel"
FOCAL_POINTS = "Focal points"
MODERATORS = "Community moderators"
COMMS = "Comms staff"
EDITORS = "Editors"
TRANSLATORS = "Translators"

ALL_GROUPS = (PERSONNEL, FOCAL_POINTS, MODERATORS, COMMS, EDITORS, TRANSLATORS)

# Groups whose members use the Wagtail admin.
ADMIN_GROUPS = (EDITORS, TRANSLATORS, COMMS, MODERATORS)

# Page permissions on the whole tree, per admin group.
PAGE_PERMISSIONS = {
    EDITORS: ("add_page", "change_page", "publish_page", "lock_page", "unlock_page"),
    COMMS: ("add_page", "change_page"),
    TRANSLATORS: ("change_page",),
}


def ensure_groups():
    """Create the groups and their admin permissions; safe to run any number of times."""
    from wagtail.models import GroupPagePermission, Page

    access_admin = Permission.objects.get(
        content_type__app_label="wagtailadmin", codename="access_admin"
    )
    root = Page.get_first_root_node()
    for name in ALL_GROUPS:
        group, _ = Group.objects.get_or_create(name=name)
        if name in ADMIN_GROUPS:
            group.permissions.add(access_admin)
        for codename in PAGE_PERMISSIONS.get(name, ()):
            permission = Permission.objects.get(
                content_type__app_label="wagtailcore", codename=codename
            )
            GroupPagePermission.objects.get_or_create(group=group, page=root, permission=permission)
    if Permission.objects.filter(codename="submit_translation").exists():
        Group.objects.get(name=TRANSLATORS).permissions.add(
            *Permission.objects.filter(
                content_type__app_label="wagtail_localize", codename="submit_translation"
            )
        )


def ensure_groups_after_migrate(**kwargs):
    from wagtail.models import Page

    if Page.objects.exists():
        ensure_groups()


def user_groups(user) -> frozenset[str]:
    """Names of the groups a user belongs to, read once per user object.

    Asked on every signed-in request (core.visibility.readers), so it is one join in SQL: the
    ORM takes longer to build it than the database takes to answer."""
    if not user.is_authenticated:
        return frozenset()
    cached = getattr(user, "_group_names", None)
    if cached is None:
        groups, members = Group._meta.db_table, user.groups.through._meta.db_table
        sql = (
            f"SELECT g.name FROM {groups} g JOIN {members} m ON m.group_id = g.id "  # noqa: S608
            "WHERE m.user_id = %s"
        )
        with connection.cursor() as cursor:
            cursor.execute(sql, [user.pk])
            cached = frozenset(name for (name,) in cursor.fetchall())
        user._group_names = cached
    return cached
