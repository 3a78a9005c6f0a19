from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.documents import get_document_model_string
from wagtail.fields import StreamField
from wagtail.search import index

from core import channel_roles, navigation, visibility
from core.blocks import BodyBlock
from core.fields import MultipleChoiceField
from core.models import BasePage
from core.snippets import GlossaryTerm
from guidance import glossary
from guidance.blocks import CourseBlock, InShortBlock, StageBlock
from guidance.channels import ChannelFinder


class GuidancePage(BasePage):
    """A plain-language page of guidance: rights, obligations, how to get help."""

    summary = models.CharField(
        max_length=300, help_text="One sentence shown in listings and under the title."
    )
    body = StreamField(BodyBlock(), use_json_field=True)

    content_panels = BasePage.content_panels + [FieldPanel("summary"), FieldPanel("body")]
    search_fields = BasePage.search_fields + [
        index.SearchField("summary"),
        index.SearchField("body"),
    ]

    parent_page_types = ["home.HomePage", "guidance.GuidancePage"]
    subpage_types = ["guidance.GuidancePage"]


class ReviewedPage(BasePage):
    """A page with a named owner and review dates. A page past its review date stays published
    (safety information must never disappear); it says when it was last checked and appears on
    the editors' dashboard."""

    content_owner = models.CharField(
        max_length=120, help_text="The unit or person who keeps it current."
    )
    last_reviewed = models.DateField(default=timezone.localdate)
    next_review = models.DateField()

    review_panels = [
        MultiFieldPanel(
            [FieldPanel("content_owner"), FieldPanel("last_reviewed"), FieldPanel("next_review")],
            "Review",
        )
    ]

    class Meta:
        abstract = True

    @property
    def review_overdue(self) -> bool:
        return self.next_review < timezone.localdate()


CONTRACT_TYPES = [
    ("staff", _("Staff members")),
    ("consultants", _("Consultants and individual contractors")),
    ("interns", _("Interns")),
    ("volunteers", _("Volunteers")),
    ("contractors", _("Personnel of contractors and partners")),
]


class PolicySummaryPage(ReviewedPage):
    """A policy in plain language: in short, key definitions, rights, obligations, what to do."""

    summary = models.CharField(max_length=300)
    document_title = models.CharField(max_length=250, help_text="The full policy's official title.")
    document = models.ForeignKey(
        get_document_model_string(),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="The full policy, for download.",
    )
    in_short = StreamField([("points", InShortBlock())], use_json_field=True, max_num=1)
    definitions = ParentalManyToManyField(GlossaryTerm, blank=True, related_name="+")
    applies_to = MultipleChoiceField(choices=CONTRACT_TYPES, default=list)
    rights = StreamField(BodyBlock(), use_json_field=True)
    obligations = StreamField(BodyBlock(), use_json_field=True)
    what_to_do = StreamField(BodyBlock(), use_json_field=True)

    content_panels = (
        BasePage.content_panels
        + [
            FieldPanel("summary"),
            FieldPanel("in_short"),
            FieldPanel("definitions"),
            FieldPanel("applies_to"),
            FieldPanel("rights"),
            FieldPanel("obligations"),
            FieldPanel("what_to_do"),
            MultiFieldPanel([FieldPanel("document_title"), FieldPanel("document")], "Full text"),
        ]
        + ReviewedPage.review_panels
    )
    search_fields = BasePage.search_fields + [
        index.SearchField("summary", boost=2),
        index.SearchField("in_short"),
        index.SearchField("rights"),
        index.SearchField("obligations"),
        index.SearchField("what_to_do"),
        index.SearchField("document_title"),
    ]
    parent_page_types = ["home.HomePage", "guidance.GuidancePage"]
    subpage_types = []

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # The chosen terms, in this page's language (the page may point at the English rows).
        keys = self.definitions.values("translation_key")
        context["terms"] = GlossaryTerm.objects.filter(
            translation_key__in=keys, locale_id=self.locale_id
        )
        # Each key word links to its entry in the glossary (the one the menu shows this reader).
        glossary_page = navigation.sections(request).get("guidance.glossarypage")
        context["glossary_url"] = glossary_page.get_url(request) if glossary_page else ""
        context["applies_to_labels"] = self._meta.get_field("applies_to").labels(self.applies_to)
        return context


