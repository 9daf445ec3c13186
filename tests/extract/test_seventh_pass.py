"""Seventh pass: civil cases told apart from criminal ones, and names cleaned of what a caption leaves beside them.

Every text here is made up; names, courts and numbers are fictional. The civil-case rules were found by running the
extractor over the corpus opinions that have no criminal word at all (no gold needed: any criminal role or
proceeding there is wrong).
"""

from __future__ import annotations

import pytest

from dayincourt.extract._text import clean_name, is_person_name

from .helpers import charges, context, factor_codes, proceedings, roles, sentences
from .helpers import extract_text as extract

# a criminal appeal's header: the State against John Powers
HEAD = ("1 A.2d 2 (1980)\n\nSTATE of Arcadia, Appellee,\nv.\nJohn POWERS, Appellant.\n\nNo. 4601.\n\n"
        "Court of Appeals of Arcadia.\n\nROSS, Justice.\n\n")
CIVIL_BODY = ("OPINION\n\nROSS, Justice.\n\nThe family of a man who died in a fire sued for damages under the tort claims act. "
              "The trial court granted summary judgment, holding that the notice of claim was late. Appellants argue that "
              "the ante litem notice rule does not apply to a wrongful-death claim. We disagree.\n\nAFFIRMED.\n")


@pytest.mark.parametrize(
    ("head", "criminal"),
    [
        # a city sued in tort: the words of the dispute are civil and no criminal word appears
        ("CITY OF LAKEVIEW\nv.\nPOWERS.\n\nNo. 4601.\n\nCourt of Appeals of Arcadia.\n\n", False),
        # a business whose name starts like the government's is not the government
        ("Nora M. LANE, Appellant,\nv.\nUNITED STATES FIDELITY AND GUARANTY COMPANY, a corporation, Appellee.\n\n"
         "No. 80-1.\n\nUnited States Court of Appeals, Ninth Circuit.\n\n", False),
        # a civil court in the header
        ("Nora M. LANE et al., Appellants,\nv.\nCITY OF LAKEVIEW, Appellees.\n\nNo. 18243.\n\n"
         "Court of Civil Appeals of Arcadia.\n\n", False),
    ],
)
def test_a_civil_case_with_a_government_party_is_not_criminal(head: str, criminal: bool) -> None:
    text = "1 A.2d 2 (1980)\n\n" + head + CIVIL_BODY
    assert context(text).criminal is criminal
    got = extract(text)
    assert not any(r & {"defendant", "prosecutor", "defense_counsel"} for r in roles(got).values())
    assert got["case"].get("charges", []) == []


@pytest.mark.parametrize(
    "body",
    [
        # a criminal case keeps its accused even when the opinion is short and says "damages" twice
        "Powers was convicted of criminal damage to property and ordered to pay damages. We affirm.\n\nAFFIRMED.\n",
        # no criminal word at all: the government against a person stays a criminal caption
        "The only question is the admissibility of a lease. It was admissible.\n\nAFFIRMED.\n",
    ],
)
def test_a_state_against_a_person_stays_criminal(body: str) -> None:
    text = (HEAD + body)
    assert context(text).criminal
    assert "defendant" in roles(extract(text)).get("John Powers", set())


def test_a_claimant_in_the_court_of_claims_is_no_accused() -> None:
    text = ("SUPREME COURT OF ARCADIA\nAppellate Division\n\nBERT PAYNE, CLAIMANT-APPELLANT,\nV\nSTATE OF ARCADIA, "
            "DEFENDANT-RESPONDENT.\n\n(CLAIM NO. 115204.)\n\nAppeal from a judgment of the Court of Claims. It is hereby "
            "ORDERED that the judgment so appealed from is unanimously affirmed without costs. Claimant, an inmate at a "
            "correctional facility, commenced this action seeking damages for injuries he sustained when he slipped.\n")
    got = extract(text)
    assert not any("defendant" in r for r in roles(got).values())
    assert proceedings(got) == [("other", "affirmed")]  # the civil ruling only


