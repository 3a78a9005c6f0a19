"""The decision helper of the where-to-go page: narrows the reporting and support channels by
what the reader says, from plain GET parameters, and ranks them: the reader's own office first
(its focal point before anything else), then the channels that fit the answers exactly.

Unknown or malformed values are never an error: they are dropped, the reader is told, and the
channels are narrowed by the rest (so a mangled link still shows every channel).
"""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from core.snippets import ContactChannel, Office


@dataclass(frozen=True)
class Question:
    name: str
    label: str
    options: tuple[tuple[str, str], ...]


QUESTIONS = (
    Question(
        "about",
        _("What happened?"),
        (
            ("sea", _("Sexual exploitation or abuse of someone we serve")),
            ("sh", _("Sexual harassment at work")),
            ("unsure", _("I'm not sure")),
        ),
    ),
    Question(
        "who",
        _("Who are you?"),
        (
            ("affected", _("It happened to me")),
            ("witness", _("I saw it or someone told me")),
            ("supervisor", _("I supervise someone involved")),
        ),
    ),
    Question(
        "anonymous",
        _("Do you want to stay anonymous?"),
        (("yes", _("Yes, I want to stay anonymous")), ("no", _("No, I can give my name"))),
    ),
    Question(
        "route",
        _("Formal or informal?"),
        (
            ("formal", _("Formal: a complaint that can lead to an investigation")),
            ("informal", _("Informal: advice, or a solution without an investigation")),
            ("support", _("Just support for now")),
        ),
    ),
)


# The kinds of channel a person in an office reaches first: the office's own focal points.
FOCAL_POINT_KINDS = ("psea_focal_point", "security")


@dataclass
class ChannelFinder:
    locale_id: int
    params: object  # a QueryDict

    @cached_property
    def choices(self) -> dict[str, str]:
        """The reader's valid answers; anything else is dropped."""
        chosen = {}
        for question in QUESTIONS:
            value = (self.params.get(question.name) or "").strip()
            if value in dict(question.options):
                chosen[question.name] = value
        return chosen

    @cached_property
    def ignored(self) -> bool:
        """True when the link carried an answer we do not know (it was left out)."""
        unknown = any(
            (self.params.get(q.name) or "").strip() not in ("", *dict(q.options)) for q in QUESTIONS
        )
        office = (self.params.get("office") or "").strip()
        return unknown or (bool(office) and self.office is None)

    @cached_property
    def offices(self) -> list[Office]:
        return list(Office.objects.filter(locale_id=self.locale_id).prefetch_related("contacts"))

    @cached_property
    def office(self) -> Office | None:
        raw = (self.params.get("office") or "").strip()
        if not raw:
            return None
        return next((office for office in self.offices if str(office.pk) == raw), None)

    @cached_property
    def all_channels(self) -> list[ContactChannel]:
        """Every channel for the reader's office: an office's own channel replaces the
        agency-wide one of the same kind; other offices' channels are left out."""
        channels = list(
            ContactChannel.objects.filter(locale_id=self.locale_id)
            .select_related("office")
            .prefetch_related("contacts")
        )
        office_id = self.office.pk if self.office else None
        local_kinds = {c.kind for c in channels if office_id and c.office_id == office_id}
        return [
            c
            for c in channels
            if (c.office_id is None and c.kind not in local_kinds)
            or (office_id is not None and c.office_id == office_id)
        ]

    @cached_property
    def matches(self) -> list[ContactChannel]:
        """The channels that fit the answers, best first; ties keep the editors' order."""
        fitting = [c for c in self.all_channels if self._fits(c)]
        return sorted(fitting, key=self._rank)

    def _rank(self, channel: ContactChannel) -> tuple:
        own_office = self.office is not None and channel.office_id == self.office.pk
        return (
            not (own_office and channel.kind in FOCAL_POINT_KINDS),
            not own_office,
            -self._exact_fits(channel),
        )

    def _exact_fits(self, channel: ContactChannel) -> int:
        """How many answers the channel fits exactly rather than broadly: made for SH alone
        rather than SEA and SH, formal alone rather than formal or informal, and so on."""
        choices = self.choices
        return sum(
            (
                choices.get("about") in ("sea", "sh") and channel.covers == choices["about"],
                choices.get("route") == channel.formality,
                choices.get("who") == "witness" and channel.accepts_third_party,
            )
        )

    def _fits(self, channel: ContactChannel) -> bool:
        choices = self.choices
        about = choices.get("about")
        if about in ("sea", "sh") and channel.covers not in (about, ContactChannel.BOTH):
            return False
        if choices.get("anonymous") == "yes" and not channel.accepts_anonymous:
            return False
        if choices.get("who") == "witness" and not (
            channel.accepts_third_party or not channel.is_reporting_channel
        ):
            return False
        route = choices.get("route")
        if route == "support":
            return channel.formality in (ContactChannel.SUPPORT, ContactChannel.INFORMAL)
        if route in ("formal", "informal"):
            return channel.formality in (route, ContactChannel.FORMAL_OR_INFORMAL)
        return True

    @property
    def is_narrowed(self) -> bool:
        return bool(self.choices)

    @property
    def is_answered(self) -> bool:
        """True when the reader answered a question or chose an office: results come first."""
        return self.is_narrowed or self.office is not None

    def questions(self):
        """The questions with the reader's current answer, for the form."""
        for question in QUESTIONS:
            yield question, self.choices.get(question.name, "")
