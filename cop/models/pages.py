"""The community's place in the page tree: editors write and translate its intro, and one
GROUPS view restriction on it (focal points and moderators) keeps everyone else out.

Forum, directory and moderation screens are routes under this page; their data are plain
models (cop.models.forum and friends), not pages.
"""

from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField

from core.models import BasePage
from core.page_cache import generations


class CommunityPage(RoutablePageMixin, BasePage):
    intro = RichTextField(
        features=["bold", "italic", "link"],
        help_text="What the community is for, shown above the forum.",
    )
    guidelines = RichTextField(
        features=["bold", "italic", "link", "ul"],
        help_text="House rules, shown beside every form where members write.",
    )

    content_panels = BasePage.content_panels + [FieldPanel("intro"), FieldPanel("guidelines")]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        # Members' words must not stay in shared caches or on a shared computer.
        response["Cache-Control"] = "private, no-store"
        return response

    # Each route hands over to a view module; see cop/views/.
    @path("", name="forum")
    def index_route(self, request):  # replaces the mixin's own "" route
        from cop.views import forum

        return forum.index(self, request)

    @path("c/<slug:slug>/", name="category")
    def category(self, request, slug):
        from cop.views import forum

        return forum.category(self, request, slug)

    @path("c/<slug:slug>/new/", name="new_topic")
    def new_topic(self, request, slug):
        from cop.views import compose

        return compose.new_topic(self, request, slug)

    @path("c/<slug:slug>/follow/", name="follow_category")
    def follow_category(self, request, slug):
        from cop.views import actions

        return actions.follow_category(self, request, slug)

    @path("t/<int:topic_id>/", name="topic")
    def topic(self, request, topic_id):
        from cop.views import forum

        return forum.topic(self, request, topic_id)

    @path("t/<int:topic_id>/unread/", name="first_unread")
    def first_unread(self, request, topic_id):
        from cop.views import forum

        return forum.first_unread(self, request, topic_id)

    @path("t/<int:topic_id>/reply/", name="reply")
    def reply(self, request, topic_id):
        from cop.views import compose

        return compose.reply(self, request, topic_id)

    @path("t/<int:topic_id>/follow/", name="follow_topic")
    def follow_topic(self, request, topic_id):
        from cop.views import actions

        return actions.follow_topic(self, request, topic_id)

    @path("t/<int:topic_id>/moderate/", name="moderate_topic")
    def moderate_topic(self, request, topic_id):
        from cop.views import moderation

        return moderation.topic_action(self, request, topic_id)

    @path("p/<int:post_id>/", name="post")
    def post(self, request, post_id):
        from cop.views import forum

        return forum.post(self, request, post_id)

    @path("p/<int:post_id>/edit/", name="edit")
    def edit(self, request, post_id):
        from cop.views import compose

        return compose.edit(self, request, post_id)

    @path("p/<int:post_id>/helpful/", name="helpful")
    def helpful(self, request, post_id):
        from cop.views import actions

        return actions.helpful(self, request, post_id)

    @path("p/<int:post_id>/accept/", name="accept")
    def accept(self, request, post_id):
        from cop.views import actions

        return actions.accept(self, request, post_id)

    @path("p/<int:post_id>/flag/", name="flag")
    def flag(self, request, post_id):
        from cop.views import actions

        return actions.flag(self, request, post_id)

    @path("p/<int:post_id>/history/", name="history")
    def history(self, request, post_id):
        from cop.views import moderation

        return moderation.history(self, request, post_id)

    @path("p/<int:post_id>/moderate/", name="moderate_post")
    def moderate_post(self, request, post_id):
        from cop.views import moderation

        return moderation.post_action(self, request, post_id)

    @path("unanswered/", name="unanswered")
    def unanswered(self, request):
        from cop.views import forum

        return forum.unanswered(self, request)

    @path("feed/", name="feed")
    def feed(self, request):
        from cop.views import forum

        return forum.feed(self, request)

    @path("members/", name="directory")
    def directory(self, request):
        from cop.views import members

        return members.directory(self, request)

    @path("members/<int:user_id>/", name="member")
    def member(self, request, user_id):
        from cop.views import members

        return members.profile(self, request, user_id)

    @path("profile/", name="edit_profile")
    def edit_profile(self, request):
        from cop.views import members

        return members.edit_profile(self, request)

    @path("settings/", name="settings")
    def notification_settings(self, request):
        from cop.views import members

        return members.notification_settings(self, request)

    @path("notifications/", name="notifications")
    def notifications(self, request):
        from cop.views import members

        return members.notifications(self, request)

    @path("moderation/", name="queue")
    def queue(self, request):
        from cop.views import moderation

        return moderation.queue(self, request)

    @path("moderation/log/", name="log")
    def log(self, request):
        from cop.views import moderation

        return moderation.log(self, request)

    def cache_generations(self):
        return [generations.PAGES, generations.FORUM]
