"""La. C.Cr.P. art. 926.1: application for post-conviction DNA testing."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ..dates import DateRange, add_days, before_status
from ..elements import custody_la, for_counsel, join, make_deadline, no_conviction_reason, refs
from ..facts import DerivedFacts
from ..remedy import Remedy
from ..results import Deadline, ElementResult

RULE_TEXT = """\
A person convicted of a felony may apply for DNA testing of an unknown sample (biological material
from an unknown donor, art. 924) secured in relation to the offense. The application must be filed
prior to the date set in art. 926.1(A)(1) as in force on the filing day: prior to 2019-08-31 under
Acts 2014, No. 266; prior to 2024-08-31 under Acts 2019, No. 156; prior to 2030-08-31 under the
later extension (its act and effective date are unconfirmed in the research). After that date
testing is sought under the ordinary limits of arts. 930.4 and 930.8. A person sentenced to death
before 2001-08-15 may apply at any time. The application must set out an articulable doubt, based
on competent evidence, that testing would resolve and establish innocence, and include the
petitioner's affidavit of factual innocence (926.1(B)); both are for counsel. The applicant
should be in custody as for other post-conviction applications (arts. 924, 930.3; 926(F) from
2025-08-01); whether that bars a person no longer in custody is unsettled in the research."""

AUTH = "La. C.Cr.P. art. 926.1(A)(1)"


@dataclass(frozen=True, slots=True)
class FilingWindow:
    """A version of art. 926.1(A)(1): in force from ``since``, applications prior to ``before``."""

    since: dt.date
    before: dt.date
    source: str


# Each extension took effect before the previous date ran out, so the windows join up.
WINDOWS = (
    FilingWindow(dt.date(2014, 8, 1), dt.date(2019, 8, 31), "Acts 2014, No. 266"),
    FilingWindow(dt.date(2019, 8, 1), dt.date(2024, 8, 31), "Acts 2019, No. 156"),
    FilingWindow(dt.date(2024, 8, 1), dt.date(2030, 8, 31), "2024 extension, act unconfirmed"),
)
DEATH_SENTENCE_BEFORE = dt.date(2001, 8, 15)


def window_on(as_of: dt.date) -> FilingWindow | None:
    """The version of 926.1(A)(1) in force on as_of (None before the versions the research covers)."""
    current = [w for w in WINDOWS if w.since <= as_of]
    return current[-1] if current else None


class DnaTesting(Remedy):
    def assess(self, facts: DerivedFacts) -> tuple[tuple[ElementResult, ...], Deadline | None]:
        time, deadline = self.time(facts)
        prior = self.prior_application(facts)
        elements = (
            self.felony(facts),
            self.custody(facts),
            self.sample(facts),
            *((prior,) if prior else ()),
            time,
            for_counsel("articulable-doubt", "Whether there is an articulable doubt, based on competent evidence, "
                        "that DNA testing would resolve and establish innocence is for counsel and the court.",
                        "La. C.Cr.P. art. 926.1(B)(1), (C)(1)"),
            for_counsel("innocence-affidavit", "The application must include the petitioner's affidavit of "
                        "factual innocence, signed under penalty of perjury.", "La. C.Cr.P. art. 926.1(B)(4)"),
        )
        return elements, deadline

    @staticmethod
    def felony(facts: DerivedFacts) -> ElementResult:
        c = facts.conviction
        if c is None and facts.no_conviction:
            return ElementResult("felony-conviction", "unmet", no_conviction_reason(facts), AUTH,
                                 facts.no_conviction)
        if c is None:
            return ElementResult("felony-conviction", "unknown", "No conviction is recorded.", AUTH,
                                 missing=("What felony conviction is challenged?",))
        if c.vacated_by:
            return ElementResult("felony-conviction", "unmet", f"The conviction ({c.ref}) was set aside by "
                                 f"{c.vacated_by}.", AUTH, (c.ref, c.vacated_by))
        if c.felony is True:
            return ElementResult("felony-conviction", "met", f"Convicted of a felony ({c.ref}).", AUTH,
                                 (c.ref, "charges"))
        if c.felony is False:
            return ElementResult("felony-conviction", "unmet", "The offenses of conviction are not felonies.", AUTH,
                                 (c.ref, "charges"))
        return ElementResult("felony-conviction", "unknown", "The record does not say whether the offense of "
                             "conviction is a felony.", AUTH, (c.ref,), ("Is the offense of conviction a felony?",))

    @staticmethod
    def prior_application(facts: DerivedFacts) -> ElementResult | None:
        """An earlier testing application (None when there is none): pending, granted, or denied.

        Whether art. 930.4 bars a repeated application after a denial is not in the research.
        """
        authority = "La. C.Cr.P. arts. 926.1, 930.4"
        prior = [f for f in facts.state_filings if f.kind == "dna_testing_application"]
        if not prior:
            return None
        last = prior[-1]
        if last.pending:
            return ElementResult("prior-application", "unmet", f"An application for DNA testing is already pending "
                                 f"({last.ref}); the request belongs in it.", authority, refs(prior))
        if last.outcome == "granted":
            return ElementResult("prior-application", "met", f"An earlier application for DNA testing was granted "
                                 f"({last.ref}); a new application must concern a sample still untested.", authority,
                                 refs(prior))
        return ElementResult("prior-application", "unknown", f"An earlier application for DNA testing was "
                             f"{last.outcome} ({last.ref}); whether art. 930.4 bars a repeated application, or it "
                             "may rest on new grounds, is not settled in the research, so this needs review.",
                             authority, refs(prior), (f"On what grounds was {last.ref} decided, and does a new "
                                                      "application raise a new or different ground?",))

    @staticmethod
    def custody(facts: DerivedFacts) -> ElementResult:
        """Custody as for any application for post-conviction relief, but unsettled when not in custody.

        Art. 926.1 itself asks only for a felony conviction; the research does not settle whether the
        custody rules of arts. 924 and 930.3 (and 926(F) from 2025-08-01) bar a testing application by
        someone no longer in custody, so that case is for review rather than a guess.
        """
        element = custody_la(facts)
        if element.status != "unmet":
            return element
        return ElementResult("custody", "unknown", element.reason + " Art. 926.1 itself requires only a felony "
                             "conviction, and whether the custody rule bars a DNA testing application is not "
                             "settled in the research, so this needs review.", element.authority + ", 926.1(A)",
                             element.facts, ("Does the custody requirement apply to a DNA testing application "
                                             "by a person no longer in custody?",))

    @staticmethod
    def sample(facts: DerivedFacts) -> ElementResult:
        authority = "La. C.Cr.P. arts. 924, 926.1(A)(1)"
        if not facts.evidence_recorded:
            return ElementResult("unknown-sample", "unknown", "No evidence is recorded in the case file.", authority,
                                 missing=("Is there biological evidence from an unknown donor that was never "
                                          "DNA-tested?",))
        untested = [e for e in facts.evidence if e.biological and e.tested is False]
        if untested:
            return ElementResult("unknown-sample", "met", f"{join(refs(untested))}: biological material that has "
                                 "never been DNA-tested.", authority, refs(untested))
        unsure = [e for e in facts.evidence if (e.biological is True and e.tested is None)
                  or (e.kind == "physical" and e.biological is None)]
        if unsure:
            return ElementResult("unknown-sample", "unknown", f"The record does not say whether "
                                 f"{join(refs(unsure))} is biological material that was DNA-tested.", authority,
                                 refs(unsure), tuple(f"Is {e.ref} biological material, and was it DNA-tested?"
                                                     for e in unsure))
        tested = [e for e in facts.evidence if e.biological and e.tested]
        why = (f"the biological evidence ({join(refs(tested))}) has already been tested" if tested
               else "no biological evidence is recorded")
        return ElementResult("unknown-sample", "unmet", f"No untested sample is recorded: {why}.", authority,
                             refs(tested))

    @staticmethod
    def time(facts: DerivedFacts) -> tuple[ElementResult, Deadline | None]:
        as_of = facts.as_of
        c = facts.conviction
        if c and c.sentence_kind == "death" and c.sentence_date and c.sentence_date.latest() < DEATH_SENTENCE_BEFORE:
            return ElementResult("time-limit", "met", "Sentenced to death before 2001-08-15: the application may be "
                                 "filed at any time.", "La. C.Cr.P. art. 926.1(A)(2)", (c.ref,)), None
        window = window_on(as_of)
        if window is None:
            return ElementResult("time-limit", "unknown", f"The filing date art. 926.1(A)(1) set on {as_of} is not "
                                 "in the research (unconfirmed), so this needs review.", AUTH,
                                 missing=(f"What filing deadline did art. 926.1(A)(1) set on {as_of}?",)), None
        last = add_days(window.before, -1)
        deadline = make_deadline(f"{AUTH} ({window.source})", DateRange.exact(last), as_of,
                                 f"applications must be filed prior to {window.before}")
        if before_status(window.before, as_of) == "met":
            return ElementResult("time-limit", "met", f"An application filed on {as_of} is prior to "
                                 f"{window.before}, the date set by art. 926.1(A)(1) ({window.source}).", AUTH), deadline
        return ElementResult("time-limit", "unmet", f"Applications under art. 926.1 had to be filed prior to "
                             f"{window.before} ({window.source}); testing is now sought under the limits of arts. "
                             "930.4 and 930.8.", AUTH), deadline


REMEDY = DnaTesting(
    id="us-la/ccrp-926.1",
    name="Application for post-conviction DNA testing",
    jurisdiction="US-LA",
    citations=("La. C.Cr.P. art. 926.1", "La. C.Cr.P. art. 924", "Acts 2019, No. 156", "Acts 2014, No. 266"),
    in_force_from=dt.date(2001, 8, 15),
    in_force_to=None,
    rule_text=RULE_TEXT,
)
