"""The one form of the briefs feature: sending a brief (a CSRF-protected POST with nothing to fill)."""

from __future__ import annotations

from flask_wtf import FlaskForm


class SendForm(FlaskForm):
    """Send the reviewed brief to the country's focal points."""
