"""Background work for campaigns (django-tasks: inline in development and tests, a database
queue in production)."""

from django_tasks import task

from campaigns import emails


@task()
def send_phase_emails(phase_id: int) -> int:
    return emails.send_phase_emails(phase_id)
