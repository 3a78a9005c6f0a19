from django.core.management.base import BaseCommand

from campaigns.emails import send_phase_emails
from campaigns.models import PhasePage
from core import visibility


class Command(BaseCommand):
    help = (
        "Send the e-mail of every phase live now that has not been sent yet. Safe to run "
        "any number of times: each e-mail is recorded before it goes and never sent twice."
    )

    def handle(self, *args, **options):
        live = PhasePage.objects.filter(live=True, alias_of__isnull=True)
        sent = 0
        for phase in live:
            if not visibility.is_expired(phase):
                sent += send_phase_emails(phase.pk)
        self.stdout.write(f"Sent {sent} phase e-mail(s).")
