from django.core.management.base import BaseCommand

from campaigns.reminders import send_reminders


class Command(BaseCommand):
    help = (
        "E-mail the owner of each phase starting within CAMPAIGNS_REMINDER_DAYS (default 3) "
        "that still lacks a translation or a channel asset. Once per phase and start time."
    )

    def handle(self, *args, **options):
        self.stdout.write(f"Sent {send_reminders()} reminder(s).")
