"""The demo inventory loads, is idempotent and comes back as exchange records."""

import json

from needs.db import write_intent
from needs.extensions import db
from needs.inventory import services


def _load():
    with write_intent():
        summary = services.load_demo()
        db.session.commit()
    return summary


def test_demo_loads_every_activity_once(ctx):
    assert _load() == {"activities": 71}
    revision = services.inventory_revision()
    assert _load() == {"activities": 0}
    assert services.inventory_revision() == revision
    records = services.exchange_records()
    assert len(records) == 71
    assert {r["text_language"] for r in records} == {"ar", "zh", "en", "fr", "ru", "es"}


def test_demo_records_keep_every_field(ctx):
    _load()
    stored = {r["id"]: r for r in services.exchange_records()}
    with services.DEMO_FILE.open(encoding="utf-8") as fh:
        for line in fh:
            source = json.loads(line)
            rec = stored[source["id"]]
            for key, value in source.items():
                if key == "sessions":
                    for given, kept in zip(value, rec["sessions"], strict=True):
                        assert {k: v or None for k, v in given.items()} == {k: v or None for k, v in kept.items()}
                else:
                    assert rec[key] == value, (source["id"], key)
