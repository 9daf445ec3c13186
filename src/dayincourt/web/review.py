"""Uploaded documents, their extraction, and the review that moves each fact into a case.

Nothing enters a case without a person accepting it: extraction only creates
``pending`` review rows; ``decide`` accepts (possibly edited) or rejects one row,
and only an accept changes the case, through the store (so it is audited).
Provenance (source, span, quote, asserted_by) is kept on every accepted fact.
"""

from __future__ import annotations

import copy
import datetime as dt
import hashlib
import secrets
from dataclasses import dataclass
from pathlib import PurePath
from typing import Any

import sqlalchemy as sa

from ..casefile import Case, CaseFileError, case_to_dict, parse_case
from ..extract import extract_document
from ..ingest import IngestError, ingest
from ..store import write_transaction
from . import tables as t

LIST_SECTIONS = ("people", "charges", "proceedings", "testimony", "evidence", "factors")
FIELD_NAMES = ("jurisdiction", "county", "trial_court")
SOURCE_KINDS = {"news", "opinion", "order", "affidavit", "transcript", "record", "letter", "other"}


class UploadRejected(ValueError):
    """An upload that is too big, of a type we do not read, or that cannot be read."""


class UploadTooLarge(UploadRejected):
    """An upload over the size limit."""


class ReviewError(ValueError):
    """A review decision that cannot be applied; ``lines`` says why, one problem a line."""

    def __init__(self, lines: list[str]):
        self.lines = lines
        super().__init__("; ".join(lines))


class DocumentNotFound(LookupError):
    """No document or review row with that id."""


@dataclass(frozen=True, slots=True)
class DocumentRecord:
    id: str
    case_id: str
    filename: str
    kind: str
    sha256: str
    size: int
    uploaded_by: str
    uploaded_at: dt.datetime
    text: str
    extraction: dict[str, Any]

    def person_names(self) -> dict[str, str]:
        """Person id -> name in the extracted draft."""
        people = (self.extraction.get("case") or {}).get("people") or ()
        return {p["id"]: p["name"] for p in people if p.get("id") and p.get("name")}

    @property
    def source_id(self) -> str:
        """The id of this document in the case's ``sources``."""
        return f"doc-{self.sha256[:12]}"

    def summary(self) -> dict[str, Any]:
        return {"id": self.id, "case": self.case_id, "filename": self.filename, "kind": self.kind,
                "sha256": self.sha256, "size": self.size, "uploaded_by": self.uploaded_by,
                "uploaded_at": self.uploaded_at.isoformat(), "source_id": self.source_id}


@dataclass(frozen=True, slots=True)
class ReviewRow:
    id: int
    document_id: str
    section: str
    position: int
    fact: dict[str, Any]
    status: str
    final: dict[str, Any] | None
    assigned_id: str | None
    decided_by: str | None
    decided_at: dt.datetime | None

    def label(self, names: dict[str, str] | None = None) -> str:
        return describe(self.section, self.fact, names)

    def spans(self) -> list[tuple[int, int]]:
        return fact_spans(self.fact)

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "document": self.document_id, "section": self.section,
                "position": self.position, "label": self.label(), "fact": self.fact,
                "status": self.status, "final": self.final, "assigned_id": self.assigned_id,
                "decided_by": self.decided_by,
                "decided_at": self.decided_at.isoformat() if self.decided_at else None}


@dataclass(frozen=True, slots=True)
class Segment:
    """A run of document text, and the review row whose quote it belongs to (if any)."""

    text: str
    fact_id: int | None
    start: int


def sniff(data: bytes, filename: str) -> str:
    """The file type ("txt", "html" or "pdf") from the bytes, checked against the name.

    Raises:
        UploadRejected: content we do not read, or a name that says another type.
    """
    head = data[:2048]
    if head.startswith(b"%PDF-"):
        kind = "pdf"
    else:
        if b"\x00" in data[:65536]:
            raise UploadRejected(f"{filename}: binary content is not a text, HTML or PDF document")
        try:
            sample = data[:65536].decode("utf-8")
        except UnicodeDecodeError as exc:
            if exc.start < 65530:  # a multi-byte character cut at the sample end is fine
                raise UploadRejected(f"{filename}: not UTF-8 text, HTML or PDF") from None
            sample = data[:exc.start].decode("utf-8")
        lowered = sample.lstrip("\ufeff \t\r\n").lower()
        kind = "html" if lowered.startswith(("<!doctype html", "<html")) or "<body" in lowered[:2048] \
            else "txt"
    suffix = PurePath(filename).suffix.lower().lstrip(".")
    expected = {"txt": {"txt", "text", ""}, "html": {"html", "htm", "txt"}, "pdf": {"pdf"}}[kind]
    if suffix not in expected:
        raise UploadRejected(f"{filename}: the content is {kind}, but the name ends in .{suffix}; "
                             "upload .txt, .html or .pdf files")
    return kind


