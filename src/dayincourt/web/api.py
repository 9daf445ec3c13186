"""JSON API under /api/v1 (OpenAPI at /api/v1/openapi.json).

Success bodies carry ``"ok": true``; errors use the one shape of ``app.error_body``.
Scripts authenticate with ``Authorization: Bearer <token>`` (``dayincourt user token``);
the pages' own htmx calls use the session cookie and send the CSRF token in a header.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Body, Depends, Query, Request, UploadFile
from fastapi.responses import JSONResponse, Response
from starlette.concurrency import run_in_threadpool

from ..casefile import case_to_dict, dumps_case, parse_case
from ..extract import extract_document
from ..ingest import IngestError, ingest
from . import review
from .accounts import User
from .caseindex import ListFilters
from .security import check_csrf, current_user
from .workbench import Workbench

router = APIRouter(prefix="/api/v1", tags=["api"], dependencies=[Depends(check_csrf)])

CurrentUser = Annotated[User, Depends(current_user)]
AsOf = Annotated[dt.date | None, Query(description="screening date (YYYY-MM-DD); today when absent")]
CaseBody = Annotated[dict[str, Any], Body(description="a dayincourt.case/1 object")]
REPORT_TYPES = {"html": "text/html; charset=utf-8", "pdf": "application/pdf",
                "md": "text/markdown; charset=utf-8"}


def _wb(request: Request) -> Workbench:
    return request.app.state.workbench


def _as_of(request: Request, as_of: dt.date | None) -> dt.date:
    return as_of or _wb(request).today()


async def read_upload(request: Request, file: UploadFile) -> bytes:
    """The upload's bytes, refusing more than the app's limit."""
    limit: int = request.app.state.max_upload_bytes
    data = await file.read(limit + 1)
    if len(data) > limit:
        raise review.UploadTooLarge(f"{file.filename}: larger than the limit of {limit} bytes")
    if not data:
        raise review.UploadRejected(f"{file.filename}: the file is empty")
    return data


@router.get("/me", summary="The signed-in user")
def me(user: CurrentUser) -> dict[str, Any]:
    return {"ok": True, "user": {"username": user.username, "role": user.role,
                                 "teams": list(user.team_names)}}


@router.get("/cases", summary="List and search cases with facets")
def list_cases(request: Request, user: CurrentUser,
               q: Annotated[str | None, Query(max_length=200)] = None,
               jurisdiction: Annotated[str | None, Query(max_length=16)] = None,
               non_unanimous: bool | None = None,
               remedy: Annotated[str | None, Query(max_length=80)] = None,
               factor: Annotated[str | None, Query(max_length=8)] = None,
               custody: Annotated[str | None, Query(max_length=16)] = None,
               limit: Annotated[int, Query(ge=1, le=200)] = 50,
               offset: Annotated[int, Query(ge=0, le=1_000_000)] = 0) -> dict[str, Any]:
    filters = ListFilters(jurisdiction=jurisdiction, non_unanimous=non_unanimous, remedy=remedy,
                          factor=factor, custody=custody)
    rows, total, facets = _wb(request).list_cases(user, q=q, filters=filters, limit=limit,
                                                  offset=offset)
    return {"ok": True, "total": total, "limit": limit, "offset": offset,
            "items": [r.to_dict() for r in rows],
            "facets": {"jurisdiction": facets.jurisdiction, "non_unanimous": facets.non_unanimous,
                       "custody": facets.custody, "factors": facets.factors,
                       "eligible": facets.eligible}}


@router.post("/cases", status_code=201, summary="Create a case from a dayincourt.case/1 object")
def create_case(request: Request, user: CurrentUser, body: CaseBody,
                team: Annotated[str | None, Query(max_length=80)] = None) -> JSONResponse:
    case = parse_case(body, "request body")
    _wb(request).create_case(user, case, team)
    return JSONResponse({"ok": True, "case": case_to_dict(case)}, status_code=201)


@router.get("/cases/{case_id}", summary="One case")
def get_case(request: Request, user: CurrentUser, case_id: str) -> dict[str, Any]:
    view = _wb(request).view_case(user, case_id)
    return {"ok": True, "case": case_to_dict(view.case), "team": view.team,
            "documents": [d.summary() for d in view.documents]}


@router.put("/cases/{case_id}", summary="Replace a case (audited)")
def put_case(request: Request, user: CurrentUser, case_id: str, body: CaseBody) -> dict[str, Any]:
    case = parse_case(body, "request body")
    if case.id != case_id:
        raise review.ReviewError([f"request body: id {case.id!r} differs from the URL's {case_id!r}"])
    _wb(request).save_case(user, case)
    return {"ok": True, "case": case_to_dict(case)}


@router.delete("/cases/{case_id}", summary="Delete a case (hidden; its history is kept)")
def delete_case(request: Request, user: CurrentUser, case_id: str) -> dict[str, Any]:
    _wb(request).delete_case(user, case_id)
    return {"ok": True, "deleted": case_id}


@router.get("/cases/{case_id}/export", summary="Export a case file (YAML or JSON)")
def export_case(request: Request, user: CurrentUser, case_id: str,
                format: Literal["yaml", "json"] = "yaml") -> Response:
    case = _wb(request).get_case(user, case_id)
    media = "application/json" if format == "json" else "application/yaml"
    return Response(dumps_case(case, format), media_type=media, headers={
        "Content-Disposition": f'attachment; filename="{case.id}.case.{format}"'})


@router.get("/cases/{case_id}/history", summary="The audit history of a case")
def history(request: Request, user: CurrentUser, case_id: str) -> dict[str, Any]:
    events = _wb(request).history(user, case_id)
    return {"ok": True, "events": [event_dict(e) for e in events]}


def event_dict(event: Any) -> dict[str, Any]:
    """An audit event as JSON (the store's event type, whatever fields it has)."""
    if hasattr(event, "to_dict"):
        return event.to_dict()
    if hasattr(event, "model_dump"):
        return event.model_dump(mode="json")
    return {k: (v.isoformat() if isinstance(v, dt.date | dt.datetime) else v)
            for k, v in asdict(event).items()}


@router.get("/cases/{case_id}/screen", summary="Screen a case for remedies as of a date")
def screen_case(request: Request, user: CurrentUser, case_id: str,
                as_of: AsOf = None) -> dict[str, Any]:
    result = _wb(request).screen(user, case_id, _as_of(request, as_of))
    return {"ok": True, **result.to_dict()}


@router.get("/cases/{case_id}/report", summary="The review memo (HTML, PDF or Markdown)")
def report(request: Request, user: CurrentUser, case_id: str,
           format: Literal["html", "pdf", "md"] = "html", as_of: AsOf = None) -> Response:
    data = _wb(request).report(user, case_id, _as_of(request, as_of), format)
    return Response(data, media_type=REPORT_TYPES[format], headers={
        "Content-Disposition": f'attachment; filename="{case_id}.report.{format}"'})


@router.get("/cases/{case_id}/similar",
            summary="The most similar exonerations in the National Registry of Exonerations")
def similar(request: Request, user: CurrentUser, case_id: str,
            top: Annotated[int, Query(ge=1, le=50, description="how many to return")] = 5,
            ) -> dict[str, Any]:
    """Each result lists the features it shares with the case and their weights;
    ``registry_loaded`` is false when no registry has been imported
    (``dayincourt registry import FILE``). Source: National Registry of Exonerations."""
    return {"ok": True, **_wb(request).similar(user, case_id, top).to_dict()}


@router.get("/cases/{case_id}/documents", summary="Documents uploaded to a case")
def documents(request: Request, user: CurrentUser, case_id: str) -> dict[str, Any]:
    view = _wb(request).view_case(user, case_id)
    return {"ok": True, "documents": [d.summary() for d in view.documents]}


@router.post("/cases/{case_id}/documents", status_code=201,
             summary="Upload a document (txt, html, pdf); extraction makes facts to review")
async def upload(request: Request, user: CurrentUser, case_id: str,
                 file: UploadFile) -> JSONResponse:
    data = await read_upload(request, file)
    record = await run_in_threadpool(_wb(request).upload, user, case_id,
                                     file.filename or "upload", data)
    rows = review.review_rows(_wb(request).engine, record.id)
    return JSONResponse({"ok": True, "document": record.summary(),
                         "facts": [r.to_dict() for r in rows]}, status_code=201)


@router.get("/documents/{document_id}", summary="A document, its text and its facts under review")
def document(request: Request, user: CurrentUser, document_id: str) -> dict[str, Any]:
    record = _wb(request).document(user, document_id)
    rows = review.review_rows(_wb(request).engine, record.id)
    return {"ok": True, "document": record.summary(), "text": record.text,
            "extraction": record.extraction, "facts": [r.to_dict() for r in rows]}


@router.post("/documents/{document_id}/facts/{fact_id}",
             summary="Accept (optionally edited) or reject one extracted fact")
def decide(request: Request, user: CurrentUser, document_id: str, fact_id: int,
           body: Annotated[dict[str, Any], Body(examples=[{"action": "accept"}])]) -> dict[str, Any]:
    action = body.get("action")
    edited = body.get("fact")
    if not isinstance(action, str):
        raise review.ReviewError(["action: must be 'accept' or 'reject'"])
    if edited is not None and not isinstance(edited, dict):
        raise review.ReviewError(["fact: must be an object"])
    row = _wb(request).decide(user, document_id, fact_id, action, edited)
    return {"ok": True, "fact": row.to_dict()}


@router.post("/extract", summary="Extract a draft case from a document without storing it")
async def extract_draft(request: Request, user: CurrentUser, file: UploadFile) -> dict[str, Any]:
    data = await read_upload(request, file)
    name = file.filename or "upload.txt"
    kind = review.sniff(data, name)

    def run() -> dict[str, Any]:
        try:
            document = ingest(data, name=f"document.{kind}")
        except IngestError as exc:
            raise review.UploadRejected(f"{name}: {exc}") from None
        return extract_document(document).to_dict()

    return {"ok": True, **(await run_in_threadpool(run))}


@router.get("/rules", summary="Every remedy with its rule text and authorities")
def rules(request: Request, user: CurrentUser) -> dict[str, Any]:
    return {"ok": True, "remedies": [remedy_dict(r) for r in _wb(request).rules()]}


def remedy_dict(remedy: Any) -> dict[str, Any]:
    def iso(value: Any) -> Any:
        return value.isoformat() if isinstance(value, dt.date) else value

    return {"id": remedy.id, "name": remedy.name, "jurisdiction": remedy.jurisdiction,
            "citations": list(remedy.citations), "in_force_from": iso(remedy.in_force_from),
            "in_force_to": iso(remedy.in_force_to), "rule_text": remedy.rule_text}
