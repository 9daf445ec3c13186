"""Tenth pass (charges and verdicts): common ways courts state the conviction, and near-misses that state none.

Every text here is made up; names, courts and numbers are fictional.
"""

from __future__ import annotations

import pytest

from .helpers import charges, forms
from .helpers import extract_text as extract

HEAD = ("1 A.2d 2 (1980)\n\nSTATE of Arcadia, Appellee,\nv.\nJohn POWERS, Appellant.\n\nNo. 4601.\n\n"
        "Court of Appeals of Arcadia.\n\nROSS, Justice.\n\n")
FED = ("UNITED STATES of America, Plaintiff-Appellee,\nv.\nJohn POWERS, Defendant-Appellant.\n\nNo. 12-3456.\n\n"
       "United States Court of Appeals, Twelfth Circuit.\n\nPER CURIAM:\n\n")
# enough talk of the case for the document to read as criminal
TAIL = "\n\nPowers was sentenced to prison. He appeals his conviction. Affirmed.\n"


def _verdicts(case: dict) -> list[tuple[str, str | None]]:
    return [(p["verdict"]["outcome"], p["verdict"].get("form")) for p in case["case"].get("proceedings", []) if p.get("verdict")]


@pytest.mark.parametrize(
    ("head", "body", "expected"),
    [
        # an appositive name, a title, "X and his wife": the subject between "found" and "guilty"
        (HEAD, "A jury found appellant, John Powers, guilty of the offenses of aggravated robbery, assessing his "
               "punishment at confinement for 60 years, and attempted capital murder.",
         ["aggravated robbery", "attempted capital murder"]),
        (FED, "In the first trial, the jury found Mr. Powers and his wife guilty of tax evasion.", ["tax evasion"]),
        (FED, "The jury found Ms. Powers guilty of bank fraud.", ["bank fraud"]),
        # the conviction in the sentence after the charge
        (HEAD, "Defendant was arrested and charged with burglary. He was tried to a jury and found guilty.", ["burglary"]),
        (HEAD, "Appellant was indicted on one count of rape. The case was tried to a jury, which found him guilty.", ["rape"]),
        (HEAD, "Appellant was indicted for the offense of murder. A jury found him guilty and assessed punishment at life.",
         ["murder"]),
        (HEAD, "The appellant was indicted for arson, tried and convicted.", ["arson"]),
        (FED, "Powers was charged in a two-count indictment with bank robbery and using a firearm. He was convicted on both "
              "counts following a jury trial.", ["bank robbery", "using a firearm"]),
        # a sentence served for the offense
        (FED, "Powers is presently incarcerated in federal prison for armed bank robbery and use of a firearm during a "
              "crime of violence.", ["armed bank robbery", "use of a firearm during a crime of violence"]),
        (FED, "Powers is currently serving a 180-month sentence for possession with intent to distribute crack cocaine.",
         ["possession with intent to distribute crack cocaine"]),
        (FED, "Powers appeals his 46-month sentence for illegal reentry.", ["illegal reentry"]),
        (FED, "Powers was sentenced to 87 months after pleading guilty to being a felon in possession of a firearm.",
         ["being a felon in possession of a firearm"]),
        # the state that convicted is not part of the offense
        (HEAD, "Powers challenges his Calisota second degree murder conviction in this habeas petition.",
         ["Calisota second degree murder"]),
        (HEAD, "Powers challenges his California second degree murder conviction in this habeas petition.",
         ["second degree murder"]),
        (HEAD, "Powers, a Michigan prisoner, challenges his state convictions for first-degree murder and felony firearm.",
         ["first-degree murder", "felony firearm"]),
        # Florida and Ohio openings
        (HEAD, "Powers appeals his judgment and sentence for robbery with a firearm.", ["robbery with a firearm"]),
        (HEAD, "Powers appeals his adjudications of guilt and sentences for armed burglary and armed robbery.",
         ["armed burglary", "armed robbery"]),
        (HEAD, "Appellant appeals from the judgment entry of conviction for domestic violence.", ["domestic violence"]),
        (HEAD, "The trial court accepted Powers's plea of no contest to operating a vehicle under the influence.",
         ["operating a vehicle under the influence"]),
        # a federal plea to a count described after it, or to counts listed after a colon
        (FED, "Powers pleaded guilty to count one, which charged him with conspiracy to possess with intent to distribute "
              "cocaine.", ["conspiracy to possess with intent to distribute cocaine"]),
        (FED, "A jury found Powers guilty on all three counts of the indictment: conspiracy, wire fraud, and money "
              "laundering.", ["conspiracy", "wire fraud", "money laundering"]),
        (FED, "Powers pleaded guilty, without a plea agreement, to three counts of wire fraud.", ["wire fraud"]),
        # the jury named after the offense is not part of it; "by jury" without an article
        (HEAD, "Defendant was found guilty of second degree murder by a unanimous jury.", ["second degree murder"]),
        (HEAD, "Defendant was convicted by jury of first degree murder (Pen. Code, 187).", ["first degree murder"]),
        (FED, "Powers was convicted of robbing a bank.", ["robbing a bank"]),
        (FED, "Powers appeals his 240-month sentence for convictions of conspiracy to possess cocaine.",
         ["conspiracy to possess cocaine"]),
        # the offense tried, then a bare conviction; verdicts on all counts
        (HEAD, "Appellant was brought to trial on three counts of first-degree murder in 2002. His brother testified "
               "for the Commonwealth. Appellant was convicted and sentenced to death.", ["first-degree murder"]),
        (HEAD, "Powers was tried before a jury on charges of rape and kidnapping and was convicted on both counts.",
         ["rape", "kidnapping"]),
        (FED, "Powers was charged with bank robbery and use of a firearm. The jury returned verdicts of guilty on all counts.",
         ["bank robbery", "use of a firearm"]),
        (FED, "The jury returned guilty verdicts on charges of wire fraud and money laundering.", ["wire fraud", "money laundering"]),
        (HEAD, "Appellant was found guilty but mentally ill of third-degree murder.", ["third-degree murder"]),
        # several victims named after the offense; a conviction reversed before a retrial
        (HEAD, "Powers was convicted of the murders of Ann Hale and Bob Hale and sentenced to death.", ["murders"]),
        (HEAD, "The Supreme Court reversed an earlier capital murder conviction. On remand, Powers was tried again.",
         ["capital murder"]),
        # a sentence opening on the participle; a bench trial by "the trial court"; "are affirmed" ends the list
        (HEAD, "Convicted of second-degree murder, Powers appeals.", ["second-degree murder"]),
        (HEAD, "Appellant was convicted by the trial court, sitting without a jury, of burglary.", ["burglary"]),
        (HEAD, "Powers's convictions for robbery and assault are affirmed.", ["robbery", "assault"]),
        # verdict wordings
        (HEAD, "The jury returned a verdict of guilty as to the charge of robbery.", ["robbery"]),
        (HEAD, "The jury found that appellant was guilty of kidnapping.", ["kidnapping"]),
        (HEAD, "The jury returned guilty verdicts for robbery and burglary.", ["robbery", "burglary"]),
        (HEAD, "Appellant was found to be guilty of forgery.", ["forgery"]),
        (HEAD, "Powers was convicted, on his plea of guilty, of grand theft.", ["grand theft"]),
        (FED, "Powers pleaded guilty to a superseding information charging conspiracy to commit bank fraud.",
         ["conspiracy to commit bank fraud"]),
        (HEAD, "Appellant was found guilty at a bench trial of reckless driving.", ["reckless driving"]),
        (HEAD, "Powers was found not guilty of murder but guilty of the lesser included offense of manslaughter.",
         ["manslaughter"]),
        # a drug named once for several acts; a legal theory in quotation marks before the offense
        (FED, "Powers challenges the validity of his convictions for heroin manufacture, importation, and distribution.",
         ["heroin manufacture", "heroin importation", "heroin distribution"]),
        (HEAD, "Powers challenges his California \u201cnatural and probable consequences\u201d murder conviction.", ["murder"]),
        # the offense tried, pages before a conviction that names none
        (HEAD, "Appellant was arrested and brought to trial on three counts of first-degree murder and other crimes on three "
               "occasions. " + "The witnesses described the night of the killings in detail. " * 20
               + "Appellant was convicted and sentenced to death.", ["first-degree murder"]),
    ],
)
def test_the_offense_of_conviction_is_read(head: str, body: str, expected: list[str]) -> None:
    assert charges(extract(head + body + TAIL)) == expected


