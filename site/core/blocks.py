"""Blocks every page type shares."""

from wagtail import blocks


class HeadingBlock(blocks.CharBlock):
    class Meta:
        icon = "title"
        template = "core/blocks/heading_block.html"
        description = "A section heading (shown as a level-2 heading)."
        preview_value = "What happens next"


class ParagraphBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        super().__init__(features=["bold", "italic", "link", "ol", "ul"], **kwargs)

    class Meta:
        icon = "pilcrow"
        description = "Plain-language text: short sentences, one idea per paragraph."
        preview_value = "<p>You can get support whether or not you report.</p>"


class BulletListBlock(blocks.ListBlock):
    def __init__(self, **kwargs):
        super().__init__(blocks.CharBlock(label="Item"), **kwargs)

    class Meta:
        icon = "list-ul"
        template = "core/blocks/bullet_list_block.html"
        description = "A short list of points."


class BodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    list = BulletListBlock()
