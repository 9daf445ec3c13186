"""Phrasings read by the sixth pass (long habeas histories, conviction lists, cited cases told after the cite, ...).

Every text here is made up; names, courts and numbers are fictional. Each case is one family of
wording seen across many opinions, not one document.
"""

from __future__ import annotations

import pytest

from .helpers import charges, factor_codes, proceedings, roles
from .helpers import extract_text as extract

HEAD = ("101 A.2d 202 (1990)\n\nSTATE of Arcadia, Plaintiff and Appellee,\nv.\nOwen T. PRICE, Defendant and Appellant.\n\n"
        "No. 90-1.\n\nCourt of Appeals of Arcadia.\n\nDecided May 1, 1990.\n\nBAKER, Judge.\n\n")
TAIL = " We affirm.\n\nAFFIRMED.\n"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # three capitalized words between "found" and "guilty"
        ("A Lake County jury found Owen Thomas Price guilty of aggravated arson, arson, and criminal mischief.",
         ["aggravated arson", "arson", "criminal mischief"]),
        # the form of trial between "convicted" and the offenses
        ("He was convicted, pursuant to a jury trial, of two counts of robbery, one count of burglary while in possession "
         "of a firearm, and one count of escape.", ["robbery", "burglary while in possession of a firearm", "escape"]),
        # a cited case's conviction, told in the sentence after the cite, is not this case's
        ("Price was convicted of forgery. He relies on Dunlap v. State, 5 A.2d 9 (1980). In that case, Dunlap was "
         "convicted of murder after a trial in absentia.", ["forgery"]),
        ("Price was convicted of forgery. He relies on Dunlap v. State, 5 A.2d 9 (1980). There, the defendant was "
         "convicted of murder after a trial in absentia.", ["forgery"]),
        ("Price was convicted of forgery. He relies on Dunlap v. State, 5 A.2d 9 (1980). In Dunlap, the defendant was "
         "convicted of murder after a trial in absentia.", ["forgery"]),
        # a county and state between "convicted" and the offenses; "and the" inside the list; the victim's name
        ("Price was convicted by a jury in Lake County, Arcadia, of feticide and the kidnaping *1154 and murder of Ann "
         "Roe and sentenced to death.", ["feticide", "kidnaping", "murder"]),
        # the same offenses as a co-accused, plus more, each counted
        ("Appellant Price was convicted of the same offenses, plus one count of unauthorized use of a vehicle and one "
         "count of destruction of property.", ["unauthorized use of a vehicle", "destruction of property"]),
        # what was dismissed in exchange for the plea, or dismissed after it, is not an offense of conviction
        ("Price pled guilty to one count of abduction in exchange for dismissal of the two counts of rape and one count "
         "of kidnaping.", ["abduction"]),
        ("Price pled guilty to one count of forgery and the second count of forgery was dismissed.", ["forgery"]),
        ("Pursuant to a plea bargain, Price pled guilty to fourth-offense DUI and the other two charges were dismissed.",
         ["fourth-offense DUI"]),
        # offenses whose head word was missing from the vocabulary
        ("Price was convicted of shoplifting and criminal contempt.", ["shoplifting", "criminal contempt"]),
        ("Price was convicted of riot.", ["riot"]),
        ("Price was convicted of hit and run and possession of drug paraphernalia.",
         ["hit and run", "possession of drug paraphernalia"]),
        # a quoted offense ends at its closing quote
        ('Count II also charged Price with "the offense of leaving the scene of an accident" and was worded the same way. '
         "Price was convicted on both counts.", ["leaving the scene of an accident"]),
        # the cite in a footnote: only the case name is left in the text
        ("Price was convicted of forgery. This case is unlike Dunlap v. State.[4] In that case, Dunlap was convicted of "
         "murder after a trial in absentia.", ["forgery"]),
    ],
)
def test_offenses_of_conviction_sixth_pass(body: str, expected: list[str]) -> None:
    assert sorted(charges(extract(HEAD + body + TAIL))) == sorted(expected)


@pytest.mark.parametrize(
    ("body", "present"),
    [
        ("Price admitted that he bought the guns as alleged in the indictment.", True),
        ("The jury acquitted him of the offense charged in the indictment but convicted him of an attempt.", True),
        # a rule about indictments in general, in the present tense, is not this case's
        ("An indictment must allege every element of the offense.", False),
    ],
)
def test_an_indictment_named_by_what_it_alleged(body: str, present: bool) -> None:
    got = proceedings(extract(HEAD + "Price was convicted of forgery by a jury. " + body + TAIL))
    assert (("indictment", None) in got) is present


