"""Signals for anything that keeps a copy of forum text (a search index, a cache).

Only published posts may be copied. `post_published` says a post may now be indexed;
`post_withdrawn` (held, hidden) and `post_redacted` say every copy must go now.
"""

from django.dispatch import Signal

post_published = Signal()  # sender=Post, post=...
post_withdrawn = Signal()  # sender=Post, post=...
post_redacted = Signal()  # sender=Post, post=...
