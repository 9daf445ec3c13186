"""Phrasings read by the third pass (general conviction, sentence, disposition and counsel families).

Every text here is made up; names, courts and numbers are fictional. Each case is one family of
wording seen across many opinions, not one document.
"""

from __future__ import annotations

import time

import pytest

from dayincourt.ingest import ingest

from .helpers import extract_text as extract

STATE_HEAD = (
    "101 A.2d 202 (1990)\n\nSTATE of Arcadia, Plaintiff and Appellee,\nv.\nOwen T. PRICE, Defendant and Appellant.\n\n"
    "No. 90-1.\n\nSupreme Court of Arcadia.\n\nDecided May 1, 1990.\n\nBAKER, Justice.\n\n"
)
FED_HEAD = (
    "UNITED STATES COURT OF APPEALS\nFOR THE ELEVENTH CIRCUIT\n\nNo. 01-2345\n\n"
    "UNITED STATES OF AMERICA,\n\n        Plaintiff - Appellee,\n\n    v.\n\nOWEN T. PRICE,\n\n        Defendant - Appellant.\n\n"
    "Before LIND and MORO, Circuit Judges.\n\nPER CURIAM:\n\n"
)


def charges(case: dict) -> list[str]:
    return [c["offense"] for c in case.get("charges", [])]


def kinds(case: dict) -> set[tuple[str, str | None]]:
    return {(p["kind"], p.get("outcome")) for p in case.get("proceedings", [])}


