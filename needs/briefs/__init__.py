"""PDF briefs sent back to focal points: layout in the six UN languages (pdf.py), and their data."""
