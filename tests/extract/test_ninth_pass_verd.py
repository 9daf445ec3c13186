"""Ninth pass (verdicts and charges): ways courts word the form of the conviction, a lesser verdict and the offenses.

Every text here is made up; names, courts and numbers are fictional.
"""

from __future__ import annotations

import pytest

from .helpers import charges, forms, proceedings
from .helpers import extract_text as extract

HEAD = ("1 A.2d 2 (1980)\n\nSTATE of Arcadia, Appellee,\nv.\nJohn POWERS, Appellant.\n\nNo. 4601.\n\n"
        "Court of Appeals of Arcadia.\n\nROSS, Justice.\n\n")


def _outcomes(case: dict) -> list[str]:
    return [p["verdict"]["outcome"] for p in case["case"].get("proceedings", []) if p.get("verdict")]


# --- the form of the conviction ------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Maine and Massachusetts call a bench trial "jury-waived"
        ("Powers appeals from a judgment of conviction for theft entered in the Superior Court following a jury-waived "
         "trial. During his jury-waived trial, Powers testified on his own behalf.", ["bench"]),
        ("Powers was found guilty of theft. The court found Powers guilty of both counts and sentenced him to a year.",
         ["bench"]),
        # "the state court trial" is no bench trial
        ("Powers was found guilty of forgery. Powers was represented by other counsel in the state court trial.", [None]),
        ("After trial by jury, the defendant was found guilty of selling a narcotic drug.", ["jury"]),
        ("In these motions, Powers attacked his life sentence pursuant to a jury conviction for conspiracy to "
         "distribute cocaine.", ["jury"]),
        # a title before the name: "found Mr. Powers guilty"
        ("Powers did not plead guilty. In the second trial, the jury found Mr. Powers guilty of stealing federal money.",
         ["jury"]),
    ],
)
def test_the_form_of_the_conviction(body: str, expected: list[str | None]) -> None:
    assert forms(extract(HEAD + body + "\n\nAffirmed.\n")) == expected


@pytest.mark.parametrize(
    "body",
    [
        # the law, a denial, or a class of people: none is this accused's conviction
        "The statute provides that the defendant may be convicted of either the crime charged or an included crime.",
        "A request for a person who has not yet been convicted must be accompanied by a warrant of arrest.",
        "The law proscribing the possession of firearms by convicted felons withstands strict scrutiny.",
        "An officer who sells a drug in an undercover operation lacks the criminal intent to be convicted of delivery.",
        "The defense sought to prove that he had not been theretofore convicted of a felony.",
        # a precedent told after its citation
        "See Hale v. State, 1 A.2d 3 (1950). In that case the trial judge told the defendant that he was guilty of the "
        "offense of which he had been convicted.",
        "See Hale v. State, 1 A.2d 3 (1950). There the defendant, while serving a sentence for theft, pleaded guilty "
        "to escape.",
    ],
)
def test_no_conviction_in_a_statement_of_law(body: str) -> None:
    case = extract(HEAD + "Powers was indicted for robbery. " + body + "\n\nAffirmed.\n")
    assert ("other", "convicted") not in proceedings(case) and ("trial", "convicted") not in proceedings(case)


def test_an_offense_named_before_conviction_states_it() -> None:
    case = extract(HEAD + "This is an appeal from an order denying appellant's motion for postconviction relief "
                   "from his first degree murder conviction.\n\nAffirmed.\n")
    assert ("other", "convicted") in proceedings(case)


# --- a lesser grade than the one charged -----------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("The defendant was tried on an indictment charging murder and was convicted of voluntary manslaughter by the "
         "jury.", ["guilty_lesser"]),
        ("The defendant was charged with and tried for the crime of murder and was convicted by the jury of the crime "
         "of manslaughter.", ["guilty_lesser"]),
        ("The jury found Powers not guilty of first degree murder, but guilty of second degree murder.",
         ["guilty_lesser"]),
        ("The defendant was charged with first-degree burglary and a jury convicted him of second-degree burglary.",
         ["guilty_lesser"]),
        # the same grade charged and found, or another offense: no lesser verdict
        ("The defendant was charged with first degree murder and a jury convicted him of first degree murder.",
         ["guilty"]),
        ("The defendant was charged with murder and robbery, and a jury convicted him of robbery.", ["guilty"]),
        ("The defendant was charged with second degree assault and convicted by a jury of first degree murder.",
         ["guilty"]),
    ],
)
def test_convicted_of_a_lesser_grade_than_charged(body: str, expected: list[str]) -> None:
    assert _outcomes(extract(HEAD + body + "\n\nAffirmed.\n")) == expected


