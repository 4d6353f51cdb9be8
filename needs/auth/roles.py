"""The four roles and the policy words used in the route policy table."""

from __future__ import annotations

from flask_babel import lazy_gettext as _l

FOCAL_POINT = "focal_point"
CDTF = "cdtf"
AGENCY = "agency"
ADMIN = "admin"
ROLES = (FOCAL_POINT, CDTF, AGENCY, ADMIN)

ROLE_LABELS = {
    FOCAL_POINT: _l("Government focal point"),
    CDTF: _l("CDTF reviewer"),
    AGENCY: _l("Agency staff"),
    ADMIN: _l("Administrator"),
}

# Roles that must use a second factor in production.
SECOND_FACTOR_REQUIRED = frozenset({CDTF, ADMIN})
