"""Controlled vocabulary, countries and regions, agencies and GFMD recommendations."""