def add_document(engine: sa.Engine, case_id: str, filename: str, data: bytes, *,
                 uploaded_by: str, now: dt.datetime) -> DocumentRecord:
    """Read an uploaded document, extract a draft, and store it with one pending row per fact."""
    filename = PurePath(filename.replace("\\", "/")).name[:255] or "upload.txt"
    kind = sniff(data, filename)
    stem = PurePath(filename).stem or "upload"
    try:
        document = ingest(data, name=f"{stem}.{kind}")
    except IngestError as exc:
        raise UploadRejected(f"{filename}: {exc}") from None
    extraction = extract_document(document)
    draft = case_to_dict(extraction.case)
    record = DocumentRecord(
        id=secrets.token_hex(8), case_id=case_id, filename=filename,
        kind=str(getattr(document, "kind", kind)), sha256=hashlib.sha256(data).hexdigest(),
        size=len(data), uploaded_by=uploaded_by, uploaded_at=now, text=document.text,
        extraction=extraction.to_dict())
    rows: list[dict[str, Any]] = []
    for section in LIST_SECTIONS:
        for position, item in enumerate(draft.get(section) or ()):
            rows.append({"section": section, "position": position, "fact": item})
    if draft.get("custody"):
        rows.append({"section": "custody", "position": 0, "fact": draft["custody"]})
    for position, name in enumerate(FIELD_NAMES):
        if draft.get(name) not in (None, "", "unknown"):
            rows.append({"section": "field", "position": position,
                         "fact": {"field": name, "value": draft[name]}})
    with write_transaction(engine) as conn:
        conn.execute(sa.insert(t.documents).values(
            id=record.id, case_id=case_id, filename=filename, kind=record.kind,
            sha256=record.sha256, size=record.size, text=record.text,
            extraction=record.extraction, uploaded_by=uploaded_by, uploaded_at=now))
        for row in rows:
            conn.execute(sa.insert(t.fact_reviews).values(document_id=record.id, status="pending",
                                                          **row))
    return record


def _document(row: Any) -> DocumentRecord:
    return DocumentRecord(id=row.id, case_id=row.case_id, filename=row.filename, kind=row.kind,
                          sha256=row.sha256, size=row.size, uploaded_by=row.uploaded_by,
                          uploaded_at=row.uploaded_at, text=row.text, extraction=row.extraction)


def get_document(engine: sa.Engine, document_id: str) -> DocumentRecord:
    with engine.connect() as conn:
        row = conn.execute(sa.select(t.documents).where(t.documents.c.id == document_id)).first()
    if row is None:
        raise DocumentNotFound(f"document {document_id!r}: not found")
    return _document(row)


def list_documents(engine: sa.Engine, case_id: str) -> list[DocumentRecord]:
    with engine.connect() as conn:
        rows = conn.execute(sa.select(t.documents).where(t.documents.c.case_id == case_id)
                            .order_by(t.documents.c.uploaded_at)).all()
    return [_document(r) for r in rows]


def _review(row: Any) -> ReviewRow:
    return ReviewRow(id=row.id, document_id=row.document_id, section=row.section,
                     position=row.position, fact=row.fact, status=row.status, final=row.final,
                     assigned_id=row.assigned_id, decided_by=row.decided_by,
                     decided_at=row.decided_at)


def review_rows(engine: sa.Engine, document_id: str) -> list[ReviewRow]:
    with engine.connect() as conn:
        rows = conn.execute(sa.select(t.fact_reviews)
                            .where(t.fact_reviews.c.document_id == document_id)
                            .order_by(t.fact_reviews.c.id)).all()
    return [_review(r) for r in rows]


def fact_spans(fact: dict[str, Any]) -> list[tuple[int, int]]:
    """The (start, end) spans of a fact's provenance, its recantation's included."""
    spans = []
    for holder in (fact, fact.get("recantation") or {}):
        for prov in holder.get("src") or ():
            if isinstance(prov.get("start"), int) and isinstance(prov.get("end"), int):
                spans.append((prov["start"], prov["end"]))
    return spans


