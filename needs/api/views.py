"""The JSON API v1."""

from __future__ import annotations

from flask import Blueprint

from needs.api import models  # noqa: F401

bp = Blueprint("api", __name__, template_folder="templates")
