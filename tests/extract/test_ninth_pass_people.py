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
        # a Texas panel note wrapped onto a second line
        (HEAD + FACTS + "Judgment rendered and Opinion filed May 1, 2008.\n\nPanel consists of Justices Hale,\n"
         "Marsh, and Green.\n", {"Hale", "Marsh", "Green"}, set()),
    ],
)
def test_bench_lists(text: str, expected: set[str], absent: set[str]) -> None:
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


def test_a_titled_word_is_a_surname_not_a_first_name() -> None:
    # "Officer Thomas" is not "Thomas Ward", a man the court names in full elsewhere
    text = HEAD + "Thomas Ward owned the store. Officer Thomas testified that he arrested Powers. " + FACTS
    got = roles(extract(text))
    assert "police" not in got.get("Thomas Ward", set())
