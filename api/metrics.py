"""Prometheus metrics: requests by route and status (Litestar's plugin) plus the service's own.

The metric objects live at module level, registered once per process, as prometheus_client
requires; apps created later (tests create many) share them.
"""

from __future__ import annotations

from litestar.plugins.prometheus import PrometheusConfig, PrometheusController
from prometheus_client import Counter, Gauge

from index.corpus import Corpus

CHECKS = Counter("factcheck_checks", "Checks answered, by verdict.", ["verdict"])
ARTICLES = Gauge("factcheck_index_articles", "Articles in the corpus.")
SENTENCES = Gauge("factcheck_index_sentences", "Sentences in the search index.")
INDEX_VERSION = Gauge("factcheck_index_version", "Corpus version: changes with every write.")
LOAD_SECONDS = Gauge("factcheck_model_load_seconds", "Seconds taken to load the models and open the index.")

# Route templates, not raw paths, label requests: /v1/articles/{article_id} is one series, not one per id.
prometheus = PrometheusConfig(app_name="factcheck", prefix="factcheck", group_path=True, exclude=["/metrics"])


def record_index(corpus: Corpus) -> None:
    ARTICLES.set(corpus.article_count)
    SENTENCES.set(corpus.sentence_count)
    INDEX_VERSION.set(corpus.version)


__all__ = ["CHECKS", "LOAD_SECONDS", "PrometheusController", "prometheus", "record_index"]
