"""Ninth pass, people: bench lists, captions and role phrasings found on the training and opened held-out sets.

Every text here is made up; names, courts and numbers are fictional. Each rule is written for a way courts print or
word things (a bench printed one judge per line, a panel line closing the opinion, "- vs -" between the parties, a
person the court calls by first name), not for one opinion.
"""

from __future__ import annotations

import pytest

from .helpers import judges, roles
from .helpers import extract_text as extract

HEAD = ("1 A.2d 2 (1990)\n\nSTATE of Arcadia, Appellee,\nv.\nJohn POWERS, Appellant.\n\nNo. 4601.\n\n"
        "Court of Appeals of Arcadia.\n\nROSS, Justice.\n\n")
FACTS = "Powers was convicted of robbery and sentenced to ten years. He appeals. We affirm.\n\n"


# --- judges ---------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # New York's Appellate Division: the bench one full name per line, the presiding justice first
        ("1 N.Y.S.3d 2\n\nSUPREME COURT OF THE STATE OF ARCADIA\nAppellate Division, Ninth Department\n\n"
         "ANNE B. HALE, J.P.\n\nCARL D. MARSH\n\nDORA E. GREEN\n\nEVAN F. WADE, JJ.\n\n2014-00001\n\n"
         "The People of the State of Arcadia, respondent,\n\nv\n\nJohn Powers, appellant.\n\n" + FACTS
         + "HALE, J.P., MARSH, GREEN and WADE, JJ., concur.\n",
         {"Anne B. Hale", "Carl D. Marsh", "Dora E. Green", "Evan F. Wade"}, {"Hale", "Marsh"}),
        # the panel line closing the opinion, with full names and a suffix
        (HEAD + FACTS + "AFFIRMED.\n\nANNE B. HALE, C.J., CARL D. MARSH, JR., DORA E. GREEN, and EVAN F. WADE, JJ.\n",
         {"Anne B. Hale", "Carl D. Marsh", "Dora E. Green", "Evan F. Wade"}, set()),
        # surnames only, at the end (Ohio)
        (HEAD + FACTS + "Judgment affirmed.\n\nHALE, P.J., MARSH and GREEN, JJ.\n", {"Hale", "Marsh", "Green"}, set()),
        # the author's line with a suffix: "ANNE HALE, Jr., Circuit Judge."
        (HEAD.replace("ROSS, Justice.", "Before DUNN, MARSH and GREEN, Circuit Judges.\n\nCARL DUNN, Jr., Circuit Judge.") + FACTS,
         {"Carl Dunn", "Marsh", "Green"}, {"Dunn"}),
        # a signature block in mixed case closing the opinion, above the panel note
        (HEAD + FACTS + "AFFIRMED.\n\n                    Anne Hale\n                    Chief Justice\n\n"
         "Panel consists of Chief Justice Hale and Justices Marsh and Green.\n", {"Anne Hale", "Marsh", "Green"}, {"Hale"}),
        # a Texas panel note wrapped onto a second line
        (HEAD + FACTS + "Judgment rendered and Opinion filed May 1, 2008.\n\nPanel consists of Justices Hale,\n"
         "Marsh, and Green.\n", {"Hale", "Marsh", "Green"}, set()),
    ],
)
def test_bench_lists(text: str, expected: set[str], absent: set[str]) -> None:
    got = judges(extract(text))
    assert expected <= got
    assert not absent & got


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # the trial judge in Florida's "Appeal from ...; Name, Judge." line
        ("1 So.3d 2 (2010)\n\nJohn POWERS, Appellant,\nv.\nSTATE of Arcadia, Appellee.\n\nNo. 2D09-1.\n\n"
         "District Court of Appeal of Arcadia, Second District.\n\nAppeal from the Circuit Court for Lake County; Anne B. Hale,\n"
         "Judge.\n\nMARSH, Judge.\n\n" + FACTS, {"Anne B. Hale"}, set()),
        # Maine names the county before the trial judge in its parenthesis
        (HEAD + "Powers appeals from a judgment of conviction for robbery entered in the Superior Court (Lake County, Hale, J.) "
         "following a jury trial. " + FACTS, {"Hale"}, set()),
        # a federal trial judge on the line under the district's name
        ("1 F.3d 2 (1999)\n\nUNITED STATES of America, Plaintiff-Appellee,\nv.\nJohn POWERS, Defendant-Appellant.\n\n"
         "No. 98-1.\n\nUnited States Court of Appeals, Twelfth Circuit.\n\nAppeal from the United States District Court "
         "for the Northern District of Arcadia\nAnne Hale, Senior District Judge, Presiding\n\nBefore: MARSH and GREEN, "
         "Circuit Judges.\n\n" + FACTS, {"Anne Hale"}, {"Arcadia Anne Hale"}),
        # California's acting presiding justice writing for the court
        ("1 Cal.Rptr. 2 (1960)\n\nTHE PEOPLE, Respondent,\nv.\nJOHN POWERS, Appellant.\n\nCrim. No. 1.\n\n"
         "Court of Appeals of Arcadia, Fourth District.\n\nMay 1, 1960.\n\nAnn Roe for Appellant.\n\n"
         "Carl Poe, Attorney General, for Respondent.\n\nHALE, Acting P. J.\n\n" + FACTS, {"Hale"}, set()),
    ],
)
def test_trial_and_author_judges(text: str, expected: set[str], absent: set[str]) -> None:
    got = judges(extract(text))
    assert expected <= got
    assert not absent & got


