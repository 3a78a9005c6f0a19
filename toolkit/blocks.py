"""Blocks only the toolkit uses."""

from wagtail import blocks


class IndicatorBlock(blocks.StructBlock):
    """One indicator of a local action plan: what is measured and how it is shown."""

    indicator = blocks.CharBlock(max_length=200)
    target = blocks.CharBlock(max_length=200, required=False, help_text="For example: 100%.")
    evidence = blocks.CharBlock(
        max_length=300, required=False, help_text="How an office shows it is met."
    )

    class Meta:
        icon = "tick"
        template = "toolkit/blocks/indicator_block.html"
        description = "An action plan indicator, with its target and the evidence that shows it."
        preview_value = {
            "indicator": "A focal point is designated",
            "target": "Every office",
            "evidence": "Name and contact on the office page",
        }
