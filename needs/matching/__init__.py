"""Matching of expressed needs with inventory activities: the pure engine, the exchange command and the glue."""
