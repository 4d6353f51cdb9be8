"""Demand and supply counted over plain records: no Flask, no database, so the numbers are easy to pin.

A *need fact* is one expressed need with what the dashboard groups by::

    {"need_id": int, "response_id": int, "round_id": int, "country": "PHL", "region": "asia",
     "themes": [...], "languages": [...], "delivery": [...], "capacity_type": "policy" | None,
     "level": "individual" | None, "gap": bool, "month": "2025-03" | None}

An *activity fact* is one inventory activity: {"id", "agency", "themes", "regions", "languages",
"delivery", "status", "retired"}. An activity is *active* when it is offered now (status "existing")
and not retired; it covers a region when it lists that region or "global".

Counting rules (the tests pin them by hand):
- a need counts once in every value of a multi-valued field it names (two themes: once in each);
  a need that names none counts under ``UNSPECIFIED``;
- a theme × region cell counts the needs naming that theme from countries of that region;
- supply of a cell is the number of active activities covering both the theme and the region;
- a cell is *under-served* when some of its needs are gaps (the engine found nothing good enough),
  or when its demand is high (at least the median of the non-empty cells) and its supply is lower
  than its demand. Themes and regions as a whole follow the same rule on their totals.
"""

from __future__ import annotations

import statistics
from collections import Counter
from collections.abc import Iterable
from typing import Any

UNSPECIFIED = "unspecified"
REGIONS = ("africa", "americas", "asia", "europe", "oceania")
GLOBAL = "global"
# Filters the dashboard accepts: GET parameter -> how a fact is tested.
FILTERS = ("round", "region", "theme", "capacity")


def filter_facts(facts: Iterable[dict[str, Any]], *, round: int | None = None, region: str | None = None,
                 theme: str | None = None, capacity: str | None = None) -> list[dict[str, Any]]:
    out = []
    for fact in facts:
        if round is not None and fact["round_id"] != round:
            continue
        if region and fact["region"] != region:
            continue
        if theme and theme not in fact["themes"]:
            continue
        if capacity and (fact["capacity_type"] or UNSPECIFIED) != capacity:
            continue
        out.append(fact)
    return out


def _values(values, default=UNSPECIFIED) -> Iterable[str]:
    if isinstance(values, str):
        return (values,)
    unique = list(dict.fromkeys(v for v in (values or ()) if v))
    return unique or (default,)


def demand(facts: list[dict[str, Any]]) -> dict[str, Any]:
    """Counters of the needs in ``facts`` (already filtered)."""
    cells: Counter = Counter()
    gap_cells: Counter = Counter()
    themes: Counter = Counter()
    theme_gaps: Counter = Counter()
    regions: Counter = Counter()
    region_gaps: Counter = Counter()
    languages: Counter = Counter()
    delivery: Counter = Counter()
    capacity: Counter = Counter()
    level: Counter = Counter()
    months: Counter = Counter()
    rounds: Counter = Counter()
    countries: set[str] = set()
    responses: set[int] = set()
    gaps = 0
    for fact in facts:
        gap = bool(fact["gap"])
        gaps += gap
        region = fact["region"] or UNSPECIFIED
        fact_themes = _values(fact["themes"])
        regions[region] += 1
        region_gaps[region] += gap
        for theme in fact_themes:
            themes[theme] += 1
            cells[(theme, region)] += 1
            if gap:
                theme_gaps[theme] += 1
                gap_cells[(theme, region)] += 1
        languages.update(_values(fact["languages"]))
        delivery.update(_values(fact["delivery"]))
        capacity[fact["capacity_type"] or UNSPECIFIED] += 1
        level[fact["level"] or UNSPECIFIED] += 1
        if fact.get("month"):
            months[fact["month"]] += 1
        rounds[fact["round_id"]] += 1
        countries.add(fact["country"])
        responses.add(fact["response_id"])
    return {"needs": len(facts), "gaps": gaps, "countries": len(countries), "responses": len(responses),
            "cells": dict(cells), "gap_cells": dict(+gap_cells), "themes": dict(themes),
            "theme_gaps": dict(+theme_gaps), "regions": dict(regions), "region_gaps": dict(+region_gaps),
            "languages": dict(languages), "delivery": dict(delivery), "capacity": dict(capacity),
            "level": dict(level), "months": dict(sorted(months.items())), "rounds": dict(rounds)}