def test_a_cited_cases_civil_rights_action_leaves_a_habeas_criminal() -> None:
    text = ("1 F.2d 2 (1980)\n\nTommy ROSS, Appellant,\nv.\nCarl WHITE, Warden, Appellee.\n\nNo. 80-1.\n\n"
            "United States Court of Appeals, Eighth Circuit.\n\nPER CURIAM.\n\nRoss was convicted of robbery and "
            "sentenced to ten years. He petitioned for a writ of habeas corpus. Our decision in Brown v. Vern, 593 F.2d "
            "321 (8th Cir.1979), upheld the dismissal of Brown's civil rights action. The petition was denied.\n\n"
            "AFFIRMED.\n")
    ctx = context(text)
    assert not ctx.civil_rights and ctx.criminal


def test_a_prisoners_civil_rights_suit_against_officials_is_not_criminal() -> None:
    text = ("1 F.2d 2 (1980)\n\nFloyd ROSS, Plaintiff-Appellant,\nv.\nJim GREER, Warden, and Mike LANE, Director, "
            "Defendants-Appellees.\n\nNo. 80-1.\n\nUnited States Court of Appeals, Seventh Circuit.\n\nPER CURIAM.\n\n"
            "Ross, a prisoner convicted of burglary, brought this civil rights action under 42 U.S.C. § 1983, claiming "
            "he was held past his release date. The district court dismissed the complaint.\n\nAFFIRMED.\n")
    ctx = context(text)
    assert ctx.civil_rights and not ctx.criminal


@pytest.mark.parametrize(
    ("raw", "name", "person"),
    [
        ("C.A.W", "C.A.W", True),  # initials without the last period keep their capitals
        ("Roe (Jane A.)", "Jane A. Roe", True),  # a table caption's surname, then the given names
        ("Guy Roe,[1]", "Guy Roe", True),  # a footnote mark after the caption name
        ("disqualified. Ames", "Ames", True),  # the end of the sentence before the name
        ("Guy Roe, Claimant-", "Guy Roe, Claimant", False),  # a civil claimant's label
        ("Presiding", "Presiding", False),
        ("others", "others", False),
        ("Guy Roe Deceased", "Guy Roe Deceased", False),
        ("Commercial Litigation Branch", "Commercial Litigation Branch", False),
    ],
)
def test_names_are_cleaned_of_caption_debris(raw: str, name: str, person: bool) -> None:
    assert clean_name(raw) == name
    assert is_person_name(clean_name(raw)) is person


def test_a_juror_who_testified_is_a_witness_by_name() -> None:
    text = (HEAD + "Powers was convicted of murder by a jury. At the hearing on "
            "the motion for new trial, Juror Kenneth Crane testified that he had read a newspaper during the trial.\n\n"
            "AFFIRMED.\n")
    assert "witness" in roles(extract(text)).get("Kenneth Crane", set())


