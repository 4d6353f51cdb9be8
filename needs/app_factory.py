"""Assemble the application: configuration, extensions, blueprints, commands, templates helpers."""

from __future__ import annotations

import logging
from typing import Any

from flask import Flask

from needs import config as config_module
from needs.extensions import babel, csrf, db, login_manager, migrate

# Feature blueprints, in the order their URL prefixes are registered.
BLUEPRINTS = (
    "needs.core.views:bp",
    "needs.auth.views:bp",
    "needs.admin.views:bp",
    "needs.vocabulary.views:bp",
)
# Optional feature blueprints registered when their package is present (features land one by one).
OPTIONAL_BLUEPRINTS = (
    "needs.surveys.views:bp",
    "needs.inventory.views:bp",
    "needs.matching.views:bp",
    "needs.review.views:bp",
    "needs.briefs.views:bp",
    "needs.api.views:bp",
)
# Modules that register job handlers or models when imported.
FEATURE_MODULES = (
    "needs.auth.models", "needs.vocabulary.models", "needs.audit.models", "needs.jobs.models",
    "needs.mail.models", "needs.mail.services",
)


def build_app(overrides: dict[str, Any] | None = None) -> Flask:
    from needs.core.requests import CleanRequest

    app = Flask("needs", instance_relative_config=True)
    app.request_class = CleanRequest
    app.instance_path  # noqa: B018 - resolved before it is used below
    _ensure_instance(app.instance_path)
    app.config.update(config_module.build(app.instance_path, overrides))
    _init_extensions(app)
    _register_blueprints(app)
    _init_templates(app)
    from needs import cli, security

    security.init_app(app)
    cli.init_app(app)
    if app.config["NEEDS_ENV"] == config_module.PRODUCTION:
        _refuse_demo_accounts(app)
    if not app.debug:
        logging.basicConfig(level=logging.INFO)
    return app


def _refuse_demo_accounts(app: Flask) -> None:
    """Production never serves while demo accounts (with their published password) exist."""
    import sqlalchemy as sa

    from needs.auth.models import User

    with app.app_context():
        if not sa.inspect(db.engine).has_table("users"):
            return
        if db.session.scalar(sa.select(sa.func.count()).select_from(User).where(User.is_demo)):
            raise config_module.ConfigError(
                "demo accounts exist: production start-up refused (remove them with flask --app needs remove-demo)")


def _ensure_instance(path: str) -> None:
    import os

    os.makedirs(path, exist_ok=True)


def _init_extensions(app: Flask) -> None:
    import importlib
    from pathlib import Path

    from needs.auth import services as auth
    from needs.core.pool_ping import ping_idle_connections
    from needs.db import configure_sqlite
    from needs.i18n.services import compile_catalogs, select_locale

    for module in FEATURE_MODULES:
        importlib.import_module(module)
    db.init_app(app)
    with app.app_context():
        configure_sqlite(db.engine)
        ping_idle_connections(db.engine)
    migrate.init_app(app, db, directory=str(Path(__file__).parent / "migrations"), render_as_batch=True,
                     compare_type=True)
    csrf.init_app(app)
    login_manager.init_app(app)
    login_manager.login_view = "auth.sign_in"
    login_manager.login_message = None
    login_manager.session_protection = "basic"
    login_manager.user_loader(auth.load_user)
    compile_catalogs()
    babel.init_app(app, locale_selector=select_locale,
                   default_translation_directories=str(Path(__file__).parent / "i18n" / "translations"))


def _register_blueprints(app: Flask) -> None:
    import importlib

    for spec in BLUEPRINTS:
        module, _, name = spec.partition(":")
        app.register_blueprint(getattr(importlib.import_module(module), name))
    for spec in OPTIONAL_BLUEPRINTS:
        module, _, name = spec.partition(":")
        try:
            imported = importlib.import_module(module)
        except ModuleNotFoundError as exc:
            if not module.startswith(str(exc.name)):
                raise
            continue
        app.register_blueprint(getattr(imported, name))


def _init_templates(app: Flask) -> None:
    from needs.core import template_helpers

    template_helpers.init_app(app)
