"""The controlled vocabulary codes that exchange records may use.

A copy of the codes (not the labels) of the project's shared vocabulary, so that the
engine validates records without reading files at run time. Codes are stable: new ones
are added, none is renamed.
"""

from __future__ import annotations

THEMES = (
    "data",
    "skilled-labour",
    "low-skilled-labour",
    "integration",
    "coherence",
    "security",
    "rights",
    "demography",
    "environment",
    "remittances",
    "diaspora",
    "internal-urban",
    "gender",
    "evaluation",
    "perceptions",
    "migration-law",
    "migration-management",
    "pre-departure",
    "education",
    "entrepreneurship",
    "trade-mobility",
    "return-reintegration",
    "trafficking",
    "health",
)
CAPACITY_TYPES = ("policy", "technical")
LEVELS = ("individual", "organizational")
AUDIENCES = (
    "government",
    "local-authorities",
    "civil-society",
    "academia",
    "trade-unions",
    "employers",
    "journalists",
    "diaspora-organizations",
    "consular",
)
DELIVERIES = ("online", "face-to-face", "blended")
ACTIVITY_KINDS = ("course", "workshop", "tool", "technical-assistance", "knowledge-product", "network")
STATUSES = ("existing", "planned")
REPLICATIONS = ("enrol", "national-edition", "adapt-materials", "train-the-trainer", "technical-assistance")
LANGUAGES = ("ar", "zh", "en", "fr", "ru", "es", "pt")
REGIONS = ("global", "africa", "americas", "asia", "europe", "oceania")
