"""Phrasings read by the fifth pass (several accused in one appeal, ...).

Every text here is made up; names, courts and numbers are fictional. Each case is one family of
wording seen across many opinions, not one document.
"""

from __future__ import annotations

import pytest

from .helpers import charges, factor_codes, forms, judges, proceedings, roles, sentences
from .helpers import extract_text as extract


BODY = ("Roberts, Crittenden and Smith were convicted of burglary and sentenced to five years. We affirm.\n\n"
        "AFFIRMED.\n")


@pytest.mark.parametrize(
    ("caption", "accused"),
    [
        # one side lists every accused
        ("STATE OF ARCADIA, Appellee,\n\nv.\n\nOWEN T. ROBERTS, CARL CRITTENDEN and JAMES E. SMITH, Appellants.",
         ["Owen T. Roberts", "Carl Crittenden", "James E. Smith"]),
        # semicolons, and a second party (a garnishee) with its own label on the same side
        ("UNITED STATES of America, Plaintiff-Appellee,\n\nv.\n\nOwen ROBERTS; Carl Crittenden, Defendants-Appellants,\n"
         "Arcadia Pension and Relief Fund, Garnishee-Appellant.", ["Owen Roberts", "Carl Crittenden"]),
        # appeals decided together: one caption after another
        ("ROBERTS\n\nv.\n\nTHE STATE.\n\nCRITTENDEN\n\nv.\n\nTHE STATE.", ["Roberts", "Crittenden"]),
        # one accused only: a suffix is not a second name
        ("STATE OF ARCADIA, Appellee,\n\nv.\n\nOWEN T. ROBERTS, JR., Appellant.", ["Owen T. Roberts, Jr."]),
    ],
)
def test_every_accused_of_a_joint_caption_is_a_defendant(caption: str, accused: list[str]) -> None:
    text = f"101 A.2d 202 (1990)\n\n{caption}\n\nNo. 90-1.\n\nCourt of Appeals of Arcadia.\n\nMay 1, 1990.\n\nBAKER, Judge.\n\n{BODY}"
    got = roles(extract(text))
    assert sorted(n for n, r in got.items() if "defendant" in r) == sorted(accused)


def test_counsel_for_a_second_accused_by_name_is_defense_counsel() -> None:
    text = ("620 F.3d 534 (2010)\n\nUNITED STATES of America, Plaintiff-Appellee,\n\nv.\n\nOwen ROBERTS; Carl Crittenden, "
            "Defendants-Appellants.\n\nNo. 09-1.\n\nUnited States Court of Appeals, Fifth Circuit.\n\nMay 1, 2010.\n\n"
            "Ann B. Lee, Asst. U.S. Atty., New Orleans, LA, for U.S.\n\nMark R. Dole, New Orleans, LA, for Crittenden.\n\n"
            "Before KING, Circuit Judge.\n\nKING, Circuit Judge:\n\n" + BODY)
    got = roles(extract(text))
    assert got["Mark R. Dole"] == {"defense_counsel"}
    assert got["Ann B. Lee"] == {"prosecutor"}


HEAD = ("101 A.2d 202 (1990)\n\nSTATE of Arcadia, Plaintiff and Appellee,\nv.\nOwen T. PRICE, Defendant and Appellant.\n\n"
        "No. 90-1.\n\nCourt of Appeals of Arcadia.\n\nDecided May 1, 1990.\n\nBAKER, Judge.\n\n"
        "Price was convicted of forgery and sentenced to five years. ")


@pytest.mark.parametrize(
    ("body", "name", "role"),
    [
        ("The investigation was led by Police Chief B.D. Dunmore, who retired in 2009.", "B.D. Dunmore", "police"),
        ("Chief Lee Shelton met with Price in January.", "Lee Shelton", "police"),
        ("The examination was given by Agent Tom Sykes of the Federal Bureau of Investigation.", "Tom Sykes", "police"),
        ("Inspector Ruth Vance searched the car.", "Ruth Vance", "police"),
        # a chief who is a judge or a lawyer is not the police
        ("Chief Judge Ann Morrow presided over the hearing.", "Ann Morrow", None),
        ("Chief Deputy Clerk Ann Morrow certified the record.", "Ann Morrow", None),
        # the evidence retold: "According to X," and an adverb before "testified"
        ("Dean Harmon led the inquiry. According to Harmon, he reported to the mayor.", "Dean Harmon", "witness"),
        ("Paula Green saw the signing. According to Ms. Green's testimony, the signature was forged.", "Paula Green", "witness"),
        ("Paula Green saw the signing. Paula Green only testified to what she saw.", "Paula Green", "witness"),
        ("Paula Green saw the signing. Green reluctantly testified at the second hearing.", "Paula Green", "witness"),
    ],
)
def test_police_titles_and_retold_evidence(body: str, name: str, role: str | None) -> None:
    got = roles(extract(HEAD + body + " We affirm.\n\nAFFIRMED.\n"))
    if role is None:
        assert "police" not in got.get(name, set())
    else:
        assert role in got.get(name, set()), got