# --- offenses of conviction ------------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the offense written before the word "conviction"
        ("This is an appeal from an order denying appellant's motion for postconviction relief from his first degree "
         "murder conviction.", ["first degree murder"]),
        ("Powers attacked his life sentence pursuant to a jury conviction for conspiracy to distribute cocaine (count "
         "one).", ["conspiracy to distribute cocaine"]),
        # the offense after "charged with and tried for" is the charge; the verdict names the offense of conviction
        ("The defendant was charged with and tried for the crime of murder and was convicted by the jury of the crime "
         "of manslaughter.", ["manslaughter"]),
        ("Powers was convicted of murder in the first degree with a jury recommendation of life imprisonment.",
         ["murder in the first degree"]),
        # the indictment, then a verdict with no object
        ("On May 2, 2001, the grand jury indicted appellant, John Powers, on one count of escape. The trial court "
         "found Appellant guilty and sentenced him to two years in prison.", ["escape"]),
    ],
)
def test_offenses_of_conviction(body: str, expected: list[str]) -> None:
    assert charges(extract(HEAD + body + "\n\nAffirmed.\n")) == expected


@pytest.mark.parametrize(
    "body",
    [
        # an earlier conviction counted for a sentence enhancement, and a class of people: not offenses of conviction
        "Powers was convicted of theft. He concedes that his robbery conviction was a predicate offense under the Act.",
        "Powers was convicted of theft. Under the guidelines an individual convicted of dealing crack cocaine is "
        "subject to a longer sentence.",
        "Powers was convicted of theft. See Hale v. State, 1 A.2d 3 (1950). There the defendant, while serving a "
        "sentence for fraud, pleaded guilty to a charge of escape.",
    ],
)
def test_no_offense_from_the_record_or_the_law(body: str) -> None:
    assert charges(extract(HEAD + body + "\n\nAffirmed.\n")) == ["theft"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # offense words: "fraudulent use", "wilfully receiving", "stealing"; "while under indictment" is part of the offense
        ("A jury convicted Powers of theft and fraudulent use of a credit card.", ["theft", "fraudulent use of a credit card"]),
        ("A jury convicted Powers of forgery and of wilfully receiving firearms while under indictment for arson.",
         ["forgery", "wilfully receiving firearms while under indictment for arson"]),
        # Ohio's "having weapons while under disability" keeps its verb; a firearm specification is no offense
        ("Powers was convicted of felonious assault, having a weapon while under disability, and a firearm "
         "specification.", ["felonious assault", "having a weapon while under disability"]),
        # "well-knowing the same to be stolen" describes the offense before it
        ('Powers was found guilty of "receiving stolen property, well-knowing the same to be stolen," and was sentenced.',
         ["receiving stolen property"]),
    ],
)
def test_offense_words(body: str, expected: list[str]) -> None:
    assert charges(extract(HEAD + body + "\n\nAffirmed.\n")) == expected


# --- a conviction reversed and the case tried again ------------------------------------------------------------------

@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a long reason between "reversed" and "remanded for a new trial"; the opening names the first jury
        ("A jury convicted Powers of two counts of murder. The Supreme Court of Arcadia reversed Powers's conviction "
         "based on an evidentiary error unrelated to the present petition, and remanded for a new trial. See Powers v. "
         "State, 10 A.2d 20 (1982). At the second trial, a jury again convicted Powers of both murders, and he was "
         "sentenced to life imprisonment. Powers now appeals the denial of his petition for post-conviction relief, "
         "arguing that his counsel failed to call an expert witness to rebut the State's firearms examiner, whose "
         "testimony linked the bullets to the gun. The evidence was strong, and counsel's choice was one of strategy, "
         "which we do not second-guess on collateral review.",
         [("trial", "jury"), ("retrial", "jury")]),
        # "On remand Powers was convicted" states the retrial; the reversed conviction's form is not stated
        ("The Supreme Court of Arcadia reversed an earlier capital murder conviction of Powers on the ground that the "
         "statute did not reach the killing. On remand Powers was convicted by a jury of first degree murder and "
         "sentenced to life imprisonment. We review that conviction. At trial a dentist testified for the State that "
         "the bite mark on the victim matched a wax impression of Powers's teeth, and Powers challenges that testimony "
         "as unreliable. The objection was not made at trial, and we do not consider it for the first time on appeal.",
         [("trial", None), ("retrial", "jury")]),
    ],
)
def test_a_conviction_reversed_then_retried(body: str, expected: list[tuple[str, str | None]]) -> None:
    case = extract(HEAD + body + "\n\nAffirmed.\n")
    got = [(p["kind"], p["verdict"].get("form")) for p in case["case"]["proceedings"] if p.get("verdict")]
    assert got == expected