@pytest.mark.parametrize(
    ("body", "offenses"),
    [
        # statute references between offenses separated by semicolons; a drug list stays with its offense
        ("Price pled guilty to possession with intent to distribute more than 50 grams of cocaine base, cocaine and "
         "marijuana, in violation of 21 U.S.C. \u00a7 841(a)(1); possession of a firearm by a convicted felon, in violation "
         "of 18 U.S.C. \u00a7\u00a7 922(g)(1) and 924; using, carrying and possessing a firearm during and in relation to a "
         "drug trafficking crime, in violation of 18 U.S.C. \u00a7 924(c)(1)(A); and, maintaining a place for the purpose "
         "of manufacturing, distributing or using a controlled substance, in violation of 21 U.S.C. \u00a7 856.",
         ["possession with intent to distribute more than 50 grams of cocaine base, cocaine and marijuana",
          "possession of a firearm by a convicted felon",
          "using, carrying and possessing a firearm during and in relation to a drug trafficking crime",
          "maintaining a place for the purpose of manufacturing, distributing or using a controlled substance"]),
        # a plea agreement clause between the cue and the offense; "aiding and abetting in the ..."
        ("Price appeals from his conviction imposed after he pled guilty pursuant to a plea agreement to one count of "
         "aiding and abetting in the distribution of cocaine within 1000 feet of a school.",
         ["aiding and abetting in the distribution of cocaine within 1000 feet of a school"]),
        # "felony" as part of the offense name, not a description
        ("Price appeals from his judgment of conviction for felony driving under the influence of alcohol.",
         ["felony driving under the influence of alcohol"]),
        ("Price was convicted of two first degree felony offenses.", []),
        # a class prefix and "Schedule I" (not the pronoun "I")
        ("Price pleaded guilty to Class B felony dealing in a Schedule I controlled substance.",
         ["dealing in a Schedule I controlled substance"]),
        # "convicted on an indictment charging", a quoted description of the property is not part of it
        ('Price was convicted on an indictment charging larceny of "one heifer, the property of A. Doe."', ["larceny"]),
        # a plea whose withdrawal was refused
        ("Price appeals from an order denying his motion to withdraw his plea of guilty to a charge of theft by deception.",
         ["theft by deception"]),
        # a verdict of guilty of a lesser offense
        ("Price was indicted for robbery. His jury trial resulted in a verdict of guilty of assault with intent to rob.",
         ["assault with intent to rob"]),
        # a later, fuller wording replaces a plea "generally"
        ("Price entered a plea of guilty to murder generally. The judge found the appellant guilty of murder in the "
         "first degree.", ["murder in the first degree"]),
        # "convicted on all counts" takes the charges stated just before
        ("Price and Lee Roe were indicted for armed robbery; Price was also charged with giving a false name to an "
         "officer. Tried jointly, they were convicted on all counts and appeal.",
         ["armed robbery", "giving a false name to an officer"]),
        ("Price was charged with one count of public indecency, a misdemeanor. Price ultimately pled guilty to the charge.",
         ["public indecency"]),
        # the sentence line names the offenses
        ("After accepting Price's guilty pleas, the trial court sentenced Price to life in prison for three counts of "
         "aggravated sexual assault.", ["aggravated sexual assault"]),
        ("Price was convicted by a jury of two charges aggravated sexual assault and was assessed punishment at ten years.",
         ["aggravated sexual assault"]),
        # the statute section after "and" is not an offense; "and acquitted" ends the offense
        ("Price appeals from his conviction on two counts of wire fraud under 18 U.S.C. Sec. 1343 and Sec. 2 in "
         "connection with a scheme.", ["wire fraud"]),
        ("The jury convicted appellant of conspiracy to murder and acquitted her co-defendant.", ["conspiracy to murder"]),
        ("Price pled guilty to failure to register as a sex offender, in violation of 18 U.S.C. \u00a7 2250(a).",
         ["failure to register as a sex offender"]),
        ("The defendant was convicted also of robbery and of two counts of using a firearm in the commission of a felony.",
         ["robbery", "using a firearm in the commission of a felony"]),
        ("Price pleaded guilty to conspiracy to destroy property by explosives and commit mail fraud.",
         ["conspiracy to destroy property by explosives and commit mail fraud"]),
        # New York: "The judgment convicted defendant, upon his plea of guilty, of ..."
        ("The judgment convicted defendant, upon his plea of guilty, of criminal sale of marihuana in the third degree "
         "(three counts).", ["criminal sale of marihuana in the third degree"]),
        ("A jury convicted Owen T. Price of knowingly making false statements to licensed firearms dealers.",
         ["knowingly making false statements to licensed firearms dealers"]),
        ("Price appeals his 240-month sentence for convictions of conspiracy to possess with intent to distribute "
         "crack cocaine, in violation of 21 U.S.C. \u00a7 846, and possession with intent to distribute crack cocaine.",
         ["conspiracy to possess with intent to distribute crack cocaine", "possession with intent to distribute crack cocaine"]),
        ("Price and Lee Roe pleaded guilty to one count each of mail fraud, conspiracy to commit mail fraud, and "
         "obstruction of justice for their roles in a scheme.",
         ["mail fraud", "conspiracy to commit mail fraud", "obstruction of justice"]),
        ('Price was acquitted of forgery, and was found guilty of "buying, receiving or aiding in the concealment of '
         'stolen property," with four sentences imposed.',
         ["buying, receiving or aiding in the concealment of stolen property"]),
        ("Price was charged with two counts of felony murder and two counts of failure to stop and render aid. After "
         "appellant pleaded guilty to all four counts, he was convicted.", ["felony murder", "failure to stop and render aid"]),
        ("Price was indicted for trafficking in cocaine, in violation of \u00a7 13A-12-231. He was found guilty and was "
         "sentenced to 35 years' imprisonment.", ["trafficking in cocaine"]),
        ("Defendant appeals the judgment entered on his 1980 jury conviction of first degree sexual assault.",
         ["first degree sexual assault"]),
        # bare statute citations after each offense; a statute's title keeps "in connection with"
        ("Price appeals his sentence of 120 months of imprisonment for defrauding Medicare, 18 U.S.C. \u00a7 1347; "
         "conspiring to launder money, id. \u00a7 1956(h); and money laundering, id. \u00a7 1957. Price challenges it.",
         ["defrauding Medicare", "conspiring to launder money", "money laundering"]),
        ("Price pled guilty to fraud and related activity in connection with identification documents.",
         ["fraud and related activity in connection with identification documents"]),
        ("This is an appeal from a conviction for the sale of intoxicating liquor. The state proved another sale.",
         ["sale of intoxicating liquor"]),
        ("As a result of this arrest Price was convicted a second time of possession of heroin.", ["possession of heroin"]),
        ("The jury convicted Appellant of both possession charges.", []),
    ],
)
def test_conviction_families(body, offenses):
    assert charges(extract(STATE_HEAD + body + "\n\nAffirmed.")["case"]) == offenses


@pytest.mark.parametrize(
    "body",
    [
        # hypothetical, statutory and infinitive mentions are not convictions
        "The jury was told that he must either be convicted of first degree murder or acquitted.",
        "The statute provides that a person is guilty of a gross misdemeanor if the person is convicted of DWI twice.",
        "An officer selling drugs in an undercover role lacks the intent to be convicted of delivery under the Act.",
        "Price pled guilty to mail fraud? The record does not say so.",
        # a bare verdict takes only a charge stated before it
        "Appellant was found guilty. He was later charged with escape.",
        # a prior conviction used to enhance the sentence
        "The court found that he had a conviction for a felony drug trafficking offense.",
    ],
)
def test_not_convictions(body):
    assert charges(extract(STATE_HEAD + "Price was tried. " + body + "\n\nAffirmed.")["case"]) == []


