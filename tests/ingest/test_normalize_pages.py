"""Page numbers printed with a symbol font's minus sign are page debris (fourth extraction pass)."""

from dayincourt.ingest import ingest


def test_symbol_font_page_numbers_are_dropped() -> None:
    raw = "appeals from his conviction on charges of\n\f\n                 \uf02d2\uf02d\n\nimproperly discharging a firearm.\n"
    text = ingest(raw.encode(), name="p.txt").text
    assert "\uf02d" not in text and "2" not in text
    assert "charges of" in text and "improperly discharging" in text