@pytest.mark.parametrize(
    ("body", "name", "role"),
    [
        ("The court ordered restitution to Sara Egan, and amounts to Mel Pike, which were to be set later.", "Mel Pike", "victim"),
        ("The court ordered restitution to Sara Egan.", "Sara Egan", "victim"),
        ("It appears that Mr. Will Dade was a victim of a plan by which he lost his savings.", "Will Dade", "victim"),
        ("The count charged that he did kill and murder the said Frank Orr Bell, contrary to law.", "Frank Orr Bell", "victim"),
        ("Lynne M. Ford, District Attorney, argued that the sentence was lawful.", "Lynne M. Ford", None),
        ("He drove a Ford Taurus to the bank.", "Ford Taurus", None),
    ],
)
def test_victim_cues_and_organisation_words(body: str, name: str, role: str | None) -> None:
    got = roles(extract(HEAD + body + " We affirm.\n\nAFFIRMED.\n"))
    if role is None:
        assert name not in got or "victim" not in got[name]
    else:
        assert role in got.get(name, set()), got


@pytest.mark.parametrize("org", ["Alaska Equine Rescue", "Chicago Crime Laboratory", "Marshall's Cafe", "Hope Foundation"])
def test_an_organisation_is_not_a_person(org: str) -> None:
    from dayincourt.extract._text import is_person_name

    assert not is_person_name(org)
    assert is_person_name("Lynne M. Ford")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a footnote mark after a panel name
        (HEAD.replace("BAKER, Judge.", "BEFORE: MUNDY, J., DUBOW, J., and STRASS, J.*\n\nOPINION BY MUNDY, J.") + "We affirm.\n",
         {"Mundy", "Dubow", "Strass"}),
        # votes in capitals, past tense and in a list
        (HEAD + "We affirm.\n\nAFFIRMED.\n\nLEE, C.J., AND FAIR, JJ., CONCUR. BARNES, J., CONCURS IN PART.\n", {"Barnes"}),
        (HEAD + "We affirm.\n\nAFFIRMED.\n\nKennard, J., and Werdegar, J., dissented.\n", {"Kennard", "Werdegar"}),
        (HEAD + "We affirm.\n\nJudgments affirmed.\n\nAll the Justices concur, except BENHAM, C.J., and SEARS and HUNSTEIN, JJ., "
         "who concur specially.\n", {"Benham", "Sears", "Hunstein"}),
        # the judges of earlier stages, named at work
        (HEAD + "Magistrate Jess H. Nolan issued the warrant. We affirm.\n", {"Jess H. Nolan"}),
        (HEAD + "The agents took him to Magistrate Judge Rodd for an initial appearance. We affirm.\n", {"Rodd"}),
        (HEAD + "This motion was heard by Judge Arthur L. Alcorn. We affirm.\n", {"Arthur L. Alcorn"}),
        # a judge of a cited case is not one of this case
        (HEAD + "In State v. Doe, 1 A.2d 2 (1980), Judge Arthur L. Alcorn denied a like motion. We affirm.\n", set()),
        # the author's signature above "We concur:"
        (HEAD + "We affirm.\n\n                    GILBERT, P. J.\nWe concur:\n\n   YEGAN, J.\n", {"Gilbert", "Yegan"}),
        # a judge described in a footnote (sitting by designation, or the judge below)
        (HEAD + "We affirm.\n\nAFFIRMED.\n\nNOTES\n\n[1] The HONORABLE MICHAEL J. DAVE, Chief Judge of the United States District "
         "Court for the District of Arcadia.\n", {"Michael J. Dave"}),
    ],
)
def test_judges_of_this_case(text: str, expected: set[str]) -> None:
    got = judges(extract(text)) - {"Baker"}
    assert expected <= got, got
    if not expected:
        assert "Arthur L. Alcorn" not in got


def test_california_appeal_line_names_the_trial_judge() -> None:
    text = ("101 Cal. App. 4th 1 (2002)\n\nTHE PEOPLE, Plaintiff and Respondent,\nv.\nOWEN PRICE, Defendant and Appellant.\n\n"
            "No. F01.\n\nCourt of Appeals of California, Fifth District.\n\nMay 1, 2002.\n\n"
            "APPEAL from a judgment of the Superior Court of Kings County. Donna L.\nTarter, Judge.\n\n"
            "Ann Lee, under appointment by the Court of Appeal, for Defendant and Appellant.\n\nOPINION\n\n"
            "Price was convicted of burglary and sentenced to four years. We affirm.\n")
    assert "Donna L. Tarter" in judges(extract(text))


OHIO_HEAD = ("2001 Ohio 12\n\nSTATE OF OHIO, Plaintiff-Appellee,\nv.\nOWEN T. PRICE, Defendant-Appellant.\n\nNo. 99-L-1.\n\n"
             "Court of Appeals of Ohio, Eleventh District.\n\nMay 1, 2001.\n\nOPINION\n\n")


