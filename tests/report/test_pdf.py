"""The PDF memo opens, has every section and the timeline (pypdf reads it back)."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from dayincourt.casefile import load_case
from dayincourt.report import render_report

from .conftest import AS_OF, GENERATED_AT, VERSION, example_cases, shared_path
from .report_helpers import busy_case, hand_screening

SECTIONS = ["Summary", "Timeline", "Chronology", "People and roles", "Charges",
            "Proceedings, verdicts and jury votes", "Testimony and recantations", "Evidence",
            "Screening as of 2026-11-28", "Contributing factors", "Similar exonerations",
            "Sources", "Source notes"]


def pdf_text(case) -> tuple[PdfReader, str]:
    data = render_report(case, AS_OF, "pdf", generated_at=GENERATED_AT, version=VERSION)
    assert data.startswith(b"%PDF-")
    reader = PdfReader(io.BytesIO(data))
    return reader, "\n".join(page.extract_text() for page in reader.pages)


def test_miller_pdf_has_the_sections_and_the_chart():
    reader, text = pdf_text(load_case(shared_path("spec", "examples", "miller.case.yaml")))
    flat = " ".join(text.split())
    missing = [s for s in SECTIONS if s not in flat]
    assert missing == []
    assert "Not legal advice" in flat
    assert "Page 1 of" in flat  # running footer
    # The SVG chart is drawn as text and shapes, not an image: its labels and axis are there.
    assert "as of 2026-11-28" in flat
    assert "Retrial: convicted (jury 10–2)" in flat
    assert len(reader.pages) >= 3


@pytest.mark.slow
@pytest.mark.parametrize("path", example_cases(), ids=lambda p: p.name)
def test_every_example_renders_as_pdf(path):
    if not path.exists():
        pytest.skip(f"example not found: {path}")
    case = load_case(path)
    _, text = pdf_text(case)
    assert case.id in text and "Screening as of" in text


@pytest.mark.slow
def test_a_200_event_case_prints():
    case = busy_case(200)
    data = render_report(case, AS_OF, "pdf", generated_at=GENERATED_AT,
                         screening=hand_screening(case, AS_OF))
    reader = PdfReader(io.BytesIO(data))
    text = " ".join(" ".join(page.extract_text() for page in reader.pages).split())
    assert "Timeline, part 1 of" in text and "Sources" in text
