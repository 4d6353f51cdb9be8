"""Matching of expressed needs with inventory activities: engine, exchange command and glue."""
