"""API keys for the routes that change the corpus (and, if configured, the ones that read it).

A key comes as ``Authorization: Bearer <key>`` or ``X-API-Key: <key>`` and is compared with every
configured key in constant time. With no key configured, write routes refuse to run (403) unless
``FACTCHECK_OPEN_WRITES=true`` says a deployment really wants them open.
"""

from __future__ import annotations

import hmac
from typing import Any

from litestar.connection import ASGIConnection
from litestar.exceptions import NotAuthorizedException, PermissionDeniedException
from litestar.handlers.base import BaseRouteHandler

from api.settings import Settings


def _presented_key(connection: ASGIConnection[Any, Any, Any, Any]) -> str | None:
    authorization = connection.headers.get("authorization", "")
    scheme, _, token = authorization.partition(" ")
    if scheme.lower() == "bearer" and token.strip():
        return token.strip()
    return connection.headers.get("x-api-key") or None


def _valid(presented: str, keys: list[str]) -> bool:
    matched = False
    for key in keys:  # no early exit: the time taken does not tell which key matched
        matched |= hmac.compare_digest(presented.encode(), key.encode())
    return matched


def _require_key(connection: ASGIConnection[Any, Any, Any, Any], keys: list[str]) -> None:
    presented = _presented_key(connection)
    if presented is None:
        raise NotAuthorizedException(
            "an API key is required: send 'Authorization: Bearer <key>' or 'X-API-Key: <key>'",
            headers={"WWW-Authenticate": "Bearer"},
        )
    if not _valid(presented, keys):
        raise NotAuthorizedException("the API key is not valid", headers={"WWW-Authenticate": "Bearer"})


def require_write_access(connection: ASGIConnection[Any, Any, Any, Any], _: BaseRouteHandler) -> None:
    settings: Settings = connection.app.state.settings
    if settings.open_writes:
        return
    if not settings.keys:
        raise PermissionDeniedException(
            "writes are disabled: no API key is configured (set FACTCHECK_API_KEYS, or "
            "FACTCHECK_OPEN_WRITES=true to accept writes without a key)"
        )
    _require_key(connection, settings.keys)


def require_read_access(connection: ASGIConnection[Any, Any, Any, Any], _: BaseRouteHandler) -> None:
    settings: Settings = connection.app.state.settings
    if settings.protect_reads:
        _require_key(connection, settings.keys)
