"""Community addresses outside the page tree: stable links for e-mails, notifications and
mentions, and attachment downloads. Forum screens themselves are routes of CommunityPage."""

from django.urls import path

from cop.views import files, links

app_name = "cop"
urlpatterns = [
    path("go/topic/<int:topic_id>/", links.go, {"route": "topic"}, name="go_topic"),
    path("go/post/<int:post_id>/", links.go, {"route": "post"}, name="go_post"),
    path("go/member/<int:user_id>/", links.go, {"route": "member"}, name="go_member"),
    path("go/notifications/", links.go, {"route": "notifications"}, name="go_notifications"),
    path("go/settings/", links.go, {"route": "settings"}, name="go_settings"),
    path("files/<int:attachment_id>/", files.download, name="attachment"),
]
