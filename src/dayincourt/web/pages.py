"""HTML pages (Jinja2, autoescaped; htmx for partial updates, every page works without it)."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any
from urllib.parse import urlencode

import yaml
from fastapi import APIRouter, Depends, Form, Query, Request, UploadFile
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from starlette.concurrency import run_in_threadpool

from ..casefile import CaseFileError, Problem, case_to_dict, dumps_case, loads_case, parse_case
from ..law.results import NOT_LEGAL_ADVICE
from ..registry import CITATION
from . import accounts, review
from .accounts import User
from .api import event_dict, read_upload
from .caseindex import ListFilters
from .forms import FORM_SECTIONS, FormProblem, item_from_form
from .security import check_csrf, current_user, optional_user
from .workbench import Workbench

router = APIRouter(include_in_schema=False, dependencies=[Depends(check_csrf)])
CurrentUser = Annotated[User, Depends(current_user)]
PAGE_SIZE = 50


def _wb(request: Request) -> Workbench:
    return request.app.state.workbench


def render(request: Request, name: str, context: dict[str, Any], status: int = 200) -> Response:
    return request.app.state.templates.TemplateResponse(
        request, name, {"disclaimer": NOT_LEGAL_ADVICE, **context}, status_code=status)


def _see_other(url: str) -> RedirectResponse:
    return RedirectResponse(url, status_code=303)


def _safe_next(target: str | None) -> str:
    # Only same-site paths, so a crafted link cannot send a user elsewhere after login.
    if target and target.startswith("/") and not target.startswith(("//", "/\\")):
        return target
    return "/"


def _parse_as_of(request: Request, value: str | None) -> tuple[dt.date, str | None]:
    if not value:
        return _wb(request).today(), None
    try:
        return dt.date.fromisoformat(value), None
    except ValueError:
        return _wb(request).today(), f"as of: {value!r} is not a date of the form YYYY-MM-DD"


# --- login ----------------------------------------------------------------------------------
@router.get("/login")
def login_form(request: Request, next: str | None = None) -> Response:
    return render(request, "login.html", {"user": optional_user(request),
                                          "next": _safe_next(next), "error": None})


@router.post("/login")
def login(request: Request, username: Annotated[str, Form(max_length=80)],
          password: Annotated[str, Form(max_length=1000)],
          next: Annotated[str, Form(max_length=2000)] = "/") -> Response:
    throttle = request.app.state.throttle
    address = request.client.host if request.client else "unknown"
    throttle.check(username, address)
    user = accounts.authenticate(_wb(request).engine, username, password)
    if user is None:
        throttle.failed(username, address)
        return render(request, "login.html", {"user": None, "next": _safe_next(next),
                                              "error": "The user name or password is wrong."},
                      status=401)
    throttle.succeeded(username)
    # A fresh session on login: nothing set before signing in carries over.
    request.session.clear()
    request.session.update({"user_id": user.id, "stamp": user.stamp})
    return _see_other(_safe_next(next))


@router.post("/logout")
def logout(request: Request) -> Response:
    request.session.clear()
    return _see_other("/login")


# --- case list ------------------------------------------------------------------------------
def _bool_param(value: str | None) -> bool | None:
    return {"yes": True, "no": False}.get(value or "")


@router.get("/", response_class=HTMLResponse)
def case_list(request: Request, user: CurrentUser,
              q: Annotated[str | None, Query(max_length=200)] = None,
              jurisdiction: Annotated[str | None, Query(max_length=16)] = None,
              non_unanimous: Annotated[str | None, Query(max_length=8)] = None,
              remedy: Annotated[str | None, Query(max_length=80)] = None,
              factor: Annotated[str | None, Query(max_length=8)] = None,
              custody: Annotated[str | None, Query(max_length=16)] = None,
              page: Annotated[int, Query(ge=1, le=100_000)] = 1) -> Response:
    filters = ListFilters(jurisdiction=jurisdiction or None,
                          non_unanimous=_bool_param(non_unanimous), remedy=remedy or None,
                          factor=factor or None, custody=custody or None)
    rows, total, facets = _wb(request).list_cases(user, q=q, filters=filters, limit=PAGE_SIZE,
                                                  offset=(page - 1) * PAGE_SIZE)
    params = {k: v for k, v in {"q": q, "jurisdiction": jurisdiction,
                                "non_unanimous": non_unanimous, "remedy": remedy,
                                "factor": factor, "custody": custody}.items() if v}
    context = {"user": user, "rows": rows, "total": total, "facets": facets, "params": params,
               "page": page, "pages": max(1, -(-total // PAGE_SIZE)),
               "query_for": lambda **kw: urlencode({**params, **kw})}
    partial = request.headers.get("hx-request") == "true" and \
        request.headers.get("hx-target") == "results"
    return render(request, "_results.html" if partial else "cases.html", context)


@router.get("/cases", include_in_schema=False)
def cases_alias(request: Request) -> Response:
    # /cases is the natural address of the list people type or bookmark; the list lives at /.
    query = request.url.query
    return _see_other("/" + (f"?{query}" if query else ""))


@router.get("/cases/new")
def new_case_form(request: Request, user: CurrentUser) -> Response:
    _wb(request).require(user, "write")
    return render(request, "case_new.html", {"user": user, "errors": [], "form": {}})


@router.post("/cases/new")
def new_case(request: Request, user: CurrentUser, id: Annotated[str, Form(max_length=80)],
             jurisdiction: Annotated[str, Form(max_length=16)],
             title: Annotated[str, Form(max_length=500)] = "",
             county: Annotated[str, Form(max_length=200)] = "",
             team: Annotated[str, Form(max_length=80)] = "") -> Response:
    form = {"id": id.strip(), "jurisdiction": jurisdiction.strip(), "title": title.strip(),
            "county": county.strip(), "team": team}
    data = {"schema": "dayincourt.case/1", **{k: v for k, v in form.items()
                                              if v and k != "team"}}
    try:
        case = parse_case(data, "new case")
    except CaseFileError as exc:
        return render(request, "case_new.html", {"user": user, "errors": exc.lines(),
                                                 "form": form}, status=422)
    _wb(request).create_case(user, case, team or None)
    return _see_other(f"/cases/{case.id}")


# --- one case -------------------------------------------------------------------------------
@router.get("/cases/{case_id}", response_class=HTMLResponse)
def case_page(request: Request, user: CurrentUser, case_id: str,
              as_of: Annotated[str | None, Query(max_length=20)] = None) -> Response:
    day, problem = _parse_as_of(request, as_of)
    wb = _wb(request)
    view = wb.view_case(user, case_id)
    result = wb.screen(user, case_id, day)
    return render(request, "case.html", {"user": user, "view": view, "case": view.case,
                                         "result": result, "as_of": day, "as_of_error": problem},
                  status=422 if problem else 200)


@router.get("/cases/{case_id}/screening", response_class=HTMLResponse)
def screening_panel(request: Request, user: CurrentUser, case_id: str,
                    as_of: Annotated[str | None, Query(max_length=20)] = None) -> Response:
    day, problem = _parse_as_of(request, as_of)
    result = _wb(request).screen(user, case_id, day)
    return render(request, "_screening.html", {"user": user, "result": result, "as_of": day,
                                               "as_of_error": problem,
                                               "case": _wb(request).get_case(user, case_id)},
                  status=422 if problem else 200)


@router.get("/cases/{case_id}/similar", response_class=HTMLResponse)
def similar(request: Request, user: CurrentUser, case_id: str) -> Response:
    """Similar exonerations: a fragment for the case page's htmx call, else a page of its own."""
    wb = _wb(request)
    context = {"user": user, "found": wb.similar(user, case_id), "citation": CITATION}
    if request.headers.get("hx-request") == "true":
        return render(request, "_similar.html", context)
    return render(request, "similar.html", {**context, "case": wb.get_case(user, case_id)})