# --- more ways to state the conviction -------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("body", "expected_charges", "expected_verdicts"),
    [
        ("Powers appeals the judgment entered on a jury verdict finding him guilty of arson.",
         ["arson"], [("guilty", "jury")]),
        ("Powers was adjudicated guilty of battery and placed on probation.", ["battery"], [("guilty", None)]),
        ("Powers entered an Alford plea to a charge of involuntary manslaughter.",
         ["involuntary manslaughter"], [("guilty", "plea")]),
        ("Powers was convicted on his guilty plea to second degree murder.", ["second degree murder"], [("guilty", "plea")]),
        ("Powers was convicted following a stipulated bench trial of possession of heroin.",
         ["possession of heroin"], [("guilty", "bench")]),
        ("Powers was convicted of theft by a nonunanimous jury verdict of 11-1.", ["theft"], [("guilty", "jury")]),
        # an acquittal, then "but convicted": the conviction stands, of a lesser grade
        ("The jury acquitted Powers of murder but convicted him of voluntary manslaughter.",
         ["voluntary manslaughter"], [("guilty_lesser", "jury")]),
        # a verdict finding him not guilty is no conviction
        ("Powers appeals the denial of expungement after a jury verdict finding him not guilty of arson.", [], []),
    ],
)
def test_ways_to_state_the_conviction(body: str, expected_charges: list[str],
                                      expected_verdicts: list[tuple[str, str | None]]) -> None:
    case = extract(HEAD + body + "\n\nAffirmed.\n")
    verdicts = [(p["verdict"]["outcome"], p["verdict"].get("form")) for p in case["case"]["proceedings"] if p.get("verdict")]
    assert (charges(case), verdicts) == (expected_charges, expected_verdicts)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # numbered and count-labelled lists of offenses
        ("Powers was convicted of: (1) first degree murder; (2) armed robbery; and (3) burglary.",
         ["first degree murder", "armed robbery", "burglary"]),
        ("A jury convicted Powers of Count I, robbery, and Count II, aggravated battery.", ["robbery", "aggravated battery"]),
        ("Powers was found guilty of (a) arson and (b) insurance fraud.", ["arson", "insurance fraud"]),
        # a bare state cite of initials after each offense
        ("Powers appeals from a judgment of conviction for theft (Class E), 12 A.R.S.C. \u00a7 301 (1990), and criminal "
         "mischief (Class D), 12-B A.R.S. \u00a7\u00a7 40(2), 41(1) (2001), entered in the Superior Court.",
         ["theft", "criminal mischief"]),
        # a count with no offense named is no offense
        ("Powers was convicted on Count II and acquitted on Count III.", []),
    ],
)
def test_enumerated_offenses(body: str, expected: list[str]) -> None:
    assert charges(extract(HEAD + body + "\n\nAffirmed.\n")) == expected


# --- whose plea, which trial ----------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("body", "expected_charges", "expected_verdicts"),
    [
        # a named witness's plea is not the accused's
        ("Powers was convicted of robbery. Hale, who had pleaded guilty to the same robbery, testified for the State.",
         ["robbery"], [("trial", None)]),
        ("Powers was convicted of robbery. Hale pleaded guilty and testified for the State at the trial.",
         ["robbery"], [("trial", None)]),
        # the accused named in a joint plea is still the one pleading
        ("Powers and Carl Hale pleaded guilty to one count of arson.", ["arson"], [("plea", "plea")]),
        # a plea offered and refused is no plea
        ("Powers was convicted of robbery. Before trial, the State offered a plea bargain, which he refused.",
         ["robbery"], [("other", None)]),
        ("Powers was tried to a jury, which found him guilty of robbery.", ["robbery"], [("trial", "jury")]),
        ("Powers was found guilty of robbery by a Lake County jury.", ["robbery"], [("trial", "jury")]),
        ("Powers was found guilty of robbery by the trial judge.", ["robbery"], [("trial", "bench")]),
        ("Powers was convicted of robbery at a jury trial.", ["robbery"], [("trial", "jury")]),
        # "by the court without a jury" is no jury
        ("Powers was found guilty of robbery by the court without a jury.", ["robbery"], [("trial", "bench")]),
    ],
)
def test_whose_plea_and_which_trial(body: str, expected_charges: list[str],
                                    expected_verdicts: list[tuple[str, str | None]]) -> None:
    case = extract(HEAD + body + "\n\nAffirmed.\n")
    verdicts = [(p["kind"], p["verdict"].get("form")) for p in case["case"]["proceedings"] if p.get("verdict")]
    assert (charges(case), verdicts) == (expected_charges, expected_verdicts)