def test_a_panel_line_ends_where_it_closes_and_counsel_below_are_no_judges() -> None:
    text = ("UNPUBLISHED\n\nUNITED STATES COURT OF APPEALS\nFOR THE TWELFTH CIRCUIT\n\nNo. 04-1111\n\n"
            "UNITED STATES OF AMERICA,\n\n          Plaintiff - Appellee,\n\n     versus\n\nJOHN POWERS,\n\n"
            "          Defendant - Appellant.\n\nSubmitted: May 1, 2005      Decided: June 2, 2005\n\n"
            "Before HALE, MARSH, and GREEN, Circuit Judges.\n\nAffirmed by unpublished per curiam opinion.\n\n"
            "Carl Dunn, Eva Lane, DUNN & LANE LLP, Lakeview, Arcadia,\nfor Appellant. Ruth Doe, United States Attorney, Paul J.\n"
            "Moss, Assistant United States Attorney, Lakeview, Arcadia, for Appellee.\n\nPER CURIAM:\n\n"
            "John Powers was convicted of robbery and sentenced to ten years. We affirm.\n")
    got = judges(extract(text))
    assert {"Hale", "Marsh", "Green"} <= got
    assert not {"Eva Lane", "Carl Dunn", "Paul J. Moss"} & got


# --- captions -------------------------------------------------------------------------------------------------------

def test_a_caption_with_a_spaced_vs_and_a_citation_line_above_it() -> None:
    # Ohio: "[Cite as State v. Powers, 2011-Ohio-1.]" above a boxed caption whose parties stand around "- VS -"
    text = ("[Cite as State v. Powers, 2011-Ohio-1.]\n\n                 STATE OF ARCADIA, LAKE COUNTY\n\n"
            "                        IN THE COURT OF APPEALS\n\n"
            "STATE OF ARCADIA,                          )\n                                           )   CASE NO. 09 LK 1\n"
            "        PLAINTIFF-APPELLEE,                )\n                                           )\n"
            "        - VS -                             )         OPINION\n                                           )\n"
            "JOHN A. POWERS,                            )\n                                           )\n"
            "        DEFENDANT-APPELLANT.               )\n\n"
            "Hale, J.\n\n{1} Appellant John A. Powers appeals his conviction for robbery, for which he was sentenced to "
            "ten years in prison. He was indicted and tried by a jury. Officer Carl Marsh testified that he arrested "
            "Powers. We affirm.\n")
    got = roles(extract(text))
    assert "defendant" in got.get("John A. Powers", set())
    assert "police" in got.get("Carl Marsh", set())


