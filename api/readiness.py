"""Readiness: the models and the index load in a thread while the server already answers."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable

from api.checker import Checker
from api.errors import NotReady
from api.metrics import LOAD_SECONDS

log = logging.getLogger(__name__)


class Readiness:
    """Holds the checker once loaded; loading runs in a thread so /healthz answers at once."""

    def __init__(self, load: Callable[[], Checker]) -> None:
        self._load = load
        self.checker: Checker | None = None
        self.failure: str | None = None
        self._thread = threading.Thread(target=self._run, name="load-models", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def _run(self) -> None:
        started = time.perf_counter()
        try:
            self.checker = self._load()
            LOAD_SECONDS.set(time.perf_counter() - started)
            log.info(
                "ready: %d articles, %d sentences",
                self.checker.corpus.article_count,
                self.checker.corpus.sentence_count,
            )
        except Exception as error:  # the process stays up so /readyz can say why
            log.exception("loading models or index failed")
            self.failure = f"loading failed: {error}"

    def require(self) -> Checker:
        if self.checker is None:
            raise NotReady(self.failure or "models and index are still loading; retry shortly")
        return self.checker
