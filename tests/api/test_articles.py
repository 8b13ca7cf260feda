"""The article routes over HTTP, in process, with the fake models; and who may use them."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from litestar.testing import TestClient

from api.app import create_app
from api.checker import Checker
from api.settings import Settings
from tests.api.test_app import wait_until_ready
from tests.conftest import make_checker

KEY = "s3cret-key"
WRITE = {"Authorization": f"Bearer {KEY}"}
ARTICLE = {
    "title": "Convoy reaches Rafah",
    "text": "A convoy of 40 aid trucks reached Rafah on Monday.\nOfficials said more convoys would follow this week.",
    "publisher": "Outlet C",
    "url": "https://example.org/convoy",
    "published": "2025-11-24",
}


def client_for(checker: Checker, **settings: object) -> TestClient:  # type: ignore[type-arg]
    return TestClient(create_app(Settings(**settings), load_checker=lambda: checker))  # type: ignore[arg-type]


@pytest.fixture
def client(checker: Checker) -> Iterator[TestClient]:  # type: ignore[type-arg]
    with client_for(checker, api_keys=KEY) as client:
        wait_until_ready(client)
        yield client


def test_an_added_article_is_searchable_at_once(client: TestClient) -> None:  # type: ignore[type-arg]
    version = client.get("/readyz").json()["index_version"]
    response = client.post("/v1/articles", json=ARTICLE, headers=WRITE)
    assert response.status_code == 201
    body = response.json()
    assert body["sentences"] == 2 and not body["duplicate"] and body["index_version"] > version
    check = client.post("/v1/check", json={"claim": "A convoy of 40 aid trucks reached Rafah on Monday"}).json()
    assert check["supporting"][0]["source"]["article_id"] == body["id"]
    assert check["index_version"] == body["index_version"]


def test_the_same_article_twice_is_stored_once(client: TestClient) -> None:  # type: ignore[type-arg]
    first = client.post("/v1/articles", json=ARTICLE, headers=WRITE).json()
    again = client.post("/v1/articles", json={**ARTICLE, "text": ARTICLE["text"] + " Updated."}, headers=WRITE)
    assert again.status_code == 200
    assert again.json()["duplicate"] and again.json()["id"] == first["id"]  # same url


def test_show_list_and_delete(client: TestClient) -> None:  # type: ignore[type-arg]
    added = client.post("/v1/articles", json=ARTICLE, headers=WRITE).json()
    shown = client.get(f"/v1/articles/{added['id']}").json()
    assert shown["text"] == ARTICLE["text"] and shown["published"] == "2025-11-24"
    for sentence in shown["sentences"]:
        assert shown["text"][sentence["start"] : sentence["end"]] == sentence["text"]
    page = client.get("/v1/articles", params={"publisher": "Outlet C"}).json()
    assert [item["id"] for item in page["items"]] == [added["id"]] and page["total"] == 1
    assert (
        client.get("/v1/articles", params={"published_to": "2025-11-23", "publisher": "Outlet C"}).json()["total"] == 0
    )
    assert client.get("/v1/articles", params={"limit": 1}).json()["total"] == 3
    assert client.delete(f"/v1/articles/{added['id']}", headers=WRITE).status_code == 204
    assert client.get(f"/v1/articles/{added['id']}").status_code == 404
    assert client.delete(f"/v1/articles/{added['id']}", headers=WRITE).status_code == 404
    check = client.post("/v1/check", json={"claim": "A convoy of 40 aid trucks reached Rafah on Monday"}).json()
    assert all(e["source"]["article_id"] != added["id"] for e in check["supporting"] + check["contradicting"])


def test_a_batch_is_validated_whole_before_anything_is_stored(client: TestClient) -> None:  # type: ignore[type-arg]
    empty = {**ARTICLE, "url": None, "text": "- Only a headline list\n- And another one"}
    response = client.post("/v1/articles:batch", json={"articles": [ARTICLE, empty]}, headers=WRITE)
    assert response.status_code == 422 and "article 1" in response.json()["detail"]
    assert client.get("/v1/articles").json()["total"] == 2
    response = client.post("/v1/articles:batch", json={"articles": [ARTICLE, ARTICLE]}, headers=WRITE)
    assert [r["duplicate"] for r in response.json()["results"]] == [False, True]


def test_check_filters_by_publisher_and_date(client: TestClient) -> None:  # type: ignore[type-arg]
    client.post("/v1/articles", json=ARTICLE, headers=WRITE)
    claim = "A convoy of 40 aid trucks reached Rafah on Monday"
    only_a = client.post("/v1/check", json={"claim": claim, "publishers": ["Outlet A"]}).json()
    assert all(e["source"]["publisher"] == "Outlet A" for e in only_a["supporting"])
    assert only_a["verdict"] == "not_enough_evidence"
    before = client.post("/v1/check", json={"claim": claim, "as_of": "2025-11-23"}).json()
    assert before["supporting"] == []
    after = client.post("/v1/check", json={"claim": claim, "as_of": "2025-11-24"}).json()
    assert after["verdict"] == "supported"


@pytest.mark.parametrize(
    ("body", "status", "detail"),
    [
        ({**ARTICLE, "text": ""}, 400, "$.text"),
        ({**ARTICLE, "text": "   "}, 400, "only whitespace"),
        ({**ARTICLE, "text": "x" * 200_001}, 400, "length <= 200000"),
        ({**ARTICLE, "published": "25/11/2025"}, 400, "$.published"),
        ({**ARTICLE, "published": "2025-02-30"}, 400, "$.published"),
        ({**ARTICLE, "url": "not a url"}, 400, "$.url"),
        ({**ARTICLE, "author": "someone"}, 400, "unknown field `author`"),
        ({"text": ARTICLE["text"]}, 400, "missing required field `title`"),
        ({**ARTICLE, "text": "- World\n- Sport"}, 422, "no sentences of prose"),
    ],
)
def test_bad_articles_are_refused_and_nothing_is_written(
    client: TestClient,  # type: ignore[type-arg]
    body: dict[str, object],
    status: int,
    detail: str,
) -> None:
    response = client.post("/v1/articles", json=body, headers=WRITE)
    assert response.status_code == status
    assert response.headers["content-type"].startswith("application/problem+json")
    assert detail in response.json()["detail"]
    assert client.get("/v1/articles").json()["total"] == 2


@pytest.mark.parametrize(
    ("route", "body"), [("/v1/articles", ARTICLE), ("/v1/articles:batch", {"articles": [ARTICLE]})]
)
def test_articles_sent_as_anything_but_json_are_415_and_nothing_is_written(
    client: TestClient,  # type: ignore[type-arg]
    route: str,
    body: dict[str, object],
) -> None:
    text = json.dumps(body).encode()
    response = client.post(route, content=text, headers={**WRITE, "content-type": "text/plain"})
    assert response.status_code == 415 and "text/plain" in response.json()["detail"]
    assert response.headers["content-type"].startswith("application/problem+json")
    assert client.get("/v1/articles").json()["total"] == 2
    # The key is checked first: a stranger learns nothing about what the route accepts.
    assert client.post(route, content=text, headers={"content-type": "text/plain"}).status_code == 401
    responses = client.get("/docs/openapi.json").json()["paths"][route]["post"]["responses"]
    assert {"400", "401", "413", "415", "422"} <= set(responses)


@pytest.mark.parametrize(
    ("headers", "status"),
    [
        ({}, 401),
        ({"Authorization": "Bearer wrong"}, 401),
        ({"Authorization": "Basic czNjcmV0LWtleQ=="}, 401),
        ({"X-API-Key": "wrong"}, 401),
        ({"X-API-Key": KEY}, 201),
        ({"Authorization": f"bearer {KEY}"}, 201),
    ],
)
def test_writes_need_a_valid_key(client: TestClient, headers: dict[str, str], status: int) -> None:  # type: ignore[type-arg]
    response = client.post("/v1/articles", json=ARTICLE, headers=headers)
    assert response.status_code == status
    if status == 401:
        assert response.headers["content-type"].startswith("application/problem+json")
        assert response.headers["www-authenticate"] == "Bearer"
        assert client.get("/v1/articles").json()["total"] == 2
    assert client.delete("/v1/articles/trucks", headers=headers).status_code == (204 if status == 201 else 401)


def test_with_no_key_configured_writes_are_refused_unless_explicitly_open(tmp_path: Path) -> None:
    with client_for(make_checker(tmp_path / "closed")) as closed:
        wait_until_ready(closed)
        refused = closed.post("/v1/articles", json=ARTICLE)
        assert refused.status_code == 403 and "FACTCHECK_API_KEYS" in refused.json()["detail"]
        assert closed.get("/v1/articles").status_code == 200
    with client_for(make_checker(tmp_path / "open"), open_writes=True) as open_:
        wait_until_ready(open_)
        assert open_.post("/v1/articles", json=ARTICLE).status_code == 201


def test_reads_can_be_closed_too(checker: Checker) -> None:
    with client_for(checker, api_keys=KEY, protect_reads=True) as client:
        wait_until_ready(client)
        assert client.get("/v1/articles").status_code == 401
        assert client.post("/v1/check", json={"claim": "aid trucks"}).status_code == 401
        assert client.post("/v1/check", json={"claim": "aid trucks"}, headers=WRITE).status_code == 200
        assert client.get("/healthz").status_code == 200
