"""The memo's view model: everything the templates print, built once from the case.

``build_memo`` reads the case, its screening and (optionally) similar
exonerations and returns a frozen :class:`Memo`. Every fact row carries the
numbers of its footnotes; a footnote is one distinct provenance record (source
and quote), numbered in order of first appearance and linked to its source.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .. import __version__
from ..casefile import Case, Provenance
from ..law.results import NOT_LEGAL_ADVICE, ScreeningResult
from . import wording as w
from .timeline import TimelineEvent, case_events, sentence_text

MEMO_DISCLAIMER = (
    "This memo is an aid for review by counsel, not legal advice. It reports what the case file "
    "records and what the cited law requires; it does not say whether any person is guilty or "
    "innocent."
)

#: Sections a screening element can cite as a whole; the templates give them these anchors.
SECTIONS = ("custody", "people", "charges", "proceedings", "testimony", "evidence", "factors")

#: How many later proceedings the summary names before pointing to the table.
SUMMARY_STEPS = 8

#: How many similar exonerations the memo lists.
SIMILAR_LIMIT = 5

if TYPE_CHECKING:
    from ..registry import Similar

Refs = tuple[int, ...]


def anchor(*parts: str) -> str:
    """An HTML/Markdown fragment id made of lowercase letters, digits and dashes."""
    return re.sub(r"[^a-z0-9]+", "-", "-".join(parts).lower()).strip("-")


@dataclass(frozen=True, slots=True)
class Footnote:
    number: int
    source_id: str
    source_anchor: str
    source_title: str | None
    quote: str | None
    span: str | None
    asserted_by: str | None
    method: str | None


@dataclass(frozen=True, slots=True)
class Sentence:
    text: str
    refs: Refs = ()


@dataclass(frozen=True, slots=True)
class ChronologyRow:
    when: str
    category: str
    text: str
    refs: Refs


@dataclass(frozen=True, slots=True)
class PersonRow:
    anchor: str
    name: str
    aliases: str
    roles: str
    refs: Refs


@dataclass(frozen=True, slots=True)
class ChargeRow:
    anchor: str
    offense: str
    statute: str
    offense_date: str
    felony: str
    convicted: str
    refs: Refs


@dataclass(frozen=True, slots=True)
class ProceedingRow:
    anchor: str
    when: str
    step: str
    court: str
    result: str
    details: str
    refs: Refs


@dataclass(frozen=True, slots=True)
class TestimonyRow:
    anchor: str
    witness: str
    at_trial: str
    subject: str
    recantation: str
    refs: Refs


@dataclass(frozen=True, slots=True)
class EvidenceRow:
    anchor: str
    id: str
    description: str
    kind: str
    new: str
    discovered: str
    corroborates: str
    favors: str
    refs: Refs


@dataclass(frozen=True, slots=True)
class FactorRow:
    code: str
    label: str
    actor: str
    description: str
    asserted_by: str
    finding: str
    refs: Refs


@dataclass(frozen=True, slots=True)
class FactLink:
    text: str
    anchor: str | None


@dataclass(frozen=True, slots=True)
class ElementRow:
    id: str
    status: str
    status_label: str
    reason: str
    authority: str
    facts: tuple[FactLink, ...]


@dataclass(frozen=True, slots=True)
class RemedyView:
    id: str
    anchor: str
    name: str
    outcome: str
    outcome_label: str
    summary: str
    elements: tuple[ElementRow, ...]
    deadline: str | None
    deadline_state: str | None
    missing: tuple[str, ...]
    authorities: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class SimilarRow:
    name: str
    place: str
    crime: str
    convicted: str
    exonerated: str
    shared: str


@dataclass(frozen=True, slots=True)
class SourceRow:
    anchor: str
    id: str
    title: str
    kind: str
    location: str
    published: str
    sha256: str
    described: bool


@dataclass(frozen=True, slots=True)
class Memo:
    """The frozen view of one case that the Markdown, HTML and PDF templates read."""

    case_id: str
    title: str
    jurisdiction: str
    jurisdiction_name: str
    county: str | None
    trial_court: str | None
    custody: Sentence | None
    as_of: dt.date
    generated_at: dt.datetime
    version: str
    disclaimer: str
    summary: tuple[tuple[Sentence, ...], ...]
    notes: str | None
    events: tuple[TimelineEvent, ...]
    chronology: tuple[ChronologyRow, ...]
    people: tuple[PersonRow, ...]
    charges: tuple[ChargeRow, ...]
    proceedings: tuple[ProceedingRow, ...]
    testimony: tuple[TestimonyRow, ...]
    evidence: tuple[EvidenceRow, ...]
    screening: tuple[RemedyView, ...]
    screening_disclaimer: str
    factors: tuple[FactorRow, ...]
    similar: tuple[SimilarRow, ...] | None
    similar_citation: str
    sources: tuple[SourceRow, ...]
    footnotes: tuple[Footnote, ...]

    @property
    def generated(self) -> str:
        """The generation time as a reader writes it: ``2026-11-28 14:05 UTC``."""
        text = self.generated_at.strftime("%Y-%m-%d %H:%M")
        zone = self.generated_at.tzname()
        return f"{text} {zone}" if zone else text


class _Footnotes:
    """Numbers provenance records in order of first use: one number per source and quote.

    Who asserts the quote is part of the record too, so the same words asserted by two
    people stay two notes.
    """

    def __init__(self, case: Case) -> None:
        self._case = case
        self._numbers: dict[tuple[str, str | None, str | None], int] = {}
        self.notes: list[Footnote] = []

    def refs(self, *srcs: Sequence[Provenance] | None) -> Refs:
        out: list[int] = []
        for src in srcs:
            for prov in src or ():
                number = self._number(prov)
                if number not in out:
                    out.append(number)
        return tuple(sorted(out))

    def _number(self, prov: Provenance) -> int:
        key = (prov.source, prov.quote, prov.asserted_by)
        if key not in self._numbers:
            self._numbers[key] = len(self._numbers) + 1
            source = next((s for s in self._case.sources or () if s.id == prov.source), None)
            span = (f"characters {prov.start}\u2013{prov.end}"
                    if prov.start is not None and prov.end is not None else None)
            self.notes.append(Footnote(
                number=self._numbers[key], source_id=prov.source,
                source_anchor=anchor("source", prov.source),
                source_title=source.title if source else None, quote=prov.quote, span=span,
                asserted_by=_name(self._case, prov.asserted_by) if prov.asserted_by else None,
                method=prov.method,
            ))
        return self._numbers[key]


def _name(case: Case, person_id: str) -> str:
    person = case.person(person_id)
    return person.name if person else person_id


def build_memo(
    case: Case,
    as_of: dt.date,
    *,
    generated_at: dt.datetime,
    screening: ScreeningResult | None = None,
    similar: Sequence[Similar] | None = None,
    version: str = __version__,
) -> Memo:
    """Build the memo's view model.

    Args:
        case: the case file.
        as_of: the date the memo speaks for (screening and deadlines are computed on it).
        generated_at: when the memo is generated (a parameter, so output is reproducible).
        screening: the screening result; computed with ``dayincourt.law.screen`` when not given.
        similar: items from ``dayincourt.registry.similar_exonerations``; ``None`` when the
            registry is not loaded. The first five are listed.
        version: the dayincourt version printed in the header.

    Returns:
        A frozen :class:`Memo`.
    """
    if screening is None:
        from ..law import screen

        screening = screen(case, as_of)
    notes = _Footnotes(case)
    custody = None
    if case.custody is not None and case.custody.status:
        since = f" since {case.custody.since}" if case.custody.since else ""
        custody = Sentence(f"{w.CUSTODY[case.custody.status]}{since}", notes.refs(case.custody.src))
    summary = _summary(case, as_of, screening, notes)
    events = case_events(case, as_of, screening)
    chronology = tuple(
        ChronologyRow(e.when, e.category, e.detail, notes.refs(e.src)) for e in events)
    people = tuple(
        PersonRow(anchor("fact-people", p.id), p.name, ", ".join(p.aliases or ()),
                  ", ".join(w.ROLES[r] for r in p.roles or ()), notes.refs(p.src))
        for p in case.people or ())
    charges = tuple(
        ChargeRow(anchor("fact-charges", c.id or str(i)), c.offense, c.statute or "",
                  w.date_text(c.offense_date), w.yes_no(c.felony), w.yes_no(c.convicted),
                  notes.refs(c.src))
        for i, c in enumerate(case.charges or ()))
    proceedings = tuple(_proceeding_row(case, i, p, notes)
                        for i, p in enumerate(case.proceedings or ()))
    testimony = tuple(_testimony_row(case, i, t, notes) for i, t in enumerate(case.testimony or ()))
    evidence = tuple(_evidence_row(case, e, notes) for e in case.evidence or ())
    # Screening cites facts as "evidence/e1" (a row) or "charges" (a section).
    anchors = {r.anchor for r in (*people, *charges, *proceedings, *testimony, *evidence)}
    anchors |= {anchor("fact", name) for name in SECTIONS if name != "custody" or custody}
    remedies = tuple(_remedy_view(r, anchors) for r in screening.remedies)
    factors = tuple(
        FactorRow(f.code, w.FACTORS[f.code], w.ACTORS[f.actor] if f.actor else "not stated",
                  f.description or "", _name(case, f.asserted_by) if f.asserted_by else "",
                  w.FACTOR_FINDINGS[f.status] if f.status else "not stated", notes.refs(f.src))
        for f in case.factors or ())
    similar_rows = None if similar is None else tuple(
        _similar_row(s) for s in list(similar)[:SIMILAR_LIMIT])
    return Memo(
        case_id=case.id, title=case.title or case.id, jurisdiction=case.jurisdiction,
        jurisdiction_name=w.jurisdiction_name(case.jurisdiction), county=case.county,
        trial_court=case.trial_court, custody=custody, as_of=as_of, generated_at=generated_at, version=version,
        disclaimer=MEMO_DISCLAIMER, summary=summary, notes=case.notes, events=tuple(events),
        chronology=chronology, people=people, charges=charges, proceedings=proceedings,
        testimony=testimony, evidence=evidence, screening=remedies,
        screening_disclaimer=screening.disclaimer or NOT_LEGAL_ADVICE, factors=factors,
        similar=similar_rows, similar_citation=similar[0].citation if similar else "National Registry of Exonerations",
        sources=_sources(case, notes.notes), footnotes=tuple(notes.notes),
    )


def _proceeding_row(case: Case, index: int, p, notes: _Footnotes) -> ProceedingRow:  # type: ignore[no-untyped-def]
    when = w.date_text(p.when())
    if p.filed is not None and p.decided is not None:
        when = f"{p.decided} (filed {p.filed})"
    elif p.filed is not None and p.when() is p.filed:
        when = f"{p.filed} (filed)"
    result = [w.OUTCOMES[p.outcome]] if p.outcome else []
    if p.verdict is not None:
        v = p.verdict
        verdict = w.verdict_text(v.outcome, v.form)
        votes = w.votes_text(v.votes_guilty, v.votes_not_guilty)
        if votes:
            verdict += f", vote {votes}"
        if v.unanimous is not None:
            verdict += ", unanimous" if v.unanimous else ", not unanimous"
        result.append(verdict)
    if p.sentence is not None:
        result.append(f"sentence: {sentence_text(p.sentence)}")
    details = []
    if p.claims:
        details.append("claims: " + ", ".join(w.CLAIMS[c] for c in p.claims))
    if p.citation:
        details.append(p.citation)
    if p.hearing_held is not None:
        details.append("hearing held" if p.hearing_held else "no hearing held")
    if p.reasons:
        details.append(f"reasons: {p.reasons}")
    return ProceedingRow(
        anchor=anchor("fact-proceedings", p.id or str(index)), when=when,
        step=w.PROCEEDING_KINDS[p.kind], court=w.court_name(p.court) or "",
        result="; ".join(result), details="; ".join(details), refs=notes.refs(p.src),
    )


def _testimony_row(case: Case, index: int, t, notes: _Footnotes) -> TestimonyRow:  # type: ignore[no-untyped-def]
    rec = t.recantation
    recantation = "none recorded"
    if rec is not None:
        parts = [f"recanted {w.date_text(rec.date)}"]
        if rec.form:
            parts.append(f"by {rec.form}")
        if rec.alleges_coercion is not None:
            parts.append("alleges coercion" if rec.alleges_coercion else "no coercion alleged")
        parts.append({True: "a court found the recantation credible",
                      False: "a court found the recantation not credible",
                      None: "no court finding on credibility"}[rec.found_credible])
        recantation = "; ".join(parts)
    return TestimonyRow(
        anchor=anchor("fact-testimony", t.id or str(index)), witness=_name(case, t.witness),
        at_trial=w.yes_no(t.at_trial, "testified at trial", "not at trial"),
        subject=w.SUBJECTS[t.subject] if t.subject else "not stated", recantation=recantation,
        refs=notes.refs(t.src, rec.src if rec else None),
    )


def _evidence_row(case: Case, e, notes: _Footnotes) -> EvidenceRow:  # type: ignore[no-untyped-def]
    new = {False: "new: not known at trial", True: "known at trial", None: "not stated"}[
        e.known_at_trial]
    if e.known_at_trial is False and e.discoverable_at_trial is not None:
        new += "; could have been found at trial" if e.discoverable_at_trial else (
            "; could not have been found at trial")
    if e.corroborates is None:
        corroborates = "not stated"
    elif not e.corroborates:
        corroborates = "nothing recorded"
    else:
        corroborates = "; ".join(_describe_ref(case, ref) for ref in e.corroborates)
    return EvidenceRow(
        anchor=anchor("fact-evidence", e.id), id=e.id, description=e.description, kind=e.kind,
        new=new, discovered=w.date_text(e.discovered), corroborates=corroborates,
        favors=e.favors or "not stated", refs=notes.refs(e.src),
    )


def _describe_ref(case: Case, ref: str) -> str:
    """What an id in ``corroborates`` points at, in words."""
    for t in case.testimony or ():
        if t.id == ref:
            return f"testimony of {_name(case, t.witness)} ({ref})"
    for e in case.evidence or ():
        if e.id == ref:
            return f"evidence {ref}: {e.description}"
    if case.person(ref):
        return _name(case, ref)
    return ref


def _remedy_view(r, anchors: set[str]) -> RemedyView:  # type: ignore[no-untyped-def]
    deadline = state = None
    if r.deadline is not None:
        d = r.deadline
        if d.earliest and d.latest and d.earliest != d.latest:
            when = f"between {d.earliest.isoformat()} and {d.latest.isoformat()}"
        else:
            when = d.date.isoformat() if d.date else "date unknown"
        state = {True: "passed", False: "ahead", None: "unknown"}[d.passed]
        deadline = f"{when} ({d.rule})" + (f"; {d.note}" if d.note else "")
    elements = tuple(
        ElementRow(e.id, e.status, w.ELEMENT_STATUS[e.status], e.reason, e.authority,
                   tuple(FactLink(f, a if (a := anchor("fact", f)) in anchors else None)
                         for f in e.facts))
        for e in r.elements)
    return RemedyView(
        id=r.id, anchor=anchor("remedy", r.id), name=r.name, outcome=r.outcome,
        outcome_label=w.REMEDY_OUTCOMES[r.outcome], summary=r.summary, elements=elements,
        deadline=deadline, deadline_state=state, missing=tuple(r.missing),
        authorities=tuple(r.authorities),
    )


def _similar_row(item: Similar) -> SimilarRow:
    return SimilarRow(
        name=item.name, place=", ".join(x for x in (item.county, item.state) if x),
        crime=item.worst_crime or "", convicted="" if item.conviction_year is None
        else str(item.conviction_year), exonerated=item.exoneration_date or "",
        shared="; ".join(str(f) for f in item.shared),
    )


def _sources(case: Case, footnotes: list[Footnote]) -> tuple[SourceRow, ...]:
    rows = [SourceRow(anchor("source", s.id), s.id, s.title or "", s.kind or "", s.location or "",
                      str(s.published) if s.published else "", s.sha256 or "", True)
            for s in case.sources or ()]
    known = {s.id for s in case.sources or ()}
    for note in footnotes:
        if note.source_id not in known:
            known.add(note.source_id)
            rows.append(SourceRow(note.source_anchor, note.source_id, "", "", "", "", "", False))
    return tuple(rows)


# -- the summary paragraph: templated, factual sentences, each with its footnotes --

def _summary(case: Case, as_of: dt.date, screening: ScreeningResult,
             notes: _Footnotes) -> tuple[tuple[Sentence, ...], ...]:
    """Four short paragraphs: conviction, later proceedings, the record since, screening."""
    conviction: list[Sentence] = []
    later_steps: list[Sentence] = []
    record: list[Sentence] = []
    out = conviction
    defendants = case.people_with_role("defendant")
    who = w.join_words([p.name for p in defendants]) or "The defendant"
    place = ", ".join(x for x in (case.county, w.jurisdiction_name(case.jurisdiction)) if x)
    charges = list(case.charges or ())
    if charges:
        offenses = w.join_words([c.offense + (f" ({c.statute})" if c.statute else "")
                                 for c in charges])
        dates = sorted({c.offense_date for c in charges if c.offense_date is not None})
        when = f" for an offense dated {dates[0]}" if len(dates) == 1 else ""
        out.append(Sentence(
            f"{who} {'was' if len(defendants) <= 1 else 'were'} charged with {offenses}{when}"
            f"{' in ' + place if place else ''}.",
            notes.refs(*(c.src for c in charges), *(p.src for p in defendants))))
    for p in case.sorted_proceedings():
        if p.kind in ("trial", "retrial", "plea") and (p.verdict or p.outcome):
            out.append(Sentence(_trial_sentence(p), notes.refs(p.src)))
    out = later_steps
    appeals = [p for p in case.sorted_proceedings() if p.kind == "direct_appeal"]
    for p in appeals:
        court = w.court_name(p.court)
        outcome = w.OUTCOMES[p.outcome] if p.outcome else "no outcome recorded"
        out.append(Sentence(
            f"On direct appeal{' (' + court + ')' if court else ''}, decided "
            f"{w.date_text(p.when())}, the outcome was: {outcome}"
            f"{' (' + p.citation + ')' if p.citation else ''}.", notes.refs(p.src)))
    later = [p for p in case.sorted_proceedings()
             if p.kind not in ("arrest", "indictment", "trial", "retrial", "plea", "sentencing",
                               "direct_appeal")]
    if later:
        steps = [f"{w.PROCEEDING_KINDS[p.kind].lower()} ({w.date_text(p.when())}"
                 f"{', ' + w.OUTCOMES[p.outcome] if p.outcome else ''})" for p in later]
        if len(steps) > SUMMARY_STEPS:
            more = len(steps) - SUMMARY_STEPS
            steps = steps[:SUMMARY_STEPS] + [f"and {more} more listed under Proceedings"]
        out.append(Sentence(f"Other steps in the record: {'; '.join(steps)}.",
                            notes.refs(*(p.src for p in later))))
    out = record
    recanted = [t for t in case.testimony or () if t.recantation is not None]
    if recanted:
        names = w.join_words([f"{_name(case, t.witness)} ({w.date_text(t.recantation.date)})"
                              for t in recanted])  # type: ignore[union-attr]
        trial = sum(1 for t in recanted if t.at_trial)
        count = f"{len(recanted)} recantation{'s' if len(recanted) > 1 else ''}"
        subject = (f"{count} by witnesses who testified at trial: {names}" if trial == len(recanted)
                   else f"{count}: {names} ({trial} testified at trial)")
        findings = [t.recantation.found_credible for t in recanted]  # type: ignore[union-attr]
        the = "the recantation" if len(recanted) == 1 else "the recantations"
        if all(f is False for f in findings):
            finding = f" A court found {the} not credible."
        elif all(f is None for f in findings):
            finding = " The record shows no court finding on credibility."
        elif not any(findings):
            finding = " No court has found a recantation credible."
        else:
            finding = ""
        out.append(Sentence(f"The record shows {subject}.{finding}",
                            notes.refs(*(t.src for t in recanted),
                                       *(t.recantation.src for t in recanted))))  # type: ignore[union-attr]
    new = [e for e in case.evidence or () if e.known_at_trial is False]
    if new:
        kinds = w.join_words(sorted({e.kind for e in new}))
        out.append(Sentence(
            f"The record lists {len(new)} item{'s' if len(new) > 1 else ''} of evidence not known "
            f"at trial ({kinds}).", notes.refs(*(e.src for e in new))))
    if case.custody is not None and case.custody.status:
        since = f" since {case.custody.since}" if case.custody.since else ""
        out.append(Sentence(
            f"The case file records the custody status as {w.CUSTODY[case.custody.status]}{since}.",
            notes.refs(case.custody.src)))
    factors = list(case.factors or ())
    if factors:
        labels = w.join_words(sorted({w.FACTORS[f.code].lower() for f in factors}))
        found = [f for f in factors if f.status in ("found", "conceded")]
        status = ("none has been found by a court or conceded" if not found
                  else f"{len(found)} found by a court or conceded")
        out.append(Sentence(f"Contributing factors named in the record: {labels}; {status}.",
                            notes.refs(*(f.src for f in factors))))
    counts = {o: sum(1 for r in screening.remedies if r.outcome == o)
              for o in ("eligible", "needs_review", "ineligible")}
    ahead = sorted((r.deadline.date, r.name) for r in screening.remedies
                   if r.deadline is not None and r.deadline.passed is False and r.deadline.date)
    text = (f"Screened on {as_of.isoformat()} against {len(screening.remedies)} remedies: "
            f"{counts['eligible']} eligible on the facts the program can check, "
            f"{counts['needs_review']} needing review and {counts['ineligible']} ineligible")
    if ahead:
        text += f"; the next deadline ahead is {ahead[0][0].isoformat()} ({ahead[0][1]})"
    screened = [Sentence(text + ".")]
    for outcome, words in (("eligible", "Eligible on the facts checked"),
                           ("needs_review", "Needing review")):
        names = [r.name for r in screening.remedies if r.outcome == outcome]
        if names:
            screened.append(Sentence(f"{words}: {'; '.join(names)}."))
    return tuple(tuple(p) for p in (conviction, later_steps, record, screened) if p)


def _trial_sentence(p) -> str:  # type: ignore[no-untyped-def]
    kind = {"trial": "trial", "retrial": "retrial", "plea": "plea hearing"}[p.kind]
    v = p.verdict
    form = f"{v.form} " if v is not None and v.form in ("jury", "bench") else ""
    text = f"At a {form}{kind} ({w.date_text(p.when())})"
    if v is not None and v.outcome:
        # The form is already in "jury trial"; only a plea changes the words.
        text += f", the record shows a {w.verdict_text(v.outcome, 'plea' if v.form == 'plea' else None)}"
        votes = w.votes_text(v.votes_guilty, v.votes_not_guilty)
        if votes:
            unanimous = "unanimous" if v.unanimous or v.votes_not_guilty == 0 else "not unanimous"
            text += f" by a vote of {votes} ({unanimous})"
    elif p.outcome:
        text += f", the outcome was: {w.OUTCOMES[p.outcome]}"
    if p.sentence is not None and (p.sentence.kind or p.sentence.text):
        text += f"; the sentence recorded is {sentence_text(p.sentence)}"
    return text + "."