@pytest.mark.parametrize(
    ("body", "own"),
    [
        # a motion attacking a final judgment, in a state court, is post-conviction review
        ("In 1989 Price pleaded guilty to robbery and was sentenced to ten years. In 1998 he filed a motion for modification "
         "or vacation of sentence. The trial court denied the motion, and this appeal followed.\n\nJudgment affirmed.\n",
         ("pcr_application", "affirmed")),
        ("Price pleaded guilty to robbery. Years later he filed a motion for appropriate relief, which the trial court "
         "denied. We affirm.\n\nAFFIRMED.\n", ("pcr_application", "affirmed")),
        # a paragraph mark before the decision line; a mixed decision is 'other'
        ("Price was convicted of theft and ordered to pay restitution. {¶ 9} The restitution order was not supported.\n\n"
         "{¶ 22} Judgment affirmed in part, reversed in part, and remanded to the trial court.\n", ("direct_appeal", "other")),
        ("Price was convicted on two counts. Therefore, the judgment on Count I of the indictment will be affirmed and the "
         "judgment on Count II reversed.\n\nJudgment on Count I affirmed, judgment on Count II reversed.\n", ("direct_appeal", "other")),
    ],
)
def test_own_decision_kind_and_mixed_outcome(body: str, own: tuple[str, str]) -> None:
    assert own in proceedings(extract(OHIO_HEAD + body))


@pytest.mark.parametrize(
    ("body", "name", "role"),
    [
        # a titled surname names one person even when no full name is given
        ("In rebuttal Officer Harlan testified that he used no force.", "Harlan", "witness"),
        ("Mrs. Watt testified that she did not see the couple.", "Watt", "witness"),
        ("The attending physician, Dr. Cole, testified that Price was in shock. Dr. Cole testified again later.", "Cole", "witness"),
        # an untitled bare surname stays out
        ("Harlan testified that he used no force.", "Harlan", None),
        # surnames with an apostrophe, "himself", "One X", "Arresting Officer X"
        ("Mrs. D'Amico testified that she was never examined.", "D'Amico", "witness"),
        ("Tom Hipps saw the car. Hipps himself testified solely to the conversation.", "Tom Hipps", "witness"),
        ("One Melvin Feld testified that the car was never damaged.", "Melvin Feld", "witness"),
        ("Arresting Officer Mark Rossi testified that Price ran.", "Mark Rossi", "witness"),
        # testimony by, two who testified together, the questioning of a witness
        ("There was testimony by one Albert Fourn, a co-indictee who had pleaded guilty.", "Albert Fourn", "witness"),
        ("Sheriff Taylor Wilk and Deputy Sheriff W.R. Duck testified as to statements made to them.", "Taylor Wilk", "witness"),
        ("Sheriff Taylor Wilk and Deputy Sheriff W.R. Duck testified as to statements made to them.", "W.R. Duck", "witness"),
        ("Roger Crabb led the inquiry. During the redirect examination of Investigator Crabb, this exchange occurred.",
         "Roger Crabb", "witness"),
    ],
)
def test_witness_cues_of_the_fifth_pass(body: str, name: str, role: str | None) -> None:
    got = roles(extract(HEAD + body + " We affirm.\n\nAFFIRMED.\n"))
    if role is None:
        assert name not in got
    else:
        assert role in got.get(name, set()), got


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (HEAD + "Price claims that he asked his attorney, Mark Edmonds, to file an appeal. We affirm.\n", "Mark Edmonds", "defense_counsel"),
        (HEAD + "The court heard Stanley Alden, counsel for the State, on the objection. We affirm.\n", "Stanley Alden", "prosecutor"),
        (HEAD + "The court would not call Pat McLean, who was appointed as special prosecutor in this matter. We affirm.\n",
         "Pat McLean", "prosecutor"),
        # no comma before "for", plural side
        (HEAD.replace("BAKER, Judge.", "Rush M. Shortt for defendants.\n\nBAKER, Judge.") + "We affirm.\n", "Rush M. Shortt",
         "defense_counsel"),
        # run-together initials in a counsel list, and "(argued)" after a name
        (HEAD.replace("BAKER, Judge.", "Susan K. Carr, Public Defender, M.E. Tull, Hector L. Flint, Deputy Public Defenders, "
                      "Indianapolis, for appellant.\n\nJoseph M. White, U.S. Atty., Terry Cush (argued), David P. Grise, Asst. "
                      "U.S. Attys., Louisville, Ky., for plaintiff-appellee.\n\nBAKER, Judge.") + "We affirm.\n", "M.E. Tull",
         "defense_counsel"),
        (HEAD.replace("BAKER, Judge.", "Susan K. Carr, Public Defender, Indianapolis, for appellant.\n\nJoseph M. White, U.S. "
                      "Atty., Terry Cush (argued), David P. Grise, Asst. U.S. Attys., Louisville, Ky., for plaintiff-appellee.\n\n"
                      "BAKER, Judge.") + "We affirm.\n", "Terry Cush", "prosecutor"),
        # California closes with the counsel block
        (HEAD + "We affirm.\n\n" + "The facts are these. " * 150 + "\n\nGerald J. Mill, under appointment by the Court of Appeal, "
         "for Defendant and Appellant.\n\nKamala D. Hart, Attorney General, Eric J. Kohn, Deputy Attorney General, for Plaintiff "
         "and Respondent.\n", "Eric J. Kohn", "prosecutor"),
    ],
)
def test_counsel_in_the_story_and_at_the_close(text: str, name: str, role: str) -> None:
    got = roles(extract(text))
    assert role in got.get(name, set()), got