@router.get("/cases/{case_id}/timeline.svg")
def timeline(request: Request, user: CurrentUser, case_id: str,
             as_of: Annotated[str | None, Query(max_length=20)] = None) -> Response:
    day, _ = _parse_as_of(request, as_of)
    svg = _wb(request).timeline_svg(user, case_id, day)
    # Served as an image (never inlined), so nothing in it can run in the page.
    return Response(svg, media_type="image/svg+xml",
                    headers={"Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'"})


@router.get("/cases/{case_id}/report.{fmt}")
def report(request: Request, user: CurrentUser, case_id: str, fmt: str,
           as_of: Annotated[str | None, Query(max_length=20)] = None) -> Response:
    if fmt not in ("html", "pdf"):
        return render(request, "error.html", {"user": user, "status": 404, "errors": [],
                                              "error": f"no report format {fmt!r}"}, status=404)
    day, _ = _parse_as_of(request, as_of)
    data = _wb(request).report(user, case_id, day, fmt)
    media = "application/pdf" if fmt == "pdf" else "text/html; charset=utf-8"
    return Response(data, media_type=media, headers={
        "Content-Disposition": f'attachment; filename="{case_id}-{day}.{fmt}"'})


@router.get("/cases/{case_id}/history", response_class=HTMLResponse)
def history(request: Request, user: CurrentUser, case_id: str) -> Response:
    events = [event_dict(e) for e in _wb(request).history(user, case_id)]
    return render(request, "history.html", {"user": user, "case_id": case_id,
                                            "events": list(reversed(events))})


