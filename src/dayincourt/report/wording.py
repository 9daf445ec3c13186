"""Plain-English labels for the case file's codes, and dates as a reader sees them.

Wording is factual: a verdict is reported as the record's verdict, never as a
statement that a person is guilty or innocent.
"""

from __future__ import annotations

from functools import lru_cache

from ..casefile import PartialDate

PROCEEDING_KINDS = {
    "arrest": "Arrest", "indictment": "Indictment", "trial": "Trial", "plea": "Plea",
    "sentencing": "Sentencing", "motion_new_trial": "Motion for new trial",
    "direct_appeal": "Direct appeal", "writ_application": "Writ application",
    "cert_petition": "Certiorari petition", "pcr_application": "Post-conviction application",
    "factual_innocence_claim": "Factual-innocence claim",
    "dna_testing_application": "DNA testing application", "federal_habeas": "Federal habeas petition",
    "joint_motion": "Joint motion", "clemency": "Clemency application", "retrial": "Retrial",
    "dismissal": "Dismissal", "release": "Release", "exoneration": "Exoneration", "other": "Other step",
}

OUTCOMES = {
    "pending": "pending", "granted": "granted", "denied": "denied", "dismissed": "dismissed",
    "affirmed": "affirmed", "reversed": "reversed", "vacated": "vacated", "remanded": "remanded",
    "withdrawn": "withdrawn", "convicted": "convicted", "acquitted": "acquitted", "hung": "hung jury",
    "other": "other outcome",
}

VERDICTS = {
    "guilty": "guilty verdict", "not_guilty": "not-guilty verdict", "hung": "hung jury",
    "mistrial": "mistrial", "guilty_lesser": "guilty verdict on a lesser offense",
}

_PLEAS = {"guilty": "guilty plea", "guilty_lesser": "guilty plea to a lesser offense"}
_BY = {"jury": " by a jury", "bench": " by the court (bench trial)"}


def verdict_text(outcome: str | None, form: str | None) -> str:
    """``guilty verdict by a jury``, ``guilty plea``: the record's verdict in words."""
    if form == "plea" and outcome in _PLEAS:
        return _PLEAS[outcome]
    words = VERDICTS[outcome] if outcome else "verdict"
    return words + _BY.get(form or "", "")


SENTENCES = {
    "death": "death", "life_without_parole": "life without parole", "life": "life",
    "term": "a term of years", "probation": "probation", "other": "other sentence",
}

ROLES = {
    "defendant": "defendant", "co_defendant": "co-defendant", "victim": "victim",
    "witness": "witness", "informant": "informant", "police": "police",
    "prosecutor": "prosecutor", "defense_counsel": "defense counsel", "judge": "judge",
    "juror": "juror", "forensic_analyst": "forensic analyst", "advocate": "advocate",
    "family": "family", "other": "other",
}

CLAIMS = {
    "factual_innocence": "factual innocence", "new_evidence": "new evidence",
    "recantation": "recantation", "dna": "DNA", "brady": "Brady (suppressed evidence)",
    "napue": "Napue (false testimony)", "ineffective_assistance": "ineffective assistance",
    "non_unanimous_jury": "non-unanimous jury", "insufficient_evidence": "insufficient evidence",
    "juror_misconduct": "juror misconduct", "other": "other",
}

SUBJECTS = {
    "identification": "identification", "eyewitness_account": "eyewitness account",
    "confession": "confession", "informant": "informant testimony", "forensic": "forensic",
    "alibi": "alibi", "character": "character", "other": "other",
}

CUSTODY = {
    "imprisoned": "imprisoned", "parole": "on parole", "probation": "on probation",
    "released": "released", "deceased": "deceased", "unknown": "custody unknown",
}

#: Contributing-factor codes of the National Registry of Exonerations.
FACTORS = {
    "MWID": "Mistaken witness identification", "FC": "False confession",
    "PFA": "Perjury or false accusation", "FMFE": "False or misleading forensic evidence",
    "OM": "Official misconduct", "ILD": "Inadequate legal defense",
}