# --- people called by first name --------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("facts", "name", "role"),
    [
        ("Powers was arrested for the murder of Lila Dunn (hereinafter Lila). Her mother, Rosa Dunn, called the police. "
         "Rosa testified that Lila was missing. ", "Rosa Dunn", "witness"),
        ("The murder of Lila Dunn was never solved. Lila was killed in her home. ", "Lila Dunn", "victim"),
    ],
)
def test_a_first_name_resolves_to_the_one_full_name_it_begins(facts: str, name: str, role: str) -> None:
    got = roles(extract(HEAD + facts + FACTS))
    assert role in got.get(name, set())


def test_a_caption_surname_resolves_past_a_sentence_word_before_it() -> None:
    # "Neither Powers nor ..." is no fuller name of the accused than "John Q. Powers"
    text = ("1 S.E.2d 2 (2004)\n\nPOWERS\n\nv.\n\nThe STATE.\n\nNo. A04A1.\n\nCourt of Appeals of Arcadia.\n\n"
            "June 2, 2004.\n\nHALE, Judge.\n\nJohn Q. Powers appeals his conviction for robbery and his sentence of ten "
            "years. Neither Powers nor his counsel objected at trial. We affirm.\n")
    got = roles(extract(text))
    assert "defendant" in got.get("John Q. Powers", set())


def test_a_relator_against_a_superintendent_is_the_accused() -> None:
    text = ("1 S.E.2d 2 (1980)\n\nSTATE ex rel. John POWERS\n\nv.\n\nCarl LANE, Supt., Arcadia State School For Boys.\n\n"
            "No. 1.\n\nSupreme Court of Appeals of Arcadia.\n\nMay 1, 1980.\n\nAnn Roe, Lakeview, for relator.\n\n"
            "Ruth Doe, Atty. Gen., for respondent.\n\nHALE, Justice:\n\nThis is an original habeas corpus proceeding. "
            "Powers was convicted of robbery and sentenced to the school. We grant the writ.\n")
    got = roles(extract(text))
    assert "defendant" in got.get("John Powers", set())
    assert "defense_counsel" in got.get("Ann Roe", set())
    assert "Carl Lane" not in got


def test_a_titled_word_is_a_surname_not_a_first_name() -> None:
    # "Officer Thomas" is not "Thomas Ward", a man the court names in full elsewhere
    text = HEAD + "Thomas Ward owned the store. Officer Thomas testified that he arrested Powers. " + FACTS
    got = roles(extract(text))
    assert "police" not in got.get("Thomas Ward", set())


# --- counsel --------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("counsel", "name", "role"),
    [
        # the last of a list joined by "and" is a lawyer, not the city closing the group
        ("Ann Roe, Carl Poe and Dora Lane for Appellant.\n\nRuth Doe, Attorney General, for Appellee.\n\n", "Dora Lane",
         "defense_counsel"),
        # a lawyer after the address ("City, ST") of the one before
        ("Ann Roe, Lakeview, AR, Carl Poe, Dover, AR, for Appellee.\n\nRuth Doe, Lakeview, AR, for Appellant.\n\n",
         "Carl Poe", "prosecutor"),
    ],
)
def test_counsel_lists(counsel: str, name: str, role: str) -> None:
    assert role in _counsel_roles(counsel).get(name, set())


@pytest.mark.parametrize(
    ("counsel", "not_named"),
    [
        ("Ann Roe, with whom Carl Poe and Dunn Lane & Moss were on brief, for Appellant.\n\n", "Dunn Lane"),
        ("Ann Roe, Research and Writing Specialist, Dover, for Appellant.\n\n", "Writing Specialist"),
        ("Ann Roe, ROE & POE, PC, Surfside Beach,\nAR, for Appellant.\n\n", "Surfside Beach"),
    ],
)
def test_counsel_lists_name_no_firm_title_or_city(counsel: str, not_named: str) -> None:
    assert not_named not in _counsel_roles(counsel)


