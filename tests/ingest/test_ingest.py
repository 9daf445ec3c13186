"""Ingest: formats, guards, normalization and the map back to original offsets."""

from __future__ import annotations

import json
import zlib
from io import BytesIO

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dayincourt.ingest import IngestError, ingest, ingest_records, normalize_text


def make_pdf(pages: list[list[str]]) -> bytes:
    """A minimal valid PDF: each page a list of text lines (Helvetica, top to bottom)."""
    objects: list[bytes] = []

    def add(body: bytes) -> int:
        objects.append(body)
        return len(objects)

    font = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    pages_id = len(objects) + 1 + 2 * len(pages)
    page_ids = []
    for lines in pages:
        ops = [b"BT /F1 11 Tf 72 760 Td 14 TL"]
        for line in lines:
            esc = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)").encode("latin-1")
            ops.append(b"(" + esc + b") Tj T*")
        ops.append(b"ET")
        stream = zlib.compress(b"\n".join(ops))
        content = add(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream")
        page_ids.append(add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 612 792] /Contents %d 0 R "
                            b"/Resources << /Font << /F1 %d 0 R >> >> >>" % (pages_id, content, font)))
    kids = b" ".join(b"%d 0 R" % i for i in page_ids)
    assert add(b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, len(page_ids))) == pages_id
    catalog = add(b"<< /Type /Catalog /Pages %d 0 R >>" % pages_id)
    out = BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % i + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for off in offsets:
        out.write(b"%010d 00000 n \n" % off)
    out.write(b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, catalog, xref))
    return out.getvalue()


def test_txt_whitespace_is_normalized_and_offsets_map_back(tmp_path):
    raw = "The  jury\treturned a\u00a010-2 verdict.\r\n\r\n\r\n\r\nAffirmed.\n"
    path = tmp_path / "a.txt"
    path.write_bytes(raw.encode())
    doc = ingest(path)
    assert doc.kind == "txt"
    assert doc.text == "The jury returned a 10-2 verdict.\n\nAffirmed."
    i = doc.text.index("10-2")
    o = doc.original_offset(i)
    assert doc.original[o : o + 4] == "10-2"
    s, e = doc.original_span(doc.text.index("Affirmed"), doc.text.index("Affirmed") + 8)
    assert doc.original[s:e] == "Affirmed"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("convic-\ntion was affirmed", "conviction was affirmed"),  # line-end hyphenation
        ("first page text\n12\nsecond page", "first page text\nsecond page"),  # page number line
        ("court.\n- 3 -\nNext", "court.\nNext"),
        ("*1017 G. Paul Marx, for Appellant.", "G. Paul Marx, for Appellant."),  # star pagination
        ("a \ufb01ne day", "a fine day"),  # ligature
        ("soft\u00adhyphen", "softhyphen"),
        ("x\u201fs", "x\u2019s"),
    ],
)
def test_normalization_table(raw, expected):
    assert normalize_text(raw).text == expected


def test_running_headers_removed_from_pdf_pages():
    pages = [[f"STATE v. DOE  Page {i}", f"Body line {i} of the opinion.", f"{i}"] for i in range(1, 5)]
    doc = ingest(make_pdf(pages), name="op.pdf")
    assert doc.kind == "pdf"
    assert "Body line 3 of the opinion." in doc.text
    assert "STATE v. DOE" not in doc.text
    assert doc.metadata["pages"] == 4


def test_pdf_page_limit():
    with pytest.raises(IngestError, match="more than the limit of 2"):
        ingest(make_pdf([["a"], ["b"], ["c"]]), name="big.pdf", max_pages=2)


def test_broken_pdf_is_an_error_for_that_file():
    with pytest.raises(IngestError, match="broken PDF"):
        ingest(b"%PDF-1.4\n1 0 obj garbage", name="bad.pdf")


