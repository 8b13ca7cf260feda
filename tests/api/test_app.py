"""The HTTP contract, in process, with the fake models: shapes, statuses, problem details."""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Iterator

import pytest
from litestar.testing import TestClient

from api.app import create_app
from api.checker import Checker
from api.settings import Settings


@pytest.fixture
def client(checker: Checker) -> Iterator[TestClient]:  # type: ignore[type-arg]
    with TestClient(create_app(Settings(), load_checker=lambda: checker)) as client:
        wait_until_ready(client)
        yield client


def wait_until_ready(client: TestClient) -> None:  # type: ignore[type-arg]
    deadline = time.monotonic() + 10
    while client.get("/readyz").status_code != 200:
        assert time.monotonic() < deadline, "never became ready"
        time.sleep(0.01)


def test_a_supported_claim_lists_its_evidence_with_sources(client: TestClient) -> None:  # type: ignore[type-arg]
    response = client.post("/v1/check", json={"claim": "600 trucks of aid enter Gaza every day"})
    assert response.status_code == 200
    body = response.json()
    assert body["verdict"] == "supported" and 0 <= body["confidence"] <= 1
    [evidence] = body["supporting"]
    assert evidence["text"] == "Under the agreement, 600 trucks of aid enter Gaza every day."
    assert evidence["source"] == {
        "article_id": "trucks",
        "title": "Aid deal",
        "publisher": "Outlet A",
        "url": None,
        "published": None,
    }
    assert evidence["span"] == {"start": 9, "end": 69}
    assert set(evidence) >= {"text", "score", "similarity", "source", "span", "probabilities"}
    assert body["outlets"] == {"supporting": 1, "contradicting": 0}


def test_a_contradicted_claim_is_refuted(client: TestClient) -> None:  # type: ignore[type-arg]
    body = client.post("/v1/check", json={"claim": "Aid convoy crossed into Gaza on Tuesday"}).json()
    assert body["verdict"] == "refuted" and body["supporting"] == []
    assert [e["source"]["publisher"] for e in body["contradicting"]] == ["Outlet B"]


def test_a_claim_the_corpus_does_not_address_lists_nothing(client: TestClient) -> None:  # type: ignore[type-arg]
    body = client.post("/v1/check", json={"claim": "Bitcoin rose above its record price"}).json()
    assert body["verdict"] == "not_enough_evidence"
    assert body["supporting"] == [] and body["contradicting"] == []


@pytest.mark.parametrize(
    ("body", "status", "detail"),
    [
        (b"{not json", 400, "not valid JSON"),
        (b"", 400, "body is empty"),
        (b"[]", 400, "Expected `object`"),
        (b'{"claim": 5}', 400, "$.claim"),
        (b'{"claim": null}', 400, "$.claim"),
        (b'{"claim": "x", "verbose": true}', 400, "unknown field `verbose`"),
        (b'{"top_k": 3}', 400, "missing required field `claim`"),
        (b'{"claim": ""}', 400, "$.claim"),
        (b'{"claim": " \\n\\t "}', 400, "only whitespace"),
        (b'{"claim": "\\u0000\\u200b"}', 400, "invisible characters"),
        (b'{"claim": "caf\xe9 trucks"}', 400, "not UTF-8"),
        (json.dumps({"claim": "a" * 1001}).encode(), 400, "length <= 1000"),
        (b'{"claim": "x", "top_k": 0}', 400, ">= 1"),
        (b'{"claim": "x", "top_k": 21}', 400, "<= 20"),
        (b'{"claim": "x", "top_k": "5"}', 400, "$.top_k"),
        (b'{"claim": "x", "top_k": 2.5}', 400, "$.top_k"),
        (json.dumps({"claim": "x" * 900, "pad": "y" * 200_000}).encode(), 413, "up to 131072 bytes"),
    ],
)
def test_bad_requests_get_problem_details(client: TestClient, body: bytes, status: int, detail: str) -> None:  # type: ignore[type-arg]
    response = client.post("/v1/check", content=body, headers={"content-type": "application/json"})
    assert response.status_code == status
    assert response.headers["content-type"].startswith("application/problem+json")
    problem = response.json()
    assert problem["status"] == status and problem["title"]
    assert detail in problem["detail"]


