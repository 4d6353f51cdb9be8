"""Load or update the demo (idempotent upserts), so later features extend it without breaking it.

Demo accounts are marked ``is_demo``: production start-up refuses to run while any exists.
"""

from __future__ import annotations

import importlib

import sqlalchemy as sa

from needs.auth import roles
from needs.auth.models import User
from needs.auth.passwords import hash_password, verify_password
from needs.extensions import db

DEMO_PASSWORD = "needs-demo-2026"  # noqa: S105 - published demo password; production refuses demo accounts

# (email, name, role, country, agency, language)
DEMO_USERS = (
    ("admin@demo.example.org", "Amina Admin", roles.ADMIN, None, None, "en"),
    ("cdtf@demo.example.org", "Carlos Reviewer", roles.CDTF, None, None, "es"),
    ("cdtf2@demo.example.org", "Claire Reviewer", roles.CDTF, None, None, "fr"),
    ("iom@demo.example.org", "Ivan Agency (IOM)", roles.AGENCY, None, "IOM", "en"),
    ("ilo@demo.example.org", "Ines Agency (ILO)", roles.AGENCY, None, "ILO", "fr"),
    ("unitar@demo.example.org", "Uma Agency (UNITAR)", roles.AGENCY, None, "UNITAR", "en"),
    ("focal.chn@demo.example.org", "王伟", roles.FOCAL_POINT, "CHN", None, "zh"),
    ("focal.egy@demo.example.org", "ليلى حسن", roles.FOCAL_POINT, "EGY", None, "ar"),
    ("focal.sen@demo.example.org", "Awa Diop", roles.FOCAL_POINT, "SEN", None, "fr"),
    ("focal.mex@demo.example.org", "María López", roles.FOCAL_POINT, "MEX", None, "es"),
    ("focal.kgz@demo.example.org", "Айгуль Осмонова", roles.FOCAL_POINT, "KGZ", None, "ru"),
    ("focal.phl@demo.example.org", "Jose Santos", roles.FOCAL_POINT, "PHL", None, "en"),
    ("focal2.phl@demo.example.org", "Maria Reyes", roles.FOCAL_POINT, "PHL", None, "en"),
)

# Features that add demo content expose ``load_demo() -> dict[str, int]`` in their services module.
FEATURE_DEMO_LOADERS = (
    "needs.inventory.services",
    "needs.surveys.services",
    "needs.matching.services",
    "needs.review.services",
    "needs.briefs.services",
)


def load_users() -> int:
    changed = 0
    for email, name, role, country, agency, language in DEMO_USERS:
        user = db.session.scalar(sa.select(User).where(User.email == email))
        if user is None:
            user = User(email=email, password_hash=hash_password(DEMO_PASSWORD))
            db.session.add(user)
            changed += 1
        elif not verify_password(user.password_hash, DEMO_PASSWORD):
            user.password_hash = hash_password(DEMO_PASSWORD)
        user.name, user.role, user.country_code, user.agency_code = name, role, country, agency
        user.language, user.active, user.is_demo = language, True, True
    db.session.flush()
    return changed


def load_demo() -> dict[str, int]:
    summary = {"users": load_users()}
    db.session.commit()
    for module_name in FEATURE_DEMO_LOADERS:
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as exc:
            if not module_name.startswith(str(exc.name)):
                raise
            continue
        if hasattr(module, "load_demo"):
            summary.update(module.load_demo())
            db.session.commit()
    return summary
