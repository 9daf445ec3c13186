"""The FastAPI application: pages (Jinja2 + htmx) and the JSON API under /api/v1.

One error shape everywhere in the API: ``{"ok": false, "error": "...", "errors": [...], "status": N}``;
pages show the same message in the layout.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.sessions import SessionMiddleware

from ..casefile import CaseFileError
from ..law.results import NOT_LEGAL_ADVICE
from ..store import CaseExists, CaseNotFound, UnstorableCase, open_store
from . import accounts, caseindex
from .caseindex import CaseNotVisible
from .review import DocumentNotFound, ReviewError, UploadRejected, UploadTooLarge
from .security import CsrfFailed, Guard, LoginThrottle, NotAuthenticated, TooManyAttempts, csrf_token
from .workbench import Forbidden, Workbench

HERE = Path(__file__).parent
DEFAULT_MAX_UPLOAD = 10_000_000
SESSION_COOKIE = "dayincourt_session"
SESSION_MAX_AGE = 12 * 3600


def _today() -> dt.date:
    return dt.date.today()


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def create_app(store_url: str | None = None, *, secure_cookies: bool = True,
               max_upload_bytes: int = DEFAULT_MAX_UPLOAD,
               throttle: LoginThrottle | None = None,
               today: Callable[[], dt.date] = _today,
               now: Callable[[], dt.datetime] = _now) -> FastAPI:
    """Build the web app over the store at ``store_url`` (the store's default when None).

    Args:
        store_url: a SQLAlchemy URL; the store is created and migrated on first use.
        secure_cookies: send the session cookie over HTTPS only (turn off only for local HTTP).
        max_upload_bytes: the largest document upload accepted.
        throttle: the failed-login limiter (5 failures per 15 minutes by default).
        today, now: the clocks (the library below never reads one).
    """
    store = open_store(store_url)
    workbench = Workbench(store, today=today, now=now)
    caseindex.sync_index(store, today(), now())

    app = FastAPI(title="dayincourt", version="1", summary="Wrongful-conviction review workbench",
                  description="JSON API of the dayincourt workbench. Screening output is an aid "
                              "for review by counsel, not legal advice.",
                  openapi_url="/api/v1/openapi.json", docs_url=None, redoc_url=None)
    app.state.workbench = workbench
    app.state.throttle = throttle or LoginThrottle()
    app.state.max_upload_bytes = max_upload_bytes
    app.state.templates = _templates()

    app.add_middleware(SessionMiddleware, secret_key=accounts.secret_key(store.engine),
                       session_cookie=SESSION_COOKIE, max_age=SESSION_MAX_AGE,
                       same_site="lax", https_only=secure_cookies)
    # Room for the multipart envelope around the largest allowed file.
    app.add_middleware(Guard, max_body=max_upload_bytes + 65_536)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")

    from . import api, pages  # routes need the app's state only at request time

    app.include_router(api.router)
    app.include_router(pages.router)
    _install_error_handlers(app)
    return app


def _templates() -> Jinja2Templates:
    templates = Jinja2Templates(directory=HERE / "templates")
    templates.env.globals["csrf_token"] = csrf_token
    templates.env.filters["label"] = lambda s: str(s).replace("_", " ")
    templates.env.filters["paragraphs"] = paragraphs
    return templates


def paragraphs(text: str | None) -> list[str]:
    """Hard-wrapped text as paragraphs: blank lines separate, single newlines are spaces."""
    blocks = re.split(r"\n\s*\n", text or "")
    return [" ".join(block.split()) for block in blocks if block.strip()]


def error_body(status: int, error: str, errors: list[Any] | None = None) -> dict[str, Any]:
    return {"ok": False, "error": error, "errors": errors or [], "status": status}


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api/")


def _error(request: Request, status: int, error: str, errors: list[Any] | None = None,
           headers: dict[str, str] | None = None) -> Response:
    if _wants_json(request):
        return JSONResponse(error_body(status, error, errors), status_code=status, headers=headers)
    templates: Jinja2Templates = request.app.state.templates
    return templates.TemplateResponse(request, "error.html",
                                      {"status": status, "error": error, "errors": errors or [],
                                       "user": getattr(request.state, "user", None),
                                       "disclaimer": NOT_LEGAL_ADVICE},
                                      status_code=status, headers=headers)


def _install_error_handlers(app: FastAPI) -> None:
    def handle(status: int) -> Callable[[Request, Exception], Response]:
        return lambda request, exc: _error(request, status, str(exc))

    app.add_exception_handler(CaseNotVisible, handle(404))
    app.add_exception_handler(CaseNotFound, handle(404))
    app.add_exception_handler(DocumentNotFound, handle(404))
    app.add_exception_handler(Forbidden, handle(403))
    app.add_exception_handler(CsrfFailed, handle(403))
    app.add_exception_handler(CaseExists, handle(409))
    app.add_exception_handler(UnstorableCase, handle(422))  # a NUL character in a field: names the field
    app.add_exception_handler(UploadRejected, handle(415))
    app.add_exception_handler(UploadTooLarge, handle(413))
    app.add_exception_handler(accounts.AccountError, handle(400))

    @app.exception_handler(NotAuthenticated)
    def _login(request: Request, exc: NotAuthenticated) -> Response:
        if _wants_json(request):
            return _error(request, 401, str(exc), headers={"WWW-Authenticate": "Bearer"})
        target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        return RedirectResponse(f"/login?{urlencode({'next': target})}", status_code=303)

    @app.exception_handler(TooManyAttempts)
    def _throttled(request: Request, exc: TooManyAttempts) -> Response:
        return _error(request, 429, str(exc), headers={"Retry-After": str(exc.retry_after)})

    @app.exception_handler(CaseFileError)
    def _case_file(request: Request, exc: CaseFileError) -> Response:
        return _error(request, 422, "the case is not valid", exc.lines())

    @app.exception_handler(ReviewError)
    def _review(request: Request, exc: ReviewError) -> Response:
        return _error(request, 422, "the fact cannot be added to the case", exc.lines)

    @app.exception_handler(RequestValidationError)
    def _validation(request: Request, exc: RequestValidationError) -> Response:
        errors = [f"{'.'.join(str(p) for p in e.get('loc', ()))}: {e.get('msg')}"
                  for e in exc.errors()]
        return _error(request, 422, "the request is not valid", errors)

    @app.exception_handler(StarletteHTTPException)
    def _http(request: Request, exc: StarletteHTTPException) -> Response:
        return _error(request, exc.status_code, str(exc.detail), headers=exc.headers)

    @app.exception_handler(Exception)
    def _crash(request: Request, exc: Exception) -> Response:
        # ServerErrorMiddleware logs the traceback; the client gets the shape, not the details.
        return _error(request, 500, "internal error; the administrator can find it in the log")
