"""Replication choice and reason codes for one matched activity.

Reason codes are ``kind:value[:value]`` strings; the application renders each as a
translated sentence, so the set is small and stable:

==============================  ==================================================
``theme:<theme>``               the activity covers this theme of the need
``text:strong``                 the activity's text closely matches the need's wording or concepts
``text:partial``                the text matches in part
``language:ok:<lang>``          offered in <lang>, which the trainees can follow
``language:needs-adaptation:<lang>``  not offered in <lang>, the trainees' language; the proposed
                                replication route makes it usable (translation, national edition)
``language:unavailable:<lang>`` not offered in <lang> and no route fixes it
``delivery:ok:<mode>``          delivered <mode>, an acceptable mode
``delivery:other:<mode>``       delivered <mode>, not among the acceptable modes
``region:outside:<region>``     not offered in the need's region <region>; a national edition or
                                technical assistance may bring it there unless ``region:closed``
``region:closed:<region>``      not offered in <region> and no route brings it there
``status:planned``              planned, not yet offered
``audience:<audience>``         made for this audience of the need
``capacity:<type>``             same capacity type (policy or technical)
``level:<level>``               same level (individual or organizational)
``kind:<kind>``                 a background product (knowledge product or network), not training
``trainers:requested``          the need asks for national trainers and the activity trains trainers
==============================  ==================================================
"""

from __future__ import annotations

from . import vocabulary as v
from .index import ActivityIndex, Card
from .need import NeedProfile

REASON_CODES: dict[str, tuple[str, ...]] = {
    "theme": ("theme",),
    "text": ("strong|partial",),
    "language": ("ok|needs-adaptation|unavailable", "language"),
    "delivery": ("ok|other", "delivery"),
    "region": ("outside|closed", "region"),
    "status": ("planned",),
    "audience": ("audience",),
    "capacity": ("capacity_type",),
    "level": ("level",),
    "kind": ("activity_kind",),
    "trainers": ("requested",),
}

STRONG_TEXT = 0.6  # best of text and concept relevance, relative to the need's best match
PARTIAL_TEXT = 0.3
_PREFERENCE = ("enrol", "national-edition", "adapt-materials", "train-the-trainer", "technical-assistance")


_THEME_REASONS = [f"theme:{code}" for code in v.THEMES]
_AUDIENCE_REASONS = [f"audience:{code}" for code in v.AUDIENCES]
_DELIVERY_REASONS = {
    (ok, mode): f"delivery:{'ok' if ok else 'other'}:{mode}" for ok in (True, False) for mode in v.DELIVERIES
}


def routes_of(index: ActivityIndex, row: int) -> list[str]:
    return index.card(row).routes


class NeedView:
    """One need's side of the explanations, worked out once for all its chosen activities."""

    def __init__(self, need: NeedProfile):
        weights = need.themes.tolist()
        # The need's themes, strongest first (ties by theme order): its shared themes keep this order.
        self.theme_order = [i for _, i in sorted((-w, i) for i, w in enumerate(weights) if w > 0)]
        self.audience = None if need.audience is None else need.audience.tolist()
        self.capacity = need.capacity
        self.capacity_reason = None if need.capacity is None else f"capacity:{v.CAPACITY_TYPES[need.capacity]}"
        self.level = need.level
        self.level_reason = None if need.level is None else f"level:{v.LEVELS[need.level]}"
        self.languages = need.languages
        wanted = need.languages[0] if need.languages else "en"
        self.language_fixable = f"language:needs-adaptation:{wanted}"
        self.language_closed = f"language:unavailable:{wanted}"
        self.region_outside = f"region:outside:{need.region}"
        self.region_closed = f"region:closed:{need.region}"
        self.wants_trainers = need.wants_trainers


def explain(index: ActivityIndex, rows: list[int], need: NeedProfile, gate: list[list[bool]], relevance: list[float]):
    """The replication route and the reason codes of each of a need's chosen activities (``rows``);
    ``gate`` holds, for each row in turn, language_ok, region_ok and delivery_ok."""
    view, card_of, routes, codes = NeedView(need), index.card, [], []
    for row, language_ok, region_ok, delivery_ok, rel in zip(rows, *gate, relevance, strict=True):
        card = card_of(row)
        routes.append(choose_replication(card, view, language_ok, region_ok, delivery_ok))
        codes.append(reasons(card, view, language_ok, region_ok, delivery_ok, rel))
    return routes, codes


def choose_replication(card: Card, need: NeedView, language_ok: bool, region_ok: bool, delivery_ok: bool) -> str:
    """How the requesting country would use the activity, among the routes it offers."""
    routes = card.routes
    if not language_ok and card.fixes_language:
        return "adapt-materials" if "adapt-materials" in routes else "national-edition"
    if not region_ok and card.fixes_region:
        return "national-edition" if "national-edition" in routes else "technical-assistance"
    if need.wants_trainers and "train-the-trainer" in routes:
        return "train-the-trainer"
    if not delivery_ok and "national-edition" in routes:
        return "national-edition"
    if card.kind == "technical-assistance" and "technical-assistance" in routes:
        return "technical-assistance"
    if card.planned and "national-edition" in routes:
        return "national-edition"
    for code in _PREFERENCE:
        if code in routes:
            return code
    raise ValueError("an activity offers no replication route")


def reasons(
    card: Card, need: NeedView, language_ok: bool, region_ok: bool, delivery_ok: bool, relevance: float
) -> list[str]:
    # Plain loops: in Python 3.11 each comprehension is a function call, and this runs for every match.
    tags, out = card.tags, []
    for i in need.theme_order:  # at most three shared themes, the need's strongest first
        if i in tags:
            out.append(_THEME_REASONS[i])
            if len(out) == 3:
                break
    if relevance >= STRONG_TEXT:
        out.append("text:strong")
    elif relevance >= PARTIAL_TEXT:
        out.append("text:partial")
    if language_ok:
        offered = card.languages
        for code in need.languages:
            if code in offered:
                out.append("language:ok:" + code)
                break
        else:
            raise IndexError("language_ok without a shared language")
    else:
        out.append(need.language_fixable if card.fixes_language else need.language_closed)
    out.append(_DELIVERY_REASONS[bool(delivery_ok), card.delivery])
    if not region_ok:
        out.append(need.region_outside if card.fixes_region else need.region_closed)
    if card.planned:
        out.append("status:planned")
    wanted = need.audience
    if wanted is not None:
        for i in card.audiences:
            if wanted[i]:
                out.append(_AUDIENCE_REASONS[i])
    if need.capacity is not None and need.capacity in card.capacities:
        out.append(need.capacity_reason)
    if need.level is not None and need.level in card.levels:
        out.append(need.level_reason)
    if card.background:
        out.append(f"kind:{card.kind}")
    if need.wants_trainers and card.trains_trainers:
        out.append("trainers:requested")
    return out
