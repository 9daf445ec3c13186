"""The store's tables (SQLAlchemy Core), normalized so that questions are plain SQL.

Every list item of a case is one row keyed by ``(case_id, position)`` so item
order is kept. Partial dates are stored three ways: the text as written
(``2009-08``) and the earliest and latest day it can stand for, so range
questions ("recantations after 2015") use ordinary date comparisons. Fields the
schema does not define are kept in an ``extra`` JSON column of the item they
belong to, so a case round-trips losslessly. Schema changes go through the
Alembic migrations in ``migrations/versions``; this module mirrors them.
"""

from __future__ import annotations

import sqlalchemy as sa

metadata = sa.MetaData()

# Text compared byte-wise on both databases: search prefixes are ranges, and a
# locale collation on PostgreSQL would order them differently from SQLite.
BinaryText = sa.Text().with_variant(sa.Text(collation="C"), "postgresql")


def _case_fk() -> sa.Column:
    return sa.Column("case_id", sa.Text, sa.ForeignKey("cases.id", ondelete="CASCADE"), primary_key=True)


def _date(name: str) -> list[sa.Column]:
    """A partial date: as written, plus the first and last day it can stand for."""
    return [
        sa.Column(name, sa.Text),
        sa.Column(f"{name}_earliest", sa.Date),
        sa.Column(f"{name}_latest", sa.Date),
    ]


def _extra(name: str = "extra") -> sa.Column:
    # none_as_null: no extra fields is SQL NULL, not the JSON value null.
    return sa.Column(name, sa.JSON(none_as_null=True))


cases = sa.Table(
    "cases", metadata,
    sa.Column("id", sa.Text, primary_key=True),
    sa.Column("schema", sa.Text, nullable=False),
    sa.Column("title", sa.Text),
    sa.Column("jurisdiction", sa.Text, nullable=False),
    sa.Column("county", sa.Text),
    sa.Column("trial_court", sa.Text),
    sa.Column("notes", sa.Text),
    _extra(),
    # Derived at write time so that case lists need no joins.
    sa.Column("defendants", sa.JSON, nullable=False),
    sa.Column("non_unanimous", sa.Boolean),
    sa.Column("version", sa.Integer, nullable=False),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("deleted_at", sa.DateTime(timezone=True)),
    sa.Index("ix_cases_updated_at", "updated_at", "id"),  # the order of case lists
    sa.Index("ix_cases_jurisdiction", "jurisdiction"),
)

people = sa.Table(
    "people", metadata,
    _case_fk(),
    sa.Column("position", sa.Integer, primary_key=True),
    sa.Column("id", sa.Text, nullable=False),
    sa.Column("name", sa.Text, nullable=False),
    _extra(),
)

person_aliases = sa.Table(
    "person_aliases", metadata,
    _case_fk(),
    sa.Column("person_position", sa.Integer, primary_key=True),
    sa.Column("position", sa.Integer, primary_key=True),
    sa.Column("alias", sa.Text, nullable=False),
    sa.ForeignKeyConstraint(["case_id", "person_position"], ["people.case_id", "people.position"],
                            ondelete="CASCADE"),
)

person_roles = sa.Table(
    "person_roles", metadata,
    _case_fk(),
    sa.Column("person_position", sa.Integer, primary_key=True),
    sa.Column("position", sa.Integer, primary_key=True),
    sa.Column("role", sa.Text, nullable=False),
    sa.ForeignKeyConstraint(["case_id", "person_position"], ["people.case_id", "people.position"],
                            ondelete="CASCADE"),
    sa.Index("ix_person_roles_role", "role"),
)

charges = sa.Table(
    "charges", metadata,
    _case_fk(),
    sa.Column("position", sa.Integer, primary_key=True),
    sa.Column("id", sa.Text),
    sa.Column("offense", sa.Text, nullable=False),
    sa.Column("statute", sa.Text),
    *_date("offense_date"),
    sa.Column("felony", sa.Boolean),
    sa.Column("convicted", sa.Boolean),
    _extra(),
)

proceedings = sa.Table(
    "proceedings", metadata,
    _case_fk(),
    sa.Column("position", sa.Integer, primary_key=True),
    sa.Column("id", sa.Text),
    sa.Column("kind", sa.Text, nullable=False),
    *_date("date"),
    *_date("filed"),
    *_date("decided"),
    sa.Column("court", sa.Text),
    sa.Column("outcome", sa.Text),
    sa.Column("hearing_held", sa.Boolean),
    sa.Column("citation", sa.Text),
    sa.Column("reasons", sa.Text),
    _extra(),
    # The verdict and the sentence are at most one each: columns inline.
    sa.Column("has_verdict", sa.Boolean, nullable=False),
    sa.Column("verdict_outcome", sa.Text),
    sa.Column("verdict_form", sa.Text),
    sa.Column("votes_guilty", sa.Integer),
    sa.Column("votes_not_guilty", sa.Integer),
    sa.Column("unanimous", sa.Boolean),
    _extra("verdict_extra"),
    sa.Column("has_sentence", sa.Boolean, nullable=False),
    sa.Column("sentence_kind", sa.Text),
    sa.Column("sentence_years", sa.Float),
    sa.Column("sentence_text", sa.Text),
    _extra("sentence_extra"),
    sa.Index("ix_proceedings_kind", "kind"),
)

