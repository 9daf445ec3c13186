"""The case's events in time order: the chart and the chronology table read this list."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal

from ..casefile import Case, PartialDate, Provenance
from ..law.results import ScreeningResult
from . import wording as w

Category = Literal[
    "offense", "arrest", "trial", "appeal", "filing", "recantation", "evidence", "custody",
    "deadline",
]

#: Legend order and the words the chart shows for each category.
CATEGORY_LABELS: dict[str, str] = {
    "offense": "Offense", "arrest": "Arrest and charge", "trial": "Trial and verdict",
    "appeal": "Appeal and writ", "filing": "Post-conviction filing and ruling",
    "recantation": "Recantation", "evidence": "New evidence", "custody": "Custody",
    "deadline": "Deadline ahead",
}

_KIND_CATEGORY: dict[str, Category] = {
    "arrest": "arrest", "indictment": "arrest", "trial": "trial", "retrial": "trial",
    "plea": "trial", "sentencing": "trial", "direct_appeal": "appeal",
    "writ_application": "appeal", "cert_petition": "appeal",
}

_IN_CUSTODY = {"imprisoned", "parole", "probation"}


@dataclass(frozen=True, slots=True)
class TimelineEvent:
    """One dated (or undated) event with the short label the chart shows and the full text."""

    category: Category
    label: str
    detail: str
    when: str
    earliest: dt.date | None
    latest: dt.date | None
    lead_in: dt.date | None = None
    src: tuple[Provenance, ...] = ()

    @property
    def dated(self) -> bool:
        return self.earliest is not None


def _range(date: PartialDate | None) -> tuple[dt.date | None, dt.date | None]:
    return (date.earliest(), date.latest()) if date is not None else (None, None)


def case_events(case: Case, as_of: dt.date, screening: ScreeningResult | None) -> list[TimelineEvent]:
    """Every event of the case, dated ones in date order, then the undated ones.

    Args:
        case: the case file.
        as_of: the date of the memo; custody still running is drawn up to it.
        screening: screening on ``as_of``; its deadlines still ahead become events.

    Returns:
        Events sorted by earliest then latest day; undated events keep file order at the end.
    """
    events: list[TimelineEvent] = []
    by_date: dict[str, list] = {}
    for charge in case.charges or ():
        if charge.offense_date is not None:
            by_date.setdefault(str(charge.offense_date), []).append(charge)
    for when, charges in by_date.items():
        offenses = w.join_words(sorted({c.offense for c in charges}))
        date = charges[0].offense_date
        events.append(TimelineEvent(
            "offense", f"Offense: {offenses}", f"Offense charged as {offenses}", when,
            *_range(date), src=tuple(p for c in charges for p in c.src or ()),
        ))
    for proc in case.proceedings or ():
        events.append(_proceeding_event(case, proc))
    for test in case.testimony or ():
        rec = test.recantation
        if rec is None:
            continue
        person = case.person(test.witness)
        name = person.name if person else test.witness
        form = f" ({rec.form})" if rec.form else ""
        events.append(TimelineEvent(
            "recantation", f"Recantation: {name}{form}",
            f"{name} recanted trial testimony{form}", w.date_text(rec.date), *_range(rec.date),
            src=(test.src or ()) + (rec.src or ()),
        ))
    for item in case.evidence or ():
        if item.known_at_trial is False and item.discovered is not None:
            events.append(TimelineEvent(
                "evidence", f"New {item.kind} evidence found ({item.id})",
                f"Evidence not known at trial found: {item.description}",
                str(item.discovered), *_range(item.discovered), src=item.src or (),
            ))
    custody = case.custody
    if custody is not None and custody.since is not None and custody.status:
        status = w.CUSTODY[custody.status]
        if custody.status in _IN_CUSTODY and custody.since.earliest() <= as_of:
            events.append(TimelineEvent(
                "custody", f"In custody: {status} since {custody.since}",
                f"Custody: {status} since {custody.since} (drawn to the memo date)",
                f"{custody.since} \u2013 {as_of.isoformat()}", custody.since.earliest(), as_of,
                src=custody.src or (),
            ))
        else:
            events.append(TimelineEvent(
                "custody", f"Custody: {status}", f"Custody status: {status} since {custody.since}",
                str(custody.since), *_range(custody.since), src=custody.src or (),
            ))
    events += deadline_events(screening, as_of)
    dated = sorted((e for e in events if e.dated),
                   key=lambda e: (e.earliest, e.latest, list(CATEGORY_LABELS).index(e.category)))
    return dated + [e for e in events if not e.dated]


def _proceeding_event(case: Case, proc) -> TimelineEvent:  # type: ignore[no-untyped-def]
    kind = w.PROCEEDING_KINDS[proc.kind]
    category: Category = _KIND_CATEGORY.get(proc.kind, "filing")
    label = kind
    if proc.outcome:
        label += f": {w.OUTCOMES[proc.outcome]}"
    verdict = proc.verdict
    votes = w.votes_text(verdict.votes_guilty, verdict.votes_not_guilty) if verdict else None
    if votes:
        label += f" ({verdict.form or 'jury'} {votes})"
    parts = [kind]
    court = w.court_name(proc.court)
    if court:
        parts.append(f"in {court}")
    if proc.outcome:
        parts.append(f"\u2014 {w.OUTCOMES[proc.outcome]}")
    detail = " ".join(parts)
    if verdict is not None and verdict.outcome:
        detail += f"; {w.verdict_text(verdict.outcome, verdict.form)}"
        if votes:
            unanimous = " (not unanimous)" if verdict.unanimous is False or (
                verdict.votes_not_guilty or 0) > 0 else ""
            detail += f", vote {votes}{unanimous}"
    if proc.sentence is not None and (proc.sentence.kind or proc.sentence.text):
        detail += f"; sentence: {sentence_text(proc.sentence)}"
    if proc.filed is not None and proc.decided is not None:
        detail += f"; filed {proc.filed}, decided {proc.decided}"
    when = proc.when()
    lead_in = proc.filed.earliest() if proc.filed is not None and proc.decided is not None else None
    return TimelineEvent(category, label, detail, w.date_text(when), *_range(when),
                         lead_in=lead_in, src=proc.src or ())


def sentence_text(sentence) -> str:  # type: ignore[no-untyped-def]
    """``life without parole``, ``25 years`` or the sentence's own words."""
    if sentence.kind == "term" and sentence.years is not None:
        years = f"{sentence.years:g}"
        return f"{years} years" + (f" ({sentence.text})" if sentence.text else "")
    if sentence.kind:
        label = w.SENTENCES[sentence.kind]
        # The record's own words are added only when they say more than the code.
        extra = sentence.text and sentence.text.lower() not in label
        return label + (f" ({sentence.text})" if extra else "")
    return sentence.text or "not stated"


def deadline_events(screening: ScreeningResult | None, as_of: dt.date) -> list[TimelineEvent]:
    """The screening deadlines that have not passed on ``as_of``, one event per remedy."""
    events: list[TimelineEvent] = []
    for remedy in screening.remedies if screening else ():
        deadline = remedy.deadline
        if deadline is None or deadline.passed:
            continue
        earliest = deadline.earliest or deadline.date
        latest = deadline.latest or deadline.date
        if earliest is None or latest is None or latest < as_of:
            continue
        when = earliest.isoformat() if earliest == latest else (
            f"{earliest.isoformat()} \u2013 {latest.isoformat()}")
        events.append(TimelineEvent(
            "deadline", f"Deadline: {remedy.name}",
            f"Deadline ahead for {remedy.name} ({deadline.rule})", when, earliest, latest,
        ))
    return events