def test_encrypted_pdf_is_refused_with_reason():
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    for page in PdfReader(BytesIO(make_pdf([["secret text"]]))).pages:
        writer.add_page(page)
    writer.encrypt(user_password="pw", owner_password="owner")
    buf = BytesIO()
    writer.write(buf)
    with pytest.raises(IngestError, match="encrypted"):
        ingest(buf.getvalue(), name="locked.pdf")


def test_size_limit(tmp_path):
    path = tmp_path / "big.txt"
    path.write_bytes(b"x" * 2000)
    with pytest.raises(IngestError, match="over the limit of 1,000 bytes") as err:
        ingest(path, max_bytes=1000)
    assert err.value.line().startswith(str(path))


def test_missing_file():
    with pytest.raises(IngestError, match="no such file"):
        ingest("/nonexistent/file.txt")


def test_html_main_text_via_trafilatura():
    html = b"""<!DOCTYPE html><html><head><title>Man freed</title></head><body>
    <nav><a href='/'>Home</a> | <a href='/sports'>Sports</a></nav>
    <article><h1>Man freed after witnesses recant</h1>
    <p>John Doe was convicted in 2001 of second-degree murder by a 10-2 jury verdict. He was sentenced to life.</p>
    <p>Both witnesses later recanted their testimony, according to his lawyer, who spoke on Monday.</p>
    <p>The district attorney said the office would review the case and had no further comment.</p></article>
    <footer>Copyright 2024 Example News. All rights reserved. Privacy policy.</footer></body></html>"""
    doc = ingest(html, name="story.html")
    assert doc.kind == "html"
    assert "10-2 jury verdict" in doc.text
    assert "Privacy policy" not in doc.text
    assert "Sports" not in doc.text


def test_jsonl_records_keep_metadata(tmp_path):
    path = tmp_path / "ops.jsonl"
    path.write_text(
        json.dumps({"id": 1, "court": "la", "text": "First  opinion."}) + "\n\n"
        + json.dumps({"id": 2, "text": "Second opinion."}) + "\n",
        encoding="utf-8",
    )
    docs = list(ingest_records(path))
    assert [d.text for d in docs] == ["First opinion.", "Second opinion."]
    assert docs[0].metadata["court"] == "la" and docs[1].metadata["record"] == 1
    with pytest.raises(IngestError, match="several JSON records"):
        ingest(path)


@pytest.mark.parametrize(
    ("payload", "reason"),
    [
        (b'{"title": "x"}', "field 'text' is missing"),
        (b'{"text": 1}\n', "field 'text' is missing or not a string"),
        (b'{"text": "a"}\n{oops\n', "line 2: not valid JSON"),
    ],
)
def test_bad_json_records(payload, reason):
    with pytest.raises(IngestError, match=reason):
        list(ingest_records(payload, name="r.jsonl"))


@pytest.mark.parametrize("payload", [b"", b"   \n\n ", b"Der Angeklagte wurde verurteilt."])
def test_empty_and_non_english_text_ingest(payload):
    doc = ingest(payload, name="x.txt")
    assert doc.text == payload.decode().strip()


def test_binary_is_refused():
    with pytest.raises(IngestError, match="binary"):
        ingest(b"\x00\x01\x02abc", name="blob.txt")


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab -\n\t\r*1.\u00adZ\ufb01\f")), max_size=200))
def test_offsets_are_monotonic_and_point_into_original(raw):
    norm = normalize_text(raw)
    assert len(norm.offsets) == len(norm.text)
    offs = list(norm.offsets)
    assert offs == sorted(offs)
    assert all(0 <= o < max(1, len(raw)) for o in offs)
    # unchanged letters map to the same letter
    for i, ch in enumerate(norm.text):
        if ch in "abZ1":
            assert raw[offs[i]] == ch


def test_sha256_is_the_file_digest_and_record_digest(tmp_path):
    import hashlib

    path = tmp_path / "a.txt"
    path.write_bytes(b"The jury  convicted him.\r\n")
    assert ingest(path).sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    (rec,) = ingest_records(b'{"text": "caf\\u00e9"}', name="r.jsonl")
    assert rec.sha256 == hashlib.sha256("caf\u00e9".encode()).hexdigest()
