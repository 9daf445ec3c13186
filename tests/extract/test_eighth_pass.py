"""Eighth pass: court formats and phrasings found on the new training set (bench/train6) and by probing made-up text.

Every text here is made up; names, courts and numbers are fictional. Each rule is written for a way courts print or
word things (a bench list in a right-hand column, a vote tally line, consolidated captions, Texas's "The offense is X;
the punishment, N years"), not for one opinion.
"""

from __future__ import annotations

import pytest

from dayincourt.ingest import ingest

from .helpers import charges, forms, judges, proceedings, roles, sentences
from .helpers import extract_text as extract

HEAD = ("1 A.2d 2 (1980)\n\nSTATE of Arcadia, Appellee,\nv.\nJohn POWERS, Appellant.\n\nNo. 4601.\n\n"
        "Court of Appeals of Arcadia.\n\nROSS, Justice.\n\n")


def _dates(case: dict) -> list[str | None]:
    return [c.get("offense_date") for c in case["case"].get("charges", [])]


# --- judges ---------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the titles lead the list, in the header or at the end: New York's memorandum
        ("Jane Roe, District Attorney, for appellant.\n\nSam Poe for respondent.\n\n"
         "Chief Judge HALE and Judges MARSH, GREEN, DUNN and WADE concur.\n\nMEMORANDUM.\n\n"
         "The order of the Appellate Term should be affirmed.\n", {"Hale", "Marsh", "Green", "Dunn", "Wade"}),
        # New Jersey's vote tally after the disposition
        ("PER CURIAM.\n\nPowers was convicted of robbery. The order is affirmed.\n\n"
         "For affirmance \u2014 Chief Justice HALE and Justices MARSH, GREEN and WADE \u2014 4.\n\nFor reversal \u2014 None.\n",
         {"Hale", "Marsh", "Green", "Wade"}),
    ],
)
def test_titled_judges_lists(text: str, expected: set[str]) -> None:
    got = extract("1 A.2d 2 (1990)\n\nThe People of the State of Arcadia, Appellant,\n\nv.\n\nJohn Powers, Respondent.\n\n"
                  "Court of Appeals of Arcadia.\n\n" + text)
    assert expected <= judges(got)


def test_a_bench_printed_in_the_right_column_of_an_order() -> None:
    gap = " " * 40
    text = (f"Order{gap}Arcadia Supreme Court\n{gap}       Lakeview, Arcadia\n\n"
            f"  May 1, 2008{gap}Anne B. Hale,\n{gap}    Chief Justice\n\n"
            f"  130001{gap}     Carl D. Marsh\n{gap}     Dora E. Green\n"
            f"  PEOPLE OF THE STATE OF ARCADIA,{' ' * 20}Evan F. Wade, Jr.,\n            Plaintiff-Appellee,{gap}Justices\n\n"
            "  v                                   SC: 130001\n\n  JOHN POWERS,\n            Defendant-Appellant.\n\n"
            "  _________________________________________/\n\n"
            "         On order of the Court, the application for leave to appeal is considered, and it is DENIED, because we "
            "are not persuaded that the questions presented should be reviewed by this Court.\n")
    assert {"Anne B. Hale", "Carl D. Marsh", "Dora E. Green", "Evan F. Wade, Jr."} <= judges(extract(text))


def test_a_concur_block_with_titles_and_the_trial_judge_in_a_boxed_caption() -> None:
    text = ("IN THE COURT OF CRIMINAL APPEALS OF ARCADIA\n\n"
            "      STATE OF ARCADIA,          )      C.C.A. NO. 01C01-9608-CR-00001\n"
            "           Appellee,             )      LAKE COUNTY\n"
            "                                 )      HON. J. ANNE HALE, JR.,\n"
            "      V.                         )      JUDGE\n"
            "      JOHN POWERS,               )      (THEFT)\n"
            "           Appellant.            )\n\n"
            "      OPINION FILED ______\n\n      AFFIRMED\n\n      CARL D. MARSH, JUDGE\n\n"
            "                                        OPINION\n\n"
            "The appellant was convicted of theft. We affirm the judgment of the trial court.\n\n"
            "The judgment of the trial court is affirmed.\n\n"
            "                                        ______________________\n"
            "                                        CARL D. MARSH, Judge\n\n"
            "      CONCUR:\n\n      ______________________\n      DORA E. GREEN, Presiding Judge\n\n"
            "      ______________________\n      EVAN F. WADE, Judge\n")
    assert {"J. Anne Hale, Jr.", "Carl D. Marsh", "Dora E. Green", "Evan F. Wade"} <= judges(extract(text))