def test_verify_judges_each_given_passage_in_order(client: TestClient) -> None:  # type: ignore[type-arg]
    passages = [
        "The talks were held in Cairo on Tuesday.",
        "Officials said no aid convoy crossed into Gaza on Tuesday.",
        "Aid convoy crossed into Gaza on Tuesday.",
    ]
    response = client.post(
        "/v1/verify", json={"claim": "Aid convoy crossed into Gaza on Tuesday", "passages": passages}
    )
    assert response.status_code == 200
    body = response.json()
    assert [r["label"] for r in body["results"]] == ["neither", "contradicts", "supports"]
    assert body["verdict"] == "conflicting"
    for result in body["results"]:
        assert abs(sum(result["probabilities"].values()) - 1) < 1e-3
        assert isinstance(result["reasons"], list)


def test_verify_finds_the_sentence_that_decides_inside_a_paragraph(client: TestClient) -> None:  # type: ignore[type-arg]
    claim = "Aid convoy crossed into Gaza on Tuesday"
    paragraph = (
        "The talks were held in Cairo on Tuesday. Mediators met for hours behind closed doors. "
        "Officials said no aid convoy crossed into Gaza on Tuesday. The next round is due next week."
    )
    body = client.post("/v1/verify", json={"claim": claim, "passages": [paragraph, "Too short"]}).json()
    deciding, fallback = body["results"]
    assert deciding["label"] == "contradicts" and body["verdict"] == "refuted"
    start, end = deciding["span"]["start"], deciding["span"]["end"]
    assert paragraph[start:end] == "Officials said no aid convoy crossed into Gaza on Tuesday."
    # A passage too short to split into sentences is judged whole.
    assert fallback["label"] == "neither" and fallback["span"] == {"start": 0, "end": len("Too short")}


@pytest.mark.parametrize(
    ("body", "detail"),
    [
        ({"claim": "x", "passages": []}, "length >= 1"),
        ({"claim": "x", "passages": ["ok"] * 33}, "length <= 32"),
        ({"claim": "x", "passages": ["a" * 2001]}, "length <= 2000"),
        ({"claim": "x", "passages": ["fine", "  "]}, "passages[1]"),
        ({"claim": "x", "passages": ["\u200b\u0000"]}, "passages[0]"),
        ({"claim": "x", "passages": "not a list"}, "Expected `array`"),
        ({"claim": "x"}, "missing required field `passages`"),
    ],
)
def test_verify_rejects_bad_passages(client: TestClient, body: dict[str, object], detail: str) -> None:  # type: ignore[type-arg]
    response = client.post("/v1/verify", json=body)
    assert response.status_code == 400
    assert detail in response.json()["detail"]


def test_verify_accepts_its_largest_documented_request_in_any_script(client: TestClient) -> None:  # type: ignore[type-arg]
    # JSON escapes an emoji as a surrogate pair: 12 bytes for one character of the 2,000 allowed.
    body = json.dumps({"claim": "x", "passages": ["\U0001f600" * 2000] * 32}).encode()
    assert len(body) > 700_000
    response = client.post("/v1/verify", content=body, headers={"content-type": "application/json"})
    assert response.status_code == 200
    assert len(response.json()["results"]) == 32


def test_unknown_routes_and_methods_are_problems_too(client: TestClient) -> None:  # type: ignore[type-arg]
    for response, status in ((client.get("/v2/nothing"), 404), (client.get("/v1/check"), 405)):
        assert response.status_code == status
        assert response.headers["content-type"].startswith("application/problem+json")


