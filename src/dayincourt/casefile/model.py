"""The domain model of ``dayincourt.case/1`` (see ../shared/spec/casefile.schema.json).

Every class mirrors one ``$defs`` entry of the schema field for field. Values are
immutable (frozen models, tuples for lists). Unknown fields are kept
(``extra="allow"``): the schema lets implementations and users add optional
fields, and a case must round-trip losslessly.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

from .dates import PartialDate

SCHEMA_ID = "dayincourt.case/1"

PersonRole = Literal[
    "defendant", "co_defendant", "victim", "witness", "informant", "police", "prosecutor",
    "defense_counsel", "judge", "juror", "forensic_analyst", "advocate", "family", "other",
]
VerdictOutcome = Literal["guilty", "not_guilty", "hung", "mistrial", "guilty_lesser"]
VerdictForm = Literal["jury", "bench", "plea"]
SentenceKind = Literal["death", "life_without_parole", "life", "term", "probation", "other"]
ProceedingKind = Literal[
    "arrest", "indictment", "trial", "plea", "sentencing", "motion_new_trial", "direct_appeal",
    "writ_application", "cert_petition", "pcr_application", "factual_innocence_claim",
    "dna_testing_application", "federal_habeas", "joint_motion", "clemency", "retrial",
    "dismissal", "release", "exoneration", "other",
]
ProceedingOutcome = Literal[
    "pending", "granted", "denied", "dismissed", "affirmed", "reversed", "vacated", "remanded",
    "withdrawn", "convicted", "acquitted", "hung", "other",
]
Claim = Literal[
    "factual_innocence", "new_evidence", "recantation", "dna", "brady", "napue",
    "ineffective_assistance", "non_unanimous_jury", "insufficient_evidence", "juror_misconduct",
    "other",
]
CustodyStatus = Literal["imprisoned", "parole", "probation", "released", "deceased", "unknown"]
TestimonySubject = Literal[
    "identification", "eyewitness_account", "confession", "informant", "forensic", "alibi",
    "character", "other",
]
RecantationForm = Literal["affidavit", "testimony", "statement", "interview", "other"]
EvidenceKind = Literal["scientific", "forensic", "physical", "documentary", "testimonial"]
Favors = Literal["defendant", "state", "unclear"]
FactorCode = Literal["MWID", "FC", "PFA", "FMFE", "OM", "ILD"]
FactorActor = Literal[
    "police", "prosecutor", "forensic_analyst", "judge", "child_welfare", "defense_counsel",
    "witness", "informant", "other",
]
FactorStatus = Literal["alleged", "found", "conceded", "rejected"]
SourceKind = Literal[
    "news", "opinion", "order", "affidavit", "transcript", "record", "letter", "statute", "other",
]
Jurisdiction = Annotated[str, Field(pattern=r"^(US-(FED|[A-Z]{2})|unknown)$")]
CaseId = Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9._-]{0,79}$")]
Votes = Annotated[int, Field(ge=0, le=12)] | None


class _Value(BaseModel):
    """Base of every case-file value: immutable, keeps unknown fields."""

    model_config = ConfigDict(frozen=True, extra="allow", populate_by_name=True)


class Provenance(_Value):
    """Where a fact came from: a source id, and for extracted facts the span and quote."""

    source: str
    start: Annotated[int, Field(ge=0)] | None = None
    end: Annotated[int, Field(ge=0)] | None = None
    quote: str | None = None
    asserted_by: str | None = None
    method: str | None = None
    confidence: Annotated[float, Field(ge=0, le=1)] | None = None


Src = tuple[Provenance, ...] | None


class Person(_Value):
    id: str
    name: str
    aliases: tuple[str, ...] | None = None
    roles: tuple[PersonRole, ...] | None = None
    src: Src = None


class Charge(_Value):
    offense: str
    id: str | None = None
    statute: str | None = None
    offense_date: PartialDate | None = None
    felony: bool | None = None
    convicted: bool | None = None
    src: Src = None


class Verdict(_Value):
    outcome: VerdictOutcome | None = None
    form: VerdictForm | None = None
    votes_guilty: Votes = None
    votes_not_guilty: Votes = None
    unanimous: bool | None = None


class Sentence(_Value):
    kind: SentenceKind | None = None
    years: float | None = None
    text: str | None = None


class Proceeding(_Value):
    kind: ProceedingKind
    id: str | None = None
    date: PartialDate | None = None
    filed: PartialDate | None = None
    decided: PartialDate | None = None
    court: str | None = None
    outcome: ProceedingOutcome | None = None
    verdict: Verdict | None = None
    sentence: Sentence | None = None
    claims: tuple[Claim, ...] | None = None
    hearing_held: bool | None = None
    citation: str | None = None
    reasons: str | None = None
    src: Src = None

    def when(self) -> PartialDate | None:
        """The date that places this step on a timeline: decided, else date, else filed."""
        return self.decided or self.date or self.filed


class Custody(_Value):
    status: CustodyStatus | None = None
    since: PartialDate | None = None
    src: Src = None


class Recantation(_Value):
    date: PartialDate | None = None
    form: RecantationForm | None = None
    alleges_coercion: bool | None = None
    found_credible: bool | None = None
    src: Src = None


class Testimony(_Value):
    witness: str
    id: str | None = None
    at_trial: bool | None = None
    subject: TestimonySubject | None = None
    recantation: Recantation | None = None
    src: Src = None


class Evidence(_Value):
    id: str
    description: str
    kind: EvidenceKind
    favors: Favors | None = None
    known_at_trial: bool | None = None
    discovered: PartialDate | None = None
    discoverable_at_trial: bool | None = None
    admissible: bool | None = None
    cumulative: bool | None = None
    biological: bool | None = None
    tested: bool | None = None
    corroborates: tuple[str, ...] | None = None
    src: Src = None


class Factor(_Value):
    code: FactorCode
    actor: FactorActor | None = None
    status: FactorStatus | None = None
    asserted_by: str | None = None
    description: str | None = None
    src: Src = None


class Source(_Value):
    id: str
    title: str | None = None
    kind: SourceKind | None = None
    location: str | None = None
    sha256: str | None = None
    published: PartialDate | None = None


class Case(_Value):
    """One wrongful-conviction case (``dayincourt.case/1``)."""

    schema_: Literal["dayincourt.case/1"] = Field(alias="schema")
    id: CaseId
    jurisdiction: Jurisdiction
    title: str | None = None
    county: str | None = None
    trial_court: str | None = None
    people: tuple[Person, ...] | None = None
    charges: tuple[Charge, ...] | None = None
    proceedings: tuple[Proceeding, ...] | None = None
    custody: Custody | None = None
    testimony: tuple[Testimony, ...] | None = None
    evidence: tuple[Evidence, ...] | None = None
    factors: tuple[Factor, ...] | None = None
    sources: tuple[Source, ...] | None = None
    notes: str | None = None

    # Convenience views; the stored lists stay as given.
    def person(self, person_id: str) -> Person | None:
        return next((p for p in self.people or () if p.id == person_id), None)

    def people_with_role(self, role: PersonRole) -> list[Person]:
        return [p for p in self.people or () if role in (p.roles or ())]

    def sorted_proceedings(self) -> list[Proceeding]:
        """Proceedings in date order; undated ones keep their place at the end."""
        dated = [p for p in self.proceedings or () if p.when() is not None]
        undated = [p for p in self.proceedings or () if p.when() is None]
        return sorted(dated, key=lambda p: p.when().sort_key()) + undated  # type: ignore[union-attr]