# --- parties --------------------------------------------------------------------------------------------------------

def test_consolidated_captions_name_every_accused() -> None:
    text = ("PUBLISH\n                 IN THE UNITED STATES COURT OF APPEALS\n                      FOR THE TWELFTH CIRCUIT\n"
            "                             No. 94-0001            U.S. COURT OF APPEALS\n"
            "                    D.C. Docket No. 93-00310 CR    ANNE CLERK\n                                            CLERK\n"
            "UNITED STATES OF AMERICA,\n                                   Plaintiff-Appellee,\n\n             versus\n\n"
            "JOHN POWERS,\na.k.a. \u201cBig J\u201d; CARL D. MARSH, DORA GREEN, et al.,\n\n"
            "                                   Defendants-Appellants.\n\n              ___________________\n\n"
            "                             No. 94-0002\n              ____________________\n\n"
            "UNITED STATES OF AMERICA,\n\n                                   Plaintiff-Appellee,\n\n      versus\n\n"
            "EVAN F. WADE;\n\n                                   Defendant-Appellant.\n\n"
            "Before HALE and ROSS, Circuit Judges.\n\nHALE, Circuit Judge:\n\n"
            "The appellants were convicted of conspiracy to distribute cocaine. We affirm.\n\nAFFIRMED.\n")
    got = roles(extract(text))
    for name in ("John Powers", "Carl D. Marsh", "Dora Green", "Evan F. Wade"):
        assert "defendant" in got.get(name, set()), name


def test_a_captionless_state_appeal_names_the_appellee_as_the_accused() -> None:
    text = ("Appellant, the state of Arcadia, appeals the judgment of the Lake County Municipal Court granting appellee "
            "John Powers's motion to suppress certain statements he made while under arrest. We reverse and remand.\n\n"
            "Facts\n\nPowers was stopped on Route 9 and arrested for driving while under the influence of alcohol. Powers was "
            "indicted on one count of improperly transporting a firearm. The trial court granted his motion and the state "
            "now appeals pursuant to R.C. 2945.67.\n\n"
            "Judgment reversed and cause remanded.\n")
    assert "defendant" in roles(extract(text)).get("John Powers", set())


# --- counsel and police ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("body", "name", "role"),
    [
        # New Jersey's counsel line: the brief writer in parentheses after the arguing lawyer
        ("Mr. Sam Poe argued the cause for defendant-appellant (Mr. Tom R. Lane, on the brief).\n\n"
         "PER CURIAM.\n\nPowers was convicted of robbery. Affirmed.\n", "Tom R. Lane", "defense_counsel"),
        # the title first, two prosecutors listed
        ("The interviews were conducted by Assistant U.S. Attorneys Ruth V. Hale and Omar Dunn, and an agent.\n\n"
         "Powers was convicted of robbery. Affirmed.\n", "Omar Dunn", "prosecutor"),
        # an agent of a drug enforcement bureau is police
        ("Powers met with Paul Lane, an agent of the Arcadia Bureau of Narcotic and Drug Enforcement, at a motel. "
         "Powers was convicted of delivery of marijuana. Affirmed.\n", "Paul Lane", "police"),
    ],
)
def test_counsel_and_police_phrasings(body: str, name: str, role: str) -> None:
    assert role in roles(extract(HEAD + body)).get(name, set())


