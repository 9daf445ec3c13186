"""``extract_document``: a Document to a draft ``dayincourt.case/1`` with provenance on every fact."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Any

from ..casefile import SCHEMA_ID, Case, case_to_dict, parse_case
from ..ingest import Document
from ._text import slug, surname
from .charges import extract_charges
from .citations import Citation
from .context import Context, build_context
from .dates import offense_date
from .factors import extract_factors
from .facts import Evidence, PersonFact
from .people import NameIndex, People, extract_people
from .proceedings import decided_kind, disposition, extract_proceedings
from .recantations import extract_recantations
from .sentences import extract_sentences
from .verdicts import convicted_of_lesser, extract_convictions, implied_conviction
from .verdicts import graded_lower as _graded_lower  # noqa: F401  (the name older tests import from here)

EXTRACTOR = "dayincourt.extract"


@dataclass(frozen=True)
class Extraction:
    """The result of extracting one document.

    Attributes:
        document: The ingested document (its ``text`` is what every span indexes).
        kind: Detected document kind: news | opinion | order | affidavit | transcript | record | letter | other.
        case: The draft case; every fact carries ``src`` provenance into ``document.text``.
        citations: Citations found in the text.
    """

    document: Document
    kind: str
    case: Case
    citations: tuple[Citation, ...] = field(default_factory=tuple)

    def to_dict(self) -> dict[str, Any]:
        """The CONTRACTS section 2 object."""
        doc = self.document
        return {
            "document": {"path": doc.path, "sha256": doc.sha256, "kind": self.kind, "chars": len(doc.text)},
            "case": case_to_dict(self.case),
            "citations": [c.to_dict() for c in self.citations],
        }


class _Builder:
    """Turns extractor facts into case-file dicts with provenance."""

    def __init__(self, ctx: Context):
        self.ctx = ctx
        self.text = ctx.text

    def src(self, start: int, end: int, method: str, confidence: float, asserted_by: str | None = None) -> list[dict]:
        start = max(0, min(start, len(self.text)))
        end = max(start, min(end, len(self.text)))
        rec: dict[str, Any] = {
            "source": self.ctx.source_id, "start": start, "end": end, "quote": self.text[start:end],
            "method": method, "confidence": round(confidence, 2),
        }
        if asserted_by:
            rec["asserted_by"] = asserted_by
        return [rec]

    def ev(self, ev: Evidence) -> dict:
        return self.src(ev.start, ev.end, ev.method, ev.confidence)[0]


def _jurisdiction(ctx: Context) -> str:
    gov = " ".join(p.name for p in ctx.parties if p.government).lower()
    if "united states" in gov:
        return "US-FED"
    if ctx.state:
        return f"US-{ctx.state}"
    return "unknown"


def _merge_surnames(people: list[PersonFact]) -> list[PersonFact]:
    """A surname-only person merges into the one full-named person with that surname (judges stay apart)."""
    out: list[PersonFact] = []
    full = [p for p in people if not p.surname_only]
    for p in people:
        if not p.surname_only or p.roles == {"judge"}:
            out.append(p)
            continue
        same = [f for f in full if surname(f.name).lower() == p.name.lower() and "judge" not in f.roles]
        if len(same) == 1:
            same[0].roles |= p.roles
            same[0].evidence.extend(p.evidence)
        else:
            out.append(p)
    return out


def _lesser(ctx: Context, offenses: list[str]) -> bool:
    """Charged with a greater offense, convicted only of a lesser one (indicted for rape, guilty of imposition;
    indicted for first-degree murder, pleaded to second-degree murder)."""
    m = re.search(r"\b(?:indicted|charged)\s+(?:\w+\s+){0,6}?(?:on|for|with)\s+(?P<what>[^.;]{3,160})",
                  ctx.text[ctx.header_end : ctx.body_end])
    return bool(m) and convicted_of_lesser(m.group("what"), offenses)


def extract_document(doc: Document) -> Extraction:
    """Extract a draft case file from one document.

    Args:
        doc: A document from ``dayincourt.ingest``.

    Returns:
        An ``Extraction`` whose ``case`` is a valid draft (empty of facts for an empty, foreign
        or civil document) and whose ``citations`` list every citation found.

    Example:
        >>> from dayincourt.ingest import ingest
        >>> x = extract_document(ingest(b"Jane Roe was convicted of robbery by a 10-2 jury verdict.", name="a.txt"))
        >>> x.case.proceedings[0].verdict.votes_guilty
        10
    """
    source_id = f"doc-{doc.sha256[:12]}"
    ctx = build_context(doc, source_id)
    b = _Builder(ctx)

    index = NameIndex(ctx)  # built once: people and the factor speakers resolve surnames through it
    people_facts, accused = extract_people(ctx, index)
    accused_name = accused.name if accused else None
    people_facts = _merge_surnames(people_facts)

    # recantations: witnesses, resolved to people already known by surname
    recants = extract_recantations(ctx)
    by_key = {People.key(p.name): p for p in people_facts}
    rec_people: list[tuple[PersonFact, Any]] = []
    for r in recants:
        name = r.witness
        p = by_key.get(People.key(name))
        if p is None and len(name.split()) == 1:
            cands = [q for q in people_facts if surname(q.name).lower() == name.lower()]
            p = cands[0] if len(cands) == 1 else None
        if p is not None and (p.roles & {"defendant", "judge", "prosecutor", "defense_counsel"}):
            continue
        if p is None:
            if len(name.split()) < 2:
                continue
            p = PersonFact(name=name, roles={"witness"})
            p.evidence.append(Evidence(r.start, r.end, "recantations", 0.6))
            people_facts.append(p)
            by_key[People.key(name)] = p
        p.roles.add("witness")
        rec_people.append((p, r))

    # ids
    ids: dict[int, str] = {}
    used: set[str] = set()
    for p in people_facts:
        pid = "p-" + slug(p.name)
        while pid in used:
            pid += "-x"
        used.add(pid)
        ids[id(p)] = pid
    name_to_id = {People.key(p.name): ids[id(p)] for p in people_facts}

    def person_id_for(name: str | None) -> str | None:
        if not name:
            return None
        k = People.key(name)
        if k in name_to_id:
            return name_to_id[k]
        sur = [p for p in people_facts if surname(p.name).lower() == name.lower()]
        return ids[id(sur[0])] if len(sur) == 1 else None

    people_out = []
    order = {"defendant": 0, "co_defendant": 1, "victim": 2, "witness": 3, "informant": 4, "police": 5,
             "prosecutor": 6, "defense_counsel": 7, "judge": 8}
    for p in people_facts:
        roles = sorted(p.roles, key=lambda r: order.get(r, 9))
        if "defendant" in roles and "witness" in roles:
            roles.remove("witness")
        if not roles:
            continue
        d: dict[str, Any] = {"id": ids[id(p)], "name": p.name, "roles": roles, "src": [b.ev(e) for e in p.evidence[:3]]}
        if p.aliases:
            d["aliases"] = sorted(p.aliases)
        people_out.append(d)

    # charges and offense date
    charges = extract_charges(ctx)
    od = offense_date(ctx)
    charges_out = []
    for i, c in enumerate(charges, 1):
        d = {"id": f"c{i}", "offense": c.offense, "convicted": True,
             "src": b.src(c.evidence.start, c.evidence.end, c.evidence.method, c.evidence.confidence)}
        if od is not None and i == 1:
            d["offense_date"] = od.value
            d["src"] += b.src(od.start, od.end, "dates.offense", od.confidence)
        charges_out.append(d)

    # proceedings: conviction(s) with verdict and sentence, then the others
    proceedings_out: list[dict[str, Any]] = []
    # this court's own outcome, read once: the implied conviction and the factors' status both need it
    own_outcome = disposition(ctx)[0] if ctx.kind in ("opinion", "order") and ctx.criminal else None
    convictions = extract_convictions(ctx)
    if not convictions and own_outcome is not None:
        implied = implied_conviction(ctx, decided_kind(ctx), own_outcome)
        convictions = [implied] if implied is not None else []
    sentence = extract_sentences(ctx)
    lesser = _lesser(ctx, [c.offense for c in charges])
    for n, conv in enumerate(convictions):
        if conv.result != "convicted":  # a hung jury: a trial with no verdict
            proceedings_out.append({"id": f"pr{len(proceedings_out) + 1}", "kind": conv.kind, "outcome": conv.result,
                                    "src": b.src(conv.start, conv.end, "verdicts.hung_jury", conv.confidence)})
            continue
        verdict: dict[str, Any] = {"outcome": "guilty_lesser" if lesser and conv.outcome == "guilty" else conv.outcome}
        if conv.form:
            verdict["form"] = conv.form
        if conv.votes:
            verdict["votes_guilty"], verdict["votes_not_guilty"] = conv.votes
        if conv.unanimous is not None:
            verdict["unanimous"] = conv.unanimous
        d = {"id": f"pr{len(proceedings_out) + 1}", "kind": conv.kind, "outcome": "convicted", "verdict": verdict,
             "src": b.src(conv.start, conv.end, "verdicts", conv.confidence)}
        if conv.vote_span:
            d["src"] += b.src(conv.vote_span[0], conv.vote_span[1], "verdicts.jury_votes", 0.8)
        if sentence is not None and n == len(convictions) - 1:
            sd: dict[str, Any] = {"kind": sentence.kind, "text": sentence.text}
            if sentence.years is not None:
                sd["years"] = round(sentence.years, 4)
            d["sentence"] = sd
            d["src"] += b.src(sentence.start, sentence.end, "sentences", sentence.confidence)
        proceedings_out.append(d)
    for pf in extract_proceedings(ctx, accused_name):
        d = {"id": f"pr{len(proceedings_out) + 1}", "kind": pf.kind, "src": b.src(pf.start, pf.end, pf.method, pf.confidence)}
        if pf.outcome:
            d["outcome"] = pf.outcome
        if pf.claims:
            d["claims"] = list(pf.claims)
        if pf.court:
            d["court"] = pf.court
        proceedings_out.append(d)

    # testimony with recantations
    testimony_out = []
    for i, (p, r) in enumerate(rec_people, 1):
        rec: dict[str, Any] = {"src": b.src(r.start, r.end, "recantations", 0.6)}
        for key in ("form", "date", "alleges_coercion", "found_credible"):
            val = getattr(r, key)
            if val is not None:
                rec[key] = val
        testimony_out.append({"id": f"t{i}", "witness": ids[id(p)], "recantation": rec,
                              "src": b.src(r.start, r.end, "recantations", 0.6)})

    # factors
    factors_out = []
    if ctx.criminal or ctx.kind == "news":
        for f in extract_factors(ctx, accused_name, own_outcome):
            if f.asserted_by:
                f = replace(f, asserted_by=index.resolve(f.asserted_by))
            asserted = person_id_for(f.asserted_by) or f.asserted_by
            if f.asserted_by and person_id_for(f.asserted_by) is None and ctx.kind == "news":
                # the speaker is a person of the story: record them (role "other"; not a party)
                pid = "p-" + slug(f.asserted_by)
                if pid not in used:
                    used.add(pid)
                    people_out.append({"id": pid, "name": f.asserted_by, "roles": ["other"],
                                       "src": b.src(f.start, f.end, "factors.speaker", 0.5)})
                name_to_id[People.key(f.asserted_by)] = pid
                asserted = pid
            d = {"code": f.code, "src": b.src(f.start, f.end, "factors", f.confidence, asserted)}
            for key in ("status", "actor"):
                if getattr(f, key):
                    d[key] = getattr(f, key)
            if asserted:
                d["asserted_by"] = asserted
            factors_out.append(d)

    # the case
    defendant = next((p for p in people_out if "defendant" in p["roles"]), None)
    gov = next((p.name for p in ctx.parties if p.government), None)
    title = None
    if defendant and gov:
        title = f"{gov} v. {defendant['name']}"
    elif defendant:
        title = f"Draft: {defendant['name']}"
    case: dict[str, Any] = {
        "schema": SCHEMA_ID,
        "id": f"draft-{doc.sha256[:12]}",
        "jurisdiction": _jurisdiction(ctx),
        "sources": [{"id": source_id, "kind": _source_kind(ctx.kind), "location": doc.path or "<bytes>", "sha256": doc.sha256,
                     **({"title": str(doc.metadata["title"])} if doc.metadata.get("title") else {})}],
    }
    if title:
        case["title"] = title
    if ctx.court_line:
        case["trial_court" if not ctx.appellate else "notes"] = (
            ctx.court_line if not ctx.appellate else f"Decided by {ctx.court_line}."
        )
    for key, val in (("people", people_out), ("charges", charges_out), ("proceedings", proceedings_out),
                     ("testimony", testimony_out), ("factors", factors_out)):
        if val:
            case[key] = val
    return Extraction(document=doc, kind=ctx.kind, case=parse_case(case, doc.path or "<draft>"),
                      citations=tuple(ctx.citations))


def _source_kind(kind: str) -> str:
    return kind if kind in ("news", "opinion", "order", "affidavit", "transcript", "record", "letter") else "other"


__all__ = ["Extraction", "extract_document"]
