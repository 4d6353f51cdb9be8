"""The JSON API v1: public reads of the catalogue, token-authenticated sync for agencies."""
