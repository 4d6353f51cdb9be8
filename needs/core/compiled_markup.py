"""Markup rendered once with markers where per-request values go, then filled on each request.

A template macro is called with stand-ins whose per-request parts are numbered markers (NUL-delimited:
no text a person types or a catalog holds contains NUL, and requests drop it at the door). The output
is split at the markers into static pieces, each marker keeping the function that fills it, so a request
costs one join instead of a rendering. What a macro reads beyond its arguments (translations, filters)
must not change between the requests that share a compiled result: callers put it in their cache key.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import chain
from typing import Any, NamedTuple

from flask import current_app
from markupsafe import Markup, escape

_MARKER = re.compile("\x00(\\d+)\x00")


class Markers:
    """Numbered markers and the fill of each: a function of the request's values returning markup."""

    def __init__(self):
        self.fills: list[Callable[..., str]] = []

    def add(self, fill: Callable[..., str]) -> Markup:
        self.fills.append(fill)
        return Markup(f"\x00{len(self.fills) - 1}\x00")  # noqa: S704 - a constant marker

    def text(self, key: str) -> Markup:
        """A marker for ``values[key]``, escaped as the template would escape it."""
        return self.add(lambda values, *_: str(escape(values[key])))

    def markup(self, key: str) -> Markup:
        """A marker for ``values[key]``, markup already safe."""
        return self.add(lambda values, *_: str(values[key]))


class Compiled(NamedTuple):
    statics: tuple[str, ...]
    fills: tuple[Callable[..., str], ...]

    def fill(self, *values: Any) -> Markup:
        filled = [fill(*values) for fill in self.fills]
        filled.append("")
        return Markup("".join(chain.from_iterable(zip(self.statics, filled, strict=True))))  # noqa: S704 - fills escape


def compile_macro(template: str, macro: str, markers: Markers, *args, vars: dict | None = None) -> Compiled | None:
    """The macro's output split at the markers; None when the output holds a NUL of its own."""
    module = current_app.jinja_env.get_template(template).make_module(vars=vars or {})
    return split(str(getattr(module, macro)(*args)), markers)


def split(html: str, markers: Markers) -> Compiled | None:
    """Rendered markup split at its markers; None when it holds a NUL of its own."""
    pieces = _MARKER.split(html)
    statics = tuple(pieces[0::2])
    if any("\x00" in static for static in statics):
        return None
    return Compiled(statics, tuple(markers.fills[int(number)] for number in pieces[1::2]))
