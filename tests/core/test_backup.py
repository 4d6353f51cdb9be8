"""SECURITY 27: a backup restores into a fresh database with the same counts."""

import sqlalchemy as sa

from needs import create_app
from needs.extensions import db
from tests.conftest import app_config


def _counts():
    return {t.name: db.session.scalar(sa.select(sa.func.count()).select_from(t)) for t in db.metadata.sorted_tables}


def test_backup_and_restore(app, runner, make_user, tmp_path):
    make_user("focal_point", name="Дарья «backup» 测试")
    make_user("agency")
    out = tmp_path / "b.jsonl.gz"
    result = runner.invoke(args=["backup", "--out", str(out)])
    assert result.exit_code == 0, result.output
    with app.app_context():
        before = _counts()

    fresh = create_app(app_config("sqlite:///" + str(tmp_path / "fresh.sqlite3"), tmp_path))
    with fresh.app_context():
        from needs.cli import initialise

        initialise()
    restored = fresh.test_cli_runner().invoke(args=["restore", str(out)])
    assert restored.exit_code == 0, restored.output
    with fresh.app_context():
        assert _counts() == before
        from needs.auth.models import User

        assert db.session.scalar(sa.select(User.name).where(User.role == "focal_point")) == "Дарья «backup» 测试"
    again = fresh.test_cli_runner().invoke(args=["restore", str(out)])
    assert again.exit_code != 0 and "already holds users" in again.output
