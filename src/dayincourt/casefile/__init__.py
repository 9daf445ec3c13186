"""The ``dayincourt.case/1`` case file: model, partial dates, load/dump and validation."""

from .dates import PartialDate
from .io import (
    CaseFileError,
    Problem,
    case_json_schema,
    case_to_dict,
    dump_case,
    dumps_case,
    is_extraction_output,
    load_case,
    load_cases,
    loads_case,
    parse_case,
)
from .model import (
    SCHEMA_ID,
    Case,
    Charge,
    Custody,
    Evidence,
    Factor,
    Person,
    Proceeding,
    Provenance,
    Recantation,
    Sentence,
    Source,
    Testimony,
    Verdict,
)

__all__ = [
    "SCHEMA_ID", "Case", "CaseFileError", "Charge", "Custody", "Evidence", "Factor", "PartialDate",
    "Person", "Problem", "Proceeding", "Provenance", "Recantation", "Sentence", "Source", "Testimony",
    "Verdict", "case_json_schema", "case_to_dict", "dump_case", "dumps_case", "load_case",
    "loads_case", "parse_case", "is_extraction_output", "load_cases",
]
