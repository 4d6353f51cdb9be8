"""The CDTF's review queue and decisions, the demand and gap dashboards, the agency view, reminders."""
