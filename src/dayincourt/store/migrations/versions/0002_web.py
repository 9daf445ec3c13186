"""Web workbench tables: users, teams, memberships, case access, API tokens, documents, fact review, list index.

Revision ID: 0002_web
Revises: 0001_initial
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002_web"
down_revision = "0001_initial"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "web_users",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("username", sa.String(80), nullable=False, unique=True),
        sa.Column("password_hash", sa.String(255), nullable=False),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("active", sa.Boolean, nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_table(
        "web_teams",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("name", sa.String(80), nullable=False, unique=True),
    )
    op.create_table(
        "web_memberships",
        sa.Column("user_id", sa.Integer, sa.ForeignKey("web_users.id", ondelete="CASCADE"),
                  primary_key=True),
        sa.Column("team_id", sa.Integer, sa.ForeignKey("web_teams.id", ondelete="CASCADE"),
                  primary_key=True),
    )
    op.create_table(
        "web_case_teams",
        sa.Column("case_id", sa.String(80), primary_key=True),
        sa.Column("team_id", sa.Integer, sa.ForeignKey("web_teams.id"), nullable=False),
    )
    op.create_index("ix_web_case_teams_team_id", "web_case_teams", ["team_id"])
    op.create_table(
        "web_api_tokens",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("user_id", sa.Integer, sa.ForeignKey("web_users.id", ondelete="CASCADE"),
                  nullable=False),
        sa.Column("name", sa.String(80), nullable=False),
        sa.Column("token_hash", sa.String(64), nullable=False, unique=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("revoked", sa.Boolean, nullable=False),
    )
    op.create_table(
        "web_settings",
        sa.Column("key", sa.String(64), primary_key=True),
        sa.Column("value", sa.Text, nullable=False),
    )
    op.create_table(
        "web_documents",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("case_id", sa.String(80), nullable=False),
        sa.Column("filename", sa.String(255), nullable=False),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("size", sa.Integer, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("extraction", sa.JSON, nullable=False),
        sa.Column("uploaded_by", sa.String(80), nullable=False),
        sa.Column("uploaded_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_web_documents_case_id", "web_documents", ["case_id"])
    op.create_table(
        "web_fact_reviews",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("document_id", sa.String(32),
                  sa.ForeignKey("web_documents.id", ondelete="CASCADE"), nullable=False),
        sa.Column("section", sa.String(32), nullable=False),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("fact", sa.JSON, nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("final", sa.JSON, nullable=True),
        sa.Column("assigned_id", sa.String(80), nullable=True),
        sa.Column("decided_by", sa.String(80), nullable=True),
        sa.Column("decided_at", sa.DateTime(timezone=True), nullable=True),
    )
    op.create_index("ix_web_fact_reviews_document_id", "web_fact_reviews", ["document_id"])
    op.create_table(
        "web_case_index",
        sa.Column("case_id", sa.String(80), primary_key=True),
        sa.Column("team_id", sa.Integer, nullable=False),
        sa.Column("title", sa.String(500), nullable=True),
        sa.Column("jurisdiction", sa.String(16), nullable=False),
        sa.Column("county", sa.String(200), nullable=True),
        sa.Column("defendants", sa.String(1000), nullable=False),
        sa.Column("non_unanimous", sa.Boolean, nullable=True),
        sa.Column("custody", sa.String(16), nullable=True),
        sa.Column("factors", sa.String(200), nullable=False),
        sa.Column("eligible", sa.String(1000), nullable=False),
        sa.Column("screened_as_of", sa.Date, nullable=True),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    )
    for column in ("jurisdiction", "non_unanimous", "custody", "updated_at"):
        op.create_index(f"ix_web_case_index_{column}", "web_case_index", [column])
    op.create_index("ix_web_case_index_team_updated", "web_case_index",
                    ["team_id", "updated_at", "case_id"])


def downgrade() -> None:
    for name in ("web_case_index", "web_fact_reviews", "web_documents", "web_settings",
                 "web_api_tokens", "web_case_teams", "web_memberships", "web_teams", "web_users"):
        op.drop_table(name)
