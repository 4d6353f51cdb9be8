"""Surveys: definitions as data (YAML and XLSForm readers), the skip-logic expression language,
form building, drafts and submission into needs."""
