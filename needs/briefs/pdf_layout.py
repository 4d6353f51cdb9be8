"""Page and paragraph layout of the briefs: A4, styles per script, direction, header and footer.

:class:`Writer` turns plain text into flowables: each paragraph is broken into lines (see
``pdf_text``) and each line becomes a :class:`Line`, aligned to the side the brief's script starts
from. No text reaches ReportLab's markup parser, so nothing in it is taken for a tag; this was also
measured faster than ``Paragraph`` (which re-wraps a whole paragraph at each page break, in time
growing with the square of its length).
"""

from __future__ import annotations

import re
from functools import partial

from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    HRFlowable,
    PageTemplate,
    Paragraph,
    Table,
    TableStyle,
)

from needs.briefs.pdf_fonts import FontSet
from needs.briefs.pdf_text import LineBreaker, clean, display_lines

RTL_LOCALES = {"ar"}
PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_X, MARGIN_TOP, MARGIN_BOTTOM = 20 * mm, 24 * mm, 22 * mm
FRAME_WIDTH = PAGE_WIDTH - 2 * MARGIN_X
INDENT = 14  # points: bullets and the activities under a need
_BOX_PAD = 5  # points between a framed note and its frame

# Body size and line height for each script: Arabic needs more room above and below the line.
_METRICS = {"ar": (11, 1.7), "zh": (10.5, 1.6)}
_PLACEHOLDER = re.compile(r"%\((\w+)\)s")


def fill(template: str, **values: object) -> str:
    """Put values into a translated label's %(name)s placeholders; a stray % is left as it is."""
    return _PLACEHOLDER.sub(lambda m: str(values.get(m.group(1), m.group(0))), template)


def _styles(locale: str, font: str) -> dict[str, ParagraphStyle]:
    size, ratio = _METRICS.get(locale, (10, 1.45))
    align, far_side = (TA_RIGHT, TA_LEFT) if locale in RTL_LOCALES else (TA_LEFT, TA_RIGHT)
    base = ParagraphStyle("body", fontName=font, fontSize=size, leading=size * ratio, alignment=align,
                          spaceAfter=size * 0.4)

    def style(name: str, scale: float = 1.0, **kw) -> ParagraphStyle:
        s = scale * size
        kw.setdefault("fontSize", s)
        kw.setdefault("leading", s * ratio)
        return ParagraphStyle(name, parent=base, **kw)

    return {
        "body": base,
        "title": style("title", 2.0, leading=2.0 * size * 1.3, spaceAfter=size * 0.6),
        "subtitle": style("subtitle", 1.35, spaceAfter=size * 0.8),
        "h1": style("h1", 1.45, spaceBefore=size * 1.4, spaceAfter=size * 0.5, keepWithNext=1),
        "h2": style("h2", 1.2, spaceBefore=size * 1.1, spaceAfter=size * 0.3, keepWithNext=1),
        "h3": style("h3", 1.05, spaceBefore=size * 0.8, spaceAfter=size * 0.15, keepWithNext=1),
        "activity": style("activity", 1.15, spaceBefore=size * 0.3, spaceAfter=0, keepWithNext=1),
        "caption": style("caption", 0.85, spaceBefore=size * 0.4, spaceAfter=0, keepWithNext=1),
        "small": style("small", 0.85, spaceAfter=size * 0.2),
        "bullet": style("bullet", spaceAfter=size * 0.15),
        "quote": style("quote", spaceAfter=size * 0.4),
        "box": style("box", spaceAfter=0),
        "header": style("header", 0.8, spaceAfter=0),
        "page_number": style("page_number", spaceAfter=0, alignment=far_side),
        "footer": style("footer", 0.8, spaceAfter=0, alignment=TA_CENTER),
    }


class _FramedLine(Flowable):
    """One line of the brief's height; a framed note draws its box a line at a time."""

    frame: tuple[bool, bool] | None = None  # (first, last) line of a framed note

    def wrap(self, avail_width, avail_height):
        self.width = avail_width
        return avail_width, self.style.leading

    def _draw_frame(self, first: bool, last: bool) -> None:
        top = self.style.leading + (_BOX_PAD if first else 0)
        bottom = -_BOX_PAD if last else 0
        self.canv.setLineWidth(0.8)
        self.canv.line(0, bottom, 0, top)
        self.canv.line(self.width, bottom, self.width, top)
        if first:
            self.canv.line(0, top, self.width, top)
        if last:
            self.canv.line(0, bottom, self.width, bottom)


