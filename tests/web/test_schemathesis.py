"""Property-based run of the published OpenAPI spec: no input makes the API fail with a server error.

Each operation gets a bounded number of generated requests (schemathesis strategies driven by
hypothesis), sent in-process with an attorney's API token.
"""

from __future__ import annotations

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from web_support import make_user

from dayincourt.web import accounts

pytestmark = pytest.mark.slow
EXAMPLES = 10


def test_no_server_errors(app, engine):
    username = make_user(engine, "attorney", "default")
    headers = {"Authorization": f"Bearer {accounts.create_token(engine, username)}"}
    schema = schemathesis.openapi.from_asgi("/api/v1/openapi.json", app)
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 12
    failures: list[str] = []
    for operation in operations:

        @given(case=operation.as_strategy())
        @settings(max_examples=EXAMPLES, deadline=None, database=None,
                  suppress_health_check=list(HealthCheck))
        def run(case) -> None:  # noqa: ANN001
            response = case.call(headers=headers)
            if response.status_code >= 500:
                failures.append(f"{case.method} {case.formatted_path} {case.query}: "
                                f"{response.status_code} {response.text[:200]}")
            elif response.status_code >= 400 and "application/json" in str(
                    response.headers.get("content-type")):
                body = response.json()
                if body.get("ok") is not False or body.get("status") != response.status_code:
                    failures.append(f"{case.method} {case.formatted_path}: error shape {body}")

        run()
    assert not failures, "\n".join(failures[:20])
