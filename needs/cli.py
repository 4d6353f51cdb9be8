"""The flask commands, each a thin call into a feature's services."""

from __future__ import annotations

import sys

import click
import sqlalchemy as sa
from flask import Flask, current_app
from flask.cli import with_appcontext

from needs.db import write_intent
from needs.extensions import db


def init_app(app: Flask) -> None:
    for command in (init_db, load_demo_command, remove_demo_command, create_user_command, worker_command,
                    run_jobs_command, backup_command, restore_command, match_command, refit_command,
                    export_weights_command, import_survey_command):
        app.cli.add_command(command)
    for command in (import_inventory_command, export_inventory_command):
        app.cli.add_command(command)
    app.cli.add_command(brief_command)


def upgrade_database() -> None:
    """Apply every Alembic migration (Flask-Migrate's upgrade)."""
    from flask_migrate import upgrade

    upgrade(directory=current_app.extensions["migrate"].directory)


def initialise() -> dict[str, int]:
    """Migrate and load or update the reference data; never drops anything."""
    from needs.vocabulary.services import load_reference_data

    upgrade_database()
    with write_intent():
        return load_reference_data()


@click.command("init-db")
@with_appcontext
def init_db() -> None:
    """Apply migrations and load or update the reference data (safe to run at any time)."""
    counts = initialise()
    click.echo("database ready; reference rows changed: " + ", ".join(f"{k} {v}" for k, v in counts.items()))


@click.command("load-demo")
@with_appcontext
def load_demo_command() -> None:
    """Load or update the demo data (idempotent): demo accounts for every role, and feature demo data."""
    from needs.demo.loader import DEMO_PASSWORD, load_demo

    with write_intent():
        summary = load_demo()
    click.echo("demo loaded: " + ", ".join(f"{k} {v}" for k, v in summary.items()))
    click.echo(f"demo password for every demo account: {DEMO_PASSWORD}")


@click.command("remove-demo")
@with_appcontext
def remove_demo_command() -> None:
    """Delete the demo accounts (production refuses to start while they exist)."""
    from needs.auth.models import User

    with write_intent():
        count = db.session.execute(sa.delete(User).where(User.is_demo)).rowcount
        db.session.commit()
    click.echo(f"removed {count} demo accounts")


@click.command("create-user")
@click.option("--email", required=True)
@click.option("--name", required=True)
@click.option("--role", required=True, type=click.Choice(["focal_point", "cdtf", "agency", "admin"]))
@click.option("--country", help="ISO 3166-1 alpha-3 code, for focal points")
@click.option("--agency", help="agency code, for agency staff")
@click.option("--language", default="en", show_default=True)
@click.password_option()
@with_appcontext
def create_user_command(email, name, role, country, agency, language, password) -> None:
    """Create a real account."""
    from needs.audit.services import record
    from needs.auth.passwords import password_problem
    from needs.auth.services import AccountError, create_user

    problem = password_problem(password, email=email)
    if problem:
        raise click.BadParameter(f"password refused: {problem}", param_hint="--password")
    with write_intent():
        try:
            user = create_user(email=email, name=name, role=role, country=(country or "").upper() or None,
                               agency=agency, language=language, password=password)
        except AccountError as exc:
            db.session.rollback()
            raise click.BadParameter(exc.code, param_hint=f"--{exc.field}") from None
        record("user.create", object_type="user", object_id=user.id, role=role)
        db.session.commit()
    click.echo(f"created {role} {user.email}")


@click.command("worker")
@with_appcontext
def worker_command() -> None:
    """Run background jobs until interrupted."""
    from needs.jobs.services import work_forever

    click.echo("worker running; Ctrl+C to stop")
    try:
        work_forever(current_app._get_current_object())
    except KeyboardInterrupt:
        sys.exit(0)


@click.command("run-jobs")
@with_appcontext
def run_jobs_command() -> None:
    """Run the jobs that are ready now, then exit."""
    from needs.jobs.services import run_pending

    click.echo(f"ran {run_pending()} jobs")


def user_count() -> int:
    from needs.auth.models import User

    return db.session.scalar(sa.select(sa.func.count()).select_from(User))


@click.command("backup")
@click.option("--out", "out", type=click.Path(dir_okay=False), help="file to write (default: instance/backups/)")
@with_appcontext
def backup_command(out) -> None:
    """Write a logical backup of every table (gzip'd JSON Lines)."""
    import datetime as dt
    from pathlib import Path

    from needs.core.backup import backup

    if out is None:
        folder = Path(current_app.instance_path) / "backups"
        folder.mkdir(exist_ok=True)
        out = folder / f"needs-{dt.datetime.now(dt.UTC):%Y%m%dT%H%M%SZ}.jsonl.gz"
    counts = backup(Path(out))
    click.echo(f"wrote {out}: {sum(counts.values())} rows in {len(counts)} tables")


@click.command("restore")
@click.argument("path", type=click.Path(exists=True, dir_okay=False))
@with_appcontext
def restore_command(path) -> None:
    """Restore a backup into a freshly initialised database (refused when it holds users)."""
    from pathlib import Path

    from needs.core.backup import restore

    with write_intent():
        try:
            counts = restore(Path(path))
        except ValueError as exc:
            db.session.rollback()
            raise click.ClickException(str(exc)) from None
    click.echo(f"restored {sum(counts.values())} rows")


