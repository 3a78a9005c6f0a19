"""Who follows what, what they have read, and what we owe them (on the site and by e-mail)."""

from django.conf import settings
from django.db import connection, models
from django.utils.translation import gettext_lazy as _


class Level(models.TextChoices):
    WATCH = "watch", _("Watching: notify me of every new post, by e-mail too")
    TRACK = "track", _("Tracking: show new posts on the site only")
    MUTE = "mute", _("Muted: never notify me")


class Subscription(models.Model):
    """A member's level for one topic or one category. A topic's level wins over its category's."""

    cache_generations = None  # the member's own

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="cop_subscriptions"
    )
    topic = models.ForeignKey("cop.Topic", null=True, blank=True, on_delete=models.CASCADE)
    category = models.ForeignKey("cop.Category", null=True, blank=True, on_delete=models.CASCADE)
    level = models.CharField(max_length=10, choices=Level.choices)

    class Meta:
        constraints = [
            models.CheckConstraint(
                condition=models.Q(topic__isnull=True) ^ models.Q(category__isnull=True),
                name="cop_subscription_topic_xor_category",
            ),
            models.UniqueConstraint(
                fields=["user", "topic"],
                condition=models.Q(topic__isnull=False),
                name="cop_one_subscription_per_topic",
            ),
            models.UniqueConstraint(
                fields=["user", "category"],
                condition=models.Q(category__isnull=False),
                name="cop_one_subscription_per_category",
            ),
        ]

    def __str__(self):
        return self.get_level_display()


class Notification(models.Model):
    """Something new for one member. Holds no text: e-mails render the post when they are sent."""

    cache_generations = None  # the member's own

    class Kind(models.TextChoices):
        REPLY = "reply", _("New reply")
        NEW_TOPIC = "new_topic", _("New topic")
        MENTION = "mention", _("You were mentioned")
        ACCEPTED = "accepted", _("Your answer was accepted")
        RELEASED = "released", _("Your post was published after review")

    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="cop_notifications"
    )
    post = models.ForeignKey("cop.Post", on_delete=models.CASCADE, related_name="+")
    kind = models.CharField(max_length=10, choices=Kind.choices)
    created_at = models.DateTimeField(auto_now_add=True)
    read_at = models.DateTimeField(null=True, blank=True)
    # Whether the member asked for this by e-mail (watching, or mentioned) and whether it went.
    email_wanted = models.BooleanField(default=False)
    emailed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [
            models.Index(fields=["recipient", "read_at"]),
            models.Index(fields=["recipient", "email_wanted", "emailed_at"]),
        ]

    def __str__(self):
        return f"{self.get_kind_display()} for {self.recipient_id}"


class ReadStateManager(models.Manager):
    def advance(self, user, topic_id: int, newest: int) -> None:
        """`user` has seen the topic up to post `newest`; the place only moves forward.

        SQL, because the ORM's upsert (bulk_create with update_conflicts) cannot say "only
        when greater": this is one statement on every topic page a member reads (PostgreSQL
        and SQLite both upsert), where the ORM needs two."""
        table = self.model._meta.db_table
        sql = (
            f"INSERT INTO {table} (user_id, topic_id, last_read_post_id) VALUES (%s, %s, %s) "  # noqa: S608
            "ON CONFLICT (user_id, topic_id) DO UPDATE SET last_read_post_id = excluded."
            f"last_read_post_id WHERE {table}.last_read_post_id < excluded.last_read_post_id"
        )
        with connection.cursor() as cursor:
            cursor.execute(sql, [user.pk, topic_id, newest])


class ReadState(models.Model):
    """The newest post a member has seen in a topic."""

    cache_generations = None  # the member's own

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    topic = models.ForeignKey("cop.Topic", on_delete=models.CASCADE, related_name="+")
    last_read_post_id = models.PositiveBigIntegerField(default=0)

    objects = ReadStateManager()

    class Meta:
        constraints = [models.UniqueConstraint(fields=["user", "topic"], name="cop_one_read_state")]

    def __str__(self):
        return f"{self.user_id} read {self.topic_id} to {self.last_read_post_id}"


class DigestRun(models.Model):
    """One digest sent to one member for one period: what makes the digest command idempotent."""

    cache_generations = None  # a send log

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    period = models.CharField(max_length=10)
    period_key = models.CharField(max_length=20)
    sent_at = models.DateTimeField(auto_now_add=True)
    notification_count = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["user", "period", "period_key"], name="cop_one_digest_per_period"
            )
        ]

    def __str__(self):
        return f"{self.period} digest {self.period_key} for {self.user_id}"