class Line(_FramedLine):
    """One line of text already in display order, drawn run by run in the faces that hold its glyphs.

    Nothing here parses markup: the runs are drawn as they are.
    """

    def __init__(self, runs: list[tuple[str, str]], text_width: float, style: ParagraphStyle, align: int,
                 indent: float, space_before: float = 0, space_after: float = 0, keep_with_next: bool = False):
        super().__init__()
        self.runs, self.text_width, self.style, self.align, self.indent = runs, text_width, style, align, indent
        self.spaceBefore, self.spaceAfter, self.keepWithNext = space_before, space_after, keep_with_next

    def draw(self):
        if self.align == TA_RIGHT:
            x = self.width - self.indent - self.text_width
        elif self.align == TA_CENTER:
            x = (self.width - self.text_width) / 2
        else:
            x = self.indent
        if self.frame:
            self._draw_frame(*self.frame)
        size = self.style.fontSize
        y = self.style.leading - size  # where Paragraph puts its first baseline
        for font, text in self.runs:
            self.canv.setFont(font, size)
            self.canv.drawString(x, y, text)
            x += pdfmetrics.stringWidth(text, font, size)


class Writer:
    """Flowables for the text of one brief, in its language and direction."""

    def __init__(self, locale: str, fonts: FontSet):
        self.locale = locale
        self.rtl = locale in RTL_LOCALES
        self.fonts = fonts
        self.styles = _styles(locale, fonts.primary)
        self._breakers: dict[float, LineBreaker] = {}

    def para(self, text: object, style: str = "body", *, indent: float = 0, bullet: bool = False,
             width: float = FRAME_WIDTH, base_dir: str | None = None) -> list[Flowable]:
        """Flowables for one paragraph of plain text; nothing for empty text."""
        text = clean(text)
        if not text:
            return []
        return self._lines(text, self.styles[style], indent, bullet, width,
                           base_dir or ("R" if self.rtl else None))

    def _lines(self, text: str, st: ParagraphStyle, indent: float, bullet: bool, width: float,
               base_dir: str | None) -> list[Flowable]:
        start = indent + (INDENT if bullet else 0)
        breaker = self.breaker(st.fontSize)
        lines = display_lines(text, breaker, width - start, base_dir)
        out = []
        for i, line in enumerate(lines):
            offset = start
            if bullet and i == 0:  # the bullet hangs in the indent, on the side the text starts
                mark = "\u2022\u2002"
                offset -= breaker.width(mark)
                line = f"{line}{mark[::-1]}" if self.rtl else f"{mark}{line}"
            last = i == len(lines) - 1
            out.append(Line(self.fonts.runs(line), breaker.width(line), st, self._align(st), offset,
                            space_before=st.spaceBefore if i == 0 else 0,
                            space_after=st.spaceAfter if last else 0,
                            keep_with_next=getattr(st, "keepWithNext", 0) or (i == 0 and not last)))
        return out

    def _align(self, st: ParagraphStyle) -> int:
        if st.alignment == TA_CENTER:
            return TA_CENTER
        return TA_RIGHT if self.rtl else TA_LEFT

    def breaker(self, size: float) -> LineBreaker:
        return self._breakers.setdefault(size, LineBreaker(self.fonts, size))

    def one_line(self, text: str, style: str) -> Flowable | None:
        """The first line of a text, with an ellipsis when there was more (header and footer)."""
        text = clean(text).replace("\n", " ")
        if not text:
            return None
        st = self.styles[style]
        lines = display_lines(text[:400], self.breaker(st.fontSize), FRAME_WIDTH - 12, "R" if self.rtl else None)
        line = lines[0] + ("\u2026" if len(lines) > 1 else "")
        return Line(self.fonts.runs(line), self.breaker(st.fontSize).width(line), st, self._align(st), 0)

    def rule(self, indent: float = 0) -> HRFlowable:
        """A thin line across the frame, starting ``indent`` in from the side the text starts."""
        rule = HRFlowable(width=FRAME_WIDTH - indent, thickness=0.3, color="#666666", spaceBefore=6,
                          spaceAfter=0, hAlign="LEFT" if self.rtl else "RIGHT")
        rule.keepWithNext = 1  # a rule opens what follows it
        return rule

    def boxed(self, text: object) -> list[Flowable]:
        """A framed note that stands out in black and white (the provisional status, a gap).

        Each line draws its part of the frame, so a note longer than a page goes on over the next.
        """
        lines = self.para(text, "box", indent=_BOX_PAD * 2, width=FRAME_WIDTH - _BOX_PAD * 2)
        for i, line in enumerate(lines):
            line.frame = (i == 0, i == len(lines) - 1)
        if lines:
            lines[0].spaceBefore += self.styles["body"].fontSize
            lines[-1].spaceAfter += self.styles["body"].fontSize
        return lines

    def contents(self, entries: list[tuple[int, str, str]], pages: PageNumbers) -> Table:
        """The table of contents: one row per heading, its page number on the far side."""
        rows = []
        for level, title, key in entries:
            cell = self.para(title, "body", indent=INDENT * level, width=FRAME_WIDTH - _NUMBER_WIDTH)
            number = PageRef(key, pages, self.styles["page_number"])
            rows.append([number, cell] if self.rtl else [cell, number])
        widths = [FRAME_WIDTH - _NUMBER_WIDTH, _NUMBER_WIDTH]
        table = Table(rows, colWidths=widths[::-1] if self.rtl else widths)
        table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), self.fonts.primary),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                   ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                   ("LINEBELOW", (0, 0), (-1, -1), 0.25, "#999999")]))
        return table