def test_a_name_with_and_without_its_middle_initial_is_one_person() -> None:
    text = HEAD.replace("BAKER, Judge.", "Gerald E. Rutt, Public Defender, for appellant.\n\nBAKER, Judge.") + (
        "The remark was made by appellant's counsel, Gerald Rutt, and not by the judge. We affirm.\n")
    got = roles(extract(text))
    assert got["Gerald E. Rutt"] == {"defense_counsel"}
    assert "Gerald Rutt" not in got


@pytest.mark.parametrize(
    ("body", "form"),
    [
        ("Tried before the court on four informations, Price was found guilty of receiving stolen property. Reversed.\n", "bench"),
        ("After a court trial, Price was convicted of theft. Affirmed.\n", "bench"),
        ("The judge, sitting without a jury, convicted Price of theft. Affirmed.\n", "bench"),
        # the jury is evident even where a grand jury also appears
        ("A grand jury indicted Price. He was convicted of arson. The jury heard the expert, and a juror asked a question. "
         "Affirmed.\n", "jury"),
    ],
)
def test_form_of_the_trial(body: str, form: str) -> None:
    head = HEAD.split("Price was convicted")[0]
    assert forms(extract(head + body)) == [form]


@pytest.mark.parametrize(
    ("body", "sentence"),
    [
        # range talk after the pronounced term does not hide it
        ("Price was convicted of burglary. The trial court sentenced defendant to five years imprisonment, one year less "
         "than the maximum in the aggravated range. Affirmed.\n", ("term", 5)),
        # range talk alone is still no sentence
        ("Price was convicted of burglary, which carries a maximum of ten years. Affirmed.\n", None),
        # imposition deferred: the accused is on probation for the period
        ("Price was tried before a jury and was found guilty of burglary. Judge Hale deferred imposition of sentence for "
         "five years. Affirmed.\n", ("probation", 5)),
    ],
)
def test_sentence_pronounced(body: str, sentence: tuple[str, float] | None) -> None:
    head = HEAD.split("Price was convicted")[0]
    got = sentences(extract(head + body))
    assert got == ([sentence] if sentence else [])


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Price was arrested and charged with aiding and abetting prostitution and with false hotel registration. He was "
         "found guilty of these charges. We affirm.", ["aiding and abetting prostitution", "false hotel registration"]),
        ("Although he was found not guilty of assault, he was found guilty of a separate charge of battery and of violating "
         "an order of protection. We affirm.", ["battery", "violating an order of protection"]),
        ("He pleaded guilty to a reduced charge on one count of third degree sexual assault. We affirm.",
         ["third degree sexual assault"]),
        ("Price is appealing his conviction for assault with intent to kill (bill No. 375) and for wantonly pointing a deadly "
         "weapon (bill No. 377). We affirm.", ["assault with intent to kill", "wantonly pointing a deadly weapon"]),
    ],
)
def test_offenses_of_conviction_fifth_pass(body: str, expected: list[str]) -> None:
    head = HEAD.split("Price was convicted")[0]
    assert charges(extract(head + body)) == expected


@pytest.mark.parametrize(
    ("body", "code"),
    [
        ("Defendant contends that the prosecutor's closing argument unduly prejudiced him. We disagree and affirm.", "OM"),
        ("The appellant contends that reversible error was committed in allowing the State's Attorney to interrupt the "
         "cross-examination of the witness. We affirm.", "OM"),
        ("The court erred in permitting the county attorney to ask the defendant about other checks. Reversed.", "OM"),
        ("Defendant has not shown prejudice from the People's midtrial disclosure of impeachment material to which he was "
         "entitled under Brady v Maryland (373 U.S. 83 [1963]). We affirm.", "OM"),
    ],
)
def test_misconduct_claims_fifth_pass(body: str, code: str) -> None:
    head = HEAD.split("Price was convicted")[0]
    assert code in factor_codes(extract(head + "Price was convicted of robbery by a jury. " + body + "\n"))


def test_a_ruling_for_the_state_is_not_a_misconduct_claim() -> None:
    head = HEAD.split("Price was convicted")[0]
    body = "Price was convicted of robbery by a jury. The court allowed the State's motion to amend the information. We affirm.\n"
    assert "OM" not in factor_codes(extract(head + body))


@pytest.mark.parametrize(
    ("body", "code", "present"),
    [
        ("He argues that he did not have representation by competent and effective counsel. We affirm.", "ILD", True),
        ("He raises the incompetence of appellant's court-appointed attorney. We affirm.", "ILD", True),
        ("He claims that trial counsel failed to object to the sentence. We affirm.", "ILD", True),
        ("He claims the conviction was based upon perjured testimony. We affirm.", "PFA", True),
        # a hypothesis about perjury is not a claim that a witness lied
        ("The court treated the teletype as if it might evince perjured testimony. We affirm.", "PFA", False),
    ],
)
def test_counsel_and_perjury_claims(body: str, code: str, present: bool) -> None:
    head = HEAD.split("Price was convicted")[0]
    got = factor_codes(extract(head + "Price was convicted of robbery by a jury. " + body + "\n"))
    assert (code in got) is present