def is_active(activity: dict[str, Any]) -> bool:
    return activity.get("status") == "existing" and not activity.get("retired")


def covered_regions(activity: dict[str, Any]) -> tuple[str, ...]:
    regions = activity.get("regions") or ()
    if GLOBAL in regions:
        return REGIONS
    return tuple(r for r in REGIONS if r in regions)


def supply(activities: Iterable[dict[str, Any]]) -> dict[str, Any]:
    """Active activities by theme × region, by theme (anywhere) and by region (any theme)."""
    cells: Counter = Counter()
    themes: Counter = Counter()
    regions: Counter = Counter()
    active = 0
    for activity in activities:
        if not is_active(activity):
            continue
        active += 1
        covered = covered_regions(activity)
        regions.update(covered)
        for theme in dict.fromkeys(activity.get("themes") or ()):
            themes[theme] += 1
            for region in covered:
                cells[(theme, region)] += 1
    return {"active": active, "cells": dict(cells), "themes": dict(themes), "regions": dict(regions)}


def high_threshold(values: Iterable[int]) -> float:
    """What counts as high demand: the median of the non-zero counts (0 when there are none)."""
    nonzero = [v for v in values if v > 0]
    return statistics.median(nonzero) if nonzero else 0


def underserved(demand_counts: dict[str, Any], supply_counts: dict[str, Any]) -> dict[str, Any]:
    """Under-served cells, themes and regions, most pressing first.

    Each entry: {"theme"/"region", "demand", "supply", "gaps", "why": ["gaps"] and/or ["low_supply"]}.
    """
    cell_high = high_threshold(demand_counts["cells"].values())
    cells = []
    for (theme, region), wanted in demand_counts["cells"].items():
        offered = supply_counts["cells"].get((theme, region), 0)
        gaps = demand_counts["gap_cells"].get((theme, region), 0)
        why = _why(wanted, offered, gaps, cell_high)
        if why:
            cells.append({"theme": theme, "region": region, "demand": wanted, "supply": offered, "gaps": gaps,
                          "why": why})
    cells.sort(key=lambda c: (-c["gaps"], c["supply"] - c["demand"], c["theme"], c["region"]))

    def totals(kind: str, gap_key: str) -> list[dict[str, Any]]:
        high = high_threshold(demand_counts[kind].values())
        out = []
        for code, wanted in demand_counts[kind].items():
            offered = supply_counts[kind].get(code, 0)
            gaps = demand_counts[gap_key].get(code, 0)
            why = _why(wanted, offered, gaps, high)
            if why:
                out.append({"code": code, "demand": wanted, "supply": offered, "gaps": gaps, "why": why})
        out.sort(key=lambda c: (-c["gaps"], c["supply"] - c["demand"], c["code"]))
        return out

    return {"cells": cells, "cell_keys": {(c["theme"], c["region"]) for c in cells}, "threshold": cell_high,
            "themes": totals("themes", "theme_gaps"), "regions": totals("regions", "region_gaps")}


def _why(wanted: int, offered: int, gaps: int, high: float) -> list[str]:
    why = []
    if gaps:
        why.append("gaps")
    if wanted > 0 and wanted >= high and offered < wanted:
        why.append("low_supply")
    return why


def activity_facts(records: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """The few fields of exchange records the dashboards use (small enough to keep in memory)."""
    return [{"id": r["id"], "agency": r["agency"], "themes": list(r.get("themes") or ()),
             "regions": list(r.get("regions") or ()), "languages": list(r.get("languages") or ()),
             "delivery": r.get("delivery") or "", "status": r.get("status") or "", "retired": bool(r.get("retired")),
             "title": r.get("title") or "", "text_language": r.get("text_language") or "",
             "titles": {lang: entry.get("title") for lang, entry in (r.get("translations") or {}).items()
                        if entry.get("title")}} for r in records]
