"""Background work of the community (django-tasks): e-mails, one at a time or as digests."""

from django_tasks import task

from cop import emails


@task()
def send_notification_emails(notification_ids: list[int]) -> int:
    """Send the e-mails for these notifications to members who want them at once."""
    return emails.send_immediate(notification_ids)


@task()
def send_digests(period: str) -> int:
    """Send this period's digest to each member who chose it; returns how many were sent."""
    return emails.send_digests(period)
