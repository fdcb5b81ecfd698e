"""Page flow of the long documents: a heading never ends a page, and never drags a whole table after it.

reportlab's `keepWithNext` keeps a heading with the *whole* next flowable: before a table longer than
what is left of the page it breaks the page first and leaves it nearly empty. Here a heading instead
needs room for itself and the start of what follows (the heading row and two rows of a table, three
lines of a paragraph); with less room it moves to the next page, otherwise the table splits as usual.
"""

from reportlab.platypus import ActionFlowable, CondPageBreak, KeepTogether, Paragraph, Spacer, Table

START_ROWS = 3  # a table's heading row and two of its rows
START_LINES = 3
BIG = 1e6


def is_heading(flowable) -> bool:
    style = getattr(flowable, "style", None)
    return isinstance(flowable, Paragraph) and bool(getattr(style, "keepWithNext", 0))


def start_height(flowable, width: float, limit: float) -> float:
    """How tall the first piece of `flowable` is: what must stand under a heading on the same page."""
    if isinstance(flowable, Table):
        flowable.wrap(width, BIG)
        return sum(flowable._rowHeights[:START_ROWS])
    _w, height = flowable.wrap(width, BIG)
    if isinstance(flowable, Paragraph) and not is_heading(flowable):
        leading = flowable.style.leading
        height = min(height, START_LINES * leading + flowable.style.spaceBefore)
    if isinstance(flowable, KeepTogether):
        height = min(height, limit)
    return min(height, limit)


class HeadingRoom(CondPageBreak):
    """Breaks the page unless the heading and the start of its content fit in what is left."""

    def __init__(self, heading, following):
        super().__init__(0)
        self.heading, self.following = heading, following

    def wrap(self, avail_width, avail_height):
        _w, height = self.heading.wrap(avail_width, BIG)
        height += self.heading.getSpaceAfter()
        limit = avail_height  # never more than a page's worth, or it would break every page
        frame = self._doctemplateAttr("frame")
        if frame is not None:
            limit = frame._aH * 0.6
        for f in self.following:
            if isinstance(f, ActionFlowable):
                break  # a page break or a template change: nothing follows the heading on this page
            height += start_height(f, avail_width, limit)
            if not is_heading(f) and not isinstance(f, Spacer):
                break
        self.height = height
        return super().wrap(avail_width, avail_height)


def keep_headings(story: list) -> list:
    """`story` with a `HeadingRoom` before each heading, and reportlab's own keepWithNext turned off."""
    out = []
    for i, f in enumerate(story):
        if is_heading(f):
            following = [g for g in story[i + 1:i + 5] if not isinstance(g, CondPageBreak)]
            if following:
                out.append(HeadingRoom(f, following))
            f.keepWithNext = 0
        out.append(f)
    return out
