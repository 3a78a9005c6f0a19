"""Categories, topics and posts: what members write and how it is kept."""

from django.conf import settings
from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from core.page_cache import generations
from core.storage import get_private_storage


class Category(models.Model):
    """A place for topics: a theme (reporting, training...) or a region."""

    THEME = "theme"
    REGION = "region"
    KINDS = [(THEME, _("Theme")), (REGION, _("Region"))]

    name = models.CharField(max_length=120)
    slug = models.SlugField(unique=True)
    kind = models.CharField(max_length=10, choices=KINDS, default=THEME)
    description = models.CharField(max_length=300, blank=True)
    # Names and descriptions in other languages: {"fr": {"name": ..., "description": ...}}.
    translations = models.JSONField(default=dict, blank=True)
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["kind", "position", "name"]
        verbose_name_plural = "categories"

    def __str__(self):
        return self.name

    def _translated(self, field):
        language = (get_language() or "en").split("-")[0]
        return self.translations.get(language, {}).get(field) or getattr(self, field)

    @property
    def local_name(self):
        return self._translated("name")

    @property
    def local_description(self):
        return self._translated("description")

    def cache_generations(self):
        return [generations.FORUM]


class Status(models.TextChoices):
    PUBLISHED = "published", _("Published")
    HELD = "held", _("Held for review")
    HIDDEN = "hidden", _("Hidden by a moderator")
    REDACTED = "redacted", _("Removed by a moderator")


class Topic(models.Model):
    """A thread of flat replies. Its status follows its opening post."""

    category = models.ForeignKey(Category, on_delete=models.PROTECT, related_name="topics")
    title = models.CharField(max_length=200)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="cop_topics"
    )
    language = models.CharField(max_length=10, default="en")
    is_question = models.BooleanField(default=False)
    accepted_post = models.ForeignKey(
        "cop.Post", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    pinned = models.BooleanField(default=False)
    locked = models.BooleanField(default=False)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PUBLISHED)
    created_at = models.DateTimeField(auto_now_add=True)
    # Kept by cop.posting for published replies only, so listings never count held posts.
    reply_count = models.PositiveIntegerField(default=0)
    last_posted_at = models.DateTimeField(null=True, blank=True)
    # The newest published post, for unread marks without a query per topic.
    last_published_post_id = models.PositiveBigIntegerField(default=0)

    class Meta:
        ordering = ["-pinned", "-last_posted_at"]
        indexes = [
            models.Index(fields=["category", "status", "-last_posted_at"]),
            # The forum's latest topics: read newest first, stop after ten (no sort of all).
            models.Index(fields=["-last_posted_at", "-id"], name="cop_topic_latest"),
            models.Index(fields=["status", "is_question", "-created_at"]),
            # "Has this member a topic others cannot see?" (core.visibility.readers).
            models.Index(
                fields=["author"],
                condition=~models.Q(status="published"),
                name="cop_topic_author_unpublished",
            ),
        ]

    def __str__(self):
        return self.title

    def cache_generations(self):
        return [
            generations.topic(self.pk),
            generations.category(self.category_id),
            generations.FORUM_LATEST,
            generations.FORUM_SEARCH,
        ]


