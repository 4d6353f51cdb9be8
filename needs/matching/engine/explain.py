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

import numpy as np

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
    return [code for code, offered in zip(v.REPLICATIONS, index.routes[row], strict=True) if offered]


def choose_replication(index: ActivityIndex, row: int, need: NeedProfile, gate: Access) -> str:
    """How the requesting country would use the activity, among the routes it offers."""
    routes = routes_of(index, row)
    if not gate.language_ok[row] and gate.language_fixable[row]:
        return "adapt-materials" if index.adapt_fixes_language[row] else "national-edition"
    if not gate.region_ok[row] and gate.region_fixable[row]:
        return "national-edition" if "national-edition" in routes else "technical-assistance"
    if need.wants_trainers and "train-the-trainer" in routes:
        return "train-the-trainer"
    if not gate.delivery_ok[row] and "national-edition" in routes:
        return "national-edition"
    if index.kinds[row] == "technical-assistance" and "technical-assistance" in routes:
        return "technical-assistance"
    if index.planned[row] and "national-edition" in routes:
        return "national-edition"
    return next(code for code in _PREFERENCE if code in routes)


def reasons(index: ActivityIndex, row: int, need: NeedProfile, gate: Access, relevance: float) -> list[str]:
    out = [f"theme:{v.THEMES[i]}" for i in _shared_themes(index, row, need)]
    if relevance >= STRONG_TEXT:
        out.append("text:strong")
    elif relevance >= PARTIAL_TEXT:
        out.append("text:partial")
    out.append(_language_reason(index, row, need, gate))
    delivery = v.DELIVERIES[int(np.argmax(index.delivery[row]))]
    out.append(f"delivery:{'ok' if gate.delivery_ok[row] else 'other'}:{delivery}")
    if not gate.region_ok[row]:
        out.append(f"region:{'outside' if gate.region_fixable[row] else 'closed'}:{need.region}")
    if index.planned[row]:
        out.append("status:planned")
    if need.audience is not None:
        out += [f"audience:{v.AUDIENCES[i]}" for i in np.flatnonzero(need.audience & index.audience[row])]
    if need.capacity is not None and index.capacity[row, need.capacity]:
        out.append(f"capacity:{v.CAPACITY_TYPES[need.capacity]}")
    if need.level is not None and index.level[row, need.level]:
        out.append(f"level:{v.LEVELS[need.level]}")
    if index.background[row]:
        out.append(f"kind:{index.kinds[row]}")
    if need.wants_trainers and index.trains_trainers[row]:
        out.append("trainers:requested")
    return out


def _shared_themes(index: ActivityIndex, row: int, need: NeedProfile, limit: int = 3) -> list[int]:
    shared = need.themes * index.tagged[row]
    order = np.argsort(-shared, kind="stable")
    return [int(i) for i in order[:limit] if shared[i] > 0]


def _language_reason(index: ActivityIndex, row: int, need: NeedProfile, gate: Access) -> str:
    if gate.language_ok[row]:
        shared = [
            code
            for code in need.languages
            if code in v.LANGUAGES and index.languages[row, v.LANGUAGES.index(code)]
        ]
        return f"language:ok:{shared[0]}"
    wanted = need.languages[0] if need.languages else "en"
    return f"language:{'needs-adaptation' if gate.language_fixable[row] else 'unavailable'}:{wanted}"
