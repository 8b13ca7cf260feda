"""The docs page as a person sees it: headless Chromium, no network beyond loopback."""

from __future__ import annotations

import json
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlparse

import pytest

from tests.test_service import Server, start

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = [
    pytest.mark.e2e,
    pytest.mark.real_models,
    pytest.mark.skipif(CHROMIUM is None, reason="needs Debian's chromium (.ci/run installs it)"),
]
# Flags for a quiet headless browser that makes no background connections of its own.
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--virtual-time-budget=15000",
    "--window-size=1280,1400",
]


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    data_dir = tmp_path_factory.mktemp("docs")
    running = start(data_dir, data_dir.parent / "docs-server.log")
    yield running
    running.stop()


def chromium(url: str, profile: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    assert CHROMIUM is not None
    command = [CHROMIUM, *FLAGS, f"--user-data-dir={profile}", *extra, url]
    return subprocess.run(command, capture_output=True, text=True, timeout=120, check=True)


def test_the_docs_page_renders_every_operation_from_local_assets(server: Server, tmp_path: Path) -> None:
    net_log = tmp_path / "net-log.json"
    dom = chromium(f"{server.url}/docs", tmp_path / "profile", f"--log-net-log={net_log}", "--dump-dom").stdout
    for operation in ("/v1/check", "/v1/verify", "/v1/articles", "/healthz", "/readyz"):
        assert operation in dom, f"{operation} not rendered"
    assert "opblock" in dom  # Swagger UI's operation blocks: the JavaScript ran
    requested = requests_made_by_the_page(net_log)
    hosts = {urlparse(url).hostname for url in requested}
    assert hosts == {"127.0.0.1"}, f"the page fetched from beyond loopback: {sorted(requested)}"
    assert any(url.endswith("/docs/assets/swagger-ui-bundle.js") for url in requested)


def requests_made_by_the_page(net_log: Path) -> set[str]:
    """URLs the page asked for. Chromium's own background calls (update checks and the like, which
    a closed network refuses anyway) have no initiating origin and are not the page's doing."""
    log = json.loads(net_log.read_text())
    start_job = log["constants"]["logEventTypes"]["URL_REQUEST_START_JOB"]
    return {
        event["params"]["url"]
        for event in log["events"]
        if event["type"] == start_job and event.get("params", {}).get("initiator", "").startswith("http")
    }


def test_a_screenshot_shows_the_page(server: Server, tmp_path: Path) -> None:
    screenshot = tmp_path / "docs.png"
    chromium(f"{server.url}/docs", tmp_path / "profile", f"--screenshot={screenshot}")
    assert screenshot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert screenshot.stat().st_size > 20_000  # a rendered page, not a blank one
    print(json.dumps({"screenshot": str(screenshot)}))
