"""Screens of the community, reached through the routes of `CommunityPage`."""