def _offense_date(body: str) -> str | None:
    text = (HEAD + "Powers was convicted of robbery and sentenced to ten years. "
            + body + "\n\nAFFIRMED.\n")
    dates = [c["offense_date"] for c in extract(text)["case"].get("charges", []) if c.get("offense_date")]
    return dates[0] if dates else None


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a month and year with a comma between them
        ("The facts briefly stated indicate that Powers was involved in a head-on collision in August, 1971.", "1971-08"),
        # the lead-in to the facts dates the story even when the first sentence tells no crime
        ("The facts are: On October 3, 1984, Ann Roe and Powers ate dinner with the victim at her home.", "1984-10-03"),
        ("BACKGROUND\n\nOn March 2, 1990, Powers and Ann Roe drove to the store.", "1990-03-02"),
        # a scheme or a conspiracy over a period
        ("From October of 1991 until May of 1992, Powers and his colleagues ran a false insurance claim scheme.", "1991-10"),
        # the charging words date the act: "charged that X, on the 5th day of ..."
        ('Count I charged that Powers, on the 5th day of September, 1965, "while operating a motor vehicle" left the '
         "scene.", "1965-09-05"),
        # a deadline is not an event
        ("Powers promised to repay the money stolen in the robbery by July 31, 1983.", None),
        # probation revoked on a date: what followed the conviction
        ("His probation was revoked on August 5, 1991, after the robbery conviction.", None),
        # the day a child told someone is not the day of the crime
        ('The notice said: "On June 14, 1995, the child told her teacher that Powers had touched her."', None),
    ],
)
def test_offense_dates(body: str, expected: str | None) -> None:
    assert _offense_date(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the offense named in parentheses after the statute it violates
        ("Powers appeals from a conviction of violating section 12021 of the Penal Code (former felon's possession of "
         "concealable weapon) upon an information charging him with that offense.", ["former felon's possession of concealable weapon"]),
        ("Powers was convicted of violating 18 U.S.C. § 922(g) (felon in possession of a firearm).",
         ["felon in possession of a firearm"]),
        # a date between the plea and its object
        ("He pleaded guilty October 5, 1978, to a reduced charge on one count of third degree sexual assault, sec. "
         "940.225(3), Stats.", ["third degree sexual assault"]),
        # a counted parenthetical is still blanked
        ("Powers was convicted of robbery (two counts) and theft.", ["robbery", "theft"]),
        # a second "of" starts the next offense
        ("A jury convicted John Powers of making false statements to firearms dealers in connection with the purchase "
         "of firearms and of theft.", ["making false statements to firearms dealers in connection with the purchase of firearms",
                                       "theft"]),
    ],
)
def test_charges_named_beside_statutes_and_dates(body: str, expected: list[str]) -> None:
    text = (HEAD + body + "\n\nAFFIRMED.\n")
    assert charges(extract(text)) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a clause after a list of convictions that starts with "no" is not an offense
        ("Powers was convicted of robbery and theft, no other criminal statute requiring so severe a minimum sentence.",
         ["robbery", "theft"]),
        # an offense ends at a dash
        ("Powers was convicted of assault with a deadly weapon\u2014a knife he carried into her home.",
         ["assault with a deadly weapon"]),
        # "There <name> was convicted" after a cite tells the cited case
        ("Powers was convicted of robbery. He relies on Stroud v. United States, 251 U.S. 15 (1919). There Stroud was "
         "convicted by a jury of murder in the first degree.", ["robbery"]),
    ],
)
def test_charges_that_are_not_this_cases(body: str, expected: list[str]) -> None:
    text = (HEAD + body + "\n\nAFFIRMED.\n")
    assert charges(extract(text)) == expected


def test_the_majoritys_footnotes_are_read_after_a_dissent_that_numbers_its_own() -> None:
    text = ("1 A.2d 2 (1994)\n\nSTATE of Arcadia, Appellee,\nv.\nJohn POWERS, Appellant.\n\nNo. 4601.\n\n"
            "Court of Appeals of Arcadia.\n\nROSS, Justice.\n\nPowers was convicted of murder by a jury.[1] He argues that "
            "the jury was misled about self-defense. We disagree and affirm.\n\nJudgment affirmed.\n\n"
            "LANE, Justice, dissenting.\n\n" + "I would reverse because the charge on self-defense misled the jury. " * 5
            + "[1] See the record.[2]\n\nNOTES\n\n[1] The crimes were committed on August 6, 1993 and Powers was indicted "
            "on August 11, 1993.\n\n[1] The dissent's own note.\n\n[2] Another note of the dissent.\n")
    ctx = context(text)
    spans = ctx.note_spans
    assert len(spans) == 1 and ctx.text[spans[0][0] : spans[0][1]].startswith("[1] The crimes were committed")
    assert ("indictment", None) in proceedings(extract(text))