def _counsel_roles(counsel: str) -> dict[str, set[str]]:
    text = ("1 A.2d 2 (1990)\n\nSTATE of Arcadia, Appellee,\nv.\nJohn POWERS, Appellant.\n\nNo. 4601.\n\n"
            "Court of Appeals of Arcadia.\n\nMay 1, 1990.\n\n" + counsel + "ROSS, Justice.\n\n" + FACTS)
    return roles(extract(text))


# --- victims, witnesses, police, co-defendants ------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("facts", "name", "role"),
    [
        ("L.M., the fourteen-year-old complainant, testified that Powers touched her. ", "L.M.", "victim"),
        ("Tina Vale, a bank teller and the robbery complainant, testified that Powers took the money. ", "Tina Vale", "victim"),
        ("Powers was arrested for the murder of six-year-old Lila Dunn. ", "Lila Dunn", "victim"),
        ("Powers was convicted in connection with the beating death of Dr. Omar Finch. ", "Omar Finch", "victim"),
        ("Powers contends that some of the testimony given by Rosa Dunn was hearsay. ", "Rosa Dunn", "witness"),
        ("Rosa Dunn, L.M.'s mother, testified that she called the police. ", "Rosa Dunn", "witness"),
        ("Rosa Dunn, age thirty, daughter of Ann Lane, testified that Powers hit her. ", "Rosa Dunn", "witness"),
        ("F.E. Lane, a deputy sheriff, testified that he arrested Powers. ", "F.E. Lane", "police"),
        ("F.E. Lane, a deputy sheriff, testified that he arrested Powers. ", "F.E. Lane", "witness"),
        ("The evidence came from Omar Finch, a former police officer. ", "Omar Finch", "police"),
        ("Powers was jointly charged with Ann Poe and one Carl Doe with robbery. ", "Ann Poe", "co_defendant"),
        ("Powers was jointly charged with Ann Poe and one Carl Doe with robbery. ", "Carl Doe", "co_defendant"),
        ("Ann Poe was called as a witness for the prosecution. ", "Ann Poe", "witness"),
    ],
)
def test_role_phrasings(facts: str, name: str, role: str) -> None:
    assert role in roles(extract(HEAD + facts + FACTS)).get(name, set())


@pytest.mark.parametrize(
    ("facts", "name", "role"),
    [
        # a relative of the victim is no victim
        ("Ann Roe, the victim's mother, testified that she called the police. ", "Ann Roe", "victim"),
        # the victim as the subject of the next clause names nobody by apposition
        ("According to Ann Roe, the father of the victim called her. ", "Ann Roe", "victim"),
        ("According to Ann Roe, the victim hit Powers first. ", "Ann Roe", "victim"),
    ],
)
def test_role_phrasings_negative(facts: str, name: str, role: str) -> None:
    assert role not in roles(extract(HEAD + facts + FACTS)).get(name, set())


# --- people the court names by one word -------------------------------------------------------------------------------

def test_a_person_the_text_only_ever_calls_by_one_name() -> None:
    facts = ("Powers shot at a car in which Mela and her cousin Tavi sat. Mela ran to the house and Tavi called the "
             "police. Mela testified that Powers fired twice. Tavi testified that she saw the gun. ")
    got = roles(extract(HEAD + facts + FACTS))
    assert "witness" in got.get("Mela", set())
    assert "witness" in got.get("Tavi", set())


@pytest.mark.parametrize(
    ("facts", "word"),
    [
        # a group's name takes an article
        ("Powers belonged to the Vipers. The Vipers sold drugs. Vipers testified that the Vipers had rules. ", "Vipers"),
        # a word that is also part of a fuller name, or a cited case's party
        ("Dana Kell saw the car. Kell testified that Dana Kell saw it. Kell was sure. ", "Kell"),
        ("See Arcadia v. Brisk, 1 A.2d 2 (1980). Brisk testified that Brisk was tired. Brisk left. ", "Brisk"),
    ],
)
def test_a_single_word_that_is_no_one_name_stays_out(facts: str, word: str) -> None:
    assert word not in roles(extract(HEAD + facts + FACTS))