class Post(models.Model):
    """One message. `source` is the author's Markdown; `html` is its sanitised rendering."""

    HOLD_REASONS = {
        "email": _("an e-mail address"),
        "phone": _("a phone number"),
        "case_reference": _("something that looks like a case or file reference"),
        "birth_date": _("a date of birth"),
        "id_number": _("an identity document number"),
        "in_attachment": _("some of this is in the attached file or its name"),
        "attachment_unchecked": _(
            "the attached file could not be read to the end, so a moderator reads it first"
        ),
        "new_member": _("your first posts are read by a moderator before they appear"),
        "edited": _("you changed it after it was held; a moderator will look at it shortly"),
        "flagged": _("a member reported that it may contain identifying or case information"),
    }

    topic = models.ForeignKey(Topic, on_delete=models.CASCADE, related_name="posts")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="cop_posts"
    )
    source = models.TextField()
    html = models.TextField()
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PUBLISHED)
    hold_reasons = models.JSONField(default=list, blank=True)
    is_opening = models.BooleanField(default=False)
    created_at = models.DateTimeField(auto_now_add=True)
    edited_at = models.DateTimeField(null=True, blank=True)
    # The form's one-time key: a second submit of the same form finds this post instead.
    submission_key = models.UUIDField(null=True, blank=True)

    class Meta:
        ordering = ["id"]
        indexes = [
            models.Index(fields=["topic", "status", "id"]),
            # "Has this member a post others cannot see?" (core.visibility.readers).
            models.Index(
                fields=["author"],
                condition=~models.Q(status="published"),
                name="cop_post_author_unpublished",
            ),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["author", "submission_key"],
                condition=models.Q(submission_key__isnull=False),
                name="cop_post_one_per_submission",
            )
        ]

    def __str__(self):
        return f"Post {self.pk} in {self.topic_id}"

    @property
    def is_published(self):
        return self.status == Status.PUBLISHED

    def hold_reason_texts(self):
        return [self.HOLD_REASONS[code] for code in self.hold_reasons if code in self.HOLD_REASONS]

    def cache_generations(self):
        # The topic's pages, and its row in its category and in the latest topics (a post
        # moves its topic up), and searches that can find posts.
        category_id = Topic.objects.filter(pk=self.topic_id).values_list("category_id", flat=True)
        return [
            generations.topic(self.topic_id),
            *(generations.category(pk) for pk in category_id),
            generations.FORUM_LATEST,
            generations.FORUM_SEARCH,
        ]


class PostRevision(models.Model):
    """The text a post had before an edit. Moderators read these; redaction empties them."""

    cache_generations = None  # the edit history page, never shared

    post = models.ForeignKey(Post, on_delete=models.CASCADE, related_name="revisions")
    source = models.TextField()
    edited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self):
        return f"Revision of post {self.post_id}"


class Draft(models.Model):
    """Text a member is still writing, kept on the server (one per topic, or per new topic)."""

    cache_generations = None  # the member's own, read on their page only

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    topic = models.ForeignKey(Topic, null=True, blank=True, on_delete=models.CASCADE)
    category = models.ForeignKey(Category, null=True, blank=True, on_delete=models.CASCADE)
    title = models.CharField(max_length=200, blank=True)
    source = models.TextField(blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["user", "topic"],
                condition=models.Q(topic__isnull=False),
                name="cop_one_reply_draft_per_topic",
            ),
        ]

    def __str__(self):
        return f"Draft by {self.user_id}"


class Reaction(models.Model):
    """A member found a post helpful."""

    post = models.ForeignKey(Post, on_delete=models.CASCADE, related_name="reactions")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["post", "user"], name="cop_one_reaction_per_member")
        ]

    def __str__(self):
        return f"Helpful: post {self.post_id}"

    def cache_generations(self):
        topic_ids = Post.objects.filter(pk=self.post_id).values_list("topic_id", flat=True)
        return [generations.topic(pk) for pk in topic_ids]


class Mention(models.Model):
    """An @name of a member in a post."""

    cache_generations = None  # feeds notifications only

    post = models.ForeignKey(Post, on_delete=models.CASCADE, related_name="mentions")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")

    class Meta:
        constraints = [models.UniqueConstraint(fields=["post", "user"], name="cop_one_mention")]

    def __str__(self):
        return f"Mention of {self.user_id} in post {self.post_id}"


class Attachment(models.Model):
    """A file added to a post: in private storage, served only by a view that asks
    core.visibility whether the reader may see the post."""

    post = models.ForeignKey(
        Post, null=True, blank=True, on_delete=models.CASCADE, related_name="attachments"
    )
    uploader = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    file = models.FileField(upload_to="cop/attachments/", storage=get_private_storage)
    display_name = models.CharField(max_length=120)
    content_type = models.CharField(max_length=120)
    size = models.PositiveIntegerField()
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["id"]

    def __str__(self):
        return self.display_name

    def cache_generations(self):
        return [generations.topic(self.post.topic_id)] if self.post_id else []
