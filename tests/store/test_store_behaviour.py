"""Store behaviour on SQLite and PostgreSQL: audit, soft delete, transactions, search, SQL, backup."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import threading
from pathlib import Path

import pytest
import sqlalchemy as sa

from dayincourt.casefile import case_to_dict, load_case, parse_case
from dayincourt.store import CaseExists, CaseNotFound, StoreError, UnstorableCase, open_store
from dayincourt.store import store as store_module
from dayincourt.store import tables

REPO = Path(__file__).resolve().parents[2]
GUIDRY = REPO / "examples" / "la-guidry-2007.case.yaml"
MOUTON = REPO / "examples" / "la-mouton-1994.case.yaml"
LEJEUNE = REPO / "examples" / "la-lejeune-2015.case.yaml"


def row_counts(store) -> dict[str, int]:
    with store.engine.connect() as conn:
        return {t.name: conn.execute(sa.select(sa.func.count()).select_from(t)).scalar_one()
                for t in tables.metadata.sorted_tables}


@pytest.fixture
def stocked(store):
    """A store holding the three examples."""
    for path in (GUIDRY, MOUTON, LEJEUNE):
        store.add_case(load_case(path), "clerk")
    return store


def test_add_twice_raises_case_exists(store):
    case = load_case(GUIDRY)
    store.add_case(case, "clerk")
    with pytest.raises(CaseExists, match="case 'la-guidry-2007' already exists"):
        store.add_case(case, "clerk")


def test_get_unknown_case_raises(store):
    with pytest.raises(CaseNotFound, match="no case with id 'nope'"):
        store.get_case("nope")


def test_update_is_audited_with_before_and_after(store):
    case = load_case(GUIDRY)
    store.add_case(case, "clerk")
    edited = case.model_copy(update={"notes": "Edited by counsel."})
    store.save_case(edited, "attorney")
    store.save_case(edited, "attorney")  # unchanged: no new event
    events = store.history(case.id)
    assert [(e.action, e.actor) for e in events] == [("add", "clerk"), ("update", "attorney")]
    assert events[0].before is None and events[0].after == case_to_dict(case)
    assert events[1].before == case_to_dict(case) and events[1].after == case_to_dict(edited)
    assert all(e.at.tzinfo == dt.timezone.utc for e in events)
    assert store.get_case(case.id).notes == "Edited by counsel."


def test_delete_hides_and_keeps_history(stocked):
    stocked.delete_case("la-guidry-2007", "clerk")
    with pytest.raises(CaseNotFound):
        stocked.get_case("la-guidry-2007")
    assert "la-guidry-2007" not in {s.id for s in stocked.list_cases()}
    assert stocked.search("Guidry") == []
    assert stocked.count_cases() == 2
    events = stocked.history("la-guidry-2007")
    assert [e.action for e in events] == ["add", "delete"]
    assert events[1].before == case_to_dict(load_case(GUIDRY)) and events[1].after is None
    with pytest.raises(CaseNotFound):
        stocked.delete_case("la-guidry-2007", "clerk")
    with pytest.raises(CaseExists, match="deleted"):
        stocked.add_case(load_case(GUIDRY), "clerk")
    stocked.restore_case("la-guidry-2007", "supervisor")
    assert case_to_dict(stocked.get_case("la-guidry-2007")) == case_to_dict(load_case(GUIDRY))
    assert [e.action for e in stocked.history("la-guidry-2007")] == ["add", "delete", "restore"]


def test_save_over_a_deleted_case_brings_it_back(store):
    case = load_case(MOUTON)
    store.add_case(case, "a")
    store.delete_case(case.id, "a")
    store.save_case(case, "b")
    assert store.get_case(case.id) == case
    assert [e.action for e in store.history(case.id)] == ["add", "delete", "restore"]


def test_history_of_unknown_case_raises(store):
    with pytest.raises(CaseNotFound):
        store.history("never-stored")


@pytest.mark.parametrize("target", ["_insert_rows", "replace_text"])
def test_failure_mid_add_leaves_database_unchanged(store, monkeypatch, target):
    store.add_case(load_case(MOUTON), "clerk")
    before = row_counts(store)
    real = getattr(store_module, target)

    def explode(conn, *args):
        real(conn, *args)  # the writes happen, then the transaction fails
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(store_module, target, explode)
    with pytest.raises(RuntimeError, match="disk on fire"):
        store.add_case(load_case(GUIDRY), "clerk")
    assert row_counts(store) == before
    with pytest.raises(CaseNotFound):
        store.get_case("la-guidry-2007")


def test_failure_mid_update_keeps_the_old_version(store, monkeypatch):
    case = load_case(GUIDRY)
    store.add_case(case, "clerk")
    monkeypatch.setattr(store_module, "replace_text", lambda *a: (_ for _ in ()).throw(RuntimeError("crash")))
    with pytest.raises(RuntimeError):
        store.save_case(case.model_copy(update={"people": None, "notes": "x"}), "clerk")
    assert store.get_case(case.id) == case
    assert len(store.history(case.id)) == 1


def test_audit_log_is_append_only(stocked):
    for statement in ("UPDATE audit_log SET actor = 'mallory'", "DELETE FROM audit_log"):
        with pytest.raises(sa.exc.DatabaseError, match="append-only"):
            with stocked.engine.begin() as conn:
                conn.exec_driver_sql(statement)
    assert {e.actor for e in stocked.history("la-mouton-1994")} == {"clerk"}


def test_nul_characters_are_refused_on_both_databases(store):
    case = load_case(MOUTON)
    bad = case.model_copy(update={"notes": "a\x00b"})
    with pytest.raises(UnstorableCase, match="notes contains a NUL character"):
        store.add_case(bad, "clerk")
    assert store.count_cases() == 0


# -- plain SQL over the normalized tables ----------------------------------------------------------

NON_UNANIMOUS_SQL = """
    SELECT c.id, p.votes_guilty, p.votes_not_guilty
    FROM cases c JOIN proceedings p ON p.case_id = c.id
    WHERE c.deleted_at IS NULL AND p.unanimous = false
    ORDER BY c.id"""

RECANTATIONS_AFTER_2015_SQL = """
    SELECT c.id, pe.name, t.recantation_date
    FROM testimony t JOIN cases c ON c.id = t.case_id
    JOIN people pe ON pe.case_id = t.case_id AND pe.id = t.witness
    WHERE t.has_recantation AND t.recantation_date_earliest > :day
    ORDER BY c.id, t.position"""


def test_sql_non_unanimous_verdicts(examples_store):
    with examples_store.engine.connect() as conn:
        rows = [tuple(r) for r in conn.execute(sa.text(NON_UNANIMOUS_SQL))]
    assert rows == [("la-guidry-2007", 10, 2)]


def test_sql_recantations_after_2015(examples_store):
    with examples_store.engine.connect() as conn:
        rows = [tuple(r) for r in conn.execute(sa.text(RECANTATIONS_AFTER_2015_SQL), {"day": dt.date(2015, 12, 31)})]
    assert rows == [("la-guidry-2007", "Jalen Comeaux", "2022-09-14"), ("la-guidry-2007", "Derrick Savoie", "2025-03-05")]


def test_sql_partial_dates_have_ranges(examples_store):
    with examples_store.engine.connect() as conn:
        row = conn.execute(sa.text(
            "SELECT offense_date, offense_date_earliest, offense_date_latest FROM charges "
            "WHERE case_id = 'la-mouton-1994' AND position = 0")).one()
    # SQLite hands raw SQL dates back as ISO text, PostgreSQL as dates: compare as text.
    assert tuple(str(v) for v in row) == ("1994-07", "1994-07-01", "1994-07-31")


def test_sql_provenance_points_at_its_fact(examples_store):
    with examples_store.engine.connect() as conn:
        rows = conn.execute(sa.text(
            "SELECT owner, owner_position, owner_id, source, quote FROM provenance "
            "WHERE case_id = 'la-guidry-2007' AND owner = 'testimony.recantation' ORDER BY owner_position")).all()
    assert [tuple(r) for r in rows] == [
        ("testimony.recantation", 0, "t1", "aff-comeaux", "I did not see who fired. Detective Thibodeaux told me what to say."),
        ("testimony.recantation", 1, "t2", "aff-savoie",
         "I was not on Plank Road that night. I was at my cousin's house in Scotlandville."),
    ]


def test_sql_corroboration_links(examples_store):
    with examples_store.engine.connect() as conn:
        rows = conn.execute(sa.text(
            "SELECT e.id, l.target FROM evidence e JOIN evidence_corroborates l "
            "ON l.case_id = e.case_id AND l.evidence_position = e.position "
            "WHERE e.case_id = 'la-guidry-2007' ORDER BY l.position")).all()
    assert [tuple(r) for r in rows] == [("e3", "t2"), ("e3", "e2")]


def test_sql_unknown_fields_are_kept_as_json(examples_store):
    with examples_store.engine.connect() as conn:
        rows = conn.execute(sa.text(
            "SELECT case_id, id, extra FROM people WHERE extra IS NOT NULL "
            "UNION ALL SELECT case_id, id, extra FROM evidence WHERE extra IS NOT NULL ORDER BY 1, 2")).all()
    decoded = [(r[0], r[1], r[2] if isinstance(r[2], dict) else json.loads(r[2])) for r in rows]
    assert decoded == [
        ("la-mouton-1994", "e1", {"storage_location": "Lafayette Parish Sheriff's evidence room, item 94-3317 (fictional)"}),
        ("la-mouton-1994", "victim", {"note": "pseudonym used in the record"}),
    ]


# -- lists, filters and full-text search -----------------------------------------------------------

@pytest.mark.parametrize("query, expected", [
    ("Guidry", {"la-guidry-2007"}),
    ("guid", {"la-guidry-2007"}),                      # prefix
    ("HEBERT", {"la-guidry-2007"}),                    # case and accents folded (Hébert)
    ("melancon", {"la-guidry-2007"}),
    ("little marc", {"la-guidry-2007"}),               # alias
    ("aggravated rape", {"la-mouton-1994"}),           # offense
    ("14:42", {"la-mouton-1994"}),                     # statute
    ("manslaughter", {"la-lejeune-2015"}),
    ("louisiana", {"la-guidry-2007", "la-mouton-1994", "la-lejeune-2015"}),
    ("louisiana mouton", {"la-mouton-1994"}),          # every word must match
    ("fictional example", {"la-guidry-2007", "la-mouton-1994", "la-lejeune-2015"}),  # notes
    ("cell-site", {"la-guidry-2007"}),                 # evidence description
    ("zzzz", set()),
])
def test_search(examples_store, query, expected):
    assert {s.id for s in examples_store.search(query)} == expected
    assert examples_store.count_cases(query) == len(expected)


def test_index_text_makes_documents_searchable(stocked):
    stocked.index_text("la-lejeune-2015", "document:7", "Deposition of Ms. Quintanilla about the Pineville shooting")
    assert [s.id for s in stocked.search("quintanilla")] == ["la-lejeune-2015"]
    stocked.save_case(load_case(LEJEUNE).model_copy(update={"notes": "changed"}), "clerk")
    assert [s.id for s in stocked.search("quintanilla")] == ["la-lejeune-2015"]  # survives edits
    stocked.index_text("la-lejeune-2015", "document:7", "")
    assert stocked.search("quintanilla") == []
    with pytest.raises(StoreError, match="reserved"):
        stocked.index_text("la-lejeune-2015", "case", "x")
    with pytest.raises(CaseNotFound):
        stocked.index_text("nope", "document:1", "x")


@pytest.mark.parametrize("filters, expected", [
    ({}, ["la-lejeune-2015", "la-mouton-1994", "la-guidry-2007"]),
    ({"non_unanimous": True}, ["la-guidry-2007"]),
    ({"non_unanimous": False}, ["la-mouton-1994"]),
    ({"factor": "FMFE"}, ["la-mouton-1994"]),
    ({"custody": "imprisoned"}, ["la-lejeune-2015", "la-mouton-1994", "la-guidry-2007"]),
    ({"jurisdiction": "US-TX"}, []),
])
def test_list_filters(examples_store, filters, expected):
    assert [s.id for s in examples_store.list_cases(**filters)] == expected
    assert examples_store.count_cases(**filters) == len(expected)


def test_list_summary_and_paging(examples_store):
    (first,) = examples_store.list_cases(limit=1, offset=2)
    assert (first.id, first.title, first.jurisdiction, first.county, first.defendants, first.non_unanimous) == (
        "la-guidry-2007", "State of Louisiana v. Marcus Guidry", "US-LA", "East Baton Rouge Parish",
        ("Marcus Guidry",), True)
    assert first.updated_at.tzinfo == dt.timezone.utc


# -- backup ----------------------------------------------------------------------------------------

def test_backup_jsonl(stocked, tmp_path):
    stocked.delete_case("la-mouton-1994", "clerk")
    stocked.index_text("la-guidry-2007", "document:1", "affidavit text")
    target = stocked.backup(tmp_path / "cases.jsonl", "jsonl")
    lines = [json.loads(line) for line in target.read_text(encoding="utf-8").splitlines()]
    assert lines[0]["format"] == "dayincourt.backup/1" and lines[0]["cases"] == 3
    by_type: dict[str, list] = {}
    for line in lines[1:]:
        by_type.setdefault(line["type"], []).append(line)
    assert [c["id"] for c in by_type["case"]] == ["la-guidry-2007", "la-lejeune-2015", "la-mouton-1994"]
    assert by_type["case"][2]["deleted_at"] is not None
    assert parse_case(by_type["case"][0]["case"]) == load_case(GUIDRY)
    assert [(a["case_id"], a["action"]) for a in by_type["audit"]][-1] == ("la-mouton-1994", "delete")
    assert by_type["text"] == [{"type": "text", "case_id": "la-guidry-2007", "kind": "document:1",
                                "text": "affidavit text"}]
    with pytest.raises(StoreError, match="already exists"):
        stocked.backup(target, "jsonl")


def test_backup_sqlite_copy_is_a_working_store(stocked, tmp_path):
    if stocked.engine.dialect.name != "sqlite":
        with pytest.raises(StoreError, match="JSON Lines"):
            stocked.backup(tmp_path / "copy.sqlite", "sqlite")
        return
    target = stocked.backup(tmp_path / "copy.sqlite")
    with sqlite3.connect(target) as raw:
        assert raw.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    copy = open_store(f"sqlite:///{target}")
    assert copy.get_case("la-guidry-2007") == load_case(GUIDRY)
    assert copy.count_cases() == 3
    copy.close()


# -- concurrency -----------------------------------------------------------------------------------

def test_concurrent_writers(store_url):
    """Writers in threads (own connections): distinct cases all land; one id added twice lands once."""
    base = load_case(MOUTON)
    stores = [open_store(store_url) for _ in range(4)]
    outcomes: list[str] = []

    def add(i: int) -> None:
        s = stores[i]
        s.add_case(base.model_copy(update={"id": f"case-{i}"}), f"w{i}")
        try:
            s.add_case(base.model_copy(update={"id": "contested"}), f"w{i}")
            outcomes.append("added")
        except CaseExists:
            outcomes.append("exists")
        s.save_case(base.model_copy(update={"id": "saved", "notes": f"by {i}"}), f"w{i}")

    threads = [threading.Thread(target=add, args=(i,)) for i in range(4)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    assert sorted(outcomes) == ["added", "exists", "exists", "exists"]
    assert stores[0].count_cases() == 6
    assert len(stores[0].history("saved")) == 4  # one add and three updates, none lost
    for s in stores:
        s.close()


def test_add_cases_in_bulk(store):
    cases = [load_case(p) for p in (GUIDRY, MOUTON, LEJEUNE)]
    assert store.add_cases(cases, "importer") == 3
    for case in cases:
        assert store.get_case(case.id) == case
        assert [(e.action, e.actor) for e in store.history(case.id)] == [("add", "importer")]
    assert [s.id for s in store.search("cell-site")] == ["la-guidry-2007"]
    assert store.list_cases(non_unanimous=True)[0].id == "la-guidry-2007"


@pytest.mark.parametrize("batch, message", [
    (["new-one", "la-mouton-1994"], "case 'la-mouton-1994' already exists"),
    (["new-one", "new-one"], "case 'new-one' is given more than once"),
])
def test_add_cases_is_all_or_nothing(store, batch, message):
    store.add_case(load_case(MOUTON), "clerk")
    before = row_counts(store)
    base = load_case(GUIDRY)
    with pytest.raises(CaseExists, match=message):
        store.add_cases([base.model_copy(update={"id": i}) for i in batch], "importer")
    assert row_counts(store) == before


def test_backup_restores_into_a_new_sqlite_store(stocked, tmp_path):
    """JSON Lines backup -> restore: same cases, states, history and document search (also PostgreSQL -> SQLite)."""
    stocked.delete_case("la-mouton-1994", "clerk")
    stocked.save_case(load_case(GUIDRY).model_copy(update={"notes": "edited"}), "counsel")
    stocked.index_text("la-lejeune-2015", "document:3", "Quintanilla deposition")
    backup = stocked.backup(tmp_path / "all.jsonl", "jsonl")
    with open_store(f"sqlite:///{tmp_path}/restored.sqlite") as restored:
        assert restored.restore_backup(backup) == 3
        assert restored.list_cases() == stocked.list_cases()
        for case_id in ("la-guidry-2007", "la-mouton-1994", "la-lejeune-2015"):
            assert restored.history(case_id) == stocked.history(case_id)
        with pytest.raises(CaseNotFound):
            restored.get_case("la-mouton-1994")
        assert [s.id for s in restored.search("quintanilla")] == ["la-lejeune-2015"]
        restored.delete_case("la-guidry-2007", "clerk")  # new events follow the restored ones
        assert [e.id for e in restored.history("la-guidry-2007")][-1] > max(
            e.id for c in ("la-guidry-2007", "la-mouton-1994", "la-lejeune-2015") for e in stocked.history(c))
        with pytest.raises(StoreError, match="not empty"):
            restored.restore_backup(backup)


def test_restore_into_this_database(stocked, store_url, tmp_path):
    backup = stocked.backup(tmp_path / "all.jsonl", "jsonl")
    stocked.close()
    with open_store(store_url) as same:
        with pytest.raises(StoreError, match="not empty"):
            same.restore_backup(backup)
    not_backup = tmp_path / "x.jsonl"
    not_backup.write_text('{"hello": 1}\n', encoding="utf-8")
    with pytest.raises(StoreError, match="not a dayincourt.backup/1 file"):
        stocked.restore_backup(not_backup)


def test_restore_into_each_database(store, tmp_path):
    """SQLite -> JSON Lines -> this database (PostgreSQL: the audit id sequence continues after the restored ids)."""
    with open_store(f"sqlite:///{tmp_path}/source.sqlite") as source:
        source.add_cases([load_case(p) for p in (GUIDRY, MOUTON)], "clerk")
        source.delete_case("la-mouton-1994", "clerk")
        backup = source.backup(tmp_path / "source.jsonl", "jsonl")
        assert store.restore_backup(backup) == 2
        assert store.list_cases() == source.list_cases()
        assert store.history("la-mouton-1994") == source.history("la-mouton-1994")
    store.save_case(load_case(GUIDRY).model_copy(update={"notes": "after restore"}), "counsel")
    assert [e.id for e in store.history("la-guidry-2007")] == [1, 4]
