"""Scratch data for the load benchmark: the demo, 10,000 activities, a few hundred survey responses.

Builds a scratch database: SQLite in a new temporary folder, or the PostgreSQL database named by
DATABASE_URL when its name contains "bench" or "test" (its activities are replaced). It holds:

- the reference data and the demo (``needs.cli.initialise()``, ``needs.demo.loader.load_demo()``), with the
  demo accounts removed afterwards, so the data can be served with NEEDS_ENV=production;
- 10,000 activities derived from needs/demo/data/activities.jsonl (new ids, varied titles, descriptions,
  regions and status), saved through the inventory's own validation and ``save_records`` in chunks;
- focal points of different countries (``--focal-points``, 40 by default), each with a draft in the open
  round, saved through ``drafts.save_section`` (a needs section with three needs filled in);
- submitted responses of further countries in the open round and in an earlier, closed round, written
  the way the demo writes its own (needs extracted, matching jobs queued).

The accounts it created go to a JSON file (``--accounts``, default <folder>/accounts.json) together with
the database URL:

    python benchmarks/make_load_data.py [--activities 10000] [--focal-points 40] [--submitted 200]
"""

from __future__ import annotations

import argparse
import copy
import datetime as dt
import json
import os
import secrets
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

SECTION = "needs_section"
REGIONS = [["global"], ["africa"], ["asia"], ["americas"], ["europe"], ["oceania"], ["africa", "europe"]]
VARIANTS = [
    ("", ""),
    ("regional edition", "This edition is adapted to the region and uses its own case studies."),
    ("for senior officials", "It is shortened for senior officials and ends with a policy round table."),
    ("training of trainers", "Participants learn to run the sessions themselves in their own institutions."),
    ("online cohort", "Learners follow the modules online in a cohort, with weekly live discussions."),
    ("national workshop", "Delivered in one country with the ministries concerned, at their request."),
    ("advanced module", "It builds on the introductory course and goes into data, law and practice."),
]


def database_url(folder: str) -> str:
    url = os.environ.get("DATABASE_URL")
    if not url:
        return f"sqlite:///{folder}/load.sqlite3"
    from sqlalchemy.engine import make_url

    name = make_url(url).database or ""
    if "bench" not in name and "test" not in name:
        sys.exit(f"DATABASE_URL names the database {name!r}: use one whose name contains 'bench' or 'test'")
    return url


def varied_activities(records: list[dict], count: int) -> list[dict]:
    """``count`` records derived from the demo ones: new ids, varied text, regions and status."""
    out = []
    for n in range(count):
        base = copy.deepcopy(records[n % len(records)])
        round_ = n // len(records)
        base["id"] = f"{base['id']}-L{round_:04d}"
        suffix, sentence = VARIANTS[round_ % len(VARIANTS)]
        if round_:
            base["title"] = f"{base['title']}: {suffix} {round_}" if suffix else f"{base['title']} ({round_})"
            base["description"] = f"{base['description']} {sentence}".strip()
            base["regions"] = REGIONS[round_ % len(REGIONS)]
            if round_ % 3 == 0 and base.get("status") == "existing":
                base["status"] = "planned"
            base["translations"] = {}  # translated titles would no longer match the varied text
        out.append(base)
    return out


def load_activities(count: int) -> float:
    import sqlalchemy as sa

    from needs.db import write_intent
    from needs.extensions import db
    from needs.inventory import services
    from needs.inventory.models import Activity

    started = time.perf_counter()
    records = varied_activities(services.read_demo_records(), count)
    with write_intent():
        db.session.execute(sa.delete(Activity).where(Activity.id.like("%-L%")))
        db.session.commit()
        for start in range(0, len(records), 1000):
            chunk = records[start:start + 1000]
            services.save_records(services.check_records(chunk, agency=None), source="load-benchmark")
            db.session.commit()
    return time.perf_counter() - started


def form_pairs(section: dict, answers: dict) -> list[tuple[str, str]]:
    """The answers of one section as the browser posts them (field prefix ``a-``, repeats ``a-x-0-y``)."""
    from needs.surveys.definitions.model import CALCULATE, NOTE, REPEAT

    pairs: list[tuple[str, str]] = []

    def add(name: str, value) -> None:
        for v in value if isinstance(value, list) else [value]:
            pairs.append((name, str(v)))

    for item in section["items"]:
        if item["type"] in (NOTE, CALCULATE) or item["name"] not in answers:
            continue
        if item["type"] == REPEAT:
            for index, entry in enumerate(answers[item["name"]]):
                pairs.append((f"a-{item['name']}-{index}-present", "1"))
                for name, value in entry.items():
                    add(f"a-{item['name']}-{index}-{name}", value)
        else:
            add(f"a-{item['name']}", answers[item["name"]])
    return pairs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--activities", type=int, default=10_000)
    parser.add_argument("--focal-points", type=int, default=40)
    parser.add_argument("--submitted", type=int, default=200, help="submitted responses of other countries")
    parser.add_argument("--accounts", help="JSON file for the accounts (default <folder>/accounts.json)")
    args = parser.parse_args()

    folder = tempfile.mkdtemp(prefix="needs-load-")
    url = database_url(folder)
    os.environ.pop("NEEDS_ENV", None)
    from needs import create_app

    app = create_app({"SQLALCHEMY_DATABASE_URI": url, "SECRET_KEY": secrets.token_urlsafe(48),
                      "NEEDS_ENV": "development", "TRUSTED_HOSTS": None, "SERVER_NAME": None})
    app.instance_path = folder
    with app.app_context():
        accounts = build(args)
    accounts["database_url"] = url
    path = Path(args.accounts or Path(folder) / "accounts.json")
    path.write_text(json.dumps(accounts, indent=1, ensure_ascii=False), encoding="utf-8")
    print(f"accounts and database URL written to {path}")
    print(path)