@pytest.mark.parametrize(
    ("route", "content_type"),
    [
        ("/v1/check", "text/plain"),
        ("/v1/check", "application/x-www-form-urlencoded"),  # what curl -d sends
        ("/v1/check", "multipart/form-data; boundary=x"),
        ("/v1/verify", "text/plain; charset=utf-8"),
    ],
)
def test_a_body_sent_as_anything_but_json_is_415(client: TestClient, route: str, content_type: str) -> None:  # type: ignore[type-arg]
    body = json.dumps({"claim": "600 trucks of aid enter Gaza every day", "passages": ["600 trucks a day"]})
    response = client.post(route, content=body.encode(), headers={"content-type": content_type})
    assert response.status_code == 415
    assert response.headers["content-type"].startswith("application/problem+json")
    problem = response.json()
    assert problem["status"] == 415 and problem["title"] == "Unsupported Media Type"
    assert content_type.split(";")[0] in problem["detail"] and "application/json" in problem["detail"]


@pytest.mark.parametrize(
    "content_type",
    [
        "application/json",
        "application/json; charset=utf-8",
        "Application/JSON",
        "application/vnd.factcheck+json",
        None,  # no Content-Type at all: read as JSON, since many simple clients leave it out
    ],
)
def test_json_bodies_are_accepted_with_or_without_a_content_type(client: TestClient, content_type: str | None) -> None:  # type: ignore[type-arg]
    headers = {"content-type": content_type} if content_type else {}
    body = json.dumps({"claim": "600 trucks of aid enter Gaza every day"}).encode()
    response = client.post("/v1/check", content=body, headers=headers)
    assert response.status_code == 200 and response.json()["verdict"] == "supported"


def test_not_ready_until_the_checker_is_loaded(checker: Checker) -> None:
    release = __import__("threading").Event()

    def slow_load() -> Checker:
        release.wait(5)
        return checker

    with TestClient(create_app(Settings(), load_checker=slow_load)) as client:
        assert client.get("/healthz").status_code == 200
        assert client.get("/readyz").status_code == 503
        early = client.post("/v1/check", json={"claim": "600 trucks"})
        assert early.status_code == 503 and early.headers["retry-after"]
        assert early.headers["content-type"].startswith("application/problem+json")
        release.set()
        wait_until_ready(client)
        assert client.get("/readyz").json()["articles"] == 2


def test_a_failed_load_is_reported_not_hidden() -> None:
    def broken() -> Checker:
        raise FileNotFoundError("no model at /nowhere")

    with TestClient(create_app(Settings(), load_checker=broken)) as client:
        deadline = time.monotonic() + 5
        while client.get("/readyz").json()["status"] == "loading" and time.monotonic() < deadline:
            time.sleep(0.01)
        ready = client.get("/readyz")
        assert ready.status_code == 503 and "no model at /nowhere" in ready.json()["detail"]
        assert client.post("/v1/check", json={"claim": "x"}).status_code == 503


def test_unexpected_errors_are_500_problems_without_internals(checker: Checker) -> None:
    class Exploding(Checker):
        def check(self, claim: str, top_k: int = 5):  # type: ignore[no-untyped-def]
            raise RuntimeError("secret internals")

    exploding = Exploding(checker.corpus, checker.stance, 0.1)
    with TestClient(create_app(Settings(), load_checker=lambda: exploding), raise_server_exceptions=False) as client:
        wait_until_ready(client)
        response = client.post("/v1/check", json={"claim": "x"})
        assert response.status_code == 500
        assert response.headers["content-type"].startswith("application/problem+json")
        assert "secret" not in response.text


