"""Users, teams, roles and API tokens (argon2 password hashes, hashed tokens).

Every function takes the SQLAlchemy engine of an opened store, so the CLI
(``dayincourt user ...``) and the web app share one implementation.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import secrets
from dataclasses import dataclass

import sqlalchemy as sa
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from ..store import write_transaction
from . import tables as t

DEFAULT_TEAM = "default"
ADMIN_USERNAME = "admin"
TOKEN_PREFIX = "dic_"
_USERNAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._@-]{0,79}$")
_hasher = PasswordHasher()

# Which roles may do what; the only place roles are interpreted.
READ = frozenset({"admin", "attorney", "staff", "viewer"})
WRITE = frozenset({"admin", "attorney", "staff"})
DELETE = frozenset({"admin", "attorney"})


class AccountError(ValueError):
    """A user, team or token request that cannot be carried out (the message says why)."""


class UserNotFound(AccountError):
    """No active user has that name."""


@dataclass(frozen=True, slots=True)
class User:
    """A signed-in person: id, name, role and the ids and names of their teams."""

    id: int
    username: str
    role: str
    team_ids: tuple[int, ...]
    team_names: tuple[str, ...]
    stamp: str  # changes when the password changes, so old sessions end

    def can(self, action: str) -> bool:
        """Whether the role allows ``read``, ``write`` or ``delete``."""
        allowed = {"read": READ, "write": WRITE, "delete": DELETE}[action]
        return self.role in allowed

    @property
    def is_admin(self) -> bool:
        return self.role == "admin"


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def hash_password(password: str) -> str:
    """An argon2id hash of the password."""
    return _hasher.hash(password)


def check_password(password_hash: str, password: str) -> bool:
    """True when the password matches the stored argon2 hash."""
    try:
        return _hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def generate_password() -> str:
    """A random password for one-time use (printed once, never stored in clear)."""
    return secrets.token_urlsafe(15)


def _stamp(password_hash: str) -> str:
    return hashlib.sha256(password_hash.encode()).hexdigest()[:16]


def _validate_password(password: str) -> None:
    if len(password) < 10:
        raise AccountError("password: must be at least 10 characters")


def ensure_team(conn: sa.Connection, name: str) -> int:
    """The id of the team with that name, creating it when needed."""
    row = conn.execute(sa.select(t.teams.c.id).where(t.teams.c.name == name)).first()
    if row:
        return int(row[0])
    return int(conn.execute(sa.insert(t.teams).values(name=name)).inserted_primary_key[0])


def create_user(engine: sa.Engine, username: str, role: str, password: str | None = None,
                teams: tuple[str, ...] = (DEFAULT_TEAM,)) -> str:
    """Add a user to the given teams; returns the password (generated when not given).

    Raises:
        AccountError: bad name, role or password, or the name is taken.
    """
    if not _USERNAME.match(username):
        raise AccountError(f"username {username!r}: use letters, digits, '.', '_', '@' or '-'")
    if role not in t.ROLES:
        raise AccountError(f"role {role!r}: must be one of {', '.join(t.ROLES)}")
    password = password if password is not None else generate_password()
    _validate_password(password)
    with write_transaction(engine) as conn:
        if conn.execute(sa.select(t.users.c.id).where(t.users.c.username == username)).first():
            raise AccountError(f"username {username!r}: already exists")
        user_id = conn.execute(sa.insert(t.users).values(
            username=username, password_hash=hash_password(password), role=role, active=True,
            created_at=_now())).inserted_primary_key[0]
        for team in teams or (DEFAULT_TEAM,):
            conn.execute(sa.insert(t.memberships).values(user_id=user_id,
                                                         team_id=ensure_team(conn, team)))
    return password


def set_password(engine: sa.Engine, username: str, password: str | None = None) -> str:
    """Replace a user's password (generated when not given); ends their sessions."""
    password = password if password is not None else generate_password()
    _validate_password(password)
    with write_transaction(engine) as conn:
        done = conn.execute(sa.update(t.users).where(t.users.c.username == username)
                            .values(password_hash=hash_password(password))).rowcount
    if not done:
        raise UserNotFound(f"user {username!r}: not found")
    return password