def build(args) -> dict:
    import sqlalchemy as sa
    import yaml
    from werkzeug.datastructures import MultiDict

    from needs.auth import roles
    from needs.auth.models import User
    from needs.auth.services import create_user
    from needs.cli import initialise
    from needs.db import write_intent
    from needs.demo.loader import load_demo
    from needs.extensions import db
    from needs.surveys import catalog, demo, drafts, rounds
    from needs.surveys.forms import build_form, section_answers
    from needs.surveys.models import Response, SurveyRound, SurveyVersion
    from needs.vocabulary import services as vocabulary

    started = time.perf_counter()
    initialise()
    with write_intent():
        load_demo()
        db.session.commit()
    print(f"demo loaded in {time.perf_counter() - started:.1f} s; database {db.engine.dialect.name}")
    seconds = load_activities(args.activities)
    print(f"{args.activities} activities saved through the inventory services in {seconds:.1f} s")

    started = time.perf_counter()
    with write_intent():
        open_round = db.session.scalar(sa.select(SurveyRound).where(SurveyRound.title == demo.ROUND_TITLE))
        version = db.session.get(SurveyVersion, open_round.version_id)
        doc = catalog.document(version)
        part = next(s for s in doc["sections"] if s["name"] == SECTION)
        with demo.DEMO_RESPONSES.open(encoding="utf-8") as fh:
            entries = yaml.safe_load(fh)
        taken = set(db.session.scalars(sa.select(Response.country_code).where(Response.round_id == open_round.id)))
        countries = [c for c in sorted(vocabulary.country_codes()) if c not in taken]
        need = args.focal_points + args.submitted
        if len(countries) < args.focal_points:
            sys.exit(f"only {len(countries)} countries free for focal points")
        focal_countries, other = countries[:args.focal_points], countries[args.focal_points:need]

        # An earlier round, closed, where every country of this data set has submitted.
        earlier = rounds.find_round("2025 pre-assessment (load data)")
        if earlier is None:
            earlier = rounds.open_round(title="2025 pre-assessment (load data)", version_id=version.id,
                                        opens_at=dt.datetime(2025, 1, 1), deadline=dt.datetime(2099, 1, 1))

        accounts = []
        for n, country in enumerate(focal_countries):
            entry = copy.deepcopy(entries[n % len(entries)])
            language = entry["language"]
            email = f"focal.{country.lower()}@load.example.org"
            password = secrets.token_urlsafe(16)
            user = db.session.scalar(sa.select(User).where(User.email == email))
            if user is None:
                user = create_user(email=email, name=f"Focal point {country}", role=roles.FOCAL_POINT,
                                   language=language, country=country, password=password)
            else:
                from needs.auth.services import set_password

                set_password(user, password)
            response = drafts.start_response(user, open_round.id)
            db.session.flush()
            answers = demo.answers_for(entry)
            needs = answers["needs"][:3]
            for i, need in enumerate(needs):
                need["need_description"] = f"{need['need_description']} ({country}, need {i + 1})"
            wanted = {"needs": needs}
            # What the page would post back: saving it again is a no-op that answers with the revision.
            form = build_form(version.checksum, doc, part, language,
                              formdata=MultiDict(form_pairs(part, wanted)))
            posted = section_answers(part, form)
            drafts.save_section(response, doc, part, posted, response.revision, user, locale=language)
            # The first section filled too, so the draft reads like one half done.
            first = doc["sections"][0]
            institution = {k: v for k, v in answers.items() if k in {i["name"] for i in first["items"]}}
            first_posted = section_answers(first, build_form(version.checksum, doc, first, language,
                                                             formdata=MultiDict(form_pairs(first, institution))))
            drafts.save_section(response, doc, first, first_posted, response.revision, user, locale=language)
            accounts.append({"email": email, "password": password, "country": country, "language": language,
                             "response_id": response.id, "section": SECTION,
                             "form": form_pairs(part, {"needs": response.answers["needs"]})})
            entry["country"] = country
            entry["id"] = f"load-{country}"
            _submit_in(earlier, doc, entry)
        db.session.commit()
        for n, country in enumerate(other):
            entry = copy.deepcopy(entries[n % len(entries)])
            entry["country"], entry["id"] = country, f"load-{country}"
            demo._submit(open_round, doc, entry)
            _submit_in(earlier, doc, entry)
            if n % 50 == 49:
                db.session.commit()
        db.session.commit()
        rounds.close_round(earlier.id)
        db.session.commit()
        removed = db.session.execute(sa.delete(User).where(User.is_demo)).rowcount
        db.session.commit()
        total = db.session.scalar(sa.select(sa.func.count()).select_from(Response))
        drafts_count = db.session.scalar(sa.select(sa.func.count()).select_from(Response)
                                         .where(Response.status == "draft"))
    print(f"{len(accounts)} focal points with drafts, {total} responses in all ({drafts_count} drafts) "
          f"in {time.perf_counter() - started:.1f} s; {removed} demo accounts removed")
    return {"focal_points": accounts, "round_id": open_round.id}


def _submit_in(survey_round, doc: dict, entry: dict) -> None:
    from needs.surveys import demo

    demo._submit(survey_round, doc, entry)


if __name__ == "__main__":
    main()