HABEAS_HISTORY = (
    "592 F.3d 1 (2010)\n\nJohn Roe HARMON, Petitioner-Appellant,\nv.\nRichard WELLS, Warden, Respondent-Appellee.\n\n"
    "No. 07-1.\n\nUnited States Court of Appeals, Eleventh Circuit.\n\nJanuary 4, 2010.\n\n"
    "Before KING, LEWIS and MOORE, Circuit Judges.\n\nKING, Circuit Judge:\n\n"
    "John Roe Harmon appeals the judgment of the district court denying his petition for a writ of habeas corpus "
    "brought under 28 U.S.C. § 2254.\n\n"
    "Harmon was convicted by a jury in Lake County, Arcadia, of murder and sentenced to death. Harmon appealed his "
    "convictions and sentence to the Arcadia Supreme Court. The Arcadia Supreme Court affirmed Harmon's convictions "
    "and sentence on 11 June 1992. See Harmon v. State, 262 Ar. 293 (1992).\n\n"
    "Harmon then filed a petition for a writ of certiorari with the United States Supreme Court which was denied on "
    "19 January 1993.\n\n"
    "On 19 April 1993, Harmon filed a petition for a writ of habeas corpus (\"state habeas petition\") in the Superior "
    "Court of Pine County. The state habeas court denied the state habeas petition on 27 August 1998.\n\n"
    "In response to Harmon's application for a certificate of probable cause to appeal, the Arcadia Supreme Court "
    "remanded the state habeas petition to the Pine County Superior Court. The state habeas court then issued a second "
    "order making additional findings but again denying Harmon's state habeas petition.\n\n"
    "Harmon filed a second application for a certificate of probable cause to appeal with the Arcadia Supreme Court "
    "which was denied on 30 April 2003. Harmon then filed another petition for a writ of certiorari with the United "
    "States Supreme Court, which was again denied.\n\n"
    "On 29 April 2004, Harmon filed his 28 U.S.C. § 2254 petition in the district court. The district court denied "
    "the petition and granted a certificate of appealability on two claims.\n\n"
    "Harmon first contends that his trial counsel was ineffective. We disagree.\n\nAFFIRMED.\n"
)


def test_a_federal_habeas_history_keeps_each_state_round() -> None:
    got = proceedings(extract(HABEAS_HISTORY))
    assert sorted(got, key=str) == sorted([
        ("trial", "convicted"), ("direct_appeal", "affirmed"), ("cert_petition", "denied"),
        ("pcr_application", "denied"), ("writ_application", "remanded"), ("pcr_application", "denied"),
        ("writ_application", "denied"), ("cert_petition", "denied"), ("federal_habeas", "denied"),
        ("writ_application", "granted"), ("federal_habeas", "affirmed"),
    ], key=str)