def test_a_name_cut_at_a_page_break_is_not_a_prosecutor() -> None:
    text = HEAD + "The interviews were conducted by Assistant U.S. Attorneys Ruth V. Hale and Omar F.\n\nDunn.\n\nAffirmed.\n"
    assert "Omar F." not in roles(extract(text))


# --- convictions, charges, sentences --------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("body", "form", "charge", "sentence"),
    [
        # New Jersey's non vult plea
        ("Powers entered non vult pleas to three accusations for armed robbery. On these pleas he received a 3-5 year "
         "sentence in State Prison.", "plea", None, ("term", 5.0)),
        ("Defendants entered pleas of nolo contendere to various charges herein.", "plea", None, None),
        # "conviction by jury" with no article
        ("Powers brought this motion for a new trial following a conviction by jury on October 31, 1980 for seven counts "
         "of transporting illegal aliens.", "jury", "transporting illegal aliens", None),
        # Texas's opening formulas
        ("The conviction is for burglary; the punishment, two years in the penitentiary.", None, "burglary", ("term", 2.0)),
        ("Conviction is for murder; punishment, ninety-nine years.", None, "murder", ("term", 99.0)),
        ("The offense is theft; the punishment, confinement in the penitentiary for five years.", None, "theft", ("term", 5.0)),
    ],
)
def test_conviction_phrasings(body: str, form: str | None, charge: str | None, sentence: tuple | None) -> None:
    got = extract(HEAD + body + "\n\nJudgment affirmed.\n")
    kinds = [k for k, _ in proceedings(got)]
    assert any(k in ("trial", "plea", "other") for k in kinds[:1]), kinds
    assert forms(got)[:1] == [form]
    if charge is not None:
        assert charge in charges(got)
    if sentence is not None:
        assert sentence in sentences(got)


def test_offenses_written_as_titles_with_their_statutes() -> None:
    body = ("Appellant Jane Powers appeals a judgment of the Lake County Municipal Court convicting her of Operating a "
            "Motor Vehicle After Underage Consumption (R.C. 4511.19(B)(2)), Defective Muffler (R.C. 4513.22), Possession "
            "of Drug Paraphernalia (R.C. 2925.14), and Underage Possession (R.C. 4301.632), upon a plea of no contest.\n\n"
            "On June 16, 1997, Officer Lane of the Lakeview Police Department viewed a vehicle operated by appellant.\n\n"
            "Judgment affirmed.\n")
    got = extract(HEAD.replace("John POWERS", "Jane POWERS") + body)
    assert charges(got) == ["Operating a Motor Vehicle After Underage Consumption", "Defective Muffler",
                            "Possession of Drug Paraphernalia", "Underage Possession"]
    assert _dates(got)[0] == "1997-06-16"


def test_a_titled_offense_needs_its_statute() -> None:
    # the same words without a statute after them are not read as offenses
    body = "Appellant was convicted of Defective Muffler and Driving Left of Center.\n\nJudgment affirmed.\n"
    assert charges(extract(HEAD + body)) == []


@pytest.mark.parametrize(
    ("body", "arrested"),
    [
        ("The box was seized at about the time that the defendants were arrested. Powers was convicted of delivery of "
         "marijuana.", True),
        ("After he had left, he was stopped, questioned, then placed under arrest. Powers was convicted of theft.", True),
        ("The officers who arrested the witness were not called. Powers was convicted of theft.", False),
    ],
)
def test_arrest_phrasings(body: str, arrested: bool) -> None:
    assert (("arrest", None) in proceedings(extract(HEAD + body + "\n\nAffirmed.\n"))) is arrested


# --- ingest ---------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # the export's debris, seen three times or more: joined
        ("W e affirm. W hether the court erred is the issue. W e hold it did not. JANE T. W ARD, Judge",
         "We affirm. Whether the court erred is the issue. We hold it did not. JANE T. WARD, Judge"),
        # once is a name's initial, left alone
        ("CARL W ROSS was present. We affirm.", "CARL W ROSS was present. We affirm."),
    ],
)
def test_a_split_capital_w_is_joined_when_the_text_has_the_habit(raw: str, expected: str) -> None:
    doc = ingest(raw.encode(), name="op.txt")
    assert doc.text == expected
    # the offsets still lead back to the original characters
    for at in (i for i, ch in enumerate(doc.text) if ch == "W"):
        assert doc.original[doc.original_offset(at)] == "W"