# --- editing --------------------------------------------------------------------------------
def _edit_page(request: Request, user: User, case_id: str, *, errors: list[str] | None = None,
               yaml_text: str | None = None, section: str | None = None,
               form: dict[str, str] | None = None, status: int = 200) -> Response:
    case = _wb(request).get_case(user, case_id)
    return render(request, "edit.html", {
        "user": user, "case": case, "errors": errors or [], "sections": FORM_SECTIONS,
        "yaml_text": yaml_text if yaml_text is not None else dumps_case(case, "yaml"),
        "failed_section": section, "form": form or {}}, status=status)


@router.get("/cases/{case_id}/edit", response_class=HTMLResponse)
def edit_page(request: Request, user: CurrentUser, case_id: str) -> Response:
    _wb(request).require(user, "write")
    return _edit_page(request, user, case_id)


@router.post("/cases/{case_id}/edit")
def edit_yaml(request: Request, user: CurrentUser, case_id: str,
              case_yaml: Annotated[str, Form(max_length=2_000_000)]) -> Response:
    wb = _wb(request)
    wb.require(user, "write")
    try:
        case = loads_case(case_yaml, f"case {case_id}", "yaml")
        if case.id != case_id:
            raise CaseFileError(f"case {case_id}", [Problem("id", "the id cannot change here")])
    except CaseFileError as exc:
        return _edit_page(request, user, case_id, errors=exc.lines(), yaml_text=case_yaml,
                          status=422)
    wb.save_case(user, case)
    return _see_other(f"/cases/{case_id}")


@router.post("/cases/{case_id}/add/{section}")
async def add_item(request: Request, user: CurrentUser, case_id: str, section: str) -> Response:
    wb = _wb(request)
    wb.require(user, "write")
    form = {k: v for k, v in (await request.form()).multi_items()
            if isinstance(v, str) and k != "csrf_token"}
    multi = {k: [v for v in (await request.form()).getlist(k) if isinstance(v, str)]
             for k in form}
    case = await run_in_threadpool(wb.get_case, user, case_id)
    try:
        item = item_from_form(section, form, multi, case)
        data = case_to_dict(case)
        data.setdefault(section, []).append(item)
        new_case = parse_case(data, f"case {case_id}")
    except FormProblem as exc:
        return await run_in_threadpool(lambda: _edit_page(request, user, case_id, errors=exc.lines,
                                                          section=section, form=form, status=422))
    except CaseFileError as exc:
        return await run_in_threadpool(lambda: _edit_page(request, user, case_id,
                                                          errors=exc.lines(), section=section,
                                                          form=form, status=422))
    await run_in_threadpool(wb.save_case, user, new_case)
    return _see_other(f"/cases/{case_id}#{section}")


