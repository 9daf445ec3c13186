"""Relief from a non-unanimous jury verdict (Ramos v. Louisiana; Edwards; Reddick; La. Const. art. I, §17)."""

from __future__ import annotations

import datetime as dt

from ..dates import DateRange
from ..elements import TimeLimit, conviction_element, for_counsel, time_limit_930_8
from ..facts import DerivedFacts
from ..milestones import (
    ACT_2025_393,
    EDWARDS,
    RAMOS,
    RAMOS_AUTHORITY,
    REDDICK,
    UNANIMITY_OFFENSES_FROM,
)
from ..remedy import Remedy
from ..results import Deadline, ElementResult

RULE_TEXT = """\
A felony jury verdict must be unanimous. For offenses committed on or after 2019-01-01 the
Louisiana Constitution requires it (art. I, §17, as amended in 2018); for earlier offenses
art. 782(A) allowed 10 of 12 jurors to convict until Ramos v. Louisiana (2020-04-20) held the Sixth
Amendment requires unanimity in state trials. Ramos applies to every case still pending on direct
review on 2020-04-20, including the time to seek certiorari (Griffith v. Kentucky). It does not apply
to convictions that were already final: not on federal habeas (Edwards v. Vannoy, 2021-05-17) and
not on Louisiana collateral review (State v. Reddick, 2022-10-21); since 2025-08-01 art. 930.4(D)
requires denial of claims based on a new rule held nonretroactive by both supreme courts. Before
those decisions the retroactivity question was open, and the screening says so. Where unanimity
does apply, the claim is raised on direct review; once the conviction is final it is an ordinary
post-conviction claim that must be filed within two years of finality (art. 930.8(A)), since Ramos
is not a new ruling for a conviction that became final after it."""

JURY_AUTHORITY = "La. C.Cr.P. art. 782(A)"


