"""Geometry of the server-drawn SVG charts; templates/review/_charts.html draws them (autoescaped).

Charts carry their own title and description (role="img", <title>, <desc>), text labels and values on
every bar or cell, and patterns besides colour (hatching marks under-served cells and gap shares), so
they read without colour and without JavaScript. Numbers are formatted by the caller (Babel).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

HEAT_LEVELS = 5  # heat--0 (none) .. heat--4 (highest)
LABEL_CHARS = 34


def short(text: str, limit: int = LABEL_CHARS) -> str:
    text = str(text)
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"


def heat_level(value: int, top: int) -> int:
    if value <= 0 or top <= 0:
        return 0
    return min(HEAT_LEVELS - 1, 1 + int((value / top) * (HEAT_LEVELS - 1) - 1e-9))


@dataclass
class Chart:
    id: str
    title: str
    desc: str
    width: int
    height: int
    label_width: int
    rows: list[dict[str, Any]] = field(default_factory=list)
    columns: list[dict[str, Any]] = field(default_factory=list)
    legend: list[dict[str, Any]] = field(default_factory=list)


def bar_chart(chart_id: str, title: str, desc: str, items: Sequence[tuple[str, str, int, int]],
              fmt: Callable[[int], str], *, bar_width: int = 320, row_height: int = 24,
              label_width: int = 250) -> Chart:
    """Horizontal bars; items are (code, label, value, gaps), gaps drawn as a hatched part of the bar."""
    top = max((value for _, _, value, _ in items), default=0)
    chart = Chart(chart_id, title, desc, label_width + bar_width + 70, row_height * len(items) + 8, label_width)
    for i, (code, label, value, gaps) in enumerate(items):
        length = round(bar_width * value / top) if top else 0
        gap_length = round(bar_width * gaps / top) if top else 0
        y = 4 + i * row_height
        chart.rows.append({"code": code, "label": short(label), "full_label": label, "value": fmt(value),
                           "gaps": gaps, "gaps_text": fmt(gaps), "y": y, "text_y": y + row_height * 0.65,
                           "x": label_width, "length": max(length, 1 if value else 0), "gap_length": gap_length,
                           "height": row_height - 6, "value_x": label_width + max(length, 1) + 6})
    return chart


def heat_map(chart_id: str, title: str, desc: str, row_items: Sequence[tuple[str, str]],
             column_items: Sequence[tuple[str, str]], values: dict[tuple[str, str], int],
             marked: set[tuple[str, str]], fmt: Callable[[int], str], *, cell_width: int = 86,
             cell_height: int = 24, label_width: int = 250) -> Chart:
    """Rows × columns of cells shaded by value (five classes), each with its number; ``marked`` cells are
    hatched and carry a "!" after their number."""
    top = max(values.values(), default=0)
    header = 30
    chart = Chart(chart_id, title, desc, label_width + cell_width * len(column_items) + 4,
                  header + cell_height * len(row_items) + 4, label_width)
    for j, (code, label) in enumerate(column_items):
        chart.columns.append({"code": code, "label": short(label, 14), "full_label": label,
                              "x": label_width + j * cell_width + cell_width / 2, "y": header - 10})
    for i, (row_code, row_label) in enumerate(row_items):
        y = header + i * cell_height
        cells = []
        for j, (col_code, col_label) in enumerate(column_items):
            value = values.get((row_code, col_code), 0)
            level = heat_level(value, top)
            cells.append({"x": label_width + j * cell_width, "y": y, "width": cell_width - 2,
                          "height": cell_height - 2, "level": level, "value": fmt(value),
                          "marked": (row_code, col_code) in marked, "column": col_label,
                          "text_x": label_width + j * cell_width + (cell_width - 2) / 2,
                          "text_y": y + cell_height * 0.65, "dark": level >= 3})
        chart.rows.append({"code": row_code, "label": short(row_label), "full_label": row_label, "y": y,
                           "text_y": y + cell_height * 0.65, "cells": cells})
    return chart