@pytest.mark.parametrize(
    ("body", "sentence"),
    [
        # all confinement suspended: probation and its length
        ("Price pled guilty to public indecency. The trial court sentenced him to 90 days of incarceration. The court "
         "suspended all 90 days, and placed him on probation for five years.", ("probation", 5.0)),
        ("Price was found guilty of larceny and was given a suspended sentence of one year in the house of correction, "
         "and placed on probation for three years.", ("probation", 3.0)),
        # a partly suspended term keeps the pronounced length; days are converted
        ("Price pled guilty to domestic battery. The court sentenced him to 365 days with 359 days suspended to "
         "probation.", ("term", 1.0)),
        # life assessed by a jury, and an indeterminate term to life
        ("Price pleaded guilty to burglary. The jury assessed punishment at confinement for life.", ("life", None)),
        ("Price pleaded guilty to sexual assault and was committed for an indeterminate term of one day to life.",
         ("life", None)),
        # a sentencing range label is not a statutory range
        ("Price pled guilty to incest and was sentenced as a Range I, standard offender to six years confinement.",
         ("term", 6.0)),
    ],
)
def test_sentence_families(body, sentence):
    case = extract(STATE_HEAD + body + "\n\nAffirmed.")["case"]
    got = [(p["sentence"]["kind"], p["sentence"].get("years")) for p in case["proceedings"] if p.get("sentence")]
    assert got == [sentence]


def test_days_in_lieu_of_a_fine_are_not_a_term():
    case = extract(STATE_HEAD + "Price was convicted of trespass and sentenced to pay a fine of $10 or to spend two days "
                   "in jail.\n\nAffirmed.")["case"]
    assert [p.get("sentence") for p in case["proceedings"] if p.get("sentence")] == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a bill of exceptions overruled leaves the judgment standing
        ("Price was found guilty of larceny by a jury.\n\nExceptions overruled.", {("direct_appeal", "affirmed")}),
        ("Price was found guilty of burglary by a jury. The evidence should have been suppressed.\n\nThe judgment is, "
         "therefore, reversed, and appellant granted a new trial.", {("direct_appeal", "reversed")}),
        # indictments stated with the conviction or by role
        ("This appellant was indicted for the robbery of a grocer. The jury found him guilty.\n\nAffirmed.",
         {("indictment", None)}),
        ("Price was convicted on an indictment charging larceny.\n\nAffirmed.", {("indictment", None)}),
        # the accused's own motion for a new trial on an appeal from the judgment did not succeed
        ("Price was convicted of murder by a jury. Appellant's motion for a new trial raises the sufficiency of the "
         "evidence.\n\nAffirmed.", {("motion_new_trial", "denied")}),
        ("Price was convicted of murder by a jury. He says the court erred in overruling the motion for new trial.\n\n"
         "Affirmed.", {("motion_new_trial", "denied")}),
    ],
)
def test_disposition_and_history_families(body, expected):
    assert expected <= kinds(extract(STATE_HEAD + body)["case"])


INDIANA_HEAD = (
    "MEMORANDUM DECISION\n\nATTORNEY FOR APPELLANT                                   ATTORNEYS FOR APPELLEE\n"
    "Ada C. Wynn                                              Lee O. Park\n"
    "Elm City, Arcadia                                        Attorney General of Arcadia\n"
    "                                                         Rita S. Tull\n"
    "                                                         Deputy Attorney General\n"
    "                                                         Elm City, Arcadia\n\n"
    "                                           IN THE\n    COURT OF APPEALS OF ARCADIA\n\n"
    "Owen T. Price,                                           May 1, 2016\nAppellant-Defendant,                "
    "                     Court of Appeals Case No.\n                                                         49A02-1\n"
    "        v.                                               Appeal from the Elm Circuit Court\n"
    "State of Arcadia,                                        The Honorable Hal B. Grant, Judge\n"
    "Appellee-Plaintiff.                                      Trial Court Cause No. 49G16\n\n\n"
    "Moro, Judge.\n\n"
)


def test_two_column_counsel_block():
    doc = INDIANA_HEAD + ("[1] Price pled guilty to theft and was sentenced to two years. Price appeals the revocation "
                          "of his probation. We affirm.\n\n[2] The trial court revoked his probation.\n\nAffirmed.")
    case = extract(doc)["case"]
    roles = {(p["name"], r) for p in case["people"] for r in p["roles"]}
    assert {("Ada C. Wynn", "defense_counsel"), ("Lee O. Park", "prosecutor"), ("Rita S. Tull", "prosecutor")} <= roles
    assert ("Ada C. Wynn", "prosecutor") not in roles
    text = ingest(doc.encode(), name="op.txt").text
    for p in case["people"]:
        for s in p["src"]:
            assert s["quote"] == text[s["start"] : s["end"]]


