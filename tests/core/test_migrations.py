"""Migrations from empty, no drift between models and migrations, init-db idempotent."""

import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from needs.extensions import db
from needs.vocabulary.models import Country, GfmdRecommendation, VocabularyTerm


def test_no_drift_between_models_and_migrations(ctx):
    with db.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True, "render_as_batch": True})
        diff = compare_metadata(context, db.metadata)
    assert diff == [], f"models and migrations differ: {diff}"


def test_single_migration_head(ctx):
    from alembic.script import ScriptDirectory
    from flask_migrate import Config

    migrate = ctx.extensions["migrate"]
    config = Config(f"{migrate.directory}/alembic.ini")
    config.set_main_option("script_location", migrate.directory)
    assert len(ScriptDirectory.from_config(config).get_heads()) == 1


def test_init_db_twice_changes_nothing(runner, ctx):
    first = runner.invoke(args=["init-db"])
    assert first.exit_code == 0, first.output
    counts_before = _counts()
    second = runner.invoke(args=["init-db"])
    assert second.exit_code == 0
    assert "countries 0, agencies 0, vocabulary 0, recommendations 0" in second.output
    assert _counts() == counts_before


def _counts():
    return tuple(db.session.scalar(sa.select(sa.func.count()).select_from(model))
                 for model in (Country, VocabularyTerm, GfmdRecommendation))


def test_reference_data_complete(ctx):
    assert db.session.scalar(sa.select(sa.func.count()).select_from(Country)) == 193
    assert db.session.scalar(sa.select(sa.func.count()).select_from(GfmdRecommendation)) >= 12
    for term in db.session.scalars(sa.select(VocabularyTerm)):
        assert set(term.labels) >= {"ar", "zh", "en", "fr", "ru", "es"}, term.code


def test_init_db_keeps_reviewer_edits(runner, ctx):
    rec = db.session.scalar(sa.select(GfmdRecommendation).limit(1))
    rec.title = {"en": "Edited by a reviewer"}
    rec.updated_by_id = None
    from needs.auth.services import create_user
    from tests.conftest import PASSWORD  # noqa: F401 - the edit needs an editor id

    editor = create_user(email="editor@test.example.org", name="E", role="cdtf", password="x" * 12)
    rec.updated_by_id = editor.id
    db.session.commit()
    runner.invoke(args=["init-db"])
    db.session.expire_all()
    assert db.session.get(GfmdRecommendation, rec.id).title == {"en": "Edited by a reviewer"}


def test_migrations_up_from_empty(tmp_path, database_url):
    """A brand-new SQLite database migrates from nothing to head (PostgreSQL: the session database)."""
    from needs import create_app
    from tests.conftest import app_config

    url = "sqlite:///" + str(tmp_path / "fresh.sqlite3")
    app = create_app(app_config(url, tmp_path))
    with app.app_context():
        from needs.cli import initialise

        initialise()
        tables = set(sa.inspect(db.engine).get_table_names())
    assert {"users", "countries", "jobs", "outbox_messages", "audit_events"} <= tables
