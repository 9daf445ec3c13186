"""Ninth pass, second round on the document's segmentation (context.py, citations.py).

Every text here is made up; names, courts and numbers are fictional. Each rule is written for a way courts print or
word things (a caption set right under the court's name, "42 U.S.C. § 1983", a government suing a business, a cite
closing its sentence), not for one opinion.
"""

from __future__ import annotations

import pytest

from .helpers import context

FEDERAL_HEAD = ("In the\n\n     United States Court of Appeals\n                 For the Twelfth Circuit\n"
                "                     ____________________\nNo. 19-0417\nJOHN A. ROE,\n"
                "                                                 Plaintiff-Appellant,\n\n"
                "                                 v.\n\nCARL POE, et al.,\n"
                "                                              Defendants-Appellees.\n"
                "                     ____________________\n\nBefore HALE, MARSH, and GREEN, Circuit Judges.\n\n"
                "HALE, Circuit Judge.\n\n")


# --- the caption under the court's name ------------------------------------------------------------------------------

def test_a_caption_set_under_the_courts_name_is_no_government_party() -> None:
    # "United States Court of Appeals" over the plaintiff's name is the court, not the United States suing
    ctx = context(FEDERAL_HEAD + "Roe, a prisoner convicted of burglary and sentenced to ten years, sued the officers for "
                  "damages after a search of his cell. The district court granted summary judgment. We affirm.\n")
    assert [p.name for p in ctx.parties] == ["John A. Roe", "Carl Poe"]
    assert not any(p.government for p in ctx.parties)
    assert not ctx.criminal


def test_a_government_caption_under_the_courts_name_stays_a_prosecution() -> None:
    head = FEDERAL_HEAD.replace("JOHN A. ROE,", "UNITED STATES OF AMERICA,").replace("CARL POE, et al.,", "JOHN A. ROE,")
    head = head.replace("Plaintiff-Appellant", "Plaintiff-Appellee").replace("Defendants-Appellees", "Defendant-Appellant")
    ctx = context(head + "Roe was indicted for bank robbery, convicted by a jury and sentenced to ten years. We affirm.\n")
    assert ctx.parties[0].government and ctx.parties[0].name.lower().startswith("united states")
    assert ctx.defendant_party is not None and ctx.defendant_party.name == "John A. Roe"
    assert ctx.criminal


def test_a_label_set_apart_under_the_courts_name_keeps_the_names_above_it() -> None:
    text = ("                       UNITED STATES COURT OF APPEALS                  May 1, 2010\n"
            "                             FOR THE TWELFTH CIRCUIT                      Clerk of Court\n"
            " JUAN PEREZ ROE;\n MARIA ROE,\n\n        Petitioners,\n v.                    Nos. 09-0001 & 09-0002\n"
            " CARL POE, Attorney General,\n\n        Respondent.\n\n                  ORDER\n\n"
            "Before HALE, MARSH and GREEN, Circuit Judges.\n\nThe petition for review of the removal order is denied.\n")
    ctx = context(text)
    assert ctx.parties[0].name.startswith("Juan Perez Roe")
    assert not ctx.parties[0].government


# --- the criminal/civil decision -------------------------------------------------------------------------------------

CIVIL_HEAD = ("1 F.4th 2 (12th Cir. 2021)\n\nJohn ROE, Appellant,\nv.\nCarl POE, Warden, Appellee.\n\nNo. 20-0101.\n\n"
              "United States Court of Appeals, Twelfth Circuit.\n\nPER CURIAM.\n\n")


@pytest.mark.parametrize(
    ("body", "criminal"),
    [
        # "§ 1983" after a space: the sign is no word character, so the civil-rights suit must be read without one
        ("Roe, an inmate convicted of theft, appeals the dismissal of his 42 U.S.C. § 1983 action against the warden. "
         "He was sentenced to five years. We affirm.\n", False),
        ("Roe, an inmate convicted of theft, appeals the dismissal of his action under 42 U.S.C. §1983. We affirm.\n", False),
        # a prisoner's habeas petition against the warden stays a criminal case
        ("Roe, an inmate, appeals the denial of his petition for a writ of habeas corpus. He was convicted of theft and "
         "sentenced to five years. We affirm.\n", True),
    ],
)
def test_a_civil_rights_suit_cited_with_the_section_sign(body: str, criminal: bool) -> None:
    assert context(CIVIL_HEAD + body).criminal is criminal


@pytest.mark.parametrize(
    ("caption", "body", "criminal"),
    [
        # a State suing a business with no word of a prosecution: an antitrust or consumer suit
        ("STATE OF ARCADIA, Plaintiff,\nv.\nACME WIDGET CORPORATION, Defendant.",
         "The State alleges that the defendant fixed the prices of widgets. The defendant moves to dismiss the claim for "
         "relief. The motion is denied.\n", False),
        # a business prosecuted: indicted, convicted and sentenced to a fine
        ("UNITED STATES OF AMERICA, Appellee,\nv.\nACME WIDGET CORPORATION, Appellant.",
         "Acme was indicted for price fixing, convicted by a jury and sentenced to pay a fine. We affirm.\n", True),
        # a person with no cue word at all is still the accused of a State's case
        ("STATE OF ARCADIA, Appellee,\nv.\nJOHN POWERS, Appellant.",
         "The appellant was tried for larceny of a horse. The judgment is affirmed.\n", True),
    ],
)
def test_a_government_against_a_business(caption: str, body: str, criminal: bool) -> None:
    text = f"1 A.2d 2 (1990)\n\n{caption}\n\nNo. 4601.\n\nSupreme Court of Arcadia.\n\nROSS, Justice.\n\n{body}"
    assert context(text).criminal is criminal