# A procedural history of the long habeas opinions: two trials, two state post-conviction rounds, federal review.
HABEAS_HISTORY = "140 F.3d 572\n\nJohn Doe HARMON, Petitioner-Appellant,\nv.\nRichard WELLS, Warden, Respondent-Appellee.\n\nNo. 97-1.\n\nUnited States Court of Appeals, Fourth Circuit.\n\nDecided April 1, 1998.\n\nBefore KING, LEWIS and MOORE, Circuit Judges.\n\nAffirmed by published opinion. Judge KING wrote the opinion, in which Judge LEWIS and Judge MOORE joined.\n\nOPINION\n\nKING, Circuit Judge:\n\nJohn Doe Harmon appeals the district court's denial of his petition for a writ of habeas corpus under 28 U.S.C. § 2254. We affirm.\n\nI.\n\nIn 1981, a jury in the Circuit Court for Frederick County convicted Harmon of two counts of felony murder and related offenses, and he was sentenced to death. The Court of Appeals of Maryland reversed the convictions and remanded for a new trial. Harmon v. State, 295 Md. 1, 453 A.2d 151 (1982). On retrial, a jury again convicted Harmon, and he was again sentenced to death. The Court of Appeals affirmed. Harmon v. State, 304 Md. 559, 500 A.2d 272 (1985), cert. denied, 478 U.S. 1023 (1986).\n\nHarmon then filed a petition for post-conviction relief in the Circuit Court. After a hearing, the post-conviction court vacated the death sentence but otherwise denied relief. The Court of Special Appeals denied Harmon's application for leave to appeal. The Supreme Court denied certiorari. Harmon v. Maryland, 499 U.S. 1 (1991).\n\nIn 1993, Harmon filed a second petition for post-conviction relief, which the Circuit Court denied. The Court of Special Appeals again denied leave to appeal.\n\nIn November 1994, Harmon filed this petition for a writ of habeas corpus in the United States District Court for the District of Maryland. The magistrate judge recommended that the petition be denied, and the district court adopted the recommendation and denied the petition. This appeal followed.\n\nII.\n\nHarmon first contends that his trial counsel was ineffective. We disagree.\n\nAFFIRMED.\n"


def test_a_long_procedural_history_keeps_each_round() -> None:
    got = proceedings(extract(HABEAS_HISTORY))
    assert sorted(got, key=str) == sorted([
        ("trial", "convicted"), ("retrial", "convicted"), ("direct_appeal", "reversed"), ("direct_appeal", "affirmed"),
        ("cert_petition", "denied"), ("pcr_application", "other"), ("writ_application", "denied"), ("cert_petition", "denied"),
        ("pcr_application", "denied"), ("writ_application", "denied"), ("federal_habeas", "denied"),
        ("federal_habeas", "affirmed"),
    ], key=str)


@pytest.mark.parametrize(
    ("body", "kind", "count"),
    [
        # the same ruling told twice is one proceeding
        ("His petition for post-conviction relief was denied. He argues the denial of post-conviction relief was error. "
         "We affirm.\n", ("pcr_application", "denied"), 1),
        ("His petition for post-conviction relief was denied. His second petition for post-conviction relief was denied "
         "as well. We affirm.\n", ("pcr_application", "denied"), 2),
        ("The Court of Special Appeals denied Price's application for leave to appeal. After the second petition, that "
         "court again denied leave to appeal. We affirm.\n", ("writ_application", "denied"), 2),
    ],
)
def test_repeated_rounds(body: str, kind: tuple[str, str], count: int) -> None:
    head = HEAD.split("Price was convicted")[0]
    got = proceedings(extract(head + "Price was convicted of robbery by a jury. " + body))
    assert got.count(kind) == count


def test_a_retrial_still_to_come_is_not_a_retrial() -> None:
    head = HEAD.split("Price was convicted")[0]
    body = ("Price was convicted of criminal trespass by a jury. Because the issue will arise again on retrial, we address "
            "it. " + "The instruction was wrong. " * 30 + "\n\nJudgment reversed and cause remanded for a new trial.\n")
    got = proceedings(extract(head + body))
    assert ("retrial", "convicted") not in got
    assert ("trial", "convicted") in got


# A serial post-conviction appeal: each ruling of the chain, with its appellate rounds.
PCRA_HISTORY = "[J-1-2020]\nIN THE SUPREME COURT OF PENNSYLVANIA\n\nCOMMONWEALTH OF PENNSYLVANIA, Appellee\n\nv.\n\nPAUL REDMOND, Appellant\n\nNo. 780 CAP\n\nAppeal from the Order of the Court of Common Pleas of Lackawanna County dated May 13, 2019, denying PCRA relief.\n\nOPINION\n\nJUSTICE SAYLES                                   DECIDED: October 21, 2020\n\nAppellant Paul Redmond appeals from the order of the post-conviction court denying his serial petition for relief under the Post Conviction Relief Act, 42 Pa.C.S. §§ 9541-9546. We affirm.\n\nIn 1983, Appellant was charged with three counts of murder in the deaths of Anna, Victor and James Lorne. He was tried three times. His first two convictions were overturned, and he was granted new trials. At the third trial, in 2002, a jury convicted him of three counts of first-degree murder, and he was sentenced to death. This Court affirmed the judgment of sentence. Commonwealth v. Redmond, 889 A.2d 501 (Pa. 2005), cert. denied, 549 U.S. 848 (2006).\n\nAppellant then filed a timely PCRA petition, which the PCRA court denied. This Court affirmed. Commonwealth v. Redmond, 30 A.3d 1111 (Pa. 2011).\n\nOn June 16, 2015, Appellant filed the instant petition, his second, asserting that the Commonwealth's hair examiner gave testimony that the FBI has since disavowed. The PCRA court dismissed the petition as untimely. On appeal, this Court reversed and remanded for a hearing. Commonwealth v. Redmond, 173 A.3d 617 (Pa. 2017). After an evidentiary hearing on August 16, 2018, the PCRA court denied relief on May 13, 2019. This appeal followed.\n\nAppellant argues that the hair comparison testimony was false and misleading, and that trial counsel was ineffective for failing to challenge it. We disagree.\n\nThe order of the PCRA court is affirmed.\n"


