"""Initial schema of the store: cases in normalized tables, provenance, audit log, search index.

Revision ID: 0001_initial
Revises:
Create Date: 2026-11-28

Other areas add their own tables in one ``0002_<area>`` migration each, with
``down_revision = "0001_initial"``; the store upgrades to all heads.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001_initial"
down_revision = None
branch_labels = None
depends_on = None

_APPEND_ONLY = "audit_log is append-only"


def upgrade() -> None:
    op.create_table("audit_log",
    sa.Column("id", sa.Integer(), sa.Identity(always=False), nullable=False),
    sa.Column("case_id", sa.Text(), nullable=False),
    sa.Column("at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("actor", sa.Text(), nullable=False),
    sa.Column("action", sa.Text(), nullable=False),
    sa.Column("before", sa.Text(), nullable=True),
    sa.Column("after", sa.Text(), nullable=True),
    sa.PrimaryKeyConstraint("id")
    )
    op.create_index("ix_audit_log_case_id", "audit_log", ["case_id", "id"])
    op.create_table("cases",
    sa.Column("id", sa.Text(), nullable=False),
    sa.Column("schema", sa.Text(), nullable=False),
    sa.Column("title", sa.Text(), nullable=True),
    sa.Column("jurisdiction", sa.Text(), nullable=False),
    sa.Column("county", sa.Text(), nullable=True),
    sa.Column("trial_court", sa.Text(), nullable=True),
    sa.Column("notes", sa.Text(), nullable=True),
    sa.Column("extra", sa.JSON(), nullable=True),
    sa.Column("defendants", sa.JSON(), nullable=False),
    sa.Column("non_unanimous", sa.Boolean(), nullable=True),
    sa.Column("version", sa.Integer(), nullable=False),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint("id")
    )
    op.create_index("ix_cases_jurisdiction", "cases", ["jurisdiction"])
    op.create_index("ix_cases_updated_at", "cases", ["updated_at", "id"])
    op.create_table("charges",
    sa.Column("case_id", sa.Text(), nullable=False),
    sa.Column("position", sa.Integer(), nullable=False),
    sa.Column("id", sa.Text(), nullable=True),
    sa.Column("offense", sa.Text(), nullable=False),
    sa.Column("statute", sa.Text(), nullable=True),
    sa.Column("offense_date", sa.Text(), nullable=True),
    sa.Column("offense_date_earliest", sa.Date(), nullable=True),
    sa.Column("offense_date_latest", sa.Date(), nullable=True),
    sa.Column("felony", sa.Boolean(), nullable=True),
    sa.Column("convicted", sa.Boolean(), nullable=True),
    sa.Column("extra", sa.JSON(), nullable=True),
    sa.ForeignKeyConstraint(["case_id"], ["cases.id"], ondelete="CASCADE"),
    sa.PrimaryKeyConstraint("case_id", "position")
    )
    op.create_table("custody",
    sa.Column("case_id", sa.Text(), nullable=False),
    sa.Column("status", sa.Text(), nullable=True),
    sa.Column("since", sa.Text(), nullable=True),
    sa.Column("since_earliest", sa.Date(), nullable=True),
    sa.Column("since_latest", sa.Date(), nullable=True),
    sa.Column("extra", sa.JSON(), nullable=True),
    sa.ForeignKeyConstraint(["case_id"], ["cases.id"], ondelete="CASCADE"),
    sa.PrimaryKeyConstraint("case_id")
    )
    op.create_table("evidence",
    sa.Column("case_id", sa.Text(), nullable=False),
    sa.Column("position", sa.Integer(), nullable=False),
    sa.Column("id", sa.Text(), nullable=False),
    sa.Column("description", sa.Text(), nullable=False),
    sa.Column("kind", sa.Text(), nullable=False),
    sa.Column("favors", sa.Text(), nullable=True),
    sa.Column("known_at_trial", sa.Boolean(), nullable=True),
    sa.Column("discovered", sa.Text(), nullable=True),
    sa.Column("discovered_earliest", sa.Date(), nullable=True),
    sa.Column("discovered_latest", sa.Date(), nullable=True),
    sa.Column("discoverable_at_trial", sa.Boolean(), nullable=True),
    sa.Column("admissible", sa.Boolean(), nullable=True),
    sa.Column("cumulative", sa.Boolean(), nullable=True),
    sa.Column("biological", sa.Boolean(), nullable=True),
    sa.Column("tested", sa.Boolean(), nullable=True),
    sa.Column("extra", sa.JSON(), nullable=True),
    sa.ForeignKeyConstraint(["case_id"], ["cases.id"], ondelete="CASCADE"),
    sa.PrimaryKeyConstraint("case_id", "position")
    )
    op.create_table("factors",
    sa.Column("case_id", sa.Text(), nullable=False),
    sa.Column("position", sa.Integer(), nullable=False),
    sa.Column("code", sa.Text(), nullable=False),
    sa.Column("actor", sa.Text(), nullable=True),
    sa.Column("status", sa.Text(), nullable=True),
    sa.Column("asserted_by", sa.Text(), nullable=True),
    sa.Column("description", sa.Text(), nullable=True),
    sa.Column("extra", sa.JSON(), nullable=True),
    sa.ForeignKeyConstraint(["case_id"], ["cases.id"], ondelete="CASCADE"),
    sa.PrimaryKeyConstraint("case_id", "position")
    )
    op.create_index("ix_factors_code", "factors", ["code"])
    op.create_table("people",
    sa.Column("case_id", sa.Text(), nullable=False),
    sa.Column("position", sa.Integer(), nullable=False),
    sa.Column("id", sa.Text(), nullable=False),
    sa.Column("name", sa.Text(), nullable=False),
    sa.Column("extra", sa.JSON(), nullable=True),
    sa.ForeignKeyConstraint(["case_id"], ["cases.id"], ondelete="CASCADE"),
    sa.PrimaryKeyConstraint("case_id", "position")
    )
    op.create_table("proceedings",
    sa.Column("case_id", sa.Text(), nullable=False),
    sa.Column("position", sa.Integer(), nullable=False),
    sa.Column("id", sa.Text(), nullable=True),
    sa.Column("kind", sa.Text(), nullable=False),
    sa.Column("date", sa.Text(), nullable=True),
    sa.Column("date_earliest", sa.Date(), nullable=True),
    sa.Column("date_latest", sa.Date(), nullable=True),
    sa.Column("filed", sa.Text(), nullable=True),
    sa.Column("filed_earliest", sa.Date(), nullable=True),
    sa.Column("filed_latest", sa.Date(), nullable=True),
    sa.Column("decided", sa.Text(), nullable=True),
    sa.Column("decided_earliest", sa.Date(), nullable=True),
    sa.Column("decided_latest", sa.Date(), nullable=True),
    sa.Column("court", sa.Text(), nullable=True),
    sa.Column("outcome", sa.Text(), nullable=True),
    sa.Column("hearing_held", sa.Boolean(), nullable=True),
    sa.Column("citation", sa.Text(), nullable=True),
    sa.Column("reasons", sa.Text(), nullable=True),
    sa.Column("extra", sa.JSON(), nullable=True),
    sa.Column("has_verdict", sa.Boolean(), nullable=False),
    sa.Column("verdict_outcome", sa.Text(), nullable=True),
    sa.Column("verdict_form", sa.Text(), nullable=True),
    sa.Column("votes_guilty", sa.Integer(), nullable=True),
    sa.Column("votes_not_guilty", sa.Integer(), nullable=True),
    sa.Column("unanimous", sa.Boolean(), nullable=True),
    sa.Column("verdict_extra", sa.JSON(), nullable=True),
    sa.Column("has_sentence", sa.Boolean(), nullable=False),
    sa.Column("sentence_kind", sa.Text(), nullable=True),
    sa.Column("sentence_years", sa.Float(), nullable=True),
    sa.Column("sentence_text", sa.Text(), nullable=True),
    sa.Column("sentence_extra", sa.JSON(), nullable=True),
    sa.ForeignKeyConstraint(["case_id"], ["cases.id"], ondelete="CASCADE"),
    sa.PrimaryKeyConstraint("case_id", "position")
    )
    op.create_index("ix_proceedings_kind", "proceedings", ["kind"])
    op.create_table("provenance",
    sa.Column("case_id", sa.Text(), nullable=False),
    sa.Column("owner", sa.Text(), nullable=False),
    sa.Column("owner_position", sa.Integer(), nullable=False),
    sa.Column("position", sa.Integer(), nullable=False),
    sa.Column("owner_id", sa.Text(), nullable=True),
    sa.Column("source", sa.Text(), nullable=False),
    sa.Column("span_start", sa.BigInteger(), nullable=True),
    sa.Column("span_end", sa.BigInteger(), nullable=True),
    sa.Column("quote", sa.Text(), nullable=True),
    sa.Column("asserted_by", sa.Text(), nullable=True),
    sa.Column("method", sa.Text(), nullable=True),
    sa.Column("confidence", sa.Float(), nullable=True),
    sa.Column("extra", sa.JSON(), nullable=True),
    sa.ForeignKeyConstraint(["case_id"], ["cases.id"], ondelete="CASCADE"),
    sa.PrimaryKeyConstraint("case_id", "owner", "owner_position", "position")
    )
    op.create_table("search_texts",
    sa.Column("case_id", sa.Text(), nullable=False),
    sa.Column("kind", sa.Text(), nullable=False),
    sa.Column("text", sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(["case_id"], ["cases.id"], ondelete="CASCADE"),
    sa.PrimaryKeyConstraint("case_id", "kind")
    )
    op.create_table("sources",
    sa.Column("case_id", sa.Text(), nullable=False),
    sa.Column("position", sa.Integer(), nullable=False),
    sa.Column("id", sa.Text(), nullable=False),
    sa.Column("title", sa.Text(), nullable=True),
    sa.Column("kind", sa.Text(), nullable=True),
    sa.Column("location", sa.Text(), nullable=True),
    sa.Column("sha256", sa.Text(), nullable=True),
    sa.Column("published", sa.Text(), nullable=True),
    sa.Column("published_earliest", sa.Date(), nullable=True),
    sa.Column("published_latest", sa.Date(), nullable=True),
    sa.Column("extra", sa.JSON(), nullable=True),
    sa.ForeignKeyConstraint(["case_id"], ["cases.id"], ondelete="CASCADE"),
    sa.PrimaryKeyConstraint("case_id", "position")
    )
    op.create_table("testimony",
    sa.Column("case_id", sa.Text(), nullable=False),
    sa.Column("position", sa.Integer(), nullable=False),
    sa.Column("id", sa.Text(), nullable=True),
    sa.Column("witness", sa.Text(), nullable=False),
    sa.Column("at_trial", sa.Boolean(), nullable=True),
    sa.Column("subject", sa.Text(), nullable=True),
    sa.Column("extra", sa.JSON(), nullable=True),
    sa.Column("has_recantation", sa.Boolean(), nullable=False),
    sa.Column("recantation_date", sa.Text(), nullable=True),
    sa.Column("recantation_date_earliest", sa.Date(), nullable=True),
    sa.Column("recantation_date_latest", sa.Date(), nullable=True),
    sa.Column("recantation_form", sa.Text(), nullable=True),
    sa.Column("alleges_coercion", sa.Boolean(), nullable=True),
    sa.Column("found_credible", sa.Boolean(), nullable=True),
    sa.Column("recantation_extra", sa.JSON(), nullable=True),
    sa.ForeignKeyConstraint(["case_id"], ["cases.id"], ondelete="CASCADE"),
    sa.PrimaryKeyConstraint("case_id", "position")
    )
    op.create_table("evidence_corroborates",
    sa.Column("case_id", sa.Text(), nullable=False),
    sa.Column("evidence_position", sa.Integer(), nullable=False),
    sa.Column("position", sa.Integer(), nullable=False),
    sa.Column("target", sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(["case_id", "evidence_position"], ["evidence.case_id", "evidence.position"], ondelete="CASCADE"),
    sa.ForeignKeyConstraint(["case_id"], ["cases.id"], ondelete="CASCADE"),
    sa.PrimaryKeyConstraint("case_id", "evidence_position", "position")
    )
    op.create_table("person_aliases",
    sa.Column("case_id", sa.Text(), nullable=False),
    sa.Column("person_position", sa.Integer(), nullable=False),
    sa.Column("position", sa.Integer(), nullable=False),
    sa.Column("alias", sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(["case_id", "person_position"], ["people.case_id", "people.position"], ondelete="CASCADE"),
    sa.ForeignKeyConstraint(["case_id"], ["cases.id"], ondelete="CASCADE"),
    sa.PrimaryKeyConstraint("case_id", "person_position", "position")
    )
    op.create_table("person_roles",
    sa.Column("case_id", sa.Text(), nullable=False),
    sa.Column("person_position", sa.Integer(), nullable=False),
    sa.Column("position", sa.Integer(), nullable=False),
    sa.Column("role", sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(["case_id", "person_position"], ["people.case_id", "people.position"], ondelete="CASCADE"),
    sa.ForeignKeyConstraint(["case_id"], ["cases.id"], ondelete="CASCADE"),
    sa.PrimaryKeyConstraint("case_id", "person_position", "position")
    )
    op.create_index("ix_person_roles_role", "person_roles", ["role"])
    op.create_table("proceeding_claims",
    sa.Column("case_id", sa.Text(), nullable=False),
    sa.Column("proceeding_position", sa.Integer(), nullable=False),
    sa.Column("position", sa.Integer(), nullable=False),
    sa.Column("claim", sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(["case_id", "proceeding_position"], ["proceedings.case_id", "proceedings.position"], ondelete="CASCADE"),
    sa.ForeignKeyConstraint(["case_id"], ["cases.id"], ondelete="CASCADE"),
    sa.PrimaryKeyConstraint("case_id", "proceeding_position", "position")
    )
    op.create_table("search_terms",
    sa.Column("case_id", sa.Text(), nullable=False),
    sa.Column("kind", sa.Text(), nullable=False),
    sa.Column("token", sa.Text().with_variant(sa.Text(collation="C"), "postgresql"), nullable=False),
    sa.ForeignKeyConstraint(["case_id", "kind"], ["search_texts.case_id", "search_texts.kind"], ondelete="CASCADE"),
    sa.PrimaryKeyConstraint("case_id", "kind", "token")
    )
    op.create_index("ix_search_terms_token", "search_terms", ["token", "case_id"])
    _create_append_only_triggers()


def _create_append_only_triggers() -> None:
    """The audit log refuses UPDATE and DELETE, whoever connects."""
    if op.get_bind().dialect.name == "postgresql":
        op.execute(f"""
            CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN RAISE EXCEPTION '{_APPEND_ONLY}'; END $$""")
        op.execute("""
            CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
            FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()""")
        op.execute("""
            CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
            FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()""")
        return
    for event in ("UPDATE", "DELETE"):
        op.execute(f"""
            CREATE TRIGGER audit_log_no_{event.lower()} BEFORE {event} ON audit_log
            BEGIN SELECT RAISE(ABORT, '{_APPEND_ONLY}'); END""")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER audit_log_no_truncate ON audit_log")
        op.execute("DROP TRIGGER audit_log_append_only ON audit_log")
        op.execute("DROP FUNCTION audit_log_append_only()")
    else:
        op.execute("DROP TRIGGER audit_log_no_update")
        op.execute("DROP TRIGGER audit_log_no_delete")
    op.drop_index("ix_search_terms_token", table_name="search_terms")
    op.drop_table("search_terms")
    op.drop_table("proceeding_claims")
    op.drop_index("ix_person_roles_role", table_name="person_roles")
    op.drop_table("person_roles")
    op.drop_table("person_aliases")
    op.drop_table("evidence_corroborates")
    op.drop_table("testimony")
    op.drop_table("sources")
    op.drop_table("search_texts")
    op.drop_table("provenance")
    op.drop_index("ix_proceedings_kind", table_name="proceedings")
    op.drop_table("proceedings")
    op.drop_table("people")
    op.drop_index("ix_factors_code", table_name="factors")
    op.drop_table("factors")
    op.drop_table("evidence")
    op.drop_table("custody")
    op.drop_table("charges")
    op.drop_index("ix_cases_updated_at", table_name="cases")
    op.drop_index("ix_cases_jurisdiction", table_name="cases")
    op.drop_table("cases")
    op.drop_index("ix_audit_log_case_id", table_name="audit_log")
    op.drop_table("audit_log")
