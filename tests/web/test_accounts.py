"""Users, passwords, tokens, the first admin, and the login throttle."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from dayincourt.web import accounts, tables
from dayincourt.web.security import LoginThrottle, TooManyAttempts

from web_support import PASSWORD, make_user, unique


def test_password_hash_is_argon2_and_verifies():
    hashed = accounts.hash_password("a long passphrase")
    assert hashed.startswith("$argon2id$")
    assert accounts.check_password(hashed, "a long passphrase")
    assert not accounts.check_password(hashed, "a long passphrasE")
    assert not accounts.check_password("not a hash", "a long passphrase")


@pytest.mark.parametrize(("username", "role", "password", "problem"), [
    ("bad name", "staff", PASSWORD, "username"),
    ("ok-name", "superuser", PASSWORD, "role"),
    ("ok-name2", "staff", "short", "password"),
])
def test_create_user_refuses_bad_input(engine, username, role, password, problem):
    with pytest.raises(accounts.AccountError, match=problem):
        accounts.create_user(engine, username, role, password)


def test_create_user_twice_is_refused(engine):
    name = make_user(engine, "staff", unique("team"))
    with pytest.raises(accounts.AccountError, match="already exists"):
        accounts.create_user(engine, name, "staff", PASSWORD)


def test_authenticate_and_password_change_changes_stamp(engine):
    name = make_user(engine, "viewer", unique("team"))
    user = accounts.authenticate(engine, name, PASSWORD)
    assert user is not None and user.role == "viewer" and not user.can("write")
    assert accounts.authenticate(engine, name, "wrong password!!") is None
    assert accounts.authenticate(engine, unique("nobody"), PASSWORD) is None
    new = accounts.set_password(engine, name)
    changed = accounts.authenticate(engine, name, new)
    assert changed is not None and changed.stamp != user.stamp
    with pytest.raises(accounts.UserNotFound):
        accounts.set_password(engine, unique("nobody"))


def test_tokens_are_stored_hashed_and_resolve_to_their_user(engine):
    name = make_user(engine, "attorney", unique("team"))
    token = accounts.create_token(engine, name, "nightly")
    assert token.startswith("dic_")
    with engine.connect() as conn:
        stored = conn.execute(sa.select(tables.api_tokens.c.token_hash)).scalars().all()
    assert token not in stored
    user = accounts.user_for_token(engine, token)
    assert user is not None and user.username == name
    assert accounts.user_for_token(engine, token + "x") is None
    assert accounts.user_for_token(engine, "Bearer-less") is None


def test_ensure_admin_only_when_there_are_no_users(tmp_path):
    from dayincourt.store import open_store

    store = open_store(f"sqlite:///{tmp_path / 'fresh.sqlite'}")
    password = accounts.ensure_admin(store)
    assert password and len(password) >= 10
    admin = accounts.authenticate(store.engine, "admin", password)
    assert admin is not None and admin.is_admin and admin.team_names == ("default",)
    assert accounts.ensure_admin(store) is None


def test_throttle_blocks_after_five_failures_and_recovers():
    now = [1000.0]
    throttle = LoginThrottle(max_failures=5, window=60, clock=lambda: now[0])
    for _ in range(5):
        throttle.check("alice", "10.0.0.1")
        throttle.failed("alice", "10.0.0.1")
    with pytest.raises(TooManyAttempts) as info:
        throttle.check("alice", "10.0.0.2")  # the name is blocked from any address
    assert 1 <= info.value.retry_after <= 61
    with pytest.raises(TooManyAttempts):
        throttle.check("bob", "10.0.0.1")  # and the address for any name
    throttle.check("bob", "10.0.0.3")
    now[0] += 61
    throttle.check("alice", "10.0.0.1")
