"""Service benchmark: cold and warm start-up, and check latency against a retrieval-only baseline.

    make bench            (or: python bench/service.py --checks 30)

Starts the real server on a fresh data directory (cold: builds the index from the seeds), stops
it, starts it again on the same directory (warm: loads the index), then times checks over HTTP,
and the largest request ``POST /v1/verify`` accepts (32 passages of 2,000 characters of seed
prose, judged sentence by sentence). The baseline is the same corpus search without the stance
model, timed in-process.
"""

from __future__ import annotations

import argparse
import os
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

CLAIMS = [
    "600 trucks per day were agreed",
    "Hamas leaders attended the Cairo meeting",
    "Qatar's prime minister took part in the talks in Cairo",
    "More than 300 Palestinians have been killed since the truce began",
    "The price of bitcoin rose above 100,000 dollars",
]
VERIFY_REQUESTS = 5


def largest_verify_body() -> dict[str, object]:
    """32 passages of 2,000 characters cut from the seed articles: the most /v1/verify accepts."""
    from api.schemas import MAX_PASSAGE_CHARS, MAX_PASSAGES
    from index.seeds import SEEDS_DIR

    prose = " ".join(" ".join(path.read_text(encoding="utf-8").split()) for path in sorted(SEEDS_DIR.glob("*.txt")))
    while len(prose) < MAX_PASSAGES * MAX_PASSAGE_CHARS:
        prose += " " + prose
    passages = [prose[i * MAX_PASSAGE_CHARS : (i + 1) * MAX_PASSAGE_CHARS] for i in range(MAX_PASSAGES)]
    return {"claim": CLAIMS[0], "passages": passages}


def start(data_dir: Path) -> tuple[subprocess.Popen[bytes], str, float]:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = {
        **os.environ,
        "FACTCHECK_DATA_DIR": str(data_dir),
        "FACTCHECK_PORT": str(port),
        "FACTCHECK_LOG_LEVEL": "WARNING",
    }
    started = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-m", "api.cli", "serve"], env=env)
    url = f"http://127.0.0.1:{port}"
    while True:
        if process.poll() is not None:
            raise SystemExit("server exited during start-up")
        try:
            if httpx.get(f"{url}/readyz", timeout=2).status_code == 200:
                return process, url, time.perf_counter() - started
        except httpx.TransportError:
            pass
        time.sleep(0.1)


def percentiles(samples: list[float]) -> str:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return f"p50 {1000 * statistics.median(ordered):7.1f} ms   p95 {1000 * p95:7.1f} ms"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--checks", type=int, default=30, help="timed checks per claim set pass")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        data_dir = Path(tmp)
        process, _, cold = start(data_dir)
        process.send_signal(signal.SIGTERM)
        process.wait()
        process, url, warm = start(data_dir)
        try:
            with httpx.Client(timeout=60) as client:
                client.post(f"{url}/v1/check", json={"claim": CLAIMS[0]})  # first request warms caches
                latencies = []
                for i in range(args.checks):
                    began = time.perf_counter()
                    client.post(f"{url}/v1/check", json={"claim": CLAIMS[i % len(CLAIMS)]}).raise_for_status()
                    latencies.append(time.perf_counter() - began)
                body = largest_verify_body()
                verify_latencies = []
                for _ in range(VERIFY_REQUESTS):
                    began = time.perf_counter()
                    client.post(f"{url}/v1/verify", json=body).raise_for_status()
                    verify_latencies.append(time.perf_counter() - began)
        finally:
            process.send_signal(signal.SIGTERM)
            process.wait()
        from api.settings import Settings
        from index.corpus import Corpus
        from models.embedder import Embedder

        settings = Settings.from_env()
        corpus = Corpus.open(data_dir, Embedder(settings.embedding_model or None))
        baseline = []
        for i in range(args.checks):
            began = time.perf_counter()
            corpus.search(CLAIMS[i % len(CLAIMS)], 20, settings.min_similarity)
            baseline.append(time.perf_counter() - began)
        corpus.close()
    print(f"machine: {os.cpu_count()} CPUs; {args.checks} timed requests per row, one run")
    print(f"start-up, cold (build index from seeds): {cold:6.1f} s")
    print(f"start-up, warm (load saved index):       {warm:6.1f} s")
    print(f"POST /v1/check over HTTP (retrieve + stance + verdict): {percentiles(latencies)}")
    print(f"baseline: retrieval only, in process (no stance model): {percentiles(baseline)}")
    print(f"POST /v1/verify, 32 passages x 2,000 chars ({VERIFY_REQUESTS} requests): {percentiles(verify_latencies)}")


if __name__ == "__main__":
    main()
