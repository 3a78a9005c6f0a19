"""Campaign models: the pages comms staff write, and the records that carry a phase out."""

from campaigns.models.delivery import CampaignMailingList, PhaseEmailSend, PhaseReminder
from campaigns.models.feeds import CalendarFeedToken
from campaigns.models.pages import CampaignIndexPage, CampaignPage, PhasePage
from campaigns.models.reach import PhaseReach

__all__ = [
    "CalendarFeedToken",
    "CampaignIndexPage",
    "CampaignMailingList",
    "CampaignPage",
    "PhaseEmailSend",
    "PhasePage",
    "PhaseReach",
    "PhaseReminder",
]
