"""Alembic migrations of the store (programmatic configuration, no alembic.ini)."""