@pytest.mark.parametrize(
    ("head", "body"),
    [
        # a witness's or co-defendant's conviction or plea
        (HEAD, "The State's witness, Carl Hale, pleaded guilty to robbery and testified against appellant."),
        (HEAD, "His codefendant, Carl Hale, was convicted of aggravated robbery in a separate trial."),
        (HEAD, "The trial court accepted Hale's plea of guilty to receiving stolen property."),
        (HEAD, "Hale's conviction for burglary was used to impeach him."),
        (HEAD, "Hale also revealed that at the time of trial he was still on probation in regard to his conviction of the "
               "crime of contributing to the delinquency of a minor."),
        # a prior conviction and a sentence served before
        (HEAD, "He had no prior felony conviction, although he had once been convicted of a misdemeanor, contributing to "
               "the delinquency of a minor."),
        (FED, "Powers completed his prior federal sentence for possession of cocaine in 2007."),
        # a class of people, stated as law
        (FED, "Under the guidelines, an individual convicted of dealing or possessing crack cocaine faces a higher range."),
        (HEAD, "Appellant argues that he could be convicted of murder only if the State proved intent."),
        (HEAD, "Convicted felons may not possess firearms under the statute."),
        # a sentence served, a prison term or a trial of someone else
        (HEAD, "His brother is incarcerated in the state penitentiary for murder."),
        (HEAD, "The informant, who was imprisoned for fraud, testified."),
        (HEAD, "Hale completed her sentence for theft before the trial."),
        (HEAD, "Hale, the victim's husband, was serving a sentence of ten years for robbery."),
        (HEAD, "Appellant's brother was tried for murder in 1990."),
        (HEAD, "The jury found Hale and his wife guilty of tax evasion in a separate case."),
        # a verdict the jury could have returned, or a verdict of acquittal
        (HEAD, "Had the court instructed the jury that it could find the defendant not guilty as charged but guilty of "
               "robbery, the verdict would differ."),
        (HEAD, "Defendant moved for acquittal based on the jury's not guilty verdict on voluntary manslaughter."),
        (HEAD, "Defendant contends that the court coerced the jury to return a guilty verdict on the murder charge."),
        (HEAD, "The trial court relied on his prior robbery conviction, which an earlier panel had reversed."),
        # tried and acquitted, or a plea: the offense tried is not one of conviction
        (HEAD, "Hale was tried for robbery and acquitted. " + "The officers searched the car. " * 20
               + "Powers pleaded guilty and was sentenced to prison."),
    ],
)
def test_anothers_or_an_earlier_conviction_is_not_read(head: str, body: str) -> None:
    assert charges(extract(head + body + TAIL)) == []