def quotes(fact: dict[str, Any]) -> list[str]:
    out = []
    for holder in (fact, fact.get("recantation") or {}):
        out.extend(p["quote"] for p in holder.get("src") or () if p.get("quote"))
    return out


def segments(text: str, rows: list[ReviewRow]) -> list[Segment]:
    """The document text cut at every quoted span, each piece tagged with the first fact quoting it."""
    cuts = {0, len(text)}
    marks: list[tuple[int, int, int]] = []
    for row in rows:
        for start, end in row.spans():
            start, end = max(0, min(start, len(text))), max(0, min(end, len(text)))
            if end > start:
                cuts.update((start, end))
                marks.append((start, end, row.id))
    ordered = sorted(cuts)
    out = []
    for a, b in zip(ordered, ordered[1:], strict=False):
        owner = next((fid for s, e, fid in marks if s <= a and b <= e), None)
        out.append(Segment(text=text[a:b], fact_id=owner, start=a))
    return out


def describe(section: str, fact: dict[str, Any], names: dict[str, str] | None = None) -> str:
    """A one-line, plain description of an extracted fact for the review screen.

    ``names`` maps the draft's person ids to names, so testimony reads "by Jane Doe".
    """
    if section == "people":
        return f"Person: {fact.get('name')} ({', '.join(fact.get('roles') or ['role unknown'])})"
    if section == "charges":
        return f"Charge: {fact.get('offense')}" + (f", {fact['offense_date']}"
                                                   if fact.get("offense_date") else "")
    if section == "proceedings":
        parts = [str(fact.get("kind", "")).replace("_", " ")]
        when = fact.get("decided") or fact.get("date") or fact.get("filed")
        if when:
            parts.append(str(when))
        if fact.get("outcome"):
            parts.append(str(fact["outcome"]))
        verdict = fact.get("verdict") or {}
        if verdict:
            votes = ""
            if verdict.get("votes_guilty") is not None:
                votes = f" {verdict['votes_guilty']}-{verdict.get('votes_not_guilty', '?')}"
            parts.append(f"verdict {verdict.get('outcome', '?')}{votes}"
                         + (f" ({verdict['form']})" if verdict.get("form") else ""))
        sentence = fact.get("sentence") or {}
        if sentence:
            parts.append("sentence " + str(sentence.get("kind", "?")).replace("_", " ")
                         + (f" {sentence['years']} years" if sentence.get("years") else ""))
        return "Proceeding: " + ", ".join(parts)
    if section == "testimony":
        rec = " — recanted" if fact.get("recantation") else ""
        witness = (names or {}).get(str(fact.get("witness")), fact.get("witness"))
        return f"Testimony by {witness} ({fact.get('subject', 'subject unknown')}){rec}"
    if section == "evidence":
        return f"Evidence ({fact.get('kind')}): {fact.get('description')}"
    if section == "factors":
        return f"Factor {fact.get('code')}" + (f": {fact['description']}"
                                               if fact.get("description") else "")
    if section == "custody":
        return f"Custody: {fact.get('status')}" + (f" since {fact['since']}"
                                                   if fact.get("since") else "")
    return f"{str(fact.get('field')).replace('_', ' ').capitalize()}: {fact.get('value')}"


def _retarget(value: Any, source_id: str, id_map: dict[str, str]) -> Any:
    """Point a fact's provenance at the document's source, and ``asserted_by`` at accepted ids."""
    if isinstance(value, dict):
        out = {k: _retarget(v, source_id, id_map) for k, v in value.items()}
        if isinstance(value.get("src"), list):
            out["src"] = [{**p, "source": source_id} for p in out["src"] if isinstance(p, dict)]
        if isinstance(value.get("asserted_by"), str):
            out["asserted_by"] = id_map.get(value["asserted_by"], value["asserted_by"])
        return out
    if isinstance(value, list):
        return [_retarget(v, source_id, id_map) for v in value]
    return value


def _free_id(wanted: str, taken: set[str], suffix: str) -> str:
    if wanted not in taken:
        return wanted
    n = 1
    while f"{wanted}-{suffix}{'' if n == 1 else n}" in taken:
        n += 1
    return f"{wanted}-{suffix}{'' if n == 1 else n}"


