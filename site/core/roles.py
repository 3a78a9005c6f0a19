"""The people who use the site, as Django groups, and where in the admin each role works.

Created idempotently after every migrate and by seed_demo. An admin role's page permissions sit
on the top pages of the sections it works in, in every locale, never on the root: Wagtail passes
a page permission down to every descendant and has no way to hold a subtree back, so a grant on
the root or on a home page covers the focal-point-only toolkit section too. New section pages
(a translation, a new language's tree) get their grants when they are created.
"""

from django.apps import apps
from django.contrib.auth.models import Group, Permission
from django.db import connection
from django.db.models.signals import post_save

PERSONNEL = "Personnel"
FOCAL_POINTS = "Focal points"
MODERATORS = "Community moderators"
COMMS = "Comms staff"
EDITORS = "Editors"
TRANSLATORS = "Translators"
# Enters the quarterly figures of the transparency page; editors publish them.
ETHICS = "Ethics office"

ALL_GROUPS = (PERSONNEL, FOCAL_POINTS, MODERATORS, COMMS, EDITORS, TRANSLATORS, ETHICS)

# Groups whose members use the Wagtail admin.
ADMIN_GROUPS = (EDITORS, TRANSLATORS, COMMS, MODERATORS, ETHICS)

# Page permissions per admin group, granted on every page (in every locale, aliases included)
# of the types that head the sections it works in.
PAGE_PERMISSIONS = {
    EDITORS: ("add_page", "change_page", "publish_page", "lock_page", "unlock_page"),
    COMMS: ("add_page", "change_page"),
    ETHICS: ("add_page", "change_page"),
    TRANSLATORS: ("change_page",),
}
# Page type label -> the admin groups that work in the sections it heads, as apps registered
# them. Editors keep all the site's content current, the toolkit's focal point kit included, so
# they work from each language's home page. Translators translate what personnel read (guidance
# and campaigns) but not the toolkit: its personnel section holds the focal point kit, which
# Wagtail would pass down to them.
_sections: dict[str, tuple[str, ...]] = {}

# Collection (None: the root, so every collection) and permissions per admin group, for the
# documents and images the Wagtail admin lists and offers in its choosers.
CAMPAIGN_FILES = "Campaign files"
COLLECTION_PERMISSIONS = {
    EDITORS: (
        None,
        (
            "add_document",
            "change_document",
            "choose_document",
            "add_image",
            "change_image",
            "choose_image",
        ),
    ),
    COMMS: (CAMPAIGN_FILES, ("add_document", "change_document", "choose_document")),
}


def register_section(model_label: str, *group_names: str) -> None:
    """Give these admin groups their page permissions on every page of this type, and so on
    everything under it: on those there are (ensure_groups) and on each one created later (a
    new locale's tree, a translation, an alias). Called from the owning app's
    AppConfig.ready()."""
    _sections[model_label] = group_names
    model = apps.get_model(model_label)

    def grant_new(sender, instance, created, raw=False, **kwargs):
        if created and not raw:
            grant_section(instance, group_names)

    post_save.connect(grant_new, sender=model, weak=False, dispatch_uid=f"roles_{model_label}")


def section_models():
    """Each registered page type that heads a section, with the groups that work in it."""
    for label, group_names in _sections.items():
        yield apps.get_model(label), group_names


def grant_section(page, group_names):
    """Give each group its page permissions on this page (and so on everything under it)."""
    from wagtail.models import GroupPagePermission

    for name in group_names:
        group, _ = Group.objects.get_or_create(name=name)
        for permission in _permissions("wagtailcore", PAGE_PERMISSIONS[name]):
            GroupPagePermission.objects.get_or_create(
                group=group, page_id=page.pk, permission=permission
            )


def ensure_groups():
    """Create the groups and their admin permissions; safe to run any number of times."""
    from wagtail.models import GroupPagePermission

    for name in ALL_GROUPS:
        group, _ = Group.objects.get_or_create(name=name)
        if name in ADMIN_GROUPS:
            group.permissions.add(*_permissions("wagtailadmin", ("access_admin",)))
    for model, group_names in section_models():
        for page in model.objects.only("pk"):
            grant_section(page, group_names)
    # Nobody holds the root: Wagtail's first migration gives its stock "Editors" and
    # "Moderators" groups the root, and earlier versions of this module gave every admin group
    # the root. A grant there would reach every section, the focal-point-only ones included.
    GroupPagePermission.objects.filter(page__depth=1).delete()
    _ensure_collection_permissions()
    Group.objects.get(name=TRANSLATORS).permissions.add(
        *_permissions("wagtail_localize", ("submit_translation",))
    )


def _ensure_collection_permissions():
    from wagtail.models import Collection, GroupCollectionPermission

    root = Collection.get_first_root_node()
    if root is None:
        return
    for name, (collection_name, codenames) in COLLECTION_PERMISSIONS.items():
        collection = root if collection_name is None else _child_collection(root, collection_name)
        group = Group.objects.get(name=name)
        for permission in Permission.objects.filter(
            content_type__app_label__in=("wagtaildocs", "wagtailimages"), codename__in=codenames
        ):
            GroupCollectionPermission.objects.get_or_create(
                group=group, collection=collection, permission=permission
            )


def _child_collection(root, name):
    existing = root.get_children().filter(name=name).first()
    return existing if existing is not None else root.add_child(name=name)


def _permissions(app_label, codenames):
    return list(
        Permission.objects.filter(content_type__app_label=app_label, codename__in=codenames)
    )


def ensure_groups_after_migrate(**kwargs):
    from wagtail.models import Page

    if Page.objects.exists():
        ensure_groups()


def user_groups(user) -> frozenset[str]:
    """Names of the groups a user belongs to, read once per user object.

    Asked on every signed-in request (core.visibility.readers), so it is one join in SQL: the
    ORM takes longer to build it than the database takes to answer (bench/sql_choices.py:
    0.10 ms of CPU per call in SQL, 0.61 ms through the ORM)."""
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
