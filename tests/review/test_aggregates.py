"""Demand, supply and under-served counts on the small world, computed by hand (see support.small_world)."""

from needs.review import aggregates
from tests.review.support import small_world


def _facts(app):
    from needs.review import services as review

    with app.app_context():
        return review.demand_data()["facts"], review.activity_facts()


def test_demand_counts_match_the_hand_count(app):
    world = small_world(app)
    facts, _ = _facts(app)
    d = aggregates.demand(facts)
    assert (d["needs"], d["gaps"], d["countries"], d["responses"]) == (6, 2, 4, 4)
    assert d["cells"] == {("remittances", "asia"): 3, ("data", "asia"): 1, ("trafficking", "africa"): 1,
                          ("data", "africa"): 1, ("remittances", "europe"): 1}
    assert d["gap_cells"] == {("remittances", "asia"): 1, ("data", "asia"): 1, ("trafficking", "africa"): 1}
    assert d["themes"] == {"remittances": 4, "data": 2, "trafficking": 1}
    assert d["regions"] == {"asia": 3, "africa": 2, "europe": 1}
    assert d["languages"] == {"en": 2, "fr": 3, "zh": 1, "unspecified": 1}
    assert d["delivery"] == {"online": 3, "face-to-face": 2, "blended": 1, "unspecified": 1}
    assert d["capacity"] == {"policy": 3, "technical": 2, "unspecified": 1}
    assert d["level"] == {"individual": 3, "organizational": 2, "unspecified": 1}
    assert d["months"] == {"2026-01": 2, "2026-02": 3, "2026-03": 1}
    assert d["rounds"] == {world["round_a"]: 5, world["round_b"]: 1}


def test_filters(app):
    world = small_world(app)
    facts, _ = _facts(app)
    assert aggregates.demand(aggregates.filter_facts(facts, round=world["round_a"]))["needs"] == 5
    assert aggregates.demand(aggregates.filter_facts(facts, round=world["round_b"]))["needs"] == 1
    assert aggregates.demand(aggregates.filter_facts(facts, region="asia"))["needs"] == 3
    assert aggregates.demand(aggregates.filter_facts(facts, theme="data"))["needs"] == 2
    assert aggregates.demand(aggregates.filter_facts(facts, capacity="policy"))["needs"] == 3
    assert aggregates.demand(aggregates.filter_facts(facts, capacity="unspecified"))["needs"] == 1
    both = aggregates.filter_facts(facts, round=world["round_a"], region="africa", theme="trafficking")
    assert [f["country"] for f in both] == ["SEN"]


def test_supply_counts_only_active_activities(app):
    small_world(app)
    _, activities = _facts(app)
    s = aggregates.supply(activities)
    assert s["active"] == 4  # ACT-3 is only planned
    assert s["cells"][("remittances", "africa")] == 1  # ACT-1 is global; ACT-3 does not count
    assert s["cells"][("data", "asia")] == 2
    assert s["cells"][("data", "europe")] == 1
    assert ("trafficking", "africa") not in s["cells"]
    assert s["themes"] == {"remittances": 1, "data": 2, "trafficking": 1}
    assert s["regions"] == {"asia": 3, "africa": 2, "europe": 3, "americas": 2, "oceania": 2}


def test_gaps_and_low_supply_are_under_served(app):
    small_world(app)
    facts, activities = _facts(app)
    u = aggregates.underserved(aggregates.demand(facts), aggregates.supply(activities))
    assert u["threshold"] == 1
    assert [(c["theme"], c["region"], c["demand"], c["supply"], c["gaps"], c["why"]) for c in u["cells"]] == [
        ("remittances", "asia", 3, 1, 1, ["gaps", "low_supply"]),
        ("trafficking", "africa", 1, 0, 1, ["gaps", "low_supply"]),
        ("data", "asia", 1, 2, 1, ["gaps"]),
    ]
    assert [(t["code"], t["why"]) for t in u["themes"]] == [
        ("remittances", ["gaps", "low_supply"]), ("data", ["gaps"]), ("trafficking", ["gaps"])]
    assert [(r["code"], r["why"]) for r in u["regions"]] == [("africa", ["gaps"]), ("asia", ["gaps"])]


def test_pure_rules_without_a_database():
    facts = [{"need_id": 1, "response_id": 1, "round_id": 1, "country": "X", "region": "asia", "themes": ["a"],
              "languages": ["en", "en"], "delivery": [], "capacity_type": None, "level": None, "gap": False,
              "month": None}] * 4
    d = aggregates.demand(facts)
    assert d["languages"] == {"en": 4}  # a repeated value counts once per need
    low = aggregates.underserved(d, aggregates.supply([{"themes": ["a"], "regions": ["global"],
                                                          "status": "existing", "retired": False}]))
    assert [c["why"] for c in low["cells"]] == [["low_supply"]]
    enough = aggregates.supply([{"themes": ["a"], "regions": ["asia"], "status": "existing", "retired": False}] * 4)
    assert aggregates.underserved(d, enough)["cells"] == []
    retired = aggregates.supply([{"themes": ["a"], "regions": ["asia"], "status": "existing", "retired": True}])
    assert retired["active"] == 0
