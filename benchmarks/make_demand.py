"""Fill a scratch database with demand at full scale for bench_dashboard.py.

    python benchmarks/make_demand.py sqlite:////tmp/demand.sqlite3
    python benchmarks/make_demand.py postgresql://user:pw@localhost/needs_bench

193 member states × 3 survey rounds × 6 needs, 10,000 activities (a few themes kept scarce so some
demand is under-served), ten stored matches per need with about one need in ten flagged as a gap, a
quarter of the responses reviewed with decisions, and one CDTF and one agency account (password
below). Refuses a database that already holds responses. Deterministic (seeded).
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run from anywhere as a script

PASSWORD = "bench-password-not-secret-42"  # noqa: S105 - scratch database only
ACTIVITIES = 10_000
ROUNDS = 3
NEEDS_PER_RESPONSE = 6
MATCHES_PER_NEED = 10
AGENCIES = ("IOM", "ILO", "UNITAR", "UNDP", "UNHCR", "UNFPA", "UNICEF", "UNODC", "UN-DESA", "WB")


def build(url: str, seed: int = 7) -> dict[str, int]:
    import sqlalchemy as sa

    from needs import create_app
    from needs.db import write_intent
    from needs.extensions import db

    app = create_app({"SQLALCHEMY_DATABASE_URI": url, "SECRET_KEY": "bench-" * 8, "TESTING": True})
    rng = random.Random(seed)
    with app.app_context():
        from needs.auth.services import create_user, find_user
        from needs.cli import initialise
        from needs.inventory import services as inventory
        from needs.matching import services as matching
        from needs.surveys import catalog, rounds
        from needs.surveys.definitions import SHIPPED_SURVEY
        from needs.surveys.models import Need, Response
        from needs.vocabulary import services as vocabulary

        initialise()
        if db.session.scalar(sa.select(sa.func.count()).select_from(Response)):
            raise SystemExit("this database already holds responses: use an empty scratch database")
        themes = vocabulary.codes("themes")
        common, scarce = themes[:-5], themes[-5:]
        agencies = [a.code for a in vocabulary.agencies()] or list(AGENCIES)
        regions = ["africa", "americas", "asia", "europe", "oceania"]
        started = time.perf_counter()
        with write_intent():
            for email, role, agency in (("cdtf@bench.example.org", "cdtf", None),
                                        ("agency@bench.example.org", "agency", agencies[0])):
                if find_user(email) is None:
                    create_user(email=email, name=role, role=role, agency=agency, password=PASSWORD)
            db.session.commit()
            records = []
            for i in range(ACTIVITIES):
                pool = scarce if rng.random() < 0.02 else common
                records.append({
                    "id": f"B-{i:05d}", "agency": agencies[i % len(agencies)], "kind": "course",
                    "title": f"Course {i} on {rng.choice(pool)}", "description": "A course for officials.",
                    "text_language": "en", "themes": rng.sample(pool, 2), "capacity_type": ["policy"],
                    "level": ["individual"], "audience": ["government"],
                    "delivery": rng.choice(["online", "face-to-face", "blended"]),
                    "languages": rng.sample(["en", "fr", "es", "ar", "ru", "zh"], 2),
                    "regions": ["global"] if rng.random() < 0.3 else rng.sample(regions, 1),
                    "status": "existing" if rng.random() < 0.85 else "planned", "certification": False,
                    "replication": ["enrol"]})
            for start in range(0, len(records), 1000):
                inventory.save_records(inventory.check_records(records[start:start + 1000], agency=None),
                                       source="bench")
                db.session.commit()
            activity_ids = [r["id"] for r in records]
            version, _ = catalog.import_file(SHIPPED_SURVEY)
            if not version.is_published:
                catalog.publish_version(version.id)
            round_ids = []
            for n in range(ROUNDS):
                opens = dt.datetime(2024 + n, 1, 1)
                round_ids.append(rounds.open_round(title=f"Bench round {2024 + n}", version_id=version.id,
                                                   opens_at=opens, deadline=dt.datetime(2027 + n, 1, 1)).id)
            db.session.commit()
            countries = sorted(vocabulary.country_codes())
            responses = needs = 0
            for round_number, round_id in enumerate(round_ids):
                for country in countries:
                    status = rng.choice(["submitted", "in_review", "reviewed", "brief_sent"])
                    submitted = dt.datetime(2024 + round_number, rng.randint(1, 12), rng.randint(1, 28), 9)
                    response = Response(round_id=round_id, version_id=version.id, country_code=country, answers={},
                                        status=status, language="en", submitted_at=submitted,
                                        submission_key=f"bench-{round_id}-{country}")
                    db.session.add(response)
                    db.session.flush()
                    responses += 1
                    for position in range(1, NEEDS_PER_RESPONSE + 1):
                        pool = scarce if rng.random() < 0.2 else common
                        need = Need(response_id=response.id, position=position, country=country,
                                    text_language="en", text=f"Training need {position} of {country}",
                                    themes=rng.sample(pool, rng.choice([1, 2])),
                                    capacity_type=rng.choice(["policy", "technical", None]),
                                    level=rng.choice(["individual", "organizational", None]),
                                    audience=["government"], delivery=rng.sample(["online", "face-to-face"], 1),
                                    languages=rng.sample(["en", "fr", "es", "ar", "ru", "zh"], 1), priority=3)
                        db.session.add(need)
                        db.session.flush()
                        needs += 1
                        chosen = rng.sample(activity_ids, MATCHES_PER_NEED)
                        ranking = {"ranking": chosen, "scores": sorted((rng.random() for _ in chosen), reverse=True),
                                   "replication": ["enrol"] * len(chosen), "reasons": [["theme:data"]] * len(chosen),
                                   "features": [{}] * len(chosen), "gap": rng.random() < 0.1}
                        matching.store_ranking(dict(need.exchange_record()), ranking, response_id=response.id,
                                               round_id=round_id)
                    db.session.commit()
        elapsed = time.perf_counter() - started
    return {"activities": ACTIVITIES, "responses": responses, "needs": needs, "seconds": round(elapsed, 1)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("database_url")
    args = parser.parse_args()
    print(build(args.database_url))


if __name__ == "__main__":
    main()