@router.post("/cases/{case_id}/remove/{section}/{index}")
def remove_item(request: Request, user: CurrentUser, case_id: str, section: str,
                index: int) -> Response:
    wb = _wb(request)
    wb.require(user, "write")
    data = case_to_dict(wb.get_case(user, case_id))
    items = data.get(section)
    if section not in FORM_SECTIONS or not isinstance(items, list) or not 0 <= index < len(items):
        return _edit_page(request, user, case_id, status=404,
                          errors=[f"{section}[{index}]: no such item"])
    del items[index]
    try:
        case = parse_case(data, f"case {case_id}")
    except CaseFileError as exc:
        return _edit_page(request, user, case_id, errors=exc.lines(), status=422)
    wb.save_case(user, case)
    return _see_other(f"/cases/{case_id}#{section}")


# --- documents and review -------------------------------------------------------------------
@router.get("/cases/{case_id}/upload", response_class=HTMLResponse)
def upload_form(request: Request, user: CurrentUser, case_id: str) -> Response:
    _wb(request).require(user, "write")
    case = _wb(request).get_case(user, case_id)
    return render(request, "upload.html", {"user": user, "case": case, "error": None,
                                           "limit": request.app.state.max_upload_bytes})


@router.post("/cases/{case_id}/upload")
async def upload(request: Request, user: CurrentUser, case_id: str,
                 file: UploadFile) -> Response:
    wb = _wb(request)
    try:
        data = await read_upload(request, file)
        record = await run_in_threadpool(wb.upload, user, case_id, file.filename or "upload",
                                         data)
    except review.UploadRejected as exc:
        case = await run_in_threadpool(wb.get_case, user, case_id)
        return render(request, "upload.html", {"user": user, "case": case, "error": str(exc),
                                               "limit": request.app.state.max_upload_bytes},
                      status=415)
    return _see_other(f"/documents/{record.id}/review")


def _review_context(request: Request, user: User, document_id: str) -> dict[str, Any]:
    wb = _wb(request)
    record = wb.document(user, document_id)
    rows = review.review_rows(wb.engine, record.id)
    return {"user": user, "document": record, "rows": rows, "names": record.person_names(),
            "segments": review.segments(record.text, rows),
            "yaml_of": lambda fact: yaml.safe_dump(fact, sort_keys=False, allow_unicode=True),
            "quotes": review.quotes, "errors": {}}


@router.get("/documents/{document_id}/review", response_class=HTMLResponse)
def review_page(request: Request, user: CurrentUser, document_id: str) -> Response:
    return render(request, "review.html", _review_context(request, user, document_id))


@router.post("/documents/{document_id}/facts/{fact_id}")
def decide(request: Request, user: CurrentUser, document_id: str, fact_id: int,
           action: Annotated[str, Form(max_length=10)],
           fact_yaml: Annotated[str | None, Form(max_length=200_000)] = None) -> Response:
    wb = _wb(request)
    errors: list[str] = []
    edited = None
    if action == "edit":
        try:
            edited = yaml.safe_load(fact_yaml or "")
        except yaml.YAMLError as exc:
            errors = [f"fact {fact_id}: the edited fact is not valid YAML: {exc}"]
        action = "accept"
        if not errors and not isinstance(edited, dict):
            errors = [f"fact {fact_id}: the edited fact must be a mapping of fields"]
    if not errors:
        try:
            wb.decide(user, document_id, fact_id, action, edited)
        except review.ReviewError as exc:
            errors = exc.lines
    context = _review_context(request, user, document_id)
    context["errors"] = {fact_id: errors} if errors else {}
    row = next((r for r in context["rows"] if r.id == fact_id), None)
    if row is None:
        raise review.DocumentNotFound(f"fact {fact_id} of document {document_id}: not found")
    if request.headers.get("hx-request") == "true":
        return render(request, "_fact_swap.html", {**context, "row": row},
                      status=422 if errors else 200)
    if errors:
        return render(request, "review.html", context, status=422)
    return _see_other(f"/documents/{document_id}/review#fact-{fact_id}")


# --- rules ----------------------------------------------------------------------------------
@router.get("/rules", response_class=HTMLResponse)
def rules(request: Request, user: CurrentUser) -> Response:
    return render(request, "rules.html", {"user": user, "remedies": _wb(request).rules()})