@pytest.mark.parametrize(
    ("counsel", "expected"),
    [
        ("Attorney General Roy Cole, by Assistant Attorney General Kay U. Ball, for the State.\n\nJames N. Fry, Jr. for "
         "defendant.\n\n", {("Roy Cole", "prosecutor"), ("Kay U. Ball", "prosecutor")}),
        ("Tim A. Sly, Asst. Atty. Gen., Salem, argued the cause for petitioner on review. With him on the petition were "
         "Vera L. Lind, Sol. Gen., Salem.\n\n", {("Tim A. Sly", "prosecutor"), ("Vera L. Lind", "prosecutor")}),
    ],
)
def test_counsel_with_titles_before_names(counsel, expected):
    head = STATE_HEAD.replace("BAKER, Justice.\n\n", "")
    case = extract(head + counsel + "BAKER, Justice.\n\nPrice was convicted of theft by a jury.\n\nAffirmed.")["case"]
    assert expected <= {(p["name"], r) for p in case["people"] for r in p["roles"]}


def test_boxed_federal_caption_is_criminal():
    head = FED_HEAD.replace("UNITED STATES OF AMERICA,\n\n        Plaintiff - Appellee,",
                            "UNITED STATES OF AMERICA,\n\n        Plaintiff-Appellee,               No. 07-2036")
    case = extract(head + "Owen T. Price pleaded guilty to one count of re-entry of a deported alien previously "
                   "convicted of an aggravated felony. He was sentenced to 37 months. AFFIRMED.\n")["case"]
    assert charges(case) == ["re-entry of a deported alien previously convicted of an aggravated felony"]


def test_quotes_are_spans_of_the_text():
    body = ("Price pled guilty, pursuant to a plea agreement, to domestic battery as a class A misdemeanor. The court "
            "sentenced Price to 365 days with 359 days suspended to probation.\n\nAffirmed.")
    out = extract(STATE_HEAD + body)
    text = ingest((STATE_HEAD + body).encode(), name="op.txt").text
    for c in out["case"]["charges"]:
        for s in c["src"]:
            assert s["quote"] == text[s["start"] : s["end"]]
    assert charges(out["case"]) == ["domestic battery"]


@pytest.mark.parametrize(
    "filler",
    [
        "convicted of " + "robbery, " * 4000,
        "pleaded guilty to " + "possession of a firearm and " * 3000,
        "sentenced him to " + "five years, " * 4000 + "suspended",
        "convicted of possession" + "; possession of a firearm by a felon" * 2000,
        "was convicted of " + "using, " * 5000 + "a firearm",
    ],
)
def test_long_inputs_stay_fast(filler):
    t0 = time.perf_counter()
    extract(STATE_HEAD + "Price " + filler + ".\n\nAffirmed.")
    assert time.perf_counter() - t0 < 10


@pytest.mark.parametrize(
    ("body", "form"),
    [
        ("Price's non-jury trial resulted in his conviction of extortion. He was sentenced and he appeals.", "bench"),
        ("Price was tried without a jury by the Circuit Court and found guilty as charged in a two count indictment.",
         "bench"),
        ("Price was charged with possession of a weapon. Price pleaded not guilty and waived jury trial. He was found "
         "guilty.", "bench"),
        ("After waiving trial by jury, Price was found guilty of possession of marijuana.", "bench"),
        ("Price was convicted of burglary by a jury.", "jury"),
    ],
)
def test_verdict_form_families(body, form):
    case = extract(STATE_HEAD + body + "\n\nAffirmed.")["case"]
    conv = [p for p in case["proceedings"] if p["kind"] in ("trial", "plea", "other")]
    assert [p["verdict"].get("form") for p in conv] == [form]


def test_civil_ex_rel_suit_against_a_company_is_not_criminal():
    doc = ("COURT OF APPEALS OF ARCADIA\n\nSTATE OF ARCADIA ex rel.\nOFFICE OF THE\nATTORNEY GENERAL,\n\n       "
           "Plaintiff-Appellee,                 No. 31,000\n\nv.\n\nACME ENTERPRISES SIX\nNATIONS, LTD., a Foreign Corporation,\n\n"
           "       Defendant-Appellant.\n\nOPINION\n\nThe State sued Acme for payments owed under an escrow statute. Acme was "
           "never convicted of anything and no one was indicted or sentenced.\n\nThe default judgment of the district "
           "court is reversed.\n")
    case = extract(doc)["case"]
    assert not case.get("charges")
    # no criminal proceeding; the civil ruling itself is kept as "other"
    assert [(p["kind"], p.get("outcome")) for p in case.get("proceedings", [])] == [("other", "reversed")]