# --- probing made-up phrasings: witnesses, history, trial evident -------------------------------------------------

@pytest.mark.parametrize(
    ("body", "names"),
    [
        ("The State called three witnesses: Ann Smith, Tom Hill and Peter Dunn.", {"Ann Smith", "Tom Hill", "Peter Dunn"}),
        ("Ann Smith, Tom Hill and Peter Dunn testified for the State.", {"Ann Smith", "Tom Hill", "Peter Dunn"}),
        ("The prosecution's witnesses included Ann Smith and Tom Hill.", {"Ann Smith", "Tom Hill"}),
        ("Powers's girlfriend, Ann Smith, testified on his behalf.", {"Ann Smith"}),
    ],
)
def test_witness_lists(body: str, names: set[str]) -> None:
    got = roles(extract(HEAD + body + " Powers was found guilty of robbery.\n\nAffirmed.\n"))
    for name in names:
        assert got.get(name) == {"witness"}, (name, got)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a state court telling the federal round
        ("Powers was convicted of robbery in 1990. His conviction was affirmed on appeal. In 2005 he filed an application "
         "for a writ of habeas corpus in federal court, which was dismissed as untimely.", ("federal_habeas", "dismissed")),
        # a state habeas stays state post-conviction
        ("Powers was convicted of robbery. He filed a petition for a writ of habeas corpus in the circuit court, which was "
         "denied.", ("pcr_application", "denied")),
        ("Powers was convicted of robbery. The Supreme Court of Arcadia declined jurisdiction.", ("writ_application", "denied")),
        # a trial evident though neither jury nor bench is named
        ("Powers was indicted by a grand jury for robbery. After a trial, he was convicted.", ("trial", "convicted")),
        ("Powers was tried and convicted of burglary.", ("trial", "convicted")),
    ],
)
def test_history_phrasings(body: str, expected: tuple[str, str]) -> None:
    assert expected in proceedings(extract(HEAD + body + "\n\nJudgment affirmed.\n"))


def test_the_federal_round_is_not_this_courts_post_conviction_case() -> None:
    body = ("Powers was convicted of robbery in 1990. In 2005 he filed an application for a writ of habeas corpus in federal "
            "court, which was dismissed as untimely.")
    assert not any(k == "pcr_application" for k, _ in proceedings(extract(HEAD + body + "\n\nJudgment affirmed.\n")))


def test_a_charge_indicted_by_a_grand_jury_then_convicted() -> None:
    body = "Powers was indicted by the Lake County grand jury for murder. He was tried and convicted."
    assert charges(extract(HEAD + body + "\n\nJudgment affirmed.\n")) == ["murder"]


@pytest.mark.parametrize(
    ("body", "name", "expected"),
    [
        ("The complainant, Ann Smith, testified that Powers struck her. Powers was convicted of assault.", "Ann Smith",
         {"victim", "witness"}),
        ("Powers sexually assaulted his stepdaughter, Ann Smith. Powers was convicted of rape.", "Ann Smith", {"victim"}),
    ],
)
def test_victim_phrasings(body: str, name: str, expected: set[str]) -> None:
    assert roles(extract(HEAD + body + "\n\nAffirmed.\n")).get(name) == expected


@pytest.mark.parametrize(
    ("body", "code", "present"),
    [
        ("Powers maintains that his attorney failed to investigate the alibi.", "ILD", True),
        ("Powers argues that his counsel failed to call an alibi witness.", "ILD", True),
        # a lawyer who did not call back is no claim of ineffective assistance
        ("Powers testified that his lawyer failed to call him back before trial.", "ILD", False),
    ],
)
def test_ineffective_assistance_phrasings(body: str, code: str, present: bool) -> None:
    from .helpers import factor_codes

    got = extract(HEAD + "Powers was convicted of robbery. " + body + "\n\nAffirmed.\n")
    assert (code in factor_codes(got)) is present