def test_a_post_conviction_chain_keeps_its_appeals() -> None:
    got = proceedings(extract(PCRA_HISTORY))
    for item in [("direct_appeal", "affirmed"), ("cert_petition", "denied"), ("pcr_application", "denied"),
                 ("pcr_application", "dismissed"), ("pcr_application", "reversed"), ("retrial", "convicted")]:
        assert item in got, got
    assert got.count(("pcr_application", "affirmed")) == 2  # the 2011 affirmance and this court's own
    assert got.count(("retrial", "convicted")) == 2  # "tried three times": trial, retrial, retrial
    assert charges(extract(PCRA_HISTORY)) == ["first-degree murder"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("After a jury convicted him of robbery and acquitted him of assault, he appealed. We affirm.", ["robbery"]),
        # a reference back to offenses named before is not an offense
        ("He was indicted for robbery and theft. After a jury convicted him of the two charges and acquitted him of "
         "nothing else, he appealed. We affirm.", []),
        ("Appellant was convicted by a jury of two charges aggravated sexual assault. We reverse.", ["aggravated sexual assault"]),
    ],
)
def test_convicted_him_of(body: str, expected: list[str]) -> None:
    head = HEAD.split("Price was convicted")[0]
    got = charges(extract(head + body))
    if expected:
        assert got[: len(expected)] == expected
    assert not any(c.startswith(("two", "the two")) for c in got), got


def test_several_victims_of_one_crime_share_the_surname() -> None:
    head = HEAD.split("Price was convicted")[0]
    case = extract(head + "Price was convicted of three counts of murder in the deaths of Anna, Victor and James Lorne. "
                          "We affirm.\n")
    victims = {p["name"]: p["src"][0]["quote"] for p in case["case"]["people"] if "victim" in p["roles"]}
    assert victims == {"Anna Lorne": "Anna", "Victor Lorne": "Victor", "James Lorne": "James Lorne"}


@pytest.mark.parametrize(
    ("body", "name", "victim"),
    [
        ("Ruth Day died as the result of a gunshot wound.", "Ruth Day", True),
        ("Calvin Newman's body was located in a muddy hole.", "Calvin Newman", True),
        ("Tom Hale was found dead in his car.", "Tom Hale", True),
        # a bare first name that matches someone's surname is not resolved to that person
        ("Gerald E. Ruth represented him. Ruth died as the result of a gunshot wound.", "Gerald E. Ruth", False),
    ],
)
def test_the_dead_are_victims(body: str, name: str, victim: bool) -> None:
    head = HEAD.split("Price was convicted")[0]
    got = roles(extract(head + "Price was convicted of murder by a jury. " + body + " We affirm.\n"))
    assert ("victim" in got.get(name, set())) is victim


@pytest.mark.parametrize(
    ("body", "date"),
    [
        ('The indictment charged that Price on October 23, 1952, "did unlawfully and corruptly offer" a bribe.', "1952-10-23"),
        ("The information charged that Price, on the 5th day of September, 1965, did unlawfully take a car.", "1965-09-05"),
        # a filing "on or about" a date is not the crime
        ("Thereafter, on or about April 28, 1998, Price returned to the state court and filed for post-conviction relief.", None),
    ],
)
def test_offense_date_in_charging_language(body: str, date: str | None) -> None:
    head = HEAD.split("Price was convicted")[0]
    case = extract(head + "Price was convicted of bribery by a jury. " + body + " We affirm.\n")["case"]
    got = {c.get("offense_date") for c in case.get("charges", [])} - {None}
    assert got == ({date} if date else set())


@pytest.mark.parametrize(
    "body",
    ["The defense recalled Judy Cole as a surrebuttal witness.", "The State called Dr. Judy Cole, who examined the child.",
     "The prosecution called Judy Cole to the stand."],
)
def test_a_called_witness(body: str) -> None:
    got = roles(extract(HEAD + body + " We affirm.\n"))
    assert "witness" in got.get("Judy Cole", set()), got


@pytest.mark.parametrize(
    ("body", "names"),
    [
        ("There was testimony by one Albert Fourn, a co-indictee who had pleaded guilty.", {"Albert Fourn"}),
        ("Dora Fay, also a co-indictee who pleaded guilty, testified for the State.", {"Dora Fay"}),
        ("The grand jurors charge and present that Charles Jonas, Owen T. Price, and James Barry, on or about the 11th day "
         "of February, 1971, did kill Frank Bell.", {"Charles Jonas", "James Barry"}),
        # a list without the accused is not his co-defendants
        ("Charles Jonas, Mark Hull, and James Barry were tried in another county.", set()),
    ],
)
def test_co_defendants_fifth_pass(body: str, names: set[str]) -> None:
    got = roles(extract(HEAD + body + " We affirm.\n"))
    assert {n for n, r in got.items() if "co_defendant" in r} == names


