"""The names of every style the writer uses; a template must define each of them."""

from __future__ import annotations

from typing import Literal

StyleType = Literal["paragraph", "character", "table"]

TITLE = "Resolution Title"
SUBTITLE = "Resolution Subtitle"
DATE_PLACE = "Resolution Date Place"
HEADING = "Resolution Heading 1"
SUBHEADING = "Resolution Heading 2"
BODY = "Resolution Body"
ITEM = "Resolution Item"
SUBITEM = "Resolution Subitem"
DETAILS = "Item Details"
APPENDIX_LABEL = "Appendix Label"
APPENDIX_TITLE = "Appendix Title"
TABLE = "Resolution Table"
TABLE_HEADER = "Table Header"
TABLE_TEXT = "Table Text"
FIGURE = "Figure"
CAPTION = "Figure Caption"
SIGNATURE = "Signature"

# name → the kind of style it must be
REQUIRED: dict[str, StyleType] = {
    TITLE: "paragraph",
    SUBTITLE: "paragraph",
    DATE_PLACE: "paragraph",
    HEADING: "paragraph",
    SUBHEADING: "paragraph",
    BODY: "paragraph",
    ITEM: "paragraph",
    SUBITEM: "paragraph",
    DETAILS: "character",
    APPENDIX_LABEL: "paragraph",
    APPENDIX_TITLE: "paragraph",
    TABLE: "table",
    TABLE_HEADER: "paragraph",
    TABLE_TEXT: "paragraph",
    FIGURE: "paragraph",
    CAPTION: "paragraph",
    SIGNATURE: "paragraph",
}