def test_consecutive_life_sentences_without_parole() -> None:
    got = extract(HEAD + "Powers was convicted of murder. He was sentenced to two consecutive life sentences without parole."
                  "\n\nAffirmed.\n")
    assert sentences(got) == [("life_without_parole", None)]


@pytest.mark.parametrize(
    ("tail", "expected"),
    [
        # a mixed decision stated in one sentence stays mixed, whatever clause comes last
        ("The judgment of conviction is affirmed, the sentence is vacated, and the case is remanded for resentencing.",
         ("direct_appeal", "other")),
        ("Appeal dismissed.", ("direct_appeal", "dismissed")),
        # a court of discretionary review decides the petition, not an appeal
        ("The petition for writ of certiorari is denied.", ("cert_petition", "denied")),
        ("The application for leave to appeal is DENIED.", ("writ_application", "denied")),
    ],
)
def test_own_decisions(tail: str, expected: tuple[str, str]) -> None:
    assert expected in proceedings(extract(HEAD + "Powers was convicted of robbery.\n\n" + tail + "\n"))


def test_a_wrapped_line_that_starts_with_appeals_is_no_decision() -> None:
    body = ("Powers was convicted of robbery. The Court of\nAppeals affirmed his convictions in an unpublished opinion, and he "
            "filed this personal restraint petition.\n\nThe petition is denied.\n")
    got = proceedings(extract(HEAD + body))
    assert ("pcr_application", "affirmed") not in got


LA_HEAD = ("STATE OF ARCADIA\n\nVERSUS\n\nJOHN POWERS\n\nCourt of Appeal of Arcadia, Second Circuit.\n\n"
           "Before ROSS, HALE and MARSH, JJ.\n\nHALE, J.\n\n")


@pytest.mark.parametrize(
    ("body", "verdict", "charge"),
    [
        # a plea to a responsive offense is a plea to a lesser one, and the words "responsive offense of" are no part of it
        ("The defendant was charged with armed robbery. He pled guilty to the responsive offense of first degree robbery "
         "and was sentenced to 15 years at hard labor.", ("guilty_lesser", "plea", None, None), "first degree robbery"),
        # the vote ends the offense's words
        ("The jury found the defendant guilty of manslaughter by a 10-2 vote.", ("guilty", "jury", 10, 2), "manslaughter"),
        ("A twelve-person jury found the defendant guilty of manslaughter by a vote of ten to two.",
         ("guilty", "jury", 10, 2), "manslaughter"),
    ],
)
def test_verdict_wordings(body: str, verdict: tuple, charge: str) -> None:
    got = extract(LA_HEAD + body + "\n\nAFFIRMED.\n")
    v = next(p["verdict"] for p in got["case"]["proceedings"] if p.get("verdict"))
    assert (v.get("outcome"), v.get("form"), v.get("votes_guilty"), v.get("votes_not_guilty")) == verdict
    assert charges(got) == [charge]


def test_a_second_court_that_also_denied_writs_is_a_second_ruling() -> None:
    body = ("The defendant's application for post-conviction relief was denied by the trial court. This court denied writs. "
            "The Arcadia Supreme Court also denied writs.")
    assert proceedings(extract(LA_HEAD + body + "\n\nAFFIRMED.\n")).count(("writ_application", "denied")) == 2


def test_a_dissent_names_the_trials_witnesses_but_not_its_charges() -> None:
    majority = "The facts are these. " * 40 + "Judgment of sentence affirmed.\n\n"
    dissent = ("DISSENTING OPINION BY HALE, J.:\n\nThe Commonwealth's case rests on two witnesses. The attending physician, "
               "Dr. Lane, testified that appellant was in shock. Peter Gray, a companion of the deceased, also "
               "testified. Appellant was convicted of involuntary manslaughter. I would reverse.\n")
    got = extract(HEAD + majority + dissent)
    assert roles(got).get("Peter Gray") == {"witness"}
    assert "witness" in roles(got).get("Lane", set())
    assert charges(got) == []  # the case's own facts are still told by the majority