@pytest.mark.parametrize(
    ("caption", "body", "criminal"),
    [
        # two private parties: the court's own state name above the caption is not a government party
        ("STATE OF ARCADIA\nCOURT OF APPEALS\n\nJANE A. ROE,\n\nPlaintiff-Appellee,\n\nv\n\nJOHN B. ROE,\n\n"
         "Defendant-Appellant.\n\n",
         "The parties' divorce judgment divided the marital estate. The husband's conviction for assault was admitted at "
         "trial. He argues the conviction was irrelevant to alimony. We affirm.", False),
        # a tort claim against the United States as defendant
        ("Karen ROE, as administrator of the estate of Robert Roe, deceased, Plaintiff-Appellee,\nv.\nUNITED STATES of "
         "America, Defendant-Appellant.\n\n",
         "Robert Roe, an inmate arrested for a traffic offense, died in a jail cell. His estate sued for damages under the "
         "Federal Tort Claims Act, alleging negligence by the jailers. The district court awarded damages. We reverse.",
         False),
        # a prisoner's collateral attack styled as a civil suit stays criminal
        ("John Henry ROE, Plaintiff-Appellant,\nv.\nUNITED STATES of America, Defendant-Appellee.\n\n",
         "Roe seeks to appeal the denial of his Rule 60(b) motion, which the district court construed as a petition under "
         "28 U.S.C. § 2254. Roe was convicted of robbery. We deny a certificate of appealability and dismiss.", True),
        # the custodian appeals what the prisoner won
        ("Richard L. DUGAN, Secretary, Department of Corrections, Appellant,\nv.\nStanley Steven ROE, Appellee.\n\n",
         "Roe was sentenced to 30 months and later sentenced as a habitual offender. The department refused him credits "
         "because he is sentenced as a habitual offender. The court below held that Roe was eligible. We affirm.", True),
    ],
)
def test_who_the_parties_are_decides_civil_or_criminal(caption: str, body: str, criminal: bool) -> None:
    text = "1 A.2d 2 (1990)\n\n" + caption + "No. 90-1.\n\nROSS, Judge.\n\n" + body + "\n\nAFFIRMED.\n"
    assert context(text).criminal is criminal


def test_a_government_agency_is_no_prosecutor() -> None:
    text = ("1 A.2d 2 (1990)\n\nStanley ROE, Appellant,\nv.\nUNITED STATES POSTAL SERVICE, Agency.\n\nNo. 90-1.\n\n"
            "OPINION\n\nThe appellant was removed from his position after an indictment for theft of mail. The indictment "
            "was later dismissed. The agency's removal is reversed.\n")
    ctx = context(text)
    assert not any(p.government for p in ctx.parties)


def test_a_civil_appeal_keeps_its_own_ruling_as_other() -> None:
    text = ("1 F.2d 2 (1987)\n\nFloyd ROSS, Plaintiff-Appellant,\nv.\nJim GREER, Warden, and Mike LANE, Director, "
            "Defendants-Appellees.\n\nNo. 86-1.\n\nUnited States Court of Appeals, Seventh Circuit.\n\nPER CURIAM.\n\n"
            "Ross, a prisoner convicted of burglary, brought this civil rights action under 42 U.S.C. § 1983 for damages, "
            "claiming he was held past his release date. The district court granted summary judgment for the defendants."
            "\n\nAFFIRMED.\n")
    got = extract(text)
    # the court's own ruling, then the ruling it reviews (tenth pass: "The district court granted summary judgment")
    assert proceedings(got) == [("other", "affirmed"), ("other", "granted")]
    assert got["case"]["proceedings"][0]["src"][0]["method"] == "proceedings.civil_ruling"
    assert got["case"].get("charges", []) == []


