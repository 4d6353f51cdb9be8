"""Catalogue (public), activity pages, agency editing, import and export, requests."""

from __future__ import annotations

from flask import Blueprint

from needs.inventory import models  # noqa: F401 - tables known to migrations

bp = Blueprint("inventory", __name__, template_folder="templates")
