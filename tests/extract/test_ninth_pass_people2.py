"""Ninth pass, people (second round): ways opinions name the trial's people while retelling the testimony.

Every text here is made up; names, courts and numbers are fictional. Each rule is written for a way courts word the
story of a trial (a role before the name, the accused's side calling a witness, a statement to the police, a witness
who identifies the accused), not for one opinion.
"""

from __future__ import annotations

import pytest

from .helpers import extract_text as extract
from .helpers import roles

HEAD = ("1 A.2d 2 (1980)\n\nSTATE of Arcadia, Appellee,\nv.\nJohn POWERS, Appellant.\n\nNo. 4601.\n\n"
        "Court of Appeals of Arcadia.\n\nROSS, Justice.\n\n")


def _read(body: str) -> dict[str, set[str]]:
    found = roles(extract(HEAD + body + "\n\nAffirmed.\n"))
    found.pop("John Powers", None)
    found.pop("Ross", None)
    return found


@pytest.mark.parametrize(
    ("body", "name", "role"),
    [
        # counsel named after the role, without an owner, and in the passive
        ("Powers was convicted of robbery. Trial counsel, Mark Hale, did not object.", "Mark Hale", "defense_counsel"),
        ("Powers was convicted of robbery. Defense counsel, Ms. Nora Vey, moved for a mistrial.", "Nora Vey", "defense_counsel"),
        ("Powers was convicted of robbery. Powers was represented at trial by Mark Hale.", "Mark Hale", "defense_counsel"),
        ("Powers was convicted of robbery. He was represented by appointed counsel, Mark Hale, at trial.", "Mark Hale", "defense_counsel"),
        # the prosecutor named after the role
        ("Powers was convicted of robbery. The prosecutor, Paula Kent, argued in closing that Powers lied.", "Paula Kent", "prosecutor"),
        ("Powers was convicted of robbery. The assistant district attorney, Paula Kent, asked the jury to convict.",
         "Paula Kent", "prosecutor"),
        # the victim described, then named
        ("Powers was convicted of murder. The victim, a 72-year-old widow named Ann Doe, lived alone.", "Ann Doe", "victim"),
        ("Powers was convicted of murder. The deceased, Ann Vey, was found in her kitchen.", "Ann Vey", "victim"),
        ("Powers was convicted of murder. The decedent, Ann Vey, was sixty.", "Ann Vey", "victim"),
        # the questioning named first
        ("Powers was convicted of robbery. On direct examination, Carl Dunn stated that he saw Powers.", "Carl Dunn", "witness"),
        ("Powers was convicted of robbery. During cross-examination, Officer Ivy Lorne admitted the lineup was not recorded.",
         "Ivy Lorne", "witness"),
        # a capitalized title before the witness's name
        ("Powers was convicted of robbery. The Trace Evidence Manager, Ray Poe, testified that the fibers matched.", "Ray Poe", "witness"),
        # the accused's side calls a witness
        ("Powers was convicted of robbery. When the State rested, appellant called Tom Lane for whom he had worked.",
         "Tom Lane", "witness"),
        ("Powers was convicted of robbery. The defense called Tom Lane, who said Powers was at home.", "Tom Lane", "witness"),
        # a statement to the police
        ("Powers was convicted of robbery. Tom Lane, a night watchman, reported to the police that he saw a man running.",
         "Tom Lane", "witness"),
        ("Powers was convicted of robbery. Tom Lane, a cab driver, told detectives that he saw Powers.", "Tom Lane", "witness"),
        # a titled surname two people share goes to the one the text prints with that title
        ("Powers was convicted of robbery. Officer Kelly Dane stopped the car. The lab analyst, Omar Dane, testified that "
         "the powder was cocaine. Officer Dane testified that Powers ran.", "Kelly Dane", "witness"),
        ("Powers fired at the Sergeant. Sergeant Voss fell. Sergeant Voss testified that he was hit.", "Voss", "police"),
        # a witness identifies the accused by name
        ("Powers was convicted of robbery. Carl Dunn identified Powers in court as the robber.", "Carl Dunn", "witness"),
        ("Powers was convicted of robbery. Carl Dunn also identified Powers at trial.", "Carl Dunn", "witness"),
    ],
)
def test_trial_people_read(body: str, name: str, role: str) -> None:
    assert role in _read(body).get(name, set())


@pytest.mark.parametrize(
    ("body", "name", "role"),
    [
        # a telephone call is no testimony
        ("Powers was convicted of robbery. Appellant called Tom Lane and asked him for a ride.", "Tom Lane", "witness"),
        # the accused telling the police is not a witness
        ("Powers was convicted of robbery. Powers told police that he was at home.", "John Powers", "witness"),
        # an accomplice's own account to the police, told without a description
        ("Powers was convicted of robbery. Sam Vail told police that he had called Powers that night.", "Sam Vail", "witness"),
        # officials listed after the prosecutor's title
        ("Powers was questioned at the jail by the deputy district attorney, Deputy Sheriff Rand, the chief of police and "
         "the sheriff.", "Rand", "prosecutor"),
        # an identification out of court, by someone the opinion never says testified
        ("Powers was convicted of robbery. After Carl Dunn identified Powers as the man with the gun, he was arrested.",
         "Carl Dunn", "witness"),
        # identifying someone other than the accused
        ("Powers was convicted of robbery. Carl Dunn identified Lane at trial as the driver.", "Carl Dunn", "witness"),
        # the accused questioned is no witness
        ("Powers was convicted of robbery. On cross-examination, Powers admitted that he was there.", "John Powers", "witness"),
        # a lawyer for someone else
        ("Powers was convicted of robbery. Lane was represented at trial by Mark Hale.", "Mark Hale", "defense_counsel"),
    ],
)
def test_not_trial_people(body: str, name: str, role: str) -> None:
    assert role not in _read(body).get(name, set())
