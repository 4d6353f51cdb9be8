"""A small, hand-countable world for the review tests: two rounds, four countries in three regions,
a few activities, and stored rankings with chosen gap flags (through the matching services)."""

from __future__ import annotations

import datetime as dt

from needs.db import write_intent
from needs.extensions import db

NOW = dt.datetime(2026, 3, 10, 12, 0)


def activity(activity_id: str, agency: str, themes: list[str], regions: list[str], *, status: str = "existing",
             title: str | None = None) -> dict:
    return {"id": activity_id, "agency": agency, "kind": "course", "title": title or f"Course {activity_id}",
            "description": f"A course about {', '.join(themes)}.", "text_language": "en", "themes": themes,
            "capacity_type": ["policy"], "level": ["individual"], "audience": ["government"],
            "delivery": "online", "languages": ["en"], "regions": regions, "status": status,
            "certification": False, "replication": ["enrol"]}


def add_activities(records: list[dict]) -> None:
    from needs.inventory import services as inventory

    with write_intent():
        inventory.save_records(inventory.check_records(records, agency=None), source="test")
        db.session.commit()


def open_round(title: str, opens: dt.datetime = NOW - dt.timedelta(days=60)) -> int:
    from needs.surveys import catalog, rounds
    from needs.surveys.definitions import SHIPPED_SURVEY

    with write_intent():
        version, _ = catalog.import_file(SHIPPED_SURVEY)
        if not version.is_published:
            catalog.publish_version(version.id)
        survey_round = rounds.open_round(title=title, version_id=version.id, opens_at=opens,
                                         deadline=dt.datetime(2027, 3, 31, 23, 0))
        db.session.commit()
        return survey_round.id


def add_response(round_id: int, country: str, needs: list[dict], *, status: str = "submitted",
                 submitted_at: dt.datetime = NOW, language: str = "en") -> tuple[int, list[int]]:
    """A response with its needs; ``needs`` entries: text, themes, and optionally capacity_type, level,
    languages, delivery."""
    from needs.surveys.models import Need, Response, SurveyRound

    with write_intent():
        survey_round = db.session.get(SurveyRound, round_id)
        response = Response(round_id=round_id, version_id=survey_round.version_id, country_code=country,
                            answers={"institution_name": f"Ministry of {country}"}, status=status,
                            language=language, submitted_at=None if status == "draft" else submitted_at,
                            submission_key=None if status == "draft" else f"k-{round_id}-{country}")
        db.session.add(response)
        db.session.flush()
        for position, n in enumerate(needs, start=1):
            db.session.add(Need(response_id=response.id, position=position, country=country, text_language="en",
                                text=n["text"], themes=n["themes"], capacity_type=n.get("capacity_type"),
                                level=n.get("level"), audience=["government"], delivery=n.get("delivery", []),
                                languages=n.get("languages", []), priority=n.get("priority")))
        db.session.commit()
        ids = [need.id for need in response.needs]
        return response.id, ids


def rank(response_id: int, round_id: int, need_id: int, country: str, activity_ids: list[str], *,
         gap: bool = False, need: dict | None = None) -> None:
    """Store a chosen ranking for one need, through the matching services."""
    from needs.matching import services as matching

    ranking = {"ranking": activity_ids, "scores": [0.9 - 0.1 * i for i in range(len(activity_ids))],
               "replication": ["enrol"] * len(activity_ids),
               "reasons": [["theme:remittances", "language:ok:en"]] * len(activity_ids),
               "features": [{}] * len(activity_ids), "gap": gap}
    with write_intent():
        matching.store_ranking(dict(need or {}, id=str(need_id), country=country), ranking,
                               response_id=response_id, round_id=round_id)
        db.session.commit()


def small_world(app) -> dict:
    """Round A (two countries in Asia, one in Africa), round B (one country in Europe, one draft).

    Needs (themes / capacity / level / languages / delivery), gap flags:
      A PHL: n1 remittances+data / policy / individual / en / online              gap
             n2 remittances / technical / organizational / en,fr / face-to-face
      A CHN: n3 remittances / policy / individual / zh / online,blended
      A SEN: n4 trafficking / technical / individual / fr / face-to-face          gap
             n5 data / (none) / (none) / (none) / (none)
      B FRA: n6 remittances / policy / organizational / fr / online
      B MEX: draft (not counted)
    Activities: ACT-1 remittances global (existing), ACT-2 data asia (existing), ACT-3 remittances
    africa (planned: not active), ACT-4 trafficking europe (existing, retired later? no), AG2-1 data
    global (existing, agency ILO).
    """
    with app.app_context():
        add_activities([
            activity("ACT-1", "IOM", ["remittances"], ["global"]),
            activity("ACT-2", "IOM", ["data"], ["asia"]),
            activity("ACT-3", "IOM", ["remittances"], ["africa"], status="planned"),
            activity("ACT-4", "IOM", ["trafficking"], ["europe"]),
            activity("AG2-1", "ILO", ["data"], ["global"], title="Data course of ILO"),
        ])
        round_a = open_round("Round A")
        round_b = open_round("Round B")
        phl, (n1, n2) = add_response(round_a, "PHL", [
            {"text": "Remittance statistics for policy", "themes": ["remittances", "data"], "capacity_type": "policy",
             "level": "individual", "languages": ["en"], "delivery": ["online"]},
            {"text": "Cheaper remittance channels", "themes": ["remittances"], "capacity_type": "technical",
             "level": "organizational", "languages": ["en", "fr"], "delivery": ["face-to-face"]}],
            submitted_at=dt.datetime(2026, 1, 15, 9, 0))
        chn, (n3,) = add_response(round_a, "CHN", [
            {"text": "Remittance policy dialogue", "themes": ["remittances"], "capacity_type": "policy",
             "level": "individual", "languages": ["zh"], "delivery": ["online", "blended"]}],
            submitted_at=dt.datetime(2026, 2, 3, 9, 0))
        sen, (n4, n5) = add_response(round_a, "SEN", [
            {"text": "Counter-trafficking investigations", "themes": ["trafficking"], "capacity_type": "technical",
             "level": "individual", "languages": ["fr"], "delivery": ["face-to-face"]},
            {"text": "Migration data basics", "themes": ["data"]}],
            submitted_at=dt.datetime(2026, 2, 20, 9, 0), language="fr")
        fra, (n6,) = add_response(round_b, "FRA", [
            {"text": "Diaspora remittances", "themes": ["remittances"], "capacity_type": "policy",
             "level": "organizational", "languages": ["fr"], "delivery": ["online"]}],
            submitted_at=dt.datetime(2026, 3, 1, 9, 0))
        mex, _ = add_response(round_b, "MEX", [{"text": "Draft need", "themes": ["health"]}], status="draft")
        rank(phl, round_a, n1, "PHL", ["ACT-1", "ACT-2"], gap=True)
        rank(phl, round_a, n2, "PHL", ["ACT-1", "AG2-1"])
        rank(chn, round_a, n3, "CHN", ["ACT-1"])
        rank(sen, round_a, n4, "SEN", ["ACT-4"], gap=True)
        rank(sen, round_a, n5, "SEN", ["AG2-1", "ACT-2"])
        rank(fra, round_b, n6, "FRA", ["ACT-1"])
        from needs.review import services as review

        review.clear_cache()
    return {"round_a": round_a, "round_b": round_b, "phl": phl, "chn": chn, "sen": sen, "fra": fra, "mex": mex,
            "needs": [n1, n2, n3, n4, n5, n6]}
