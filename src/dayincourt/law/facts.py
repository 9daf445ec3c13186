"""Derived facts: what every remedy needs, computed once from the case file.

``derive(case, as_of)`` reads the record and answers the questions the remedies share:
which conviction is operative, when it became final (La. C.Cr.P. art. 922, and for
federal purposes with the time for certiorari), whether the jury was unanimous, what
has been filed since, which evidence is new, testimonial, nontestimonial or corroborated,
and whether the person is in custody. The result is shown under ``derived`` in the
screening output so a reader can check every input a rule relied on.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from typing import Any, Literal

from ..casefile import Case, Evidence, PartialDate, Proceeding
from .dates import DateRange, add_days

ConvictionKind = Literal["trial", "plea", "unknown"]

CONVICTING_KINDS = ("trial", "retrial", "plea", "other")
STATE_COLLATERAL_KINDS = ("pcr_application", "factual_innocence_claim", "dna_testing_application")
DIRECT_REVIEW_KINDS = ("direct_appeal", "writ_application", "cert_petition")
VACATING_OUTCOMES = ("reversed", "vacated")
VACATING_WHEN_GRANTED = ("motion_new_trial", "pcr_application", "factual_innocence_claim",
                         "federal_habeas", "joint_motion")
NONTESTIMONIAL_KINDS = ("scientific", "forensic", "physical", "documentary")
IN_CUSTODY = ("imprisoned", "parole", "probation", "in_custody_before_release")
NOT_IN_CUSTODY = ("released", "deceased")

# La. C.Cr.P. art. 922(B): 14 days to apply for rehearing. La. S. Ct. Rule X section 5(a):
# 30 days to apply to the Supreme Court for a writ. Sup. Ct. R. 13.1: 90 days for certiorari.
REHEARING_DAYS = 14
WRIT_DAYS = 30
CERT_DAYS = 90
APPEAL_DELAY_DAYS = 30  # art. 914; legal.md marks the 30 days [U], so finality is a range


def ref(kind: str, item: Any, index: int) -> str:
    """A stable pointer to a record item: ``proceedings/p4`` or ``proceedings[3]``."""
    item_id = getattr(item, "id", None)
    return f"{kind}/{item_id}" if item_id else f"{kind}[{index}]"


@dataclass(frozen=True, slots=True)
class Conviction:
    """The operative conviction: the latest one not vacated."""

    ref: str
    kind: ConvictionKind
    form: str | None
    date: PartialDate | None
    votes_guilty: int | None
    votes_not_guilty: int | None
    unanimous: bool | None
    felony: bool | None
    offense_date: PartialDate | None
    sentence_kind: str | None
    sentence_date: PartialDate | None
    vacated_by: str | None = None

    @property
    def votes(self) -> str | None:
        if self.votes_guilty is None or self.votes_not_guilty is None:
            return None
        return f"{self.votes_guilty}-{self.votes_not_guilty}"

    def to_dict(self) -> dict[str, Any]:
        return {
            "proceeding": self.ref, "kind": self.kind, "form": self.form,
            "date": str(self.date) if self.date else None, "votes": self.votes,
            "unanimous": self.unanimous, "felony": self.felony,
            "offense_date": str(self.offense_date) if self.offense_date else None,
            "sentence": self.sentence_kind, "vacated_by": self.vacated_by,
        }


@dataclass(frozen=True, slots=True)
class Finality:
    """When a judgment became final: a range when a date it depends on is partial or unknown."""

    range: DateRange | None
    pending: bool
    rule: str
    reason: str
    facts: tuple[str, ...] = ()
    questions: tuple[str, ...] = ()  # what would make an inexact finality date exact

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"pending": self.pending, "rule": self.rule, "reason": self.reason,
                               "facts": list(self.facts)}
        if self.range:
            out["earliest"] = self.range.earliest.isoformat()
            out["latest"] = self.range.latest.isoformat()
        return out


@dataclass(frozen=True, slots=True)
class Filing:
    """A post-conviction filing with the writs that followed it in the same chain."""

    ref: str
    kind: str
    filed: PartialDate | None
    decided: PartialDate | None
    outcome: str | None
    claims: tuple[str, ...]
    court: str | None
    reasons: str | None
    chain: tuple[str, ...] = ()

    @property
    def pending(self) -> bool:
        return self.outcome == "pending" or (self.decided is None and self.outcome is None)

    def to_dict(self) -> dict[str, Any]:
        return {"ref": self.ref, "kind": self.kind, "filed": str(self.filed) if self.filed else None,
                "decided": str(self.decided) if self.decided else None, "outcome": self.outcome,
                "claims": list(self.claims), "chain": list(self.chain)}


@dataclass(frozen=True, slots=True)
class EvidenceItem:
    """One evidence item classified the way the remedies need it."""

    ref: str
    id: str
    kind: str
    favors: str | None
    new: bool | None
    discoverable_at_trial: bool | None
    admissible: bool | None
    cumulative: bool | None
    discovered: PartialDate | None
    biological: bool | None
    tested: bool | None
    corroborated_by: tuple[str, ...]

    @property
    def testimonial(self) -> bool:
        return self.kind == "testimonial"

    @property
    def corroborated(self) -> bool:
        return bool(self.corroborated_by)

    def to_dict(self) -> dict[str, Any]:
        return {"ref": self.ref, "kind": self.kind, "new": self.new, "testimonial": self.testimonial,
                "corroborated_by": list(self.corroborated_by),
                "discovered": str(self.discovered) if self.discovered else None}


@dataclass(frozen=True, slots=True)
class RecantationItem:
    ref: str
    witness: str
    date: PartialDate | None
    found_credible: bool | None
    corroborated_by: tuple[str, ...]

    def to_dict(self) -> dict[str, Any]:
        return {"ref": self.ref, "witness": self.witness, "date": str(self.date) if self.date else None,
                "found_credible": self.found_credible, "corroborated_by": list(self.corroborated_by)}


@dataclass(frozen=True, slots=True)
class DerivedFacts:
    """Facts every remedy reads, derived once per screening (shown as ``derived``)."""

    case_id: str
    jurisdiction: str
    as_of: dt.date
    conviction: Conviction | None
    state_finality: Finality
    federal_finality: Finality
    state_filings: tuple[Filing, ...]
    federal_filings: tuple[Filing, ...]
    appeals_court_orders: tuple[Filing, ...]
    evidence_recorded: bool
    evidence: tuple[EvidenceItem, ...]
    recantations: tuple[RecantationItem, ...]
    custody_status: str | None
    constitutional_claims: tuple[str, ...]
    # When no conviction stands: the proceedings showing none was entered (acquittal, dismissal)
    no_conviction: tuple[str, ...] = ()

    @property
    def in_custody(self) -> bool | None:
        if self.custody_status in IN_CUSTODY:
            return True
        if self.custody_status in NOT_IN_CUSTODY:
            return False
        return None

    def new_evidence(self) -> tuple[EvidenceItem, ...]:
        """Items not known at trial that do not favour the State."""
        return tuple(e for e in self.evidence if e.new is True and e.favors != "state")

    def to_dict(self) -> dict[str, Any]:
        prior: dict[str, list[str]] = {}
        for f in self.state_filings + self.federal_filings:
            prior.setdefault(f.kind, []).append(f.ref)
        return {
            "conviction": self.conviction.to_dict() if self.conviction else None,
            "finality_state": self.state_finality.to_dict(),
            "finality_federal": self.federal_finality.to_dict(),
            "prior_filings": prior,
            "state_filings": [f.to_dict() for f in self.state_filings],
            "federal_filings": [f.to_dict() for f in self.federal_filings],
            "new_evidence": [e.ref for e in self.new_evidence()],
            "nontestimonial_new_evidence": [e.ref for e in self.new_evidence() if not e.testimonial],
            "corroborated_testimonial_evidence": [e.ref for e in self.evidence
                                                  if e.testimonial and e.corroborated],
            "evidence": [e.to_dict() for e in self.evidence],
            "recantations": [r.to_dict() for r in self.recantations],
            "custody": {"status": self.custody_status, "in_custody": self.in_custody},
            "no_conviction": list(self.no_conviction),
            "constitutional_claims": list(self.constitutional_claims),
        }


# ---------------------------------------------------------------- derivation


def derive(case: Case, as_of: dt.date) -> DerivedFacts:
    """Compute the shared facts of ``case`` as they stand on ``as_of``.

    Only what had happened by ``as_of`` counts, so a screening on a past date sees the
    record as it stood then (see :func:`record_on`).
    """
    case = record_on(case, as_of)
    indexed = _indexed_proceedings(case)
    conviction, conv_index = _conviction(case, indexed)
    after = [(i, p) for i, p in indexed if conv_index is None or _after(p, indexed, i, conv_index)]
    direct, collateral = _split_review(after)
    state_filings, federal_filings, ca_orders = _filings(collateral)
    by_ref = {ref("proceedings", p, i): p for i, p in indexed}
    state_final = _with_questions(_state_finality(conviction, direct, as_of), by_ref)
    federal_final = _with_questions(_federal_finality(conviction, direct, state_final, as_of), by_ref)
    evidence = _evidence(case)
    return DerivedFacts(
        case_id=case.id,
        jurisdiction=case.jurisdiction,
        as_of=as_of,
        conviction=conviction,
        state_finality=state_final,
        federal_finality=federal_final,
        state_filings=state_filings,
        federal_filings=federal_filings,
        appeals_court_orders=ca_orders,
        evidence_recorded=case.evidence is not None,
        evidence=evidence,
        recantations=_recantations(case),
        custody_status=_custody_on(case, as_of),
        constitutional_claims=_constitutional_claims(case),
        no_conviction=_no_conviction(case, indexed) if conviction is None else (),
    )


def _custody_on(case: Case, as_of: dt.date) -> str | None:
    """The custody status on ``as_of``.

    A release, parole or probation that began after ``as_of`` ended or changed a custody that was
    running on ``as_of``: before parole or probation the person was imprisoned, and before a release
    imprisoned or under supervision, which both count as custody (art. 924; Jones v. Cunningham).
    """
    if case.custody is None:
        return None
    status, since = case.custody.status, case.custody.since
    if since is not None and since.earliest() > as_of and status in ("parole", "probation", "released"):
        return "imprisoned" if status != "released" else "in_custody_before_release"
    return status


def record_on(case: Case, as_of: dt.date) -> Case:
    """The record as it stood on ``as_of``.

    Steps not yet taken are dropped, a step filed but decided later is pending, and
    evidence or recantations that came to light later do not exist yet. A date known
    only to the month or year counts when its earliest day is on or before ``as_of``.
    """
    def started(d: PartialDate | None) -> bool:
        return d is None or d.earliest() <= as_of

    proceedings = []
    for p in case.proceedings or ():
        first = p.filed or p.date or p.decided
        if not started(first):
            continue
        if p.decided is not None and not started(p.decided):
            p = p.model_copy(update={"decided": None, "outcome": "pending"})
        proceedings.append(p)
    evidence = tuple(e for e in case.evidence or () if started(e.discovered)) if case.evidence is not None else None
    testimony = tuple(
        t.model_copy(update={"recantation": None}) if t.recantation and not started(t.recantation.date) else t
        for t in case.testimony or ()) if case.testimony is not None else None
    if case.proceedings is None:
        return case.model_copy(update={"evidence": evidence, "testimony": testimony})
    return case.model_copy(update={"proceedings": tuple(proceedings), "evidence": evidence, "testimony": testimony})


def _indexed_proceedings(case: Case) -> list[tuple[int, Proceeding]]:
    items = list(enumerate(case.proceedings or ()))
    dated = [(i, p) for i, p in items if p.when() is not None]
    undated = [(i, p) for i, p in items if p.when() is None]
    return sorted(dated, key=lambda ip: ip[1].when().sort_key()) + undated  # type: ignore[union-attr]


def _after(p: Proceeding, indexed: list[tuple[int, Proceeding]], i: int, conv_index: int) -> bool:
    order = [j for j, _ in indexed]
    return order.index(i) > order.index(conv_index)


def _is_conviction(p: Proceeding) -> bool:
    if p.kind not in CONVICTING_KINDS:
        return False
    if p.outcome == "convicted":
        return True
    return bool(p.verdict and p.verdict.outcome in ("guilty", "guilty_lesser"))


def _no_conviction(case: Case, indexed: list[tuple[int, Proceeding]]) -> tuple[str, ...]:
    """Proceedings showing that the case ended without a conviction (an acquittal or a dismissal).

    Used only when no conviction is found, so that "acquitted" is told apart from "not recorded".
    Charges all marked not convicted count too.
    """
    found = [ref("proceedings", p, i) for i, p in indexed
             if p.outcome == "acquitted" or (p.verdict is not None and p.verdict.outcome == "not_guilty")
             or p.kind in ("dismissal", "exoneration")]
    charges = list(case.charges or ())
    if charges and all(c.convicted is False for c in charges):
        found.append("charges")
    return tuple(found)


def _vacates(p: Proceeding) -> bool:
    if p.kind in ("exoneration", "dismissal"):
        return True
    if p.kind == "retrial" and (p.outcome == "acquitted" or (p.verdict and p.verdict.outcome == "not_guilty")):
        return True  # an acquittal on retrial means the earlier conviction was set aside
    if p.outcome in VACATING_OUTCOMES:
        return True
    return p.kind in VACATING_WHEN_GRANTED and p.outcome == "granted"


def _conviction(case: Case, indexed: list[tuple[int, Proceeding]]) -> tuple[Conviction | None, int | None]:
    convictions = [(i, p) for i, p in indexed if _is_conviction(p)]
    if not convictions:
        return None, None
    index, proc = convictions[-1]
    order = [j for j, _ in indexed]
    later = indexed[order.index(index) + 1:]
    # Undated steps keep their file order, which may be wrong: a retrial follows the grant of a new trial,
    # so an undated grant is read as the one that led to the retrial, not as setting the retrial aside.
    vacated_by = next((ref("proceedings", p, j) for j, p in later if _vacates(p)
                       and not (proc.kind == "retrial" and p.kind == "motion_new_trial"
                                and (proc.when() is None or p.when() is None))), None)
    verdict = proc.verdict
    form = verdict.form if verdict else None
    if proc.kind == "plea" or form == "plea":
        kind: ConvictionKind = "plea"
    elif proc.kind in ("trial", "retrial") or form in ("jury", "bench"):
        kind = "trial"
    else:
        kind = "unknown"
    if kind == "trial" and form is None and proc.kind in ("trial", "retrial"):
        form = "jury" if verdict and (verdict.votes_guilty is not None) else None
    unanimous = verdict.unanimous if verdict else None
    if unanimous is None and verdict and verdict.votes_not_guilty is not None:
        if verdict.votes_not_guilty > 0:
            unanimous = False
        elif verdict.votes_guilty == 12:
            unanimous = True
    charges = [c for c in case.charges or () if c.convicted is not False]
    felony = True if any(c.felony for c in charges) else (
        False if charges and all(c.felony is False for c in charges) else None)
    offense_dates = [c.offense_date for c in charges if c.offense_date]
    sentence, sentence_date = proc.sentence, None
    for j, p in later:
        if p.kind == "sentencing":
            sentence = sentence or p.sentence
            sentence_date = p.when()
            break
    return Conviction(
        ref=ref("proceedings", proc, index), kind=kind, form=form, date=proc.when(),
        votes_guilty=verdict.votes_guilty if verdict else None,
        votes_not_guilty=verdict.votes_not_guilty if verdict else None,
        unanimous=unanimous, felony=felony,
        offense_date=min(offense_dates) if offense_dates else None,
        sentence_kind=sentence.kind if sentence else None,
        sentence_date=sentence_date or proc.when(), vacated_by=vacated_by,
    ), index


def _split_review(after: list[tuple[int, Proceeding]]):
    """Direct review runs until the first collateral filing; later writs belong to collateral chains."""
    direct: list[tuple[int, Proceeding]] = []
    collateral: list[tuple[int, Proceeding]] = []
    started = False
    for i, p in after:
        if p.kind in STATE_COLLATERAL_KINDS or p.kind == "federal_habeas":
            started = True
        if started:
            collateral.append((i, p))
        elif p.kind in DIRECT_REVIEW_KINDS:
            direct.append((i, p))
    return direct, collateral


def _is_appeals_court(court: str | None) -> bool:
    return bool(court) and court.lower().startswith("ca")  # type: ignore[union-attr]


def _filings(collateral: list[tuple[int, Proceeding]]):
    state: list[Filing] = []
    federal: list[Filing] = []
    ca_orders: list[Filing] = []
    current: str | None = None  # "state" or "federal": the chain later writs belong to

    def make(i: int, p: Proceeding) -> Filing:
        return Filing(ref=ref("proceedings", p, i), kind=p.kind, filed=p.filed,
                      decided=p.decided or (p.date if p.outcome not in (None, "pending") else None),
                      outcome=p.outcome, claims=tuple(p.claims or ()), court=p.court,
                      reasons=p.reasons, chain=(ref("proceedings", p, i),))

    def extend(f: Filing, i: int, p: Proceeding) -> Filing:
        decided = p.decided or (p.date if p.outcome not in (None, "pending") else None)
        return Filing(ref=f.ref, kind=f.kind, filed=f.filed, decided=decided, outcome=p.outcome,
                      claims=f.claims, court=f.court, reasons=f.reasons,
                      chain=f.chain + (ref("proceedings", p, i),))

    for i, p in collateral:
        if p.kind in STATE_COLLATERAL_KINDS:
            state.append(make(i, p))
            current = "state"
        elif p.kind == "federal_habeas" and not _is_appeals_court(p.court):
            federal.append(make(i, p))
            current = "federal"
        elif p.kind == "federal_habeas" or (p.kind == "other" and _is_appeals_court(p.court)):
            ca_orders.append(make(i, p))
        elif p.kind == "writ_application" and current == "state" and state:
            # Review of a post-conviction ruling keeps the application pending (Carey v. Saffold).
            state[-1] = extend(state[-1], i, p)
    return tuple(state), tuple(federal), tuple(ca_orders)


def _state_finality(conviction: Conviction | None, direct: list[tuple[int, Proceeding]],
                    as_of: dt.date) -> Finality:
    rule = "La. C.Cr.P. arts. 914, 922"
    if conviction is None:
        return Finality(None, False, rule, "No conviction is recorded, so finality cannot be computed.")
    steps = [(i, p) for i, p in direct if p.kind != "cert_petition"]
    if not steps:
        base = conviction.sentence_date
        if base is None:
            return Finality(None, False, rule, "Neither an appeal nor the date of sentence is recorded, "
                            "so finality cannot be computed.", (conviction.ref,))
        rng = DateRange(base.earliest(), add_days(base.latest(), APPEAL_DELAY_DAYS))
        return Finality(rng, False, "La. C.Cr.P. arts. 914, 922",
                        f"No appeal is recorded: the judgment became final when the delay for appeal "
                        f"after sentence ({base}) ran out; the 30-day delay of art. 914 is unconfirmed in "
                        f"the research, so finality is taken as {rng}.", (conviction.ref,))
    i, last = steps[-1]
    last_ref = ref("proceedings", last, i)
    if last.outcome == "pending" or (last.decided is None and last.outcome is None):
        return Finality(None, True, rule, f"Direct review is pending ({last_ref}); the conviction is not final.",
                        (last_ref,))
    if last.kind == "writ_application" and last.outcome == "granted":
        return Finality(None, True, rule, f"The Supreme Court granted review ({last_ref}) and its decision is "
                        "not recorded; the conviction is not final.", (last_ref,))
    decided = last.decided or last.date
    if decided is None:
        known = last.filed or conviction.date
        if known is None:
            return Finality(None, False, rule, f"Neither the decision date of {last_ref} nor the date of the "
                            "conviction is recorded, so finality cannot be computed.", (last_ref,))
        start = known.earliest()
        rng = DateRange(min(start, as_of), as_of)
        return Finality(rng, False, rule, f"The decision date of {last_ref} is not recorded, so finality is "
                        f"only known to fall {rng}.", (last_ref,))
    appeal = next(((j, p) for j, p in reversed(steps[:-1]) if p.kind == "direct_appeal" and p.when()), None)
    if last.kind == "writ_application":
        denial = DateRange.of(decided)
        if appeal is None:
            return Finality(denial, False, "La. C.Cr.P. art. 922(D)",
                            f"Final when the Louisiana Supreme Court denied the writ application ({last_ref}, {decided}).",
                            (last_ref,))
        j, ap = appeal
        ap_ref = ref("proceedings", ap, j)
        ap_final = DateRange.of(ap.when()).plus_days(REHEARING_DAYS)  # type: ignore[arg-type]
        if last.filed is not None:
            if last.filed.earliest() > add_days(DateRange.of(ap.when()).latest, WRIT_DAYS):  # type: ignore[arg-type]
                return Finality(ap_final, False, "La. C.Cr.P. art. 922(B)",
                                f"The writ application ({last_ref}) was filed {last.filed}, more than {WRIT_DAYS} days "
                                f"after the appellate judgment ({ap_ref}, {ap.when()}), so finality is taken from "
                                f"that judgment: {ap_final}.", (ap_ref, last_ref))
            return Finality(denial, False, "La. C.Cr.P. art. 922(D)",
                            f"Final when the Louisiana Supreme Court denied the writ application ({last_ref}, "
                            f"{decided}).", (ap_ref, last_ref))
        rng = DateRange(min(ap_final.earliest, denial.earliest), max(ap_final.latest, denial.latest))
        return Finality(rng, False, "La. C.Cr.P. art. 922(B), (D)",
                        f"Final when the Louisiana Supreme Court denied the writ application ({last_ref}, {decided}) "
                        f"if it was timely filed; its filing date is not recorded, so finality is known only to "
                        f"fall {rng} (from 14 days after the appellate judgment {ap_ref}).", (ap_ref, last_ref))
    # A direct appeal decided with no further review: final when the rehearing delay ran out.
    rng = DateRange.of(decided).plus_days(REHEARING_DAYS)
    return Finality(rng, False, "La. C.Cr.P. art. 922(B)",
                    f"The appellate judgment ({last_ref}, {decided}) became final when the {REHEARING_DAYS}-day "
                    f"rehearing delay ran out: {rng}.", (last_ref,))


def _with_questions(final: Finality, by_ref: dict[str, Proceeding]) -> Finality:
    """Add the questions whose answers would make an inexact finality range exact."""
    if final.range is None or final.range.is_exact:
        return final
    questions = []
    for r in final.facts:
        p = by_ref.get(r)
        if p is None:
            continue
        decided = p.decided or p.date
        if decided is None:
            questions.append(f"When was {r} decided?")
        elif not decided.exact:
            questions.append(f"What is the exact date of the decision {r}? "
                             f"(known only to the {decided.precision}: {decided})")
        if p.kind == "writ_application" and p.filed is None:
            questions.append(f"When was the writ application {r} filed? (if timely, the conviction became "
                             "final when it was denied)")
        if p.kind in CONVICTING_KINDS:  # no appeal: finality runs from the sentence
            questions.append("Was an appeal taken, and on what exact date was the sentence imposed?")
    return replace(final, questions=tuple(questions))


def _federal_finality(conviction: Conviction | None, direct: list[tuple[int, Proceeding]],
                      state: Finality, as_of: dt.date) -> Finality:
    rule = "28 U.S.C. 2244(d)(1)(A)"
    if conviction is None or (state.range is None and not any(p.kind == "cert_petition" for _, p in direct)):
        return Finality(None, state.pending, rule, "Federal finality follows state finality: " + state.reason,
                        state.facts)
    cert = next(((i, p) for i, p in reversed(direct) if p.kind == "cert_petition"), None)
    if cert is not None:
        i, p = cert
        cert_ref = ref("proceedings", p, i)
        decided = p.decided or (p.date if p.outcome not in (None, "pending") else None)
        if decided is None:
            return Finality(None, True, rule, f"A certiorari petition ({cert_ref}) is pending.", (cert_ref,))
        rng = DateRange.of(decided)
        return Finality(rng, False, rule, f"Final when the U.S. Supreme Court decided the certiorari petition "
                        f"({cert_ref}, {decided}).", (cert_ref,))
    assert state.range is not None
    steps = [(i, p) for i, p in direct if p.kind != "cert_petition"]
    last = steps[-1][1] if steps else None
    if last is not None and (last.decided or last.date) is None:
        # The last decision is undated: state finality is already a range ending on as_of; add the
        # longest further delay (certiorari after a writ denial, else the writ delay).
        extra = CERT_DAYS if last.kind == "writ_application" else WRIT_DAYS
        rng = DateRange(state.range.earliest, add_days(state.range.latest, extra))
        return Finality(rng, False, f"{rule}; Sup. Ct. R. 13.1",
                        f"{state.reason} For federal purposes the time to seek further review is added "
                        f"(up to {extra} days): {rng}.", state.facts)
    if last is not None and last.kind == "writ_application":
        after_denial = DateRange.of(last.decided or last.date).plus_days(CERT_DAYS)  # type: ignore[arg-type]
        # When the writ may have been untimely, finality may instead have come with the appellate judgment.
        rng = (after_denial if state.rule == "La. C.Cr.P. art. 922(D)"
               else DateRange(min(state.range.earliest, after_denial.earliest), after_denial.latest))
        return Finality(rng, False, f"{rule}; Sup. Ct. R. 13.1",
                        f"No certiorari petition is recorded: final {CERT_DAYS} days after the state's highest "
                        f"court ruled, {rng}.", state.facts)
    if last is not None:
        j, ap = steps[-1]
        rng = DateRange.of(ap.decided or ap.date).plus_days(WRIT_DAYS)  # type: ignore[arg-type]
        return Finality(rng, False, f"{rule}; Gonzalez v. Thaler, 565 U.S. 134 (2012)",
                        f"The Louisiana Supreme Court was not asked to review, so the judgment became final when "
                        f"the {WRIT_DAYS}-day delay to ask it ran out, {rng}.", state.facts)
    return Finality(state.range, False, f"{rule}; Gonzalez v. Thaler, 565 U.S. 134 (2012)",
                    "No appeal is recorded: final when the delay for appeal ran out, as under state law. "
                    + state.reason, state.facts)


def _recanted_testimony(case: Case, item: Evidence) -> list[str]:
    """Ids of recanted testimony that a testimonial evidence item records.

    The case file has no link from an affidavit to the testimony it recants, so an item is read
    as recording a recantation when it names the witness or bears the recantation's date.
    """
    ids = []
    text = (item.description or "").lower()
    for t in case.testimony or ():
        if t.recantation is None or not t.id:
            continue
        person = case.person(t.witness)
        name = (person.name if person else t.witness).lower()
        same_day = (item.discovered is not None and t.recantation.date is not None
                    and str(item.discovered) == str(t.recantation.date))
        if (name and (name in text or name.split()[-1] in text.split())) or same_day:
            ids.append(t.id)
    return ids


def _evidence(case: Case) -> tuple[EvidenceItem, ...]:
    items = list(case.evidence or ())
    out = []
    for i, e in enumerate(items):
        # Corroborating the recanted testimony corroborates the item recording the recantation.
        targets = {e.id, *(_recanted_testimony(case, e) if e.kind == "testimonial" else ())}
        corroborated_by = tuple(
            ref("evidence", x, j) for j, x in enumerate(items)
            if x.kind in NONTESTIMONIAL_KINDS and targets & set(x.corroborates or ()))
        new = None if e.known_at_trial is None else not e.known_at_trial
        out.append(EvidenceItem(
            ref=ref("evidence", e, i), id=e.id, kind=e.kind, favors=e.favors, new=new,
            discoverable_at_trial=e.discoverable_at_trial, admissible=e.admissible,
            cumulative=e.cumulative, discovered=e.discovered, biological=e.biological,
            tested=e.tested, corroborated_by=corroborated_by))
    return tuple(out)


def _recantations(case: Case) -> tuple[RecantationItem, ...]:
    out = []
    evidence = list(case.evidence or ())
    for i, t in enumerate(case.testimony or ()):
        if t.recantation is None:
            continue
        person = case.person(t.witness)
        corroborated_by = tuple(
            ref("evidence", x, j) for j, x in enumerate(evidence)
            if x.kind in NONTESTIMONIAL_KINDS and t.id and t.id in (x.corroborates or ()))
        out.append(RecantationItem(ref=ref("testimony", t, i), witness=person.name if person else t.witness,
                                   date=t.recantation.date, found_credible=t.recantation.found_credible,
                                   corroborated_by=corroborated_by))
    return tuple(out)


CONSTITUTIONAL_CLAIMS = {"brady": "Brady", "napue": "Napue",
                         "ineffective_assistance": "ineffective assistance (Strickland)",
                         "juror_misconduct": "juror misconduct", "non_unanimous_jury": "non-unanimous jury"}
CONSTITUTIONAL_FACTORS = {"OM": "official misconduct (Brady/Napue)", "ILD": "ineffective assistance (Strickland)"}


def _constitutional_claims(case: Case) -> tuple[str, ...]:
    """Constitutional claims the record raises or alleges (claims filed, or OM/ILD factors not rejected)."""
    found: list[str] = []
    for p in case.proceedings or ():
        for c in p.claims or ():
            label = CONSTITUTIONAL_CLAIMS.get(c)
            if label and label not in found:
                found.append(label)
    for f in case.factors or ():
        label = CONSTITUTIONAL_FACTORS.get(f.code)
        if label and f.status != "rejected" and label not in found:
            found.append(label)
    return tuple(found)