# --- the masked span of a cited case ---------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("cite", "next_words"),
    [
        ("See State v. Powers, 612 Ar. 333, 30 A.3d 1111 (2011).", "the jury heard that the victim was shot"),
        ("See Powers, 585 Ar. 547, 889 A.2d 501.", "the jury heard that the victim was shot"),
    ],
)
def test_a_cited_case_is_masked_only_to_the_end_of_its_sentence(cite: str, next_words: str) -> None:
    text = ("1 A.2d 2 (2020)\n\nSTATE of Arcadia, Appellee,\nv.\nJohn POWERS, Appellant.\n\nSupreme Court of Arcadia.\n\n"
            f"ROSS, Justice.\n\nThis Court affirmed the denial of relief on the first petition. {cite} Notably, "
            f"{next_words} on the porch, and counsel did not challenge the testimony under Poe v. Doe, 293 F. 1013 "
            "(D.C. Cir. 1923), as the trial court found.\n")
    ctx = context(text)
    assert not ctx.is_masked(text.index(next_words))
    assert ctx.is_masked(text.index("Poe v. Doe"))


# --- where the header ends, and where a separate opinion starts ------------------------------------------------------

def test_a_letterspaced_opinion_heading_ends_the_header() -> None:
    text = ("Affirmed and Opinion filed May 1, 2008.\n\nIn The\n\nFifteenth Court of Appeals\n\n____________\n\n"
            "NO. 15-07-00123-CR\n\n____________\n\nJOHN POWERS, Appellant\n\nV.\n\nTHE STATE OF ARCADIA, Appellee\n\n"
            "On Appeal from the 999th District Court\n\nM E M O R A N D U M   O P I N I O N\n\n"
            "After a guilty plea, appellant was convicted of theft.\n\nThe judgment is affirmed.\n\n"
            "PER CURIAM\n\nPanel consists of Justices Hale, Marsh, and Green.\n")
    ctx = context(text)
    assert ctx.header_end <= text.index("After a guilty plea")


@pytest.mark.parametrize(
    ("line", "separate"),
    [
        ("MARSH, Justice (dissenting).", True),
        ("MARSH, Justice (concurring in part and dissenting in part).", True),
        ("MARSH, J. (dissenting).", True),
        # the majority's author is no separate opinion
        ("MARSH, Justice.", False),
    ],
)
def test_a_separate_vote_in_parentheses_after_the_title(line: str, separate: bool) -> None:
    text = ("1 P.3d 2 (2001)\n\nJohn POWERS, Appellant,\nv.\nSTATE of Arcadia, Appellee.\n\nNo. 4601.\n\n"
            "Supreme Court of Arcadia.\n\nROSS, Justice.\n\nPowers was convicted of theft. We affirm.\n\n"
            f"{line}\n\nI would reverse the conviction.\n")
    ctx = context(text)
    assert (ctx.separate_start == text.index(line)) is separate


@pytest.mark.parametrize(
    ("opening", "parties"),
    [
        # an opinion printed without a caption: its first case cite is no caption
        ("The indictment charged grand larceny.\n\nThe demurrers were properly overruled. Poe v. State, 12 Ark. App. 147, "
         "67 So. 770.\n\n", []),
        # an inline caption stays one
        ("A17A0594. POWERS v. THE STATE.\n\n", ["Powers", "The State"]),
    ],
)
def test_a_cited_case_in_the_opening_lines_is_no_caption(opening: str, parties: list[str]) -> None:
    text = opening + ("The appellant was convicted of theft and sentenced to five years. This procedure is appropriate in "
                      "criminal cases. The judgment is affirmed.\n")
    assert [p.name for p in context(text).parties] == parties


# --- quotations that are this case's own claims ----------------------------------------------------------------------

@pytest.mark.parametrize(
    ("lead", "readable"),
    [
        # the appellant's assignments of error quoted one per paragraph, the first with no closing mark
        ("Appellant appeals raising two assignments of error:\n\n{¶ 6} \"[1.] The trial court erred in failing to make "
         "the findings the statute requires before it imposed more than the shortest term on the appellant.\n\n{¶ 7} ", True),
        ("The appellant presents the following propositions of law:\n\n", True),
        # a statute quoted in the court's own account stays masked
        ("The statute on which the appellant relies provides, in part, as follows:\n\n", False),
    ],
)
def test_a_quoted_assignment_of_error_is_this_cases_claim(lead: str, readable: bool) -> None:
    quote = ("\"[2.] Trial counsel failed to raise the deficiency outlined in the first assignment of error at the "
             "sentencing hearing and was ineffective in this regard, so the appellant was denied a fair hearing.\"")
    text = ("1 N.E.3d 2 (2020)\n\nSTATE of Arcadia, Appellee,\nv.\nJohn POWERS, Appellant.\n\nCourt of Appeals of Arcadia.\n\n"
            f"ROSS, Judge.\n\n{lead}{quote}\n\nWe affirm.\n")
    ctx = context(text)
    assert ctx.is_masked(text.index("Trial counsel failed")) is not readable
