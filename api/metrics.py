"""Prometheus metrics: requests by route and status (Litestar's plugin) plus the service's own.

The metric objects live at module level, registered once per process, as prometheus_client
requires; apps created later (tests create many) share them. The corpus gauges are read when
Prometheus scrapes, not on every request: that costs nothing on the request path and also
counts articles another process (``factcheck ingest``) added.
"""

from __future__ import annotations

from litestar import Response, get
from litestar.datastructures import State
from litestar.plugins.prometheus import PrometheusConfig
from prometheus_client import CONTENT_TYPE_LATEST, Counter, Gauge, generate_latest

CHECKS = Counter("factcheck_checks", "Checks answered, by verdict.", ["verdict"])
ARTICLES = Gauge("factcheck_index_articles", "Articles in the corpus.")
SENTENCES = Gauge("factcheck_index_sentences", "Sentences in the search index.")
INDEX_VERSION = Gauge("factcheck_index_version", "Corpus version: changes with every write.")
LOAD_SECONDS = Gauge("factcheck_model_load_seconds", "Seconds taken to load the models and open the index.")

# Route templates, not raw paths, label requests: /v1/articles/{article_id} is one series, not one per id.
prometheus = PrometheusConfig(app_name="factcheck", prefix="factcheck", group_path=True, exclude=["/metrics"])


@get("/metrics", sync_to_thread=False, summary="Prometheus metrics", media_type=CONTENT_TYPE_LATEST)
def metrics(state: State) -> Response[bytes]:
    checker = state.readiness.checker
    if checker is not None:
        corpus = checker.corpus
        ARTICLES.set(corpus.article_count)
        SENTENCES.set(corpus.sentence_count)
        INDEX_VERSION.set(corpus.version)
    return Response(generate_latest(), media_type=CONTENT_TYPE_LATEST)
