"""Blocks of the guidance pages."""

from wagtail import blocks


class InShortBlock(blocks.ListBlock):
    def __init__(self, **kwargs):
        super().__init__(blocks.CharBlock(label="Point", max_length=300), **kwargs)

    class Meta:
        icon = "list-ul"
        description = "Three to five short points: the policy in one glance."


class StageBlock(blocks.StructBlock):
    title = blocks.CharBlock(max_length=120)
    steps = blocks.ListBlock(blocks.CharBlock(label="Step", max_length=300))

    class Meta:
        icon = "time"
        template = "guidance/blocks/stage_block.html"
        description = "A stage of the first months, e.g. 'Your first week'."


class CourseBlock(blocks.StructBlock):
    key = blocks.CharBlock(
        max_length=40, help_text="Short and the same in every language (keeps the reader's ticks)."
    )
    title = blocks.CharBlock(max_length=200)
    duration_minutes = blocks.IntegerBlock(min_value=1, max_value=600)
    languages = blocks.CharBlock(max_length=120)
    where = blocks.URLBlock(help_text="Where to take the course.")
    who = blocks.CharBlock(max_length=200, help_text="Who must take it.")
    when = blocks.CharBlock(max_length=200, help_text="When to take it.")

    class Meta:
        icon = "doc-full"
        template = "guidance/blocks/course_block.html"
        description = "A mandatory course."
