"""The web workbench: FastAPI pages (Jinja2 + htmx) and the JSON API under /api/v1.

Example:
    >>> from dayincourt.web import create_app
    >>> app = create_app("sqlite:///cases.sqlite", secure_cookies=False)  # doctest: +SKIP
    $ dayincourt serve --port 8000
"""

from .accounts import (
    AccountError,
    UserNotFound,
    add_to_team,
    create_token,
    create_user,
    ensure_admin,
    set_password,
)
from .app import create_app

__all__ = ["AccountError", "UserNotFound", "add_to_team", "create_app", "create_token",
           "create_user", "ensure_admin", "set_password"]
