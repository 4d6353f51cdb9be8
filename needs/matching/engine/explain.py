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
from .features import Access
from .index import ActivityIndex
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


def routes_of(index: ActivityIndex, row: int) -> list[str]:
    return index.card(row).routes


def choose_replication(index: ActivityIndex, row: int, need: NeedProfile, gate: Access) -> str:
    """How the requesting country would use the activity, among the routes it offers."""
    card = index.card(row)
    routes = card.routes
    if not gate.language_ok[row] and card.fixes_language:
        return "adapt-materials" if "adapt-materials" in routes else "national-edition"
    if not gate.region_ok[row] and card.fixes_region:
        return "national-edition" if "national-edition" in routes else "technical-assistance"
    if need.wants_trainers and "train-the-trainer" in routes:
        return "train-the-trainer"
    if not gate.delivery_ok[row] and "national-edition" in routes:
        return "national-edition"
    if card.kind == "technical-assistance" and "technical-assistance" in routes:
        return "technical-assistance"
    if card.planned and "national-edition" in routes:
        return "national-edition"
    return next(code for code in _PREFERENCE if code in routes)


def reasons(index: ActivityIndex, row: int, need: NeedProfile, gate: Access, relevance: float) -> list[str]:
    card = index.card(row)
    out = [f"theme:{v.THEMES[i]}" for i in _shared_themes(card.tags, need)]
    if relevance >= STRONG_TEXT:
        out.append("text:strong")
    elif relevance >= PARTIAL_TEXT:
        out.append("text:partial")
    out.append(_language_reason(card, need, bool(gate.language_ok[row])))
    out.append(f"delivery:{'ok' if gate.delivery_ok[row] else 'other'}:{card.delivery}")
    if not gate.region_ok[row]:
        out.append(f"region:{'outside' if card.fixes_region else 'closed'}:{need.region}")
    if card.planned:
        out.append("status:planned")
    if need.audience is not None:
        out += [f"audience:{v.AUDIENCES[i]}" for i in card.audiences if need.audience[i]]
    if need.capacity is not None and need.capacity in card.capacities:
        out.append(f"capacity:{v.CAPACITY_TYPES[need.capacity]}")
    if need.level is not None and need.level in card.levels:
        out.append(f"level:{v.LEVELS[need.level]}")
    if card.background:
        out.append(f"kind:{card.kind}")
    if need.wants_trainers and card.trains_trainers:
        out.append("trainers:requested")
    return out


def _shared_themes(tags: list[int], need: NeedProfile, limit: int = 3) -> list[int]:
    """The activity's tagged themes that the need has, the need's strongest first."""
    weights = need.themes
    shared = sorted((-float(weights[i]), i) for i in tags if weights[i] > 0)
    return [i for _, i in shared[:limit]]


def _language_reason(card, need: NeedProfile, language_ok: bool) -> str:
    if language_ok:
        shared = [code for code in need.languages if code in card.languages]
        return f"language:ok:{shared[0]}"
    wanted = need.languages[0] if need.languages else "en"
    return f"language:{'needs-adaptation' if card.fixes_language else 'unavailable'}:{wanted}"