@pytest.mark.parametrize(
    ("body", "name", "role"),
    [
        ("Witnesses testified that Powers shot a John Camp and then fled.", "John Camp", "victim"),
        ("Powers was convicted in connection with the sexual abuse of his daughter, J.M., age thirteen.", "J.M.", "victim"),
        ("Powers drove Kelly Nash to an inn, where he forced Kelly Nash into oral and vaginal intercourse.", "Kelly Nash",
         "victim"),
        # the party calls its witnesses; a plural title titles both surnames
        ("The State also recalled Detectives Keyes and Harlan. Keyes testified that nothing was recovered.", "Harlan",
         "witness"),
        ("On rebuttal the State proposed to introduce the statement by calling Officer Fraley.", "Fraley", "witness"),
        ("The case rests on the testimony of two witnesses, Michael Brandt, a companion of the deceased driver, and "
         "Trooper Ritter.", "Ritter", "witness"),
    ],
)
def test_victims_and_witnesses_told_in_passing(body: str, name: str, role: str) -> None:
    text = (HEAD + "Powers was convicted of murder by a jury. " + body
            + "\n\nAFFIRMED.\n")
    got = extract(text)
    assert role in roles(got).get(name, set())
    # each name quotes itself
    person = next(p for p in got["case"]["people"] if p["name"] == name)
    assert all(s["quote"] == name or name in s["quote"] for s in person["src"] if s["method"] == "people.witness")


def test_a_jury_recalling_is_no_witness_call() -> None:
    text = (HEAD + "Powers was convicted of murder by a jury. The clerk recalled "
            "Tom Smith and Ann Jones were seen at the store.\n\nAFFIRMED.\n")
    assert "witness" not in roles(extract(text)).get("Tom Smith", set())


@pytest.mark.parametrize(
    ("body", "name", "role"),
    [
        ("Powers timely appealed. His counsel, Mark Fine, of the Fine Law Firm, filed an Anders brief and moved to "
         "withdraw.", "Mark Fine", "defense_counsel"),
        ("The appeal is from the order of December 8, 1978 rendered by the Hon. John B. Danford, Circuit Court Judge, "
         "Lake County.", "John B. Danford", "judge"),
    ],
)
def test_counsel_and_judges_told_in_the_body(body: str, name: str, role: str) -> None:
    text = (HEAD + "Powers was convicted of murder by a jury. " + body
            + "\n\nAFFIRMED.\n")
    assert role in roles(extract(text)).get(name, set())


def test_the_office_holder_counsel_appear_for_is_the_states() -> None:
    text = ("1 F.3d 2 (2010)\n\nUNITED STATES of America, Appellee,\nv.\nJohn POWERS, Defendant-Appellant.\n\n"
            "Docket No. 09-5091-cr.\n\nUnited States Court of Appeals, Second Circuit.\n\nDecided: November 30, 2010.\n\n"
            "Matthew L. Shubert, Assistant United States Attorney (Jesse M. Furlan, Assistant United States Attorney, on "
            "the brief), for Preston Barr, United States Attorney, New York, NY, for Appellee.\n\nGerald B. Lefcort, New "
            "York, NY, for Defendant-Appellant.\n\nBefore: CABRANES, Circuit Judge.\n\nCABRANES, Circuit Judge:\n\nPowers "
            "was convicted of wire fraud. We affirm.\n\nAFFIRMED.\n")
    got = roles(extract(text))
    assert got.get("Preston Barr") == {"prosecutor"} and got.get("Gerald B. Lefcort") == {"defense_counsel"}


@pytest.mark.parametrize(
    "ending",
    [
        "Affirmed and remanded for resentencing.",
        "Remanded for elimination of the $500 additional fine; in all other respects affirmed.",
        "The conviction is affirmed, but the sentence is vacated.",
    ],
)
def test_a_mixed_disposition_is_other(ending: str) -> None:
    text = (HEAD + "Powers was convicted of robbery by a jury and appeals. The "
            "trial court erred in considering a pending charge at sentencing.\n\n" + ending + "\n")
    assert ("direct_appeal", "other") in proceedings(extract(text))


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the court's total gives way to the longest single term when the parts are told
        ("He was sentenced to additional terms of four and two years, to run consecutive to his sixty-year term, for a "
         "total of sixty-four years.", [("term", 60.0)]),
        ("The court sentenced Powers to 28 years in prison on counts 1 and 7 (16 years on count 1 and 12 years on count "
         "7, consecutive).", [("term", 16.0)]),
        # a pronounced term split into time served and time suspended keeps its length
        ("He was sentenced to five years, with four years suspended and one year to be served on house arrest.",
         [("term", 5.0)]),
        # two consecutive terms with no total stated still add up
        ("He was sentenced to a term of 92 months followed by a mandatory consecutive sentence of 60 months.",
         [("term", 152 / 12)]),
    ],
)
def test_sentence_totals_and_parts(body: str, expected: list[tuple[str, float]]) -> None:
    text = (HEAD + "Powers was convicted of robbery by a jury. " + body
            + "\n\nAFFIRMED.\n")
    got = sentences(extract(text))
    assert [(k, round(y, 4)) for k, y in got] == [(k, round(y, 4)) for k, y in expected]


