"""CLI commands: extract (documents -> draft case files with provenance)."""

from __future__ import annotations

import json
import sys
from enum import Enum
from pathlib import Path

import typer
import yaml


class OutputFormat(str, Enum):
    json = "json"
    yaml = "yaml"


def register(app: typer.Typer) -> None:
    """Add this module's commands to the main app."""

    @app.command("extract")
    def extract_cmd(
        paths: list[Path] = typer.Argument(..., help="Documents: .txt, .html, .pdf, .json or .jsonl (records with a 'text' field)."),
        fmt: OutputFormat = typer.Option(OutputFormat.json, "--format", "-f", help="Output format."),
        text: bool = typer.Option(False, "--text", help="Print the normalized text the offsets refer to, not the draft."),
        max_bytes: int = typer.Option(50_000_000, "--max-bytes", help="Refuse files larger than this many bytes."),
    ) -> None:
        """Extract a draft case file (with provenance) from each document.

        Prints one object per document: {"document", "case", "citations"}; JSON Lines when
        there are several, YAML documents separated by '---' with --format yaml. A file that
        cannot be read is reported on stderr (file and reason) and the others are still
        processed; the exit status is then 1.

        Example:
            dayincourt extract ../shared/data/seed_article_miller.txt --format yaml
            dayincourt extract opinion.pdf article.html --format json > drafts.jsonl
            dayincourt extract --text opinion.pdf
        """
        from ..extract import extract_document
        from ..ingest import IngestError, ingest_records

        failed = False
        first = True
        for path in paths:
            try:
                docs = list(ingest_records(path, max_bytes=max_bytes))
            except IngestError as exc:
                print(exc.line(), file=sys.stderr)
                failed = True
                continue
            for doc in docs:
                if text:
                    sys.stdout.write(doc.text)
                    sys.stdout.write("\n" if not doc.text.endswith("\n") else "")
                    continue
                try:
                    obj = extract_document(doc).to_dict()
                except Exception as exc:  # one bad document must not stop the others
                    print(f"{path}: extraction failed ({type(exc).__name__}: {exc})", file=sys.stderr)
                    failed = True
                    continue
                if fmt is OutputFormat.yaml:
                    if not first:
                        sys.stdout.write("---\n")
                    sys.stdout.write(yaml.safe_dump(obj, sort_keys=False, allow_unicode=True))
                else:
                    sys.stdout.write(json.dumps(obj, ensure_ascii=False) + "\n")
                first = False
        sys.stdout.flush()
        if failed:
            raise typer.Exit(1)