proceeding_claims = sa.Table(
    "proceeding_claims", metadata,
    _case_fk(),
    sa.Column("proceeding_position", sa.Integer, primary_key=True),
    sa.Column("position", sa.Integer, primary_key=True),
    sa.Column("claim", sa.Text, nullable=False),
    sa.ForeignKeyConstraint(["case_id", "proceeding_position"],
                            ["proceedings.case_id", "proceedings.position"], ondelete="CASCADE"),
)

custody = sa.Table(
    "custody", metadata,
    _case_fk(),
    sa.Column("status", sa.Text),
    *_date("since"),
    _extra(),
)

testimony = sa.Table(
    "testimony", metadata,
    _case_fk(),
    sa.Column("position", sa.Integer, primary_key=True),
    sa.Column("id", sa.Text),
    sa.Column("witness", sa.Text, nullable=False),
    sa.Column("at_trial", sa.Boolean),
    sa.Column("subject", sa.Text),
    _extra(),
    sa.Column("has_recantation", sa.Boolean, nullable=False),
    *_date("recantation_date"),
    sa.Column("recantation_form", sa.Text),
    sa.Column("alleges_coercion", sa.Boolean),
    sa.Column("found_credible", sa.Boolean),
    _extra("recantation_extra"),
)

evidence = sa.Table(
    "evidence", metadata,
    _case_fk(),
    sa.Column("position", sa.Integer, primary_key=True),
    sa.Column("id", sa.Text, nullable=False),
    sa.Column("description", sa.Text, nullable=False),
    sa.Column("kind", sa.Text, nullable=False),
    sa.Column("favors", sa.Text),
    sa.Column("known_at_trial", sa.Boolean),
    *_date("discovered"),
    sa.Column("discoverable_at_trial", sa.Boolean),
    sa.Column("admissible", sa.Boolean),
    sa.Column("cumulative", sa.Boolean),
    sa.Column("biological", sa.Boolean),
    sa.Column("tested", sa.Boolean),
    _extra(),
)

evidence_corroborates = sa.Table(
    "evidence_corroborates", metadata,
    _case_fk(),
    sa.Column("evidence_position", sa.Integer, primary_key=True),
    sa.Column("position", sa.Integer, primary_key=True),
    sa.Column("target", sa.Text, nullable=False),
    sa.ForeignKeyConstraint(["case_id", "evidence_position"], ["evidence.case_id", "evidence.position"],
                            ondelete="CASCADE"),
)

factors = sa.Table(
    "factors", metadata,
    _case_fk(),
    sa.Column("position", sa.Integer, primary_key=True),
    sa.Column("code", sa.Text, nullable=False),
    sa.Column("actor", sa.Text),
    sa.Column("status", sa.Text),
    sa.Column("asserted_by", sa.Text),
    sa.Column("description", sa.Text),
    _extra(),
    sa.Index("ix_factors_code", "code"),
)

sources = sa.Table(
    "sources", metadata,
    _case_fk(),
    sa.Column("position", sa.Integer, primary_key=True),
    sa.Column("id", sa.Text, nullable=False),
    sa.Column("title", sa.Text),
    sa.Column("kind", sa.Text),
    sa.Column("location", sa.Text),
    sa.Column("sha256", sa.Text),
    *_date("published"),
    _extra(),
)

# One row per ``src`` record. ``owner`` names the list the fact is in
# ("proceedings", "testimony.recantation", "custody", ...), ``owner_position``
# its index there and ``owner_id`` its id when it has one.
provenance = sa.Table(
    "provenance", metadata,
    _case_fk(),
    sa.Column("owner", sa.Text, primary_key=True),
    sa.Column("owner_position", sa.Integer, primary_key=True),
    sa.Column("position", sa.Integer, primary_key=True),
    sa.Column("owner_id", sa.Text),
    sa.Column("source", sa.Text, nullable=False),
    sa.Column("span_start", sa.BigInteger),
    sa.Column("span_end", sa.BigInteger),
    sa.Column("quote", sa.Text),
    sa.Column("asserted_by", sa.Text),
    sa.Column("method", sa.Text),
    sa.Column("confidence", sa.Float),
    _extra(),
)

# Append-only: the migration adds triggers that refuse UPDATE and DELETE.
audit_log = sa.Table(
    "audit_log", metadata,
    sa.Column("id", sa.Integer, sa.Identity(), primary_key=True),
    sa.Column("case_id", sa.Text, nullable=False),
    sa.Column("at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("actor", sa.Text, nullable=False),
    sa.Column("action", sa.Text, nullable=False),
    sa.Column("before", sa.Text),
    sa.Column("after", sa.Text),
    sa.Index("ix_audit_log_case_id", "case_id", "id"),
)

# Full-text search, portable: the text of each (case, kind) and its distinct
# normalized tokens; a query term matches a token it is a prefix of.
search_texts = sa.Table(
    "search_texts", metadata,
    _case_fk(),
    sa.Column("kind", sa.Text, primary_key=True),
    sa.Column("text", sa.Text, nullable=False),
)

search_terms = sa.Table(
    "search_terms", metadata,
    sa.Column("case_id", sa.Text, primary_key=True),
    sa.Column("kind", sa.Text, primary_key=True),
    sa.Column("token", BinaryText, primary_key=True),
    sa.ForeignKeyConstraint(["case_id", "kind"], ["search_texts.case_id", "search_texts.kind"],
                            ondelete="CASCADE"),
    sa.Index("ix_search_terms_token", "token", "case_id"),
)
