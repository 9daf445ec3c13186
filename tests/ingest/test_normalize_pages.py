"""Page numbers printed with a symbol font's minus sign are page debris (fourth extraction pass)."""

from dayincourt.ingest import ingest


def test_symbol_font_page_numbers_are_dropped() -> None:
    raw = "appeals from his conviction on charges of\n\f\n                 \uf02d2\uf02d\n\nimproperly discharging a firearm.\n"
    text = ingest(raw.encode(), name="p.txt").text
    assert "\uf02d" not in text and "2" not in text
    assert "charges of" in text and "improperly discharging" in text


def _pleading(lines: list[str]) -> str:
    """Lines numbered 1-25 page after page, as pleading paper prints them."""
    return "\n".join(f"{i % 25 + 1:2d} {line}" for i, line in enumerate(lines)) + "\n"


def test_pleading_paper_line_numbers_are_dropped_and_offsets_kept() -> None:
    lines = ["IN THE COURT OF APPEALS OF THE STATE OF ARCADIA", "STATE OF ARCADIA,", "Plaintiff-Appellee,", "v.",
             "OWEN PRICE,", "Defendant-Appellant."] + [f"The jury heard witness {i} testify about the 2 counts." for i in range(40)]
    raw = _pleading(lines)
    doc = ingest(raw.encode(), name="p.txt")
    assert doc.text.startswith("IN THE COURT OF APPEALS")
    assert "\n 2 STATE" not in doc.text and "STATE OF ARCADIA,\nPlaintiff-Appellee" in doc.text
    at = doc.text.index("OWEN PRICE")
    assert raw[doc.offsets[at] : doc.offsets[at] + 10] == "OWEN PRICE"  # the map back to the file holds


def test_numbers_that_do_not_count_up_are_the_texts_own() -> None:
    raw = "".join(f"{n} counts of theft were charged in case {i}.\n" for i, n in enumerate([2, 7, 3, 9, 4, 12] * 6))
    assert ingest(raw.encode(), name="p.txt").text.startswith("2 counts of theft")


def test_unicode_hyphens_join_a_word_broken_at_a_line_end() -> None:
    from dayincourt.ingest.normalize import normalize_text

    raw = "convicted of un\u2010\nlawful use of a weapon"
    norm = normalize_text(raw)
    assert norm.text == "convicted of unlawful use of a weapon"
    assert raw[norm.offsets[norm.text.index("lawful")]] == "l"


def test_a_double_spaced_line_ending_in_a_middle_initial_is_rejoined() -> None:
    # double-spaced text: a blank line after every line; "Omar F." ends its line but not its sentence
    lines = ["These interviews were conducted by Captain Ann Hale, Assistant U.S. Attorneys Ruth V. Roe and Omar F.",
             "Poe, and Investigator Carl Dunn of the county sheriff's office, over several days in the month of May.",
             "The trial began on May 16, and the jury heard from each of the officers who conducted the interviews."] * 8
    from dayincourt.ingest import ingest

    doc = ingest("\n\n".join(lines).encode(), name="op.txt")
    assert "Omar F.\nPoe" in doc.text


def test_one_paragraph_to_a_line_is_not_double_spaced_text() -> None:
    # a blank line between paragraphs, each on one long line: a heading with no full stop ends its paragraph
    heading = "On Appeal from the 22nd Judicial District Court, Parish of Roe, No. 123456, Honorable Ann Poe, Judge Presiding"
    counsel = "Jane Doe, Louisiana Appellate Project, Baton Rouge, Louisiana, Counsel for Defendant/Appellant, John Roe"
    prose = ("The defendant was charged by bill of information with armed robbery and was found guilty as charged after a "
             "trial by jury; he was sentenced to fifty years at hard labor, and he now appeals.")
    raw = "\n\n".join(["STATE OF LOUISIANA", "VERSUS", "JOHN ROE", heading, counsel] + [prose] * 20)
    text = ingest(raw.encode(), name="op.txt").text
    assert heading + "\n\n" + counsel in text


def test_double_spaced_wrapped_text_is_still_rejoined() -> None:
    # the same words wrapped at 60 characters, a blank line after every line: a line broken mid-sentence continues
    import textwrap

    para = ("The defendant was charged by bill of information with armed robbery and was found guilty as charged after a "
            "trial by jury and he was sentenced to fifty years at hard labor and he now appeals")
    raw = "\n\n".join(textwrap.wrap(para, 60) * 10)
    text = ingest(raw.encode(), name="op.txt").text
    assert "after a\ntrial" in text or "after a trial" in text.replace("\n", " ")
    assert "\n\n" not in text.split("he now appeals")[0]
