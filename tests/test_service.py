"""End to end: the real server process, real models and index, over HTTP with httpx."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

from index.article import content_id
from index.corpus import STORE_FILE, VECTORS_FILE
from index.seeds import SEEDS_DIR

pytestmark = [pytest.mark.e2e, pytest.mark.real_models]

EXAMPLE = "600 trucks per day were agreed"
START_TIMEOUT_S = 240


@dataclass
class Server:
    process: subprocess.Popen[bytes]
    url: str
    log: Path

    def stop(self) -> None:
        self.process.send_signal(signal.SIGTERM)
        self.process.wait(timeout=30)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start(data_dir: Path, log: Path, **settings: str) -> Server:
    port = free_port()
    env = {**os.environ, "FACTCHECK_DATA_DIR": str(data_dir), "FACTCHECK_PORT": str(port), **settings}
    with log.open("ab") as output:
        process = subprocess.Popen([sys.executable, "-m", "api.cli", "serve"], env=env, stdout=output, stderr=output)
    server = Server(process, f"http://127.0.0.1:{port}", log)
    deadline = time.monotonic() + START_TIMEOUT_S
    while time.monotonic() < deadline:
        assert process.poll() is None, f"server exited early:\n{log.read_text()}"
        try:
            if httpx.get(f"{server.url}/readyz", timeout=2).status_code == 200:
                return server
        except httpx.TransportError:
            pass
        time.sleep(0.5)
    server.stop()
    raise AssertionError(f"server not ready after {START_TIMEOUT_S} s:\n{log.read_text()}")


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("data")


@pytest.fixture(scope="module")
def server(data_dir: Path) -> Iterator[Server]:
    running = start(data_dir, data_dir.parent / "server.log")
    yield running
    running.stop()


def check(server: Server, claim: str, **extra: object) -> httpx.Response:
    return httpx.post(f"{server.url}/v1/check", json={"claim": claim, **extra}, timeout=60)


def seed_text(article_id: str) -> str:
    return (SEEDS_DIR / f"{article_id}.txt").read_text(encoding="utf-8")


def test_the_example_claim_is_supported_by_the_two_outlets_that_report_it(server: Server) -> None:
    response = check(server, EXAMPLE)
    assert response.status_code == 200
    body = response.json()
    assert body["verdict"] == "supported"
    supporting = {e["source"]["article_id"]: e for e in body["supporting"]}
    assert "600 trucks of aid were supposed to enter Gaza daily" in supporting["001_742460d5deaeca39"]["text"]
    assert "600 aid trucks were to enter Gaza each day" in supporting["003_fdc0e0a0129e4e4b"]["text"]
    for evidence in body["supporting"] + body["contradicting"]:
        span = evidence["span"]
        assert seed_text(evidence["source"]["article_id"])[span["start"] : span["end"]] == evidence["text"]
    assert supporting["001_742460d5deaeca39"]["source"]["published"] == "2025-11-25"
    assert not any("600" in e["text"] for e in body["contradicting"])
    assert body["outlets"]["supporting"] >= 2


def test_a_sentence_that_points_back_comes_with_the_sentence_it_points_to(server: Server) -> None:
    body = check(server, "The second phase of the truce includes disarming Hamas").json()
    [evidence] = [e for e in body["supporting"] if e["text"].startswith("That phase concerns disarming Hamas")]
    assert "second phase" in evidence["context"]
    article = seed_text(evidence["source"]["article_id"])
    assert article.index(evidence["context"]) < evidence["span"]["start"]


def test_a_claim_the_corpus_does_not_address_gets_no_passages(server: Server) -> None:
    body = check(server, "The price of bitcoin rose above 100,000 dollars").json()
    assert body["verdict"] == "not_enough_evidence"
    assert body["supporting"] == [] and body["contradicting"] == []


@pytest.mark.parametrize(
    ("body", "status"),
    [
        (b"{not json", 400),
        (b"", 400),
        (b'{"claim": 42}', 400),
        (b'{"claim": "x", "extra": 1}', 400),
        (b'{"claim": "   "}', 400),
        (json.dumps({"claim": "a" * 1001}).encode(), 400),
        (b'{"claim": "x", "top_k": 0}', 400),
        (b'{"claim": "x", "top_k": 999}', 400),
        (json.dumps({"claim": "b" * 200_000}).encode(), 413),
    ],
)
def test_bad_input_is_a_4xx_problem_and_the_server_stays_up(server: Server, body: bytes, status: int) -> None:
    response = httpx.post(
        f"{server.url}/v1/check", content=body, headers={"content-type": "application/json"}, timeout=30
    )
    assert response.status_code == status
    assert response.headers["content-type"].startswith("application/problem+json")
    assert response.json()["detail"]
    assert httpx.get(f"{server.url}/healthz", timeout=5).status_code == 200


def test_concurrent_checks_all_answer(server: Server) -> None:
    claims = [EXAMPLE, "Hamas leaders attended the Cairo meeting", "Qatar's prime minister was in Cairo"] * 3
    with ThreadPoolExecutor(max_workers=len(claims)) as pool:
        statuses = list(pool.map(lambda claim: check(server, claim).status_code, claims))
    assert statuses == [200] * len(claims)


def test_the_docs_page_and_openapi_document_are_served(server: Server) -> None:
    assert "swagger" in httpx.get(f"{server.url}/docs", timeout=10).text.lower()
    assert "/v1/check" in httpx.get(f"{server.url}/docs/openapi.json", timeout=10).json()["paths"]


def test_the_cli_prints_the_same_result(server: Server, data_dir: Path) -> None:
    api = check(server, EXAMPLE).json()
    env = {**os.environ, "FACTCHECK_DATA_DIR": str(data_dir)}
    printed = subprocess.run(
        [sys.executable, "-m", "api.cli", "check", EXAMPLE, "--json"], env=env, capture_output=True, check=True
    )
    cli = json.loads(printed.stdout)
    for field in ("verdict", "supporting", "contradicting", "outlets", "index_version"):
        assert cli[field] == api[field], field


def test_a_restart_loads_the_persisted_index_without_re_embedding(server: Server, data_dir: Path) -> None:
    before = check(server, EXAMPLE).json()
    files = {name: (data_dir / name).stat().st_mtime_ns for name in (VECTORS_FILE, STORE_FILE)}
    server.stop()
    log = data_dir.parent / "restart.log"
    restarted = start(data_dir, log)
    try:
        after = check(restarted, EXAMPLE).json()
        assert (data_dir / VECTORS_FILE).stat().st_mtime_ns == files[VECTORS_FILE]
        assert "rebuilding" not in log.read_text()
        assert after["index_version"] == before["index_version"]
        assert after["supporting"] == before["supporting"]
    finally:
        # Hand the module fixture a live server again, so its teardown has something to stop.
        server.process, server.url = restarted.process, restarted.url


KEY = "e2e-key"


def numbered_article(i: int) -> dict[str, str]:
    return {
        "title": f"Council report {i}",
        "text": f"The city council met on Monday to discuss report number {i}.\n"
        f"Officials said {7 * i + 3} trucks were inspected at the crossing.\n"
        f"The next meeting of the council is planned for week {i % 52 + 1}.",
        "publisher": f"Outlet {i % 3}",
    }


def test_acknowledged_writes_survive_kill_9_and_checks_run_meanwhile(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    server = start(data_dir, tmp_path / "killed.log", FACTCHECK_API_KEYS=KEY)
    acknowledged: dict[str, int] = {}
    sent: dict[str, dict[str, str]] = {}
    check_statuses: list[int] = []
    stop = threading.Event()

    def keep_writing() -> None:
        for i in range(10_000):
            if stop.is_set():
                return
            article = numbered_article(i)
            sent[content_id(article["text"])] = article
            try:
                response = httpx.post(f"{server.url}/v1/articles", json=article, headers={"X-API-Key": KEY}, timeout=30)
            except httpx.TransportError:
                return  # the server died under us: this write was never acknowledged
            assert response.status_code == 201, response.text
            acknowledged[response.json()["id"]] = response.json()["sentences"]

    def keep_checking() -> None:
        while not stop.is_set():
            try:
                check_statuses.append(check(server, "Officials said trucks were inspected").status_code)
            except httpx.TransportError:
                return

    threads = [threading.Thread(target=keep_writing), threading.Thread(target=keep_checking)]
    for thread in threads:
        thread.start()
    deadline = time.monotonic() + 120
    while len(acknowledged) < 12 and time.monotonic() < deadline:
        time.sleep(0.05)
    server.process.kill()  # SIGKILL: no shutdown, no flush
    server.process.wait()
    stop.set()
    for thread in threads:
        thread.join(timeout=60)
    assert len(acknowledged) >= 12
    assert check_statuses and set(check_statuses) == {200}

    restarted = start(data_dir, tmp_path / "restarted.log", FACTCHECK_API_KEYS=KEY)
    try:
        listed = httpx.get(f"{restarted.url}/v1/articles", params={"limit": 200}, timeout=30).json()
        present = {item["id"]: item["sentences"] for item in listed["items"]}
        seeds = {path.stem for path in SEEDS_DIR.glob("*.txt")}
        # Every acknowledged article is there, whole.
        for article_id, sentences in acknowledged.items():
            assert present.get(article_id) == sentences
        # Nothing else: only seeds and articles we sent (at most the one in flight unacknowledged).
        unacknowledged = set(present) - set(acknowledged) - seeds
        assert unacknowledged <= set(sent) and len(unacknowledged) <= 1
        for article_id in unacknowledged:
            assert present[article_id] == 3  # whole, even though never acknowledged
        # The index is in step with the store: the last acknowledged article is found.
        last = max(acknowledged, key=lambda i: int(sent[i]["title"].split()[-1]))
        body = check(restarted, sent[last]["text"].splitlines()[1]).json()
        assert last in {e["source"]["article_id"] for e in body["supporting"]}
    finally:
        restarted.stop()


def test_sigterm_lets_in_flight_requests_finish_and_saves_the_index(tmp_path: Path) -> None:
    import faiss

    data_dir = tmp_path / "data"
    log = tmp_path / "server.log"
    server = start(data_dir, log, FACTCHECK_OPEN_WRITES="true")
    added = httpx.post(f"{server.url}/v1/articles", json=numbered_article(1), timeout=30)
    assert added.status_code == 201
    with ThreadPoolExecutor(max_workers=1) as pool:
        in_flight = pool.submit(check, server, "Officials said 10 trucks were inspected at the crossing")
        time.sleep(0.05)
        server.process.send_signal(signal.SIGTERM)
        assert in_flight.result().status_code == 200
    server.process.wait(timeout=60)
    assert server.process.returncode in (0, -signal.SIGTERM)
    index = faiss.read_index(str(data_dir / VECTORS_FILE))
    # The vectors of the article added just before shutdown were written to the index file.
    assert index.ntotal == len(stored_sentence_ids(data_dir))
    lines = [json.loads(line) for line in log.read_text().splitlines() if line.startswith("{")]
    requests = [line for line in lines if line["logger"] == "factcheck.requests"]
    assert requests and all(line["request_id"] and line["status"] for line in requests)


def stored_sentence_ids(data_dir: Path) -> list[int]:
    import sqlite3

    with sqlite3.connect(data_dir / STORE_FILE) as db:
        return [row[0] for row in db.execute("SELECT id FROM sentences")]


def test_the_article_lifecycle_over_http(tmp_path: Path) -> None:
    server = start(tmp_path / "data", tmp_path / "articles.log", FACTCHECK_API_KEYS=KEY)
    url, auth = f"{server.url}/v1/articles", {"Authorization": f"Bearer {KEY}"}
    article = {**numbered_article(7), "published": "2025-11-20", "url": "https://example.org/report-7"}
    claim = article["text"].splitlines()[1]
    try:
        assert httpx.post(url, json=article, timeout=30).status_code == 401
        assert httpx.post(url, json=article, headers={"X-API-Key": "wrong"}, timeout=30).status_code == 401
        added = httpx.post(url, json=article, headers=auth, timeout=30)
        assert added.status_code == 201 and added.json()["sentences"] == 3
        article_id, version = added.json()["id"], added.json()["index_version"]
        again = httpx.post(url, json={**article, "title": "Same url"}, headers=auth, timeout=30)
        assert again.status_code == 200 and again.json()["duplicate"] and again.json()["id"] == article_id
        shown = httpx.get(f"{url}/{article_id}", timeout=30).json()
        assert [shown["text"][s["start"] : s["end"]] for s in shown["sentences"]] == [
            s["text"] for s in shown["sentences"]
        ]
        listed = httpx.get(url, params={"publisher": article["publisher"]}, timeout=30).json()
        assert [item["id"] for item in listed["items"]] == [article_id]
        found = check(server, claim).json()
        assert article_id in {e["source"]["article_id"] for e in found["supporting"]}
        assert found["index_version"] == version
        earlier = check(server, claim, as_of="2025-11-19").json()
        later = check(server, claim, as_of="2025-11-20", publishers=[article["publisher"]]).json()
        assert earlier["supporting"] == [] and [e["source"]["article_id"] for e in later["supporting"]] == [article_id]
        assert httpx.post(url, json={**article, "text": ""}, headers=auth, timeout=30).status_code == 400
        assert httpx.delete(f"{url}/{article_id}", timeout=30).status_code == 401
        deleted = httpx.delete(f"{url}/{article_id}", headers=auth, timeout=30)
        assert deleted.status_code == 204 and int(deleted.headers["x-index-version"]) > version
        assert httpx.get(f"{url}/{article_id}", timeout=30).status_code == 404
        gone = check(server, claim).json()
        assert article_id not in {e["source"]["article_id"] for e in gone["supporting"] + gone["contradicting"]}
    finally:
        server.stop()
