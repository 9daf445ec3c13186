"""Ninth pass (offense dates, sentences, factors, recantations): wordings courts commonly use, found on the training sets.

Every text here is made up; names, courts and numbers are fictional.
"""

from __future__ import annotations

import pytest

from .helpers import extract_text as extract
from .helpers import factor_codes, sentences

HEAD = ("1 A.2d 2 (1990)\n\nSTATE of Arcadia, Appellee,\nv.\nJohn POWERS, Appellant.\n\nNo. 4601.\n\n"
        "Court of Appeals of Arcadia.\n\nROSS, Justice.\n\n")


def _offense_date(body: str) -> str | None:
    text = HEAD + "Powers was convicted of robbery and sentenced to ten years.\n\n" + body + "\n\nAFFIRMED.\n"
    dates = [c["offense_date"] for c in extract(text)["case"].get("charges", []) if c.get("offense_date")]
    return dates[0] if dates else None


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the story of the crime opens with the hour of the day
        ("On the afternoon of June 3, 1994, Powers was at a cookout at his cousin's house.", "1994-06-03"),
        ("In the early morning hours of May 9, 1987, a party was underway at the Lane home.", "1987-05-09"),
        # a witness's account of the day: the trial at which it was told is not the date's proceeding
        ("At trial, the clerk testified that she was alone at the store in the early morning hours of March 4, 1979. "
         "Powers robbed her at gunpoint.", "1979-03-04"),
        ("At the trial, the teller testified that on April 2, 1985, Powers robbed the bank.", "1985-04-02"),
        # what the charges stem from: the crime, before the other acts the evidence tells
        ("A neighbor saw the knife in Powers's kitchen in April 1981. All of the charges stemmed from the robbery of "
         "the Lane store in the early morning hours of May 25, 1981.", "1981-05-25"),
        # the charging paper's "on or about": the act it charges, before the other acts the evidence tells
        ("The victim's sister testified that in June 1980 Powers had threatened her. "
         "The indictment alleged that Powers, on or about May 5, 1988, robbed the victim.", "1988-05-05"),
        # a list of days that states its year once
        ("Powers cashed three forged checks, on March 4 and 9, April 2, 1971, for $50, $60 and $70.", "1971-03-04"),
        ("On May 3 and 4, 1990, officers arrested Powers and Lane for the robbery.", None),
        # a proceeding's noun in the plural: prior convictions are not this crime
        ("His prior convictions resulted from two sales of cocaine to an informant in June 1980. On the evening of "
         "May 2, 1984, Powers robbed a store.", "1984-05-02"),
        # the prosecutrix is the victim, not the prosecution
        ("On the night of May 5, 1931, the prosecutrix was robbed by Powers near her home.", "1931-05-05"),
        # dates that are no event of the crime
        ("On August 2, 1994, the prosecution was informed that a detective was under investigation for the robbery.",
         None),
        ("Appeal by the defendant from a judgment of the Supreme Court, Lake County (Hale, J.), rendered May 2, 1988, convicting "
         "him of criminal possession of a weapon, upon a jury verdict.", None),
        ("The victim was born on December 1, 1980, and was robbed at school by Powers.", None),
        ("Prior to November 1, 1989, the guidelines treated robbery differently.", None),
        ("On July 1, 1985, Powers obtained a writ of habeas corpus after the robbery conviction.", None),
        ("On May 2, 1989, a warrant for a violation was issued. He had robbed a store.", None),
        ("April 24, 1996: the new limitations statute for robbery went into effect.", None),
        ("Powers was serving a ten-year sentence for robbery; his release date was July 2, 1995.", None),
    ],
)
def test_offense_date_wordings(body: str, expected: str | None) -> None:
    assert _offense_date(body) == expected


def _sentence(body: str) -> list[tuple[str, float | None]]:
    return sentences(extract(HEAD + body + "\n\nAFFIRMED.\n"))


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # probation worded "N years on probation"
        ("Powers pleaded guilty to theft. He was sentenced under the First Offender Act to five years on probation on "
         "each charge, the sentences to be served concurrently.", [("probation", 5.0)]),
        # a stated part of the term suspended keeps the pronounced term
        ("Powers was convicted of theft. She was fined $100, and sentenced to forty days incarceration. "
         "Thirty days of the sentence were suspended, and she was placed on probation for one year.", [("term", 40 / 365)]),
        ("Powers was convicted of theft and sentenced to forty days in jail. The sentence was suspended, and she was "
         "placed on probation for one year.", [("probation", 1.0)]),
        # an indeterminate term in a sentencing order
        ("Powers was convicted of burglary. His sentencing order provided that he remain in the custody of the "
         "Department of Corrections for a period of not less than two nor more than six years.", [("term", 6.0)]),
        # "N to M years" pronounced, then the statute's minimum
        ("Powers was convicted of robbery. On May 1, 1975, Powers was sentenced to a term of 15 to 16 years "
         "imprisonment, the 15-year minimum sentence being mandated by the statute.", [("term", 16.0)]),
        # a limitations period is no sentence
        ("Powers was convicted of robbery. Habeas petitions are subject to a two-year statute of limitations that runs "
         "from the date the conviction became final.", []),
    ],
)
def test_sentence_wordings(body: str, expected: list[tuple[str, float | None]]) -> None:
    got = _sentence(body)
    assert [(k, round(y, 4) if y else y) for k, y in got] == [(k, round(y, 4) if y else y) for k, y in expected]


@pytest.mark.parametrize(
    ("body", "code", "present"),
    [
        ("Powers argues that counsel at the sentencing hearing raised no objection to the report and was ineffective in "
         "this regard.",
         "ILD", True),
        ("The remaining assignments involve alleged misconduct of the district attorney in his argument to the jury.",
         "OM", True),
        ("Powers contends that he was unduly prejudiced at the sentencing hearing by the prosecutor's alleged remarks "
         "about his silence.", "OM", True),
        # the police as the ones told, not the ones who threatened
        ("On cross-examination, Powers admitted that she did not tell police she felt threatened by Lane.", "OM", False),
        ("Powers lists as error the court's allowing the State to make improper arguments at sentencing.", "OM", True),
        ("Powers asserts that his identification as the robber is vague, doubtful and uncertain.", "MWID", True),
        ("He stresses the questionable identification by the night clerk.", "MWID", True),
        ("Counsel filed a motion to suppress the pretrial photographic identification by the two clerks.", "MWID", True),
    ],
)
def test_factor_wordings(body: str, code: str, present: bool) -> None:
    text = HEAD + "Powers was convicted of robbery by a jury. " + body + " We affirm.\n\nAFFIRMED.\n"
    assert (code in factor_codes(extract(text))) is present


def _recanting_witnesses(body: str) -> set[str]:
    case = extract(HEAD + "Powers was convicted of robbery by a jury. " + body + " We affirm.\n\nAFFIRMED.\n")["case"]
    names = {p["id"]: p["name"] for p in case.get("people", [])}
    return {names.get(t["witness"], t["witness"]) for t in case.get("testimony", []) if t.get("recantation") is not None}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the pronoun that recants is the person the sentence before opens with
        ("The victim, Ann Lane, testified at trial. Lane then gave a written statement to the police, claiming that "
         "Powers had robbed her. She later admitted that she lied about the robbery.", {"Ann Lane"}),
        # no person opens the sentence before: nobody is named
        ("The police took a written statement. She later admitted that she lied about the robbery.", set()),
    ],
)
def test_recantation_by_a_pronoun(body: str, expected: set[str]) -> None:
    assert _recanting_witnesses(body) == expected