def test_the_openapi_document_describes_the_check(client: TestClient) -> None:  # type: ignore[type-arg]
    schema = client.get("/docs/openapi.json").json()
    assert "/v1/check" in schema["paths"]
    request = schema["components"]["schemas"]["CheckRequest"]
    assert request["properties"]["top_k"]["maximum"] == 20
    passages = schema["components"]["schemas"]["VerifyRequest"]["properties"]["passages"]
    assert passages["maxItems"] == 32 and passages["items"]["maxLength"] == 2000
    # Errors are documented as they are sent: problem details, for every status a check can answer.
    for route in ("/v1/check", "/v1/verify"):
        responses = schema["paths"][route]["post"]["responses"]
        assert {"400", "413", "415", "503"} <= set(responses)
        assert set(responses["400"]["content"]) == {"application/problem+json"}
    problem = schema["components"]["schemas"]["Problem"]
    assert set(problem["required"]) == {"status", "title", "detail"}


def test_the_docs_page_loads_its_assets_from_the_service_not_a_cdn(client: TestClient) -> None:  # type: ignore[type-arg]
    page = client.get("/docs").text
    assert "cdn." not in page and "https://" not in page
    for asset in ("swagger-ui-bundle.js", "swagger-ui.css", "swagger-ui-standalone-preset.js", "favicon-32x32.png"):
        assert f"/docs/assets/{asset}" in page
        assert client.get(f"/docs/assets/{asset}").status_code == 200


def test_metrics_count_requests_by_route_and_checks_by_verdict(client: TestClient) -> None:  # type: ignore[type-arg]
    client.post("/v1/check", json={"claim": "600 trucks of aid enter Gaza every day"})
    client.post("/v1/check", content=b"{bad", headers={"content-type": "application/json"})
    metrics = client.get("/metrics")
    assert metrics.status_code == 200 and metrics.headers["content-type"].startswith("text/plain")
    text = metrics.text
    assert 'factcheck_checks_total{verdict="supported"}' in text
    requests = [line for line in text.splitlines() if line.startswith("factcheck_requests_total{")]
    assert any('path="/v1/check"' in line and 'status_code="400"' in line for line in requests)
    assert "factcheck_request_duration_seconds_bucket" in text
    assert "factcheck_index_sentences 4.0" in text
    assert "factcheck_model_load_seconds" in text


def test_request_ids_are_propagated_or_made_up(client: TestClient) -> None:  # type: ignore[type-arg]
    assert client.get("/healthz", headers={"X-Request-ID": "abc-123"}).headers["x-request-id"] == "abc-123"
    made_up = client.get("/healthz", headers={"X-Request-ID": "bad id with spaces"}).headers["x-request-id"]
    assert made_up != "bad id with spaces" and len(made_up) == 32


def test_a_request_id_is_echoed_once_on_a_matched_route(client: TestClient) -> None:  # type: ignore[type-arg]
    response = client.post("/v1/check", json={"claim": "x"}, headers={"X-Request-ID": "abc-123"})
    assert response.headers.get_list("x-request-id") == ["abc-123"]


@pytest.mark.parametrize(
    ("method", "path", "status"),
    [("GET", "/v2/nothing", 404), ("GET", "/v1/check", 405), ("DELETE", "/healthz", 405)],
)
def test_answers_given_before_routing_carry_the_request_id_and_are_logged(
    client: TestClient,  # type: ignore[type-arg]
    caplog: pytest.LogCaptureFixture,
    method: str,
    path: str,
    status: int,
) -> None:
    caplog.set_level(logging.INFO, logger="factcheck.requests")
    response = client.request(method, path, headers={"X-Request-ID": "req-42"})
    assert response.status_code == status
    assert response.headers["content-type"].startswith("application/problem+json")
    assert response.headers.get_list("x-request-id") == ["req-42"]
    assert response.headers["x-index-version"] == "2"
    [line] = [r for r in caplog.records if r.name == "factcheck.requests"]
    assert (line.method, line.path, line.status) == (method, path, status)  # type: ignore[attr-defined]
    made_up = client.request(method, path).headers["x-request-id"]
    assert len(made_up) == 32


def test_every_answer_names_the_index_version(client: TestClient) -> None:  # type: ignore[type-arg]
    assert client.get("/healthz").headers["x-index-version"] == "2"
    assert client.post("/v1/check", content=b"{bad").headers["x-index-version"] == "2"
