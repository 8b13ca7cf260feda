"""Request ids and structured logs: one JSON object per line, each carrying its request's id.

A request's id comes from its ``X-Request-ID`` header when that is a sane token, or is made up;
either way it is echoed in the response's ``X-Request-ID`` and stamped on every log line written
while the request is handled (worker threads included: anyio copies context variables).
"""

from __future__ import annotations

import contextvars
import logging
import re
import time
import uuid
from typing import Any

from litestar.enums import ScopeType
from litestar.types import ASGIApp, Message, Receive, Scope, Send
from pythonjsonlogger.json import JsonFormatter

log = logging.getLogger("factcheck.requests")
request_id: contextvars.ContextVar[str | None] = contextvars.ContextVar("request_id", default=None)
_SANE = re.compile(r"^[A-Za-z0-9._:/+=-]{1,128}$")


class _RequestIdFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        record.request_id = request_id.get()
        record.__dict__.pop("color_message", None)  # uvicorn's terminal-coloured copy of the message
        return True


def configure_logging(level: str) -> None:
    """JSON lines on stderr for the whole process, uvicorn's loggers included."""
    handler = logging.StreamHandler()
    handler.setFormatter(
        JsonFormatter(
            "{asctime}{levelname}{name}{message}{request_id}",
            style="{",
            rename_fields={"asctime": "time", "levelname": "level", "name": "logger"},
        )
    )
    handler.addFilter(_RequestIdFilter())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level.upper())
    for name in ("uvicorn", "uvicorn.error"):
        logging.getLogger(name).handlers[:] = []
        logging.getLogger(name).propagate = True


def request_context(app: ASGIApp) -> ASGIApp:
    """ASGI middleware: set the request id, echo it, and log one line per request."""

    async def middleware(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != ScopeType.HTTP:
            await app(scope, receive, send)
            return
        headers = dict(scope.get("headers") or [])
        given = headers.get(b"x-request-id", b"").decode("latin-1")
        token = request_id.set(given if _SANE.match(given) else uuid.uuid4().hex)
        started, status = time.perf_counter(), 500

        async def send_with_id(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                echoed = (b"x-request-id", (request_id.get() or "").encode())
                message["headers"] = [*message.get("headers", []), echoed]
            await send(message)

        try:
            await app(scope, receive, send_with_id)
        finally:
            extra: dict[str, Any] = {
                "method": scope.get("method"),
                "path": scope.get("path"),
                "status": status,
                "duration_ms": round(1000 * (time.perf_counter() - started), 2),
            }
            log.info("%s %s %s", scope.get("method"), scope.get("path"), status, extra=extra)
            request_id.reset(token)

    return middleware
