"""The production smoke test's browser and mail server (scripts/production_smoke.py)."""
