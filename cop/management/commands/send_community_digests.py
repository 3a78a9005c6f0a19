"""Send the community's daily or weekly digest e-mails (run by the scheduler).

Safe to run as often as you like: each member gets at most one digest per period.
"""

from django.core.management.base import BaseCommand

from cop.models.members import EmailMode
from cop.tasks import send_digests


class Command(BaseCommand):
    help = "Queue this period's community digests (daily or weekly). Idempotent per period."

    def add_arguments(self, parser):
        parser.add_argument(
            "--period", choices=[EmailMode.DAILY, EmailMode.WEEKLY], default=EmailMode.DAILY
        )

    def handle(self, *args, **options):
        result = send_digests.enqueue(options["period"])
        self.stdout.write(f"Queued the {options['period']} digests (task {result.id}).")
