"""The web workbench's own tables (created by migration ``0002_web``).

Cases themselves live in the store's tables; these tables hold who may see them
(users, teams, memberships, case_team), API tokens, uploaded documents, the
review rows of extracted facts, and a list index with facets computed on save.
"""

from __future__ import annotations

import sqlalchemy as sa

metadata = sa.MetaData()

ROLES = ("admin", "attorney", "staff", "viewer")
REVIEW_STATUSES = ("pending", "accepted", "edited", "rejected")

users = sa.Table(
    "web_users", metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("username", sa.String(80), nullable=False, unique=True),
    sa.Column("password_hash", sa.String(255), nullable=False),
    sa.Column("role", sa.String(16), nullable=False),
    sa.Column("active", sa.Boolean, nullable=False, default=True),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
)

teams = sa.Table(
    "web_teams", metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("name", sa.String(80), nullable=False, unique=True),
)

memberships = sa.Table(
    "web_memberships", metadata,
    sa.Column("user_id", sa.Integer, sa.ForeignKey("web_users.id", ondelete="CASCADE"),
              primary_key=True),
    sa.Column("team_id", sa.Integer, sa.ForeignKey("web_teams.id", ondelete="CASCADE"),
              primary_key=True),
)

case_teams = sa.Table(
    "web_case_teams", metadata,
    sa.Column("case_id", sa.String(80), primary_key=True),
    sa.Column("team_id", sa.Integer, sa.ForeignKey("web_teams.id"), nullable=False, index=True),
)

api_tokens = sa.Table(
    "web_api_tokens", metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("user_id", sa.Integer, sa.ForeignKey("web_users.id", ondelete="CASCADE"),
              nullable=False),
    sa.Column("name", sa.String(80), nullable=False),
    sa.Column("token_hash", sa.String(64), nullable=False, unique=True),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("revoked", sa.Boolean, nullable=False, default=False),
)

settings = sa.Table(
    "web_settings", metadata,
    sa.Column("key", sa.String(64), primary_key=True),
    sa.Column("value", sa.Text, nullable=False),
)

documents = sa.Table(
    "web_documents", metadata,
    sa.Column("id", sa.String(32), primary_key=True),
    sa.Column("case_id", sa.String(80), nullable=False, index=True),
    sa.Column("filename", sa.String(255), nullable=False),
    sa.Column("kind", sa.String(32), nullable=False),
    sa.Column("sha256", sa.String(64), nullable=False),
    sa.Column("size", sa.Integer, nullable=False),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("extraction", sa.JSON, nullable=False),
    sa.Column("uploaded_by", sa.String(80), nullable=False),
    sa.Column("uploaded_at", sa.DateTime(timezone=True), nullable=False),
)

fact_reviews = sa.Table(
    "web_fact_reviews", metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("document_id", sa.String(32), sa.ForeignKey("web_documents.id", ondelete="CASCADE"),
              nullable=False, index=True),
    sa.Column("section", sa.String(32), nullable=False),
    sa.Column("position", sa.Integer, nullable=False),
    sa.Column("fact", sa.JSON, nullable=False),
    sa.Column("status", sa.String(16), nullable=False, default="pending"),
    sa.Column("final", sa.JSON, nullable=True),
    sa.Column("assigned_id", sa.String(80), nullable=True),
    sa.Column("decided_by", sa.String(80), nullable=True),
    sa.Column("decided_at", sa.DateTime(timezone=True), nullable=True),
)

case_index = sa.Table(
    "web_case_index", metadata,
    sa.Column("case_id", sa.String(80), primary_key=True),
    sa.Column("team_id", sa.Integer, nullable=False),
    sa.Column("title", sa.String(500), nullable=True),
    sa.Column("jurisdiction", sa.String(16), nullable=False, index=True),
    sa.Column("county", sa.String(200), nullable=True),
    sa.Column("defendants", sa.String(1000), nullable=False, default=""),
    sa.Column("non_unanimous", sa.Boolean, nullable=True, index=True),
    sa.Column("custody", sa.String(16), nullable=True, index=True),
    # Space-delimited with a leading and trailing space so " MWID " matches exactly.
    sa.Column("factors", sa.String(200), nullable=False, default=" "),
    sa.Column("eligible", sa.String(1000), nullable=False, default=" "),
    sa.Column("screened_as_of", sa.Date, nullable=True),
    sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False, index=True),
    sa.Index("ix_web_case_index_team_updated", "team_id", "updated_at", "case_id"),
)