def add_to_team(engine: sa.Engine, username: str, team: str) -> None:
    """Make a user a member of a team (created when needed)."""
    with write_transaction(engine) as conn:
        user_id = conn.execute(sa.select(t.users.c.id)
                               .where(t.users.c.username == username)).scalar()
        if user_id is None:
            raise UserNotFound(f"user {username!r}: not found")
        team_id = ensure_team(conn, team)
        exists = conn.execute(sa.select(t.memberships.c.user_id).where(
            t.memberships.c.user_id == user_id, t.memberships.c.team_id == team_id)).first()
        if not exists:
            conn.execute(sa.insert(t.memberships).values(user_id=user_id, team_id=team_id))


def create_token(engine: sa.Engine, username: str, name: str = "script") -> str:
    """A new API token for the user, shown once; only its SHA-256 is stored."""
    token = TOKEN_PREFIX + secrets.token_urlsafe(32)
    with write_transaction(engine) as conn:
        user_id = conn.execute(sa.select(t.users.c.id)
                               .where(t.users.c.username == username)).scalar()
        if user_id is None:
            raise UserNotFound(f"user {username!r}: not found")
        conn.execute(sa.insert(t.api_tokens).values(
            user_id=user_id, name=name[:80], token_hash=_token_hash(token), created_at=_now(),
            revoked=False))
    return token


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def _load(conn: sa.Connection, where: sa.ColumnElement[bool]) -> User | None:
    row = conn.execute(sa.select(t.users).where(where, t.users.c.active.is_(True))).first()
    if row is None:
        return None
    team_rows = conn.execute(
        sa.select(t.teams.c.id, t.teams.c.name)
        .join(t.memberships, t.memberships.c.team_id == t.teams.c.id)
        .where(t.memberships.c.user_id == row.id).order_by(t.teams.c.name)).all()
    return User(id=row.id, username=row.username, role=row.role,
                team_ids=tuple(r.id for r in team_rows), team_names=tuple(r.name for r in team_rows),
                stamp=_stamp(row.password_hash))


def get_user(engine: sa.Engine, user_id: int) -> User | None:
    """The active user with that id, or None."""
    with engine.connect() as conn:
        return _load(conn, t.users.c.id == user_id)


def authenticate(engine: sa.Engine, username: str, password: str) -> User | None:
    """The user when name and password match, else None (same work either way)."""
    with engine.connect() as conn:
        row = conn.execute(sa.select(t.users.c.password_hash).where(
            t.users.c.username == username, t.users.c.active.is_(True))).first()
        if row is None:
            # Hash anyway so a missing name takes as long as a wrong password.
            check_password(_DUMMY_HASH, password)
            return None
        if not check_password(row[0], password):
            return None
        return _load(conn, t.users.c.username == username)


def user_for_token(engine: sa.Engine, token: str) -> User | None:
    """The owner of a valid, unrevoked API token, or None."""
    if not token.startswith(TOKEN_PREFIX):
        return None
    with engine.connect() as conn:
        user_id = conn.execute(sa.select(t.api_tokens.c.user_id).where(
            t.api_tokens.c.token_hash == _token_hash(token),
            t.api_tokens.c.revoked.is_(False))).scalar()
        return None if user_id is None else _load(conn, t.users.c.id == user_id)


def ensure_admin(store) -> str | None:  # noqa: ANN001 - a dayincourt.store.Store
    """Create the first admin (in team "default") when there is no user yet.

    Returns:
        The one-time password of the new ``admin`` user, or None when users already exist.
    """
    with store.engine.connect() as conn:
        if conn.execute(sa.select(sa.func.count()).select_from(t.users)).scalar():
            return None
    return create_user(store.engine, ADMIN_USERNAME, "admin", teams=(DEFAULT_TEAM,))


def secret_key(engine: sa.Engine) -> str:
    """The app's session-signing key, made once and kept in the database."""
    with write_transaction(engine) as conn:
        value = conn.execute(sa.select(t.settings.c.value)
                             .where(t.settings.c.key == "secret_key")).scalar()
        if value is None:
            value = secrets.token_urlsafe(48)
            conn.execute(sa.insert(t.settings).values(key="secret_key", value=value))
        return value


_DUMMY_HASH = hash_password("not-a-real-password")