class WhereToGoPage(RoutablePageMixin, ReviewedPage):
    """Where to go for what: a decision helper over the channel data and a comparison table,
    and a printable pocket card per office (a route, so it is served to whoever may read the
    page and to no one else).

    Works with plain links and GET parameters, so it needs no JavaScript.
    """

    summary = models.CharField(max_length=300)
    intro = models.TextField()

    content_panels = (
        BasePage.content_panels
        + [FieldPanel("summary"), FieldPanel("intro")]
        + ReviewedPage.review_panels
    )
    search_fields = BasePage.search_fields + [
        index.SearchField("summary", boost=2),
        index.SearchField("intro"),
    ]
    parent_page_types = ["home.HomePage", "guidance.GuidancePage"]
    subpage_types = []

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        finder = ChannelFinder(locale_id=self.locale_id, params=request.GET)
        context["finder"] = finder
        # Each channel links back to the roles that run it (the roles chart), for readers who
        # may see them.
        run_by = channel_roles.roles_running(request, finder.all_channels)
        for channel in finder.all_channels:
            channel.run_by = run_by.get(channel.pk, [])
        if finder.office:
            context["pocket_card_url"] = self.get_url(request) + self.reverse_subpage(
                "pocket_card", args=[finder.office.pk]
            )
        return context

    # The page itself is served and previewed as every page is (BasePage.serve: the
    # sensitive-page headers), which the mixin's own index route would skip.
    @path("")
    def index_route(self, request):
        return super(RoutablePageMixin, self).serve(request)

    def serve_preview(self, request, mode_name):
        return super(RoutablePageMixin, self).serve_preview(request, mode_name)

    @path("card/<int:office_id>/", name="pocket_card")
    def pocket_card(self, request, office_id):
        from guidance import pocket_card  # WeasyPrint and its libraries load only when asked

        finder = pocket_card.office_finder(self, office_id)
        if finder is None:
            response = self.render(request, template="guidance/pocket_card_missing.html")
            response.status_code = 404
            return response
        response = pocket_card.card_response(self, request, finder)
        if self.is_sensitive:
            response["Referrer-Policy"] = "no-referrer"
        return response


class RoleGuidePage(ReviewedPage):
    """Guidance for one situation: 'I'm new', 'I'm a supervisor', 'Someone told me something'..."""

    NEW, SUPERVISOR, TOLD, EXPERIENCED, ALLEGATION, FOCAL_POINT = (
        "new",
        "supervisor",
        "told",
        "experienced",
        "allegation",
        "focal_point",
    )
    AUDIENCES = [
        (NEW, "I'm new"),
        (SUPERVISOR, "I'm a supervisor"),
        (TOLD, "Someone told me something"),
        (EXPERIENCED, "I experienced or saw something"),
        (ALLEGATION, "An allegation was made about me"),
        (FOCAL_POINT, "I'm a focal point"),
    ]
    # Guides for people affected never link to the guide for a person an allegation is about.
    VICTIM_SUPPORT = {TOLD, EXPERIENCED}

    audience = models.CharField(max_length=20, choices=AUDIENCES)
    summary = models.CharField(max_length=300)
    body = StreamField(BodyBlock(), use_json_field=True)

    content_panels = (
        BasePage.content_panels
        + [FieldPanel("audience"), FieldPanel("summary"), FieldPanel("body")]
        + ReviewedPage.review_panels
    )
    search_fields = BasePage.search_fields + [
        index.SearchField("summary", boost=2),
        index.SearchField("body"),
    ]
    parent_page_types = ["home.HomePage", "guidance.GuidancePage"]
    subpage_types = []

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        others = RoleGuidePage.objects.sibling_of(self, inclusive=False).filter(
            locale_id=self.locale_id
        )
        if self.audience in self.VICTIM_SUPPORT or self.is_sensitive:
            others = others.exclude(audience=self.ALLEGATION)
        if self.audience == self.ALLEGATION:
            others = others.none()
        context["other_guides"] = visibility.visible_pages(request, others)
        return context


class OnboardingPage(ReviewedPage):
    """The first months of a new hire: stages with steps, and the mandatory courses.

    Ticking a course off is kept in the reader's browser only (localStorage), never sent.
    """

    summary = models.CharField(max_length=300)
    stages = StreamField([("stage", StageBlock())], use_json_field=True)
    courses = StreamField([("course", CourseBlock())], use_json_field=True)

    content_panels = (
        BasePage.content_panels
        + [FieldPanel("summary"), FieldPanel("stages"), FieldPanel("courses")]
        + ReviewedPage.review_panels
    )
    search_fields = BasePage.search_fields + [
        index.SearchField("summary", boost=2),
        index.SearchField("stages"),
        index.SearchField("courses"),
    ]
    parent_page_types = ["home.HomePage", "guidance.GuidancePage"]
    subpage_types = []


class GlossaryPage(BasePage):
    """The key words of the guidance from A to Z: every glossary term of the page's language,
    grouped by letter, each with an anchor the key words on other pages link to."""

    intro = models.TextField(blank=True, help_text="One or two sentences above the list.")

    content_panels = BasePage.content_panels + [FieldPanel("intro")]
    search_fields = BasePage.search_fields + [index.SearchField("intro")]
    # Its search entry is guidance; each term has its own ("glossary").
    search_kind = "guidance"

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # An untranslated language's page (an alias) lists the terms of the page it shows.
        source = self.alias_of if self.alias_of_id else self
        language = source.locale.language_code
        context["letters"] = glossary.by_letter(
            GlossaryTerm.objects.filter(locale_id=source.locale_id), language
        )
        return context


REVIEWED_PAGE_MODELS = (PolicySummaryPage, WhereToGoPage, RoleGuidePage, OnboardingPage)