@pytest.mark.parametrize(
    ("body", "indicted"),
    [
        ('The indictment charged that Price on October 23, 1952, "did unlawfully offer" a bribe.', True),
        ("Count I of the indictment was captioned Leaving the Scene of an Accident.", True),
        # an indictment of someone else, or indictments in general, are not this case's
        ("An indictment is sufficient if it states the elements of the offense.", False),
    ],
)
def test_this_case_was_charged_by_indictment(body: str, indicted: bool) -> None:
    head = HEAD.split("Price was convicted")[0]
    got = proceedings(extract(head + "Price was convicted of bribery by a jury. " + body + " We affirm.\n"))
    assert (("indictment", None) in got) is indicted


@pytest.mark.parametrize(
    ("body", "arrested"),
    [
        ("The officer followed the car and told the occupants they were under arrest.", True),
        ("Price got out of his car and was told that he was under arrest for a traffic violation.", True),
        ("The clerk gave the description which led to defendant's identification and arrest.", True),
        # the law of arrest is not this arrest
        ("A warrantless arrest is legal if made on probable cause.", False),
    ],
)
def test_arrest_phrasings(body: str, arrested: bool) -> None:
    head = HEAD.split("Price was convicted")[0]
    got = proceedings(extract(head + "Price was convicted of robbery by a jury. " + body + " We affirm.\n"))
    assert (("arrest", None) in got) is arrested


PER_CURIAM_WITH_DISSENT = (
    "212 Pa. Super. 228 (1968)\n\nCommonwealth\n\nv.\n\nMorton, Appellant.\n\nSuperior Court of Pennsylvania.\n\n"
    "June 13, 1968.\n\nBefore WRIGHT, P.J., WATKINS and HOFFMAN, JJ.\n\nOPINION PER CURIAM, June 13, 1968:\n\n"
    "Judgments of sentence affirmed.\n\nDISSENTING OPINION BY HOFFMAN, J.:\n\nAppellant is appealing his conviction for "
    "assault with intent to kill (bill No. 375) and for wantonly pointing a deadly weapon (bill No. 377). He was tried "
    "by a jury. The crime is defined by the Act of June 24, 1939, P.L. 872. I would reverse the judgment of sentence.\n"
)


def test_a_dissent_tells_the_case_when_the_majority_only_disposes_of_it() -> None:
    case = extract(PER_CURIAM_WITH_DISSENT)["case"]
    assert [c["offense"] for c in case["charges"]] == ["assault with intent to kill", "wantonly pointing a deadly weapon"]
    got = [(p["kind"], p.get("outcome")) for p in case["proceedings"]]
    assert ("direct_appeal", "affirmed") in got  # the majority's decision, not the dissent's "I would reverse"
    assert ("direct_appeal", "reversed") not in got
    assert not any(c.get("offense_date") for c in case["charges"])  # the Act's date is not the crime's


def test_a_dissent_after_a_full_majority_stays_out() -> None:
    text = PER_CURIAM_WITH_DISSENT.replace("Judgments of sentence affirmed.", "The facts are these. " * 40 + "Judgments of sentence affirmed.")
    assert extract(text)["case"].get("charges", []) == []


def test_convicted_on_all_counts_takes_the_charged_list_with_statute_parentheticals() -> None:
    head = HEAD.split("Price was convicted")[0]
    body = ("Defendant was charged with forcible sexual penetration (Pen. Code, § 289, subd. (a)(1)(A); count 1), felony false "
            "imprisonment (§ 236; counts 2 & 6), and misdemeanor sexual battery (§ 243.4, subd. (e)(1); counts 8 & 9).2 On "
            "November 1, 2012, the jury convicted him on all counts. On appeal, he contends the evidence did not support his "
            "convictions on counts 2 and 6 for felony false imprisonment. We affirm.\n")
    assert sorted(charges(extract(head + body))) == ["felony false imprisonment", "forcible sexual penetration",
                                                     "misdemeanor sexual battery"]


def test_murder_in_the_first_degree_is_first_degree_murder() -> None:
    head = HEAD.split("Price was convicted")[0]
    body = ("Defendant was charged with Murder in the First Degree (felony murder). He was convicted as charged. "
            "The jury found him guilty of first degree murder. We affirm.\n")
    assert len(charges(extract(head + body))) == 1


@pytest.mark.parametrize(
    ("body", "verdict"),
    [
        # a plea before a jury that finds guilt on the court's instruction (Texas) is a plea
        ("After a jury was selected, Price pleaded guilty to all four counts. In accordance with the court's instructions, "
         "the jury found appellant guilty of the four charged offenses and assessed punishment at life. We affirm.",
         ("guilty", "plea")),
        # a lesser included offense named in an instruction claim is not a lesser verdict
        ("Based on this evidence, the jury convicted the defendant as charged of rape. He argues the court should have "
         "instructed the jury on rape of a child as a lesser included offense. We affirm.", ("guilty", "jury")),
        ("Price was charged with murder. The jury convicted him of the lesser included offense of manslaughter. We affirm.",
         ("guilty_lesser", "jury")),
    ],
)
def test_verdict_outcome_and_form_fifth_pass(body: str, verdict: tuple[str, str]) -> None:
    head = HEAD.split("Price was convicted")[0]
    case = extract(head + body + "\n")["case"]
    got = [(p["verdict"]["outcome"], p["verdict"].get("form")) for p in case["proceedings"] if p.get("verdict")]
    assert got == [verdict]