@pytest.mark.parametrize(
    ("head", "body", "expected"),
    [
        (HEAD, "The jury found appellant, John Powers, guilty of felonious assault.", [("guilty", "jury")]),
        (FED, "The jury found Mr. Powers and his codefendant guilty of conspiracy to commit wire fraud.", [("guilty", "jury")]),
        (HEAD, "A jury found defendant John Powers guilty of second degree robbery.", [("guilty", "jury")]),
        (HEAD, "In 2005, a jury in Clark County found petitioner guilty of first-degree murder.", [("guilty", "jury")]),
        (HEAD, "Defendant was convicted by jury of first degree murder.", [("guilty", "jury")]),
        (FED, "Powers was sentenced to 87 months after pleading guilty to being a felon in possession of a firearm.",
         [("guilty", "plea")]),
    ],
)
def test_the_verdict_is_read(head: str, body: str, expected: list[tuple[str, str | None]]) -> None:
    assert _verdicts(extract(head + body + "\n\nAffirmed.\n")) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Powers's conviction for attempted bank robbery is affirmed.", ["guilty"]),
        ("Powers appeals his judgment and sentence for robbery with a firearm.", ["guilty"]),
        ("Appellant appeals from the judgment entry of conviction for rape.", ["guilty"]),
        ("Powers was sentenced to death for the murder of Ann Hale.", ["guilty"]),
        ("We affirm appellant's conviction for indecent liberties with a child.", ["guilty"]),
        ("Hale was sentenced to ten years for his part in the robbery.", []),
        # a case cited as authority in a sentence about the accused's own plea or conviction
        ("Powers contends that his counsel was ineffective under Hale v. Arcadia, 559 U.S. 356 (2010), when she failed "
         "to tell him the consequences of his guilty plea.", ["guilty"]),
        ("Powers challenges his California \u201cnatural and probable consequences\u201d murder conviction.", ["guilty"]),
        # the precedent's own plea stays unread
        ("In Hale v. Arcadia, 559 U.S. 356 (2010), the defendant pleaded guilty to theft.", []),
        # another's conviction or plea, and an earlier conviction, state no verdict for this accused
        ("Hale's conviction for burglary was used to impeach the witness.", []),
        ("His codefendant, Carl Hale, was convicted of aggravated robbery in a separate trial.", []),
        ("The State's witness, Carl Hale, pleaded guilty to robbery and testified against appellant.", []),
        ("The court enhanced the sentence because he had previously been convicted of two violent felonies.", []),
    ],
)
def test_a_conviction_is_told_apart_from_anothers(body: str, expected: list[str]) -> None:
    case = extract(HEAD + body + "\n\nAffirmed.\n")
    assert [o for o, _ in _verdicts(case)] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Appellant waived his right to a jury trial and was found guilty by the court of criminal trespass.", ["bench"]),
        ("Appellant was tried to a jury, which found him guilty of robbery.", ["jury"]),
    ],
)
def test_a_waived_jury_is_no_jury_trial(body: str, expected: list[str | None]) -> None:
    assert forms(extract(HEAD + body + "\n\nAffirmed.\n")) == expected


def test_a_witness_plea_does_not_make_the_form_a_plea() -> None:
    case = extract(HEAD + "Powers was convicted of robbery. The State's witness, Carl Hale, entered a guilty plea to theft. "
                   "The trial court accepted Hale's plea of guilty to receiving stolen property.\n\nAffirmed.\n")
    assert forms(case) == [None]