FACTOR_FINDINGS = {
    "alleged": "alleged; no court finding in the record",
    "found": "found by a court",
    "conceded": "conceded by the State",
    "rejected": "rejected by a court",
}

ACTORS = {**ROLES, "child_welfare": "child welfare"}

REMEDY_OUTCOMES = {
    "eligible": "Eligible on the facts checked", "ineligible": "Ineligible",
    "needs_review": "Needs review",
}

ELEMENT_STATUS = {"met": "met", "unmet": "unmet", "unknown": "unknown", "for_counsel": "for counsel"}

_STATES = {
    "AL": "Alabama", "AK": "Alaska", "AZ": "Arizona", "AR": "Arkansas", "CA": "California",
    "CO": "Colorado", "CT": "Connecticut", "DE": "Delaware", "DC": "District of Columbia",
    "FL": "Florida", "GA": "Georgia", "HI": "Hawaii", "ID": "Idaho", "IL": "Illinois",
    "IN": "Indiana", "IA": "Iowa", "KS": "Kansas", "KY": "Kentucky", "LA": "Louisiana",
    "ME": "Maine", "MD": "Maryland", "MA": "Massachusetts", "MI": "Michigan", "MN": "Minnesota",
    "MS": "Mississippi", "MO": "Missouri", "MT": "Montana", "NE": "Nebraska", "NV": "Nevada",
    "NH": "New Hampshire", "NJ": "New Jersey", "NM": "New Mexico", "NY": "New York",
    "NC": "North Carolina", "ND": "North Dakota", "OH": "Ohio", "OK": "Oklahoma", "OR": "Oregon",
    "PA": "Pennsylvania", "RI": "Rhode Island", "SC": "South Carolina", "SD": "South Dakota",
    "TN": "Tennessee", "TX": "Texas", "UT": "Utah", "VT": "Vermont", "VA": "Virginia",
    "WA": "Washington", "WV": "West Virginia", "WI": "Wisconsin", "WY": "Wyoming",
    "PR": "Puerto Rico", "GU": "Guam", "VI": "U.S. Virgin Islands", "FED": "United States (federal)",
}

_ORDINALS = ("First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth", "Ninth")


def jurisdiction_name(code: str) -> str:
    """``US-LA`` -> ``Louisiana``; unknown codes are returned as given."""
    if code.startswith("US-"):
        return _STATES.get(code[3:], code)
    return "Unknown jurisdiction" if code == "unknown" else code


@lru_cache(maxsize=1)
def _courts() -> dict[str, str]:
    from courts_db import courts

    return {court["id"]: court["name"] for court in courts}


def court_name(court: str | None) -> str | None:
    """A court id as courts-db names it (``laed`` -> its full name); free text is kept.

    Louisiana's intermediate courts are written ``la-ctapp-N`` in case files;
    courts-db has one ``lactapp`` entry, so the circuit number is added to its name.
    """
    if not court:
        return None
    names = _courts()
    if court in names:
        return names[court]
    base, _, number = court.rpartition("-")
    if number.isdigit() and 1 <= int(number) <= len(_ORDINALS):
        base_name = names.get(base) or names.get(base.replace("-", ""))
        if base_name:
            return f"{base_name}, {_ORDINALS[int(number) - 1]} Circuit"
    return court


def date_text(date: PartialDate | None) -> str:
    """A partial date as written in the record (``2009-08``), or ``date unknown``."""
    return str(date) if date is not None else "date unknown"


def votes_text(guilty: int | None, not_guilty: int | None) -> str | None:
    """``10-2`` style jury vote (with an en dash), when both counts are known."""
    if guilty is None or not_guilty is None:
        return None
    return f"{guilty}\u2013{not_guilty}"


def yes_no(value: bool | None, yes: str = "yes", no: str = "no", unknown: str = "not stated") -> str:
    return unknown if value is None else (yes if value else no)


def join_words(words: list[str]) -> str:
    """``a``, ``a and b``, ``a, b and c``."""
    if len(words) <= 1:
        return "".join(words)
    return ", ".join(words[:-1]) + " and " + words[-1]
