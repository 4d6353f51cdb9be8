"""Forms of the matching pages (POST buttons protected by CSRF)."""

from __future__ import annotations

from flask_wtf import FlaskForm


class RefitForm(FlaskForm):
    """Refit the weights from reviewers' decisions."""


class DefaultWeightsForm(FlaskForm):
    """Go back to the engine's default weights."""