def test_a_business_whose_property_was_taken_is_no_victim() -> None:
    body = ("The indictment charged that Powers took $243.64, the property of Lakeview Dairies, Inc., then in the custody of "
            "one Frank Orr. Powers was convicted of robbery.\n\nAffirmed.\n")
    got = roles(extract(HEAD + body))
    assert "Lakeview Dairies" not in got


def test_counsel_named_after_their_side() -> None:
    text = ("STATE of Arcadia, Plaintiff-Respondent,\nv.\nJohn POWERS, Defendant-Appellant.\n\nNo. 78-1.\n\n"
            "Court of Appeals of Arcadia.\n\n"
            "For the defendant-appellant the cause was submitted on the briefs of Paul E. Lane and Lane & Hale of Lakeview.\n\n"
            "For the plaintiff-respondent the cause was submitted on the brief of Richard A. Dunn, district attorney, of Lake "
            "County.\n\nBefore ROSS, P.J., HALE and MARSH, JJ.\n\nROSS, P.J.\n\nPowers was convicted of theft. Affirmed.\n")
    got = roles(extract(text))
    assert got.get("Richard A. Dunn") == {"prosecutor"}
    assert got.get("Paul E. Lane") == {"defense_counsel"}


def test_co_defendants_listed_after_including_and_one_person_with_and_without_a_middle_name() -> None:
    body = ("Immediately prior to trial, several of the co-defendants pleaded guilty, including Carl Dean Lane, Dora "
            "Green and Evan Wade. These defendants testified for the government. Carl Lane testified that he sold cocaine "
            "to Powers. Powers was convicted of conspiracy to distribute cocaine.\n\nAffirmed.\n")
    got = roles(extract(HEAD + body))
    assert got.get("Carl Dean Lane") == {"co_defendant", "witness"}
    assert "Carl Lane" not in got
    assert "co_defendant" in got.get("Dora Green", set()) and "co_defendant" in got.get("Evan Wade", set())


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the act that follows "for ...ing" describes the offense; it is no part of its name
        ("Powers was convicted of burglary for breaking into a house in August 2008.", ["burglary"]),
        ("Powers was convicted of possession of marijuana for sale.", ["possession of marijuana for sale"]),
    ],
)
def test_an_offense_ends_before_the_act_it_describes(body: str, expected: list[str]) -> None:
    assert charges(extract(HEAD + body + "\n\nAffirmed.\n")) == expected


@pytest.mark.parametrize(
    ("body", "form"),
    [
        # an accomplice's plea is not the accused's: the accused was tried
        ("Powers's accomplice, Carl Poe, pleaded guilty and testified against him. Powers was convicted of robbery.", None),
        ("His co-defendants pleaded guilty. Powers was tried and convicted of robbery.", None),
        ("Powers pleaded guilty to robbery.", "plea"),
    ],
)
def test_another_persons_plea_is_not_the_accuseds(body: str, form: str | None) -> None:
    assert forms(extract(HEAD + body + "\n\nAffirmed.\n")) == [form]


@pytest.mark.parametrize(
    ("body", "name", "expected"),
    [
        ("An eyewitness, Peter Dunn, saw Powers leave the store. Powers was convicted of robbery.", "Peter Dunn", {"witness"}),
        ("Powers's accomplice, Carl Poe, pleaded guilty and testified against him. Powers was convicted of robbery.",
         "Carl Poe", {"co_defendant", "witness"}),
        ("The victim's sister, Ann Lane, identified Powers at trial. Powers was convicted of murder.", "Ann Lane", {"witness"}),
        ("Powers's cellmate, Sam Gray, testified that Powers confessed to the killing. Powers was convicted of murder.",
         "Sam Gray", {"informant", "witness"}),
    ],
)
def test_more_people_phrasings(body: str, name: str, expected: set[str]) -> None:
    assert roles(extract(HEAD + body + "\n\nAffirmed.\n")).get(name) == expected