@pytest.mark.parametrize(
    "claim",
    [
        "Powers moved to suppress, challenging the officers' warrantless entry into the boarding house.",
        "He argues that the troopers unlawfully entered his land.",
        "He says his statements were taken without Escobedo warnings.",
        "He complains of the prosecutor's improper cross-examination about a prior arrest.",
        "Did the failure of the prosecuting attorney to disclose contempt proceedings against the complainant constitute "
        "suppression of evidence?",
        "He claims his confessions were allegedly coerced by threats.",
    ],
)
def test_official_misconduct_claims(claim: str) -> None:
    text = (HEAD + "Powers was convicted of robbery by a jury. " + claim
            + " We find no error.\n\nAFFIRMED.\n")
    assert "OM" in factor_codes(extract(text))


def test_the_court_below_quoted_on_this_case_is_read() -> None:
    text = ("S15G1108. ROSS v. THE STATE.\n\nSupreme Court of Arcadia.\n\nBENSON, Justice.\n\nAppellant Pat Ross \u201cwas "
            "charged with murder, conspiracy to commit murder, and making false statements; her co-defendant, Walter Boone, "
            "was charged with murder and making false statements. A jury found appellant not guilty of murder but guilty "
            "of the remaining charges.\u201d Ross v. State, 331 Ga. App. 191 (770 SE2d 279) (2015). We granted "
            "certiorari.\n\nJudgment affirmed.\n")
    got = extract(text)
    assert "co_defendant" in roles(got).get("Walter Boone", set())
    assert all("Ross v" not in c for c in charges(got))


def test_another_case_quoted_stays_out() -> None:
    text = ("S15G1108. ROSS v. THE STATE.\n\nSupreme Court of Arcadia.\n\nBENSON, Justice.\n\nAppellant Pat Ross was "
            "convicted of theft. We have said that \u201ca defendant charged with murder, whose co-defendant, Walter Boone, "
            "was charged with the same crime, may be tried alone if the State so elects; the jury may then consider the "
            "charges.\u201d Dunn v. State, 300 Ga. 1 (2010). We affirm.\n\nJudgment affirmed.\n")
    assert "Walter Boone" not in roles(extract(text))


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("He was returned to the criminal court and he was sentenced to state prison.", [("term", None)]),
        ("His motion for a new trial was denied, and he was sentenced to the county jail for the time already served.",
         [("term", None)]),
        # a stated length still wins
        ("He was sentenced to prison for a term of 5 years.", [("term", 5.0)]),
    ],
)
def test_a_prison_term_of_unstated_length(body: str, expected: list[tuple[str, float | None]]) -> None:
    text = (HEAD + "Powers was convicted of robbery by a jury. " + body
            + "\n\nAFFIRMED.\n")
    assert sentences(extract(text)) == expected


@pytest.mark.parametrize(
    ("body", "form"),
    [
        ("Powers was convicted of wire fraud. He argues the evidence before the jury was insufficient.", "jury"),
        ("Powers was convicted of wire fraud. He argues the evidence was insufficient.", None),
    ],
)
def test_one_mention_of_this_trials_jury_gives_the_form(body: str, form: str | None) -> None:
    text = (HEAD + body + "\n\nAFFIRMED.\n")
    got = extract(text)
    assert [p["verdict"].get("form") for p in got["case"]["proceedings"] if p.get("verdict")] == [form]


