"""needs: multilingual needs assessment and demand matching for capacity development on migration.

This module stays light: Flask and the extensions are imported inside ``create_app`` so that
``python -m needs.matching`` runs the pure engine without loading the web application.
"""

from __future__ import annotations

from typing import Any


def create_app(config: dict[str, Any] | None = None):
    """Build the Flask application: the one place that knows every extension and blueprint."""
    from needs.app_factory import build_app

    return build_app(config)
