"""Every error as RFC 9457 problem details (``application/problem+json``).

Client mistakes keep their 4xx status with a constant ``title`` (the HTTP reason phrase) and a
``detail`` that names the problem; validation errors list each field's message. Anything
unexpected becomes a 500 whose detail leaks nothing but is logged with its traceback.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from http import HTTPStatus
from typing import Any

import msgspec
from litestar import Request, Response
from litestar.exceptions import ClientException, HTTPException, ValidationException
from litestar.openapi.datastructures import ResponseSpec
from litestar.plugins.problem_details import ProblemDetailsConfig, ProblemDetailsException, ProblemDetailsPlugin

from api.article_schemas import ARTICLE_BODY_BYTES, BATCH_BODY_BYTES
from api.schemas import VERIFY_BODY_BYTES, Problem

log = logging.getLogger(__name__)

PROBLEM_JSON = "application/problem+json"
MiB = 1 << 20


def _title(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Error"


def _detail(exc: HTTPException) -> str:
    """The exception's message, plus each field's message for validation failures."""
    detail = exc.detail
    if isinstance(exc.extra, list) and exc.extra:
        problems = []
        for item in exc.extra:
            if isinstance(item, dict) and item.get("message"):
                key = item.get("key")
                problems.append(f"{key}: {item['message']}" if key else str(item["message"]))
        if problems:
            detail = f"{detail}: {'; '.join(problems)}"
    return detail


def problem_details_plugin(max_body_bytes: int) -> ProblemDetailsPlugin:
    def to_problem(exc: HTTPException) -> ProblemDetailsException:
        detail = _detail(exc)
        if exc.status_code == 413:
            detail = (
                f"request body is too large: a check may be up to {max_body_bytes} bytes, a verify request "
                f"up to {VERIFY_BODY_BYTES // MiB} MiB, one article up to {ARTICLE_BODY_BYTES // MiB} MiB, "
                f"a batch up to {BATCH_BODY_BYTES // MiB} MiB"
            )
        return ProblemDetailsException(
            status_code=exc.status_code,
            title=_title(exc.status_code),
            detail=detail,
            headers=dict(exc.headers or {}) or None,
            extra=exc.extra if isinstance(exc.extra, dict) else None,
        )

    return ProblemDetailsPlugin(
        ProblemDetailsConfig(
            enable_for_all_http_exceptions=True, exception_to_problem_detail_map={HTTPException: to_problem}
        )
    )


class UnsupportedMediaType(ClientException):
    """The body was sent as something other than JSON."""

    status_code = 415


def _is_json(media_type: str) -> bool:
    """``application/json`` or a JSON-based ``application/*+json`` type; parameters are ignored."""
    return media_type == "application/json" or (media_type.startswith("application/") and media_type.endswith("+json"))


def strict_body(schema: type[Any]) -> Callable[[Request[Any, Any, Any]], Awaitable[None]]:
    """A ``before_request`` hook that refuses non-JSON media types and decodes the body strictly.

    Litestar reads any body as JSON whatever its ``Content-Type``, so a form or text body would
    be parsed as if it were JSON; it gets a 415 instead, before the body is read. A request with
    no ``Content-Type`` at all is still read as JSON: many simple clients leave it out.
    Litestar's own decoding coerces some wrong types (``"5"`` as an integer) and words an empty
    body poorly; decoding once more with msgspec, strictly, gives every malformed body a 400
    that names the problem. The body is at most ``max_body_bytes``, so this costs microseconds.
    """

    async def decode(request: Request[Any, Any, Any]) -> None:
        media_type, _ = request.content_type  # lower-cased, parameters such as charset split off
        if media_type and not _is_json(media_type):
            raise UnsupportedMediaType(
                f"unsupported Content-Type {media_type}: send the JSON body with Content-Type: application/json"
            )
        body = await request.body()
        if not body.strip():
            raise ValidationException('request body is empty: send a JSON object such as {"claim": "..."}')
        try:
            msgspec.json.decode(body, type=schema, strict=True)
        except msgspec.ValidationError as error:
            raise ValidationException(f"invalid request: {error}") from None
        except msgspec.DecodeError as error:
            raise ValidationException(f"request body is not valid JSON: {error}") from None
        except UnicodeDecodeError as error:
            raise ValidationException(f"request body is not UTF-8: byte {error.start} cannot be decoded") from None

    return decode


def unexpected_error(request: Request[Any, Any, Any], exc: Exception) -> Response[dict[str, Any]]:
    log.exception("unhandled error on %s %s", request.method, request.url.path, exc_info=exc)
    return Response(
        {"status": 500, "title": _title(500), "detail": "An unexpected error occurred; it has been logged."},
        status_code=500,
        media_type=PROBLEM_JSON,
    )


def problem_responses(*statuses: int) -> dict[int, ResponseSpec]:
    """OpenAPI entries for the problems a route answers with, so the docs page shows their shape."""
    return {
        status: ResponseSpec(Problem, description=_WHEN[status], media_type=PROBLEM_JSON, generate_examples=False)
        for status in statuses
    }


_WHEN = {
    400: "The body is not valid JSON or not UTF-8, a field has the wrong type or is out of range, or an "
    "unknown field was sent; `detail` names it.",
    401: "An API key is required and none was sent.",
    403: "The API key sent is not one of the configured keys.",
    413: "The body is larger than this route accepts.",
    415: "The body was sent with a `Content-Type` other than `application/json` (or `application/*+json`); "
    "a request with no `Content-Type` is read as JSON.",
    422: "The article has no prose left once page debris is removed.",
    503: "The models and index are still loading (see `Retry-After`), or they failed to load.",
}


class NotReady(HTTPException):
    """The models or the index are still loading (or failed to load)."""

    status_code = 503

    def __init__(self, detail: str) -> None:
        super().__init__(detail=detail, headers={"Retry-After": "5"})
