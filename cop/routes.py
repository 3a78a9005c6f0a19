"""The community's screens, as routes under its page (CommunityPage reads this module by name,
as Django reads ROOT_URLCONF: the page model does not import the views). Each view takes the
community page, then the request."""

from django.urls import path

from cop.views import actions, compose, forum, members, moderation

urlpatterns = [
    path("", forum.index, name="forum"),
    path("c/<slug:slug>/", forum.category, name="category"),
    path("c/<slug:slug>/new/", compose.new_topic, name="new_topic"),
    path("c/<slug:slug>/follow/", actions.follow_category, name="follow_category"),
    path("t/<int:topic_id>/", forum.topic, name="topic"),
    path("t/<int:topic_id>/unread/", forum.first_unread, name="first_unread"),
    path("t/<int:topic_id>/reply/", compose.reply, name="reply"),
    path("t/<int:topic_id>/follow/", actions.follow_topic, name="follow_topic"),
    path("t/<int:topic_id>/moderate/", moderation.topic_action, name="moderate_topic"),
    path("p/<int:post_id>/", forum.post, name="post"),
    path("p/<int:post_id>/edit/", compose.edit, name="edit"),
    path("p/<int:post_id>/helpful/", actions.helpful, name="helpful"),
    path("p/<int:post_id>/accept/", actions.accept, name="accept"),
    path("p/<int:post_id>/flag/", actions.flag, name="flag"),
    path("p/<int:post_id>/history/", moderation.history, name="history"),
    path("p/<int:post_id>/moderate/", moderation.post_action, name="moderate_post"),
    path("unanswered/", forum.unanswered, name="unanswered"),
    path("feed/", forum.feed, name="feed"),
    path("members/", members.directory, name="directory"),
    path("members/<int:user_id>/", members.profile, name="member"),
    path("profile/", members.edit_profile, name="edit_profile"),
    path("settings/", members.notification_settings, name="settings"),
    path("notifications/", members.notifications, name="notifications"),
    path("moderation/", moderation.queue, name="queue"),
    path("moderation/log/", moderation.log, name="log"),
]
