"""Who is asking (session cookie or API token), CSRF checks, login throttling, response headers."""

from __future__ import annotations

import hmac
import json
import secrets
import time
from collections import deque
from collections.abc import Callable

from fastapi import Request

from . import accounts
from .accounts import User

CSRF_FIELD = "csrf_token"
CSRF_HEADER = "x-csrf-token"
UNSAFE = frozenset({"POST", "PUT", "PATCH", "DELETE"})

# Scripts and styles only from this origin; no framing; no plugins.
CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'")


class NotAuthenticated(Exception):
    """No valid session or API token."""


class CsrfFailed(Exception):
    """A form or script request with a session cookie lacked the right CSRF token."""


class TooManyAttempts(Exception):
    """Too many failed logins for a name or an address; retry after ``retry_after`` seconds."""

    def __init__(self, retry_after: int):
        self.retry_after = retry_after
        super().__init__(f"too many failed logins; try again in {retry_after} s")


class LoginThrottle:
    """Sliding-window count of failed logins per user name and per client address."""

    def __init__(self, max_failures: int = 5, window: float = 900.0,
                 clock: Callable[[], float] = time.monotonic):
        self.max_failures = max_failures
        self.window = window
        self.clock = clock
        self._failures: dict[str, deque[float]] = {}

    def _recent(self, key: str) -> deque[float]:
        now = self.clock()
        entries = self._failures.setdefault(key, deque())
        while entries and entries[0] <= now - self.window:
            entries.popleft()
        return entries

    def check(self, username: str, address: str) -> None:
        """Raise TooManyAttempts when either key has reached the limit."""
        for key in (f"user:{username.casefold()}", f"addr:{address}"):
            entries = self._recent(key)
            if len(entries) >= self.max_failures:
                raise TooManyAttempts(max(1, int(entries[0] + self.window - self.clock()) + 1))

    def failed(self, username: str, address: str) -> None:
        for key in (f"user:{username.casefold()}", f"addr:{address}"):
            self._recent(key).append(self.clock())

    def succeeded(self, username: str) -> None:
        self._failures.pop(f"user:{username.casefold()}", None)


def csrf_token(request: Request) -> str:
    """The session's CSRF token, created on first use."""
    token = request.session.get("csrf")
    if not token:
        token = request.session["csrf"] = secrets.token_urlsafe(32)
    return token


def bearer_token(request: Request) -> str | None:
    header = request.headers.get("authorization", "")
    scheme, _, value = header.partition(" ")
    return value.strip() if scheme.lower() == "bearer" and value.strip() else None


def optional_user(request: Request) -> User | None:
    """The user behind an API token or the session cookie, or None."""
    engine = request.app.state.workbench.engine
    token = bearer_token(request)
    if token is not None:
        return accounts.user_for_token(engine, token)
    user_id = request.session.get("user_id")
    if user_id is None:
        return None
    user = accounts.get_user(engine, int(user_id))
    # A password change ends every session opened with the old one.
    if user is None or not hmac.compare_digest(user.stamp, request.session.get("stamp", "")):
        request.session.clear()
        return None
    return user


async def check_csrf(request: Request) -> None:
    """Unsafe requests that rely on the session cookie must carry its CSRF token."""
    if request.method not in UNSAFE or bearer_token(request) is not None:
        return
    expected = request.session.get("csrf")
    sent = request.headers.get(CSRF_HEADER)
    if sent is None and request.headers.get("content-type", "").startswith(
            ("application/x-www-form-urlencoded", "multipart/form-data")):
        sent = (await request.form()).get(CSRF_FIELD)
    if not expected or not isinstance(sent, str) or not hmac.compare_digest(expected, sent):
        raise CsrfFailed("missing or wrong CSRF token; reload the page and try again")


def current_user(request: Request) -> User:
    """The signed-in user (FastAPI dependency); raises NotAuthenticated."""
    user = optional_user(request)
    if user is None:
        raise NotAuthenticated("sign in, or send an API token as 'Authorization: Bearer ...'")
    request.state.user = user  # so an error page can still show who is signed in
    return user


class BodyTooLarge(Exception):
    """A request body over the app's limit."""


class Guard:
    """ASGI middleware: refuse bodies over ``max_body`` bytes and URLs holding a NUL character (no database can
    store or compare one: PostgreSQL refuses it in any text parameter); add security headers to responses."""

    def __init__(self, app, max_body: int):  # noqa: ANN001
        self.app = app
        self.max_body = max_body

    async def __call__(self, scope, receive, send):  # noqa: ANN001
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if "\x00" in scope["path"] or b"%00" in scope.get("query_string", b"") or b"\x00" in scope.get("query_string", b""):
            await _refuse(send, 422, "the request is not valid", ["url: a NUL character is not allowed"])
            return
        declared = dict(scope["headers"]).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.max_body:
            await _too_large(send, self.max_body)
            return
        received = 0

        async def limited_receive():  # noqa: ANN202
            nonlocal received
            message = await receive()
            received += len(message.get("body", b""))
            if received > self.max_body:
                raise BodyTooLarge()
            return message

        static = scope["path"].startswith("/static/")

        async def send_with_headers(message):  # noqa: ANN001, ANN202
            if message["type"] == "http.response.start":
                headers = [(k, v) for k, v in message.get("headers", [])]
                names = {k.lower() for k, _ in headers}
                extra = [(b"x-content-type-options", b"nosniff"), (b"x-frame-options", b"DENY"),
                         (b"referrer-policy", b"same-origin")]
                if b"content-security-policy" not in names:
                    extra.append((b"content-security-policy", CSP.encode()))
                if not static and b"cache-control" not in names:
                    extra.append((b"cache-control", b"no-store"))
                message = {**message, "headers": headers + extra}
            await send(message)

        try:
            await self.app(scope, limited_receive, send_with_headers)
        except BodyTooLarge:
            await _too_large(send, self.max_body)


async def _too_large(send, limit: int) -> None:  # noqa: ANN001
    await _refuse(send, 413, f"request body over the limit of {limit} bytes")


async def _refuse(send, status: int, error: str, errors: list[str] | None = None) -> None:  # noqa: ANN001
    """Answer before the application runs, in the API's error shape."""
    body = json.dumps({"ok": False, "error": error, "errors": errors or [], "status": status}).encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"),
                            (b"content-length", str(len(body)).encode()),
                            (b"content-security-policy", CSP.encode())]})
    await send({"type": "http.response.body", "body": body})