INDIANA_HEAD = (
    "ATTORNEY FOR APPELLANT                                   ATTORNEYS FOR APPELLEE\n"
    "Ann B. Lee                                               Curtis T. Hill, Jr.\n"
    "Indianapolis, Indiana                                    Attorney General of Indiana\n\n"
    "                                          IN THE\n"
    "    COURT OF APPEALS OF INDIANA\n\n"
    "Owen T. Price,                                           March 31, 2016\n"
    "Appellant-Defendant,                                     Court of Appeals Case No.\n"
    "                                                         49A02-1508-CR-1\n"
    "        v.                                               Appeal from the Marion Superior\n"
    "                                                         Court\n"
    "State of Indiana,                                        The Honorable Angela Dow\n"
    "Appellee-Plaintiff.                                      Davis, Judge\n"
    "                                                         Trial Court Cause No.\n"
    "                                                         49G16-1407-F6-1\n\n"
    "Brown, Judge.\n\n"
    "Price was convicted of theft by a jury. We affirm.\n"
)


def test_the_trial_judge_read_down_the_right_column() -> None:
    got = judges(extract(INDIANA_HEAD))
    assert "Angela Dow Davis" in got
    assert "Angela Dow" not in got


# An appeal after a retrial: the first conviction reversed by the higher court, the retrial's witnesses and claims.
RETRIAL_APPEAL = "364 S.E.2d 511 (1988)\n\nKeith Allen HARMON\nv.\nCOMMONWEALTH of Virginia.\n\nRecord No. 0427-86-1.\n\nCourt of Appeals of Virginia.\n\nJanuary 19, 1988.\n\nPresent: COLEMAN, BAKER and HODGES, JJ.\n\nCOLEMAN, Judge.\n\nKeith Allen Harmon was convicted in a jury trial of first degree murder and sentenced to life imprisonment. On appeal, he contends that the trial court erred in admitting expert testimony on bite mark identification. We affirm.\n\nHarmon was originally convicted of capital murder and sentenced to life imprisonment. The Supreme Court of Virginia reversed the capital murder conviction and remanded the case for a new trial on a charge of first degree murder. Harmon v. Commonwealth, 229 Va. 363, 330 S.E.2d 89 (1985). On remand, he was tried for first degree murder and again convicted.\n\nThe evidence showed that on September 14, 1982, an intruder entered the home of Jesse and Teresa Parr, killed Jesse Parr, and raped Teresa Parr. Teresa Parr described her attacker to the police. Donald L. Wade, a security guard, testified that he saw Harmon near the home that night. Dr. L. J. Lewin and Dr. A. W. Kagan, forensic odontologists, testified that the bite marks on the victim were made by Harmon's teeth.\n\nHarmon argues that the identification by Wade was unreliable and that bite mark evidence is not scientifically reliable. We disagree.\n\nAffirmed.\n"


def test_an_appeal_after_a_retrial() -> None:
    case = extract(RETRIAL_APPEAL)["case"]
    assert sorted((p["kind"], p.get("outcome")) for p in case["proceedings"]) == [
        ("direct_appeal", "affirmed"), ("direct_appeal", "reversed"), ("retrial", "convicted"), ("trial", "convicted")]
    assert [c["offense"] for c in case["charges"]] == ["first degree murder", "capital murder"]
    assert case["charges"][0]["offense_date"] == "1982-09-14"  # "an intruder entered the home": not a plea entered
    people = {p["name"]: set(p["roles"]) for p in case["people"]}
    assert {"L. J. Lewin", "A. W. Kagan", "Donald L. Wade"} <= {n for n, r in people.items() if "witness" in r}
    assert {f["code"] for f in case["factors"]} == {"MWID", "FMFE"}


@pytest.mark.parametrize(
    "body",
    ["The victims, Ann Lorne and Tom Hale, were shot in the parking lot.", "Price robbed Ann Lorne and Tom Hale at gunpoint."],
)
def test_two_victims_of_one_cue(body: str) -> None:
    got = roles(extract(HEAD + body + " We affirm.\n"))
    assert {"Ann Lorne", "Tom Hale"} <= {n for n, r in got.items() if "victim" in r}


@pytest.mark.parametrize(
    ("body", "name", "victim"),
    [
        ("Price called Ann Lorne on the morning of Ann Lorne's death.", "Ann Lorne", True),
        ("Ann Lorne's killer was never seen by the neighbours.", "Ann Lorne", True),
        ("Ann Lorne's death penalty statute was cited.", "Ann Lorne", False),
    ],
)
def test_possessive_victim_cues(body: str, name: str, victim: bool) -> None:
    got = roles(extract(HEAD + body + " We affirm.\n"))
    assert ("victim" in got.get(name, set())) is victim