@pytest.mark.parametrize(
    ("body", "name", "role"),
    [
        # officers named as a pair, before or after a plural title
        ("Two city police detectives, Oliver Grady and Donald Sand, entered the room.", "Oliver Grady", "police"),
        ("Two city police detectives, Oliver Grady and Donald Sand, entered the room.", "Donald Sand", "police"),
        ("He gave the notes of county investigators Sam Hoskins and Keith Smith to the defense.", "Keith Smith", "police"),
        ("He had spoken with Johnny Bale, who was the State's investigator, about the case.", "Johnny Bale", "police"),
        # every name of a list of officers, and a title in lower case
        ("He notified Sheriff Ray Hadley and Investigators Greer, Kitchens, Hughes and Barker.", "Hughes", "police"),
        ("He notified Sheriff Ray Hadley and Investigators Greer, Kitchens, Hughes and Barker.", "Barker", "police"),
        ("He would need testimony from two police officers (Keyes and Harlan).", "Harlan", "police"),
        ("Counsel did not object to the hearsay testimony from detective Jeff Papp.", "Jeff Papp", "police"),
        ("The photographs were cumulative of the testimony of officer Woodley.", "Woodley", "police"),
        ("The shoe-print testimony came from deputy Pat O\u2019Dell, an evidence technician.", "Pat O\u2019Dell", "police"),
        ("Her probation officer Mike Lane testified at the revocation hearing.", "Mike Lane", "witness"),
        # witnesses told in passing
        ("Dean Harmon kept the books. In his testimony Harmon explained the ledger.", "Dean Harmon", "witness"),
        ("The clerk saw him leave. This testimony was corroborated by Fred Dunmore, another employee.", "Fred Dunmore", "witness"),
        ("Q: Your first witness was Lewis Eaton with the state police?", "Lewis Eaton", "witness"),
        ("Roland Jeffers, the owner of the shop also testified that he never sent Price there.", "Roland Jeffers", "witness"),
        ("His assistant, Dena Jonas, provided the following testimony about her search.", "Dena Jonas", "witness"),
        ("The Affidavit of Dr. Mark J. Mellon is offered as evidence of his illness.", "Mark J. Mellon", "witness"),
        ("Price was treated at the hospital. The attending physician, Dr. Colin Cullum, testified that he was in shock.",
         "Colin Cullum", "witness"),
        # a witness who was never called is not one; a probation officer or child-services investigator is not the police
        ("Her probation officer Mike Lane testified at the revocation hearing.", "Mike Lane", "not police"),
        ("Child Protective Services (CPS) investigator Audrey Hobbs went along.", "Audrey Hobbs", "not police"),
        ("The testimony of Dr. Paul Crane would have been cumulative.", "Paul Crane", None),
        # defense counsel told in the story, with a short name or a footnote mark after the name
        ("Price argues that his trial counsel, Christopher Tolley (\"Tolley\")[10], failed to investigate.",
         "Christopher Tolley", "defense_counsel"),
        ("Stephen Bayless (\"Bayless\") became counsel of record for Price in 1995.", "Stephen Bayless", "defense_counsel"),
        ("Although David Dunne also represented Price at his trial, Tolley made the decisions.", "David Dunne", "defense_counsel"),
        # counsel for someone else is not the accused's
        ("Stephen Bayless became counsel of record for Dunlap in 1995.", "Stephen Bayless", None),
    ],
)
def test_people_told_in_passing(body: str, name: str, role: str | None) -> None:
    got = roles(extract(HEAD + "Price was convicted of forgery by a jury. " + body + TAIL))
    if role == "not police":
        assert "police" not in got.get(name, set()), got
    elif role is None:
        assert name not in got or not got[name] & {"witness", "defense_counsel"}, got
    else:
        assert role in got.get(name, set()), got


def test_counsel_and_officers_in_the_footnotes_are_read() -> None:
    text = (HEAD + "Price was convicted of forgery by a jury.[1] Detective Ann Lowe took his statement.[2]" + TAIL +
            "\nNOTES\n\n[1] Although David Dunne also represented Price at trial, he did not argue the appeal.\n\n"
            "[2] Lowe was assisted by Detective Carl Mott.\n")
    got = roles(extract(text))
    assert "defense_counsel" in got["David Dunne"]
    assert "police" in got["Carl Mott"]


def test_counsel_for_the_warden_by_name_is_the_states() -> None:
    text = ("592 F.3d 1 (2010)\n\nJohn Roe HARMON, Petitioner-Appellant,\nv.\nWarden Hilton HALE, Respondent-Appellee.\n\n"
            "No. 07-1.\n\nUnited States Court of Appeals, Eleventh Circuit.\n\nJanuary 4, 2010.\n\n"
            "Wendy C. Pearl, Tallahassee, FL, for Harmon.\n\nPatricia Beth Barton, Atlanta, GA, for Hale.\n\n"
            "Before KING, LEWIS and MOORE, Circuit Judges.\n\nKING, Circuit Judge:\n\n"
            "Harmon appeals the denial of his petition for a writ of habeas corpus under 28 U.S.C. § 2254. "
            "He was convicted of murder by a jury.\n\nAFFIRMED.\n")
    got = roles(extract(text))
    assert got["Wendy C. Pearl"] == {"defense_counsel"}
    assert got["Patricia Beth Barton"] == {"prosecutor"}


def test_a_civil_rule_59_motion_is_not_a_motion_for_new_trial() -> None:
    body = ("Price was convicted of forgery by a jury.\n\nAFFIRMED.\n\nNOTES\n\n[1] The bank filed a notice of appeal from "
            "the denial of its motion for a new trial or to alter or amend the judgment.\n")
    assert ("motion_new_trial", "denied") not in proceedings(extract(HEAD + body))


FED_HEAD = ("620 F.3d 1 (2010)\n\nFELIX ROE, Petitioner-Appellant,\nv.\nRICK POE, Director, Arcadia Department of Criminal "
            "Justice, Respondent-Appellee.\n\nNo. 05-1.\n\nUnited States Court of Appeals, Fifth Circuit.\n\nSeptember 9, 2010.\n\n"
            "Before JOLLY, SMITH and HAYNES, Circuit Judges.\n\nSMITH, Circuit Judge:\n\n")