class NonUnanimousJury(Remedy):
    def assess(self, facts: DerivedFacts) -> tuple[tuple[ElementResult, ...], Deadline | None]:
        jury, split, applies = self.jury(facts), self.split(facts), self.applies(facts)
        elements = [conviction_element(facts, JURY_AUTHORITY), jury, split, applies]
        deadline = None
        # Timing and relief only matter for a split jury verdict the rule reaches.
        if applies.status == "met" and "unmet" not in (jury.status, split.status):
            time = self.time_limit(facts)
            elements.append(time.element)
            deadline = time.deadline
            elements.append(for_counsel("raised-and-relief", "Whether the claim was raised on direct review or "
                                        "kept for a post-conviction application, and the relief (a new trial, "
                                        "which the State may seek), are for counsel.", RAMOS_AUTHORITY.split("; ")[0]))
        if facts.as_of.year >= 2026:
            elements.append(for_counsel("legislation", "SB 215 (2026) would create a parole panel for people "
                                        "convicted by split verdicts; its status after 2026-04-20 is unknown in the "
                                        "research, so counsel should check it. Clemency remains open.",
                                        "SB 215 (La. 2026 Reg. Sess.)"))
        return tuple(elements), deadline

    @staticmethod
    def time_limit(facts: DerivedFacts) -> TimeLimit:
        """Where unanimity applies: raised on direct review, or after finality within art. 930.8's two years.

        Ramos is not a new rule for a conviction that became final after it, so neither the new-facts
        nor the new-ruling exception of art. 930.8(A) reopens the period.
        """
        final = facts.state_finality
        if final.pending:
            return TimeLimit(ElementResult("time-limit", "met", f"{final.reason} The claim is raised on direct "
                                           "review, where no post-conviction time limit runs.",
                                           "La. C.Cr.P. arts. 914, 922, 930.8(A)", final.facts), None)
        limit = time_limit_930_8(facts, (), discovery_allowed=False,
                                 subject="A post-conviction claim of a non-unanimous verdict")
        if limit.element.status != "unmet":
            return limit
        e = limit.element
        return TimeLimit(ElementResult(e.id, e.status, e.reason + " The unanimity rule applied before the conviction "
                                       "became final, so it is not a new ruling that reopens the period "
                                       "(art. 930.8(A)(2)).", e.authority, e.facts, e.missing), limit.deadline)

    @staticmethod
    def jury(facts: DerivedFacts) -> ElementResult:
        c = facts.conviction
        if c is None:
            return ElementResult("jury-verdict", "unknown", "No conviction is recorded.", JURY_AUTHORITY,
                                 missing=("Was the conviction by a jury verdict?",))
        if c.kind == "plea" or c.form == "plea":
            return ElementResult("jury-verdict", "unmet", f"The conviction was on a guilty plea ({c.ref}); there "
                                 "was no jury verdict.", JURY_AUTHORITY, (c.ref,))
        if c.form == "bench":
            return ElementResult("jury-verdict", "unmet", f"The conviction was by a judge ({c.ref}); there was no "
                                 "jury verdict.", JURY_AUTHORITY, (c.ref,))
        if c.form == "jury":
            return ElementResult("jury-verdict", "met", f"The conviction was by a jury verdict ({c.ref}).",
                                 JURY_AUTHORITY, (c.ref,))
        return ElementResult("jury-verdict", "unknown", f"The record does not say whether the verdict ({c.ref}) "
                             "was by a jury or a judge.", JURY_AUTHORITY, (c.ref,),
                             ("Was the verdict by a jury or a judge?",))

    @staticmethod
    def split(facts: DerivedFacts) -> ElementResult:
        c = facts.conviction
        authority = "Ramos v. Louisiana, 140 S. Ct. 1390 (2020); La. C.Cr.P. art. 782(A)"
        if c is None:
            return ElementResult("non-unanimous", "unknown", "No verdict is recorded.", authority,
                                 missing=("What was the jury vote?",))
        votes = f" ({c.votes})" if c.votes else ""
        if c.unanimous is True:
            return ElementResult("non-unanimous", "unmet", f"The jury verdict was unanimous{votes}, so there is no "
                                 "non-unanimous verdict to challenge.", authority, (c.ref,))
        if c.unanimous is False:
            return ElementResult("non-unanimous", "met", f"The jury verdict was not unanimous{votes} ({c.ref}).",
                                 authority, (c.ref,))
        return ElementResult("non-unanimous", "unknown", "The record does not give the jury vote.", authority,
                             (c.ref,), ("What was the jury vote (e.g. 10-2)?",))

    @staticmethod
    def applies(facts: DerivedFacts) -> ElementResult:
        """Whether unanimity can be enforced for this conviction on as_of."""
        element = NonUnanimousJury._applies(facts)
        c = facts.conviction
        # With no offense date, a conviction from 2019 on may be for an offense the Constitution covers.
        if (element.status == "unmet" and c is not None and c.offense_date is None
                and (c.date is None or c.date.latest() >= UNANIMITY_OFFENSES_FROM)):
            return ElementResult("rule-applies", "unknown", element.reason + " But the offense date is not "
                                 "recorded, and for an offense committed on or after 2019-01-01 the Louisiana "
                                 "Constitution required a unanimous verdict whatever the date of finality.",
                                 f"{element.authority}; La. Const. art. I, §17", element.facts,
                                 ("On what date was the offense committed?",))
        return element

    @staticmethod
    def _applies(facts: DerivedFacts) -> ElementResult:
        as_of = facts.as_of
        c = facts.conviction
        # Partial dates cannot straddle 2019-01-01 (a year boundary), so the earliest day decides.
        if c is not None and c.offense_date is not None and c.offense_date.earliest() >= UNANIMITY_OFFENSES_FROM:
            return ElementResult("rule-applies", "met", f"The offense ({c.offense_date}) was committed on or "
                                 "after 2019-01-01, when the Louisiana Constitution began requiring unanimous "
                                 "verdicts.", "La. Const. art. I, §17; La. C.Cr.P. art. 782(A)", ("charges",))
        if as_of < RAMOS:
            return ElementResult("rule-applies", "unmet", "Before Ramos v. Louisiana (2020-04-20), Louisiana law "
                                 "allowed a verdict of 10 of 12 jurors for an offense committed before 2019-01-01.",
                                 JURY_AUTHORITY, ("charges",))
        final = facts.federal_finality
        if final.pending:
            return ElementResult("rule-applies", "met", f"{final.reason} Ramos applies to cases pending on direct "
                                 "review (Griffith v. Kentucky, 479 U.S. 314 (1987)).", RAMOS_AUTHORITY, final.facts)
        if final.range is None:
            return ElementResult("rule-applies", "unknown", "When the conviction became final is not known, and "
                                 "that decides whether Ramos applies.", RAMOS_AUTHORITY, final.facts,
                                 ("What are the dates of the appeal and writ decisions on direct review?",))
        before = final.range.is_before(RAMOS)
        if before is False:
            return ElementResult("rule-applies", "met", f"The conviction was not yet final on 2020-04-20 (final "
                                 f"{final.range}), so Ramos applies as to a case pending on direct review (Griffith "
                                 "v. Kentucky, 479 U.S. 314 (1987)).", RAMOS_AUTHORITY, final.facts)
        if before is None:
            return ElementResult("rule-applies", "unknown", f"The conviction became final {final.range}, which may "
                                 "be before or after Ramos (2020-04-20).", RAMOS_AUTHORITY, final.facts,
                                 final.questions)
        return _final_before_ramos(as_of, final.range, final.facts)


