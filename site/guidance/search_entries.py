"""The search entries guidance adds beside its pages: the reporting and support channels and
the glossary terms, each found on the guidance page of its language that shows it.

Registered with search in GuidanceConfig.ready() (see search.providers).
"""

from __future__ import annotations

from core.snippets import ContactChannel, GlossaryTerm
from core.visibility.audience import NOBODY, page_audience
from guidance.models import PolicySummaryPage, WhereToGoPage
from search import providers, signals
from search.models import NEVER
from search.providers import EntryData, Provider


class ChannelProvider(Provider):
    """Reporting and support channels, shown on the where-to-go page of their language: an
    entry links there and has that page's audience."""

    name = "channel"
    model_label = "core.ContactChannel"
    shown_on = "guidance.WhereToGoPage"

    def build(self, channel) -> EntryData | None:
        page = (
            WhereToGoPage.objects.live()
            .filter(locale_id=channel.locale_id, alias_of__isnull=True)
            .first()
        )
        if page is None:
            return None
        audience = page_audience(page)
        if audience == NOBODY:
            return None
        url = page.get_url()
        if channel.office_id:
            url += f"?office={channel.office_id}"
        return EntryData(
            kind="channel",
            locale=channel.locale.language_code,
            audience=audience,
            title=channel.name,
            url=f"{url}#channel-{channel.pk}",
            summary=channel.summary,
            topic=channel.covers,
            text=" ".join(
                [channel.confidentiality, channel.next_steps, channel.timeline, channel.hours]
            ),
            expires_at=page.expire_at or NEVER,
        )


class GlossaryProvider(Provider):
    """Glossary terms, defined on the policy summary of their language."""

    name = "glossary"
    model_label = "core.GlossaryTerm"
    shown_on = "guidance.PolicySummaryPage"

    def build(self, term) -> EntryData | None:
        policy = (
            PolicySummaryPage.objects.live()
            .filter(
                locale_id=term.locale_id,
                alias_of__isnull=True,
                definitions__translation_key=term.translation_key,
            )
            .first()
        )
        if policy is None:
            return None
        return EntryData(
            kind="glossary",
            locale=term.locale.language_code,
            audience=page_audience(policy),
            title=term.term,
            url=f"{policy.get_url()}#term-{term.key}",
            summary=term.definition,
            text=term.definition,
        )


def register() -> None:
    for provider, model in (
        (ChannelProvider(), ContactChannel),
        (GlossaryProvider(), GlossaryTerm),
    ):
        providers.register(provider)
        signals.follow(model, provider.name)