@pytest.mark.parametrize(
    ("head", "accused"),
    [
        # the role below in parentheses after the label
        ("1 N.E.2d 2 (1989)\n\nEladio MARTIN CHAVEZ, Appellant (Defendant below),\n\nv.\n\nSTATE of Indiana, Appellee "
         "(Plaintiff below).\n\nNo. 1085S426.\n\nSupreme Court of Indiana.\n\n", "Eladio Martin Chavez"),
        # Florida's slip-opinion notice printed beside the caption
        ("IN THE DISTRICT COURT OF APPEAL OF THE STATE OF FLORIDA\n                              FIFTH DISTRICT\n\n"
         "                                 NOT FINAL UNTIL TIME EXPIRES TO\n                                 FILE MOTION FOR "
         "REHEARING AND\n                                 DISPOSITION THEREOF IF FILED\nJEFFERY J. McDANIEL,\n\n"
         "              Petitioner,\n\nv.                                                     Case No. 5D17-1380\n\n"
         "STATE OF FLORIDA,\n\n           Respondent.\n________________________________/\n\nOpinion filed June 9, 2017\n\n",
         "Jeffery J. McDaniel"),
        # a service member's rank and branch around the name
        ("UNITED STATES AIR FORCE COURT OF CRIMINAL APPEALS\n\n                UNITED STATES\n\n                      v.\n\n"
         "             Airman First Class ALEXANDER M. KIRKLAND\n                   United States Air Force\n\n"
         "                      ACM S32295\n\n", "Alexander M. Kirkland"),
    ],
)
def test_caption_families(head: str, accused: str) -> None:
    text = head + "OPINION\n\nThe accused was convicted of theft and appeals. We affirm.\n\nAFFIRMED.\n"
    party = context(text).defendant_party
    assert party is not None and party.name == accused


def test_an_ohio_caption_boxed_with_colons() -> None:
    text = ("[Cite as State v. Mitchum, 2012-Ohio-3722.]\n\n                IN THE COURT OF APPEALS OF OHIO\n\n"
            "STATE OF OHIO                                      :\n                                                   :"
            "     Appellate Case No. 24797\n        Plaintiff-Appellee                         :\n"
            "v.                                                 :\n                                                   :\n"
            "LAURA MITCHUM                                      :     (Criminal Appeal from\n        Defendant-Appellant"
            "                        :\n                                                   :\n"
            "                                                ...........\n\n                          OPINION\n\nThe accused was convicted of theft and "
            "appeals. We affirm.\n\nAFFIRMED.\n")
    party = context(text).defendant_party
    assert party is not None and party.name == "Laura Mitchum"


@pytest.mark.parametrize(
    ("head", "accused"),
    [
        ("64 Cal. 2d 412 (1966)\n\nIn re BILLY GENE SANDERS on Habeas Corpus.\n\nCrim. No. 8199.\n\nSupreme Court of "
         "California.\n\n", "Billy Gene Sanders"),
        ("823 S.W.2d 791 (1992)\n\nEx parte P.D.H.\n\nNo. B14-91-00134-CR.\n\nCourt of Appeals of Texas.\n\n", "P.D.H"),
    ],
)
def test_a_caption_naming_one_person(head: str, accused: str) -> None:
    text = head + ("Billy Gene Sanders, in pro. per., and William H. Abbot, under appointment by the Supreme Court, for "
                   "Petitioner.\n\nMOSK, J.\n\nPetitioner was convicted of robbery and sentenced to prison. He seeks habeas "
                   "corpus. The writ is denied.\n")
    ctx = context(text)
    assert ctx.criminal and ctx.defendant_party is not None and ctx.defendant_party.name == accused
    got = roles(extract(text))
    assert got.get("William H. Abbot") == {"defense_counsel"}
    assert "defense_counsel" not in got.get("Billy Gene Sanders", set())  # appearing in pro. per. is no counsel


