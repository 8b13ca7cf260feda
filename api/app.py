"""The Litestar application: routes, wiring, and start-up that loads models in the background."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from typing import Any

from litestar import Litestar, Response, get, post
from litestar.datastructures import MutableScopeHeaders, State
from litestar.di import Provide
from litestar.status_codes import HTTP_200_OK
from litestar.types import Message, Scope

from api.articles import ArticleController, add_batch
from api.auth import require_read_access
from api.checker import Checker
from api.docs import docs_page
from api.errors import problem_details_plugin, problem_responses, strict_body, unexpected_error
from api.metrics import CHECKS, metrics, prometheus
from api.observability import request_context
from api.readiness import Readiness
from api.schemas import VERIFY_BODY_BYTES, CheckRequest, CheckResponse, Health, VerifyRequest, VerifyResponse
from api.settings import Settings


def provide_checker(state: State) -> Checker:
    readiness: Readiness = state.readiness
    return readiness.require()


@post(
    "/v1/check",
    status_code=HTTP_200_OK,
    sync_to_thread=True,  # embedding and the stance model are CPU work: keep them off the event loop
    summary="Check a claim against the corpus",
    description="Finds the corpus sentences nearest to the claim, judges each with the stance model and "
    "returns the supporting and contradicting passages with their sources and a verdict.",
    before_request=strict_body(CheckRequest),
    guards=[require_read_access],
    responses=problem_responses(400, 401, 403, 413, 415, 503),
)
def check(data: CheckRequest, checker: Checker) -> CheckResponse:
    result = checker.check(data.claim.strip(), data.top_k, data.publishers, data.as_of)
    CHECKS.labels(result.verdict).inc()
    return result


@post(
    "/v1/verify",
    status_code=HTTP_200_OK,
    sync_to_thread=True,
    summary="Judge a claim against passages you provide",
    description="No retrieval: each passage is judged against the claim (in the order given) and counted as a "
    "separate source for the verdict. For checking generated text against your own sources.",
    before_request=strict_body(VerifyRequest),
    guards=[require_read_access],
    request_max_body_size=VERIFY_BODY_BYTES,
    responses=problem_responses(400, 401, 403, 413, 415, 503),
)
def verify(data: VerifyRequest, checker: Checker) -> VerifyResponse:
    return checker.verify(data.claim.strip(), data.passages)


@get("/healthz", summary="Liveness: the process answers", sync_to_thread=False)
def healthz() -> Health:
    return Health(status="ok")


@get("/readyz", summary="Readiness: models and index loaded (503 until then)", sync_to_thread=False)
def readyz(state: State) -> Response[Health]:
    readiness: Readiness = state.readiness
    if readiness.checker is None:
        body = Health(
            status="failed" if readiness.failure else "loading",
            detail=readiness.failure or "models and index are still loading",
        )
        return Response(body, status_code=503, headers={"Retry-After": "5"})
    corpus = readiness.checker.corpus
    return Response(
        Health(
            status="ok", articles=corpus.article_count, sentences=corpus.sentence_count, index_version=corpus.version
        )
    )


async def name_the_index_version(message: Message, scope: Scope) -> None:
    """Every answer says which corpus it came from, bodiless ones (204) too.

    A ``before_send`` hook belongs to the app alone (route handlers are shared by every app a
    process creates, and hooks layered onto them would be too), so it finds the app in the scope.
    """
    readiness: Readiness = scope["app"].state.readiness
    if message["type"] == "http.response.start" and readiness.checker is not None:
        MutableScopeHeaders.from_message(message)["X-Index-Version"] = str(readiness.checker.corpus.version)


def create_app(settings: Settings, load_checker: Callable[[], Checker] | None = None) -> Litestar:
    """The app; ``load_checker`` builds the checker (the real models by default, fakes in tests)."""
    readiness = Readiness(load_checker or (lambda: Checker.from_settings(settings)))

    @asynccontextmanager
    async def lifespan(app: Litestar) -> AsyncIterator[None]:
        readiness.start()
        yield
        if readiness.checker is not None:
            readiness.checker.corpus.close()

    exception_handlers: dict[Any, Any] = {Exception: unexpected_error}
    openapi_config, docs_assets = docs_page()
    app = Litestar(
        route_handlers=[
            check,
            verify,
            healthz,
            readyz,
            ArticleController,
            add_batch,
            metrics,
            docs_assets,
        ],
        middleware=[prometheus.middleware],  # by route template, so matched routes only
        dependencies={"checker": Provide(provide_checker, sync_to_thread=False)},
        state=State({"readiness": readiness, "settings": settings}),
        lifespan=[lifespan],
        plugins=[problem_details_plugin(settings.max_body_bytes)],
        exception_handlers=exception_handlers,
        request_max_body_size=settings.max_body_bytes,
        before_send=[name_the_index_version],
        logging_config=None,  # the process configures logging (JSON lines, see api.observability)
        openapi_config=openapi_config,
    )
    # Request ids and the request log wrap the whole app, not each route: Litestar runs its
    # ``middleware`` only for matched routes, and answers 404 and 405 "before the middleware stack
    # is called" (docs: usage/middleware/using-middleware, "Middlewares and Exceptions").
    # ``Litestar.__call__`` hands every HTTP request to ``asgi_handler``, the router wrapped in its
    # exception handler, and Litestar itself wraps that same handler with its app-wide CORS and
    # OpenTelemetry middleware (``Litestar._create_asgi_handler``), so these answers pass through
    # here too. ``before_send`` hooks still run after, on the way out.
    app.asgi_handler = request_context(app.asgi_handler)
    return app
