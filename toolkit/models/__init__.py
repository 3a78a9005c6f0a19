"""The toolkit's data, all importable from `toolkit.models`: the resources and their files
(resources), and the index pages that list them (index, which uses toolkit.listing)."""

from toolkit.models.index import ToolkitIndexPage
from toolkit.models.resources import (
    BADGE_DAYS,
    TOOLKIT_UPLOAD_KINDS,
    FileDownloads,
    FileText,
    Region,
    ResourceFile,
    ResourcePage,
    ResourcePageTag,
    max_upload_bytes,
)

__all__ = [
    "BADGE_DAYS",
    "TOOLKIT_UPLOAD_KINDS",
    "FileDownloads",
    "FileText",
    "Region",
    "ResourceFile",
    "ResourcePage",
    "ResourcePageTag",
    "ToolkitIndexPage",
    "max_upload_bytes",
]
