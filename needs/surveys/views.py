from flask import Blueprint

from needs.surveys import models  # noqa: F401

bp = Blueprint("surveys", __name__, url_prefix="/surveys", template_folder="templates")