def test_a_federal_habeas_told_through_its_state_rounds() -> None:
    body = ("Federal habeas petitioner Felix Roe confessed to the murder of a guard but later pled not guilty. Arcadia "
            "indictments charged both Roe and a co-defendant with capital murder. A jury convicted Roe and he was sentenced "
            "to death. State courts affirmed the conviction and sentence on direct review. Over the next eight years, Roe "
            "filed four state habeas applications and one federal habeas petition. All failed. The federal district court "
            "denied relief but granted Roe a certificate of appealability on his Brady claim. We affirm the district court, "
            "deny Roe's request for a COA on his treaty claim, and grant his request for a COA on his counsel claim.\n\n"
            "AFFIRMED.\n")
    got = proceedings(extract(FED_HEAD + body))
    assert got.count(("pcr_application", "denied")) == 4
    assert ("indictment", None) in got
    assert ("federal_habeas", "affirmed") in got
    assert not any(k == "pcr_application" and o == "affirmed" for k, o in got)
    assert got.count(("writ_application", "granted")) == 2
    assert ("writ_application", "denied") in got


@pytest.mark.parametrize(
    ("body", "outcome"),
    [
        # rounds told by number without their fate are not recorded
        ("He filed three state habeas applications. We affirm.\n\nAFFIRMED.\n", 0),
        ("He filed three petitions for post-conviction relief, all of which were denied. We affirm.\n\nAFFIRMED.\n", 3),
        ("He filed three post-conviction petitions, all of which were denied. We affirm.\n\nAFFIRMED.\n", 3),
    ],
)
def test_post_conviction_rounds_told_by_number(body: str, outcome: int) -> None:
    got = proceedings(extract(HEAD + "Price was convicted of forgery by a jury. " + body))
    assert got.count(("pcr_application", "denied")) == outcome


def test_a_dissent_announced_title_first_is_not_the_decision() -> None:
    body = ("Price was convicted of assault by a jury. Because the court refused the instruction, we reverse the judgment "
            "and remand the cause for a new trial.\n\nJustice GRAVES Dissenting.\n\nTOM GRAVES, Justice.\n\nThe majority "
            "reverses the conviction. " + "The instruction was not required. " * 20 + "His conviction should be affirmed.\n")
    got = proceedings(extract(HEAD + body))
    assert ("direct_appeal", "reversed") in got
    assert ("direct_appeal", "affirmed") not in got


def test_a_deadlock_over_the_penalty_is_not_a_hung_trial() -> None:
    body = ("He was convicted, pursuant to a jury trial, of first-degree murder. After the jury deadlocked over the proper "
            "penalty, a three-judge panel imposed a death sentence. We reverse and remand for a new trial.\n\nREVERSED.\n")
    got = proceedings(extract(HEAD + body))
    assert ("trial", "convicted") in got
    assert ("trial", "hung") not in got and not any(k == "retrial" for k, _ in got)


def test_the_law_of_lesser_offenses_is_not_a_lesser_verdict() -> None:
    body = ("A jury convicted Price of aggravated assault, and he was sentenced to ten years. He argues for an instruction "
            "on resisting arrest. A defendant may be convicted of a lesser-included offense. We affirm.\n\nAFFIRMED.\n")
    case = extract(HEAD + body)
    verdicts = [p["verdict"]["outcome"] for p in case["case"]["proceedings"] if p.get("verdict")]
    assert verdicts == ["guilty"]


@pytest.mark.parametrize(
    ("body", "date"),
    [
        # the day the victim went missing dates the crime
        ("Her husband left for work at 6:00 a.m. on August 17, 1989. When he returned that evening, she was missing. "
         "Her body was found on August 21, 1989, and Price was later tried for her murder.", "1989-08-17"),
        # a bare year about other acts gives way to the dated crime
        ("Price shot Roe on July 28, 1997. The State asked about the violent acts he committed in 1989.", "1997-07-28"),
        # a year alone still counts when nothing more precise is given
        ("Price killed Roe in 1991 and hid the body.", "1991"),
    ],
)
def test_offense_date_sixth_pass(body: str, date: str) -> None:
    case = extract(HEAD + "Price was convicted of murder by a jury. " + body + TAIL)
    assert case["case"]["charges"][0].get("offense_date") == date