def _final_before_ramos(as_of: dt.date, final: DateRange, facts_refs: tuple[str, ...]) -> ElementResult:
    head = (f"The conviction became final {final} (with the time to seek certiorari), before Ramos v. Louisiana "
            "(2020-04-20)")
    if as_of < EDWARDS:
        return ElementResult("rule-applies", "unknown", f"{head}; on {as_of} whether Ramos applies retroactively on "
                             "collateral review is unsettled (Edwards v. Vannoy was decided 2021-05-17), so this "
                             "needs review.", "Ramos v. Louisiana, 140 S. Ct. 1390 (2020)", facts_refs,
                             ("Does Ramos apply retroactively on collateral review? (unsettled on this date)",))
    if as_of < REDDICK:
        return ElementResult("rule-applies", "unknown", f"{head}; Ramos is not retroactive on federal habeas "
                             "(Edwards v. Vannoy), but on this date whether Louisiana courts apply it on state "
                             "collateral review is unsettled (State v. Reddick was decided 2022-10-21), so this "
                             "needs review.", "Ramos v. Louisiana, 140 S. Ct. 1390 (2020); Edwards v. Vannoy, "
                             "141 S. Ct. 1547 (2021)", facts_refs,
                             ("Does Louisiana apply Ramos retroactively on state collateral review? (unsettled on "
                              "this date)",))
    tail = ("; and since 2025-08-01 art. 930.4(D) requires denial of a claim based on a new rule held "
            "nonretroactive" if as_of >= ACT_2025_393 else "")
    return ElementResult("rule-applies", "unmet", f"{head}; Ramos is not retroactive on federal collateral review "
                         f"(Edwards v. Vannoy) or on Louisiana collateral review (State v. Reddick){tail}.",
                         RAMOS_AUTHORITY + ("; La. C.Cr.P. art. 930.4(D)" if tail else ""), facts_refs)


REMEDY = NonUnanimousJury(
    id="us-la/non-unanimous-jury",
    name="Relief from a non-unanimous jury verdict",
    jurisdiction="US-LA",
    citations=("Ramos v. Louisiana, 140 S. Ct. 1390 (2020)", "Edwards v. Vannoy, 141 S. Ct. 1547 (2021)",
               "State v. Reddick, 351 So. 3d 273 (La. 2022)", "La. Const. art. I, §17",
               "La. C.Cr.P. art. 782(A)", "Griffith v. Kentucky, 479 U.S. 314 (1987)"),
    in_force_from=None,
    in_force_to=None,
    rule_text=RULE_TEXT,
)