def test_a_permit_application_is_no_person() -> None:
    text = ("1 A.2d 2 (1990)\n\nIn re Application for Pistol Permit\n\nSuperior Court.\n\nOPINION\n\nThe applicant was "
            "arrested once. The permit was denied.\n")
    assert context(text).defendant_party is None


def test_a_panel_with_a_judges_initials_and_a_citation_run_in() -> None:
    text = ("45 Mich. App. 230 (1973)\n\nPEOPLE\n\nv.\n\nDORSEY.\n\nDocket No. 13528.\n\nMichigan Court of Appeals.\n\n"
            "Before: QUINLAN, P.J., and R.B. BURNS and C.J. BYRNE,[*] JJ.\n\nLeave to appeal denied, 389 Mich. 793.\n\n"
            "QUINLAN, P.J.\n\nDefendant's non-jury trial resulted in his conviction of extortion. The testimony of "
            "Airman Hale was excluded.\n\nAffirmed.\n")
    got = roles(extract(text))
    assert {n for n, r in got.items() if "judge" in r} == {"Quinlan", "R.B. Burns", "C.J. Byrne"}
    assert "Airman Hale" not in got


@pytest.mark.parametrize(
    ("body", "dismissed"),
    [
        ("The first indictment was dismissed at the special counsel's request, and a second indictment followed. Powers "
         "was convicted of bribery.", True),
        ("The trial court dismissed the information before trial; the State appealed.", True),
        # counts a plea bargain dropped are not recorded
        ("Powers pleaded guilty to theft, and the remaining charges were dismissed under the plea agreement.", False),
        ("Powers was convicted of theft. His appeal was dismissed as untimely.", False),
    ],
)
def test_a_dismissal_of_the_charges(body: str, dismissed: bool) -> None:
    got = proceedings(extract(HEAD + body + "\n\nAFFIRMED.\n"))
    assert (("dismissal", None) in got) is dismissed


def test_a_boxed_captions_government_found_by_its_label_is_no_private_plaintiff() -> None:
    from dataclasses import replace

    from dayincourt.extract.context import Party, _civil_by_parties

    ctx = context(HEAD + "Powers was convicted of robbery by a jury and sentenced to ten years.\n\nAFFIRMED.\n")
    # the box kept the label but lost the government's name ("Colorado Court of Appeals No. 1 ... Plaintiff-Appellee")
    lost = Party("Court of Appeals No. 14CA1, Plaintiff-Appellee", "Court of Appeals No. 14CA1", (), ("plaintiff", "appellee"),
                 False, 0, 10)
    accused = Party("Marcus Roe, Defendant-Appellant", "Marcus Roe", (), ("defendant", "appellant", "_defendant"), False, 20, 40)
    ctx = replace(ctx, parties=(lost, accused))
    body = ctx.text[ctx.header_end : ctx.body_end]
    assert _civil_by_parties(ctx, 3, 0, body, gov_found=True) is False
    assert _civil_by_parties(ctx, 3, 0, body, gov_found=False) is True  # what the label alone would say


def test_citations_do_not_depend_on_the_hash_seed() -> None:
    # eyecite takes "65 T.C. at 90" for a full citation under some hash seeds only; the draft must not change with them
    import os
    import subprocess
    import sys

    code = ("from dayincourt.extract.citations import case_citations\n"
            "t = ('The taxpayer relies on Roe v. Commissioner, 65 T.C. 87 (1975), aff\\'d, 540 F.2d 821 (5th Cir. 1976). '\n"
            "     'As we said there, the rule is plain. Roe v. Commissioner, 65 T.C. at 90.')\n"
            "print([c.cite for c in case_citations(t)])\n")
    seen = {
        subprocess.run([sys.executable, "-c", code], env={**os.environ, "PYTHONHASHSEED": str(seed)}, capture_output=True,
                       text=True, check=True).stdout.strip()
        for seed in range(1, 5)
    }
    assert seen == {"['65 T.C. 87', '540 F.2d 821']"}