def merge_fact(case: Case, document: DocumentRecord, section: str, fact: dict[str, Any],
               id_map: dict[str, str]) -> tuple[Case, str | None]:
    """The case with one reviewed fact added, and the id the fact got in the case.

    People already in the case under the same name are merged (roles and sources joined);
    ids that clash get a suffix; references to people or items accepted earlier from the
    same document follow their new ids.

    Raises:
        ReviewError: the result is not a valid case (the lines name the path and problem).
    """
    data = case_to_dict(case)
    fact = _retarget(copy.deepcopy(fact), document.source_id, id_map)
    sources = data.setdefault("sources", [])
    if not any(s.get("id") == document.source_id for s in sources):
        source = {"id": document.source_id, "title": document.filename,
                  "sha256": document.sha256, "location": f"upload:{document.id}"}
        kind = document.extraction.get("document", {}).get("kind") or document.kind
        if kind in SOURCE_KINDS:
            source["kind"] = kind
        sources.append(source)
    assigned: str | None = None
    taken = {item["id"] for name in ("people", "charges", "proceedings", "testimony", "evidence",
                                      "sources") for item in data.get(name) or () if item.get("id")}
    suffix = document.id[:4]
    if section == "people":
        name = " ".join(str(fact.get("name", "")).casefold().split())
        same = next((p for p in data.get("people") or ()
                     if " ".join(p["name"].casefold().split()) == name), None)
        if same is not None:
            same["roles"] = list(dict.fromkeys((same.get("roles") or []) + (fact.get("roles") or [])))
            same["src"] = (same.get("src") or []) + (fact.get("src") or [])
            assigned = same["id"]
        else:
            assigned = fact["id"] = _free_id(str(fact.get("id", "p")), taken, suffix)
            data.setdefault("people", []).append(fact)
    elif section in LIST_SECTIONS:
        if section == "testimony" and fact.get("witness") in id_map:
            fact["witness"] = id_map[fact["witness"]]
        if section == "evidence" and fact.get("corroborates"):
            fact["corroborates"] = [id_map.get(r, r) for r in fact["corroborates"]]
        if fact.get("id"):
            assigned = fact["id"] = _free_id(str(fact["id"]), taken, suffix)
        data.setdefault(section, []).append(fact)
    elif section == "custody":
        data["custody"] = fact
    elif section == "field":
        data[str(fact.get("field"))] = fact.get("value")
    else:
        raise ReviewError([f"section {section!r}: not a reviewable section"])
    try:
        return parse_case(data, f"case {case.id}"), assigned
    except CaseFileError as exc:
        raise ReviewError(exc.lines()) from None


def decide(store, document: DocumentRecord, row_id: int, action: str, *,  # noqa: ANN001
           actor: str, now: dt.datetime, edited: dict[str, Any] | None = None) -> ReviewRow:
    """Accept (as extracted or ``edited``) or reject one extracted fact.

    Accepting saves the case through the store, which audits the change.

    Raises:
        DocumentNotFound: no such row in this document.
        ReviewError: an unknown action, a row already decided, or a fact the case rejects.
    """
    if action not in ("accept", "reject"):
        raise ReviewError([f"action {action!r}: must be accept or reject"])
    rows = review_rows(store.engine, document.id)
    row = next((r for r in rows if r.id == row_id), None)
    if row is None:
        raise DocumentNotFound(f"fact {row_id} of document {document.id}: not found")
    if row.status != "pending":
        raise ReviewError([f"fact {row_id}: already {row.status} by {row.decided_by}"])
    values: dict[str, Any] = {"decided_by": actor, "decided_at": now}
    if action == "reject":
        values["status"] = "rejected"
    else:
        final = edited if edited is not None else row.fact
        if not isinstance(final, dict):
            raise ReviewError([f"fact {row_id}: an edited fact must be a mapping"])
        id_map = {}
        for other in rows:
            if other.status in ("accepted", "edited") and other.assigned_id:
                original = (other.fact or {}).get("id")
                if original:
                    id_map[original] = other.assigned_id
        case, assigned = merge_fact(store.get_case(document.case_id), document, row.section,
                                    final, id_map)
        store.save_case(case, actor)
        values.update(status="edited" if edited is not None and edited != row.fact else "accepted",
                      final=final, assigned_id=assigned)
    with write_transaction(store.engine) as conn:
        conn.execute(sa.update(t.fact_reviews).where(t.fact_reviews.c.id == row_id).values(**values))
    return next(r for r in review_rows(store.engine, document.id) if r.id == row_id)