@click.command("match")
@click.option("--response", "response_id", type=int, help="recompute one response's matches")
@click.option("--all", "everything", is_flag=True, help="recompute every matched need")
@with_appcontext
def match_command(response_id, everything) -> None:
    """Recompute matches (reviewers' decisions are kept)."""
    from needs.matching import services as matching

    if (response_id is None) == (not everything):
        raise click.UsageError("give either --response ID or --all")
    with write_intent():
        if response_id is not None:
            counts = matching.match_response(response_id)
        else:
            ids = matching.response_ids_to_match()
            with click.progressbar(length=len(ids), label="matching responses") as bar:
                counts = matching.recompute_all(ids, progress=bar.update)
        db.session.commit()
    click.echo("matched: " + ", ".join(f"{k} {v}" for k, v in counts.items()))


@click.command("refit")
@with_appcontext
def refit_command() -> None:
    """Refit the matching weights from reviewers' decisions (kept only when cross-validation says better)."""
    from needs.matching import services as matching

    with write_intent():
        result = matching.refit_from_decisions()
        db.session.commit()
    click.echo(" ".join(f"{k}={v}" for k, v in result.items()))


@click.command("export-weights")
@click.option("--out", required=True, type=click.Path(dir_okay=False, writable=True))
@with_appcontext
def export_weights_command(out) -> None:
    """Write the active matching weights for: python -m needs.matching rank --weights FILE."""
    from needs.matching import services as matching

    matching.export_weights(out)
    click.echo(f"weights written to {out}")


@click.command("import-survey")
@click.argument("path", type=click.Path(exists=True, dir_okay=False))
@click.option("--publish", is_flag=True, help="Publish the imported version (it can no longer change).")
@with_appcontext
def import_survey_command(path, publish) -> None:
    """Import a survey definition (YAML or XLSForm .xlsx) as a new version; nothing is stored if it is refused."""
    from needs.surveys import services as surveys

    with write_intent():
        try:
            result = surveys.import_survey(path, publish=publish)
        except surveys.DefinitionError as error:
            db.session.rollback()
            for problem in error.problems:
                click.echo(str(problem), err=True)
            sys.exit(1)
        db.session.commit()
    state = "published" if result["published"] else "not published"
    click.echo(f"survey {result['survey']} version {result['version']} "
               f"({'new' if result['created'] else 'unchanged'}, {state})")


# ---- inventory ------------------------------------------------------------------------------------

@click.command("import-inventory")
@click.argument("path", type=click.Path(exists=True, dir_okay=False))
@click.option("--agency", help="only accept activities this agency leads (as its own upload would)")
@with_appcontext
def import_inventory_command(path, agency) -> None:
    """Import activities from JSON Lines, CSV (with NAME.sessions.csv beside it) or XLSX: all or nothing."""
    from pathlib import Path

    from needs.inventory import exchange_io
    from needs.inventory import services as inventory

    with write_intent():
        try:
            summary = inventory.import_path(Path(path), agency=agency)
        except exchange_io.FileRefused as exc:
            raise click.ClickException(str(exc)) from None
        except inventory.ImportRefused as exc:
            for problem in exc.problems:
                click.echo(str(problem), err=True)
            raise click.ClickException(f"{len(exc.problems)} problems: nothing was imported") from None
    click.echo(f"imported {summary['records']} activities, {summary['changed']} new or changed")


@click.command("export-inventory")
@click.option("--format", "kind", type=click.Choice(["jsonl", "csv", "xlsx"]), default="jsonl", show_default=True)
@click.option("--out", type=click.Path(dir_okay=False), help="file to write (CSV also writes NAME.sessions.csv)")
@with_appcontext
def export_inventory_command(kind, out) -> None:
    """Export every activity (retired ones included) in the exchange format."""
    from pathlib import Path

    from needs.inventory import services as inventory

    with write_intent():
        if out is None:
            if kind == "xlsx":
                raise click.UsageError("XLSX needs --out FILE", ctx=None)
            data = inventory.export_file(kind)
            db.session.commit()
            click.echo(data.decode("utf-8"), nl=False)
            return
        written = inventory.export_path(kind, Path(out))
    click.echo("wrote " + ", ".join(str(p) for p in written))


@click.command("brief")
@click.option("--response", "response_id", type=int, help="the response whose brief to write")
@click.option("--all", "everything", is_flag=True, help="one brief per submitted response, in its language")
@click.option("--out", type=click.Path(dir_okay=False, writable=True), help="the PDF file (with --response)")
@click.option("--out-dir", type=click.Path(file_okay=False, writable=True), help="the folder (with --all)")
@click.option("--lang", type=click.Choice(["ar", "zh", "en", "fr", "ru", "es"]),
              help="the brief's language (default: the language of the answers)")
@with_appcontext
def brief_command(response_id, everything, out, out_dir, lang) -> None:
    """Write PDF briefs (each new content is stored as a new version)."""
    from needs.briefs import services as briefs

    if (response_id is None) == (not everything):
        raise click.UsageError("give either --response ID --out FILE.pdf or --all --out-dir DIR")
    with write_intent():
        if response_id is not None:
            if not out:
                raise click.UsageError("--response needs --out FILE.pdf")
            try:
                brief = briefs.write_brief(response_id, out, lang)
            except briefs.BriefError as exc:
                db.session.rollback()
                raise click.ClickException(f"response {response_id}: {exc.code}") from None
            db.session.commit()
            click.echo(f"wrote {out} (version {brief['version']}, {brief['language']}, {brief['status']})")
            return
        if not out_dir:
            raise click.UsageError("--all needs --out-dir DIR")
        ids = briefs.submitted_response_ids()
        with click.progressbar(length=len(ids), label="writing briefs") as bar:
            written = briefs.write_all(out_dir, progress=bar.update, response_ids=ids)
        db.session.commit()
    click.echo(f"wrote {len(written)} briefs to {out_dir}")