@pytest.mark.parametrize(
    ("body", "name", "role"),
    [
        # a camel-case surname after a title is read whole
        ("Detective Dwight DeLuca entered the room.", "Dwight DeLuca", "police"),
        # "Both" opening a sentence is not a first name
        ("Price shot Tyrell Banks and Andre Cole. Both Banks and Cole survived. Banks testified without incident.",
         "Tyrell Banks", "witness"),
        # several witnesses named at once
        ("Price shot Tyrell Banks and Andre Cole. In addition to the testimony of Banks, Cole, Parker, and the "
         "responding officers, the State offered a ballistics report.", "Andre Cole", "witness"),
    ],
)
def test_names_read_whole_and_in_lists(body: str, name: str, role: str) -> None:
    got = roles(extract(HEAD + "Price was convicted of murder by a jury. " + body + TAIL))
    assert role in got.get(name, set()), got


def test_a_man_named_in_the_story_is_not_a_victim() -> None:
    body = "Sergeant Smartt received a call from a man named Mark Olsen, who said he was Price's attorney."
    got = roles(extract(HEAD + "Price was convicted of murder by a jury. " + body + TAIL))
    assert "victim" not in got.get("Mark Olsen", set())


def test_accented_names_are_read_whole() -> None:
    body = "Ramón Núñez testified that he saw the shooting. Ana Peña testified as well."
    got = roles(extract(HEAD + "Price was convicted of murder by a jury. " + body + TAIL))
    assert "witness" in got.get("Ramón Núñez", set()), got
    assert "witness" in got.get("Ana Peña", set()), got


def test_a_cited_decisions_vote_is_not_a_judge_of_this_case() -> None:
    body = ("Price was convicted of murder by a jury. Four justices would have held otherwise.[12]" + TAIL +
            "\nNOTES\n\n[12] Santos v. Oregon, 548 U.S. 331, 360 (Gilman, J., concurring in the judgment); id. at 365 "
            "(Brewer, J., dissenting).\n")
    got = roles(extract(HEAD + body))
    assert "Gilman" not in got and "Brewer" not in got


def test_a_motion_to_suppress_what_the_police_found_is_a_misconduct_claim() -> None:
    body = "Price was convicted of burglary by a jury. He filed a motion to suppress the evidence seized from his car." + TAIL
    assert "OM" in factor_codes(extract(HEAD + body))



@pytest.mark.parametrize(
    ("caption", "accused"),
    [
        ("UNITED STATES of America, Plaintiff-Appellee,\n\nv.\n\nJ.W. MOREL; James Morel, a.k.a. \u201cBuster\u201d; Francis "
         "Wilkes, Defendants-Appellants.", ["J.W. Morel", "James Morel", "Francis Wilkes"]),
        ("STATE OF ARCADIA, Appellee,\n\nv.\n\nLoretta Jane FORBY et al., Appellants.", ["Loretta Jane Forby"]),
        ("STATE OF ARCADIA, Appellee,\n\nv.\n\nAlfonso BERNE d/b/a Mile Systems, Appellant.", ["Alfonso Berne"]),
    ],
)
def test_caption_lists_aliases_and_trade_names(caption: str, accused: list[str]) -> None:
    text = (f"101 A.2d 202 (1990)\n\n{caption}\n\nNo. 90-1.\n\nCourt of Appeals of Arcadia.\n\nMay 1, 1990.\n\nBAKER, Judge.\n\n"
            "They were convicted of fraud and sentenced to five years. We affirm.\n\nAFFIRMED.\n")
    got = roles(extract(text))
    assert sorted(n for n, r in got.items() if "defendant" in r) == sorted(accused)


def test_a_dismissal_ends_the_list_even_after_an_offense_read_before() -> None:
    body = ("Price was convicted of abduction. He had pled guilty to one count of abduction in exchange for dismissal of the "
            "two counts of rape and one count of kidnaping." + TAIL)
    assert charges(extract(HEAD + body)) == ["abduction"]


def test_a_writ_of_habeas_corpus_the_accused_obtained() -> None:
    body = ("Price pleaded guilty to possessing heroin and was committed to a rehabilitation center. Price later obtained a "
            "writ of habeas corpus and was discharged from the center. He was then sentenced to prison." + TAIL)
    assert ("pcr_application", "granted") in proceedings(extract(HEAD + body))


def test_each_listed_name_quotes_itself() -> None:
    body = ("Price was convicted of murder by a jury. Detectives Brent Becker and Mike Frank questioned him. The "
            "murders of Anna, Victor and James Lorne followed." + TAIL)
    people = {p["name"]: p for p in extract(HEAD + body)["case"]["people"]}
    for name in ("Brent Becker", "Mike Frank"):
        assert [s["quote"] for s in people[name]["src"] if s["method"] == "people.police"] == [name]
    assert [s["quote"] for s in people["Victor Lorne"]["src"]] == ["Victor"]