_NUMBER_WIDTH = 36


class PageNumbers:
    """Page numbers known only once the whole brief is laid out: of each heading, and the count."""

    def __init__(self):
        self.headings: dict[str, int] = {}
        self.outline: list[tuple[int, str, str, int]] = []  # page, key, title, level
        self.refs: list[tuple[int, float, float, str, ParagraphStyle]] = []  # page, x, y, key, style


class PageRef(_FramedLine):
    """Room for the page number of a heading, printed when the brief is finished (contents table)."""

    def __init__(self, key: str, pages: PageNumbers, style: ParagraphStyle):
        super().__init__()
        self.key, self.pages, self.style = key, pages, style

    def draw(self):
        x, y = self.canv.absolutePosition(0, 0)
        self.pages.refs.append((self.canv.getPageNumber(), x, y, self.key, self.style))


class KeptPagesCanvas(Canvas):
    """Keeps every page until the document ends, then finishes each with what is known only then."""

    def __init__(self, *args, finish_page, **kwargs):
        super().__init__(*args, **kwargs)
        self._kept: list[dict] = []
        self._finish_page = finish_page

    def showPage(self):
        self._kept.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        for state in self._kept:
            self.__dict__.update(state)
            self._finish_page(self, len(self._kept))
            super().showPage()
        super().save()


class BriefDoc(BaseDocTemplate):
    """A4 pages with a running header and a numbered footer, laid out in one pass."""

    def __init__(self, buffer, writer: Writer, header: str, footer: str, page_label: str, **meta):
        super().__init__(buffer, pagesize=A4, leftMargin=MARGIN_X, rightMargin=MARGIN_X,
                         topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM, invariant=1,
                         initialFontName=writer.fonts.primary, **meta)
        self.writer = writer
        self.header, self.footer, self.page_label = header, footer, page_label
        self.pages = PageNumbers()
        frame = Frame(MARGIN_X, MARGIN_BOTTOM, FRAME_WIDTH, PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM,
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="body")
        self.addPageTemplates([PageTemplate("page", [frame])])

    def build(self, story: list[Flowable]) -> None:
        super().build(story, canvasmaker=partial(KeptPagesCanvas, finish_page=self._finish_page))

    def afterFlowable(self, flowable: Flowable) -> None:
        key = getattr(flowable, "toc_key", None)
        if key and key not in self.pages.headings:
            self.pages.headings[key] = self.page
            self.pages.outline.append((self.page, key, flowable.toc_title, flowable.toc_level))

    def _finish_page(self, canvas: Canvas, total: int) -> None:
        page = canvas.getPageNumber()
        canvas.saveState()
        rule = PAGE_HEIGHT - MARGIN_TOP + 8
        self._draw_line(canvas, self.header, "header", MARGIN_X, rule + 1)
        canvas.setLineWidth(0.4)
        canvas.line(MARGIN_X, rule, PAGE_WIDTH - MARGIN_X, rule)
        bottom = MARGIN_BOTTOM - 22
        self._draw_line(canvas, fill(self.page_label, page=page, pages=total), "footer", MARGIN_X, bottom)
        if self.footer:
            self._draw_line(canvas, self.footer, "footer", MARGIN_X, bottom - 11)
        for ref_page, x, y, key, style in self.pages.refs:
            if ref_page == page:
                number = Paragraph(str(self.pages.headings.get(key, "")), style)
                number.wrap(_NUMBER_WIDTH, style.leading)
                number.drawOn(canvas, x, y)
        canvas.restoreState()
        for outline_page, key, title, level in self.pages.outline:
            if outline_page == page:
                canvas.bookmarkPage(key)
                canvas.addOutlineEntry(title, key, level, closed=level > 0)

    def _draw_line(self, canvas: Canvas, text: str, style: str, x: float, y: float) -> None:
        """Draw the first line of a text with its bottom at y: header and footer hold one line."""
        line = self.writer.one_line(text, style)
        if line:
            line.wrap(FRAME_WIDTH, 100)
            line.drawOn(canvas, x, y)
